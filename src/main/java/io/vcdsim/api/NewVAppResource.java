package io.vcdsim.api;

import io.vcdsim.compute.GuestCustomization;
import io.vcdsim.compute.InternalDisks;
import io.vcdsim.compute.Sections;
import io.vcdsim.compute.VAppCloning;
import io.vcdsim.compute.VAppCreation;
import io.vcdsim.compute.VAppFromOvf;
import io.vcdsim.compute.VAppNetworks;
import io.vcdsim.compute.VAppOperations;
import io.vcdsim.compute.VAppRecomposition;
import io.vcdsim.compute.VAppService;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.VApp;
import io.vcdsim.model.VAppParams;
import io.vcdsim.model.VirtualHardwareSection;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.VAppView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The VDC's actions that make vApps and VMs: instantiate a template, compose, instantiate an OVF package,
 * create a standalone VM or instantiate one from a template VM, clone (copy or move) a vApp. A new vApp
 * answers 201 with its creation task inside; a standalone VM, 202 with the task.
 */
public final class NewVAppResource implements Routes {
    private final Database db;
    private final VAppCreation creation;
    private final VAppCloning cloning;
    private final VAppFromOvf fromOvf;
    private final VAppService vapps;
    private final VdcService vdcs;
    private final TaskViews tasks;

    public NewVAppResource(Database db, VAppOperations operations, VAppService vapps, VdcService vdcs,
                           TaskViews tasks) {
        this.db = db;
        this.creation = operations.creation();
        this.cloning = operations.cloning();
        this.fromOvf = operations.fromOvf();
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
        Map<UUID, VAppCreation.VmOverride> overrides = new java.util.HashMap<>();
        for (VAppParams.SourcedItem item : in.sourcedItem) {
            UUID id = item.source == null ? null : Ids.fromAny(item.source.href);
            if (id == null) {
                throw ApiException.badRequest("Each SourcedItem needs a Source href.");
            }
            sources.add(id);
            overrides.put(id, override(item));
        }
        VAppCreation.Created c = creation.compose(vdc, in.name, in.description, sources, overrides,
                Boolean.TRUE.equals(in.deploy), Boolean.TRUE.equals(in.powerOn), networks(in.instantiationParams),
                TaskResource.caller(x.principal()));
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
        VApp v = db.read(tx -> VAppView.of(tx, Hrefs.viewer(x), c.vapp()));
        return tasks.created(x, v, MediaTypes.VAPP, v.href, List.of(c.task()));
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
        UUID source = VAppResource.requireId(in.source == null ? null : in.source.href, "Source");
        boolean move = Boolean.TRUE.equals(in.isSourceDelete);
        vapps.vapp(x.principal(), source, move ? Right.VAPP_DELETE : Right.VDC_VIEW);
        VAppCreation.Created c = cloning.clone(vdc, in.name, in.description, source, move,
                TaskResource.caller(x.principal()));
        return created(x, c);
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
                GuestCustomization.defaultFor(vmName));
        return new VAppCreation.VmOverride(vmName, network, cpus, memory, disks, gc,
                item.vmGeneralParams == null ? null : item.vmGeneralParams.description,
                VmSectionResource.storageProfile(item.storageProfile));
    }

    static VAppRecomposition.NewVm newVm(String name, String description, VmSpecSection spec,
                                           io.vcdsim.model.GuestCustomizationSection gcSection,
                                           io.vcdsim.model.ComputePolicy policy, List<io.vcdsim.catalog.Ovf.Nic> nics,
                                           io.vcdsim.model.Reference storageProfile) {
        if (spec == null) {
            throw ApiException.badRequest("A new VM needs its VmSpecSection.");
        }
        List<InternalDisks.Setting> disks = VmSectionResource.internalDisks(spec);
        var gc = gcSection == null ? null : GuestCustomizations.of(gcSection,
                GuestCustomization.defaultFor(null));
        return new VAppRecomposition.NewVm(name, description, spec.osType, spec.numCpus == null ? 1 : spec.numCpus,
                spec.memoryResourceMb == null || spec.memoryResourceMb.configured == null ? 512
                        : spec.memoryResourceMb.configured, InternalDisks.forNewVm(disks == null ? List.of() : disks),
                gc, VmSectionResource.policies(policy), nics,
                VmSectionResource.storageProfile(storageProfile));
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
                vm.vmSpecSection, vm.guestCustomizationSection, vm.computePolicy, null, vm.storageProfile);
        var boot = VmSectionResource.boot(vm.bootOptions, vm.vmSpecSection == null ? null
                : vm.vmSpecSection.firmware, Sections.Boot.DEFAULT);
        VAppCreation.Created c = creation.createVm(vdc, spec, vm.networkConnectionSection == null ? List.of()
                : VmSectionResource.nics(vm.networkConnectionSection), boot, Boolean.TRUE.equals(in.powerOn),
                TaskResource.caller(x.principal()));
        return tasks.accepted(x, c.task());
    }
}
