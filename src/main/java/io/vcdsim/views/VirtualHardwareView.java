package io.vcdsim.views;

import io.vcdsim.catalog.DiskAdapter;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.Sections;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Link;
import io.vcdsim.model.RasdItem;
import io.vcdsim.model.RasdItemsList;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.store.DiskRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A vApp VM's OVF VirtualHardwareSection as vCD writes it, with numbered items (CPU 4, memory 5, SCSI controller
 * 2, disks 2000 on, NICs by index, CD/DVD and floppy), and each item list at its own href. An item's
 * sub-resource (cpu, memory, disks, ...) has the edit link when the caller may change the VM.
 */
public final class VirtualHardwareView {
    static final String RASD_ITEM = MediaTypes.xml("application/vnd.vmware.vcloud.rasdItem");
    static final String RASD_ITEMS = MediaTypes.xml("application/vnd.vmware.vcloud.rasdItemsList");
    static final String HARDWARE = MediaTypes.xml("application/vnd.vmware.vcloud.virtualHardwareSection");
    static final String SCSI_SUBTYPE = "lsilogicsas";
    private static final String SCSI_CONTROLLER = "2";
    private static final String IDE_CONTROLLER = "3";

    private VirtualHardwareView() {
    }

    public static VirtualHardwareSection hardware(Viewer v, VmRow vm, Reference profile, Sections s,
                                                  boolean editable) {
        String base = VmSectionView.href(v, vm) + "/virtualHardwareSection/";
        VirtualHardwareSection h = new VirtualHardwareSection();
        h.hrefAndType(base, HARDWARE);
        h.info = "Virtual hardware requirements";
        h.system = new VirtualHardwareSection.System();
        h.system.elementName = "Virtual Hardware Family";
        h.system.instanceId = "0";
        h.system.virtualSystemIdentifier = vm.name();
        h.system.virtualSystemType = s.hardwareVersionOrDefault();
        h.item.addAll(networkCardItems(vm));
        h.item.add(controller("SCSI Controller", "SCSI Controller 0", SCSI_CONTROLLER, 6, SCSI_SUBTYPE));
        h.item.addAll(diskItems(v, vm, profile));
        h.item.add(controller("IDE Controller", "IDE Controller 0", IDE_CONTROLLER, 5, null));
        h.item.addAll(mediaItems(s.insertedMedia() == null ? null : s.insertedMedia().toString()));
        h.item.add(cpu(v, vm, s, editable));
        h.item.add(memory(v, vm, editable));
        h.link = new ArrayList<>();
        for (String sub : List.of("cpu", "memory")) {
            h.link.add(new Link("down", base + sub, RASD_ITEM));
            if (editable) {
                h.link.add(new Link("edit", base + sub, RASD_ITEM));
            }
        }
        for (String sub : List.of("disks", "media", "networkCards", "serialPorts")) {
            h.link.add(new Link("down", base + sub, RASD_ITEMS));
        }
        if (editable) { // the disks are the list a PUT changes
            h.link.add(new Link("edit", base + "disks", RASD_ITEMS));
        }
        return h;
    }

    public static RasdItem cpu(Viewer v, VmRow vm, Sections s, boolean editable) {
        RasdItem i = item(v, vm, "cpu", editable);
        i.allocationUnits = "hertz * 10^6";
        i.description = "Number of Virtual CPUs";
        i.elementName = vm.cpus() + " virtual CPU(s)";
        i.instanceId = "4";
        i.resourceType = 3;
        i.virtualQuantity = (long) vm.cpus();
        i.coresPerSocket = new VirtualHardwareSection.CoresPerSocket();
        i.coresPerSocket.required = false;
        i.coresPerSocket.value = s.coresPerSocketFor(vm.cpus());
        return i;
    }

    public static RasdItem memory(Viewer v, VmRow vm, boolean editable) {
        RasdItem i = item(v, vm, "memory", editable);
        i.allocationUnits = "byte * 2^20";
        i.description = "Memory Size";
        i.elementName = vm.memoryMb() + " MB of memory";
        i.instanceId = "5";
        i.resourceType = 4;
        i.virtualQuantity = vm.memoryMb();
        return i;
    }

    private static RasdItem item(Viewer v, VmRow vm, String sub, boolean editable) {
        RasdItem i = new RasdItem();
        String href = VmSectionView.href(v, vm) + "/virtualHardwareSection/" + sub;
        i.hrefAndType(href, RASD_ITEM);
        if (editable) {
            i.link = new ArrayList<>(List.of(new Link("edit", href, RASD_ITEM)));
        }
        return i;
    }

    /** The disks and their controller, as at {@code virtualHardwareSection/disks}. */
    public static RasdItemsList disks(Viewer v, VmRow vm, Reference profile, List<DiskRow> attached,
                                      boolean editable) {
        List<VirtualHardwareSection.Item> items = new ArrayList<>();
        items.add(controller("SCSI Controller", "SCSI Controller 0", SCSI_CONTROLLER, 6, SCSI_SUBTYPE));
        items.addAll(diskItems(v, vm, profile));
        // independent disks on the VM follow its own, named by vcloud:disk (pyvcloud's tests look for it)
        int unit = VmHardware.disks(vm).size();
        for (DiskRow d : attached) {
            VirtualHardwareSection.Item i = new VirtualHardwareSection.Item();
            i.addressOnParent = Integer.toString(unit);
            i.description = "Hard disk";
            i.elementName = d.name();
            i.hostResource = new VirtualHardwareSection.HostResource();
            i.hostResource.put("disk", v.href(Kind.DISK, d.id()));
            i.hostResource.put("busType", "6");
            i.hostResource.put("busSubType", SCSI_SUBTYPE);
            i.hostResource.capacity(d.sizeMb());
            i.hostResource.value = "";
            i.instanceId = Integer.toString(2000 + unit++);
            i.parent = SCSI_CONTROLLER;
            i.resourceType = 17;
            i.virtualQuantity = d.sizeMb() * 1024 * 1024;
            i.virtualQuantityUnits = "byte";
            items.add(i);
        }
        RasdItemsList list = list(v, vm, "disks", items);
        if (editable) {
            list.link.add(new Link("edit", list.href, RASD_ITEMS));
        }
        return list;
    }

    public static RasdItemsList networkCards(Viewer v, VmRow vm) {
        return list(v, vm, "networkCards", networkCardItems(vm));
    }

    public static RasdItemsList media(Viewer v, VmRow vm, Sections s) {
        return list(v, vm, "media", mediaItems(s.insertedMedia() == null ? null : s.insertedMedia().toString()));
    }

    /** A VM has no serial ports in the simulation: the list is empty. */
    public static RasdItemsList serialPorts(Viewer v, VmRow vm) {
        return list(v, vm, "serialPorts", List.of());
    }

    private static RasdItemsList list(Viewer v, VmRow vm, String sub, List<VirtualHardwareSection.Item> items) {
        RasdItemsList l = new RasdItemsList();
        l.href = VmSectionView.href(v, vm) + "/virtualHardwareSection/" + sub;
        l.type = RASD_ITEMS;
        l.item.addAll(items);
        return l;
    }

    private static VirtualHardwareSection.Item controller(String description, String name, String id, int type,
                                                          String subType) {
        VirtualHardwareSection.Item c = new VirtualHardwareSection.Item();
        c.address = "0";
        c.description = description;
        c.elementName = name;
        c.instanceId = id;
        c.resourceSubType = subType;
        c.resourceType = type;
        return c;
    }

    /**
     * A VM's disks, each on its controller at its unit, numbered from 2000 in the VM's order as vCD numbers them (a
     * PUT of the list names them so), and the controllers they need besides SCSI 0 and IDE 0, which every VM has.
     */
    private static List<VirtualHardwareSection.Item> diskItems(Viewer v, VmRow vm, Reference profile) {
        List<VirtualHardwareSection.Item> items = new ArrayList<>();
        List<Ovf.Disk> disks = VmHardware.placed(VmHardware.disks(vm));
        java.util.Set<String> controllers = new java.util.HashSet<>(List.of(SCSI_CONTROLLER, IDE_CONTROLLER));
        for (int n = 0; n < disks.size(); n++) {
            Ovf.Disk d = disks.get(n);
            DiskAdapter adapter = DiskAdapter.of(d.slot().adapterType()).orElse(DiskAdapter.DEFAULT);
            String parent = controllerId(adapter, d.slot().busNumber());
            if (controllers.add(parent)) {
                VirtualHardwareSection.Item c = controller(adapter.controllerName, adapter.controllerName + " "
                        + d.slot().busNumber(), parent, adapter.busType, adapter.busSubType.isEmpty() ? null
                        : adapter.busSubType);
                c.address = Integer.toString(d.slot().busNumber());
                items.add(c);
            }
            VirtualHardwareSection.Item i = new VirtualHardwareSection.Item();
            i.addressOnParent = Integer.toString(d.slot().unitNumber());
            i.description = "Hard disk";
            i.elementName = "Hard disk " + (n + 1);
            i.hostResource = new VirtualHardwareSection.HostResource();
            if (d.storageProfile() != null) {
                i.hostResource.put("storageProfileHref", v.href(Kind.VDC_STORAGE_PROFILE, d.storageProfile()));
            } else if (profile != null) { // a template's VM is on none
                i.hostResource.put("storageProfileHref", profile.href);
            }
            i.hostResource.put("busType", Integer.toString(adapter.busType));
            i.hostResource.put("busSubType", adapter.busSubType);
            i.hostResource.capacity(d.capacityMb());
            i.hostResource.value = "";
            i.instanceId = Integer.toString(2000 + n);
            i.parent = parent;
            i.resourceType = 17;
            i.virtualQuantity = d.capacityMb() * 1024 * 1024;
            i.virtualQuantityUnits = "byte";
            items.add(i);
        }
        return items;
    }

    /** SCSI 0 and IDE 0 have the ids vcdsim always gave them; another controller one from its adapter and bus. */
    private static String controllerId(DiskAdapter adapter, int bus) {
        if (bus == 0 && adapter == DiskAdapter.DEFAULT) {
            return SCSI_CONTROLLER;
        }
        return bus == 0 && adapter == DiskAdapter.IDE ? IDE_CONTROLLER
                : Integer.toString(1000 + 10 * Integer.parseInt(adapter.code) + bus);
    }

    /** The NICs: on their network (or "none"), the first one primary, MACs from the VM's id. */
    private static List<VirtualHardwareSection.Item> networkCardItems(VmRow vm) {
        List<VirtualHardwareSection.Item> items = new ArrayList<>();
        List<Ovf.Nic> nics = VmHardware.nics(vm);
        for (int n = 0; n < nics.size(); n++) {
            Ovf.Nic nic = nics.get(n);
            VirtualHardwareSection.Item i = new VirtualHardwareSection.Item();
            i.address = VmHardware.mac(vm, nic.index());
            i.addressOnParent = Integer.toString(nic.index());
            i.automaticAllocation = nic.connectedOrDefault();
            i.connection = new VirtualHardwareSection.Connection();
            i.connection.value = nic.network() == null ? "none" : nic.network();
            i.connection.put("ipAddressingMode", nic.ipModeOrDefault());
            if (nic.ip() != null) {
                i.connection.put("ipAddress", nic.ip());
            }
            i.connection.put("primaryNetworkConnection", Boolean.toString(n == 0));
            i.description = nic.adapterTypeOrDefault() + " ethernet adapter on \"" + i.connection.value + "\"";
            i.elementName = "Network adapter " + nic.index();
            i.instanceId = Integer.toString(1 + n);
            i.resourceSubType = nic.adapterTypeOrDefault();
            i.resourceType = 10;
            items.add(i);
        }
        return items;
    }

    /** A CD/DVD drive on the IDE controller (holding the inserted medium, if any) and an empty floppy drive. */
    private static List<VirtualHardwareSection.Item> mediaItems(String insertedMedia) {
        VirtualHardwareSection.Item cd = new VirtualHardwareSection.Item();
        cd.addressOnParent = "0";
        cd.automaticAllocation = false;
        cd.description = "CD/DVD Drive";
        cd.elementName = "CD/DVD Drive 1";
        cd.hostResource = new VirtualHardwareSection.HostResource();
        cd.hostResource.value = insertedMedia == null ? "" : insertedMedia;
        cd.instanceId = "3002";
        cd.parent = IDE_CONTROLLER;
        cd.resourceSubType = insertedMedia == null ? null : "vmware.cdrom.iso"; // go-vcloud-director waits for it
        cd.resourceType = 15;
        VirtualHardwareSection.Item floppy = new VirtualHardwareSection.Item();
        floppy.addressOnParent = "0";
        floppy.automaticAllocation = false;
        floppy.description = "Floppy Drive";
        floppy.elementName = "Floppy Drive 1";
        floppy.hostResource = new VirtualHardwareSection.HostResource();
        floppy.hostResource.value = "";
        floppy.instanceId = "8000";
        floppy.resourceType = 14;
        return List.of(cd, floppy);
    }
}
