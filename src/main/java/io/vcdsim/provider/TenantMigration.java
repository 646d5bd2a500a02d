package io.vcdsim.provider;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A tenant's VMs moved to other storage ({@code /api/admin/extension/action/migrateTenant},
 * {@code tenantMigrate}): the VMs of the orgs named that sit on the source datastores (none named: on any other
 * datastore) move to the first target datastore, as a datastore relocation of each would.
 */
public final class TenantMigration {
    public static final String MIGRATE = "tenantMigrate";
    static final int MAX_ITEMS = 100;
    private final Database db;
    private final TaskEngine engine;

    /** The orgs, and the datastores by moref. */
    public record Params(List<UUID> orgs, List<String> from, String to) {
    }

    public TenantMigration(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(MIGRATE, Params.class, (tx, task, p) -> {
            check(tx, p.orgs());
            String first = Provider.datastores(tx).get(0).moref();
            tx.store(InventoryStore::new).moveOrgVms(p.orgs(), p.from(), p.to(), first);
        });
    }

    /** Starts the migration of these orgs from these datastores (ids; empty: any) to the first of {@code to}. */
    public TaskRow migrate(List<UUID> orgs, List<UUID> from, List<UUID> to, TaskEngine.Caller by) {
        if (orgs.isEmpty() || orgs.size() > MAX_ITEMS || new LinkedHashSet<>(orgs).size() != orgs.size()) {
            throw ApiException.badRequest("TenantMigrationParams names 1 to " + MAX_ITEMS + " distinct orgs.");
        }
        if (to.isEmpty() || from.size() > MAX_ITEMS || to.size() > MAX_ITEMS) {
            throw ApiException.badRequest("TenantMigrationParams names 1 to " + MAX_ITEMS + " targetDatastores and "
                    + "at most " + MAX_ITEMS + " sourceDatastores.");
        }
        return db.tx(tx -> {
            Params p = new Params(orgs, morefs(tx, from), morefs(tx, to).get(0));
            if (p.from().contains(p.to())) {
                throw ApiException.badRequest("A datastore is not both a source and the target of a migration.");
            }
            OrgRow first = check(tx, orgs).get(0);
            return engine.start(tx, new TaskEngine.Spec(MIGRATE, "Migrating tenant " + first.name(), by,
                    ObjectRef.of(Kind.ORG, first.id(), first.name()), false, p));
        });
    }

    private static List<OrgRow> check(Tx tx, List<UUID> orgs) {
        List<OrgRow> found = new ArrayList<>();
        for (UUID id : orgs) {
            OrgRow org = tx.orgs().find(id).filter(o -> !o.system()).orElseThrow(() ->
                    ApiException.invalidReference("No tenant org with id " + id + " exists."));
            found.add(org);
        }
        return found;
    }

    private static List<String> morefs(Tx tx, List<UUID> datastores) {
        List<String> out = new ArrayList<>();
        for (UUID id : datastores) {
            out.add(Provider.datastore(tx, id).orElseThrow(() -> ApiException.invalidReference("No datastore with id "
                    + id + " exists.")).moref());
        }
        return out;
    }
}
