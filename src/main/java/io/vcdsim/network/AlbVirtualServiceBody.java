package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.Lengths;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an NSX-T ALB virtual service keeps besides its name, edge, pool, group and addresses, checked from what a
 * client sent: its application profile (HTTP, HTTPS, L4 or L4_TLS; HTTPS and L4_TLS serve with a certificate, as does
 * any port with sslEnabled), its service ports (a port or a range of 1 to 65535, none overlapping another, each with
 * a TCP/UDP profile: TCP_PROXY unless an L4 service asks for a fast path), transparent mode.
 */
public record AlbVirtualServiceBody(String description, boolean enabled, String applicationProfile,
                                    UUID certificateId, List<Port> ports, boolean transparentModeEnabled) {
    static final List<String> PROFILES = List.of("HTTP", "HTTPS", "L4", "L4_TLS");
    static final List<String> TCP_UDP = List.of("TCP_PROXY", "TCP_FAST_PATH", "UDP_FAST_PATH");
    static final Set<String> WITH_CERTIFICATE = Set.of("HTTPS", "L4_TLS");
    static final int MAX_PORTS = 64;

    /** A service port or range ({@code end} null for one port), whether it serves TLS, its TCP/UDP profile. */
    public record Port(int start, Integer end, boolean sslEnabled, String tcpUdpProfile) {
        int last() {
            return end == null ? start : end;
        }

        boolean overlaps(Port o) {
            return start <= o.last() && o.start <= last();
        }
    }

    /** A port as sent (null: not sent). */
    public record PortSpec(Integer start, Integer end, Boolean sslEnabled, String tcpUdpProfile) {
    }

    /**
     * A virtual service as sent (null: not sent); the IPv6 address null for clients before 37.0 and transparent mode
     * for clients before 37.1, which have no such fields: a new service has none, a changed one keeps its own.
     */
    public record Spec(String name, String description, Boolean enabled, String applicationProfile, UUID edgeId,
                       UUID poolId, UUID groupId, UUID certificateId, List<PortSpec> ports, String virtualIp,
                       String ipv6VirtualIp, Boolean transparentModeEnabled) {
    }

    /**
     * The body of a spec, refused (400) where vCD refuses it; {@code transparentOtherwise} is the transparent mode of
     * a client that has no such field.
     */
    static AlbVirtualServiceBody of(Spec s, boolean transparentOtherwise) {
        String profile = NsxtEdges.oneOf(s.applicationProfile(), PROFILES, null, "applicationProfile.type");
        if (WITH_CERTIFICATE.contains(profile) && s.certificateId() == null) {
            throw ApiException.badRequest("An " + profile + " virtual service needs a certificateRef.");
        }
        List<Port> ports = ports(s.ports(), profile);
        if (s.certificateId() == null && ports.stream().anyMatch(Port::sslEnabled)) {
            throw ApiException.badRequest("A service port with sslEnabled needs the virtual service's "
                    + "certificateRef.");
        }
        return new AlbVirtualServiceBody(NsxtEdges.description(s.description()), s.enabled() == null || s.enabled(),
                profile, s.certificateId(), ports, s.transparentModeEnabled() == null ? transparentOtherwise
                : s.transparentModeEnabled());
    }

    /** The IPv4 address, or null when none is sent; anything else is a 400. */
    static String virtualIp(String text) {
        return address(text, false, "virtualIpAddress");
    }

    /** The IPv6 address, or null when none is sent; anything else is a 400. */
    static String ipv6VirtualIp(String text) {
        return address(text, true, "ipv6VirtualIpAddress");
    }

    private static String address(String text, boolean v6, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        IpAddresses.Address a = IpAddresses.parse(text.trim());
        if (a == null || a.v6() != v6) {
            throw ApiException.badRequest(field + " is an IPv" + (v6 ? "6" : "4") + " address, not '"
                    + Lengths.shown(text) + "'.");
        }
        return a.text();
    }

    private static List<Port> ports(List<PortSpec> specs, String profile) {
        if (specs == null || specs.isEmpty()) {
            throw ApiException.badRequest("A virtual service needs servicePorts.");
        }
        if (specs.size() > MAX_PORTS) {
            throw ApiException.badRequest("A virtual service has at most " + MAX_PORTS + " service ports.");
        }
        List<Port> ports = new ArrayList<>();
        for (PortSpec p : specs) {
            if (p == null || p.start() == null) {
                throw ApiException.badRequest("A service port needs portStart.");
            }
            int start = AlbPoolBody.port(p.start(), "portStart");
            Integer end = p.end() == null ? null : AlbPoolBody.port(p.end(), "portEnd");
            if (end != null && end < start) {
                throw ApiException.badRequest("A service port range runs from portStart to a portEnd no lower: "
                        + start + "-" + end + " does not.");
            }
            String type = NsxtEdges.oneOf(p.tcpUdpProfile(), TCP_UDP, "TCP_PROXY", "A service port's tcpUdpProfile");
            if (!profile.equals("L4") && !type.equals("TCP_PROXY")) {
                throw ApiException.badRequest("An " + profile + " virtual service's ports use the TCP_PROXY profile, "
                        + "not " + type + ".");
            }
            Port port = new Port(start, end, Boolean.TRUE.equals(p.sslEnabled()), type);
            for (Port other : ports) {
                if (other.overlaps(port)) {
                    throw ApiException.badRequest("Service ports " + text(other) + " and " + text(port)
                            + " overlap.");
                }
            }
            ports.add(port);
        }
        return List.copyOf(ports);
    }

    static String text(Port p) {
        return p.end() == null ? Integer.toString(p.start()) : p.start() + "-" + p.end();
    }
}
