package io.vcdsim.api;

import io.vcdsim.api.CloudApiAlbResource.Ref;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.network.AlbVirtualServiceBody;
import io.vcdsim.network.AlbVirtualServices;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;
import io.vcdsim.views.AlbVirtualServiceView;

import java.util.List;
import java.util.Objects;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T ALB virtual services on the cloudapi, as go-vcloud-director's nsxt_alb_virtual_service.go uses them:
 * {@code loadBalancer/virtualServices} (create, read, change, delete; each change a task whose owner is the service)
 * and an edge gateway's {@code edgeGateways/{id}/loadBalancer/virtualServiceSummaries} (paged, filtered by name).
 */
public final class CloudApiAlbVirtualServiceResource extends CloudApiAlbEdgeObjectResource<
        CloudApiAlbVirtualServiceResource.ServiceBody, AlbVirtualServiceBody.Spec, AlbVirtualServices.VirtualService> {
    private static final ApiVersion IPV6 = new ApiVersion(37, 0);
    private static final ApiVersion TRANSPARENT = new ApiVersion(37, 1);

    /** go-vcloud-director's NsxtAlbVirtualService; health is read-only and ignored. */
    public static final class ServiceBody {
        public String id;
        public String name;
        public String description;
        public Boolean enabled;
        public Profile applicationProfile;
        public Ref gatewayRef;
        public Ref loadBalancerPoolRef;
        public Ref serviceEngineGroupRef;
        public Ref certificateRef;
        public List<Port> servicePorts;
        public String virtualIpAddress;
        public String ipv6VirtualIpAddress;
        public Boolean transparentModeEnabled;
    }

    /** An application or TCP/UDP profile: vCD's are Avi's system ones, chosen by type. */
    public static final class Profile {
        public String type;
    }

    public static final class Port {
        public Integer portStart;
        public Integer portEnd;
        public Boolean sslEnabled;
        public Profile tcpUdpProfile;
    }

    public CloudApiAlbVirtualServiceResource(Database db, AlbVirtualServices services, QueryService queries) {
        super(new Shape<>(V1 + "/loadBalancer/virtualServices", Kind.ALB_VIRTUAL_SERVICE, ServiceBody.class,
                "EdgeLoadBalancerVirtualService", "virtualServiceSummaries",
                "EdgeLoadBalancerVirtualServiceSummaries"), db, services, queries);
    }

    @Override
    String bodyId(ServiceBody body) {
        return body.id;
    }

    @Override
    Object json(Tx tx, AlbVirtualServices.VirtualService service, ApiVersion version) {
        return AlbVirtualServiceView.json(tx, service, version);
    }

    @Override
    Object summary(Tx tx, AlbVirtualServices.VirtualService service, ApiVersion version) {
        return AlbVirtualServiceView.summary(tx, service, version);
    }

    /**
     * The spec of a body; the IPv6 address counts from 37.0 on and transparent mode from 37.1 (go-vcloud-director
     * asks for those versions since its types have them). A client of such a version that leaves one out (its types
     * omit an empty one) means none; an older client has no such field, and a change keeps what the service has.
     */
    @Override
    AlbVirtualServiceBody.Spec spec(Exchange x, ServiceBody b) {
        List<AlbVirtualServiceBody.PortSpec> ports = b.servicePorts == null ? null : b.servicePorts.stream()
                .map(p -> p == null ? null : new AlbVirtualServiceBody.PortSpec(p.portStart, p.portEnd,
                        p.sslEnabled, p.tcpUdpProfile == null ? null : p.tcpUdpProfile.type)).toList();
        return new AlbVirtualServiceBody.Spec(b.name, b.description, b.enabled,
                b.applicationProfile == null ? null : b.applicationProfile.type,
                Ref.idOf(b.gatewayRef, Kind.EDGE_GATEWAY, "gatewayRef"),
                Ref.idOf(b.loadBalancerPoolRef, Kind.ALB_POOL, "loadBalancerPoolRef"),
                Ref.idOf(b.serviceEngineGroupRef, Kind.ALB_SERVICE_ENGINE_GROUP, "serviceEngineGroupRef"),
                Ref.idOf(b.certificateRef, Kind.CERTIFICATE, "certificateRef"), ports, b.virtualIpAddress,
                x.version().atLeast(IPV6) ? Objects.requireNonNullElse(b.ipv6VirtualIpAddress, "") : null,
                x.version().atLeast(TRANSPARENT) ? Boolean.TRUE.equals(b.transparentModeEnabled) : null);
    }
}
