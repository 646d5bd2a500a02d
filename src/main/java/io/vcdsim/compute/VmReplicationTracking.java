package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.UUID;

/**
 * Replication tracking VMs (API 38.0): the placeholders a replication service (VMware Cloud Director Availability)
 * keeps at a recovery site, each describing the disks of its replica. A powered-off VM is converted into one with its
 * disks described; the service sets its state; a failover promotes it back to a standard VM, which powers on again.
 * vcdsim replicates nothing: the state is what the service last set, {@value #INITIAL_STATE} after the conversion
 * (the reference does not list vCD's values). The operation names are vcdsim's: the reference gives none.
 */
public final class VmReplicationTracking {
    public static final String CONVERT = "vappConvertToReplicationTrackingVm";
    public static final String CHANGE_SETTINGS = "vappChangeReplicationTrackingSettings";
    public static final String FAILOVER = "vappFailoverReplicationTrackingVm";
    public static final String INITIAL_STATE = "TRACKING";
    static final int MAX_DISKS = 64;
    private static final int MAX_TEXT = 255;
    private final Database db;
    private final TaskEngine engine;

    /** What the VM tracks once the task succeeds; null: nothing, a standard VM. */
    record Change(Sections.ReplicationTracking tracking) {
    }

    public VmReplicationTracking(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        for (String op : new String[]{CONVERT, CHANGE_SETTINGS, FAILOVER}) {
            engine.register(op, Change.class, (tx, task, c) -> tx.compute().putSections(task.ownerId(), true,
                    sections(tx, task.ownerId()).withReplication(c.tracking()).write()));
        }
    }

    /** What the VM tracks; null for a standard VM. */
    public static Sections.ReplicationTracking of(Tx tx, UUID vmId) {
        return sections(tx, vmId).replication();
    }

    /** Makes a powered-off standard VM a replication tracking VM of these disks (1 to {@value #MAX_DISKS}). */
    public TaskRow convert(VmRow vm, List<Sections.TrackingDisk> disks, TaskEngine.Caller by) {
        if (disks == null || disks.isEmpty() || disks.size() > MAX_DISKS) {
            throw ApiException.badRequest("A ReplicationTrackingDiskSection describes 1 to " + MAX_DISKS + " disks.");
        }
        disks.forEach(VmReplicationTracking::check);
        if (vm.status() != Power.OFF) {
            throw ApiException.badRequest("VM " + vm.name() + " must be powered off to become a replication tracking "
                    + "VM.");
        }
        return db.tx(tx -> {
            if (of(tx, vm.id()) != null) {
                throw ApiException.badRequest("VM " + vm.name() + " is a replication tracking VM already.");
            }
            return start(tx, CONVERT, "Converting to a replication tracking VM", vm, by,
                    new Sections.ReplicationTracking(INITIAL_STATE, List.copyOf(disks)));
        });
    }

    /** Sets a replication tracking VM's state (letters, digits, '_' and '-', at most 64), as its service says. */
    public TaskRow changeState(VmRow vm, String state, TaskEngine.Caller by) {
        if (state == null || !state.matches("[A-Za-z0-9_-]{1,64}")) {
            throw ApiException.badRequest("A ReplicationTrackingVmState is 1 to 64 letters, digits, '_' and '-'.");
        }
        return db.tx(tx -> {
            Sections.ReplicationTracking now = tracking(tx, vm);
            return start(tx, CHANGE_SETTINGS, "Changing the replication tracking settings of", vm, by,
                    new Sections.ReplicationTracking(state, now.disks()));
        });
    }

    /** Promotes a replication tracking VM to a standard VM ({@code failover}); false leaves it tracking. */
    public TaskRow failover(VmRow vm, Boolean failover, TaskEngine.Caller by) {
        if (failover == null) {
            throw ApiException.badRequest("VmFailoverParams needs Failover: true to promote the VM.");
        }
        return db.tx(tx -> start(tx, FAILOVER, "Failing over", vm, by, failover ? null : tracking(tx, vm)));
    }

    /** 400 unless the VM may power on: a replication tracking VM stands for a replica until its failover. */
    static void requireNotTracking(Tx tx, VmRow vm) {
        if (of(tx, vm.id()) != null) {
            throw ApiException.badRequest("VM " + vm.name() + " is a replication tracking VM: it powers on once it "
                    + "is failed over.");
        }
    }

    private static Sections.ReplicationTracking tracking(Tx tx, VmRow vm) {
        Sections.ReplicationTracking t = of(tx, vm.id());
        if (t == null) {
            throw ApiException.badRequest("VM " + vm.name() + " is not a replication tracking VM.");
        }
        return t;
    }

    private static void check(Sections.TrackingDisk d) {
        if (d.diskUuid() != null && !d.diskUuid().matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
            throw ApiException.badRequest("A DiskUuid is a UUID, not " + Lengths.atMost(d.diskUuid(), MAX_TEXT,
                    "DiskUuid") + ".");
        }
        for (Long kb : new Long[]{d.storageProvisionedKb(), d.storageOverheadKb()}) {
            if (kb != null && kb < 0) {
                throw ApiException.badRequest("StorageProvisionedKb and StorageOverheadKb are 0 or more.");
            }
        }
        Lengths.atMost(d.storagePolicyHref(), 1024, "StoragePolicy href");
        Lengths.atMost(d.placementRecommendation(), MAX_TEXT, "PlacementRecommendation");
    }

    private static Sections sections(Tx tx, UUID vmId) {
        return Sections.read(tx.compute().sections(vmId, true));
    }

    private TaskRow start(Tx tx, String op, String what, VmRow vm, TaskEngine.Caller by,
                          Sections.ReplicationTracking next) {
        return engine.start(tx, new TaskEngine.Spec(op, what + " Virtual Machine " + vm.name() + "(" + vm.id() + ")",
                by, VAppService.owner(vm), true, new Change(next)));
    }
}
