package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.views.NetworkView;

/** Org VDC networks, read as go-vcloud-director and pyvcloud read them: {@code /api/network/{id}} and its admin view. */
public final class NetworkResource implements Routes {
    private final VdcService vdcs;

    public NetworkResource(VdcService vdcs) {
        this.vdcs = vdcs;
    }

    @Override
    public void register(Router r) {
        r.get("/api/network/{id}", x -> Reply.ok(NetworkView.of(Hrefs.viewer(x), network(x), false),
                MediaTypes.ORG_NETWORK));
        r.get("/api/admin/network/{id}", x -> Reply.ok(NetworkView.of(Hrefs.viewer(x), network(x), true),
                MediaTypes.ORG_NETWORK));
    }

    private NetworkRow network(Exchange x) {
        return vdcs.network(x.principal(), Hrefs.id(x, "id"));
    }
}
