package io.vcdsim.api;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.provider.TenantMigration;
import io.vcdsim.store.Database;
import io.vcdsim.views.ProviderView;

import java.util.UUID;


/**
 * The simulated provider side, read-only: the vCenter's datastores ({@code /api/admin/extension/datastores} and
 * {@code datastore/{id}}); a tenant's VMs moved
 * between datastores ({@code action/migrateTenant}).
 */
public final class ProviderResource implements Routes {
    private final Database db;
    private final TenantMigration migration;
    private final TaskViews tasks;

    public ProviderResource(Database db, TenantMigration migration, TaskViews tasks) {
        this.db = db;
        this.migration = migration;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/datastores", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.read(tx -> ProviderView.datastores(tx, Hrefs.viewer(x))), MediaTypes.DATASTORE_LIST);
        });
        r.get("/api/admin/extension/datastore/{id}", x -> {
            x.principal().requireSystemAdmin();
            UUID id = Hrefs.id(x, "id");
            return Reply.ok(db.read(tx -> ProviderView.datastore(tx, Hrefs.viewer(x), Provider.datastore(tx, id)
                    .orElseThrow(() -> ApiException.forbidden("No datastore with id " + x.pathParam("id")
                            + " is accessible.")))), MediaTypes.DATASTORE);
        });
        r.post("/api/admin/extension/action/migrateTenant", this::migrateTenant);
    }

    private Reply migrateTenant(Exchange x) {
        x.principal().requireSystemAdmin();
        ProviderInventory.TenantMigrationParams in = x.read(ProviderInventory.TenantMigrationParams.class,
                "TenantMigrationParams", MediaTypes.TENANT_MIGRATION_PARAMS);
        return tasks.accepted(x, migration.migrate(Bodies.ids(in.orgs, "Org", "an org"),
                Bodies.ids(in.sourceDatastores, "Datastore", "a datastore"),
                Bodies.ids(in.targetDatastores, "Datastore", "a datastore"), TaskResource.caller(x.principal())));
    }
}
