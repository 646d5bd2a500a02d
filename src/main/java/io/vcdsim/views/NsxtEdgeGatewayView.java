package io.vcdsim.views;

import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.network.AlbVirtualIps;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;
import io.vcdsim.store.VdcGroupStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An edge gateway on the cloudapi's {@code edgeGateways} (go-vcloud-director's OpenAPIEdgeGateway): NSX-T edges
 * ({@code gatewayBacking.gatewayType} NSXT_BACKED, with their edge cluster) and NSX-V ones alike, as vCD lists both.
 * An uplink is one external network; each of its subnets shows the edge's primary address, the addresses allocated
 * to the edge ({@code ipRanges}: the ranges set aside, and the primary address), their count and the used count.
 */
public final class NsxtEdgeGatewayView {
    private NsxtEdgeGatewayView() {
    }

    public static Map<String, Object> json(Tx tx, EdgeGatewayRow e) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        var cluster = tx.edges().edgeCluster(e.id()).flatMap(nsxt::resource);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", e.status() == 1 ? "REALIZED" : "REALIZING");
        m.put("id", Kind.EDGE_GATEWAY.urn(e.id()));
        m.put("name", e.name());
        m.put("description", e.description() == null ? "" : e.description());
        String vdcName = tx.resources().vdc(e.vdcId()).map(v -> v.name()).orElse("");
        // an edge in a VDC group is the group's, and has no orgVdc (go-vcloud-director compares it with the one it
        // moved there, orgVdc cleared)
        var group = tx.edges().vdcGroup(e.id()).flatMap(g -> tx.store(VdcGroupStore::new).find(g));
        if (group.isPresent()) {
            m.put("ownerRef", OpenApiReference.ref(group.get().name(), Kind.VDC_GROUP.urn(group.get().id())));
        } else {
            m.put("ownerRef", OpenApiReference.ref(vdcName, Kind.VDC.urn(e.vdcId())));
            m.put("orgVdc", OpenApiReference.ref(vdcName, Kind.VDC.urn(e.vdcId())));
        }
        m.put("orgRef", OpenApiReference.ref(tx.orgs().find(e.orgId()).map(o -> o.name()).orElse(""),
                Kind.ORG.urn(e.orgId())));
        m.put("edgeGatewayUplinks", uplinks(tx, e));
        m.put("distributedRoutingEnabled", e.distributedRouting());
        cluster.ifPresent(c -> m.put("edgeClusterConfig", Map.of("primaryEdgeCluster", Map.of(
                "edgeClusterRef", OpenApiReference.ref(c.name(), c.nsxtId()), "backingId", c.nsxtId()))));
        m.put("orgVdcNetworkCount", tx.networks().routedBy(e.id()).size());
        Map<String, Object> backing = new LinkedHashMap<>();
        backing.put("backingId", e.id().toString());
        backing.put("gatewayType", cluster.isPresent() ? "NSXT_BACKED" : "NSXV_BACKED");
        backing.put("networkProvider", cluster.flatMap(c -> nsxt.manager(c.managerId()))
                .map(mgr -> OpenApiReference.ref(mgr.name(), Kind.NSXT_MANAGER.urn(mgr.id())))
                .orElse(OpenApiReference.ref("", "")));
        m.put("gatewayBacking", backing);
        m.put("usingIpSpace", false);
        return m;
    }

    private static List<Map<String, Object>> uplinks(Tx tx, EdgeGatewayRow e) {
        Map<UUID, List<UplinkRow>> byNetwork = new LinkedHashMap<>();
        for (UplinkRow u : tx.edges().uplinks(e.id())) {
            byNetwork.computeIfAbsent(u.networkId(), k -> new ArrayList<>()).add(u);
        }
        List<Map<String, Object>> uplinks = new ArrayList<>();
        for (var entry : byNetwork.entrySet()) {
            ExternalNetworkRow ext = tx.networks().external(entry.getKey()).orElse(null);
            if (ext == null) {
                continue;
            }
            List<IpScope> scopes = tx.networks().scopes(ext.id());
            List<Map<String, Object>> subnets = new ArrayList<>();
            for (UplinkRow u : entry.getValue()) {
                scopes.stream().filter(s -> s.gateway().equals(u.subnetGateway())).findFirst()
                        .ifPresent(s -> subnets.add(subnet(s, u)));
            }
            Map<String, Object> uplink = new LinkedHashMap<>();
            uplink.put("uplinkId", Kind.EXTERNAL_NETWORK.urn(ext.id()));
            uplink.put("uplinkName", ext.name());
            uplink.put("subnets", Map.of("values", subnets));
            uplink.put("connected", true);
            uplink.put("quickAddAllocatedIpCount", 0);
            uplink.put("dedicated", false);
            uplink.put("backingType", tx.store(NsxtStore::new).tier0Of(ext.id())
                    .map(t -> NsxtStore.VRF_TIER0.equals(t.kind()) ? "NSXT_VRF_TIER0" : "NSXT_TIER0")
                    .orElse(NetworkView.SEGMENT_BACKING));
            uplink.put("usingIpSpace", false);
            uplinks.add(uplink);
        }
        return uplinks;
    }

    /** A subnet of the uplink: the addresses allocated to the edge are the ranges set aside and its primary address. */
    private static Map<String, Object> subnet(IpScope s, UplinkRow u) {
        List<IpScope.IpRange> allocated = new ArrayList<>(u.ranges() == null ? List.of() : u.ranges());
        if (u.ipAddress() != null && allocated.stream().noneMatch(r -> IpScope.within(u.ipAddress(), r))) {
            allocated.add(0, new IpScope.IpRange(u.ipAddress(), u.ipAddress()));
        }
        Map<String, Object> subnet = NetworkView.subnetJson(s);
        subnet.put("ipRanges", Map.of("values", allocated.stream()
                .map(r -> Map.of("startAddress", r.start(), "endAddress", r.end())).toList()));
        subnet.put("enabled", true);
        subnet.put("totalIpCount", allocated.stream().mapToLong(IpScope.IpRange::size).sum());
        subnet.put("usedIpCount", u.ipAddress() == null ? 0 : 1);
        subnet.put("primaryIp", u.ipAddress() == null ? "" : u.ipAddress());
        subnet.put("autoAllocateIpRanges", false);
        return subnet;
    }

    /**
     * The edge's used addresses ({@code edgeGateways/{id}/usedIpAddresses}): each uplink's primary address, and the
     * edge's addresses its load balancer's virtual services take (vCD's category Load_Balancer).
     */
    public static List<Map<String, Object>> usedIps(Tx tx, EdgeGatewayRow e) {
        List<Map<String, Object>> used = new ArrayList<>();
        for (UplinkRow u : tx.edges().uplinks(e.id())) {
            if (u.ipAddress() != null) {
                used.add(usedIp(tx, "PRIMARY_IP", u.ipAddress(), u.networkId()));
            }
        }
        AlbVirtualIps.held(tx, e.id()).forEach(h -> used.add(usedIp(tx, "Load_Balancer", h.ipAddress(),
                h.networkId())));
        return used;
    }

    private static Map<String, Object> usedIp(Tx tx, String category, String address, UUID networkId) {
        Map<String, Object> ip = new LinkedHashMap<>();
        ip.put("category", category);
        ip.put("ipAddress", address);
        ip.put("networkRef", OpenApiReference.ref(tx.networks().external(networkId).map(n -> n.name()).orElse(""),
                Kind.EXTERNAL_NETWORK.urn(networkId)));
        return ip;
    }
}
