package io.vcdsim.api;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.Database;
import io.vcdsim.views.ProviderView;

import java.util.UUID;

/**
 * The simulated provider side, read-only: the vCenter's datastores ({@code /api/admin/extension/datastores} and
 * {@code datastore/{id}}) and the network pool
 * ({@code /api/admin/extension/networkPool/{id}}) that VDCs and the extension root refer to.
 */
public final class ProviderResource implements Routes {
    private final Database db;

    public ProviderResource(Database db) {
        this.db = db;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/datastores", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(ProviderView.datastores(Hrefs.viewer(x)), MediaTypes.DATASTORE_LIST);
        });
        r.get("/api/admin/extension/datastore/{id}", x -> {
            x.principal().requireSystemAdmin();
            Provider.Datastore d = Provider.datastore(Hrefs.id(x, "id")).orElseThrow(() -> ApiException.forbidden(
                    "No datastore with id " + x.pathParam("id") + " is accessible."));
            return Reply.ok(db.read(tx -> ProviderView.datastore(tx, Hrefs.viewer(x), d)), MediaTypes.DATASTORE);
        });
        r.get("/api/admin/extension/networkPool/{id}", x -> {
            only(x, Provider.NETWORK_POOL_ID, "network pool");
            return Reply.ok(ProviderView.networkPool(Hrefs.viewer(x)), MediaTypes.NETWORK_POOL);
        });
    }

    /** Provider objects are system administrators' to read, and there is one of each. */
    private static void only(Exchange x, UUID theOne, String what) {
        x.principal().requireSystemAdmin();
        if (!theOne.equals(Hrefs.id(x, "id"))) {
            throw ApiException.forbidden("No " + what + " with id " + x.pathParam("id") + " is accessible.");
        }
    }
}
