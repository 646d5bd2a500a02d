package io.vcdsim.compute;

import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.OrgSettingsRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.UUID;

/**
 * An org's vApp lease actions ({@code vAppLeaseSettings/action/expireVAppsRuntimeLease} and
 * {@code expireVAppsStorageLease}): every vApp's lease of that kind ends now, and the org's lease settings say
 * what follows. A runtime lease's end stops what runs: the vApp is undeployed, its VMs powered off or, when the org
 * does not power off on expiry, suspended. A storage lease only runs while a vApp is stopped: the stopped vApps are
 * deleted when the org deletes on expiry; vCD's "expired items" are not simulated, so otherwise they stay as they
 * are. No source names these tasks' operationNames; vcdsim's follow vCD's org* pattern.
 */
public final class VAppLeases {
    public static final String EXPIRE_RUNTIME = "orgExpireVAppsRuntimeLease";
    public static final String EXPIRE_STORAGE = "orgExpireVAppsStorageLease";
    private final Database db;
    private final TaskEngine engine;

    /** Power changes go through {@code power}: its rules hold (a VM waiting for an answer is stopped too). */
    public VAppLeases(Database db, TaskEngine engine, VAppPower power) {
        this.db = db;
        this.engine = engine;
        engine.register(EXPIRE_RUNTIME, (tx, task) -> vappsOf(tx, task.ownerId()).stream()
                .filter(VAppRow::deployed).forEach(a -> power.undeploy(tx, a.id(),
                        !settings(tx, task).vAppPowerOffOnRuntimeExpiry())));
        engine.register(EXPIRE_STORAGE, (tx, task) -> {
            if (settings(tx, task).vAppDeleteOnStorageExpiry()) {
                vappsOf(tx, task.ownerId()).stream().filter(a -> !a.deployed() && !Power.running(a.status()))
                        .forEach(a -> VAppService.removeVApp(tx, a.id()));
            }
        });
    }

    /** Starts the task that ends every vApp's runtime lease (or storage lease) in the org now. */
    public TaskRow expire(OrgRow org, boolean runtime, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(runtime ? EXPIRE_RUNTIME : EXPIRE_STORAGE,
                "Expiring the " + (runtime ? "runtime" : "storage") + " leases of the vApps of " + org.name(), by,
                ObjectRef.of(Kind.ORG, org.id(), org.name()), true, null)));
    }

    private static OrgSettingsRow settings(Tx tx, TaskRow task) {
        return tx.orgs().settings(task.ownerId());
    }

    static List<VAppRow> vappsOf(Tx tx, UUID orgId) {
        return tx.resources().vdcs(orgId).stream().map(VdcRow::id).flatMap(v -> tx.compute().vappsIn(v).stream())
                .toList();
    }
}
