package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.compute.Power;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.compute.VAppService;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.core.Ids;
import io.vcdsim.model.NetworkConnectionSection;
import io.vcdsim.model.SnapshotSection;
import io.vcdsim.model.VApp;
import io.vcdsim.model.VAppParams;
import io.vcdsim.model.Vm;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * vApps and VMs ({@code /api/vApp/vapp-{id}}, {@code /api/vApp/vm-{id}}): instantiate and compose
 * through the VDC's add links, read, power operations through the links the current state offers,
 * delete. Every change answers with its task.
 */
public final class VAppResource implements Routes {
    private final Database db;
    private final VAppService vapps;
    private final TaskViews tasks;

    public VAppResource(Database db, VAppService vapps, TaskViews tasks) {
        this.db = db;
        this.vapps = vapps;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/vdc/{id}/action/instantiateVAppTemplate", this::instantiate);
        r.post("/api/vdc/{id}/action/composeVApp", this::compose);
        r.get("/api/vApp/{id}", this::get);
        r.put("/api/vApp/{id}", this::update);
        r.delete("/api/vApp/{id}", this::delete);
        r.post("/api/vApp/{id}/power/action/{action}", this::power);
        r.post("/api/vApp/{id}/action/{action}", this::action);
        r.get("/api/vApp/{id}/vmSpecSection", x -> Reply.ok(specView(x, findVm(x, Right.VDC_VIEW)),
                MediaTypes.VM_SPEC_SECTION));
        r.put("/api/vApp/{id}/vmSpecSection", this::putSpec);
        r.get("/api/vApp/{id}/snapshotSection", this::snapshots);
    }

    /** PUT VApp (name, Description) or PUT Vm (name, Description): 202 with the update task. */
    Reply update(Exchange x) {
        if (x.pathParam("id").startsWith("vm-")) {
            VmRow vm = findVm(x, Right.VAPP_EDIT);
            Vm in = x.read(Vm.class, "Vm", MediaTypes.VM);
            return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(in.name, in.description, null, null,
                    null), TaskResource.caller(x.principal())));
        }
        VAppRow a = findVApp(x, Right.VAPP_EDIT);
        VApp in = x.read(VApp.class, "VApp", MediaTypes.VAPP);
        return tasks.accepted(x, vapps.update(a, in.name, in.description, TaskResource.caller(x.principal())));
    }

    /** PUT VmSpecSection: CPUs, memory and disk sizes (a vappUpdateVm task, checked against the VDC's quotas). */
    Reply putSpec(Exchange x) {
        VmRow vm = findVm(x, Right.VAPP_EDIT);
        VmSpecSection in = x.read(VmSpecSection.class, "VmSpecSection", MediaTypes.VM_SPEC_SECTION);
        java.util.Map<String, Long> disks = new java.util.LinkedHashMap<>();
        for (VmSpecSection.Disk d : in.diskSection) {
            if (d.diskId != null && d.sizeMb != null) {
                disks.put(d.diskId, d.sizeMb);
            }
        }
        return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(null, null, in.numCpus,
                in.memoryResourceMb == null ? null : in.memoryResourceMb.configured, disks),
                TaskResource.caller(x.principal())));
    }

    /** The actions under .../action/: deploy and undeploy (power), recompose, snapshots. */
    Reply action(Exchange x) {
        String action = x.pathParam("action");
        var by = TaskResource.caller(x.principal());
        switch (action) {
            case "recomposeVApp" -> {
                VAppRow a = findVApp(x, Right.VAPP_CREATE);
                VAppParams.Recompose in = x.read(VAppParams.Recompose.class, "RecomposeVAppParams",
                        MediaTypes.RECOMPOSE_PARAMS);
                List<UUID> add = new ArrayList<>();
                for (VAppParams.SourcedItem item : in.sourcedItem) {
                    add.add(requireId(item.source == null ? null : item.source.href, "SourcedItem"));
                }
                List<UUID> remove = new ArrayList<>();
                for (io.vcdsim.model.Reference ref : in.deleteItem) {
                    remove.add(requireId(ref.href, "DeleteItem"));
                }
                return tasks.accepted(x, vapps.recompose(a, add, remove, by));
            }
            case "createSnapshot" -> {
                if (x.body().length > 0) {
                    x.read(VAppParams.CreateSnapshot.class, "CreateSnapshotParams", MediaTypes.CREATE_SNAPSHOT_PARAMS);
                }
                return tasks.accepted(x, vapps.snapshot(target(x), VAppService.CREATE_SNAPSHOT, by));
            }
            case "revertToCurrentSnapshot" -> {
                return tasks.accepted(x, vapps.snapshot(target(x), VAppService.REVERT_SNAPSHOT, by));
            }
            case "removeAllSnapshots" -> {
                return tasks.accepted(x, vapps.snapshot(target(x), VAppService.REMOVE_SNAPSHOTS, by));
            }
            default -> {
                return power(x);
            }
        }
    }

    /** A SourcedItem's name, network and hardware items (as pyvcloud's instantiate_vapp sends them). */
    private static VAppService.VmOverride override(VAppParams.SourcedItem item) {
        String vmName = item.vmGeneralParams == null ? null : item.vmGeneralParams.name;
        var params = item.instantiationParams;
        var nics = params == null ? null : params.networkConnectionSection;
        String network = nics == null ? null : nics.networkConnection.stream().map(n -> n.network)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Integer cpus = null;
        Long memory = null;
        Map<String, Long> disks = new java.util.HashMap<>();
        if (params != null && params.virtualHardwareSection != null) {
            for (VirtualHardwareSection.Item i : params.virtualHardwareSection.item) {
                if (i.resourceType == null) {
                    continue;
                }
                switch (i.resourceType) {
                    case 3 -> cpus = i.virtualQuantity == null ? null : i.virtualQuantity.intValue();
                    case 4 -> memory = i.virtualQuantity;
                    case 17 -> {
                        if (i.hostResource != null && i.hostResource.capacity() != null && i.instanceId != null) {
                            disks.put(i.instanceId, i.hostResource.capacity());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new VAppService.VmOverride(vmName, network, cpus, memory, disks);
    }

    private UUID target(Exchange x) {
        return x.pathParam("id").startsWith("vm-") ? findVm(x, Right.VAPP_POWER).id()
                : findVApp(x, Right.VAPP_POWER).id();
    }

    private static UUID requireId(String href, String what) {
        UUID id = href == null ? null : Ids.fromAny(href);
        if (id == null) {
            throw ApiException.badRequest("Each " + what + " needs an href.");
        }
        return id;
    }

    Reply snapshots(Exchange x) {
        VmRow vm = findVm(x, Right.VDC_VIEW);
        SnapshotSection s = new SnapshotSection();
        s.href = Hrefs.of(x, Kind.VM, vm.id()) + "/snapshotSection";
        s.type = MediaTypes.xml(MediaTypes.SNAPSHOT_SECTION);
        s.info = "Snapshot information section";
        db.read(tx -> tx.compute().snapshot(vm.id())).ifPresent(snap -> {
            SnapshotSection.Snapshot v = new SnapshotSection.Snapshot();
            v.created = TaskViews.time(snap.created());
            v.poweredOn = snap.poweredOn();
            v.size = snap.sizeMb();
            s.snapshot.add(v);
        });
        return Reply.ok(s, MediaTypes.SNAPSHOT_SECTION);
    }

    private VdcRow vdc(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        VdcRow v = Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        x.principal().require(Right.VAPP_CREATE, v.orgId());
        return v;
    }

    Reply instantiate(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.Instantiate in = x.read(VAppParams.Instantiate.class, "InstantiateVAppTemplateParams",
                MediaTypes.INSTANTIATE_PARAMS);
        UUID template = in.source == null ? null : Ids.fromAny(in.source.href);
        if (template == null) {
            throw ApiException.badRequest("InstantiateVAppTemplateParams needs a Source: the vApp template's href.");
        }
        Map<UUID, VAppService.VmOverride> overrides = new java.util.HashMap<>();
        for (VAppParams.SourcedItem item : in.sourcedItem) {
            UUID vm = item.source == null ? null : Ids.fromAny(item.source.href);
            if (vm == null) {
                continue;
            }
            overrides.put(vm, override(item));
        }
        VAppService.Created c = vapps.instantiate(vdc, in.name, in.description, template, Boolean.TRUE.equals(in.deploy),
                Boolean.TRUE.equals(in.powerOn), overrides, TaskResource.caller(x.principal()));
        VApp v = view(x, c.vapp());
        return Reply.created(v, MediaTypes.VAPP, v.href);
    }

    Reply compose(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.Compose in = x.read(VAppParams.Compose.class, "ComposeVAppParams", MediaTypes.COMPOSE_PARAMS);
        List<UUID> sources = new ArrayList<>();
        for (VAppParams.SourcedItem item : in.sourcedItem) {
            UUID id = item.source == null ? null : Ids.fromAny(item.source.href);
            if (id == null) {
                throw ApiException.badRequest("Each SourcedItem needs a Source href.");
            }
            sources.add(id);
        }
        VAppService.Created c = vapps.compose(vdc, in.name, in.description, sources, Boolean.TRUE.equals(in.deploy),
                Boolean.TRUE.equals(in.powerOn), TaskResource.caller(x.principal()));
        VApp v = view(x, c.vapp());
        return Reply.created(v, MediaTypes.VAPP, v.href);
    }

    Reply get(Exchange x) {
        if (x.pathParam("id").startsWith("vm-")) {
            return Reply.ok(vm(x, findVm(x, Right.VDC_VIEW)), MediaTypes.VM);
        }
        return Reply.ok(view(x, findVApp(x, Right.VDC_VIEW)), MediaTypes.VAPP);
    }

    Reply delete(Exchange x) {
        if (x.pathParam("id").startsWith("vm-")) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "Remove a VM by recomposing its vApp.");
        }
        VAppRow a = findVApp(x, Right.VAPP_DELETE);
        return tasks.accepted(x, vapps.delete(a, x.flag("force"), TaskResource.caller(x.principal())));
    }

    Reply power(Exchange x) {
        Power p = Power.of(x.pathParam("action"));
        boolean underPower = x.path().contains("/power/action/");
        if (p == null || p.underPower() != underPower) {
            throw ApiException.notFound("No action " + x.pathParam("action") + " at " + x.path() + ".");
        }
        UUID target = x.pathParam("id").startsWith("vm-") ? findVm(x, Right.VAPP_POWER).id()
                : findVApp(x, Right.VAPP_POWER).id();
        boolean powerOn = false;
        boolean suspend = false;
        if (p == Power.DEPLOY && x.body().length > 0) {
            VAppParams.Deploy d = x.read(VAppParams.Deploy.class, "DeployVAppParams", MediaTypes.DEPLOY_PARAMS);
            powerOn = Boolean.TRUE.equals(d.powerOn);
        } else if (p == Power.UNDEPLOY && x.body().length > 0) {
            VAppParams.Undeploy u = x.read(VAppParams.Undeploy.class, "UndeployVAppParams", MediaTypes.UNDEPLOY_PARAMS);
            suspend = "suspend".equalsIgnoreCase(u.undeployPowerAction);
        }
        return tasks.accepted(x, vapps.power(target, p, powerOn, suspend, TaskResource.caller(x.principal())));
    }

    private VAppRow findVApp(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        VAppRow a = Hrefs.found(db.read(tx -> tx.compute().vapp(id)), "vApp", id);
        x.principal().require(right, a.orgId());
        return a;
    }

    private VmRow findVm(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        VmRow vm = db.read(tx -> tx.compute().vappVm(id)).orElseThrow(() ->
                ApiException.forbidden("No VM with id " + id + " is accessible."));
        x.principal().require(right, vm.orgId());
        return vm;
    }

    public static String href(Exchange x, UUID vappId) {
        return Hrefs.of(x, Kind.VAPP, vappId);
    }

    VApp view(Exchange x, VAppRow a) {
        VApp v = new VApp();
        v.href = href(x, a.id());
        v.type = MediaTypes.xml(MediaTypes.VAPP);
        v.name = a.name();
        v.id = Kind.VAPP.urn(a.id());
        v.status = a.status();
        v.deployed = a.deployed();
        Hrefs.link(v, "up", x, Kind.VDC, a.vdcId());
        powerLinks(v, v.href, a.status(), a.deployed());
        if (a.status() != 0) {
            v.link("edit", v.href, v.type);
            v.link("recompose", v.href + "/action/recomposeVApp", MediaTypes.xml(MediaTypes.RECOMPOSE_PARAMS));
            snapshotLinks(v, v.href, db.read(tx -> tx.compute().vms(a.id()).stream()
                    .anyMatch(vm -> tx.compute().snapshot(vm.id()).isPresent())));
        }
        if (!a.deployed() && a.status() != 0) {
            v.link("remove", v.href, null);
        }
        MetadataResource.link(v);
        v.description = a.description();
        v.tasks = tasks.active(x, a.id());
        v.dateCreated = TaskViews.time(a.created());
        v.children = new ArrayList<>();
        for (VmRow vm : db.read(tx -> tx.compute().vms(a.id()))) {
            v.children.add(vm(x, vm));
        }
        return v;
    }

    Vm vm(Exchange x, VmRow vm) {
        Vm v = new Vm();
        v.href = Hrefs.of(x, Kind.VM, vm.id());
        v.type = MediaTypes.xml(MediaTypes.VM);
        v.name = vm.name();
        v.id = Kind.VM.urn(vm.id());
        v.status = vm.status();
        v.deployed = vm.deployed();
        v.needsCustomization = false;
        v.link("up", href(x, vm.parentId()), MediaTypes.xml(MediaTypes.VAPP));
        powerLinks(v, v.href, vm.status(), vm.deployed());
        if (vm.status() != 0) {
            v.link("edit", v.href, v.type);
            v.link("edit", v.href + "/vmSpecSection", MediaTypes.xml(MediaTypes.VM_SPEC_SECTION));
            v.link("down", v.href + "/snapshotSection", MediaTypes.xml(MediaTypes.SNAPSHOT_SECTION));
            snapshotLinks(v, v.href, db.read(tx -> tx.compute().snapshot(vm.id()).isPresent()));
        }
        MetadataResource.link(v);
        v.description = vm.description();
        v.tasks = tasks.active(x, vm.id());
        v.dateCreated = TaskViews.time(vm.created());
        v.networkConnectionSection = nics(vm);
        v.vmSpecSection = spec(vm);
        return v;
    }

    /** A VM's NICs, as the OVF (or the instantiation) connected them; DHCP, connected, first one primary. */
    static NetworkConnectionSection nics(VmRow vm) {
        NetworkConnectionSection s = new NetworkConnectionSection();
        s.info = "Specifies the available VM network connections";
        List<Ovf.Nic> nics = VmHardware.nics(vm);
        s.primaryNetworkConnectionIndex = nics.isEmpty() ? 0 : nics.get(0).index();
        for (Ovf.Nic n : nics) {
            NetworkConnectionSection.NetworkConnection c = new NetworkConnectionSection.NetworkConnection();
            c.network = n.network() == null ? "none" : n.network();
            c.networkConnectionIndex = n.index();
            c.isConnected = n.network() != null;
            c.ipAddressAllocationMode = n.network() == null ? "NONE" : "DHCP";
            c.networkAdapterType = "VMXNET3";
            s.networkConnection.add(c);
        }
        return s;
    }

    private static void snapshotLinks(io.vcdsim.model.Resource r, String href, boolean hasSnapshot) {
        r.link("snapshot:create", href + "/action/createSnapshot", MediaTypes.xml(MediaTypes.CREATE_SNAPSHOT_PARAMS));
        if (hasSnapshot) {
            r.link("snapshot:revertToCurrent", href + "/action/revertToCurrentSnapshot", null);
            r.link("snapshot:removeAll", href + "/action/removeAllSnapshots", null);
        }
    }

    private VmSpecSection specView(Exchange x, VmRow vm) {
        VmSpecSection s = spec(vm);
        s.href = Hrefs.of(x, Kind.VM, vm.id()) + "/vmSpecSection";
        s.type = MediaTypes.xml(MediaTypes.VM_SPEC_SECTION);
        return s;
    }

    /** Only the operations the state allows get a link: that is how clients learn what they may do. */
    private static void powerLinks(io.vcdsim.model.Resource r, String href, int status, boolean deployed) {
        for (Power p : Power.values()) {
            if (!p.allowed(status, deployed)) {
                continue;
            }
            String type = p == Power.DEPLOY ? MediaTypes.xml(MediaTypes.DEPLOY_PARAMS)
                    : p == Power.UNDEPLOY ? MediaTypes.xml(MediaTypes.UNDEPLOY_PARAMS) : null;
            r.link(p.rel, href + (p.underPower() ? "/power/action/" : "/action/") + p.action(), type);
        }
    }

    private static VmSpecSection spec(VmRow vm) {
        VmSpecSection s = new VmSpecSection();
        s.required = false;
        s.modified = false;
        s.info = "The configuration parameters for logical VM";
        s.osType = vm.osType();
        s.numCpus = vm.cpus();
        s.numCoresPerSocket = 1;
        s.memoryResourceMb = new VmSpecSection.Memory();
        s.memoryResourceMb.configured = vm.memoryMb();
        for (Ovf.Disk d : VmHardware.disks(vm)) {
            VmSpecSection.Disk disk = new VmSpecSection.Disk();
            disk.diskId = d.id();
            disk.sizeMb = d.capacityMb();
            s.diskSection.add(disk);
        }
        return s;
    }
}
