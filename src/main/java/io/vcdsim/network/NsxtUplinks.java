package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.network.EdgeGatewayService.Subnet;
import io.vcdsim.network.EdgeGatewayService.Uplink;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The uplinks of an NSX-T edge gateway as vCD 10.4.1 has them: one on an external network standing on a tier-0 router
 * (or VRF), listed first (go-vcloud-director's GetPrimaryNetworkAllocatedIpCount reads the first uplink), and any
 * others on external networks standing on NSX-T segments.
 */
final class NsxtUplinks {
    private NsxtUplinks() {
    }

    /** The uplinks checked, the tier-0 one first, the others in the order sent; their networks are locked. */
    static List<Uplink> arranged(Tx tx, List<Uplink> uplinks) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        List<Uplink> tier0 = new ArrayList<>();
        List<Uplink> segments = new ArrayList<>();
        for (Uplink u : uplinks) {
            ExternalNetworkRow ext = tx.networks().external(u.externalNetworkId()).orElseThrow();
            if (nsxt.tier0Of(ext.id()).isPresent()) {
                tier0.add(withSubnetsOf(tx, ext, u));
            } else if (nsxt.segmentOfExternal(ext.id()).isPresent()) {
                segments.add(withSubnetsOf(tx, ext, u));
            } else {
                throw onNeither(ext);
            }
        }
        if (tier0.size() != 1) {
            throw ApiException.badRequest("An NSX-T edge gateway has one uplink on a tier-0 router's external "
                    + "network, not " + tier0.size() + "; its other uplinks are on NSX-T segments' networks.");
        }
        List<Uplink> arranged = new ArrayList<>(tier0);
        arranged.addAll(segments);
        return arranged;
    }

    /**
     * An uplink an update adds: on an NSX-T segment's external network (the edge keeps its one tier-0 uplink), its
     * subnets taken as at creation, a subnet naming ranges and no primary address having the first of them.
     */
    static Uplink added(Tx tx, ExternalNetworkRow ext, Uplink u) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        if (nsxt.tier0Of(ext.id()).isPresent()) {
            throw ApiException.badRequest("An NSX-T edge gateway has one uplink on a tier-0 router's external network; "
                    + ext.name() + " cannot be added to it.");
        }
        if (nsxt.segmentOfExternal(ext.id()).isEmpty()) {
            throw onNeither(ext);
        }
        List<Subnet> subnets = u.subnets().stream().map(s -> s.ipAddress() != null || s.ranges() == null
                || s.ranges().isEmpty() ? s : new Subnet(s.gateway(), s.netmask(), s.ranges().get(0).start(),
                s.ranges(), s.defaultRoute())).toList();
        return withSubnetsOf(tx, ext, new Uplink(u.externalNetworkId(), u.defaultRoute(), u.applyRateLimit(),
                u.inRateLimit(), u.outRateLimit(), subnets));
    }

    private static ApiException onNeither(ExternalNetworkRow ext) {
        return ApiException.badRequest("An NSX-T edge gateway's uplinks are external networks on a tier-0 router or "
                + "an NSX-T segment; " + ext.name() + " is on neither.");
    }

    /**
     * The uplink whose subnets asking for no address in particular (no primary address, no ranges) and naming no
     * subnet of the network stand for the network's first subnet not otherwise named: vCD gives the edge an address
     * there, as go-vcloud-director's Test_NsxtEdgeCreateWithT0AndExternalNetworks expects of a subnet it names
     * loosely. One asking for addresses of a subnet the network lacks is still refused.
     */
    private static Uplink withSubnetsOf(Tx tx, ExternalNetworkRow ext, Uplink u) {
        List<String> gateways = tx.networks().scopes(ext.id()).stream().map(IpScope::gateway).toList();
        Set<String> named = new HashSet<>();
        u.subnets().stream().map(Subnet::gateway).filter(gateways::contains).forEach(named::add);
        List<Subnet> subnets = new ArrayList<>();
        for (Subnet s : u.subnets()) {
            if (gateways.contains(s.gateway()) || s.ipAddress() != null || s.ranges() != null) {
                subnets.add(s);
                continue;
            }
            String first = gateways.stream().filter(g -> !named.contains(g)).findFirst().orElse(null);
            if (first == null) {
                subnets.add(s); // refused as a subnet the network lacks
                continue;
            }
            named.add(first);
            subnets.add(new Subnet(first, s.netmask(), null, null, s.defaultRoute()));
        }
        return new Uplink(u.externalNetworkId(), u.defaultRoute(), u.applyRateLimit(), u.inRateLimit(),
                u.outRateLimit(), subnets);
    }
}
