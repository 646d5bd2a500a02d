package io.vcdsim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The IPv4 addressing of a network: its gateway and netmask, DNS, and the static IP pool (ranges of addresses
 * inside the subnet, none overlapping another or holding the gateway). Built only through {@link #of}, which
 * refuses what vCD refuses, so a stored scope is always a valid one.
 */
public record IpScope(String gateway, String netmask, String dns1, String dns2, String dnsSuffix,
                      List<IpRange> ranges) {
    /** vCD keeps a network's pool to a few ranges; far more would only be someone probing. */
    public static final int MAX_RANGES = 64;
    private static final int MAX_SUFFIX = 255;

    /** A range of addresses, both ends included. */
    public record IpRange(String start, String end) {
        public long size() {
            return address(end) - address(start) + 1;
        }
    }

    public IpScope {
        ranges = List.copyOf(ranges);
    }

    /** A checked scope; a 400 naming what is wrong otherwise. */
    public static IpScope of(String gateway, String netmask, String dns1, String dns2, String dnsSuffix,
                             List<IpRange> ranges) {
        return checked(gateway, netmask, dns1, dns2, dnsSuffix, ranges, true);
    }

    /**
     * A vApp network's scope: checked as {@link #of} checks, except that its ranges may lie outside its subnet, as
     * vCD took them when pyvcloud's vApp tests were written (they add 10.100.12.1-10.100.12.100 to 90.80.70.1/24).
     */
    public static IpScope ofVAppNetwork(String gateway, String netmask, String dns1, String dns2, String dnsSuffix,
                                        List<IpRange> ranges) {
        return checked(gateway, netmask, dns1, dns2, dnsSuffix, ranges, false);
    }

    private static IpScope checked(String gateway, String netmask, String dns1, String dns2, String dnsSuffix,
                                   List<IpRange> ranges, boolean rangesInSubnet) {
        long gw = required(gateway, "Gateway");
        int prefix = prefixLength(required(netmask, "Netmask"), netmask);
        long mask = mask(prefix);
        long network = gw & mask;
        long broadcast = network | ~mask & 0xffffffffL;
        if (prefix < 31 && (gw == network || gw == broadcast)) {
            throw ApiException.badRequest("The gateway " + gateway + " is the network or broadcast address of its "
                    + "subnet.");
        }
        optional(dns1, "Dns1");
        optional(dns2, "Dns2");
        Lengths.atMost(dnsSuffix, MAX_SUFFIX, "DnsSuffix");
        if (ranges.size() > MAX_RANGES) {
            throw ApiException.badRequest("A network has at most " + MAX_RANGES + " IP ranges, not " + ranges.size()
                    + ".");
        }
        List<long[]> seen = new ArrayList<>();
        for (IpRange r : ranges) {
            long start = required(r.start(), "StartAddress");
            long end = required(r.end(), "EndAddress");
            if (start > end) {
                throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end() + " ends before it starts.");
            }
            if (rangesInSubnet && ((start & mask) != network || (end & mask) != network
                    || (prefix < 31 && (start == network || end == broadcast)))) {
                throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end() + " is not inside the "
                        + "subnet of gateway " + gateway + "/" + prefix + " (its network and broadcast addresses "
                        + "excluded).");
            }
            if (gw >= start && gw <= end) {
                throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end() + " holds the gateway "
                        + gateway + ".");
            }
            for (long[] other : seen) {
                if (start <= other[1] && end >= other[0]) {
                    throw ApiException.badRequest("The IP range " + r.start() + "-" + r.end()
                            + " overlaps another range of the network.");
                }
            }
            seen.add(new long[]{start, end});
        }
        return new IpScope(gateway, netmask, blankToNull(dns1), blankToNull(dns2), blankToNull(dnsSuffix), ranges);
    }

    /** An address as a number, to order addresses by (a malformed one is a 400). */
    public static long addressOf(String ip) {
        return required(ip, "address");
    }

    /** The netmask for a prefix length: 24 is 255.255.255.0. */
    public static String netmask(int prefixLength) {
        if (prefixLength < 0 || prefixLength > 32) {
            throw ApiException.badRequest("A prefix length is 0 to 32, not " + prefixLength + ".");
        }
        return text(mask(prefixLength));
    }

    /** 24 for 255.255.255.0. */
    public int prefixLength() {
        return prefixLength(netmask);
    }

    /** 24 for a stored (so valid) netmask 255.255.255.0. */
    public static int prefixLength(String netmask) {
        return prefixLength(address(netmask), netmask);
    }

    /** True if {@code ip} is an address of this subnet other than its gateway, network and broadcast addresses. */
    public boolean holds(String ip) {
        long a = address(ip);
        long mask = mask(prefixLength());
        long gw = address(gateway);
        return a >= 0 && a != gw && (a & mask) == (gw & mask) && a != (gw & mask)
                && a != ((gw & mask) | ~mask & 0xffffffffL);
    }

    /** True if every address of {@code r} is in the static pool. */
    public boolean poolHolds(IpRange r) {
        long start = address(r.start());
        long end = address(r.end());
        return start >= 0 && end >= start && ranges.stream()
                .anyMatch(p -> address(p.start()) <= start && end <= address(p.end()));
    }

    /** The pool's first address {@code taken} refuses, in the pool's order; empty when the pool is used up. */
    public Optional<String> firstFree(Predicate<String> taken) {
        for (IpRange r : ranges) {
            for (long a = address(r.start()); a <= address(r.end()); a++) {
                String candidate = text(a);
                if (!taken.test(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The addresses of a range, in order, at most {@code max} of them. */
    public static List<String> addresses(IpRange r, int max) {
        List<String> all = new java.util.ArrayList<>();
        for (long a = address(r.start()); a >= 0 && a <= address(r.end()) && all.size() < max; a++) {
            all.add(text(a));
        }
        return all;
    }

    /** True if the two ranges share an address. */
    public static boolean overlap(IpRange a, IpRange b) {
        return address(a.start()) <= address(b.end()) && address(b.start()) <= address(a.end());
    }

    /** True if {@code ip} is in {@code r}. */
    public static boolean within(String ip, IpRange r) {
        long a = address(ip);
        return a >= address(r.start()) && a <= address(r.end());
    }

    private static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : 0xffffffffL << (32 - prefixLength) & 0xffffffffL;
    }

    /** How many addresses the static pool holds. */
    public long poolSize() {
        return ranges.stream().mapToLong(IpRange::size).sum();
    }

    /** The ranges as stored: {@code start-end} pairs separated by commas. */
    public String encodedRanges() {
        return encode(ranges);
    }

    /** Ranges as stored: {@code start-end} pairs separated by commas. */
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

    /** The address as a number, or -1 if it is not a dotted IPv4 address. */
    static long address(String text) {
        if (text == null) {
            return -1;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String p : parts) {
            // ASCII digits, no leading zeros: one address has one spelling, so stored addresses compare as text
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            value = value << 8 | octet;
        }
        return value;
    }

    private static String text(long address) {
        return (address >> 24 & 0xff) + "." + (address >> 16 & 0xff) + "." + (address >> 8 & 0xff) + "."
                + (address & 0xff);
    }

    private static long required(String text, String what) {
        long a = address(text);
        if (a < 0) {
            throw ApiException.badRequest(what + " must be an IPv4 address, not '" + shown(text) + "'.");
        }
        return a;
    }

    private static void optional(String text, String what) {
        if (blankToNull(text) != null) {
            required(text, what);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
