package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an NSX-T ALB pool keeps besides its name, edge and member group, checked from what a client sent, with vCD's
 * defaults (EdgeLoadBalancerPool: enabled, LEAST_CONNECTIONS, port 80, a graceful timeout of 1 minute, passive
 * monitoring; members enabled with ratio 1). Members are addresses with an optional port and a ratio of 1 to 20;
 * health monitors are Avi's system ones by type; persistence is by client IP, TLS ticket, or a named cookie or
 * header. CA certificates (to check the members' certificates) need sslEnabled from API 37.0 on, and a common name
 * check needs them.
 */
public record AlbPoolBody(String description, boolean enabled, String algorithm, int defaultPort,
                          int gracefulTimeoutPeriod, boolean passiveMonitoringEnabled, List<String> healthMonitors,
                          List<Member> members, List<UUID> caCertificates, boolean commonNameCheckEnabled,
                          List<String> domainNames, Persistence persistence, boolean sslEnabled) {
    static final List<String> ALGORITHMS = List.of("LEAST_CONNECTIONS", "ROUND_ROBIN", "CONSISTENT_HASH",
            "FASTEST_RESPONSE", "LEAST_LOAD", "FEWEST_SERVERS", "RANDOM", "FEWEST_TASKS", "CORE_AFFINITY");
    static final List<String> MONITORS = List.of("HTTP", "HTTPS", "TCP", "UDP", "PING");
    static final List<String> PERSISTENCE = List.of("CLIENT_IP", "HTTP_COOKIE", "CUSTOM_HTTP_HEADER", "APP_COOKIE",
            "TLS");
    /** The persistence types that name a cookie or header in their value. */
    static final Set<String> NAMED_PERSISTENCE = Set.of("HTTP_COOKIE", "CUSTOM_HTTP_HEADER", "APP_COOKIE");
    static final int MAX_MEMBERS = 1000;
    static final int MAX_RATIO = 20;
    /** Avi's graceful disable timeout: -1 (infinite) to 7200 minutes. */
    static final int MAX_GRACEFUL_TIMEOUT = 7200;

    /** A member server: its address, its port (null: the port the client connected to) and ratio. */
    public record Member(boolean enabled, String ipAddress, Integer port, int ratio) {
    }

    /** How clients stick to a member: the type, and the cookie or header it reads for the named types. */
    public record Persistence(String type, String value) {
    }

    /** A member as sent (null: not sent). */
    public record MemberSpec(Boolean enabled, String ipAddress, Integer port, Integer ratio) {
    }

    /**
     * A pool as sent (null: not sent); {@code sslEnabled} null for a client before 37.0, which has no such field
     * (its certificates alone turn SSL to the members on).
     */
    public record Spec(String name, String description, UUID edgeId, Boolean enabled, String algorithm,
                       Integer defaultPort, Integer gracefulTimeoutPeriod, Boolean passiveMonitoringEnabled,
                       List<String> healthMonitors, List<MemberSpec> members, UUID memberGroupId,
                       List<UUID> caCertificates, Boolean commonNameCheckEnabled, List<String> domainNames,
                       Persistence persistence, Boolean sslEnabled) {
    }

    /** The body of a spec, refused (400) where vCD refuses it. */
    static AlbPoolBody of(Spec s) {
        String algorithm = NsxtEdges.oneOf(s.algorithm(), ALGORITHMS, "LEAST_CONNECTIONS", "A pool's algorithm");
        int port = s.defaultPort() == null ? 80 : port(s.defaultPort(), "defaultPort");
        int graceful = s.gracefulTimeoutPeriod() == null ? 1 : s.gracefulTimeoutPeriod();
        if (graceful < -1 || graceful > MAX_GRACEFUL_TIMEOUT) {
            throw ApiException.badRequest("gracefulTimeoutPeriod is -1 (infinite), 0 (immediate) or up to "
                    + MAX_GRACEFUL_TIMEOUT + " minutes, not " + graceful + ".");
        }
        List<Member> members = members(s.members());
        if (s.memberGroupId() != null && !members.isEmpty()) {
            throw ApiException.badRequest("A pool has members or a memberGroupRef, not both.");
        }
        List<UUID> certificates = s.caCertificates() == null ? List.of() : List.copyOf(new LinkedHashSet<>(
                s.caCertificates()));
        boolean ssl = s.sslEnabled() == null ? !certificates.isEmpty() : s.sslEnabled();
        if (!certificates.isEmpty() && !ssl) {
            throw ApiException.badRequest("A pool with caCertificateRefs needs sslEnabled.");
        }
        boolean cnCheck = Boolean.TRUE.equals(s.commonNameCheckEnabled());
        if (cnCheck && certificates.isEmpty()) {
            throw ApiException.badRequest("commonNameCheckEnabled needs caCertificateRefs to check the members' "
                    + "certificates with.");
        }
        List<String> domains = s.domainNames() == null ? List.of() : s.domainNames();
        for (String d : domains) {
            if (d == null || d.isBlank()) {
                throw ApiException.badRequest("A domain name of domainNames is empty.");
            }
            Lengths.atMost(d, NsxtEdges.MAX_NAME, "A domain name");
        }
        return new AlbPoolBody(NsxtEdges.description(s.description()), s.enabled() == null || s.enabled(),
                algorithm, port, graceful, s.passiveMonitoringEnabled() == null || s.passiveMonitoringEnabled(),
                monitors(s.healthMonitors()), members, certificates, cnCheck, List.copyOf(domains),
                persistence(s.persistence()), ssl);
    }

    private static List<Member> members(List<MemberSpec> specs) {
        if (specs == null) {
            return List.of();
        }
        if (specs.size() > MAX_MEMBERS) {
            throw ApiException.badRequest("A pool has at most " + MAX_MEMBERS + " members.");
        }
        List<Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MemberSpec m : specs) {
            if (m == null || m.ipAddress() == null || m.ipAddress().isBlank()) {
                throw ApiException.badRequest("A pool member needs an ipAddress.");
            }
            String ip = NsxtAddresses.single(m.ipAddress(), "A pool member's ipAddress");
            Integer port = m.port() == null || m.port() == 0 ? null : port(m.port(), "A pool member's port");
            int ratio = m.ratio() == null ? 1 : m.ratio();
            if (ratio < 1 || ratio > MAX_RATIO) {
                throw ApiException.badRequest("A pool member's ratio is 1 to " + MAX_RATIO + ", not " + ratio + ".");
            }
            if (!seen.add(ip + ":" + port)) {
                throw ApiException.badRequest("The pool lists member " + ip + (port == null ? "" : ":" + port)
                        + " twice.");
            }
            members.add(new Member(m.enabled() == null || m.enabled(), ip, port, ratio));
        }
        return List.copyOf(members);
    }

    private static List<String> monitors(List<String> types) {
        if (types == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String t : types) {
            kept.add(NsxtEdges.oneOf(t, MONITORS, null, "A health monitor's type"));
        }
        return List.copyOf(kept);
    }

    private static Persistence persistence(Persistence p) {
        if (p == null || (p.type() == null || p.type().isEmpty()) && (p.value() == null || p.value().isEmpty())) {
            return null;
        }
        String type = NsxtEdges.oneOf(p.type(), PERSISTENCE, null, "A persistence profile's type");
        String value = p.value() == null ? "" : p.value().trim();
        if (NAMED_PERSISTENCE.contains(type) && value.isEmpty()) {
            throw ApiException.badRequest("A " + type + " persistence profile needs a value: the name of the "
                    + (type.equals("CUSTOM_HTTP_HEADER") ? "header" : "cookie") + " it reads.");
        }
        Lengths.atMost(value, NsxtEdges.MAX_NAME, "A persistence profile's value");
        return new Persistence(type, NAMED_PERSISTENCE.contains(type) ? value : "");
    }

    static int port(int port, String field) {
        if (port < 1 || port > 65535) {
            throw ApiException.badRequest(field + " is a port from 1 to 65535, not " + port + ".");
        }
        return port;
    }

    /** The name vCD gives the persistence profile: Avi's system one, or the one it manages for the pool. */
    public static String persistenceName(Persistence p, UUID poolId) {
        return switch (p.type()) {
            case "CLIENT_IP" -> "System-Persistence-Client-IP";
            case "TLS" -> "System-Persistence-TLS";
            default -> "VCD-LoadBalancer-" + poolId + "-" + p.type();
        };
    }

    /** Avi's system health monitor of a type. */
    public static String monitorName(String type) {
        return "System-" + (type.equals("PING") ? "Ping" : type);
    }
}
