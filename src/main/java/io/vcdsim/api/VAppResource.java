package io.vcdsim.api;

import io.vcdsim.compute.InternalDisks;
import io.vcdsim.compute.Power;
import io.vcdsim.compute.VAppOperations;
import io.vcdsim.compute.VAppPower;
import io.vcdsim.compute.VAppRecomposition;
import io.vcdsim.compute.VAppService;
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
import io.vcdsim.model.Vm;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.VAppView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * vApps and VMs ({@code /api/vApp/vapp-{id}}, {@code /api/vApp/vm-{id}}): read, rename, recompose, power
 * operations through the links the current state offers, snapshots, delete. Every change answers with its
 * task. The VDC's actions that make them are {@link NewVAppResource}'s.
 */
public final class VAppResource implements Routes {
    private final Database db;
    private final VAppRecomposition recomposition;
    private final VAppPower power;
    private final VAppService vapps;
    private final TaskViews tasks;

    public VAppResource(Database db, VAppOperations operations, VAppService vapps, TaskViews tasks) {
        this.db = db;
        this.recomposition = operations.recomposition();
        this.power = operations.power();
        this.vapps = vapps;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
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

    /** PUT VApp (name, Description) or PUT Vm (name, Description, StorageProfile): 202 with the update task. */
    Reply update(Exchange x) {
        if (namesVm(x)) {
            VmRow vm = findVm(x, Right.VAPP_EDIT);
            Vm in = x.read(Vm.class, "Vm", MediaTypes.VM);
            return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(in.name, in.description, null, null,
                    null).withStorageProfile(VmSectionResource.storageProfile(in.storageProfile)),
                    TaskResource.caller(x.principal())));
        }
        VAppRow a = findVApp(x, Right.VAPP_EDIT);
        VApp in = x.read(VApp.class, "VApp", MediaTypes.VAPP);
        return tasks.accepted(x, vapps.update(a, in.name, in.description, TaskResource.caller(x.principal())));
    }

    /**
     * PUT VmSpecSection: CPUs, memory and the internal disks, their whole list (a vappUpdateVm task, checked against
     * the VDC's quotas).
     */
    Reply putSpec(Exchange x) {
        VmRow vm = findVm(x, Right.VAPP_EDIT);
        VmSpecSection in = x.read(VmSpecSection.class, "VmSpecSection", MediaTypes.VM_SPEC_SECTION);
        List<InternalDisks.Setting> disks = VmSectionResource.internalDisks(in);
        return tasks.accepted(x, vapps.updateVm(vm, new VAppService.VmChange(null, null, in.numCpus,
                in.memoryResourceMb == null ? null : in.memoryResourceMb.configured, null, null,
                disks == null ? null : InternalDisks.planned(vm, disks)).withCoresPerSocket(in.numCoresPerSocket),
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
                    add.add(new VAppRecomposition.Addition(source, name, move, nics,
                            VmSectionResource.policies(item.computePolicy),
                            VmSectionResource.storageProfile(item.storageProfile)));
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

    /** A CreateItem as a new VM: its VmSpecSection's OS, CPUs, memory (512 MB when none) and disks. */
    private static VAppRecomposition.NewVm newVm(VAppParams.CreateItem item) {
        return NewVAppResource.newVm(item.name, item.description, item.vmSpecSection, item.guestCustomizationSection,
                item.computePolicy, item.networkConnectionSection == null
                        || item.networkConnectionSection.networkConnection == null ? null
                        : VmSectionResource.nics(item.networkConnectionSection), item.storageProfile);
    }

    private UUID target(Exchange x) {
        return namesVm(x) ? findVm(x, Right.VAPP_POWER).id()
                : findVApp(x, Right.VAPP_POWER).id();
    }

    static UUID requireId(String href, String what) {
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
