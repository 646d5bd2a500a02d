package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * vApp templates uploaded as OVF (pyvcloud's upload_ovf). The template starts with one file, the
 * descriptor; once it is PUT, every file its References name is added to the Files list and each
 * VirtualSystem becomes a template VM. The vdcUploadOvfContents task ends when the last byte of the
 * last file has arrived, and the template is then ready (status 8).
 */
public final class TemplateService {
    public static final String UPLOAD = "vdcUploadOvfContents";
    public static final String DELETE = "vdcDeleteTemplate";
    public static final String EXPIRE_STORAGE = "orgExpireVAppTemplatesStorageLease";
    /** A template whose import is done (vCD's status 8); one still being uploaded has no lease running yet. */
    private static final int READY = 8;
    public static final String CAPTURE = "vdcCaptureTemplate";
    /** A change of a template's own settings: name, description, gold master, storage lease. */
    public static final String UPDATE = "vdcUpdateTemplate";
    public static final String DESCRIPTOR = "descriptor.ovf";
    public static final int MAX_DESCRIPTOR_BYTES = 10 * 1024 * 1024;

    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;
    private final List<OvfTarget> targets = new java.util.concurrent.CopyOnWriteArrayList<>();

    public TemplateService(Database db, TaskEngine engine, Spool spool) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        // an upload is done when its descriptor is in (kept as a file) and every file it names has all its bytes
        engine.registerOpen(UPLOAD, (tx, task) -> target(tx, task.ownerId()).ifPresentOrElse(t -> {
                    t.ready(tx, task);
                    CatalogContent.removeFiles(tx, task.ownerId(), spool); // the package, not the vApp it made
                }, () -> ready(tx, task.ownerId())),
                (tx, task) -> {
                    Optional<OvfTarget> target = target(tx, task.ownerId());
                    remove(tx, task); // the files, and a template
                    target.ifPresent(t -> t.remove(tx, task.ownerId()));
                },
                (tx, task) -> tx.catalogItems().fileNamed(task.ownerId(), DESCRIPTOR).isPresent()
                        && tx.catalogItems().files(task.ownerId()).stream().allMatch(TransferFileRow::complete));
        engine.register(DELETE, CatalogContent.Deletion.class,
                (tx, task, d) -> CatalogContent.removeWithdrawn(tx, task.ownerId(), d, spool),
                (tx, task, d) -> CatalogContent.putBack(tx, task.ownerId(), d));
        engine.register(MediaService.ENABLE_DOWNLOAD, (tx, task) -> { }); // the same nothing as for media
        engine.register(CAPTURE, (tx, task) -> ready(tx, task.ownerId()), this::remove);
        engine.register(UPDATE, Change.class, (tx, task, c) -> apply(tx, task.ownerId(), c));
        engine.register(EXPIRE_STORAGE, (tx, task) -> {
            if (tx.orgs().settings(task.ownerId()).templateDeleteOnStorageExpiry()) {
                tx.resources().vdcs(task.ownerId()).forEach(v -> tx.compute().templatesIn(v.id()).stream()
                        .filter(t -> t.status() == READY).forEach(t -> CatalogContent.remove(tx, t.id(), spool)));
            }
        });
    }

    /**
     * The org's {@code vAppTemplateLeaseSettings/action/expireVAppTemplatesStorageLease}: every template's storage
     * lease ends now; the templates are deleted when the org deletes on expiry (vCD's "expired items" are not
     * simulated: otherwise they stay). No source names the operationName; vcdsim's follows vCD's org* pattern.
     */
    public TaskRow expireStorageLeases(OrgRow org, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(EXPIRE_STORAGE, "Expiring the storage leases of the "
                + "vApp templates of " + org.name(), by, ObjectRef.of(Kind.ORG, org.id(), org.name()), true, null)));
    }

    public record Started(CatalogItemRow item, TemplateRow template, TaskRow task) {
    }

    /** Another kind of entity an OVF package may be uploaded into (a vApp, by instantiateOvf). */
    public void addTarget(OvfTarget target) {
        targets.add(target);
    }

    /** The target whose entity this is, if it is not a template. */
    Optional<OvfTarget> target(Tx tx, UUID entityId) {
        return targets.stream().filter(t -> t.owns(tx, entityId)).findFirst();
    }

    /** POST UploadVAppTemplateParams to a catalog: the template waits for its descriptor. */
    public Started upload(CatalogRow catalog, String name, String description, TaskEngine.Caller by) {
        Lengths.name(name, 128, "vApp template");
        return db.tx(tx -> {
            CatalogContent.requireRoomFor(tx, catalog.id(), name);
            UUID vdc = CatalogContent.vdcFor(tx, catalog);
            TemplateRow t = new TemplateRow(UUID.randomUUID(), catalog.orgId(), vdc, name, description, 0, false,
                    engine.now(), by == null ? null : by.userId());
            tx.compute().insertTemplate(t);
            CatalogItemRow item = new CatalogItemRow(UUID.randomUUID(), catalog.id(), catalog.orgId(), name,
                    description, t.id(), CatalogItemRow.TEMPLATE, engine.now());
            tx.catalogItems().insert(item);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(UPLOAD, "Uploading vApp template " + name + "("
                    + t.id() + ")", by, owner(t), true, null));
            return new Started(item, t, task);
        });
    }

    /**
     * CaptureVAppParams posted to a catalog: a template of the vApp's VMs as they are now (hardware, NICs,
     * sections), in the vApp's VDC, ready when its vdcCaptureTemplate task ends. A running vApp is not captured.
     */
    public Started capture(CatalogRow catalog, VAppRow vapp, String name, String description,
                           TaskEngine.Caller by) {
        Lengths.name(name, 128, "vApp template");
        if (!vapp.orgId().equals(catalog.orgId())) {
            throw ApiException.invalidReference("The Source is not a vApp of the catalog's organization.");
        }
        return db.tx(tx -> {
            VAppRow now = tx.compute().vapp(vapp.id()).orElseThrow(() ->
                    ApiException.invalidReference("The Source vApp no longer exists."));
            if (now.status() == 4 || now.status() == 3 || now.status() == 5) { // on, suspended, waiting for input
                throw ApiException.badRequest("vApp " + now.name() + " is running: power it off to capture it.");
            }
            CatalogContent.requireRoomFor(tx, catalog.id(), name);
            TemplateRow t = new TemplateRow(UUID.randomUUID(), catalog.orgId(), now.vdcId(), name.trim(), description,
                    0, true, engine.now(), by == null ? null : by.userId());
            tx.compute().insertTemplate(t);
            for (VmRow vm : tx.compute().vms(now.id())) {
                VmRow copy = vm.copy(UUID.randomUUID(), t.id(), t.orgId(), 0, engine.now());
                tx.compute().insertVm(copy);
                String sections = tx.compute().sections(vm.id(), true);
                if (sections != null) {
                    tx.compute().putSections(copy.id(), true, sections);
                }
            }
            CatalogItemRow item = new CatalogItemRow(UUID.randomUUID(), catalog.id(), catalog.orgId(), t.name(),
                    description, t.id(), CatalogItemRow.TEMPLATE, engine.now());
            tx.catalogItems().insert(item);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CAPTURE, "Capturing vApp " + now.name() + " as vApp "
                    + "template " + t.name() + "(" + t.id() + ")", by, owner(t), true, null));
            return new Started(item, t, task);
        });
    }

    /** A template whose upload or capture ended: ready (status 8), and its VMs with it. */
    static void ready(Tx tx, UUID templateId) {
        tx.compute().templateStatus(templateId, 8, true);
        tx.compute().vms(templateId).forEach(vm -> tx.compute().updateVm(vm.with(8, false)));
    }

    /**
     * The descriptor PUT to a template, or to another target's entity: parsed, its files and VMs recorded; an upload
     * whose OVF names no file is done.
     */
    public void descriptor(UUID entityId, InputStream body) {
        byte[] xml;
        try {
            xml = body.readNBytes(MAX_DESCRIPTOR_BYTES + 1);
        } catch (IOException e) {
            throw ApiException.badRequest("The OVF descriptor could not be read: " + e.getMessage());
        }
        if (xml.length > MAX_DESCRIPTOR_BYTES) {
            throw ApiException.badRequest("An OVF descriptor may have at most " + MAX_DESCRIPTOR_BYTES + " bytes.");
        }
        Ovf ovf = Ovf.parse(xml);
        // the descriptor is kept as a complete file of the template, to be downloaded again; written
        // first, so a row never names missing bytes (a refused descriptor's bytes go with the sweep)
        UUID descriptorFile = UUID.randomUUID();
        spool.write(descriptorFile, 0, xml.length, new java.io.ByteArrayInputStream(xml));
        db.run(tx -> {
            Optional<OvfTarget> target = target(tx, entityId);
            if (target.isPresent() && !tx.objects().lock(target.get().kind(), entityId)) {
                throw ApiException.notFound("No upload is waiting for this descriptor.");
            }
            var found = target.isPresent() ? tx.objects().find(target.get().kind(), entityId).orElseThrow()
                    : null;
            TemplateRow t = target.isPresent() ? null : tx.compute().lockTemplate(entityId).orElseThrow(() ->
                    ApiException.notFound("No upload is waiting for this descriptor."));
            UUID orgId = t != null ? t.orgId() : found.orgId();
            if ((t != null && t.descriptorUploaded())
                    || tx.catalogItems().fileNamed(entityId, DESCRIPTOR).isPresent()) {
                throw new ApiException(400, "BAD_REQUEST", "The OVF descriptor of " + (t != null ? t.name()
                        : found.name()) + " has already been uploaded.");
            }
            UUID task = tx.tasks().activeFor(entityId).stream().filter(x -> t != null
                    || x.operationName().equals(UPLOAD)).map(TaskRow::id).findFirst().orElse(null);
            if (t == null && task == null) { // a vApp takes a package only while its upload runs
                throw ApiException.notFound("No upload is waiting for this descriptor.");
            }
            for (Ovf.FileRef f : ovf.files()) {
                // a File without ovf:size (go-vcloud-director's template_without_vmdk_size.ova) takes the size its
                // first chunk announces
                tx.catalogItems().insertFile(new TransferFileRow(UUID.randomUUID(), entityId, orgId, task,
                        f.href(), f.size(), 0, engine.now()));
            }
            if (target.isPresent()) {
                target.get().described(tx, entityId, ovf);
            } else {
                int position = 0;
                for (Ovf.VirtualSystem vs : ovf.systems()) {
                    VmRow vm = new VmRow(UUID.randomUUID(), entityId, orgId, vs.name(), null, 0, false,
                            vs.osType(), vs.cpus(), vs.memoryMb(), VmHardware.json(vs.disks()),
                            VmHardware.json(vs.nics()), position++, engine.now());
                    tx.compute().insertVm(vm);
                    if (!vs.productSections().isEmpty()) {
                        tx.compute().putSections(vm.id(), true, ProductSection.asVmSections(vs.productSections()));
                    }
                }
                tx.compute().templateStatus(entityId, 0, true);
            }
            tx.catalogItems().insertFile(new TransferFileRow(descriptorFile, entityId, orgId, task, DESCRIPTOR,
                    xml.length, xml.length, engine.now()));
            if (task != null) {
                tx.handle().afterCommit(() -> engine.poke(task)); // nothing else to wait for, perhaps
            }
        });
    }

    public TaskRow delete(TemplateRow t, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting vApp template " + t.name() + "("
                + t.id() + ")", by, owner(t), true, CatalogContent.withdraw(tx, t.id()))));
    }

    public TaskRow enableDownload(TemplateRow t, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(MediaService.ENABLE_DOWNLOAD, "Enabling download of vApp template "
                + t.name(), by, owner(t), false, null)));
    }

    /** Removes it with its catalog item and bytes (a delete, or an upload aborted, canceled or failed). */
    private void remove(Tx tx, TaskRow task) {
        CatalogContent.remove(tx, task.ownerId(), spool);
    }

    /** A template's storage lease in seconds (0: never expires). */
    public record Lease(int storageSeconds) {
    }

    /** What an update changes; null keeps it. */
    public record Change(String name, String description, Boolean goldMaster, Integer storageLeaseSeconds) {
    }

    /**
     * PUT VAppTemplate (go-vcloud-director's Update): a new name (its catalog item's too, unique in the catalog),
     * description and gold-master flag, applied by a vdcUpdateTemplate task.
     */
    public TaskRow update(TemplateRow t, String name, String description, Boolean goldMaster, TaskEngine.Caller by) {
        String newName = name == null ? null : name.trim();
        if (newName != null && (newName.isEmpty() || newName.length() > 128)) {
            throw ApiException.badRequest("A vApp template's name has 1 to 128 characters.");
        }
        Lengths.atMost(description, 4096, "Description");
        return db.tx(tx -> {
            if (newName != null && !newName.equalsIgnoreCase(t.name())) {
                requireUniqueInCatalog(tx, t.id(), newName);
            }
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating vApp template " + t.name() + "(" + t.id()
                    + ")", by, owner(t), true, new Change(newName, description, goldMaster, null)));
        });
    }

    private static void requireUniqueInCatalog(Tx tx, UUID templateId, String name) {
        tx.catalogItems().forEntity(templateId).ifPresent(i -> {
            if (tx.catalogItems().inCatalog(i.catalogId()).stream().anyMatch(o -> !o.id().equals(i.id())
                    && o.name().equalsIgnoreCase(name))) {
                throw ApiException.duplicateName("The catalog already has an item named " + name + ".");
            }
        });
    }

    private static void apply(Tx tx, UUID templateId, Change c) {
        TemplateRow t = tx.compute().lockTemplate(templateId).orElseThrow(() ->
                ApiException.badRequest("The vApp template was deleted."));
        if (c.storageLeaseSeconds() != null) {
            tx.compute().setTemplateStorageLease(t.id(), c.storageLeaseSeconds());
        }
        if (c.name() != null || c.description() != null || c.goldMaster() != null) {
            String name = c.name() == null ? t.name() : c.name();
            if (!name.equalsIgnoreCase(t.name())) {
                requireUniqueInCatalog(tx, t.id(), name); // another item may have taken it meanwhile
            }
            String description = c.description() == null ? t.description() : c.description();
            tx.compute().updateTemplate(t.id(), name, description, c.goldMaster() == null
                    ? tx.compute().templateGoldMaster(t.id()) : c.goldMaster());
            tx.catalogItems().forEntity(t.id()).ifPresent(i -> tx.catalogItems().rename(i.id(), name, description));
        }
    }

    /** The template's storage lease: as set on it, or its org's template lease. */
    public static Lease lease(Tx tx, TemplateRow t) {
        return new Lease(tx.compute().templateStorageLease(t.id()).orElseGet(() ->
                tx.orgs().settings(t.orgId()).templateStorageLeaseSeconds()));
    }

    /**
     * A new storage lease, as go-vcloud-director's RenewLease expects of vCD: 0 takes the org's lease when the org
     * has one, and more than the org's is refused (a vApp's is brought back to the org's instead).
     */
    public TaskRow setLease(TemplateRow t, Long storageSeconds, TaskEngine.Caller by) {
        if (storageSeconds == null || storageSeconds < 0 || storageSeconds > Integer.MAX_VALUE) {
            throw ApiException.badRequest("StorageLeaseInSeconds is from 0 (never expires) to " + Integer.MAX_VALUE
                    + ".");
        }
        return db.tx(tx -> {
            int orgMax = tx.orgs().settings(t.orgId()).templateStorageLeaseSeconds();
            if (orgMax > 0 && storageSeconds > orgMax) {
                throw ApiException.badRequest("StorageLeaseInSeconds exceeds the organization's vApp template lease "
                        + "of " + orgMax + " seconds.");
            }
            int seconds = storageSeconds == 0 ? orgMax : storageSeconds.intValue();
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating vApp template " + t.name() + "(" + t.id()
                    + ")", by, owner(t), true, new Change(null, null, null, seconds)));
        });
    }

    /** The vApp template with this id, if the caller holds {@code right} in its org (or reads it shared); else 403. */
    public TemplateRow template(Principal p, UUID id, Right right) {
        return db.read(tx -> CatalogSharing.require(tx, p, right, tx.compute().template(id), TemplateRow::orgId,
                t -> CatalogSharing.catalogOf(tx, t.id()), "vApp template", id));
    }

    /** The template VM with this id, if the caller holds {@code right} in its org (or reads it shared); else 403. */
    public VmRow vm(Principal p, UUID id, Right right) {
        return db.read(tx -> CatalogSharing.require(tx, p, right, tx.compute().templateVm(id), VmRow::orgId,
                vm -> CatalogSharing.catalogOf(tx, vm.parentId()), "template VM", id));
    }

    public static ObjectRef owner(TemplateRow t) {
        return ObjectRef.of(Kind.VAPP_TEMPLATE, t.id(), t.name());
    }
}
