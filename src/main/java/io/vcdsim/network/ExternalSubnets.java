package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The subnets an external network's PUT gives it in place of its own: subnets added, an existing one's ranges and DNS
 * changed, one removed; but what edge gateways take of it stays (the subnet, its prefix, the addresses an uplink
 * holds or sets aside). Direct org VDC networks copied their subnet when they were made, so they do not hold one.
 */
final class ExternalSubnets {
    private ExternalSubnets() {
    }

    /** The subnets, checked on their own: 1 to {@code max}, IPv4, each gateway once. */
    static List<IpScope> checked(List<IpScope> subnets, int max) {
        if (subnets.isEmpty() || subnets.size() > max) {
            throw ApiException.badRequest("An external network has 1 to " + max + " subnets, not " + subnets.size()
                    + ".");
        }
        if (subnets.stream().anyMatch(IpScope::v6)) {
            throw ApiException.badRequest("An external network's subnets are IPv4 subnets in vcdsim.");
        }
        Set<String> gateways = new HashSet<>();
        for (IpScope s : subnets) {
            if (!gateways.add(s.gateway())) {
                throw ApiException.badRequest("An external network has one subnet with gateway " + s.gateway() + ".");
            }
        }
        return List.copyOf(subnets);
    }

    /** Refuses subnets that would take from an edge gateway's uplink what it holds on the network now. */
    static void requireKeptByUplinks(Tx tx, ExternalNetworkRow n, List<IpScope> subnets) {
        for (UplinkRow u : tx.edges().uplinksOn(n.id())) {
            if (u.subnetGateway() == null) {
                continue;
            }
            String edge = tx.edges().find(u.gatewayId()).map(e -> e.name()).orElse(u.gatewayId().toString());
            Optional<IpScope> kept = subnets.stream().filter(s -> s.gateway().equals(u.subnetGateway())).findFirst();
            if (kept.isEmpty() || (u.subnetNetmask() != null && !u.subnetNetmask().equals(kept.get().mask()))) {
                throw ApiException.badRequest("Subnet " + u.subnetGateway() + " of external network " + n.name()
                        + " is in use by edge gateway " + edge + ": it stays, with its prefix.");
            }
            List<IpScope.IpRange> ranges = kept.get().ranges();
            if (u.ipAddress() != null && ranges.stream().noneMatch(r -> IpScope.within(u.ipAddress(), r))) {
                throw ApiException.badRequest("Address " + u.ipAddress() + " of external network " + n.name()
                        + " is in use by edge gateway " + edge + ": it stays in the subnet's IP ranges.");
            }
            for (IpScope.IpRange held : u.ranges() == null ? List.<IpScope.IpRange>of() : u.ranges()) {
                if (ranges.stream().noneMatch(r -> IpScope.within(held.start(), r) && IpScope.within(held.end(), r))) {
                    throw ApiException.badRequest("Addresses " + held.start() + "-" + held.end() + " of external "
                            + "network " + n.name() + " are allocated to edge gateway " + edge + ": they stay in the "
                            + "subnet's IP ranges.");
                }
            }
        }
    }
}
