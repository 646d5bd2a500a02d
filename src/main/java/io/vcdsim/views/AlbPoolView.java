package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.network.AlbPoolBody;
import io.vcdsim.network.AlbPools;
import io.vcdsim.network.AlbVirtualServices;
import io.vcdsim.store.AlbPoolStore;
import io.vcdsim.store.AlbVirtualServiceStore;
import io.vcdsim.store.CertificateStore;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NSX-T ALB pools as the cloudapi writes them (go-vcloud-director's types.NsxtAlbPool, vCD's EdgeLoadBalancerPool and
 * EdgeLoadBalancerPoolSummary). vcdsim's members are always reachable, so a pool's health follows from its settings:
 * UP with its enabled members up once an enabled virtual service uses it; DISABLED when it or all its members are;
 * UNAVAILABLE with no members or no virtual service ("The pool is unassigned.").
 */
public final class AlbPoolView {
    private static final ApiVersion SSL_ENABLED = new ApiVersion(37, 0);

    private AlbPoolView() {
    }

    /** What the pool's health and counts are. */
    private record Health(String status, String message, int members, int enabledMembers, int upMembers,
                          List<AlbVirtualServiceStore.Service> services) {
    }

    /** The whole pool, as its GET, POST and PUT answer. */
    public static Map<String, Object> json(Tx tx, AlbPools.Pool p, ApiVersion version) {
        AlbPoolBody b = p.body();
        Optional<AlbPools.MemberGroup> group = AlbPools.memberGroup(tx, p.row());
        Health health = health(tx, p, group);
        Map<String, Object> json = common(tx, p, health);
        json.put("defaultPort", b.defaultPort());
        json.put("gracefulTimeoutPeriod", b.gracefulTimeoutPeriod());
        json.put("algorithm", b.algorithm());
        json.put("healthMonitors", b.healthMonitors().stream().map(AlbPoolView::monitor).toList());
        json.put("persistenceProfile", b.persistence() == null ? null : persistence(b.persistence(), p));
        if (group.isEmpty()) {
            json.put("members", b.members().stream().map(m -> member(m, health)).toList());
        }
        json.put("memberGroupRef", group.map(g -> OpenApiReference.ref(g.name(), Kind.FIREWALL_GROUP.urn(g.id())))
                .orElse(null));
        json.put("gatewayRef", tx.edges().find(p.row().edgeId())
                .map(e -> OpenApiReference.ref(e.name(), Kind.EDGE_GATEWAY.urn(e.id()))).orElse(null));
        List<Map<String, Object>> certificates = new ArrayList<>();
        b.caCertificates().forEach(id -> tx.store(CertificateStore::new).find(id)
                .ifPresent(c -> certificates.add(OpenApiReference.ref(c.alias(), Kind.CERTIFICATE.urn(c.id())))));
        json.put("caCertificateRefs", certificates);
        json.put("commonNameCheckEnabled", b.commonNameCheckEnabled());
        json.put("domainNames", b.domainNames());
        if (version.atLeast(SSL_ENABLED)) {
            json.put("sslEnabled", b.sslEnabled());
        }
        return json;
    }

    /** A pool as its edge's poolSummaries list it. */
    public static Map<String, Object> summary(Tx tx, AlbPools.Pool p, ApiVersion version) {
        Optional<AlbPools.MemberGroup> group = AlbPools.memberGroup(tx, p.row());
        Map<String, Object> json = common(tx, p, health(tx, p, group));
        json.put("activeMonitoringEnabled", !p.body().healthMonitors().isEmpty());
        if (version.atLeast(SSL_ENABLED)) {
            json.put("memberSslEnabled", p.body().sslEnabled());
        }
        group.ifPresent(g -> json.put("memberGroupType", g.type().equals("SECURITY_GROUP") ? "STATIC_MEMBERS"
                : g.type()));
        return json;
    }

    private static Map<String, Object> common(Tx tx, AlbPools.Pool p, Health h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.ALB_POOL.urn(p.row().id()));
        json.put("name", p.row().name());
        json.put("description", p.body().description());
        json.put("enabled", p.body().enabled());
        json.put("passiveMonitoringEnabled", p.body().passiveMonitoringEnabled());
        json.put("healthStatus", h.status());
        json.put("memberCount", h.members());
        json.put("enabledMemberCount", h.enabledMembers());
        json.put("upMemberCount", h.upMembers());
        json.put("healthMessage", h.message());
        json.put("virtualServiceRefs", h.services().stream().map(s -> OpenApiReference.ref(s.name(),
                Kind.ALB_VIRTUAL_SERVICE.urn(s.id()))).toList());
        return json;
    }

    private static Health health(Tx tx, AlbPools.Pool p, Optional<AlbPools.MemberGroup> group) {
        List<AlbVirtualServiceStore.Service> services = tx.store(AlbVirtualServiceStore::new).ofPool(p.row().id());
        int members = group.map(AlbPools.MemberGroup::size).orElse(p.body().members().size());
        int enabled = group.isPresent() ? members
                : (int) p.body().members().stream().filter(AlbPoolBody.Member::enabled).count();
        boolean served = services.stream().anyMatch(s -> AlbVirtualServices.body(s).enabled());
        if (!p.body().enabled()) {
            return new Health("DISABLED", "The pool is disabled.", members, enabled, 0, services);
        }
        if (members == 0) {
            return new Health("UNAVAILABLE", "The pool has no members.", members, enabled, 0, services);
        }
        if (enabled == 0) {
            return new Health("DISABLED", "All members of the pool are disabled.", members, enabled, 0, services);
        }
        if (!served) {
            return new Health("UNAVAILABLE", "The pool is unassigned.", members, enabled, 0, services);
        }
        return new Health("UP", "", members, enabled, enabled, services);
    }

    private static Map<String, Object> member(AlbPoolBody.Member m, Health h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ipAddress", m.ipAddress());
        if (m.port() != null) {
            json.put("port", m.port());
        }
        json.put("ratio", m.ratio());
        json.put("enabled", m.enabled());
        json.put("healthStatus", !m.enabled() ? "DISABLED" : h.status().equals("UP") ? "UP" : "UNKNOWN");
        json.put("detailedHealthMessage", "");
        return json;
    }

    private static Map<String, Object> monitor(String type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", AlbPoolBody.monitorName(type));
        json.put("type", type);
        json.put("systemDefined", true);
        return json;
    }

    private static Map<String, Object> persistence(AlbPoolBody.Persistence p, AlbPools.Pool pool) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", AlbPoolBody.persistenceName(p, pool.row().id()));
        json.put("type", p.type());
        json.put("value", p.value());
        return json;
    }
}
