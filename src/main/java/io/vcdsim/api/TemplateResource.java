package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.catalog.Transfers;
import io.vcdsim.http.Exchange;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.FileDescriptor;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.model.VAppTemplate;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.UUID;

/** vApp templates ({@code /api/vAppTemplate/vappTemplate-{id}}) and their VMs ({@code .../vm-{id}}). */
public final class TemplateResource implements Routes {
    private final Database db;
    private final TemplateService templates;
    private final TaskViews tasks;

    public TemplateResource(Database db, TemplateService templates, TaskViews tasks) {
        this.db = db;
        this.templates = templates;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vAppTemplate/{id}", this::get);
        r.post("/api/vAppTemplate/{id}/action/enableDownload", x -> tasks.accepted(x, templates.enableDownload(
                find(x, Right.CATALOG_ITEM_VIEW), TaskResource.caller(x.principal()))));
        r.delete("/api/vAppTemplate/{id}", x -> tasks.accepted(x, templates.delete(find(x, Right.CATALOG_ITEM_MANAGE),
                TaskResource.caller(x.principal()))));
    }

    public static String href(Exchange x, UUID id) {
        return Hrefs.of(x, Kind.VAPP_TEMPLATE, id);
    }

    Reply get(Exchange x) {
        if (x.pathParam("id").startsWith("vm-")) {
            UUID id = Hrefs.id(x, "id");
            VmRow vm = Hrefs.found(db.read(tx -> tx.compute().templateVm(id)), "template VM", id);
            x.principal().require(Right.CATALOG_ITEM_VIEW, vm.orgId());
            return Reply.ok(vm(x, vm), MediaTypes.VAPP_TEMPLATE);
        }
        return Reply.ok(view(x, find(x, Right.CATALOG_ITEM_VIEW)), MediaTypes.VAPP_TEMPLATE);
    }

    private TemplateRow find(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        TemplateRow t = Hrefs.found(db.read(tx -> tx.compute().template(id)), "vApp template", id);
        x.principal().require(right, t.orgId());
        return t;
    }

    VAppTemplate view(Exchange x, TemplateRow t) {
        VAppTemplate v = new VAppTemplate();
        v.href = href(x, t.id());
        v.type = MediaTypes.xml(MediaTypes.VAPP_TEMPLATE);
        v.name = t.name();
        v.id = Kind.VAPP_TEMPLATE.urn(t.id());
        v.status = t.status();
        v.ovfDescriptorUploaded = t.descriptorUploaded();
        v.goldMaster = false;
        if (t.vdcId() != null) {
            Hrefs.link(v, "up", x, Kind.VDC, t.vdcId());
        }
        db.read(tx -> tx.catalogItems().forEntity(t.id())).ifPresent(i ->
                v.link("catalogItem", Hrefs.of(x, Kind.CATALOG_ITEM, i.id()), MediaTypes.xml(MediaTypes.CATALOG_ITEM)));
        v.link("remove", v.href, null);
        if (t.status() == 8) {
            // downloads need no enabling in vcdsim; the enable action exists for clients that call it
            v.link("enable", v.href + "/action/enableDownload", null);
            v.link("download:default", x.href(Transfers.PREFIX + t.id() + "/" + TemplateService.DESCRIPTOR), "text/xml");
        }
        MetadataResource.link(v);
        v.description = t.description();
        v.tasks = tasks.active(x, t.id());
        if (t.status() == 0) {
            // the descriptor first; once it is in, one File per OVF reference, each with its upload link
            v.files = new ArrayList<>();
            FileDescriptor descriptor = new FileDescriptor();
            descriptor.name = TemplateService.DESCRIPTOR;
            descriptor.size = -1L;
            descriptor.bytesTransferred = t.descriptorUploaded() ? -1L : 0L;
            if (!t.descriptorUploaded()) {
                descriptor.link("upload:default", x.href(Transfers.descriptorPath(t.id())), null);
            }
            v.files.add(descriptor);
            for (TransferFileRow f : db.read(tx -> tx.catalogItems().files(t.id()))) {
                if (!f.name().equals(TemplateService.DESCRIPTOR)) { // shown once, above
                    v.files.add(CatalogItemResource.file(x, f));
                }
            }
        }
        v.children = new ArrayList<>();
        for (VmRow vm : db.read(tx -> tx.compute().vms(t.id()))) {
            v.children.add(vm(x, vm));
        }
        v.dateCreated = TaskViews.time(t.created());
        return v;
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

    private static VAppTemplate vm(Exchange x, VmRow vm) {
        VAppTemplate v = new VAppTemplate();
        v.href = Hrefs.of(x, Kind.TEMPLATE_VM, vm.id());
        v.type = MediaTypes.xml(MediaTypes.VM);
        v.name = vm.name();
        v.id = Kind.TEMPLATE_VM.urn(vm.id());
        v.status = vm.status();
        v.link("up", href(x, vm.parentId()), MediaTypes.xml(MediaTypes.VAPP_TEMPLATE));
        v.description = vm.description();
        v.virtualHardwareSection = hardware(vm);
        v.networkConnectionSection = VAppResource.nics(vm);
        return v;
    }
}
