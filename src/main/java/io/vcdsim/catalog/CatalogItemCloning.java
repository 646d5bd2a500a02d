package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A catalog item copied or moved into another catalog of its org (CopyOrMoveCatalogItemParams posted to the
 * target's {@code action/copy} or {@code action/move}, the Programming Guide's "Managing catalog items").
 * <p>
 * A copy is a new vApp template or medium with the source's VMs and files (the bytes are shared in the spool,
 * not read again), there at once as a created one is (status 0), ready when its task ends; a failed or canceled
 * copy leaves nothing. A move takes the item, its entity and everything on them to the target catalog when its
 * task ends. Only a ready item is copied or moved.
 */
public final class CatalogItemCloning {
    /** vCD's one operation for copying and moving a vApp template ("Copy and Move vApp Template"). */
    public static final String COPY_TEMPLATE = "vdcCopyTemplate";
    /** vCD's operation for copying media, which vcdsim takes for moving them too. */
    public static final String COPY_MEDIA = "vdcCopyMedia";

    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;

    /**
     * What a copy's or move's task carries: for a move, the item, where it goes, its name and description there;
     * a copy carries none (it made its item when it started).
     */
    record Move(UUID item, UUID catalog, String name, String description) {
    }

    /** The task's parameters: the move, or null for a copy. */
    record Cloning(Move move) {
    }

    public CatalogItemCloning(Database db, TaskEngine engine, Spool spool) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        engine.register(COPY_TEMPLATE, Cloning.class, (tx, task, c) -> {
            if (c.move() != null) {
                move(tx, c.move());
            } else {
                TemplateService.ready(tx, task.ownerId());
            }
        }, this::undo);
        engine.register(COPY_MEDIA, Cloning.class, (tx, task, c) -> {
            if (c.move() != null) {
                move(tx, c.move());
            } else {
                tx.catalogItems().mediaStatus(task.ownerId(), MediaRow.READY);
            }
        }, this::undo);
    }

    /** Starts a copy of {@code source} into {@code target}, named {@code name} (the source's when null). */
    public TaskRow copy(CatalogRow target, CatalogItemRow source, String name, String description,
                        TaskEngine.Caller by) {
        String named = checked(target, source, name, description);
        // the bytes first, so a row never names missing ones (a refused copy's go with the spool's sweep)
        List<TransferFileRow> files = db.read(tx -> tx.catalogItems().files(source.entityId()));
        if (files.stream().anyMatch(f -> !f.complete())) {
            throw ApiException.badRequest("Catalog item " + source.name() + " is still being uploaded.");
        }
        List<UUID> copies = shareBytes(spool, files);
        return db.tx(tx -> {
            CatalogItemRow now = current(tx, source, target, named);
            Copy made = copyInto(tx, engine, now, target, named, description, by == null ? null : by.userId(), files,
                    copies, false);
            return engine.start(tx, new TaskEngine.Spec(made.operation(), "Copying " + now.name() + " to catalog "
                    + target.name(), by, made.entity(), true, new Cloning(null)));
        });
    }

    /** The files' bytes shared in the spool under new ids, in the files' order. */
    static List<UUID> shareBytes(Spool spool, List<TransferFileRow> files) {
        List<UUID> copies = new ArrayList<>();
        for (TransferFileRow f : files) {
            UUID copy = UUID.randomUUID();
            spool.share(f.id(), copy);
            copies.add(copy);
        }
        return copies;
    }

    /** A copy made: its catalog item, its entity, and the operation that copies an entity of its kind. */
    record Copy(UUID itemId, ObjectRef entity, String operation) {
    }

    /**
     * Makes in {@code target} a copy of the ready item {@code now}, named {@code named}: its entity, the VMs and
     * their sections of a template, and its files, whose bytes {@code copies} already share in the spool. The copy
     * is ready at once when {@code ready}, else it waits, as an uploaded one does, for the task that copies it.
     */
    static Copy copyInto(Tx tx, TaskEngine engine, CatalogItemRow now, CatalogRow target, String named,
                         String description, UUID by, List<TransferFileRow> files, List<UUID> copies, boolean ready) {
        UUID vdc = CatalogContent.vdcFor(tx, target);
        UUID entity = UUID.randomUUID();
        ObjectRef owner;
        String operation;
        if (CatalogItemRow.TEMPLATE.equals(now.entityKind())) {
            TemplateRow t = tx.compute().template(now.entityId()).filter(x -> x.status() == 8).orElseThrow(() ->
                    ApiException.badRequest("vApp template " + now.name() + " is not ready to be copied."));
            tx.compute().insertTemplate(new TemplateRow(entity, target.orgId(), vdc, named,
                    description == null ? t.description() : description, ready ? 8 : 0, true, engine.now(), by));
            for (VmRow vm : tx.compute().vms(t.id())) {
                UUID made = UUID.randomUUID();
                tx.compute().insertVm(new VmRow(made, entity, target.orgId(), vm.name(), vm.description(), 0,
                        false, vm.osType(), vm.cpus(), vm.memoryMb(), vm.disks(), vm.nics(), vm.position(),
                        engine.now()));
                String sections = tx.compute().sections(vm.id(), true);
                if (sections != null) {
                    tx.compute().putSections(made, true, sections);
                }
            }
            owner = ObjectRef.of(Kind.VAPP_TEMPLATE, entity, named);
            operation = COPY_TEMPLATE;
        } else {
            MediaRow m = tx.catalogItems().media(now.entityId()).filter(x -> x.status() == MediaRow.READY)
                    .orElseThrow(() -> ApiException.badRequest("Media " + now.name() + " is not ready to be "
                            + "copied."));
            tx.catalogItems().insertMedia(new MediaRow(entity, target.orgId(), vdc, named,
                    description == null ? m.description() : description, m.imageType(), m.size(),
                    ready ? MediaRow.READY : MediaRow.UPLOADING, engine.now(), by));
            owner = ObjectRef.of(Kind.MEDIA, entity, named);
            operation = COPY_MEDIA;
        }
        for (int i = 0; i < files.size(); i++) {
            TransferFileRow f = files.get(i);
            tx.catalogItems().insertFile(new TransferFileRow(copies.get(i), entity, target.orgId(), null,
                    f.name(), f.size(), f.size(), engine.now()));
        }
        UUID item = UUID.randomUUID();
        tx.catalogItems().insert(new CatalogItemRow(item, target.id(), target.orgId(), named,
                description == null ? now.description() : description, entity, now.entityKind(), engine.now()));
        return new Copy(item, owner, operation);
    }

    /** Starts a move of {@code source} into {@code target}, named {@code name} there (its own when null). */
    public TaskRow move(CatalogRow target, CatalogItemRow source, String name, String description,
                        TaskEngine.Caller by) {
        String named = checked(target, source, name, description);
        if (source.catalogId().equals(target.id())) {
            throw ApiException.badRequest("Catalog item " + source.name() + " is already in catalog " + target.name()
                    + ".");
        }
        return db.tx(tx -> {
            CatalogItemRow now = current(tx, source, target, named);
            boolean template = CatalogItemRow.TEMPLATE.equals(now.entityKind());
            boolean ready = template ? tx.compute().template(now.entityId()).filter(t -> t.status() == 8).isPresent()
                    : tx.catalogItems().media(now.entityId()).filter(m -> m.status() == MediaRow.READY).isPresent();
            if (!ready || !tx.tasks().activeFor(now.entityId()).isEmpty()) {
                throw ApiException.badRequest("Catalog item " + now.name() + " is busy: it moves once it is ready "
                        + "and its tasks have ended.");
            }
            ObjectRef owner = ObjectRef.of(template ? Kind.VAPP_TEMPLATE : Kind.MEDIA, now.entityId(), now.name());
            return engine.start(tx, new TaskEngine.Spec(template ? COPY_TEMPLATE : COPY_MEDIA, "Moving "
                    + now.name() + " to catalog " + target.name(), by, owner, true,
                    new Cloning(new Move(now.id(), target.id(), named, description))));
        });
    }

    /** A copy that fails or is canceled leaves nothing; a move had changed nothing yet. */
    private void undo(Tx tx, TaskRow task, Cloning c) {
        if (c.move() == null) {
            CatalogContent.remove(tx, task.ownerId(), spool);
        }
    }

    /** The move done, unless the item or the catalog went, or the name was taken meanwhile: the task fails. */
    private static void move(Tx tx, Move m) {
        CatalogItemRow item = tx.catalogItems().find(m.item()).orElseThrow(() ->
                ApiException.invalidReference("The catalog item was deleted meanwhile."));
        tx.resources().catalog(m.catalog()).orElseThrow(() ->
                ApiException.invalidReference("The target catalog was deleted meanwhile."));
        CatalogContent.requireRoomFor(tx, m.catalog(), m.name());
        tx.catalogItems().delete(item.id());
        tx.catalogItems().insert(new CatalogItemRow(item.id(), m.catalog(), item.orgId(), m.name(),
                m.description() == null ? item.description() : m.description(), item.entityId(), item.entityKind(),
                item.created()));
    }

    /** The name the item takes in the target: checked, in the same org. */
    private static String checked(CatalogRow target, CatalogItemRow source, String name, String description) {
        if (!source.orgId().equals(target.orgId())) {
            throw ApiException.invalidReference("The Source is not a catalog item of the target catalog's "
                    + "organization.");
        }
        String named = name == null || name.isBlank() ? source.name() : name.trim();
        if (named.length() > 128) {
            throw ApiException.badRequest("A catalog item needs a name of 1 to 128 characters.");
        }
        Lengths.atMost(description, 4096, "A catalog item's Description");
        return named;
    }

    /** The source as it is now, the target still there and free of the name; else 400. */
    private static CatalogItemRow current(Tx tx, CatalogItemRow source, CatalogRow target, String named) {
        CatalogItemRow now = tx.catalogItems().find(source.id()).orElseThrow(() ->
                ApiException.invalidReference("The Source catalog item no longer exists."));
        tx.resources().catalog(target.id()).orElseThrow(() ->
                ApiException.invalidReference("The target catalog no longer exists."));
        CatalogContent.requireRoomFor(tx, target.id(), named);
        return now;
    }
}
