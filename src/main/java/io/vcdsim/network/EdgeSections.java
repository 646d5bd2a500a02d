package io.vcdsim.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.vcdsim.network.EdgeJsonFields.address;
import static io.vcdsim.network.EdgeJsonFields.addresses;
import static io.vcdsim.network.EdgeJsonFields.bool;
import static io.vcdsim.network.EdgeJsonFields.number;
import static io.vcdsim.network.EdgeJsonFields.object;
import static io.vcdsim.network.EdgeJsonFields.objects;
import static io.vcdsim.network.EdgeJsonFields.oneOf;
import static io.vcdsim.network.EdgeJsonFields.text;
import static io.vcdsim.network.EdgeJsonFields.texts;

/**
 * The NSX-T edge gateway's configuration sections, as go-vcloud-director v2.22 reads and writes them
 * (nsxt_edgegateway.go's QoS, DHCP forwarder and SLAAC profile; nsxt_edgegateway_dns.go, nsxt_route_advertisement.go,
 * nsxt_edgegateway_bgp_*.go, nsxt_edgegateway_static_route.go, nsxt_ipsec_vpn_tunnel.go, nsxt_l2_vpn_tunnel.go), with
 * the defaults a fresh edge shows. The simulator keeps them as sent; nothing routes or tunnels.
 */
public final class EdgeSections {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> GRACEFUL_MODES = List.of("DISABLE", "HELPER_ONLY", "GRACEFUL_RESTART",
            "HELPER_AND_GRACEFUL_RESTART");
    private static final String IPSEC = "ipsecTunnels";

    public static final List<EdgeSection> ALL = List.of(
            document("dns", "dns", "DNS forwarder", "{\"enabled\":false}", true, true, EdgeSections::dns,
                    "nsxtEdgeDns"),
            document("slaacProfile", "slaacProfile", "SLAAC profile", "{\"enabled\":false,\"mode\":\"DISABLED\","
                    + "\"dnsConfig\":{\"dnsServerIpv6Addresses\":[],\"domainNames\":[]}}", false, false,
                    EdgeSections::slaac, "nsxtEdgeSlaacProfile"),
            document("dhcpForwarder", "dhcpForwarder", "DHCP forwarder", "{\"enabled\":false}", true, false,
                    EdgeSections::dhcpForwarder, "nsxtEdgeDhcpForwarder"),
            document("qos", "qos", "QoS", "{\"egressProfile\":null,\"ingressProfile\":null}", false, false,
                    EdgeSections::qos, "nsxtEdgeQos"),
            document("routeAdvertisement", "routing/advertisement", "route advertisement",
                    "{\"enable\":false,\"subnets\":[]}", false, true, EdgeSections::routeAdvertisement,
                    "nsxtEdgeRouteAdvertisement"),
            document("bgp", "routing/bgp", "BGP configuration", "{\"enabled\":false,\"ecmp\":false,"
                    + "\"localASNumber\":\"65000\",\"gracefulRestart\":{\"mode\":\"HELPER_AND_GRACEFUL_RESTART\","
                    + "\"restartTimer\":180,\"staleRouteTimer\":600}}", true, false, EdgeSections::bgp,
                    "nsxtEdgeBgpConfig"),
            collection("bgpPrefixLists", "routing/bgp/prefixLists", "BGP IP prefix list", "{}", false,
                    EdgeSections::prefixList, "nsxtEdgeBgpPrefixList"),
            collection("bgpNeighbors", "routing/bgp/neighbors", "BGP neighbor", "{\"keepAliveTimer\":60,"
                    + "\"holdDownTimer\":180,\"allowASIn\":false,\"gracefulRestartMode\":\"HELPER_AND_GRACEFUL_RESTART\","
                    + "\"ipAddressTypeFiltering\":\"DISABLED\",\"bfd\":{\"enabled\":false,\"bfdInterval\":500,"
                    + "\"declareDeadMultiple\":3}}", false, EdgeSections::neighbor, "nsxtEdgeBgpNeighbor"),
            collection("staticRoutes", "routing/staticRoutes", "static route", "{\"systemOwned\":false}", false,
                    EdgeSections::staticRoute, "nsxtEdgeStaticRoute"),
            collection(IPSEC, "ipsec/tunnels", "IPSec VPN Tunnel", "{\"enabled\":true,\"logging\":false,"
                    + "\"securityType\":\"DEFAULT\",\"authenticationMode\":\"PSK\","
                    + "\"connectorInitiationMode\":\"INITIATOR\"}", true, EdgeSections::ipsec,
                    "nsxtEdgeIpSecVpnTunnel").withEffect(EdgeSections::defaultProfile),
            new EdgeSection("ipsecConnectionProperties", "connectionProperties", EdgeSection.Shape.ITEM_DOCUMENT,
                    "IPSec VPN Tunnel connection properties", json("{\"securityType\":\"DEFAULT\","
                    + "\"ikeConfiguration\":{\"ikeVersion\":\"IKE_V2\",\"encryptionAlgorithms\":[\"AES_128\"],"
                    + "\"digestAlgorithms\":[\"SHA2_256\"],\"dhGroups\":[\"GROUP14\"],\"saLifeTime\":86400},"
                    + "\"tunnelConfiguration\":{\"perfectForwardSecrecyEnabled\":true,\"dfPolicy\":\"COPY\","
                    + "\"encryptionAlgorithms\":[\"AES_GCM_128\"],\"digestAlgorithms\":[],\"dhGroups\":[\"GROUP14\"],"
                    + "\"saLifeTime\":3600},\"dpdConfiguration\":{\"probeInterval\":60}}"), false, false,
                    EdgeSections::connectionProperties, "nsxtEdgeIpSecVpnTunnelConnectionProperties", IPSEC, null,
                    EdgeSections::tunnelSecurityType),
            new EdgeSection("ipsecStatus", "status", EdgeSection.Shape.ITEM_VIEW, "IPSec VPN Tunnel status",
                    json("{}"), false, false, null, null, IPSEC, EdgeSections::ipsecStatus, null),
            collection("l2vpnTunnels", "l2vpn/tunnels", "L2 VPN tunnel", "{\"enabled\":true,\"logging\":false,"
                    + "\"connectorInitiationMode\":\"INITIATOR\",\"stretchedNetworks\":[]}", true,
                    EdgeSections::l2vpn, "nsxtEdgeL2VpnTunnel"));

    private static final Map<String, EdgeSection> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(EdgeSection::name, Function.identity()));

    private EdgeSections() {
    }

    public static EdgeSection named(String name) {
        return BY_NAME.get(name);
    }

    private static EdgeSection document(String name, String path, String what, String defaults, boolean version,
                                        boolean deletable, EdgeSection.Check check, String operation) {
        return new EdgeSection(name, path, EdgeSection.Shape.DOCUMENT, what, json(defaults), version, deletable, check,
                operation, null, null, null);
    }

    private static EdgeSection collection(String name, String path, String what, String defaults, boolean version,
                                          EdgeSection.Check check, String operation) {
        return new EdgeSection(name, path, EdgeSection.Shape.COLLECTION, what, json(defaults), version, true, check,
                operation, null, null, null);
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) NsxtEdges.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void dns(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        boolean enabled = bool(b, "enabled");
        address(b, "listenerIp", false);
        address(b, "snatRuleExternalIpAddress", false);
        bool(b, "snatRuleEnabled");
        ObjectNode zone = object(b, "defaultForwarderZone", enabled);
        if (zone != null) {
            forwarderZone(zone, false);
        }
        for (ObjectNode z : objects(b, "conditionalForwarderZones")) {
            forwarderZone(z, true);
        }
    }

    private static void forwarderZone(ObjectNode zone, boolean conditional) {
        text(zone, "displayName", true);
        if (addresses(zone, "upstreamServers", false).isEmpty()) {
            throw ApiException.badRequest("A DNS forwarder zone needs upstreamServers.");
        }
        if (conditional && texts(zone, "dnsDomainNames").isEmpty()) {
            throw ApiException.badRequest("A conditional DNS forwarder zone needs dnsDomainNames.");
        }
    }

    private static void slaac(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        bool(b, "enabled");
        oneOf(b, "mode", true, List.of("DISABLED", "SLAAC", "DHCPv6"));
        ObjectNode dns = object(b, "dnsConfig", false);
        addresses(dns, "dnsServerIpv6Addresses", false);
        texts(dns, "domainNames");
    }

    private static void dhcpForwarder(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        if (addresses(b, "dhcpServers", false).isEmpty() && bool(b, "enabled")) {
            throw ApiException.badRequest("An enabled DHCP forwarder needs dhcpServers.");
        }
    }

    private static void qos(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        for (String field : List.of("egressProfile", "ingressProfile")) {
            ObjectNode ref = object(b, field, false);
            if (ref != null) {
                text(ref, "id", true);
            }
        }
    }

    private static void routeAdvertisement(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        bool(b, "enable");
        addresses(b, "subnets", true);
    }

    private static void bgp(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        bool(b, "enabled");
        bool(b, "ecmp");
        asNumber(b, "localASNumber");
        ObjectNode restart = object(b, "gracefulRestart", false);
        if (restart != null) {
            oneOf(restart, "mode", true, GRACEFUL_MODES);
            number(restart, "restartTimer", 1, 3600, 180);
            number(restart, "staleRouteTimer", 1, 3600, 600);
        }
    }

    private static void asNumber(ObjectNode b, String field) {
        String as = text(b, field, true);
        if (!as.trim().matches("\\d{1,10}(\\.\\d{1,5})?")) {
            throw ApiException.badRequest(field + " is an AS number (asplain or asdot), not '"
                    + Lengths.shown(as) + "'.");
        }
    }

    private static void prefixList(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        unique(b, others, "name", "A BGP IP prefix list named");
        for (ObjectNode p : objects(b, "prefixes")) {
            NsxtAddresses.addressOrBlock(text(p, "network", true), "network");
            oneOf(p, "action", true, List.of("PERMIT", "DENY"));
            number(p, "greaterThanEqualTo", 0, 128, 0);
            number(p, "lessThanEqualTo", 0, 128, 0);
        }
    }

    private static void neighbor(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        address(b, "neighborAddress", true);
        unique(b, others, "neighborAddress", "A BGP neighbor with address");
        asNumber(b, "remoteASNumber");
        number(b, "keepAliveTimer", 1, 65535, 60);
        number(b, "holdDownTimer", 1, 65535, 180);
        oneOf(b, "gracefulRestartMode", false, GRACEFUL_MODES);
        oneOf(b, "ipAddressTypeFiltering", false, List.of("DISABLED", "IPV4", "IPV6"));
        text(b, "neighborPassword", false);
    }

    private static void staticRoute(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        text(b, "name", true);
        NsxtAddresses.addressOrBlock(text(b, "networkCidr", true), "networkCidr");
        List<ObjectNode> hops = objects(b, "nextHops");
        if (hops.isEmpty()) {
            throw ApiException.badRequest("A static route needs nextHops.");
        }
        for (ObjectNode hop : hops) {
            address(hop, "ipAddress", true);
            number(hop, "adminDistance", 1, 255, 1);
            ObjectNode scope = object(hop, "scope", false);
            if (scope != null) {
                text(scope, "id", true);
                oneOf(scope, "scopeType", true, List.of("NETWORK", "SYSTEM_OWNED"));
            }
        }
    }

    /** vCD's IPsec rule: no two tunnels of an edge between the same local and remote addresses. */
    private static void ipsec(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        text(b, "name", true);
        ObjectNode local = object(b, "localEndpoint", true);
        ObjectNode remote = object(b, "remoteEndpoint", true);
        String localAddress = address(local, "localAddress", true);
        addresses(local, "localNetworks", true);
        String remoteAddress = address(remote, "remoteAddress", true);
        addresses(remote, "remoteNetworks", true);
        String mode = oneOf(b, "authenticationMode", true, List.of("PSK", "CERTIFICATE"));
        if (mode.equals("PSK")) {
            text(b, "preSharedKey", true);
        } else {
            text(object(b, "certificateRef", true), "id", true);
            text(object(b, "caCertificateRef", true), "id", true);
        }
        oneOf(b, "securityType", false, List.of("DEFAULT", "CUSTOM"));
        oneOf(b, "connectorInitiationMode", false, List.of("INITIATOR", "RESPOND_ONLY", "ON_DEMAND"));
        for (ObjectNode o : others) {
            if (localAddress.equals(o.path("localEndpoint").path("localAddress").asText())
                    && remoteAddress.equals(o.path("remoteEndpoint").path("remoteAddress").asText())) {
                throw ApiException.badRequest("IPSec VPN Tunnel with local address " + localAddress
                        + " and remote address " + remoteAddress + " is already in use.");
            }
        }
    }

    private static void connectionProperties(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        oneOf(b, "securityType", true, List.of("DEFAULT", "CUSTOM"));
        ObjectNode ike = object(b, "ikeConfiguration", false);
        oneOf(ike, "ikeVersion", false, List.of("IKE_V1", "IKE_V2", "IKE_FLEX"));
        ObjectNode tunnel = object(b, "tunnelConfiguration", false);
        oneOf(tunnel, "dfPolicy", false, List.of("COPY", "CLEAR"));
        for (ObjectNode part : new ObjectNode[] {ike, tunnel}) {
            texts(part, "encryptionAlgorithms");
            texts(part, "digestAlgorithms");
            texts(part, "dhGroups");
            number(part, "saLifeTime", 0, Integer.MAX_VALUE, 0);
        }
        number(object(b, "dpdConfiguration", false), "probeInterval", 0, 3600, 60);
    }

    /** A tunnel's securityType says whether its connection properties are its own (CUSTOM), as vCD shows it. */
    private static void tunnelSecurityType(ObjectNode properties, UUID tunnelId, EdgeSection.Documents docs) {
        docs.find(IPSEC, tunnelId).ifPresent(t -> docs.put(IPSEC, tunnelId,
                t.put("securityType", properties.path("securityType").asText("DEFAULT"))));
    }

    /** A tunnel set back to DEFAULT security drops its custom connection properties. */
    private static void defaultProfile(ObjectNode tunnel, UUID tunnelId, EdgeSection.Documents docs) {
        if ("DEFAULT".equals(tunnel.path("securityType").asText())) {
            docs.delete("ipsecConnectionProperties", tunnelId);
        }
    }

    /** What vCD reports of a tunnel: up when enabled (nothing here can fail to negotiate). */
    private static ObjectNode ipsecStatus(ObjectNode tunnel) {
        String status = tunnel.path("enabled").asBoolean(true) ? "UP" : "DOWN";
        ObjectNode out = NsxtEdges.JSON.createObjectNode().put("tunnelStatus", status);
        out.putObject("ikeStatus").put("ikeServiceStatus", status).put("failReason", "");
        return out;
    }

    /** A SERVER session gets its peer code, which a CLIENT session of the other side is given. */
    private static void l2vpn(ObjectNode b, ObjectNode old, List<ObjectNode> others) {
        text(b, "name", true);
        unique(b, others, "name", "An L2 VPN tunnel named");
        String mode = oneOf(b, "sessionMode", true, List.of("SERVER", "CLIENT"));
        if (old != null && !mode.equals(old.path("sessionMode").asText())) {
            throw ApiException.badRequest("An L2 VPN tunnel's sessionMode cannot change.");
        }
        address(b, "localEndpointIP", true);
        address(b, "remoteEndpointIP", true);
        String tunnelInterface = text(b, "tunnelInterface", false);
        if (tunnelInterface != null && !tunnelInterface.isBlank()) {
            NsxtAddresses.addressOrBlock(tunnelInterface, "tunnelInterface");
        }
        oneOf(b, "connectorInitiationMode", false, List.of("INITIATOR", "RESPOND_ONLY", "ON_DEMAND"));
        for (ObjectNode n : objects(b, "stretchedNetworks")) {
            text(object(n, "networkRef", true), "id", true);
            number(n, "tunnelId", 0, 4093, 0);
        }
        String peerCode = text(b, "peerCode", false);
        if (mode.equals("CLIENT") && (peerCode == null || peerCode.isBlank())) {
            throw ApiException.badRequest("A CLIENT L2 VPN tunnel needs the peerCode of its SERVER.");
        }
        if (mode.equals("SERVER")) {
            String kept = old == null ? "" : old.path("peerCode").asText("");
            if (kept.isEmpty()) {
                byte[] code = new byte[96];
                RANDOM.nextBytes(code);
                kept = Base64.getEncoder().encodeToString(code);
            }
            b.put("peerCode", kept);
        }
    }

    private static void unique(ObjectNode b, List<ObjectNode> others, String field, String what) {
        String value = b.path(field).asText();
        if (others.stream().anyMatch(o -> value.equals(o.path(field).asText()))) {
            throw ApiException.badRequest(what + " " + Lengths.shown(value) + " already exists.");
        }
    }
}
