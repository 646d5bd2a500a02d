package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.VdcGroups;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.ProviderView;

import static io.vcdsim.api.CloudApi.V1;

/**
 * What a VDC can do on the cloudapi ({@code vdcs/{urn}/capabilities}: NSX-T networking when its provider VDC draws
 * on an NSX-T pool, else NSX-V), and a VDC group, whose URN go-vcloud-director sends to the same path.
 */
public final class CloudApiProviderResource implements Routes {
    private final VdcService vdcs;
    private final VdcGroups groups;
    private final QueryService queries;

    public CloudApiProviderResource(VdcService vdcs, VdcGroups groups, QueryService queries) {
        this.vdcs = vdcs;
        this.groups = groups;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/vdcs/{id}/capabilities", this::capabilities);
    }

    private Reply capabilities(Exchange x) {
        if (x.pathParam("id").startsWith("urn:vcloud:" + Kind.VDC_GROUP.urnType + ":")) {
            var group = groups.get(x.principal(), CloudApi.id(x, "id", Kind.VDC_GROUP));
            return CloudApi.listPage(x, ProviderView.capabilities(group.providerType(), null), "VdcCapabilities");
        }
        VdcRow vdc = vdcs.vdc(x.principal(), CloudApi.id(x, "id", Kind.VDC), Right.VDC_VIEW);
        return CloudApi.listPage(x, ProviderView.capabilities(groups.networkProvider(vdc), vdc.allocationModel()),
                "VdcCapabilities");
    }
}
