package io.vcdsim.core;

import java.math.BigInteger;

/**
 * Addresses of both families as numbers and back. Each address has one spelling, so stored addresses compare as
 * text: an IPv4 address is taken only in its dotted decimal form without leading zeros; an IPv6 address is taken
 * in any RFC 4291 text form (with {@code ::}, leading zeros, upper case, a dotted IPv4 tail) and written in the
 * expanded form vCD answers with, eight groups of lower-case hex without leading zeros
 * ({@code fe80:0:0:0:0:0:0:aaaa}, as Java's {@code Inet6Address.getHostAddress()} writes it). No name is ever
 * resolved: these are parsed, not looked up.
 */
public final class IpAddresses {
    public static final int V4_BITS = 32;
    public static final int V6_BITS = 128;
    /** Longer text is no address of either family (45 is the longest IPv6 form with a dotted tail). */
    private static final int MAX_TEXT = 45;

    private IpAddresses() {
    }

    /** An address: its number and its family's width in bits (32 or 128). */
    public record Address(BigInteger value, int bits) {
        public boolean v6() {
            return bits == V6_BITS;
        }

        public String text() {
            return IpAddresses.text(value, bits);
        }
    }

    /** The address {@code text} spells, or null when it is no address of either family. */
    public static Address parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
            return null;
        }
        if (text.indexOf(':') >= 0) {
            BigInteger v = v6(text);
            return v == null ? null : new Address(v, V6_BITS);
        }
        long v = v4(text);
        return v < 0 ? null : new Address(BigInteger.valueOf(v), V4_BITS);
    }

    /** The dotted IPv4 address as a number, or -1 if it is not one. */
    static long v4(String text) {
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

    private static BigInteger v6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null; // one "::" at most
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] front = groups(head, gap < 0);
        int[] back = gap < 0 ? new int[0] : groups(tail, true);
        if (front == null || back == null) {
            return null;
        }
        int given = front.length + back.length;
        if (gap < 0 ? given != 8 : given > 7) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        int[] all = new int[8];
        System.arraycopy(front, 0, all, 0, front.length);
        System.arraycopy(back, 0, all, 8 - back.length, back.length);
        for (int g : all) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return value;
    }

    /** The 16-bit groups of one side of a "::" (a dotted IPv4 address may end the last side, as two groups). */
    private static int[] groups(String side, boolean last) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int dotted = last && parts[parts.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] out = new int[parts.length + dotted];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (dotted == 1 && i == parts.length - 1) {
                long v4 = v4(p);
                if (v4 < 0) {
                    return null;
                }
                out[i] = (int) (v4 >> 16);
                out[i + 1] = (int) (v4 & 0xffff);
                continue;
            }
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(IpAddresses::hex)) {
                return null;
            }
            out[i] = Integer.parseInt(p, 16);
        }
        return out;
    }

    private static boolean hex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The one spelling of an address of {@code bits} bits. */
    public static String text(BigInteger value, int bits) {
        if (bits == V4_BITS) {
            long a = value.longValue();
            return (a >> 24 & 0xff) + "." + (a >> 16 & 0xff) + "." + (a >> 8 & 0xff) + "." + (a & 0xff);
        }
        StringBuilder s = new StringBuilder();
        for (int shift = 112; shift >= 0; shift -= 16) {
            s.append(Integer.toHexString(value.shiftRight(shift).intValue() & 0xffff));
            if (shift > 0) {
                s.append(':');
            }
        }
        return s.toString();
    }

    /** The mask of a prefix length in a family of {@code bits} bits: 24 of 32 is 255.255.255.0 as a number. */
    public static BigInteger mask(int prefixLength, int bits) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return all.xor(BigInteger.ONE.shiftLeft(bits - prefixLength).subtract(BigInteger.ONE));
    }

    /** The largest address of a family of {@code bits} bits (all ones). */
    public static BigInteger all(int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }
}
