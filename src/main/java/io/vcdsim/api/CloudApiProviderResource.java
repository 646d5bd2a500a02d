package io.vcdsim.api;

import io.vcdsim.compute.Provider;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.ProviderView;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The cloudapi face of the simulated provider side: the network pool ({@code networkPools}) and what a VDC can do
 * ({@code vdcs/{urn}/capabilities}: NSX-V networking, the kind vcdsim's networks resemble).
 */
public final class CloudApiProviderResource implements Routes {
    private final VdcService vdcs;
    private final QueryService queries;

    public CloudApiProviderResource(VdcService vdcs, QueryService queries) {
        this.vdcs = vdcs;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/networkPools/networkPoolSummaries", x -> CloudApi.page(x, queries, Kind.NETWORK_POOL.query(),
                null, "NetworkPoolSummaries", ids -> ids.stream().map(id -> ProviderView.networkPoolJson()).toList()));
        r.get(V1 + "/networkPools/{id}", x -> {
            x.principal().requireSystemAdmin();
            if (!Provider.NETWORK_POOL_ID.equals(CloudApi.id(x, "id", Kind.NETWORK_POOL))) {
                throw ApiException.forbidden("No network pool with id " + x.pathParam("id") + " is accessible.");
            }
            return Reply.json(200, ProviderView.networkPoolJson());
        });
        r.get(V1 + "/vdcs/{id}/capabilities", this::capabilities);
    }

    private Reply capabilities(Exchange x) {
        VdcRow vdc = vdcs.vdc(x.principal(), CloudApi.id(x, "id", Kind.VDC), Right.VDC_VIEW);
        return CloudApi.listPage(x, ProviderView.capabilities(vdc), "VdcCapabilities");
    }
}
