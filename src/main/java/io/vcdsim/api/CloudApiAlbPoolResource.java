package io.vcdsim.api;

import io.vcdsim.api.CloudApiAlbResource.Ref;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.network.AlbPoolBody;
import io.vcdsim.network.AlbPools;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;
import io.vcdsim.views.AlbPoolView;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T ALB pools on the cloudapi, as go-vcloud-director's nsxt_alb_pool.go uses them: {@code loadBalancer/pools}
 * (create, read, change, delete; each change a task whose owner is the pool) and an edge gateway's
 * {@code edgeGateways/{id}/loadBalancer/poolSummaries} (paged, filtered by name).
 */
public final class CloudApiAlbPoolResource
        extends CloudApiAlbEdgeObjectResource<CloudApiAlbPoolResource.PoolBody, AlbPoolBody.Spec, AlbPools.Pool> {
    private static final ApiVersion SSL_ENABLED = new ApiVersion(37, 0);

    /** go-vcloud-director's NsxtAlbPool; the counts, health and virtualServiceRefs are read-only and ignored. */
    public static final class PoolBody {
        public String id;
        public String name;
        public String description;
        public Ref gatewayRef;
        public Boolean enabled;
        public String algorithm;
        public Integer defaultPort;
        public Integer gracefulTimeoutPeriod;
        public Boolean passiveMonitoringEnabled;
        public List<Monitor> healthMonitors;
        public List<Member> members;
        public Ref memberGroupRef;
        public List<Ref> caCertificateRefs;
        public Boolean commonNameCheckEnabled;
        public List<String> domainNames;
        public Persistence persistenceProfile;
        public Boolean sslEnabled;
    }

    /** A health monitor: Avi's system one of its type (name and systemDefined are vCD's). */
    public static final class Monitor {
        public String type;
    }

    public static final class Member {
        public Boolean enabled;
        public String ipAddress;
        public Integer port;
        public Integer ratio;
    }

    /** A persistence profile: its name is vCD's to give. */
    public static final class Persistence {
        public String type;
        public String value;
    }

    public CloudApiAlbPoolResource(Database db, AlbPools pools, QueryService queries) {
        super(new Shape<>(V1 + "/loadBalancer/pools", Kind.ALB_POOL, PoolBody.class, "EdgeLoadBalancerPool",
                "poolSummaries", "EdgeLoadBalancerPoolSummaries"), db, pools, queries);
    }

    @Override
    String bodyId(PoolBody body) {
        return body.id;
    }

    @Override
    Object json(Tx tx, AlbPools.Pool pool, ApiVersion version) {
        return AlbPoolView.json(tx, pool, version);
    }

    @Override
    Object summary(Tx tx, AlbPools.Pool pool, ApiVersion version) {
        return AlbPoolView.summary(tx, pool, version);
    }

    /** The spec of a body; sslEnabled counts from 37.0 on, where clients have the field. */
    @Override
    AlbPoolBody.Spec spec(Exchange x, PoolBody b) {
        List<String> monitors = b.healthMonitors == null ? null : b.healthMonitors.stream()
                .map(m -> m == null ? null : m.type).toList();
        List<AlbPoolBody.MemberSpec> members = b.members == null ? null : b.members.stream()
                .map(m -> m == null ? null : new AlbPoolBody.MemberSpec(m.enabled, m.ipAddress, m.port, m.ratio))
                .toList();
        List<UUID> certificates = b.caCertificateRefs == null ? null : b.caCertificateRefs.stream()
                .map(c -> NsxtRefs.urn(c == null ? null : c.id, Kind.CERTIFICATE, "caCertificateRefs")).toList();
        return new AlbPoolBody.Spec(b.name, b.description, Ref.idOf(b.gatewayRef, Kind.EDGE_GATEWAY, "gatewayRef"),
                b.enabled, b.algorithm, b.defaultPort, b.gracefulTimeoutPeriod, b.passiveMonitoringEnabled, monitors,
                members, Ref.idOf(b.memberGroupRef, Kind.FIREWALL_GROUP, "memberGroupRef"), certificates,
                b.commonNameCheckEnabled, b.domainNames, b.persistenceProfile == null ? null
                : new AlbPoolBody.Persistence(b.persistenceProfile.type, b.persistenceProfile.value),
                x.version().atLeast(SSL_ENABLED) ? Boolean.TRUE.equals(b.sslEnabled) : null);
    }

}
