package io.vcdsim.views;

import io.vcdsim.catalog.CatalogService;
import io.vcdsim.catalog.CatalogSubscriptions;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.catalog.Transfers;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.model.AdminCatalog;
import io.vcdsim.model.Catalog;
import io.vcdsim.model.CatalogItem;
import io.vcdsim.model.ExternalCatalogSubscriptionParams;
import io.vcdsim.model.FileDescriptor;
import io.vcdsim.model.LeaseSettingsSection;
import io.vcdsim.model.Link;
import io.vcdsim.model.Media;
import io.vcdsim.model.PublishExternalCatalogParams;
import io.vcdsim.model.Resource;
import io.vcdsim.model.VAppTemplate;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.CatalogStorageProfileStore;
import io.vcdsim.store.CatalogSubscriptionStore;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Catalogs and what they hold: catalog items, media and vApp templates (with their VMs and files). */
public final class CatalogView {
    private CatalogView() {
    }

    /** A catalog in its user or admin view, with the items it lists. */
    public static Catalog catalog(Tx tx, Viewer v, CatalogRow c, boolean admin) {
        Catalog catalog;
        if (admin) {
            AdminCatalog a = new AdminCatalog();
            a.catalogStorageProfiles = new ArrayList<>();
            // the profile its items are kept on, by its user href (as a Vdc lists it), which clients send back
            tx.store(CatalogStorageProfileStore::new).of(c.id()).ifPresent(p -> a.catalogStorageProfiles.add(
                    v.ref(Kind.VDC_STORAGE_PROFILE, p.id(), p.name())));
            catalog = a;
        } else {
            catalog = new Catalog();
        }
        catalog.href = admin ? v.adminHref(Kind.CATALOG, c.id()) : v.href(Kind.CATALOG, c.id());
        catalog.type = MediaTypes.xml(admin ? MediaTypes.ADMIN_CATALOG : MediaTypes.CATALOG);
        Viewer.metadataLink(catalog);
        catalog.name = c.name();
        catalog.id = Kind.CATALOG.urn(c.id());
        catalog.description = c.description();
        catalog.isPublished = c.published();
        catalog.dateCreated = Viewer.time(c.created());
        if (admin && v.principal().canSee(c.orgId())) { // go-vcloud-director's AdminCatalog takes its parent from it
            v.adminLink(catalog, "up", Kind.ORG, c.orgId());
        } else {
            v.link(catalog, "up", Kind.ORG, c.orgId());
        }
        for (CatalogItemRow i : tx.catalogItems().inCatalog(c.id())) {
            catalog.catalogItems.add(v.ref(Kind.CATALOG_ITEM, i.id(), i.name()));
        }
        if (!v.principal().canSee(c.orgId())) {
            // another org's catalog shared with the caller's: what is in it, not who owns it, works on it or shares it
            return catalog;
        }
        catalog.owner = OwnerView.embedded(tx, v, c.ownerId()); // CatalogType's, so both views show it
        catalog.tasks = TaskView.active(tx, v, c.id());
        tx.resources().externalPublishing(c.id()).ifPresent(p -> {
            PublishExternalCatalogParams e = new PublishExternalCatalogParams();
            e.isPublishedExternally = true;
            // where subscribers of other vCD sites would connect (vcdsim serves no subscription endpoint yet)
            e.catalogPublishedUrl = v.href("/vcsp/lib/" + c.id() + "/");
            e.password = CatalogService.MASKED_PASSWORD;
            e.isCacheEnabled = p.cacheEnabled();
            e.preserveIdentityInfoFlag = p.preserveIdentity();
            catalog.publishExternalCatalogParams = e;
        });
        Optional<CatalogSubscriptionStore.Subscription> subscription = CatalogSubscriptions.of(tx, c.id());
        if (admin) {
            subscription.ifPresent(s -> ((AdminCatalog) catalog).externalCatalogSubscriptionParams = subscription(s));
            v.link(catalog, "alternate", Kind.CATALOG, c.id());
            OwnerView.link(catalog, catalog.href); // owners change at the admin view, as in vCD
            if (v.principal().has(Right.CATALOG_EDIT)) { // pyvcloud's update_catalog PUTs to it
                catalog.link("edit", catalog.href, MediaTypes.xml(MediaTypes.ADMIN_CATALOG));
            }
            if (v.principal().has(Right.CATALOG_MANAGE)) {
                catalog.link("remove", catalog.href, null);
            }
        }
        String user = v.href(Kind.CATALOG, c.id());
        catalog.link("down", user + "/controlAccess/", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
        if (v.principal().has(Right.CATALOG_EDIT)) {
            catalog.link("controlAccess", user + "/action/controlAccess", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
            catalog.link("publish", user + "/action/publish", MediaTypes.xml(MediaTypes.PUBLISH_CATALOG_PARAMS));
        }
        if (subscription.isPresent()) { // its content comes from the publisher: synchronised, not added to
            catalog.link("sync", user + "/action/sync", null);
            if (admin && v.principal().has(Right.CATALOG_EDIT)) {
                String resubscribe = catalog.href + "/action/subscribeToExternalCatalog";
                catalog.link("subscribeToExternalCatalog", resubscribe, MediaTypes.xml(
                        MediaTypes.CATALOG_SUBSCRIPTION_PARAMS));
                catalog.link("subscribeToExternalCatalog", resubscribe, MediaTypes.CATALOG_SUBSCRIPTION_PARAMS
                        + "+json"); // the type go-vcloud-director's UpdateSubscriptionParams looks for
            }
            return catalog;
        }
        // one URL for both uploads: the Content-Type says what is uploaded
        String upload = user + "/action/upload";
        catalog.link("add", upload, MediaTypes.xml(MediaTypes.MEDIA));
        catalog.link("add", upload, MediaTypes.xml(MediaTypes.UPLOAD_TEMPLATE_PARAMS));
        catalog.link("add", user + "/action/captureVApp", MediaTypes.xml(MediaTypes.CAPTURE_VAPP_PARAMS));
        catalog.link("copy", user + "/action/copy", MediaTypes.xml(MediaTypes.COPY_OR_MOVE_CATALOG_ITEM_PARAMS));
        catalog.link("move", user + "/action/move", MediaTypes.xml(MediaTypes.COPY_OR_MOVE_CATALOG_ITEM_PARAMS));
        return catalog;
    }

    /** A subscription as its catalog shows it: where, local copies or not, the password masked. */
    private static ExternalCatalogSubscriptionParams subscription(CatalogSubscriptionStore.Subscription s) {
        ExternalCatalogSubscriptionParams p = new ExternalCatalogSubscriptionParams();
        p.subscribeToExternalFeeds = true;
        p.location = s.location();
        p.password = s.password() == null ? null : CatalogService.MASKED_PASSWORD;
        p.localCopy = s.localCopy();
        return p;
    }

    public static CatalogItem item(Viewer v, CatalogItemRow i) {
        CatalogItem view = v.entity(new CatalogItem(), Kind.CATALOG_ITEM, i.id(), i.name());
        v.link(view, "up", Kind.CATALOG, i.catalogId());
        view.link("remove", view.href, null);
        Viewer.metadataLink(view);
        view.description = i.description();
        view.entity = v.ref(CatalogItemRow.MEDIA.equals(i.entityKind()) ? Kind.MEDIA : Kind.VAPP_TEMPLATE,
                i.entityId(), i.name());
        view.dateCreated = Viewer.time(i.created());
        return view;
    }

    public static Media media(Tx tx, Viewer v, MediaRow m) {
        Media view = v.entity(new Media(), Kind.MEDIA, m.id(), m.name());
        view.status = m.status();
        view.imageType = m.imageType();
        view.size = m.size();
        if (m.vdcId() != null) {
            v.link(view, "up", Kind.VDC, m.vdcId());
        }
        itemLink(tx, v, view, m.id());
        view.description = m.description();
        if (!v.principal().canSee(m.orgId())) { // in a catalog another org shares: read, not removed or downloaded
            return view;
        }
        view.link("remove", view.href, null);
        Viewer.metadataLink(view);
        view.tasks = TaskView.active(tx, v, m.id());
        view.files = new ArrayList<>();
        for (TransferFileRow f : tx.catalogItems().files(m.id())) {
            FileDescriptor d = file(v, f);
            if (m.status() == MediaRow.READY) {
                // downloads need no enabling in vcdsim; the enable action exists for clients that call it
                d.link("download:default", v.href(Transfers.PREFIX + m.id() + "/" + f.name()), null);
            }
            view.files.add(d);
        }
        if (m.status() == MediaRow.READY) {
            view.link("enable", view.href + "/action/enableDownload", null);
        }
        return view;
    }

    public static VAppTemplate template(Tx tx, Viewer v, TemplateRow t) {
        VAppTemplate view = v.entity(new VAppTemplate(), Kind.VAPP_TEMPLATE, t.id(), t.name());
        view.status = t.status();
        view.ovfDescriptorUploaded = t.descriptorUploaded();
        view.goldMaster = tx.compute().templateGoldMaster(t.id());
        if (t.vdcId() != null) {
            v.link(view, "up", Kind.VDC, t.vdcId());
        }
        itemLink(tx, v, view, t.id());
        boolean own = v.principal().canSee(t.orgId()); // else in a catalog another org shares: read, instantiated
        if (own) {
            view.link("remove", view.href, null);
            if (v.principal().has(Right.CATALOG_ITEM_MANAGE)) { // name, description, gold master
                view.link("edit", view.href, MediaTypes.xml(MediaTypes.VAPP_TEMPLATE));
            }
        }
        if (t.status() == 8 && own) {
            // downloads need no enabling in vcdsim; the enable action exists for clients that call it
            view.link("enable", view.href + "/action/enableDownload", null);
            view.link("download:default", v.href(Transfers.PREFIX + t.id() + "/" + TemplateService.DESCRIPTOR),
                    "text/xml");
        }
        Viewer.metadataLink(view);
        view.description = t.description();
        view.tasks = TaskView.active(tx, v, t.id());
        if (t.status() == 0) {
            view.files = files(tx, v, t.id(), t.descriptorUploaded());
        }
        view.children = new ArrayList<>();
        for (VmRow vm : tx.compute().vms(t.id())) {
            view.children.add(templateVm(v, vm));
        }
        view.leaseSettingsSection = templateLease(v, t, TemplateService.lease(tx, t));
        view.dateCreated = Viewer.time(t.created());
        return view;
    }

    /** A template's lease section: its storage lease only (a template is never deployed). */
    public static LeaseSettingsSection templateLease(Viewer v, TemplateRow t, TemplateService.Lease l) {
        LeaseSettingsSection s = new LeaseSettingsSection();
        s.href = v.href(Kind.VAPP_TEMPLATE, t.id()) + "/leaseSettingsSection/";
        s.type = MediaTypes.xml(MediaTypes.LEASE_SETTINGS_SECTION);
        s.required = false;
        s.info = "Lease settings section";
        if (v.principal().has(Right.CATALOG_ITEM_MANAGE) && v.principal().canSee(t.orgId())) {
            s.link.add(new Link("edit", s.href, s.type));
        }
        s.storageLeaseInSeconds = (long) l.storageSeconds();
        return s;
    }

    public static VAppTemplate templateVm(Viewer v, VmRow vm) {
        VAppTemplate view = v.entity(new VAppTemplate(), Kind.TEMPLATE_VM, vm.id(), vm.name());
        view.status = vm.status();
        v.link(view, "up", Kind.VAPP_TEMPLATE, vm.parentId());
        view.description = vm.description();
        view.virtualHardwareSection = hardware(vm);
        view.networkConnectionSection = VAppView.nics(vm);
        return view;
    }

    /** A File with its upload link while bytes are missing: what pyvcloud PUTs its chunks to. */
    /**
     * The files of an OVF package being uploaded (into a template, or a vApp): the descriptor first; once it is in,
     * one File per OVF reference, each with its upload link until all its bytes arrived.
     */
    static List<FileDescriptor> files(Tx tx, Viewer v, UUID entityId, boolean describedElsewhere) {
        List<FileDescriptor> files = new ArrayList<>();
        // a captured or copied template has its VMs without a descriptor: nothing to upload
        boolean described = describedElsewhere
                || tx.catalogItems().fileNamed(entityId, TemplateService.DESCRIPTOR).isPresent();
        FileDescriptor descriptor = new FileDescriptor();
        descriptor.name = TemplateService.DESCRIPTOR;
        descriptor.size = -1L;
        descriptor.bytesTransferred = described ? -1L : 0L;
        if (!described) {
            descriptor.link("upload:default", v.href(Transfers.descriptorPath(entityId)), null);
        }
        files.add(descriptor);
        for (TransferFileRow f : tx.catalogItems().files(entityId)) {
            if (!f.name().equals(TemplateService.DESCRIPTOR)) { // shown once, above
                files.add(file(v, f));
            }
        }
        return files;
    }

    private static FileDescriptor file(Viewer v, TransferFileRow f) {
        FileDescriptor d = new FileDescriptor();
        d.name = f.name();
        d.size = f.size();
        d.bytesTransferred = f.bytesTransferred();
        if (!f.complete()) {
            d.link("upload:default", v.href(Transfers.path(f)), null);
        }
        return d;
    }

    /** The link from a medium or template to the catalog item that lists it. */
    private static void itemLink(Tx tx, Viewer v, Resource view, UUID entityId) {
        tx.catalogItems().forEntity(entityId).ifPresent(i -> v.link(view, "catalogItem", Kind.CATALOG_ITEM, i.id()));
    }

    /** The VM's CPUs, memory and disks as OVF items, numbered as the OVF had them (disks keep their ids). */
    private static VirtualHardwareSection hardware(VmRow vm) {
        VirtualHardwareSection s = new VirtualHardwareSection();
        s.info = "Virtual hardware requirements";
        VirtualHardwareSection.Item cpu = new VirtualHardwareSection.Item();
        cpu.allocationUnits = "hertz * 10^6";
        cpu.elementName = vm.cpus() + " virtual CPU(s)";
        cpu.instanceId = "cpu";
        cpu.resourceType = 3;
        cpu.virtualQuantity = (long) vm.cpus();
        s.item.add(cpu);
        VirtualHardwareSection.Item memory = new VirtualHardwareSection.Item();
        memory.allocationUnits = "byte * 2^20";
        memory.elementName = vm.memoryMb() + " MB of memory";
        memory.instanceId = "memory";
        memory.resourceType = 4;
        memory.virtualQuantity = vm.memoryMb();
        s.item.add(memory);
        for (Ovf.Disk d : VmHardware.disks(vm)) {
            VirtualHardwareSection.Item disk = new VirtualHardwareSection.Item();
            disk.elementName = "Hard disk " + d.id();
            disk.hostResource = new VirtualHardwareSection.HostResource();
            disk.hostResource.capacity(d.capacityMb());
            disk.instanceId = d.id();
            disk.resourceType = 17;
            disk.virtualQuantity = d.capacityMb() * 1024 * 1024;
            s.item.add(disk);
        }
        return s;
    }
}
