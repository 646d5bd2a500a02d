package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.network.AlbEdgeSettings;
import io.vcdsim.store.AlbAssignmentStore.Assignment;
import io.vcdsim.store.AlbCloudStore;
import io.vcdsim.store.AlbEdgeStore.Settings;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NSX-T ALB on edge gateways as the cloudapi writes it: an edge's load balancer (go-vcloud-director's
 * types.NsxtAlbConfig) and a service engine group's assignment to an edge (types.NsxtAlbServiceEngineGroupAssignment).
 */
public final class AlbEdgeView {
    /** From 37.0 on the feature set replaces licenseType, and an IPv6 service network may be set... */
    private static final ApiVersion FEATURE_SET = new ApiVersion(37, 0);
    /** ... and from 37.1 on, transparent mode. */
    private static final ApiVersion TRANSPARENT_MODE = new ApiVersion(37, 1);

    private AlbEdgeView() {
    }

    /** An edge's load balancer (empty: disabled), in the fields the client's version has. */
    public static Map<String, Object> settings(Tx tx, Optional<Settings> lb, ApiVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", lb.isPresent());
        if (lb.isEmpty()) {
            return json;
        }
        Settings s = lb.get();
        json.put("loadBalancerCloudRef", tx.store(AlbCloudStore::new).find(s.cloudId())
                .map(c -> OpenApiReference.ref(c.name(), Kind.ALB_CLOUD.urn(c.id()))).orElse(null));
        if (s.serviceNetwork() != null) {
            json.put("serviceNetworkDefinition", s.serviceNetwork());
        }
        if (version.atLeast(FEATURE_SET)) {
            json.put("supportedFeatureSet", s.featureSet());
            if (s.ipv6ServiceNetwork() != null) {
                json.put("ipv6ServiceNetworkDefinition", s.ipv6ServiceNetwork());
            }
        } else {
            json.put("licenseType", AlbEdgeSettings.licenseTypeOf(s.featureSet()));
        }
        if (version.atLeast(TRANSPARENT_MODE)) {
            json.put("transparentModeEnabled", s.transparentMode());
        }
        return json;
    }

    /** An assignment: its group, edge, the edge's org and owner, a SHARED group's limits, what is deployed. */
    public static Map<String, Object> assignment(Tx tx, Assignment a, int deployed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.ALB_SEG_ASSIGNMENT.urn(a.id()));
        json.put("serviceEngineGroupRef", OpenApiReference.ref(tx.store(AlbServiceEngineGroupStore::new)
                .find(a.groupId()).map(g -> g.name()).orElse(""), Kind.ALB_SERVICE_ENGINE_GROUP.urn(a.groupId())));
        Optional<EdgeGatewayRow> edge = tx.edges().find(a.edgeId());
        json.put("gatewayRef", OpenApiReference.ref(edge.map(EdgeGatewayRow::name).orElse(""),
                Kind.EDGE_GATEWAY.urn(a.edgeId())));
        json.put("gatewayOrgRef", OpenApiReference.ref(tx.orgs().find(a.orgId()).map(o -> o.name()).orElse(""),
                Kind.ORG.urn(a.orgId())));
        json.put("gatewayOwnerRef", edge.map(e -> owner(tx, e)).orElse(null));
        if (a.maxVirtualServices() != null) {
            json.put("maxVirtualServices", a.maxVirtualServices());
            json.put("minVirtualServices", a.minVirtualServices());
        }
        json.put("numDeployedVirtualServices", deployed);
        return json;
    }

    /** The VDC group an edge is in, else its VDC. */
    private static Map<String, Object> owner(Tx tx, EdgeGatewayRow e) {
        return tx.edges().vdcGroup(e.id()).flatMap(g -> tx.store(VdcGroupStore::new).find(g))
                .map(g -> OpenApiReference.ref(g.name(), Kind.VDC_GROUP.urn(g.id())))
                .orElseGet(() -> OpenApiReference.ref(tx.resources().vdc(e.vdcId()).map(v -> v.name()).orElse(""),
                        Kind.VDC.urn(e.vdcId())));
    }
}
