package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.views.NetworkView;

/** Org VDC networks, read as go-vcloud-director and pyvcloud read them: {@code /api/network/{id}} and its admin view. */
public final class NetworkResource implements Routes {
    private final Database db;

    public NetworkResource(Database db) {
        this.db = db;
    }

    @Override
    public void register(Router r) {
        r.get("/api/network/{id}", x -> Reply.ok(NetworkView.of(Hrefs.viewer(x), network(x), false),
                MediaTypes.ORG_NETWORK));
        r.get("/api/admin/network/{id}", x -> Reply.ok(NetworkView.of(Hrefs.viewer(x), network(x), true),
                MediaTypes.ORG_NETWORK));
    }

    private NetworkRow network(Exchange x) {
        var id = Hrefs.id(x, "id");
        return x.principal().require(Right.NETWORK_VIEW, db.read(tx -> tx.resources().network(id)), NetworkRow::orgId,
                "network", id);
    }
}
