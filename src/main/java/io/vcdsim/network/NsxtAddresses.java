package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The address and port notations NSX-T takes in firewall groups and NAT rules: an IPv4 or IPv6 address, a CIDR
 * block, or a range {@code a-b} of one family with {@code a <= b}; a port or a port range {@code 1-65535}. Anything
 * else is refused up front as a 400 naming the field.
 */
final class NsxtAddresses {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");
    private static final int MAX_TEXT = 128;

    private NsxtAddresses() {
    }

    /** An address, CIDR block or range; returns it trimmed. */
    static String addressOrBlock(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(field + " needs an IP address, a CIDR block or an address range.");
        }
        String t = text.trim();
        if (t.length() > MAX_TEXT) {
            throw bad(t, field);
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            BigInteger from = address(t.substring(0, dash), t, field);
            BigInteger to = address(t.substring(dash + 1), t, field);
            if (t.substring(0, dash).contains(":") != t.substring(dash + 1).contains(":") || from.compareTo(to) > 0) {
                throw ApiException.badRequest(field + ": '" + t + "' is not a range from a lower to a higher address "
                        + "of one IP version.");
            }
            return t;
        }
        int slash = t.indexOf('/');
        if (slash > 0) {
            String ip = t.substring(0, slash);
            address(ip, t, field);
            int max = ip.contains(":") ? 128 : 32;
            try {
                int prefix = Integer.parseInt(t.substring(slash + 1));
                if (prefix < 0 || prefix > max) {
                    throw bad(t, field);
                }
            } catch (NumberFormatException e) {
                throw bad(t, field);
            }
            return t;
        }
        address(t, t, field);
        return t;
    }

    /**
     * A network in gateway CIDR form ({@code 192.168.255.1/25}: an address of the network and its prefix length), of
     * IPv6 or IPv4 as asked, with prefix length {@code prefix} (null: any the family allows but the host's own);
     * returns it trimmed, as given.
     */
    static String gatewayCidr(String text, boolean ipv6, Integer prefix, String field) {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        String refused = field + ": '" + Lengths.shown(t) + "' is not an IPv" + (ipv6 ? 6 : 4) + " gateway CIDR"
                + (prefix == null ? "" : " with prefix length " + prefix) + ".";
        if (slash <= 0 || t.length() > MAX_TEXT || t.substring(0, slash).contains(":") != ipv6) {
            throw ApiException.badRequest(refused);
        }
        address(t.substring(0, slash), t, field);
        int length;
        try {
            length = Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(refused);
        }
        if (prefix != null ? length != prefix : length < 1 || length >= (ipv6 ? 128 : 32)) {
            throw ApiException.badRequest(refused);
        }
        return t;
    }

    /** A single address (no block, no range). */
    static String single(String text, String field) {
        String t = text == null ? "" : text.trim();
        address(t, t, field);
        return t;
    }

    /** A destination port or port range, 1 to 65535; returns it trimmed. */
    static String port(String text, String field) {
        String t = text == null ? "" : text.trim();
        String[] parts = t.split("-", -1);
        if (parts.length > 2 || t.length() > 16) {
            throw ApiException.badRequest(field + ": '" + Lengths.shown(t) + "' is not a port or port range.");
        }
        int low = portNumber(parts[0], t, field);
        int high = parts.length == 2 ? portNumber(parts[1], t, field) : low;
        if (low > high) {
            throw ApiException.badRequest(field + ": '" + t + "' is not a range from a lower to a higher port.");
        }
        return t;
    }

    private static int portNumber(String text, String whole, String field) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badRequest(field + ": '" + Lengths.shown(whole) + "' is not a port (1 to 65535) or port "
                + "range.");
    }

    private static BigInteger address(String ip, String whole, String field) {
        String t = ip.trim();
        if (IPV4.matcher(t).matches()) {
            long value = 0;
            for (String octet : t.split("\\.")) {
                int o = Integer.parseInt(octet);
                if (o > 255) {
                    throw bad(whole, field);
                }
                value = value * 256 + o;
            }
            return BigInteger.valueOf(value);
        }
        if (t.contains(":") && IPV6.matcher(t).matches()) {
            try {
                return new BigInteger(1, InetAddress.getByName(t).getAddress());
            } catch (UnknownHostException | RuntimeException e) {
                throw bad(whole, field);
            }
        }
        throw bad(whole, field);
    }

    private static ApiException bad(String text, String field) {
        return ApiException.badRequest(field + ": '" + Lengths.shown(text) + "' is not an IP address, CIDR block or "
                + "address range.");
    }
}
