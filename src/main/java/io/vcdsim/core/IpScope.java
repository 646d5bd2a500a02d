package io.vcdsim.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The addressing of a network, IPv4 or IPv6: its gateway and subnet, DNS, and the static IP pool (ranges of
 * addresses inside the subnet, none overlapping another or holding the gateway). Built only through {@link #of},
 * which refuses what vCD refuses, so a stored scope is always a valid one with every address in its one spelling
 * (see {@link IpAddresses}). {@code mask} is what is stored for the subnet: an IPv4 scope's dotted netmask, an IPv6
 * scope's prefix length in decimal (IPv6 has no netmask; vCD answers a SubnetPrefixLength alone).
 */
public record IpScope(String gateway, String mask, String dns1, String dns2, String dnsSuffix,
                      List<IpRange> ranges) {
    /** vCD keeps a network's pool to a few ranges; far more would only be someone probing. */
    public static final int MAX_RANGES = 64;
    /**
     * How many addresses {@link #firstFree} tries before it calls a pool used up: an IPv6 range may hold 2^64
     * addresses, and no simulated network has this many NICs.
     */
    static final int MAX_PROBES = 1 << 20;
    private static final int MAX_SUFFIX = 255;

    /** Orders addresses: IPv4 before IPv6, then by number (a malformed one is a 400). */
    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String a) -> required(a, "address").bits())
            .thenComparing(a -> required(a, "address").value());

    /** A range of addresses, both ends included. */
    public record IpRange(String start, String end) {
        /** How many addresses the range holds (an IPv6 range's count stops at Long.MAX_VALUE). */
        public long size() {
            BigInteger n = number(end).subtract(number(start)).add(BigInteger.ONE);
            return n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
        }
    }

    public IpScope {
        ranges = List.copyOf(ranges);
    }

    /** A checked scope; a 400 naming what is wrong otherwise. {@code mask}: see {@link #maskOf}. */
    public static IpScope of(String gateway, String mask, String dns1, String dns2, String dnsSuffix,
                             List<IpRange> ranges) {
        return checked(gateway, mask, dns1, dns2, dnsSuffix, ranges, true);
    }

    /**
     * A vApp network's scope: checked as {@link #of} checks, except that an IPv4 scope's ranges may lie outside its
     * subnet, as vCD took them when pyvcloud's vApp tests were written (they add 10.100.12.1-10.100.12.100 to
     * 90.80.70.1/24). IPv6 came later: its ranges stay in the subnet.
     */
    public static IpScope ofVAppNetwork(String gateway, String mask, String dns1, String dns2, String dnsSuffix,
                                        List<IpRange> ranges) {
        return checked(gateway, mask, dns1, dns2, dnsSuffix, ranges, false);
    }

    /**
     * The subnet's mask to give {@link #of}, from what a request sent: an IPv4 gateway takes its Netmask, else its
     * prefix length as a netmask; an IPv6 gateway takes its SubnetPrefixLength alone (sending a Netmask with it
     * is refused, as vCD refuses it).
     */
    public static String maskOf(String gateway, String netmask, Integer prefixLength) {
        IpAddresses.Address gw = IpAddresses.parse(gateway);
        if (gw == null) { // the gateway's own error says more than the mask's
            return netmask != null || prefixLength == null ? netmask : prefixLength.toString();
        }
        if (!gw.v6()) {
            return netmask == null && prefixLength != null ? netmask(prefixLength) : netmask;
        }
        if (netmask != null && !netmask.isBlank()) {
            throw ApiException.badRequest("An IPv6 subnet has a SubnetPrefixLength, not a Netmask ('"
                    + shown(netmask) + "').");
        }
        if (prefixLength == null) {
            throw ApiException.badRequest("An IPv6 subnet needs its SubnetPrefixLength.");
        }
        checkPrefix(prefixLength, IpAddresses.V6_BITS);
        return Integer.toString(prefixLength);
    }

    private static IpScope checked(String gateway, String maskText, String dns1, String dns2, String dnsSuffix,
                                   List<IpRange> ranges, boolean rangesInSubnet) {
        IpAddresses.Address gwAddress = required(gateway, "Gateway");
        int bits = gwAddress.bits();
        boolean v6 = gwAddress.v6();
        int prefix = v6 ? v6Prefix(maskText) : prefixLength(v4(maskText, "Netmask"), maskText);
        BigInteger mask = IpAddresses.mask(prefix, bits);
        BigInteger gw = gwAddress.value();
        BigInteger network = gw.and(mask);
        BigInteger broadcast = network.or(IpAddresses.all(bits).xor(mask));
        // IPv6 has no broadcast address; its network address is the subnet's routers' anycast address
        boolean edges = prefix < bits - 1;
        if (edges && (gw.equals(network) || (!v6 && gw.equals(broadcast)))) {
            throw ApiException.badRequest("The gateway " + gateway + " is the network" + (v6 ? "" : " or broadcast")
                    + " address of its subnet.");
        }
        String d1 = optional(dns1, "Dns1", bits);
        String d2 = optional(dns2, "Dns2", bits);
        Lengths.atMost(dnsSuffix, MAX_SUFFIX, "DnsSuffix");
        if (ranges.size() > MAX_RANGES) {
            throw ApiException.badRequest("A network has at most " + MAX_RANGES + " IP ranges, not " + ranges.size()
                    + ".");
        }
        List<BigInteger[]> seen = new ArrayList<>();
        List<IpRange> kept = new ArrayList<>();
        for (IpRange r : ranges) {
            BigInteger start = sameFamily(r.start(), "StartAddress", bits).value();
            BigInteger end = sameFamily(r.end(), "EndAddress", bits).value();
            if (start.compareTo(end) > 0) {
                throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end() + " ends before it starts.");
            }
            if ((rangesInSubnet || v6) && (!start.and(mask).equals(network) || !end.and(mask).equals(network)
                    || (edges && (start.equals(network) || (!v6 && end.equals(broadcast)))))) {
                throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end() + " is not inside the "
                        + "subnet of gateway " + gateway + "/" + prefix + " (its network" + (v6 ? "" : " and broadcast")
                        + " addresses excluded).");
            }
            if (gw.compareTo(start) >= 0 && gw.compareTo(end) <= 0) {
                throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end() + " holds the gateway "
                        + gateway + ".");
            }
            for (BigInteger[] other : seen) {
                if (start.compareTo(other[1]) <= 0 && end.compareTo(other[0]) >= 0) {
                    throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end()
                            + " overlaps another range of the network.");
                }
            }
            seen.add(new BigInteger[]{start, end});
            kept.add(new IpRange(IpAddresses.text(start, bits), IpAddresses.text(end, bits)));
        }
        return new IpScope(gwAddress.text(), v6 ? Integer.toString(prefix) : maskText, d1, d2,
                Texts.blankIsNull(dnsSuffix), kept);
    }

    /** True for an IPv6 scope. */
    public boolean v6() {
        return IpAddresses.parse(gateway).v6();
    }

    /** The dotted netmask of an IPv4 scope; null for an IPv6 one, which has none. */
    public String netmask() {
        return v6() ? null : mask;
    }

    /** An IPv4 address as a number, to order addresses by (a malformed one, or an IPv6 one, is a 400). */
    public static long addressOf(String ip) {
        return v4(ip, "address");
    }

    /** The canonical spelling of an address of either family (a malformed one is a 400 naming {@code what}). */
    public static String canonical(String ip, String what) {
        return required(ip, what).text();
    }

    /** The netmask for an IPv4 prefix length: 24 is 255.255.255.0. */
    public static String netmask(int prefixLength) {
        checkPrefix(prefixLength, IpAddresses.V4_BITS);
        return IpAddresses.text(IpAddresses.mask(prefixLength, IpAddresses.V4_BITS), IpAddresses.V4_BITS);
    }

    /** 24 for 255.255.255.0; an IPv6 scope's stored prefix length. */
    public int prefixLength() {
        return v6() ? Integer.parseInt(mask) : prefixLength(mask);
    }

    /** 24 for a stored (so valid) netmask 255.255.255.0. */
    public static int prefixLength(String netmask) {
        return prefixLength(IpAddresses.v4(netmask), netmask);
    }

    /** True if {@code ip} is an address of this subnet other than its gateway, network and broadcast addresses. */
    public boolean holds(String ip) {
        IpAddresses.Address a = IpAddresses.parse(ip);
        IpAddresses.Address gw = IpAddresses.parse(gateway);
        if (a == null || a.bits() != gw.bits()) {
            return false;
        }
        BigInteger mask = IpAddresses.mask(prefixLength(), gw.bits());
        BigInteger network = gw.value().and(mask);
        BigInteger broadcast = network.or(IpAddresses.all(gw.bits()).xor(mask));
        return !a.value().equals(gw.value()) && a.value().and(mask).equals(network) && !a.value().equals(network)
                && (gw.v6() || !a.value().equals(broadcast));
    }

    /** True if every address of {@code r} is in the static pool. */
    public boolean poolHolds(IpRange r) {
        IpAddresses.Address start = IpAddresses.parse(r.start());
        IpAddresses.Address end = IpAddresses.parse(r.end());
        return start != null && end != null && start.bits() == end.bits() && end.value().compareTo(start.value()) >= 0
                && ranges.stream().anyMatch(p -> within(r.start(), p) && within(r.end(), p));
    }

    /**
     * The pool's first address {@code taken} refuses, in the pool's order; empty when the pool is used up (or
     * {@link #MAX_PROBES} addresses were all taken: the search is bounded, whatever the size of an IPv6 range).
     */
    public Optional<String> firstFree(Predicate<String> taken) {
        int probes = 0;
        for (IpRange r : ranges) {
            IpAddresses.Address start = IpAddresses.parse(r.start());
            BigInteger end = number(r.end());
            for (BigInteger a = start.value(); a.compareTo(end) <= 0 && probes < MAX_PROBES;
                 a = a.add(BigInteger.ONE), probes++) {
                String candidate = IpAddresses.text(a, start.bits());
                if (!taken.test(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The addresses of a range, in order, at most {@code max} of them. */
    public static List<String> addresses(IpRange r, int max) {
        List<String> all = new ArrayList<>();
        IpAddresses.Address start = IpAddresses.parse(r.start());
        IpAddresses.Address end = IpAddresses.parse(r.end());
        if (start == null || end == null || start.bits() != end.bits()) {
            return all;
        }
        for (BigInteger a = start.value(); a.compareTo(end.value()) <= 0 && all.size() < max;
             a = a.add(BigInteger.ONE)) {
            all.add(IpAddresses.text(a, start.bits()));
        }
        return all;
    }

    /** True if the two ranges (of one family) share an address. */
    public static boolean overlap(IpRange a, IpRange b) {
        return within(a.start(), b) || within(b.start(), a);
    }

    /** True if {@code ip} is in {@code r}, and of its family. */
    public static boolean within(String ip, IpRange r) {
        IpAddresses.Address a = IpAddresses.parse(ip);
        IpAddresses.Address start = IpAddresses.parse(r.start());
        IpAddresses.Address end = IpAddresses.parse(r.end());
        return a != null && start != null && end != null && a.bits() == start.bits() && a.bits() == end.bits()
                && a.value().compareTo(start.value()) >= 0 && a.value().compareTo(end.value()) <= 0;
    }

    /** How many addresses the static pool holds (an IPv6 pool's count stops at Long.MAX_VALUE). */
    public long poolSize() {
        long total = 0;
        for (IpRange r : ranges) {
            total += Math.min(r.size(), Long.MAX_VALUE - total);
        }
        return total;
    }

    /** The ranges as stored: {@code start-end} pairs separated by commas. */
    public String encodedRanges() {
        return encode(ranges);
    }

    /** Ranges as stored: {@code start-end} pairs separated by commas (no address of either family has a dash). */
    public static String encode(List<IpRange> ranges) {
        return String.join(",", ranges.stream().map(r -> r.start() + "-" + r.end()).toList());
    }

    /** The ranges {@link #encode} wrote. */
    public static List<IpRange> decodeRanges(String text) {
        List<IpRange> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int dash = pair.indexOf('-');
            out.add(new IpRange(pair.substring(0, dash), pair.substring(dash + 1)));
        }
        return out;
    }

    /** The IPv4 address as a number, or -1 if it is not a dotted IPv4 address. */
    static long address(String text) {
        return IpAddresses.v4(text);
    }

    private static BigInteger number(String ip) {
        return required(ip, "address").value();
    }

    private static IpAddresses.Address required(String text, String what) {
        IpAddresses.Address a = IpAddresses.parse(text);
        if (a == null) {
            throw ApiException.badRequest(what + " must be an IPv4 or IPv6 address, not '" + shown(text) + "'.");
        }
        return a;
    }

    private static long v4(String text, String what) {
        long a = IpAddresses.v4(text);
        if (a < 0) {
            throw ApiException.badRequest(what + " must be an IPv4 address, not '" + shown(text) + "'.");
        }
        return a;
    }

    private static IpAddresses.Address sameFamily(String text, String what, int bits) {
        IpAddresses.Address a = required(text, what);
        if (a.bits() != bits) {
            throw ApiException.badRequest(what + " " + shown(text) + " is not of the gateway's family (IPv"
                    + (bits == IpAddresses.V6_BITS ? "6" : "4") + "): a scope does not mix IPv4 and IPv6.");
        }
        return a;
    }

    private static String optional(String text, String what, int bits) {
        return Texts.blankIsNull(text) == null ? null : sameFamily(text, what, bits).text();
    }

    private static int v6Prefix(String text) {
        if (text == null || text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.badRequest("An IPv6 subnet has a SubnetPrefixLength (0 to 128), not '" + shown(text)
                    + "'.");
        }
        int prefix = Integer.parseInt(text);
        checkPrefix(prefix, IpAddresses.V6_BITS);
        return prefix;
    }

    private static void checkPrefix(int prefixLength, int bits) {
        if (prefixLength < 0 || prefixLength > bits) {
            throw ApiException.badRequest("A" + (bits == IpAddresses.V6_BITS ? "n IPv6" : "n IPv4")
                    + " prefix length is 0 to " + bits + ", not " + prefixLength + ".");
        }
    }

    private static int prefixLength(long mask, String text) {
        int bits = Long.bitCount(mask);
        long expected = bits == 0 ? 0 : 0xffffffffL << (32 - bits) & 0xffffffffL;
        if (mask != expected) {
            throw ApiException.badRequest("The netmask " + text + " is not a run of ones followed by zeros.");
        }
        return bits;
    }

    /** Input quoted back in an error, cut short: a client's mistake should not fill the log. */
    private static String shown(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
