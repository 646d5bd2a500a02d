package io.vcdsim.api;

import io.vcdsim.compute.ComputePolicies;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VdcComputePolicyReferences;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.ComputePolicyView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * VDC compute policies on the cloudapi, at 1.0.0 and 2.0.0 alike ({@code vdcComputePolicies}: list with paging and
 * FIQL filters, POST, and GET, PUT, DELETE of one), as go-vcloud-director's VdcComputePolicy and VdcComputePolicyV2
 * send and read them.
 */
public final class CloudApiComputePolicyResource implements Routes {
    private static final String V2 = "/cloudapi/2.0.0";
    private final Database db;
    private final ComputePolicies policies;
    private final VdcService vdcs;
    private final QueryService queries;

    public CloudApiComputePolicyResource(Database db, ComputePolicies policies, VdcService vdcs, QueryService queries) {
        this.db = db;
        this.policies = policies;
        this.vdcs = vdcs;
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
        // a VDC's policies: the cloudapi's list (what terraform reads) and the XML references (what is set)
        for (String base : new String[]{V1, V2}) {
            r.get(base + "/vdcs/{id}/computePolicies", x -> {
                VdcRow vdc = vdcs.vdc(x.principal(), CloudApi.id(x, "id", Kind.VDC), Right.VDC_VIEW);
                var assigned = db.read(tx -> ComputePolicies.assignment(tx, vdc.id())).policies();
                return CloudApi.page(x, CloudApi.Paging.of(x), assigned.size(),
                        assigned.stream().map(ComputePolicyView::of).toList(), "VdcComputePolicies");
            });
        }
        r.get("/api/admin/vdc/{id}/computePolicies", x -> {
            VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VDC_VIEW);
            return Reply.ok(db.read(tx -> ComputePolicyView.references(Hrefs.viewer(x), vdc.id(),
                    ComputePolicies.assignment(tx, vdc.id()).policies())), ComputePolicyView.REFERENCES);
        });
        r.put("/api/admin/vdc/{id}/computePolicies", x -> {
            VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VDC_VIEW);
            VdcComputePolicyReferences in = x.read(VdcComputePolicyReferences.class, "VdcComputePolicyReferences",
                    ComputePolicyView.REFERENCES);
            List<UUID> ids = new ArrayList<>();
            for (Reference ref : Bodies.list(in.vdcComputePolicyReference, "VdcComputePolicyReference")) {
                UUID id = ref.href == null ? null : Ids.fromAny(ref.href.substring(ref.href.lastIndexOf('/') + 1));
                if (id == null) {
                    throw ApiException.badRequest("A VdcComputePolicyReference needs the policy's href.");
                }
                ids.add(id);
            }
            var now = policies.assign(x.principal(), vdc.id(), ids);
            return Reply.ok(ComputePolicyView.references(Hrefs.viewer(x), vdc.id(), now.policies()),
                    ComputePolicyView.REFERENCES);
        });
    }

    private static java.util.UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.VDC_COMPUTE_POLICY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Exchange x) {
        return x.read(Map.class, "VdcComputePolicy", "application/json");
    }
}
