package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.NetworkDhcpStore.Pool;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks an org VDC network's DHCP settings and bindings share: addresses of the network's family in its subnet,
 * lease times and DNS server lists within vCD's bounds. Every refusal is a 400 naming the field.
 */
final class NetworkDhcpAddresses {
    /** vCD's bounds for a lease, in seconds: a minute to 2^32 - 1 seconds (about 136 years). */
    static final long MIN_LEASE = 60;
    static final long MAX_LEASE = 4_294_967_295L;
    static final long DEFAULT_LEASE = 86_400;
    /** A DHCP service or binding hands out at most two DNS servers. */
    static final int MAX_DNS = 2;

    private NetworkDhcpAddresses() {
    }

    /** A lease time in seconds (null: a day, vCD's default) within vCD's bounds. */
    static long leaseTime(Long seconds, String what) {
        if (seconds == null) {
            return DEFAULT_LEASE;
        }
        if (seconds < MIN_LEASE || seconds > MAX_LEASE) {
            throw ApiException.badRequest(what + " leaseTime is " + MIN_LEASE + " to " + MAX_LEASE + " seconds, not "
                    + seconds + ".");
        }
        return seconds;
    }

    /** The canonical spelling of an address of the network's family, or a 400 naming {@code field}. */
    static String ofFamily(String text, IpScope scope, String field) {
        IpAddresses.Address a = IpAddresses.parse(text == null ? null : text.trim());
        if (a == null) {
            throw ApiException.badRequest(field + " is not an IP address: '" + Lengths.shown(text) + "'.");
        }
        if (a.v6() != scope.v6()) {
            throw ApiException.badRequest(field + " " + a.text() + " is not an " + (scope.v6() ? "IPv6" : "IPv4")
                    + " address, as the network's subnet is.");
        }
        return a.text();
    }

    /** An address of the network's subnet (not its gateway, network or broadcast address). */
    static String inSubnet(String text, IpScope scope, String field) {
        String ip = ofFamily(text, scope, field);
        if (!scope.holds(ip)) {
            throw ApiException.badRequest(field + " " + ip + " is not an address of the network's subnet "
                    + scope.gateway() + "/" + scope.prefixLength() + " other than its gateway.");
        }
        return ip;
    }

    /** At most two DNS servers of the network's family, in the order given (null: none). */
    static List<String> dnsServers(List<String> servers, IpScope scope, String what) {
        if (servers == null) {
            return List.of();
        }
        if (servers.size() > MAX_DNS) {
            throw ApiException.badRequest(what + " has at most " + MAX_DNS + " dnsServers, not " + servers.size()
                    + ".");
        }
        List<String> out = new ArrayList<>();
        for (String s : servers) {
            out.add(ofFamily(s, scope, "A DNS server of " + what));
        }
        return out;
    }

    /** The DHCP pool holding {@code ip}, if one does. */
    static Pool poolHolding(List<Pool> pools, String ip) {
        return pools.stream().filter(p -> IpScope.within(ip, range(p))).findFirst().orElse(null);
    }

    /** The static IP pool range holding {@code ip}, if one does. */
    static IpScope.IpRange staticRangeHolding(IpScope scope, String ip) {
        return scope.ranges().stream().filter(r -> IpScope.within(ip, r)).findFirst().orElse(null);
    }

    static IpScope.IpRange range(Pool p) {
        return new IpScope.IpRange(p.start(), p.end());
    }

    static String shown(IpScope.IpRange r) {
        return r.start() + "-" + r.end();
    }
}
