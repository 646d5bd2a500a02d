package io.vcdsim.api;

import io.vcdsim.compute.Power;
import io.vcdsim.compute.Sections;
import io.vcdsim.compute.VAppCloning;
import io.vcdsim.compute.VAppCreation;
import io.vcdsim.compute.VAppFromOvf;
import io.vcdsim.compute.VAppOperations;
import io.vcdsim.compute.VAppPower;
import io.vcdsim.compute.VAppRecomposition;
import io.vcdsim.compute.VAppNetworks;
import io.vcdsim.compute.VAppService;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.VApp;
import io.vcdsim.model.VAppParams;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.model.Vm;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.VAppView;

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
    private final VAppCreation creation;
    private final VAppCloning cloning;
    private final VAppRecomposition recomposition;
    private final VAppFromOvf fromOvf;
    private final VAppPower power;
    private final VAppService vapps;
    private final VdcService vdcs;
    private final TaskViews tasks;

    public VAppResource(Database db, VAppOperations operations, VAppService vapps, VdcService vdcs, TaskViews tasks) {
        this.db = db;
        this.creation = operations.creation();
        this.cloning = operations.cloning();
        this.recomposition = operations.recomposition();
        this.fromOvf = operations.fromOvf();
        this.power = operations.power();
        this.vapps = vapps;
        this.vdcs = vdcs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/vdc/{id}/action/instantiateVAppTemplate", this::instantiate);
        r.post("/api/vdc/{id}/action/composeVApp", this::compose);
        r.post("/api/vdc/{id}/action/instantiateOvf", this::instantiateOvf);
        r.post("/api/vdc/{id}/action/createVm", this::createVm);
        r.post("/api/vdc/{id}/action/instantiateVmFromTemplate", this::instantiateVm);
        r.post("/api/vdc/{id}/action/cloneVApp", this::cloneVApp);
        r.get("/api/vApp/{id}", this::get);
        r.put("/api/vApp/{id}", this::update);
        r.delete("/api/vApp/{id}", this::delete);
        r.post("/api/vApp/{id}/power/action/{action}", this::power);
        r.post("/api/vApp/{id}/action/{action}", this::action);
        r.get("/api/vApp/{id}/vmSpecSection", x -> {
            VmRow vm = findVm(x, Right.VDC_VIEW);
            return Reply.ok(db.read(tx -> VAppView.specSection(tx, Hrefs.viewer(x), vm)), MediaTypes.VM_SPEC_SECTION);
        });
        r.put("/api/vApp/{id}/vmSpecSection", this::putSpec);
        r.get("/api/vApp/{id}/snapshotSection", this::snapshots);
    }

    /** PUT VApp (name, Description) or PUT Vm (name, Description): 202 with the update task. */
    Reply update(Exchange x) {
        if (namesVm(x)) {
            VmRow vm = findVm(x, Right.VAPP_EDIT);
            Vm in = x.read(Vm.class, "Vm", MediaTypes.VM);
            return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(in.name, in.description, null, null,
                    null, null), TaskResource.caller(x.principal())));
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
                in.memoryResourceMb == null ? null : in.memoryResourceMb.configured, disks, null)
                .withCoresPerSocket(in.numCoresPerSocket), TaskResource.caller(x.principal())));
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
                List<VAppRecomposition.Addition> add = new ArrayList<>();
                for (VAppParams.SourcedItem item : in.sourcedItem) {
                    // pyvcloud's add_vms names the new VM in VmGeneralParams, go-vcloud-director's AddNewVM in
                    // the Source's name, and gives its NICs in the item's NetworkConnectionSection
                    String name = item.vmGeneralParams != null && item.vmGeneralParams.name != null
                            ? item.vmGeneralParams.name.trim() : item.source == null || item.source.name == null
                            || item.source.name.isBlank() ? null : item.source.name.trim();
                    var nicSection = item.instantiationParams == null ? null
                            : item.instantiationParams.networkConnectionSection;
                    List<io.vcdsim.catalog.Ovf.Nic> nics = nicSection == null || nicSection.networkConnection == null
                            ? null : VmSectionResource.nics(nicSection);
                    UUID source = requireId(item.source == null ? null : item.source.href, "SourcedItem");
                    boolean move = Boolean.TRUE.equals(item.sourceDelete);
                    if (move) { // moving a VM takes it from its vApp: the caller must be able to delete it there
                        vapps.vm(x.principal(), source, Right.VAPP_DELETE);
                    }
                    add.add(new VAppRecomposition.Addition(source, name, move, nics));
                }
                List<UUID> remove = new ArrayList<>();
                for (io.vcdsim.model.Reference ref : in.deleteItem) {
                    remove.add(requireId(ref.href, "DeleteItem"));
                }
                List<VAppRecomposition.NewVm> create = new ArrayList<>();
                for (VAppParams.CreateItem item : Bodies.list(in.createItem, "CreateItem")) {
                    if (item == null) {
                        throw ApiException.badRequest("A CreateItem is empty.");
                    }
                    create.add(newVm(item));
                }
                return tasks.accepted(x, recomposition.recompose(a, new VAppRecomposition.Renaming(in.name,
                        in.description), add, create, remove, by));
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
    private static VAppCreation.VmOverride override(VAppParams.SourcedItem item) {
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
        var gc = params == null || params.guestCustomizationSection == null ? null
                : GuestCustomizations.of(params.guestCustomizationSection,
                Sections.GuestCustomization.defaultFor(vmName));
        return new VAppCreation.VmOverride(vmName, network, cpus, memory, disks, gc,
                item.vmGeneralParams == null ? null : item.vmGeneralParams.description);
    }

    /** A CreateItem as a new VM: its VmSpecSection's OS, CPUs, memory (512 MB when none) and disks. */
    private static VAppRecomposition.NewVm newVm(VAppParams.CreateItem item) {
        return newVm(item.name, item.description, item.vmSpecSection, item.guestCustomizationSection);
    }

    private static VAppRecomposition.NewVm newVm(String name, String description, VmSpecSection spec,
                                           io.vcdsim.model.GuestCustomizationSection gcSection) {
        if (spec == null) {
            throw ApiException.badRequest("A new VM needs its VmSpecSection.");
        }
        List<Long> disks = new ArrayList<>();
        for (VmSpecSection.Disk d : Bodies.list(spec.diskSection, "DiskSection")) {
            if (d.sizeMb == null) {
                throw ApiException.badRequest("Each DiskSettings of a new VM needs its SizeMb.");
            }
            disks.add(d.sizeMb);
        }
        var gc = gcSection == null ? null : GuestCustomizations.of(gcSection,
                Sections.GuestCustomization.defaultFor(null));
        return new VAppRecomposition.NewVm(name, description, spec.osType, spec.numCpus == null ? 1 : spec.numCpus,
                spec.memoryResourceMb == null || spec.memoryResourceMb.configured == null ? 512
                        : spec.memoryResourceMb.configured, disks, gc);
    }

    /**
     * go-vcloud-director's CreateStandaloneVm (terraform's vcd_vm): CreateVmParams at the VDC's rel=add link; 202
     * with the vdcCreateVm task, whose Owner is the VM's own vApp.
     */
    Reply createVm(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.CreateVm in = x.read(VAppParams.CreateVm.class, "CreateVmParams", MediaTypes.CREATE_VM_PARAMS);
        io.vcdsim.model.Vm vm = in.createVm;
        if (vm == null) {
            throw ApiException.badRequest("CreateVmParams needs its CreateVm: the VM's spec.");
        }
        String name = vm.name != null && !vm.name.isBlank() ? vm.name.trim() : in.name;
        VAppRecomposition.NewVm spec = newVm(name, in.description != null ? in.description : vm.description,
                vm.vmSpecSection, vm.guestCustomizationSection);
        var boot = VmSectionResource.boot(vm.bootOptions, vm.vmSpecSection == null ? null
                : vm.vmSpecSection.firmware, Sections.Boot.DEFAULT);
        VAppCreation.Created c = creation.createVm(vdc, spec, vm.networkConnectionSection == null ? List.of()
                : VmSectionResource.nics(vm.networkConnectionSection), boot, Boolean.TRUE.equals(in.powerOn),
                TaskResource.caller(x.principal()));
        return tasks.accepted(x, c.task());
    }

    private UUID target(Exchange x) {
        return namesVm(x) ? findVm(x, Right.VAPP_POWER).id()
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
        return Reply.ok(db.read(tx -> VAppView.snapshots(tx, Hrefs.viewer(x), vm)), MediaTypes.SNAPSHOT_SECTION);
    }

    private VdcRow vdc(Exchange x) {
        return vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VAPP_CREATE);
    }

    Reply instantiate(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.Instantiate in = x.read(VAppParams.Instantiate.class, "InstantiateVAppTemplateParams",
                MediaTypes.INSTANTIATE_PARAMS);
        UUID template = in.source == null ? null : Ids.fromAny(in.source.href);
        if (template == null) {
            throw ApiException.badRequest("InstantiateVAppTemplateParams needs a Source: the vApp template's href.");
        }
        Map<UUID, VAppCreation.VmOverride> overrides = new java.util.HashMap<>();
        for (VAppParams.SourcedItem item : in.sourcedItem) {
            UUID vm = item.source == null ? null : Ids.fromAny(item.source.href);
            if (vm == null) {
                continue;
            }
            overrides.put(vm, override(item));
        }
        VAppCreation.Created c = creation.instantiate(vdc, in.name, in.description, template, Boolean.TRUE.equals(in.deploy),
                Boolean.TRUE.equals(in.powerOn), overrides, networks(in.instantiationParams),
                TaskResource.caller(x.principal()));
        return created(x, c);
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
        VAppCreation.Created c = creation.compose(vdc, in.name, in.description, sources, Boolean.TRUE.equals(in.deploy),
                Boolean.TRUE.equals(in.powerOn), networks(in.instantiationParams), TaskResource.caller(x.principal()));
        return created(x, c);
    }

    /**
     * InstantiateOvfParams: 201 with the new vApp (status 0), the upload link of its OVF descriptor in its Files;
     * deployed and powered on once its package arrived, unless the request says otherwise.
     */
    Reply instantiateOvf(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.InstantiateOvf in = x.read(VAppParams.InstantiateOvf.class, "InstantiateOvfParams",
                MediaTypes.INSTANTIATE_OVF_PARAMS);
        Map<String, String> mapping = new java.util.LinkedHashMap<>();
        for (VAppParams.NetworkMapping m : Bodies.list(in.networkMapping, "NetworkMapping")) {
            if (m == null || m.source == null || m.target == null) {
                throw ApiException.badRequest("A NetworkMapping needs its Source and Target.");
            }
            mapping.put(m.source, m.target);
        }
        VAppCreation.Created c = fromOvf.start(vdc, in.name, in.description, networks(in.instantiationParams),
                mapping, !Boolean.FALSE.equals(in.deploy), !Boolean.FALSE.equals(in.powerOn),
                TaskResource.caller(x.principal()));
        return created(x, c);
    }

    /** go-vcloud-director's CreateStandaloneVMFromTemplate: one template VM as a standalone VM; 202 with the task. */
    Reply instantiateVm(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.InstantiateVm in = x.read(VAppParams.InstantiateVm.class, "InstantiateVmTemplateParams",
                MediaTypes.INSTANTIATE_VM_PARAMS);
        VAppParams.SourcedVmTemplateItem item = in.sourcedVmTemplateItem;
        UUID source = item == null || item.source == null ? null : Ids.fromAny(item.source.href);
        if (source == null) {
            throw ApiException.badRequest("InstantiateVmTemplateParams needs a SourcedVmTemplateItem with a Source: "
                    + "the template VM's href.");
        }
        VAppCreation.Created c = creation.instantiateVm(vdc, in.name, in.description, source,
                override(item.asSourcedItem()), Boolean.TRUE.equals(in.powerOn), TaskResource.caller(x.principal()));
        return tasks.accepted(x, c.task());
    }

    /** 201 with the new vApp, its creation task inside. */
    private Reply created(Exchange x, VAppCreation.Created c) {
        VApp v = view(x, c.vapp());
        return Reply.created(v, MediaTypes.VAPP, v.href);
    }

    /** The networks a new vApp's InstantiationParams declare (none: they follow its VMs' NICs). */
    private static List<VAppNetworks.Wanted> networks(VAppParams.InstantiationParams params) {
        return params == null || params.networkConfigSection == null ? List.of()
                : VAppNetworkResource.wanted(params.networkConfigSection);
    }

    /** CloneVAppParams (pyvcloud's copy_to and move_to): 201 with the new vApp, its vdcCopyVapp task inside. */
    Reply cloneVApp(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.Clone in = x.read(VAppParams.Clone.class, "CloneVAppParams", MediaTypes.CLONE_VAPP_PARAMS);
        UUID source = requireId(in.source == null ? null : in.source.href, "Source");
        boolean move = Boolean.TRUE.equals(in.isSourceDelete);
        vapps.vapp(x.principal(), source, move ? Right.VAPP_DELETE : Right.VDC_VIEW);
        VAppCreation.Created c = cloning.clone(vdc, in.name, in.description, source, move,
                TaskResource.caller(x.principal()));
        return created(x, c);
    }

    Reply get(Exchange x) {
        if (namesVm(x)) {
            VmRow vm = findVm(x, Right.VDC_VIEW);
            return Reply.ok(db.read(tx -> VAppView.vm(tx, Hrefs.viewer(x), vm)), MediaTypes.VM);
        }
        return Reply.ok(view(x, findVApp(x, Right.VDC_VIEW)), MediaTypes.VAPP);
    }

    Reply delete(Exchange x) {
        if (namesVm(x)) { // pyvcloud's VM.delete: the vApp recomposed without it
            VmRow vm = findVm(x, Right.VAPP_DELETE);
            if (vm.deployed()) {
                throw ApiException.badRequest("VM " + vm.name() + " is deployed: undeploy it before deleting it.");
            }
            VAppRow parent = vapps.vapp(x.principal(), vm.parentId(), Right.VAPP_DELETE);
            return tasks.accepted(x, recomposition.recompose(parent, List.of(), List.of(vm.id()),
                    TaskResource.caller(x.principal())));
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
        UUID target = target(x);
        boolean powerOn = false;
        boolean suspend = false;
        boolean forceCustomization = false;
        if (p == Power.DEPLOY && x.body().length > 0) {
            VAppParams.Deploy d = x.read(VAppParams.Deploy.class, "DeployVAppParams", MediaTypes.DEPLOY_PARAMS);
            powerOn = Boolean.TRUE.equals(d.powerOn);
            forceCustomization = Boolean.TRUE.equals(d.forceCustomization);
        } else if (p == Power.UNDEPLOY && x.body().length > 0) {
            VAppParams.Undeploy u = x.read(VAppParams.Undeploy.class, "UndeployVAppParams", MediaTypes.UNDEPLOY_PARAMS);
            suspend = "suspend".equalsIgnoreCase(u.undeployPowerAction);
        }
        return tasks.accepted(x, power.power(target, p, powerOn, suspend, forceCustomization,
                TaskResource.caller(x.principal())));
    }

    private VAppRow findVApp(Exchange x, Right right) {
        return vapps.vapp(x.principal(), Hrefs.id(x, "id"), right);
    }

    private VmRow findVm(Exchange x, Right right) {
        return vapps.vm(x.principal(), Hrefs.id(x, "id"), right);
    }

    /** True when the path names a VM ({@code /api/vApp/vm-...}) rather than a vApp. */
    private static boolean namesVm(Exchange x) {
        return x.path().startsWith(Kind.VM.pathPrefix());
    }

    private VApp view(Exchange x, VAppRow a) {
        return db.read(tx -> VAppView.of(tx, Hrefs.viewer(x), a));
    }
}
