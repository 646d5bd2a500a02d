package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.Lengths;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an IP space hands out: floating IPs from its IP ranges, in address order, and prefixes of a length from its
 * prefix sequences of that length, in order; never a value already allocated.
 */
public final class IpSpacePool {
    public static final String FLOATING_IP = "FLOATING_IP";
    public static final String IP_PREFIX = "IP_PREFIX";
    private final IpSpaceConfig.Body config;

    public IpSpacePool(IpSpaceConfig.Body config) {
        this.config = config;
    }

    /** The first {@code quantity} values of {@code type} (prefixes: of {@code length}) not in {@code taken}. */
    List<String> next(String type, Integer length, int quantity, Set<String> taken) {
        List<String> found = new ArrayList<>();
        for (Candidates c : candidates(type, length)) {
            for (long i = 0; i < c.count() && found.size() < quantity; i++) {
                String value = c.value(i);
                if (!taken.contains(value)) {
                    found.add(value);
                }
            }
        }
        if (found.size() < quantity) {
            throw ApiException.badRequest(FLOATING_IP.equals(type)
                    ? "IP space " + config.name + " has " + found.size() + " unallocated IP address(es) in its IP "
                    + "ranges, not " + quantity + "."
                    : "IP space " + config.name + " has " + found.size() + " unallocated /" + length + " prefix(es), "
                    + "not " + quantity + ".");
        }
        return found;
    }

    /** The value given, in the space's own spelling, if the space offers it; 400 otherwise. */
    String offered(String type, Integer length, String value) {
        String text = value.trim();
        int slash = text.indexOf('/');
        if (FLOATING_IP.equals(type) == (slash >= 0)) {
            throw ApiException.badRequest("A " + type + " value is " + (slash >= 0 ? "an IP address" : "a CIDR")
                    + ", not '" + Lengths.shown(text) + "'.");
        }
        IpAddresses.Address a = IpSpaceConfig.address(slash < 0 ? text : text.substring(0, slash), "value");
        String asked = a.text() + (slash < 0 ? "" : text.substring(slash));
        for (Candidates c : candidates(type, slash < 0 ? length : prefixLength(text.substring(slash + 1)))) {
            BigInteger offset = a.value().subtract(c.first());
            if (offset.signum() >= 0 && offset.mod(c.step()).signum() == 0
                    && offset.divide(c.step()).compareTo(BigInteger.valueOf(c.count())) < 0) {
                return asked;
            }
        }
        throw ApiException.badRequest("IP space " + config.name + " has no " + type + " " + asked + " in its "
                + (FLOATING_IP.equals(type) ? "IP ranges." : "prefix sequences."));
    }

    /** Whether an allocated value (an address, or a prefix by its first address) lies in the block. */
    public static boolean inBlock(IpSpaceConfig.Block b, String value) {
        int slash = value.indexOf('/');
        IpAddresses.Address a = IpAddresses.parse(slash < 0 ? value : value.substring(0, slash));
        return a != null && b.holds(new IpSpaceConfig.Block(a.value(), a.value(), a.bits()));
    }

    /** One range's addresses, or one sequence's prefixes: {@code count} values {@code step} apart from first. */
    private record Candidates(BigInteger first, BigInteger step, long count, int bits, String suffix) {
        String value(long i) {
            return IpAddresses.text(first.add(step.multiply(BigInteger.valueOf(i))), bits) + suffix;
        }
    }

    private List<Candidates> candidates(String type, Integer length) {
        List<Candidates> all = new ArrayList<>();
        if (FLOATING_IP.equals(type)) {
            for (IpSpaceConfig.Range r : config.ipSpaceRanges.ipRanges) {
                IpSpaceConfig.Block b = IpSpaceConfig.range(r);
                all.add(new Candidates(b.first(), BigInteger.ONE, b.count(), b.bits(), ""));
            }
            return all;
        }
        for (IpSpaceConfig.Prefixes p : config.ipSpacePrefixes) {
            for (IpSpaceConfig.Sequence s : p.ipPrefixSequence) {
                if (s.prefixLength.equals(length)) {
                    IpSpaceConfig.Block b = IpSpaceConfig.sequence(s);
                    all.add(new Candidates(b.first(), BigInteger.ONE.shiftLeft(b.bits() - length), s.totalPrefixCount,
                            b.bits(), "/" + length));
                }
            }
        }
        return all;
    }

    private static Integer prefixLength(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("An IP_PREFIX value is address/prefix length, not '/"
                    + Lengths.shown(text) + "'.");
        }
    }
}
