package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.network.AlbPools;
import io.vcdsim.network.AlbVirtualServiceBody;
import io.vcdsim.network.AlbVirtualServices;
import io.vcdsim.store.AlbPoolStore;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.CertificateStore;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NSX-T ALB virtual services as the cloudapi writes them (go-vcloud-director's types.NsxtAlbVirtualService, vCD's
 * EdgeLoadBalancerVirtualService and its summary): profiles by Avi's system names; UP while enabled with a pool that
 * has enabled members (vcdsim's servers are always reachable), DOWN without, DISABLED when disabled. The IPv6 address
 * is written from API 37.0, transparent mode from 37.1.
 */
public final class AlbVirtualServiceView {
    private static final ApiVersion IPV6 = new ApiVersion(37, 0);
    private static final ApiVersion TRANSPARENT = new ApiVersion(37, 1);
    private static final Map<String, String> APPLICATION_PROFILES = Map.of("HTTP", "System-HTTP",
            "HTTPS", "System-Secure-HTTP", "L4", "System-L4-Application", "L4_TLS", "System-SSL-Application");
    private static final Map<String, String> TCP_UDP_PROFILES = Map.of("TCP_PROXY", "System-TCP-Proxy",
            "TCP_FAST_PATH", "System-TCP-Fast-Path", "UDP_FAST_PATH", "System-UDP-Fast-Path");

    private AlbVirtualServiceView() {
    }

    /** The whole service, as its GET, POST and PUT answer. */
    public static Map<String, Object> json(Tx tx, AlbVirtualServices.VirtualService s, ApiVersion version) {
        AlbVirtualServiceBody b = s.body();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.ALB_VIRTUAL_SERVICE.urn(s.row().id()));
        json.put("name", s.row().name());
        json.put("description", b.description());
        json.put("enabled", b.enabled());
        json.put("virtualIpAddress", s.row().virtualIp());
        if (version.atLeast(IPV6) && s.row().ipv6VirtualIp() != null) {
            json.put("ipv6VirtualIpAddress", s.row().ipv6VirtualIp());
        }
        // the pool (as the edge) may go between the service's read and this one: a null reference then, not a 500
        Optional<AlbPoolStore.Pool> pool = tx.store(AlbPoolStore::new).find(s.row().poolId());
        json.put("loadBalancerPoolRef", pool.map(p -> OpenApiReference.ref(p.name(), Kind.ALB_POOL.urn(p.id())))
                .orElse(null));
        json.put("gatewayRef", tx.edges().find(s.row().edgeId())
                .map(e -> OpenApiReference.ref(e.name(), Kind.EDGE_GATEWAY.urn(e.id()))).orElse(null));
        json.put("serviceEngineGroupRef", tx.store(AlbServiceEngineGroupStore::new).find(s.row().groupId())
                .map(g -> OpenApiReference.ref(g.name(), Kind.ALB_SERVICE_ENGINE_GROUP.urn(g.id()))).orElse(null));
        json.put("certificateRef", b.certificateId() == null ? null : tx.store(CertificateStore::new)
                .find(b.certificateId()).map(c -> OpenApiReference.ref(c.alias(), Kind.CERTIFICATE.urn(c.id())))
                .orElse(null));
        json.put("servicePorts", b.ports().stream().map(AlbVirtualServiceView::port).toList());
        String status = !b.enabled() ? "DISABLED" : pool.filter(AlbVirtualServiceView::served).isPresent() ? "UP"
                : "DOWN";
        json.put("healthStatus", status);
        json.put("healthMessage", !status.equals("DOWN") ? "" : pool.map(p -> "The pool " + p.name()
                + " has no enabled members.").orElse("The service has no pool."));
        json.put("detailedHealthMessage", "");
        if (version.atLeast(TRANSPARENT)) {
            json.put("transparentModeEnabled", b.transparentModeEnabled());
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", APPLICATION_PROFILES.get(b.applicationProfile()));
        profile.put("type", b.applicationProfile());
        profile.put("systemDefined", true);
        json.put("applicationProfile", profile);
        return json;
    }

    /** A service as its edge's virtualServiceSummaries list it: the same, and its profile's type on its own. */
    public static Map<String, Object> summary(Tx tx, AlbVirtualServices.VirtualService s, ApiVersion version) {
        Map<String, Object> json = json(tx, s, version);
        json.put("applicationProfileType", s.body().applicationProfile());
        return json;
    }

    /** Whether the pool has something to serve: it is enabled, with a member group or an enabled member. */
    private static boolean served(AlbPoolStore.Pool pool) {
        return AlbPools.body(pool).enabled() && (pool.memberGroupId() != null
                || AlbPools.body(pool).members().stream().anyMatch(m -> m.enabled()));
    }

    private static Map<String, Object> port(AlbVirtualServiceBody.Port p) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", TCP_UDP_PROFILES.get(p.tcpUdpProfile()));
        profile.put("type", p.tcpUdpProfile());
        profile.put("systemDefined", true);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tcpUdpProfile", profile);
        json.put("portStart", p.start());
        json.put("portEnd", p.end() == null ? p.start() : p.end());
        json.put("sslEnabled", p.sslEnabled());
        return json;
    }
}
