package io.vcdsim.api;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.compute.GuestCustomization;
import io.vcdsim.compute.InternalDisks;
import io.vcdsim.compute.SectionService;
import io.vcdsim.compute.Sections;
import io.vcdsim.compute.VAppService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.BootOptions;
import io.vcdsim.model.CheckPostCustomization;
import io.vcdsim.model.GuestCustomizationSection;
import io.vcdsim.model.NetworkConnectionSection;
import io.vcdsim.model.RasdItem;
import io.vcdsim.model.RasdItemsList;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.model.Vm;
import io.vcdsim.model.VmCapabilities;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.Viewer;
import io.vcdsim.views.VirtualHardwareView;
import io.vcdsim.views.VmSectionView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A vApp VM's sections at their own hrefs ({@code /api/vApp/vm-{id}/...}): its virtual hardware and the items of
 * it (cpu and memory to read and PUT, disks, media, NICs and serial ports to read), operating system, NICs, guest
 * customization and capabilities (PUT), runtime info, boot options ({@code action/bootOptions}), and the actions
 * that switch the nested hypervisor or upgrade the hardware. A change answers 202 with the VM's task.
 */
public final class VmSectionResource implements Routes {
    private static final String BASE = "/api/vApp/{id}/";
    private final Database db;
    private final VAppService vapps;
    private final SectionService sections;
    private final TaskViews tasks;

    public VmSectionResource(Database db, VAppService vapps, SectionService sections, TaskViews tasks) {
        this.db = db;
        this.vapps = vapps;
        this.sections = sections;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        read(r, "virtualHardwareSection", "application/vnd.vmware.vcloud.virtualHardwareSection",
                (x) -> vm -> VirtualHardwareView.hardware(viewer(x), vm, profileOf(x, vm), of(vm), editable(x)));
        read(r, "virtualHardwareSection/cpu", "application/vnd.vmware.vcloud.rasdItem",
                x -> vm -> VirtualHardwareView.cpu(viewer(x), vm, of(vm), editable(x)));
        read(r, "virtualHardwareSection/memory", "application/vnd.vmware.vcloud.rasdItem",
                x -> vm -> VirtualHardwareView.memory(viewer(x), vm, editable(x)));
        read(r, "virtualHardwareSection/disks", "application/vnd.vmware.vcloud.rasdItemsList",
                x -> vm -> VirtualHardwareView.disks(viewer(x), vm, profileOf(x, vm), db.read(tx -> tx.disks()
                        .attachedOn(vm.id()).stream().flatMap(id -> tx.disks().find(id).stream()).toList()),
                        editable(x)));
        read(r, "virtualHardwareSection/media", "application/vnd.vmware.vcloud.rasdItemsList",
                x -> vm -> VirtualHardwareView.media(viewer(x), vm, of(vm)));
        read(r, "virtualHardwareSection/networkCards", "application/vnd.vmware.vcloud.rasdItemsList",
                x -> vm -> VirtualHardwareView.networkCards(viewer(x), vm));
        read(r, "virtualHardwareSection/serialPorts", "application/vnd.vmware.vcloud.rasdItemsList",
                x -> vm -> VirtualHardwareView.serialPorts(viewer(x), vm));
        read(r, "operatingSystemSection", "application/vnd.vmware.vcloud.operatingSystemSection",
                x -> vm -> VmSectionView.operatingSystem(viewer(x), vm));
        read(r, "networkConnectionSection", "application/vnd.vmware.vcloud.networkConnectionSection",
                x -> vm -> db.read(tx -> VmSectionView.networkConnections(tx, viewer(x), vm, editable(x))));
        read(r, "guestCustomizationSection", "application/vnd.vmware.vcloud.guestCustomizationSection",
                x -> vm -> VmSectionView.guestCustomization(viewer(x), vm, of(vm), editable(x)));
        read(r, "guestcustomizationstatus", "application/vnd.vmware.vcloud.guestCustomizationStatusSection",
                x -> vm -> VmSectionView.customizationStatus(viewer(x), vm, of(vm), sections.now()));
        read(r, "checkpostcustomizationscript", VmSectionView.CHECK_POST_CUSTOMIZATION,
                x -> vm -> VmSectionView.checkPostCustomization(viewer(x), vm, of(vm), editable(x)));
        read(r, "runtimeInfoSection", "application/vnd.vmware.vcloud.virtualHardwareSection",
                x -> vm -> VmSectionView.runtimeInfo(viewer(x), vm));
        read(r, "vmCapabilities", "application/vnd.vmware.vcloud.vmCapabilitiesSection",
                x -> vm -> VmSectionView.capabilities(viewer(x), vm, of(vm), editable(x)));
        read(r, "bootOptions", "application/vnd.vmware.vcloud.bootOptionsSection",
                x -> vm -> VmSectionView.bootOptions(viewer(x), vm, of(vm), editable(x)));
        r.put(BASE + "virtualHardwareSection/cpu", x -> putItem(x, true));
        r.put(BASE + "virtualHardwareSection/memory", x -> putItem(x, false));
        r.put(BASE + "guestCustomizationSection", this::putGuestCustomization);
        r.put(BASE + "networkConnectionSection", this::putNics);
        r.put(BASE + "virtualHardwareSection/disks", this::putDisks);
        r.post(BASE + "action/reconfigureVm", this::reconfigure);
        r.put(BASE + "vmCapabilities", this::putCapabilities);
        r.put(BASE + "checkpostcustomizationscript", x -> {
            VmRow vm = vm(x, Right.VAPP_EDIT);
            CheckPostCustomization in = x.read(CheckPostCustomization.class, "CheckPostGuestCustomizationSection",
                    VmSectionView.CHECK_POST_CUSTOMIZATION);
            if (in.checkPostGCStatus == null) {
                throw ApiException.badRequest("CheckPostGCStatus is true or false.");
            }
            return tasks.accepted(x, sections.setCheckPostCustomization(vm, in.checkPostGCStatus,
                    TaskResource.caller(x.principal())));
        });
        r.post(BASE + "action/bootOptions", this::postBootOptions);
        r.post(BASE + "action/enableNestedHypervisor", x -> tasks.accepted(x, sections.setNestedHypervisor(
                vm(x, Right.VAPP_EDIT), true, TaskResource.caller(x.principal()))));
        r.post(BASE + "action/disableNestedHypervisor", x -> tasks.accepted(x, sections.setNestedHypervisor(
                vm(x, Right.VAPP_EDIT), false, TaskResource.caller(x.principal()))));
        r.post(BASE + "action/upgradeHardwareVersion", x -> tasks.accepted(x, sections.upgradeHardware(
                vm(x, Right.VAPP_EDIT), TaskResource.caller(x.principal()))));
        r.post(BASE + "action/customizeAtNextPowerOn", x -> {
            sections.customizeAtNextPowerOn(vm(x, Right.VAPP_EDIT));
            return Reply.noContent();
        });
    }

    private void read(Router r, String path, String mediaType, Function<Exchange, Function<VmRow, Object>> view) {
        r.get(BASE + path, x -> Reply.ok(view.apply(x).apply(vm(x, Right.VDC_VIEW)), mediaType));
    }

    private VmRow vm(Exchange x, Right right) {
        return vm(x, vapps, right);
    }

    /** The VM the path names; a vApp has none of these sections (404, as for any path vcdsim does not serve). */
    static VmRow vm(Exchange x, VAppService vapps, Right right) {
        if (!x.path().startsWith(Kind.VM.pathPrefix())) {
            throw ApiException.notFound("No resource at " + x.path() + ".");
        }
        return vapps.vm(x.principal(), Hrefs.id(x, "id"), right);
    }

    private static Viewer viewer(Exchange x) {
        return Hrefs.viewer(x);
    }

    private static boolean editable(Exchange x) {
        return x.principal().has(Right.VAPP_EDIT);
    }

    private Sections of(VmRow vm) {
        return sections.of(vm.id(), true);
    }

    /** The storage profile the VM is on, which its disks show. */
    private io.vcdsim.model.Reference profileOf(Exchange x, VmRow vm) {
        return db.read(tx -> VmSectionView.storageProfile(tx, viewer(x), VmSectionView.storageProfileId(tx, vm)));
    }

    /** pyvcloud's modify_cpu and modify_memory, go-vcloud-director's ChangeCPUCount: the item's VirtualQuantity. */
    Reply putItem(Exchange x, boolean cpu) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        RasdItem in = x.read(RasdItem.class, "Item", "application/vnd.vmware.vcloud.rasdItem");
        if (in.virtualQuantity == null) {
            throw ApiException.badRequest("The Item needs its rasd:VirtualQuantity.");
        }
        if (cpu && (in.virtualQuantity < 1 || in.virtualQuantity > io.vcdsim.catalog.VmHardware.MAX_CPUS)) {
            throw ApiException.badRequest("A VM has 1 to " + io.vcdsim.catalog.VmHardware.MAX_CPUS + " virtual CPUs.");
        }
        // go-vcloud-director's ChangeCPUCountWithCore and pyvcloud's modify_cpu give the cores per socket too
        Integer cores = !cpu || in.coresPerSocket == null ? null : in.coresPerSocket.value;
        VAppService.VmChange change = cpu ? new VAppService.VmChange(null, null, in.virtualQuantity.intValue(), null,
                null).withCoresPerSocket(cores)
                : new VAppService.VmChange(null, null, null, in.virtualQuantity, null);
        return tasks.accepted(x, vapps.updateVm(vm, change, TaskResource.caller(x.principal())));
    }

    /**
     * PUT the disks' RasdItemsList (pyvcloud's add_disk_to_vm and update_vhs_disks): its hard disks (ResourceType
     * 17) replace the VM's, a disk known by its InstanceID (2000 + its place), sized by vcloud:capacity (MB) or
     * VirtualQuantity (bytes); controllers are taken and not kept (a simulated VM has one SCSI controller).
     */
    Reply putDisks(Exchange x) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        RasdItemsList in = x.read(RasdItemsList.class, "RasdItemsList", "application/vnd.vmware.vcloud.rasdItemsList");
        List<Integer> units = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // the list shows the VM's own disks (2000 on), then the independent disks attached to it
        int own = io.vcdsim.catalog.VmHardware.disks(vm).size();
        int attached = db.read(tx -> tx.disks().attachedOn(vm.id()).size());
        for (VirtualHardwareSection.Item i : Bodies.list(in.item, "Item")) {
            if (i == null || i.resourceType == null || i.resourceType != 17) {
                continue; // controllers
            }
            boolean firstSeen = i.instanceId != null && seen.add(i.instanceId);
            if (firstSeen && independentSlot(i.instanceId, own, attached)) {
                continue; // an attached independent disk: attached and detached by their own actions
            }
            Long mb = i.hostResource != null && i.hostResource.attributes != null && i.hostResource.capacity() != null
                    ? i.hostResource.capacity()
                    : i.virtualQuantity == null ? null : i.virtualQuantity / (1024 * 1024);
            if (mb == null) {
                throw ApiException.badRequest("Each hard disk needs its size: HostResource vcloud:capacity (MB) or "
                        + "VirtualQuantity (bytes).");
            }
            Integer unit = null; // a repeated InstanceID (pyvcloud copies the last disk to add one) is a new disk
            if (firstSeen && i.instanceId.matches("\\d{1,9}")) {
                unit = Integer.parseInt(i.instanceId) - 2000;
            }
            units.add(unit);
            sizes.add(mb);
        }
        return tasks.accepted(x, vapps.updateVm(vm, VAppService.VmChange.ofDisks(VAppService.plannedDisks(vm, units,
                sizes)), TaskResource.caller(x.principal())));
    }

    private static boolean independentSlot(String instanceId, int own, int attached) {
        if (!instanceId.matches("\\d{1,9}")) {
            return false;
        }
        int unit = Integer.parseInt(instanceId) - 2000;
        return unit >= own && unit < own + attached;
    }

    /** PUT NetworkConnectionSection (pyvcloud's delete_nic and update_nic, go-vcloud-director's ChangeNetworkConfig). */
    Reply putNics(Exchange x) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        NetworkConnectionSection in = x.read(NetworkConnectionSection.class, "NetworkConnectionSection",
                "application/vnd.vmware.vcloud.networkConnectionSection");
        return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(null, null, null, null, null,
                nics(in)), TaskResource.caller(x.principal())));
    }

    /**
     * POST a whole Vm (pyvcloud's add_nic and update_general_setting, go-vcloud-director's UpdateVmSpecSection):
     * its name and description, the sections it carries (NICs, guest customization, and the VmSpecSection's CPUs and
     * memory when it is marked Modified) and its StorageProfile (go-vcloud-director's UpdateStorageProfile). One
     * vappUpdateVm task applies them.
     */
    Reply reconfigure(Exchange x) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        Vm in = x.read(Vm.class, "Vm", MediaTypes.VM);
        VmSpecSection spec = in.vmSpecSection;
        boolean specChanged = spec != null && (Boolean.TRUE.equals(spec.modifiedFlag)
                || Boolean.TRUE.equals(spec.modified));
        Sections sections = in.guestCustomizationSection == null ? null
                : this.sections.guestCustomized(vm, guestCustomization(vm, in.guestCustomizationSection));
        String firmware = specChanged ? spec.firmware : null;
        if (in.bootOptions != null || firmware != null) { // pyvcloud's update_general_setting sends its boot so
            Sections base = sections != null ? sections : of(vm);
            sections = this.sections.booted(base, boot(in.bootOptions, firmware, base.bootOrDefault()));
        }
        List<InternalDisks.Setting> disks = specChanged ? internalDisks(spec) : null;
        return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(in.name, in.description,
                specChanged ? spec.numCpus : null, specChanged && spec.memoryResourceMb != null
                ? spec.memoryResourceMb.configured : null, sections,
                in.networkConnectionSection == null ? null : nics(in.networkConnectionSection),
                disks == null ? null : InternalDisks.planned(vm, disks))
                .withCoresPerSocket(specChanged ? spec.numCoresPerSocket : null).withPolicies(policies(in.computePolicy))
                .withStorageProfile(storageProfile(in.storageProfile)), TaskResource.caller(x.principal())));
    }

    /**
     * The policies a ComputePolicy names, each by an href (or URN) that ends in the policy's id; the element replaces
     * both (go-vcloud-director sends only the ones it keeps). Null without the element.
     */
    static ComputePolicyStore.VmPolicies policies(io.vcdsim.model.ComputePolicy in) {
        if (in == null) {
            return null;
        }
        return new ComputePolicyStore.VmPolicies(referenced(in.vmSizingPolicy, "VmSizingPolicy", "a VDC compute policy"),
                referenced(in.vmPlacementPolicy, "VmPlacementPolicy", "a VDC compute policy"));
    }

    /**
     * The id a reference names by its href (or id, a URN), which ends in it; null without one. {@code element} and
     * {@code what} word the 400 of one that names nothing.
     */
    static UUID referenced(io.vcdsim.model.Reference ref, String element, String what) {
        String named = ref == null ? null : ref.href != null && !ref.href.isBlank() ? ref.href : ref.id;
        if (named == null || named.isBlank()) {
            return null;
        }
        UUID id = Ids.fromAny(named);
        if (id == null || named.length() > 1024) {
            throw ApiException.invalidReference("The " + element + " does not name " + what + ".");
        }
        return id;
    }

    /**
     * A VmSpecSection's DiskSection as the VM's whole list of internal disks; null without one. Independent disks
     * attached to the VM (named by Disk) are left to their own attach and detach actions.
     */
    static List<InternalDisks.Setting> internalDisks(VmSpecSection spec) {
        if (spec == null || spec.diskSection == null) {
            return null;
        }
        List<InternalDisks.Setting> settings = new ArrayList<>();
        for (VmSpecSection.Disk d : Bodies.list(spec.diskSection, "The DiskSection")) {
            if (d.disk != null) {
                continue;
            }
            Lengths.atMost(d.diskId, 128, "A DiskId");
            Lengths.atMost(d.adapterType, 8, "An AdapterType");
            settings.add(new InternalDisks.Setting(d.diskId, d.sizeMb, d.adapterType, d.busNumber, d.unitNumber,
                    d.thinProvisioned, d.iopsAllocation == null ? null : d.iopsAllocation.reservation,
                    Boolean.TRUE.equals(d.overrideVmDefault) ? storageProfile(d.storageProfile) : null));
        }
        return settings;
    }

    /** The VDC storage profile a StorageProfile reference names; null without one. */
    static UUID storageProfile(io.vcdsim.model.Reference ref) {
        return referenced(ref, "StorageProfile", "a VDC storage profile");
    }

    /** The NICs a section names, the primary one first (vcdsim keeps the primary NIC first). */
    static List<Ovf.Nic> nics(NetworkConnectionSection in) {
        List<Ovf.Nic> nics = new ArrayList<>();
        for (NetworkConnectionSection.NetworkConnection c : Bodies.list(in.networkConnection, "NetworkConnection")) {
            if (c.networkConnectionIndex == null) {
                throw ApiException.badRequest("Each NetworkConnection needs its NetworkConnectionIndex.");
            }
            String network = c.network == null || c.network.equals("none") ? null : c.network;
            Ovf.Nic nic = new Ovf.Nic(c.networkConnectionIndex, network, c.ipAddressAllocationMode,
                    c.ipAddress == null || c.ipAddress.isBlank() ? null : c.ipAddress.trim(), c.networkAdapterType,
                    c.isConnected);
            if (in.primaryNetworkConnectionIndex != null && nic.index() == in.primaryNetworkConnectionIndex) {
                nics.add(0, nic);
            } else {
                nics.add(nic);
            }
        }
        return nics;
    }

    Reply putGuestCustomization(Exchange x) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        GuestCustomizationSection in = x.read(GuestCustomizationSection.class, "GuestCustomizationSection",
                "application/vnd.vmware.vcloud.guestCustomizationSection");
        return tasks.accepted(x, sections.setGuestCustomization(vm, guestCustomization(vm, in),
                TaskResource.caller(x.principal())));
    }

    private GuestCustomization guestCustomization(VmRow vm, GuestCustomizationSection in) {
        return GuestCustomizations.of(in, of(vm).guestCustomizationOr(vm.name()));
    }

    private static <T> T or(T given, T now) {
        return given == null ? now : given;
    }

    Reply putCapabilities(Exchange x) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        VmCapabilities in = x.read(VmCapabilities.class, "VmCapabilities",
                "application/vnd.vmware.vcloud.vmCapabilitiesSection");
        Sections.Capabilities now = of(vm).capabilitiesOrDefault();
        return tasks.accepted(x, sections.setCapabilities(vm, new Sections.Capabilities(
                or(in.memoryHotAddEnabled, now.memoryHotAdd()), or(in.cpuHotAddEnabled, now.cpuHotAdd())),
                TaskResource.caller(x.principal())));
    }

    Reply postBootOptions(Exchange x) {
        VmRow vm = vm(x, Right.VAPP_EDIT);
        BootOptions in = x.read(BootOptions.class, "BootOptions", "application/vnd.vmware.vcloud.bootOptionsSection");
        return tasks.accepted(x, sections.setBoot(vm, boot(in, null, of(vm).bootOrDefault()),
                TaskResource.caller(x.principal())));
    }

    /** The boot options a request gives (and a VmSpecSection's firmware) over the VM's: what it leaves out stays. */
    static Sections.Boot boot(BootOptions in, String firmware, Sections.Boot now) {
        if (in == null) {
            in = new BootOptions();
        }
        return new Sections.Boot(or(in.bootDelay, now.delayMs()), or(in.enterBiosSetup, now.enterBiosSetup()),
                or(in.bootRetryEnabled, now.retryEnabled()), or(in.bootRetryDelay, now.retryDelayMs()),
                or(in.efiSecureBootEnabled, now.efiSecureBoot()), or(firmware, now.firmware()));
    }
}
