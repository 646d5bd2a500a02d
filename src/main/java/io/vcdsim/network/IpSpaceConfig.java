package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.Lengths;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An IP space's configuration as go-vcloud-director's {@code types.IpSpace} writes it, and its check: internal scope
 * CIDRs of one family, IP ranges and prefix sequences inside them that do not overlap, quotas of -1 (none) or more.
 * The checked body is what is stored (as JSON); ranges and sequences are given ids there.
 */
public final class IpSpaceConfig {
    public static final List<String> TYPES = List.of("PUBLIC", "SHARED_SERVICES", "PRIVATE");
    static final int MAX_NAME = 128;
    static final int MAX_SCOPES = 16;
    static final int MAX_RANGES = 64;
    static final int MAX_SEQUENCES = 64;
    /** Prefixes one sequence offers: enough for any test, few enough to count one by one. */
    static final int MAX_PREFIX_COUNT = 65_536;

    public static final class Ref {
        public String id;
        public String name;
    }

    public static final class Range {
        public String id;
        public String startIpAddress;
        public String endIpAddress;
    }

    public static final class Ranges {
        public List<Range> ipRanges;
        public Integer defaultFloatingIpQuota;
    }

    public static final class Sequence {
        public String id;
        public String startingPrefixIpAddress;
        public Integer prefixLength;
        public Integer totalPrefixCount;
    }

    public static final class Prefixes {
        public List<Sequence> ipPrefixSequence;
        public Integer defaultQuotaForPrefixLength;
    }

    public static final class GatewayServices {
        public boolean enableDefaultFirewallRuleCreation;
        public boolean enableDefaultNoSnatRuleCreation;
        public boolean enableDefaultSnatRuleCreation;
    }

    /** The body of a POST or PUT; what is not listed here (utilization, status) is vCD's to say. */
    public static final class Body {
        public String id;
        public String name;
        public String description;
        public String type;
        public Ref orgRef;
        public List<String> ipSpaceInternalScope;
        public String ipSpaceExternalScope;
        public Ranges ipSpaceRanges;
        public List<Prefixes> ipSpacePrefixes;
        public boolean routeAdvertisementEnabled;
        public GatewayServices defaultGatewayServiceConfig;
    }

    /** Consecutive addresses {@code first..last} of a family of {@code bits} bits. */
    public record Block(BigInteger first, BigInteger last, int bits) {
        public boolean holds(Block o) {
            return bits == o.bits && first.compareTo(o.first) <= 0 && last.compareTo(o.last) >= 0;
        }

        public boolean overlaps(Block o) {
            return bits == o.bits && first.compareTo(o.last) <= 0 && o.first.compareTo(last) <= 0;
        }

        public BigInteger size() {
            return last.subtract(first).add(BigInteger.ONE);
        }

        /** How many addresses: an IPv6 block's count stops at Long.MAX_VALUE. */
        public long count() {
            return size().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        }
    }

    private IpSpaceConfig() {
    }

    /** The body checked in itself (its references are the service's to check); ranges and sequences get ids. */
    static Body checked(Body b) {
        Lengths.name(b.name, MAX_NAME, "IP space");
        Lengths.atMost(b.description, NetworkService.MAX_DESCRIPTION, "Description");
        NsxtEdges.oneOf(b.type, TYPES, null, "An IP space's type");
        List<String> scopeTexts = b.ipSpaceInternalScope == null ? List.of() : b.ipSpaceInternalScope;
        if (scopeTexts.isEmpty() || scopeTexts.size() > MAX_SCOPES) {
            throw ApiException.badRequest("An IP space has 1 to " + MAX_SCOPES + " CIDRs in ipSpaceInternalScope.");
        }
        List<Block> scopes = new ArrayList<>();
        for (String s : scopeTexts) {
            Block block = cidr(s, "ipSpaceInternalScope");
            if (scopes.stream().anyMatch(block::overlaps) || (!scopes.isEmpty() && scopes.get(0).bits != block.bits)) {
                throw ApiException.badRequest("ipSpaceInternalScope: " + s + " overlaps another CIDR or is of "
                        + "another IP version.");
            }
            scopes.add(block);
        }
        if (b.ipSpaceExternalScope != null && !b.ipSpaceExternalScope.isBlank()) {
            cidr(b.ipSpaceExternalScope, "ipSpaceExternalScope");
        }
        List<Block> taken = new ArrayList<>();
        Ranges ranges = b.ipSpaceRanges == null ? new Ranges() : b.ipSpaceRanges;
        ranges.ipRanges = ranges.ipRanges == null ? List.of() : ranges.ipRanges;
        if (ranges.ipRanges.size() > MAX_RANGES) {
            throw ApiException.badRequest("An IP space has at most " + MAX_RANGES + " IP ranges.");
        }
        ranges.defaultFloatingIpQuota = quota(ranges.defaultFloatingIpQuota, "defaultFloatingIpQuota");
        for (Range r : ranges.ipRanges) {
            if (r == null) {
                throw ApiException.badRequest("An IP range in ipRanges is null.");
            }
            inScope(range(r), scopes, taken, "IP range " + r.startIpAddress + "-" + r.endIpAddress);
            r.id = id(r.id);
        }
        b.ipSpaceRanges = ranges;
        List<Prefixes> prefixes = b.ipSpacePrefixes == null ? List.of() : b.ipSpacePrefixes;
        Set<Integer> lengths = new HashSet<>();
        for (Prefixes p : prefixes) {
            List<Sequence> sequences = p == null || p.ipPrefixSequence == null ? List.of() : p.ipPrefixSequence;
            if (sequences.isEmpty() || sequences.size() > MAX_SEQUENCES || sequences.contains(null)) {
                throw ApiException.badRequest("Each of ipSpacePrefixes has 1 to " + MAX_SEQUENCES + " prefix "
                        + "sequences (ipPrefixSequence).");
            }
            p.defaultQuotaForPrefixLength = quota(p.defaultQuotaForPrefixLength, "defaultQuotaForPrefixLength");
            Integer length = sequences.get(0).prefixLength;
            for (Sequence s : sequences) {
                if (s.prefixLength == null || !s.prefixLength.equals(length)) {
                    throw ApiException.badRequest("The prefix sequences of one entry of ipSpacePrefixes share one "
                            + "prefixLength.");
                }
                inScope(sequence(s), scopes, taken, "Prefix sequence " + s.startingPrefixIpAddress + "/"
                        + s.prefixLength);
                s.id = id(s.id);
            }
            if (!lengths.add(length)) {
                throw ApiException.badRequest("ipSpacePrefixes has one entry per prefix length; " + length
                        + " is given twice.");
            }
        }
        b.ipSpacePrefixes = prefixes;
        b.ipSpaceInternalScope = List.copyOf(scopeTexts);
        if (b.defaultGatewayServiceConfig == null) {
            b.defaultGatewayServiceConfig = new GatewayServices();
        }
        return b;
    }

    /** The addresses of an IP range, checked: two addresses of one family, the first not above the last. */
    public static Block range(Range r) {
        IpAddresses.Address start = address(r.startIpAddress, "startIpAddress");
        IpAddresses.Address end = address(r.endIpAddress, "endIpAddress");
        if (start.bits() != end.bits() || start.value().compareTo(end.value()) > 0) {
            throw ApiException.badRequest("IP range " + r.startIpAddress + "-" + r.endIpAddress + " does not go from "
                    + "a lower to a higher address of one IP version.");
        }
        return new Block(start.value(), end.value(), start.bits());
    }

    /** The addresses a prefix sequence covers: {@code totalPrefixCount} aligned blocks of its prefix length. */
    public static Block sequence(Sequence s) {
        IpAddresses.Address start = address(s.startingPrefixIpAddress, "startingPrefixIpAddress");
        int length = s.prefixLength == null ? -1 : s.prefixLength;
        if (length < 1 || length > start.bits()) {
            throw ApiException.badRequest("A prefix sequence's prefixLength is 1 to " + start.bits() + ".");
        }
        if (s.totalPrefixCount == null || s.totalPrefixCount < 1 || s.totalPrefixCount > MAX_PREFIX_COUNT) {
            throw ApiException.badRequest("A prefix sequence's totalPrefixCount is 1 to " + MAX_PREFIX_COUNT + ".");
        }
        BigInteger size = BigInteger.ONE.shiftLeft(start.bits() - length);
        if (!start.value().mod(size).equals(BigInteger.ZERO)) {
            throw ApiException.badRequest("Prefix sequence " + s.startingPrefixIpAddress + "/" + length + ": the "
                    + "starting address is not the first of a /" + length + " block.");
        }
        return new Block(start.value(), start.value().add(size.multiply(BigInteger.valueOf(s.totalPrefixCount)))
                .subtract(BigInteger.ONE), start.bits());
    }

    /** A CIDR {@code address/length} (the address may have host bits, as vCD takes it); its whole block. */
    static Block cidr(String text, String field) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw ApiException.badRequest(field + ": '" + Lengths.shown(String.valueOf(text))
                    + "' is not a CIDR (address/prefix length).");
        }
        IpAddresses.Address a = address(text.substring(0, slash), field);
        int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length < 1 || length > a.bits()) {
            throw ApiException.badRequest(field + ": '" + Lengths.shown(text) + "' has no prefix length "
                    + "of 1 to " + a.bits() + ".");
        }
        BigInteger first = a.value().and(IpAddresses.mask(length, a.bits()));
        return new Block(first, first.add(BigInteger.ONE.shiftLeft(a.bits() - length)).subtract(BigInteger.ONE),
                a.bits());
    }

    static IpAddresses.Address address(String text, String field) {
        IpAddresses.Address a = IpAddresses.parse(text == null ? null : text.trim());
        if (a == null) {
            throw ApiException.badRequest(field + ": '" + Lengths.shown(String.valueOf(text))
                    + "' is not an IP address.");
        }
        return a;
    }

    private static void inScope(Block b, List<Block> scopes, List<Block> taken, String what) {
        if (scopes.stream().noneMatch(s -> s.holds(b))) {
            throw ApiException.badRequest(what + " is not inside the IP space's internal scope.");
        }
        if (taken.stream().anyMatch(b::overlaps)) {
            throw ApiException.badRequest(what + " overlaps another IP range or prefix sequence of the IP space.");
        }
        taken.add(b);
    }

    private static int quota(Integer quota, String field) {
        if (quota == null) {
            return -1;
        }
        if (quota < -1) {
            throw ApiException.badRequest(field + " is -1 (unlimited) or a count of 0 or more, not " + quota + ".");
        }
        return quota;
    }

    /** An id a range or sequence keeps when a PUT gives it back; a new one otherwise. */
    private static String id(String given) {
        return given != null && given.length() <= 64 && !given.isBlank() ? given : UUID.randomUUID().toString();
    }
}
