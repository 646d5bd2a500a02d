package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.EdgeGatewayService;
import io.vcdsim.network.EdgeOwners;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.NsxtEdgeGatewayView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Edge gateways on the cloudapi ({@code edgeGateways}), the same rows as {@code /api}'s: listed (FIQL on name,
 * {@code ownerRef.id}, {@code orgRef.id}) and read by whoever sees the org's networks; NSX-T edges made and deleted by
 * system administrators, renamed (and their allocated address ranges changed) by org administrators, their uplinks
 * on NSX-T segments' networks added and removed by system administrators (a PUT's {@code edgeGatewayUplinks} are the
 * new whole); {@code usedIpAddresses}. Changes answer 202 with the task in {@code Location}.
 */
public final class CloudApiEdgeGatewayResource implements Routes {
    private final Database db;
    private final EdgeGatewayService edges;
    private final VdcService vdcs;
    private final QueryService queries;

    public CloudApiEdgeGatewayResource(Database db, EdgeGatewayService edges, VdcService vdcs, QueryService queries) {
        this.db = db;
        this.edges = edges;
        this.vdcs = vdcs;
        this.queries = queries;
    }

    /** go-vcloud-director's OpenAPIEdgeGateway, as far as a request sets it. */
    public static final class EdgeBody {
        public String id;
        public String name;
        public String description;
        public CloudApiNetworkResource.Ref ownerRef;
        public CloudApiNetworkResource.Ref orgVdc;
        public List<UplinkBody> edgeGatewayUplinks;
        public ClusterConfig edgeClusterConfig;
    }

    public static final class UplinkBody {
        public String uplinkId;
        public SubnetValues subnets;
    }

    public static final class SubnetValues {
        public List<SubnetBody> values;
    }

    public static final class SubnetBody {
        public String gateway;
        public Integer prefixLength;
        public String primaryIp;
        public CloudApiNetworkResource.Ranges ipRanges;
        /** With totalIpCount: the edge is to hold that many addresses of the subnet (go-vcloud-director's way). */
        public Boolean autoAllocateIpRanges;
        public Integer totalIpCount;
    }

    public static final class ClusterConfig {
        public Cluster primaryEdgeCluster;
    }

    public static final class Cluster {
        public CloudApiNetworkResource.Ref edgeClusterRef;
        public String backingId;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/edgeGateways", x -> CloudApi.page(x, queries, Kind.EDGE_GATEWAY.query(), CloudApi.listedOrg(x),
                "EdgeGateways", ids -> db.read(tx -> ids.stream().flatMap(id -> tx.edges().find(id).stream())
                        .map(e -> (Object) NsxtEdgeGatewayView.json(tx, e)).toList())));
        r.get(V1 + "/edgeGateways/{id}", x -> Reply.json(200, db.read(tx -> NsxtEdgeGatewayView.json(tx,
                edge(x, Right.NETWORK_VIEW)))));
        r.get(V1 + "/edgeGateways/{id}/usedIpAddresses", x -> {
            EdgeGatewayRow e = edge(x, Right.NETWORK_VIEW);
            return CloudApi.listPage(x, db.read(tx -> NsxtEdgeGatewayView.usedIps(tx, e)), "GatewayUsedIpAddresses");
        });
        r.post(V1 + "/edgeGateways", this::create);
        r.put(V1 + "/edgeGateways/{id}", x -> {
            EdgeGatewayRow e = edge(x, Right.ORG_EDIT);
            EdgeBody body = x.read(EdgeBody.class, "EdgeGateway", "application/json");
            CloudApi.sameId(body.id, e.id());
            boolean nsxt = db.read(tx -> tx.edges().edgeCluster(e.id())).isPresent();
            return CloudApi.accepted(x, edges.update(x.principal(), e, new EdgeGatewayService.Update(body.name,
                    body.description, e.haEnabled(), e.dnsRelay(), e.advancedNetworking(), e.distributedRouting()),
                    nsxt && body.edgeGatewayUplinks != null ? uplinks(body, false) : null,
                    nsxt ? allocated(body) : Map.of(), nsxt ? owner(body) : null,
                    TaskResource.caller(x.principal())));
        });
        r.delete(V1 + "/edgeGateways/{id}", x -> {
            EdgeGatewayRow e = edge(x, Right.ORG_EDIT);
            x.principal().requireSystemAdmin();
            return CloudApi.accepted(x, edges.delete(e, TaskResource.caller(x.principal())));
        });
    }

    private EdgeGatewayRow edge(Exchange x, Right right) {
        return edges.edge(x.principal(), CloudApi.id(x, "id", Kind.EDGE_GATEWAY), right);
    }

    /**
     * An NSX-T edge gateway: its VDC, its uplinks (to a tier-0 router's external network, then any to NSX-T segments'
     * ones), its edge cluster.
     */
    private Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        EdgeBody body = x.read(EdgeBody.class, "EdgeGateway", "application/json");
        CloudApiNetworkResource.Ref owner = body.ownerRef != null && body.ownerRef.id != null ? body.ownerRef
                : body.orgVdc;
        UUID vdcId = owner == null ? null : Ids.fromAny(owner.id);
        if (vdcId == null) {
            throw ApiException.badRequest("An edge gateway needs ownerRef (or orgVdc): the VDC it is in.");
        }
        VdcRow vdc = vdcs.vdc(x.principal(), vdcId, Right.ORG_EDIT);
        EdgeGatewayService.Spec spec = new EdgeGatewayService.Spec(body.name, body.description, "compact", false,
                false, true, false, uplinks(body, true));
        // the ranges a subnet names come with its uplink; a count (autoAllocateIpRanges) is taken after its primary address
        Map<UUID, Map<String, EdgeGatewayService.Allocation>> counts = new HashMap<>();
        allocated(body).forEach((network, subnets) -> subnets.forEach((gateway, a) -> {
            if (a.count() != null) {
                counts.computeIfAbsent(network, k -> new HashMap<>()).put(gateway, a);
            }
        }));
        return CloudApi.accepted(x, edges.create(x.principal(), vdc, spec, edgeCluster(body), counts,
                TaskResource.caller(x.principal())).task());
    }

    /** The owner a PUT names by URN in ownerRef: a VDC group or a VDC; none: unchanged. */
    private static EdgeOwners.Owner owner(EdgeBody body) {
        String urn = body.ownerRef == null ? null : body.ownerRef.id;
        if (urn == null || urn.isBlank()) {
            return null;
        }
        UUID id = Ids.fromAny(urn);
        return urn.startsWith("urn:vcloud:" + Kind.VDC_GROUP.urnType + ":") && id != null
                ? EdgeOwners.Owner.vdcGroup(id) : EdgeOwners.Owner.vdc(id);
    }

    /**
     * What a PUT allocates to each uplink subnet, by external network and subnet gateway: a count when
     * autoAllocateIpRanges is set, else its ipRanges; a subnet with neither keeps what it holds.
     */
    private static Map<UUID, Map<String, EdgeGatewayService.Allocation>> allocated(EdgeBody body) {
        Map<UUID, Map<String, EdgeGatewayService.Allocation>> all = new HashMap<>();
        for (UplinkBody u : body.edgeGatewayUplinks == null ? List.<UplinkBody>of() : body.edgeGatewayUplinks) {
            UUID network = u == null ? null : Ids.fromAny(u.uplinkId);
            if (network == null || u.subnets == null || u.subnets.values == null) {
                continue;
            }
            for (SubnetBody s : u.subnets.values) {
                if (s == null || s.gateway == null) {
                    continue;
                }
                if (Boolean.TRUE.equals(s.autoAllocateIpRanges) && s.totalIpCount != null) {
                    all.computeIfAbsent(network, k -> new HashMap<>()).put(s.gateway,
                            new EdgeGatewayService.Allocation(null, s.totalIpCount));
                } else if (s.ipRanges != null && s.ipRanges.values != null) {
                    all.computeIfAbsent(network, k -> new HashMap<>()).put(s.gateway, new EdgeGatewayService.Allocation(
                            Bodies.list(s.ipRanges.values, "ipRanges").stream()
                                    .map(r -> new IpScope.IpRange(r.startAddress, r.endAddress)).toList(), null));
                }
            }
        }
        return all;
    }

    /**
     * The uplinks sent, each naming its external network by uplinkId. For a creation, a subnet's address is its
     * primary address, else the first of the ranges allocated, else the first free; for an update, the primary
     * address only when one is sent (an uplink that stays keeps its own).
     */
    private static List<EdgeGatewayService.Uplink> uplinks(EdgeBody body, boolean creation) {
        List<EdgeGatewayService.Uplink> uplinks = new ArrayList<>();
        for (UplinkBody u : Bodies.list(body.edgeGatewayUplinks, "edgeGatewayUplinks")) {
            UUID network = u == null ? null : Ids.fromAny(u.uplinkId);
            if (network == null) {
                throw ApiException.badRequest("An uplink names its external network by uplinkId.");
            }
            List<EdgeGatewayService.Subnet> subnets = new ArrayList<>();
            for (SubnetBody s : u.subnets == null ? List.<SubnetBody>of() : Bodies.list(u.subnets.values, "subnets")) {
                subnets.add(subnet(s, creation));
            }
            uplinks.add(new EdgeGatewayService.Uplink(network, true, false, null, null, subnets));
        }
        return uplinks;
    }

    private static EdgeGatewayService.Subnet subnet(SubnetBody s, boolean creation) {
        if (s == null || s.gateway == null || s.prefixLength == null) {
            throw ApiException.badRequest("An uplink's subnet needs its gateway and prefixLength.");
        }
        List<IpScope.IpRange> ranges = s.ipRanges == null || s.ipRanges.values == null ? null
                : Bodies.list(s.ipRanges.values, "ipRanges").stream()
                        .map(r -> new IpScope.IpRange(r.startAddress, r.endAddress)).toList();
        String primary = s.primaryIp != null && !s.primaryIp.isBlank() ? s.primaryIp
                : !creation || ranges == null || ranges.isEmpty() ? null : ranges.get(0).start();
        return new EdgeGatewayService.Subnet(s.gateway, null, primary, ranges == null || ranges.isEmpty() ? null
                : ranges, false);
    }

    /** The edge cluster named by backingId (or edgeClusterRef's id); none named: the first of the manager's. */
    private UUID edgeCluster(EdgeBody body) {
        Cluster c = body.edgeClusterConfig == null ? null : body.edgeClusterConfig.primaryEdgeCluster;
        String named = c == null ? null : c.backingId != null && !c.backingId.isBlank() ? c.backingId
                : c.edgeClusterRef == null ? null : c.edgeClusterRef.id;
        List<NsxtStore.Resource> clusters = db.read(tx -> tx.store(NsxtStore::new).resources(
                List.of(NsxtStore.EDGE_CLUSTER)));
        if (named == null || named.isBlank()) {
            return clusters.stream().findFirst().map(NsxtStore.Resource::id).orElseThrow(() ->
                    ApiException.badRequest("No NSX-T edge cluster is registered."));
        }
        return clusters.stream().filter(r -> r.nsxtId().equals(named)).findFirst().map(NsxtStore.Resource::id)
                .orElseThrow(() -> ApiException.invalidReference("No NSX-T edge cluster " + (named.length() > 64
                        ? named.substring(0, 64) + "…" : named) + " exists."));
    }
}
