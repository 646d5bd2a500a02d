package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.IpScope;
import io.vcdsim.store.AlbVirtualServiceStore.Service;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The virtual IPs a virtual service may take, as vCD's API describes them: an address allocated to the edge gateway
 * on its external network (its primary address or one of its allocated ranges), or an internal address for internal
 * load balancing; so an address of one of the edge's uplink subnets that is not the edge's is refused. Services of one
 * edge share an address only on ports that do not overlap. An IPv6 address takes an IPv6 service network.
 */
public final class AlbVirtualIps {
    private AlbVirtualIps() {
    }

    static void check(Tx tx, EdgeGatewayRow e, UUID serviceId, String v4, String v6,
                      List<AlbVirtualServiceBody.Port> ports) {
        if (v4 != null) {
            requireEdgesOrInternal(tx, e, v4);
        }
        if (v6 != null) {
            AlbEdgeLoadBalancer.requireIpv6(tx, e);
        }
        for (Service other : AlbVirtualServices.store(tx).ofEdge(e.id())) {
            if (other.id().equals(serviceId)) {
                continue;
            }
            String shared = v4 != null && v4.equals(other.virtualIp()) ? v4
                    : v6 != null && v6.equals(other.ipv6VirtualIp()) ? v6 : null;
            if (shared == null) {
                continue;
            }
            for (AlbVirtualServiceBody.Port theirs : AlbVirtualServices.body(other).ports()) {
                for (AlbVirtualServiceBody.Port mine : ports) {
                    if (mine.overlaps(theirs)) {
                        throw ApiException.badRequest("Virtual service " + other.name() + " already serves port "
                                + AlbVirtualServiceBody.text(theirs) + " on " + shared + ".");
                    }
                }
            }
        }
    }

    /** The virtual IPs the edge's services take, each with the service's name, as the edge's address uses. */
    static List<Map.Entry<String, String>> uses(Tx tx, UUID edgeId) {
        return AlbVirtualServices.store(tx).ofEdge(edgeId).stream().filter(s -> s.virtualIp() != null)
                .map(s -> Map.entry("virtual service " + s.name(), s.virtualIp())).toList();
    }

    /** An edge's address a virtual service takes, and the external network it is on. */
    public record Held(String ipAddress, UUID networkId) {
    }

    /** The edge's addresses its virtual services take (internal ones are not the edge's), once each. */
    public static List<Held> held(Tx tx, UUID edgeId) {
        List<UplinkRow> uplinks = tx.edges().uplinks(edgeId);
        return AlbVirtualServices.store(tx).ofEdge(edgeId).stream().filter(s -> s.virtualIp() != null)
                .flatMap(s -> uplinks.stream().filter(u -> u.subnetGateway() != null && inSubnet(s.virtualIp(), u))
                        .limit(1).map(u -> new Held(s.virtualIp(), u.networkId())))
                .distinct().toList();
    }

    private static void requireEdgesOrInternal(Tx tx, EdgeGatewayRow e, String ip) {
        for (UplinkRow u : tx.edges().uplinks(e.id())) {
            if (u.subnetGateway() == null || !inSubnet(ip, u)) {
                continue;
            }
            boolean edges = ip.equals(u.ipAddress()) || u.ranges() != null && u.ranges().stream()
                    .anyMatch(r -> IpScope.within(ip, r));
            if (!edges) {
                throw ApiException.badRequest("virtualIpAddress " + ip + " is on the external network of edge gateway "
                        + e.name() + " but not allocated to it: a virtual IP is one of the edge's addresses or an "
                        + "internal one.");
            }
            return;
        }
    }

    private static boolean inSubnet(String ip, UplinkRow u) {
        IpAddresses.Address a = IpAddresses.parse(ip);
        IpAddresses.Address gw = IpAddresses.parse(u.subnetGateway());
        // IPv4 only: an IPv6 subnet keeps no netmask, and a virtual IP of that family is checked on its own
        if (a == null || gw == null || a.v6() || gw.v6() || u.subnetNetmask() == null) {
            return false;
        }
        BigInteger mask = IpAddresses.mask(IpScope.prefixLength(u.subnetNetmask()), gw.bits());
        return a.value().and(mask).equals(gw.value().and(mask));
    }
}
