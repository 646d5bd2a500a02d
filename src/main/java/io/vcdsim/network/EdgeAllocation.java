package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.network.EdgeGatewayService.Allocation;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ranges an edge's uplink subnets set aside on an external network, checked against its pool and the other
 * edges; an NSX-T edge's allocation set anew by an update, as ranges or as a count ({@code autoAllocateIpRanges} with
 * {@code totalIpCount}, as go-vcloud-director's DeallocateIpCount asks for it): the primary address always stays;
 * fewer keeps the lowest others, more adds the pool's first free addresses. An NSX-V edge's sub-allocated pools are
 * set the same way, by ranges, from a PUT of the edge.
 */
final class EdgeAllocation {
    private EdgeAllocation() {
    }

    /** Ranges an uplink sets aside: in the pool, not overlapping each other nor what other uplinks hold. */
    static void checkRanges(ExternalNetworkRow ext, IpScope scope, List<IpScope.IpRange> ranges,
                            Set<String> taken, List<IpScope.IpRange> setAside) {
        if (ranges.size() > IpScope.MAX_RANGES) {
            throw ApiException.badRequest("An uplink sets aside at most " + IpScope.MAX_RANGES + " ranges.");
        }
        for (int i = 0; i < ranges.size(); i++) {
            IpScope.IpRange r = ranges.get(i);
            for (IpScope.IpRange before : ranges.subList(0, i)) {
                if (IpScope.overlap(before, r)) {
                    throw ApiException.badRequest("The ranges " + before.start() + "-" + before.end() + " and "
                            + r.start() + "-" + r.end() + " overlap.");
                }
            }
            if (!scope.poolHolds(r)) {
                throw ApiException.badRequest("The range " + r.start() + "-" + r.end() + " is not in the static IP "
                        + "pool of external network " + ext.name() + ".");
            }
            if (setAside.stream().anyMatch(o -> IpScope.overlap(o, r))
                    || taken.stream().anyMatch(ip -> IpScope.within(ip, r))) {
                throw ApiException.badRequest("The range " + r.start() + "-" + r.end() + " of external network "
                        + ext.name() + " is already in use.");
            }
        }
    }

    /**
     * Sets the ranges an NSX-T edge's uplink subnets hold (by external network and subnet gateway; an empty list
     * keeps only the primary address), in the caller's transaction: checked as at creation against the other edges,
     * and always keeping the subnet's primary address.
     */
    static void reallocate(Tx tx, EdgeGatewayRow e, Map<UUID, Map<String, Allocation>> ranges) {
        boolean nsxt = tx.edges().edgeCluster(e.id()).isPresent();
        for (UUID networkId : ranges.keySet().stream().sorted().toList()) {
            ExternalNetworkRow ext = tx.networks().lockExternal(networkId).orElseThrow(() ->
                    ApiException.badRequest("Edge gateway " + e.name() + " has no uplink to " + networkId + "."));
            List<UplinkRow> others = tx.edges().uplinksOn(networkId).stream()
                    .filter(u -> !u.gatewayId().equals(e.id())).toList();
            Set<String> taken = new HashSet<>();
            List<IpScope.IpRange> setAside = new ArrayList<>();
            others.forEach(o -> {
                if (o.ipAddress() != null) {
                    taken.add(o.ipAddress());
                }
                if (o.ranges() != null) {
                    setAside.addAll(o.ranges());
                }
            });
            for (var subnet : ranges.get(networkId).entrySet()) {
                UplinkRow own = tx.edges().uplinks(e.id()).stream().filter(u -> u.networkId().equals(networkId)
                        && subnet.getKey().equals(u.subnetGateway())).findFirst().orElseThrow(() ->
                        ApiException.badRequest("Edge gateway " + e.name() + " has no uplink subnet " + subnet.getKey()
                                + " on external network " + ext.name() + "."));
                IpScope scope = tx.networks().scopes(networkId).stream().filter(sc -> sc.gateway()
                        .equals(own.subnetGateway())).findFirst().orElseThrow();
                Allocation asked = subnet.getValue();
                List<IpScope.IpRange> wanted = asked.ranges() != null ? asked.ranges()
                        : resized(scope, own, asked.count(), taken, setAside, e.name());
                checkRanges(ext, scope, wanted, taken, setAside);
                // an NSX-V edge's sub-allocated pools stand beside its primary address, as vCD shows them
                if (nsxt && !wanted.isEmpty() && own.ipAddress() != null
                        && wanted.stream().noneMatch(r -> IpScope.within(own.ipAddress(), r))) {
                    throw ApiException.badRequest("Edge gateway " + e.name() + " keeps its primary address "
                            + own.ipAddress() + " among the addresses allocated to it.");
                }
                tx.edges().setUplinkRanges(e.id(), own.position(), wanted.isEmpty() ? null : wanted);
            }
        }
    }

    static List<IpScope.IpRange> resized(IpScope scope, UplinkRow own, int count, Set<String> taken,
                                         List<IpScope.IpRange> setAside, String edgeName) {
        if (own.ipAddress() == null || count < 1) {
            throw ApiException.badRequest("Edge gateway " + edgeName + " keeps its primary address: it holds at least "
                    + "one address of each uplink subnet.");
        }
        if (count > scope.poolSize()) {
            throw ApiException.badRequest("The static IP pool of subnet " + scope.gateway() + " has "
                    + scope.poolSize() + " addresses, fewer than " + count + ".");
        }
        Set<String> held = new LinkedHashSet<>();
        held.add(own.ipAddress());
        List<String> others = new ArrayList<>();
        for (IpScope.IpRange r : own.ranges() == null ? List.<IpScope.IpRange>of() : own.ranges()) {
            IpScope.addresses(r, count).stream().filter(a -> !a.equals(own.ipAddress())).forEach(others::add);
        }
        others.sort(Comparator.comparingLong(IpScope::addressOf));
        for (String a : others) {
            if (held.size() < count) {
                held.add(a);
            }
        }
        while (held.size() < count) {
            String free = scope.firstFree(a -> held.contains(a) || taken.contains(a)
                    || setAside.stream().anyMatch(r -> IpScope.within(a, r))).orElseThrow(() ->
                    ApiException.badRequest("No IP address is free in the static IP pool of subnet " + scope.gateway()
                            + " for edge gateway " + edgeName + "."));
            held.add(free);
        }
        return ranges(held);
    }

    /** Addresses as ranges of consecutive ones. */
    private static List<IpScope.IpRange> ranges(Set<String> addresses) {
        List<String> sorted = addresses.stream().sorted(Comparator.comparingLong(IpScope::addressOf)).toList();
        List<IpScope.IpRange> ranges = new ArrayList<>();
        String start = null;
        String end = null;
        for (String a : sorted) {
            if (end != null && IpScope.addressOf(a) == IpScope.addressOf(end) + 1) {
                end = a;
                continue;
            }
            if (start != null) {
                ranges.add(new IpScope.IpRange(start, end));
            }
            start = a;
            end = a;
        }
        if (start != null) {
            ranges.add(new IpScope.IpRange(start, end));
        }
        return ranges;
    }
}
