package io.vcdsim.api;

import io.vcdsim.compute.ComputePolicies;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.views.ComputePolicyView;

import java.util.Map;

import static io.vcdsim.api.CloudApi.V1;

/**
 * VDC compute policies on the cloudapi, at 1.0.0 and 2.0.0 alike ({@code vdcComputePolicies}: list with paging and
 * FIQL filters, POST, and GET, PUT, DELETE of one), as go-vcloud-director's VdcComputePolicy and VdcComputePolicyV2
 * send and read them.
 */
public final class CloudApiComputePolicyResource implements Routes {
    private static final String V2 = "/cloudapi/2.0.0";
    private final ComputePolicies policies;
    private final QueryService queries;

    public CloudApiComputePolicyResource(ComputePolicies policies, QueryService queries) {
        this.policies = policies;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        for (String base : new String[]{V1 + "/vdcComputePolicies", V2 + "/vdcComputePolicies"}) {
            r.get(base, x -> {
                x.principal().requireSystemAdmin();
                return CloudApi.page(x, queries, Kind.VDC_COMPUTE_POLICY.query(), null, "VdcComputePolicies",
                        ids -> policies.found(ids).stream().map(ComputePolicyView::of).toList());
            });
            r.post(base, x -> Reply.json(201, ComputePolicyView.of(policies.create(x.principal(), body(x)))));
            r.get(base + "/{id}", x -> Reply.json(200, ComputePolicyView.of(policies.get(x.principal(), id(x)))));
            r.put(base + "/{id}", x -> Reply.json(200, ComputePolicyView.of(policies.update(x.principal(), id(x),
                    body(x)))));
            r.delete(base + "/{id}", x -> {
                policies.delete(x.principal(), id(x));
                return Reply.noContent();
            });
        }
    }

    private static java.util.UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.VDC_COMPUTE_POLICY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Exchange x) {
        return x.read(Map.class, "VdcComputePolicy", "application/json");
    }
}
