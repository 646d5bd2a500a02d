package io.vcdsim.compute;

import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A vApp copied or moved into a VDC of its org (CloneVAppParams, pyvcloud's copy_to and move_to,
 * go-vcloud-director's CloneVapp): the new vApp has copies of its VMs, its sections and its networks, and exists
 * at once (status 0) as a created one does; the task makes it real, powered off, within the VDC's quotas, and a
 * move removes the source then. A network bridged or routed to an org network the target VDC does not have is not
 * copied, and NICs on it are disconnected. A failed or canceled clone leaves nothing behind.
 */
public final class VAppCloning {
    /** vCD's one operation for copying and moving a vApp ("Copy and Move vApp"). */
    public static final String COPY = "vdcCopyVapp";
    /** What vcdsim named a move before it knew better: a move started then still finishes. */
    private static final String EARLIER_MOVE = "vdcMoveVapp";

    private final Database db;
    private final TaskEngine engine;

    /** What a clone's task carries: the source, and whether it goes once copied. */
    record Clone(UUID source, boolean move) {
    }

    public VAppCloning(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        for (String op : new String[]{COPY, EARLIER_MOVE}) {
            engine.register(op, Clone.class, this::finish, (tx, task, c) -> VAppService.removeVApp(tx, task.ownerId()));
            engine.announce(op, "vapp/create");
        }
    }

    public VAppCreation.Created clone(VdcRow vdc, String name, String description, UUID sourceId, boolean move,
                                     TaskEngine.Caller by) {
        Lengths.name(name, 128, "vApp");
        Lengths.atMost(description, 4096, "A vApp's Description");
        return db.tx(tx -> {
            VAppRow source = tx.compute().vapp(sourceId).filter(a -> a.orgId().equals(vdc.orgId()))
                    .orElseThrow(() -> ApiException.invalidReference("The Source is not a vApp of this organization."));
            if (move && (source.deployed() || source.status() == Power.ON)) {
                throw ApiException.badRequest("vApp " + source.name() + " must be powered off and undeployed to move.");
            }
            if (tx.compute().vappsIn(vdc.id()).stream().anyMatch(a -> a.name().equalsIgnoreCase(name)
                    && !(move && a.id().equals(source.id())))) {
                throw ApiException.duplicateName("VDC " + vdc.name() + " already has a vApp named " + name + ".");
            }
            VAppRow copy = new VAppRow(UUID.randomUUID(), vdc.orgId(), vdc.id(), name,
                    description == null ? source.description() : description, 0, false,
                    by == null ? null : by.userId(), engine.now());
            tx.compute().insertVApp(copy);
            tx.compute().putSections(copy.id(), false, tx.compute().sections(source.id(), false));
            Set<String> networks = copyNetworks(tx, source, copy, vdc);
            for (VmRow vm : tx.compute().vms(source.id())) {
                VmRow made = vm.copy(UUID.randomUUID(), copy.id(), copy.orgId(), 0, engine.now());
                made = made.withNics(VmHardware.json(VmHardware.nics(made).stream().map(n -> n.network() == null
                        || networks.contains(n.network()) ? n : n.onNetwork(null)).toList()));
                tx.compute().insertVm(made);
                String kept = tx.compute().sections(vm.id(), true); // a copy's guest is new, a moved one is not
                tx.compute().putSections(made.id(), true, move ? kept : Sections.forACopy(kept));
            }
            TaskRow task = engine.start(tx, new TaskEngine.Spec(COPY, (move ? "Moving" : "Copying")
                    + " Virtual Application " + source.name() + "(" + source.id() + ")", by, VAppService.owner(copy),
                    true, new Clone(source.id(), move)));
            return new VAppCreation.Created(copy, task);
        });
    }

    /** The source's networks that can be in the target VDC, copied with new ids; their names. */
    private static Set<String> copyNetworks(Tx tx, VAppRow source, VAppRow copy, VdcRow vdc) {
        Set<String> names = new HashSet<>();
        for (VAppNetworkRow n : tx.vappNetworks().of(source.id())) {
            boolean reachable = n.parentNetworkId() == null || tx.networks().find(n.parentNetworkId())
                    .filter(p -> Objects.equals(p.vdcId(), vdc.id())).isPresent();
            if (reachable) {
                tx.vappNetworks().insert(new VAppNetworkRow(UUID.randomUUID(), copy.id(), copy.orgId(), n.name(),
                        n.description(), n.fenceMode(), n.parentNetworkId(), n.inherited(), n.scope(),
                        n.retainNetInfo(), n.guestVlanAllowed(), n.features(), n.position()));
                names.add(n.name());
            }
        }
        return names;
    }

    private void finish(Tx tx, TaskRow task, Clone c) {
        VAppRow made = tx.compute().vapp(task.ownerId()).orElseThrow(() -> ApiException.forbidden("The vApp is gone."));
        var vms = tx.compute().vms(made.id());
        vms.forEach(vm -> tx.compute().updateVm(vm.with(Power.OFF, false)));
        Quotas.require(tx, made.vdcId());
        tx.compute().updateVApp(made.with(vms.isEmpty() ? Power.RESOLVED : Power.OFF, false));
        if (c.move()) {
            VAppRow source = tx.compute().vapp(c.source()).orElseThrow(() -> ApiException.badRequest(
                    "The vApp to move was deleted meanwhile."));
            if (source.deployed()) {
                throw ApiException.badRequest("vApp " + source.name() + " was deployed meanwhile: it is not moved.");
            }
            VAppService.removeVApp(tx, source.id());
        }
    }
}
