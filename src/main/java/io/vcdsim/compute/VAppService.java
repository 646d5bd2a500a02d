package io.vcdsim.compute;

import io.vcdsim.http.ApiException;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * vApps and their VMs. Instantiating or composing creates the vApp and its VMs at once (status 0,
 * so clients can follow the href) and the task's work makes them real: powered off, or deployed and
 * powered on as asked. Power operations change state when their task completes; an operation the
 * current state does not allow is refused up front (400), and its link is missing from the vApp.
 */
public final class VAppService {
    public static final String INSTANTIATE = "vdcInstantiateVapp";
    public static final String COMPOSE = "vdcComposeVapp";
    public static final String DELETE = "vdcDeleteVapp";

    private final Database db;
    private final TaskEngine engine;

    public VAppService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        for (String op : List.of(INSTANTIATE, COMPOSE)) {
            engine.register(op, this::finishCreation, (tx, task) -> removeVApp(tx, task.ownerId()));
            engine.announce(op, "vapp/create");
        }
        engine.register(DELETE, (tx, task) -> removeVApp(tx, task.ownerId()));
        engine.announce(DELETE, "vapp/delete");
        for (Power p : Power.values()) {
            engine.register(p.operationName, this::applyPower);
        }
    }

    public record Created(VAppRow vapp, TaskRow task) {
    }

    /** InstantiateVAppTemplateParams: a vApp with a copy of each of the template's VMs. */
    public Created instantiate(VdcRow vdc, String name, String description, UUID templateId, boolean deploy,
                               boolean powerOn, TaskEngine.Caller by) {
        return db.tx(tx -> {
            TemplateRow t = tx.compute().template(templateId).filter(x -> x.orgId().equals(vdc.orgId()))
                    .orElseThrow(() -> ApiException.invalidReference("The Source does not name a vApp template of "
                            + "this organization."));
            if (t.status() != Power.OFF) {
                throw ApiException.badRequest("vApp template " + t.name() + " is not ready (its upload has not "
                        + "finished).");
            }
            return create(tx, vdc, name, description, tx.compute().vms(t.id()), deploy, powerOn, INSTANTIATE, by);
        });
    }

    /** ComposeVAppParams: a vApp with a copy of each VM the sources name (template VMs, or whole templates). */
    public Created compose(VdcRow vdc, String name, String description, List<UUID> sources, boolean deploy,
                           boolean powerOn, TaskEngine.Caller by) {
        return db.tx(tx -> {
            List<VmRow> vms = new ArrayList<>();
            for (UUID source : sources) {
                var template = tx.compute().template(source).filter(x -> x.orgId().equals(vdc.orgId()));
                if (template.isPresent()) {
                    vms.addAll(tx.compute().vms(source));
                    continue;
                }
                vms.add(tx.compute().vm(source).filter(v -> v.orgId().equals(vdc.orgId()))
                        .filter(v -> tx.compute().template(v.parentId()).isPresent())
                        .orElseThrow(() -> ApiException.invalidReference("A SourcedItem does not name a VM or vApp "
                                + "template of this organization.")));
            }
            return create(tx, vdc, name, description, vms, deploy, powerOn, COMPOSE, by);
        });
    }

    private Created create(Tx tx, VdcRow vdc, String name, String description, List<VmRow> sourceVms, boolean deploy,
                           boolean powerOn, String operationName, TaskEngine.Caller by) {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw ApiException.badRequest("A vApp needs a name of 1 to 128 characters.");
        }
        if (tx.compute().vappsIn(vdc.id()).stream().anyMatch(a -> a.name().equalsIgnoreCase(name))) {
            throw ApiException.duplicateName("VDC " + vdc.name() + " already has a vApp named " + name + ".");
        }
        VAppRow vapp = new VAppRow(UUID.randomUUID(), vdc.orgId(), vdc.id(), name, description, 0, false, engine.now());
        tx.compute().insertVApp(vapp);
        for (VmRow source : sourceVms) {
            tx.compute().insertVm(source.copy(UUID.randomUUID(), vapp.id(), 0, engine.now()));
        }
        TaskRow task = engine.start(tx, new TaskEngine.Spec(operationName, "Creating Virtual Application " + name + "("
                + vapp.id() + ")", by, owner(vapp), true, (deploy || powerOn) + "," + powerOn));
        return new Created(vapp, task);
    }

    private void finishCreation(Tx tx, TaskRow task) {
        String[] p = task.params().split(",");
        boolean deploy = Boolean.parseBoolean(p[0]);
        boolean powerOn = Boolean.parseBoolean(p[1]);
        List<VmRow> vms = tx.compute().vms(task.ownerId());
        for (VmRow vm : vms) {
            tx.compute().updateVm(vm.with(powerOn ? Power.ON : Power.OFF, deploy));
        }
        tx.compute().vapp(task.ownerId()).ifPresent(a -> tx.compute().updateVApp(a.with(powerOn ? Power.ON : Power.OFF,
                deploy)));
    }

    /** Starts a power operation on a vApp (all its VMs) or one VM; 400 when the state does not allow it. */
    public TaskRow power(UUID targetId, Power p, boolean powerOn, boolean suspend, TaskEngine.Caller by) {
        return db.tx(tx -> {
            TaskEngine.Owner owner;
            int status;
            boolean deployed;
            var vapp = tx.compute().vapp(targetId);
            if (vapp.isPresent()) {
                owner = owner(vapp.get());
                status = vapp.get().status();
                deployed = vapp.get().deployed();
            } else {
                VmRow vm = tx.compute().vm(targetId).orElseThrow(() -> ApiException.forbidden("No such vApp or VM."));
                owner = owner(vm);
                status = vm.status();
                deployed = vm.deployed();
            }
            if (!p.allowed(status, deployed)) {
                throw ApiException.badRequest("Cannot " + p.action() + " " + owner.name() + " in its current state ("
                        + describe(status, deployed) + ").");
            }
            return engine.start(tx, new TaskEngine.Spec(p.operationName, p.action() + " " + owner.name(), by, owner,
                    true, p.name() + "," + powerOn + "," + suspend));
        });
    }

    private void applyPower(Tx tx, TaskRow task) {
        String[] params = task.params().split(",");
        Power p = Power.valueOf(params[0]);
        boolean powerOn = Boolean.parseBoolean(params[1]);
        boolean suspend = Boolean.parseBoolean(params[2]);
        UUID vappId;
        var vapp = tx.compute().vapp(task.ownerId());
        if (vapp.isPresent()) {
            vappId = vapp.get().id();
            for (VmRow vm : tx.compute().vms(vappId)) {
                if (p.allowed(vm.status(), vm.deployed())) {
                    tx.compute().updateVm(p.apply(vm, powerOn, suspend));
                }
            }
        } else {
            VmRow vm = tx.compute().vm(task.ownerId()).orElseThrow(() ->
                    ApiException.forbidden("The VM no longer exists."));
            if (!p.allowed(vm.status(), vm.deployed())) {
                throw ApiException.badRequest("The VM's state changed: cannot " + p.action() + " it any more.");
            }
            tx.compute().updateVm(p.apply(vm, powerOn, suspend));
            vappId = vm.parentId();
        }
        List<VmRow> vms = tx.compute().vms(vappId);
        tx.compute().vapp(vappId).ifPresent(a -> {
            boolean anyDeployed = vms.stream().anyMatch(VmRow::deployed);
            // an empty vApp follows the operation itself
            boolean deployed = vms.isEmpty() ? p == Power.DEPLOY || p == Power.POWER_ON
                    || (a.deployed() && p != Power.UNDEPLOY) : anyDeployed;
            int status = vms.isEmpty() ? (p == Power.POWER_ON || (p == Power.DEPLOY && powerOn) ? Power.ON : Power.OFF)
                    : Power.aggregate(vms);
            tx.compute().updateVApp(a.with(status, deployed));
        });
    }

    /** vCD refuses to delete a deployed vApp unless forced. */
    public TaskRow delete(VAppRow vapp, boolean force, TaskEngine.Caller by) {
        if ((vapp.deployed() || vapp.status() == Power.ON) && !force) {
            throw ApiException.badRequest("vApp " + vapp.name() + " is deployed: undeploy it first, or delete with "
                    + "force=true.");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Virtual Application " + vapp.name()
                + "(" + vapp.id() + ")", by, owner(vapp), true, null)));
    }

    private static void removeVApp(Tx tx, UUID id) {
        tx.compute().vms(id).forEach(vm -> tx.metadata().deleteFor(vm.id()));
        tx.compute().deleteVApp(id);
        tx.metadata().deleteFor(id);
    }

    static String describe(int status, boolean deployed) {
        String s = switch (status) {
            case Power.ON -> "powered on";
            case Power.OFF -> "powered off";
            case Power.SUSPENDED -> "suspended";
            case 0 -> "being created";
            default -> "status " + status;
        };
        return s + (deployed ? ", deployed" : ", not deployed");
    }

    public static TaskEngine.Owner owner(VAppRow a) {
        return new TaskEngine.Owner(a.id(), "/api/vApp/vapp-" + a.id(), MediaTypes.xml(MediaTypes.VAPP), a.name());
    }

    public static TaskEngine.Owner owner(VmRow vm) {
        return new TaskEngine.Owner(vm.id(), "/api/vApp/vm-" + vm.id(), MediaTypes.xml(MediaTypes.VM), vm.name());
    }
}
