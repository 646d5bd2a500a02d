package io.vcdsim.views;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.Power;
import io.vcdsim.compute.Provider;
import io.vcdsim.compute.Sections;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.model.Reference;
import io.vcdsim.model.NetworkConnectionSection;
import io.vcdsim.model.Resource;
import io.vcdsim.model.SnapshotSection;
import io.vcdsim.model.VApp;
import io.vcdsim.model.Vm;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** vApps and their VMs as vCD shows them, each read in one transaction, with the links their state allows. */
public final class VAppView {
    private VAppView() {
    }

    public static VApp of(Tx tx, Viewer v, VAppRow a) {
        VApp view = v.entity(new VApp(), Kind.VAPP, a.id(), a.name());
        view.status = a.status();
        view.deployed = a.deployed();
        v.link(view, "up", Kind.VDC, a.vdcId());
        powerLinks(view, view.href, a.status(), a.deployed());
        List<VmRow> vms = tx.compute().vms(a.id());
        if (a.status() != 0) {
            view.link("edit", view.href, view.type);
            view.link("recompose", view.href + "/action/recomposeVApp", MediaTypes.xml(MediaTypes.RECOMPOSE_PARAMS));
            snapshotLinks(view, view.href, vms.stream().anyMatch(vm -> tx.compute().snapshot(vm.id()).isPresent()));
        }
        if (!a.deployed() && a.status() != 0) {
            view.link("remove", view.href, null);
        }
        Viewer.metadataLink(view);
        view.link("down", view.href + "/controlAccess/", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
        OwnerView.link(view, view.href);
        if (v.principal().has(Right.VAPP_EDIT)) {
            view.link("controlAccess", view.href + "/action/controlAccess", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
        }
        view.link("down", view.href + "/productSections/", MediaTypes.xml(MediaTypes.PRODUCT_SECTIONS));
        VAppNetworkView.downLinks(tx, v, a).forEach(view::link);
        view.description = a.description();
        view.tasks = TaskView.active(tx, v, a.id());
        view.autoNature = tx.compute().standalone(a.id()); // terraform's vcd_vm tells its standalone VMs by it
        if (a.status() == 0 && tx.tasks().activeFor(a.id()).stream()
                .anyMatch(t -> t.operationName().equals(TemplateService.UPLOAD))) { // instantiateOvf's package
            view.files = CatalogView.files(tx, v, a.id(), false);
            view.ovfDescriptorUploaded = tx.catalogItems().fileNamed(a.id(), TemplateService.DESCRIPTOR).isPresent();
        }
        boolean editable = v.principal().has(Right.VAPP_EDIT);
        Sections sections = Sections.read(tx.compute().sections(a.id(), false));
        if (v.principal().isSystemAdmin() && a.status() != 0) {
            String mode = sections.inMaintenance() ? "exitMaintenanceMode" : "enterMaintenanceMode";
            view.link(mode, view.href + "/action/" + mode, null);
        }
        if (sections.offersDownload()) { // pyvcloud's download_ova follows it, by this type
            view.link("download:ovaDefault", view.href + "/ova", "application/binary");
            if (editable) {
                view.link("disable", view.href + "/action/disableDownload", null);
            }
        }
        if (editable && !a.deployed() && a.status() != 0) { // enabled again, a download is offered anew
            view.link("enable", view.href + "/action/enableDownload", null);
        }
        view.leaseSettingsSection = SectionView.lease(view.href, sections.leaseOr(tx.orgs().settings(a.orgId())),
                editable);
        view.startupSection = SectionView.startup(view.href, vms, sections.startupOf(vms.stream().map(VmRow::id)
                .toList()), editable);
        view.networkConfigSection = VAppNetworkView.section(tx, v, a, editable);
        view.dateCreated = Viewer.time(a.created());
        view.owner = OwnerView.embedded(tx, v, a.ownerId());
        view.inMaintenanceMode = sections.inMaintenance();
        view.children = new ArrayList<>();
        for (VmRow vm : vms) {
            view.children.add(vm(tx, v, vm));
        }
        return view;
    }

    public static Vm vm(Tx tx, Viewer v, VmRow vm) {
        Vm view = v.entity(new Vm(), Kind.VM, vm.id(), vm.name());
        view.status = vm.status();
        view.deployed = vm.deployed();
        v.link(view, "up", Kind.VAPP, vm.parentId());
        powerLinks(view, view.href, vm.status(), vm.deployed());
        if (vm.status() != 0) {
            view.link("edit", view.href, view.type);
            if (v.version().atLeast(ApiVersion.V32)) {
                view.link("edit", view.href + "/vmSpecSection", MediaTypes.xml(MediaTypes.VM_SPEC_SECTION));
            }
            view.link("down", view.href + "/snapshotSection", MediaTypes.xml(MediaTypes.SNAPSHOT_SECTION));
            snapshotLinks(view, view.href, tx.compute().snapshot(vm.id()).isPresent());
            view.link("disk:attach", view.href + "/disk/action/attach", MediaTypes.xml(MediaTypes.DISK_ATTACH_PARAMS));
            view.link("disk:detach", view.href + "/disk/action/detach", MediaTypes.xml(MediaTypes.DISK_ATTACH_PARAMS));
        }
        Viewer.metadataLink(view);
        view.link("down", view.href + "/productSections/", MediaTypes.xml(MediaTypes.PRODUCT_SECTIONS));
        boolean editable = v.principal().has(Right.VAPP_EDIT);
        if (!vm.deployed() && vm.status() != 0 && v.principal().has(Right.VAPP_DELETE)) {
            view.link("remove", view.href, null);
        }
        if (editable && vm.status() != 0) { // pyvcloud's add_nic and Go's VM changes post the Vm there
            view.link(new io.vcdsim.model.Link("reconfigureVm", view.href + "/action/reconfigureVm",
                    MediaTypes.xml(MediaTypes.VM), vm.name()));
        }
        Sections sections = Sections.read(tx.compute().sections(vm.id(), true));
        view.nestedHypervisorEnabled = sections.nestedHypervisorOn();
        view.needsCustomization = sections.customizesAtPowerOn();
        if (editable && vm.status() != 0) {
            view.link("customizeAtNextPowerOn", view.href + "/action/customizeAtNextPowerOn", null);
        }
        vmActionLinks(view, vm, editable, v.principal().has(Right.VAPP_CONSOLE), v.principal().isSystemAdmin());
        if (v.principal().isSystemAdmin()) { // pyvcloud's get_vc and get_moid read it
            view.vCloudExtension = VmSectionView.vimInfo(tx, v, vm, Provider.datastoreOf(tx,
                    tx.compute().datastore(vm.id())));
        }
        if (editable && vm.status() == Power.OFF) {
            view.link(sections.nestedHypervisorOn() ? "disable" : "enable", view.href + "/action/"
                    + (sections.nestedHypervisorOn() ? "disable" : "enable") + "NestedHypervisor", null);
            if (!sections.hardwareVersionOrDefault().equals(Sections.NEWEST_HARDWARE_VERSION)) {
                view.link("upgrade", view.href + "/action/upgradeHardwareVersion", null);
            }
        }
        view.description = vm.description();
        view.tasks = TaskView.active(tx, v, vm.id());
        UUID vdcId = tx.compute().vapp(vm.parentId()).map(VAppRow::vdcId).orElse(null);
        Reference profile = VmSectionView.storageProfile(tx, v, VmSectionView.storageProfileId(tx, vm));
        if (v.version().atLeast(ApiVersion.V32)) { // older clients know the OVF sections only (schema of 5.5)
            view.vmSpecSection = spec(tx, v, vm, profile, sections);
            view.vmSpecSection.firmware = sections.bootOrDefault().firmware();
        }
        view.virtualHardwareSection = VirtualHardwareView.hardware(v, vm, profile, sections, editable);
        view.operatingSystemSection = VmSectionView.operatingSystem(v, vm);
        view.networkConnectionSection = VmSectionView.networkConnections(tx, v, vm, editable);
        view.guestCustomizationSection = VmSectionView.guestCustomization(v, vm, sections, editable);
        view.runtimeInfoSection = VmSectionView.runtimeInfo(v, vm);
        if (!sections.productSectionsOrNone().isEmpty()) {
            view.productSection = SectionView.products(view.href, view.type, sections.productSectionsOrNone(), false)
                    .productSection;
        }
        view.dateCreated = Viewer.time(vm.created());
        view.vAppScopedLocalId = vm.id().toString();
        if (vm.status() == Power.ON) { // the guest reads it while it runs (go-vcloud-director's GetEnvironment)
            view.environment = VmSectionView.environment(vm, sections);
        }
        view.vmCapabilities = VmSectionView.capabilities(v, vm, sections, editable);
        view.storageProfile = profile;
        if (vdcId != null && v.version().atLeast(ApiVersion.V33)) {
            view.computePolicy = ComputePolicyView.ofVm(v, tx, vm.id(), vdcId);
        }
        view.bootOptions = VmSectionView.bootOptions(v, vm, sections, editable);
        if (v.version().atLeast(ApiVersion.V38)) {
            VmTrustView.addTo(view, v, vm, sections, editable);
        }
        return view;
    }

    /** The VM actions of {@link io.vcdsim.compute.VmActions} the VM's state and the caller's rights allow. */
    private static void vmActionLinks(Vm view, VmRow vm, boolean editable, boolean console, boolean systemAdmin) {
        String mediaParams = MediaTypes.xml("application/vnd.vmware.vcloud.mediaInsertOrEjectParams");
        if (editable && vm.status() != 0) {
            view.link("media:insertMedia", view.href + "/media/action/insertMedia", mediaParams);
            view.link("media:ejectMedia", view.href + "/media/action/ejectMedia", mediaParams);
        }
        if (editable && vm.status() == Power.ON) {
            view.link("installVmwareTools", view.href + "/action/installVMwareTools", null);
        }
        if (vm.status() == Power.WAITING_FOR_INPUT) { // the question it asks, to be answered
            view.link("down", view.href + "/question", MediaTypes.xml(VmSectionView.PENDING_QUESTION));
        }
        if (vm.status() == Power.ON && console) {
            view.link("screen:acquireTicket", view.href + "/screen/action/acquireTicket", null);
            view.link("screen:acquireMksTicket", view.href + "/screen/action/acquireMksTicket", null);
        }
        if (vm.status() == Power.ON) { // pyvcloud reads them at rel=down and posts a spec to rel=metrics
            String usage = MediaTypes.xml("application/vnd.vmware.vcloud.metrics.currentUsageSpec");
            view.link("down", view.href + "/metrics/current", usage);
            view.link("metrics", view.href + "/metrics/current", usage);
        }
        if (systemAdmin && vm.status() != 0) {
            if (vm.status() == Power.OFF) {
                view.link("consolidate", view.href + "/action/consolidate", null);
            }
            view.link("checkCompliance", view.href + "/action/checkCompliance", null);
            view.link("down", view.href + "/complianceResult", "application/vnd.vmware.vm.complianceResult+xml");
            view.link("reloadFromVc", view.href + "/action/reloadFromVc", null);
            view.link("relocate", view.href + "/action/relocate", MediaTypes.xml(MediaTypes.RELOCATE_PARAMS));
        }
    }

    /** A VM's NICs, as the OVF (or the instantiation) connected them; DHCP, connected, first one primary. */
    public static NetworkConnectionSection nics(VmRow vm) {
        NetworkConnectionSection s = new NetworkConnectionSection();
        s.info = "Specifies the available VM network connections";
        List<Ovf.Nic> nics = VmHardware.nics(vm);
        s.primaryNetworkConnectionIndex = nics.isEmpty() ? 0 : nics.get(0).index();
        for (Ovf.Nic n : nics) {
            NetworkConnectionSection.NetworkConnection c = new NetworkConnectionSection.NetworkConnection();
            c.network = n.network() == null ? "none" : n.network();
            c.needsCustomization = false;
            c.networkConnectionIndex = n.index();
            c.ipAddress = n.ip();
            c.isConnected = n.connectedOrDefault();
            c.macAddress = VmHardware.mac(vm, n.index());
            c.ipAddressAllocationMode = n.ipModeOrDefault();
            c.networkAdapterType = n.adapterTypeOrDefault();
            s.networkConnection.add(c);
        }
        return s;
    }

    /** A VM's VmSpecSection read on its own, at its own href. */
    public static VmSpecSection specSection(Tx tx, Viewer v, VmRow vm) {
        VmSpecSection s = spec(tx, v, vm, VmSectionView.storageProfile(tx, v, VmSectionView.storageProfileId(tx, vm)),
                Sections.read(tx.compute().sections(vm.id(), true)));
        s.href = v.href(Kind.VM, vm.id()) + "/vmSpecSection";
        s.type = MediaTypes.xml(MediaTypes.VM_SPEC_SECTION);
        return s;
    }

    /** A VM's current snapshot, if it has one. */
    public static SnapshotSection snapshots(Tx tx, Viewer v, VmRow vm) {
        SnapshotSection s = new SnapshotSection();
        s.href = v.href(Kind.VM, vm.id()) + "/snapshotSection";
        s.type = MediaTypes.xml(MediaTypes.SNAPSHOT_SECTION);
        s.info = "Snapshot information section";
        tx.compute().snapshot(vm.id()).ifPresent(snap -> {
            SnapshotSection.Snapshot view = new SnapshotSection.Snapshot();
            view.created = Viewer.time(snap.created());
            view.poweredOn = snap.poweredOn();
            view.size = snap.sizeMb();
            s.snapshot.add(view);
        });
        return s;
    }

    private static void snapshotLinks(Resource r, String href, boolean hasSnapshot) {
        r.link("snapshot:create", href + "/action/createSnapshot", MediaTypes.xml(MediaTypes.CREATE_SNAPSHOT_PARAMS));
        if (hasSnapshot) {
            r.link("snapshot:revertToCurrent", href + "/action/revertToCurrentSnapshot", null);
            r.link("snapshot:removeAll", href + "/action/removeAllSnapshots", null);
        }
    }

    /** Only the operations the state allows get a link: that is how clients learn what they may do. */
    private static void powerLinks(Resource r, String href, int status, boolean deployed) {
        for (Power p : Power.values()) {
            if (!p.allowed(status, deployed)) {
                continue;
            }
            String type = p == Power.DEPLOY ? MediaTypes.xml(MediaTypes.DEPLOY_PARAMS)
                    : p == Power.UNDEPLOY ? MediaTypes.xml(MediaTypes.UNDEPLOY_PARAMS) : null;
            r.link(p.rel, href + (p.underPower() ? "/power/action/" : "/action/") + p.action(), type);
        }
    }

    /**
     * With the VDC known, each disk names the storage profile it is on (pyvcloud's list_storage_profile reads it), its
     * own or the VM's; each is in its controller slot (go-vcloud-director finds a disk it added by the slot).
     */
    private static VmSpecSection spec(Tx tx, Viewer v, VmRow vm, Reference profile, Sections sections) {
        VmSpecSection s = new VmSpecSection();
        s.required = false;
        s.modified = false;
        s.info = "The configuration parameters for logical VM";
        s.osType = vm.osType();
        s.numCpus = vm.cpus();
        s.numCoresPerSocket = sections.coresPerSocketFor(vm.cpus());
        s.memoryResourceMb = new VmSpecSection.Memory();
        s.memoryResourceMb.configured = vm.memoryMb();
        s.diskSection = new java.util.ArrayList<>();
        for (Ovf.Disk d : VmHardware.placed(VmHardware.disks(vm))) {
            s.diskSection.add(disk(d, d.storageProfile() == null ? profile
                    : VmSectionView.storageProfile(tx, v, d.storageProfile())));
        }
        return s;
    }

    private static VmSpecSection.Disk disk(Ovf.Disk d, Reference profile) {
        VmSpecSection.Disk disk = new VmSpecSection.Disk();
        disk.diskId = d.id();
        disk.sizeMb = d.capacityMb();
        disk.unitNumber = d.slot().unitNumber();
        disk.busNumber = d.slot().busNumber();
        disk.adapterType = d.slot().adapterType();
        disk.thinProvisioned = d.thinProvisioned() == null || d.thinProvisioned();
        disk.storageProfile = profile;
        disk.overrideVmDefault = d.storageProfile() != null;
        disk.iopsAllocation = new VmSpecSection.Iops();
        disk.iopsAllocation.reservation = d.iopsReservation() == null ? 0 : d.iopsReservation();
        disk.iopsAllocation.limit = 0L;
        disk.iopsAllocation.sharesLevel = "NORMAL";
        disk.iopsAllocation.shares = 1000L;
        disk.virtualQuantity = d.capacityMb() * 1024 * 1024;
        disk.virtualQuantityUnit = "byte";
        return disk;
    }
}
