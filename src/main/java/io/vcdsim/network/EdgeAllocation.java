package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.store.UplinkRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An NSX-T edge's allocation resized to a count, as go-vcloud-director's DeallocateIpCount asks for it
 * ({@code autoAllocateIpRanges} with {@code totalIpCount}): the primary address always stays; fewer keeps the lowest
 * others, more adds the pool's first free addresses.
 */
final class EdgeAllocation {
    private EdgeAllocation() {
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
