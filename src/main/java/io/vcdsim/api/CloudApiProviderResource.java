package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
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
 * What a VDC can do on the cloudapi ({@code vdcs/{urn}/capabilities}: NSX-V networking, the kind vcdsim's networks
 * resemble).
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
        r.get(V1 + "/vdcs/{id}/capabilities", this::capabilities);
    }

    private Reply capabilities(Exchange x) {
        VdcRow vdc = vdcs.vdc(x.principal(), CloudApi.id(x, "id", Kind.VDC), Right.VDC_VIEW);
        return CloudApi.listPage(x, ProviderView.capabilities(vdc), "VdcCapabilities");
    }
}
