package io.vcdsim.provider;

import io.vcdsim.core.ApiException;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * {@code POST /cloudapi/1.0.0/testConnection} for a simulator: vcdsim opens no connection and looks no name up, so it
 * answers from what it simulates. This server itself answers (at the host the caller reached it by, or a loopback
 * name) on its HTTPS port with a TLS handshake and on its HTTP port without one; a simulated vCenter ({@code vc1},
 * {@code vc2}, {@code vc3}, bare or in {@code .vcdsim.invalid}) answers on 443 with
 * TLS. Any other address is unreachable: an IP address cannot be connected to, a name cannot be resolved.
 */
public final class ConnectionProbe {
    static final int HTTPS = 443;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-fA-F:]*:[0-9a-fA-F:.]*]?");
    private final IntSupplier httpPort;
    private final IntSupplier httpsPort;

    public ConnectionProbe(IntSupplier httpPort, IntSupplier httpsPort) {
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    /** Where to connect: a host (or IP address), a port, and whether to make a TLS handshake there. */
    public record Target(String host, int port, boolean secure) {
    }

    /**
     * vCD's ProbeResult: {@code connectionResult} SUCCESS, ERROR_CANNOT_RESOLVE_IP or ERROR_CANNOT_CONNECT;
     * {@code sslResult} SUCCESS or ERROR_SSL_ERROR for a secure probe that connected, else null.
     */
    public record Result(String result, String resolvedIp, boolean canConnect, boolean sslHandshake,
                         String connectionResult, String sslResult) {
    }

    /** The probe of {@code t}; {@code ownHost} is the host the caller reached this server by. */
    public Result probe(Target t, String ownHost) {
        if (t.host() == null || t.host().isBlank() || t.host().length() > 255) {
            throw ApiException.badRequest("host must be a host name or IP address of 1 to 255 characters.");
        }
        if (t.port() < 1 || t.port() > 65535) {
            throw ApiException.badRequest("port must be from 1 to 65535, not " + t.port() + ".");
        }
        String host = t.host().trim().toLowerCase(Locale.ROOT);
        String ip = IP.matcher(host).matches() ? host : null;
        boolean self = host.equals(ownHost.toLowerCase(Locale.ROOT)) || LOOPBACK.contains(host);
        if (self && t.port() == httpsPort.getAsInt() || simulatedVCenter(host) && t.port() == HTTPS) {
            return connected(ip, t.secure(), true);
        }
        if (self && t.port() == httpPort.getAsInt()) {
            return connected(ip, t.secure(), false);
        }
        if (ip != null || self || simulatedVCenter(host)) {
            return new Result("Cannot connect to " + t.host() + ":" + t.port() + ": connection refused.", ip, false,
                    false, "ERROR_CANNOT_CONNECT", null);
        }
        return new Result("Cannot resolve the IP address of " + t.host() + ".", null, false, false,
                "ERROR_CANNOT_RESOLVE_IP", null);
    }

    private static Result connected(String ip, boolean secure, boolean speaksTls) {
        if (!secure) {
            return new Result("Connection successful.", ip, true, false, "SUCCESS", null);
        }
        return speaksTls ? new Result("Connection successful.", ip, true, true, "SUCCESS", "SUCCESS")
                : new Result("Connected, but the SSL handshake failed: unsupported or unrecognized SSL message.", ip,
                true, false, "SUCCESS", "ERROR_SSL_ERROR");
    }

    /** A simulated vCenter's name (the only hosts a registered vCenter server connects to). */
    private static boolean simulatedVCenter(String host) {
        return Inventory.vCenterAt("https://" + host).isPresent();
    }
}
