package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NSX-T edge's configuration sections as go-vcloud-director v2.22 drives them: a document (GetDnsConfig,
 * UpdateSlaacProfile: GET, PUT then GET again, DELETE back to the defaults) and a collection (CreateStaticRoute and
 * CreateIpSecVpnTunnel: POST, the new id in the task's Details, list, GET, PUT and DELETE by id).
 */
class CloudApiNsxtEdgeConfigTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcUrn;
    static String external;
    static String edge;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        external = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.70.0");
        edge = NsxtServiceCalls.edge(admin, "config-edge", vdcUrn, external, "10.70.0.1");
    }

    static String at(String edgeId, String path) {
        return V1 + "/edgeGateways/" + edgeId + "/" + path;
    }

    /** The finished task a 202 names (it succeeded). */
    static Http.Res done(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = who.awaitTask(who.get(accepted.header("Location")));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.child("Owner").getAttribute("id")).isEqualTo(edge);
        return task;
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static ObjectNode route(String name, String cidr) {
        return json("{\"name\":\"" + name + "\",\"description\":\"d\",\"networkCidr\":\"" + cidr + "\",\"nextHops\":"
                + "[{\"ipAddress\":\"10.70.0.5\",\"adminDistance\":4}]}");
    }

    static ObjectNode tunnel(String name, String remote) {
        return json("{\"name\":\"" + name + "\",\"enabled\":true,\"localEndpoint\":{\"localAddress\":\"10.70.0.1\","
                + "\"localNetworks\":[\"10.10.10.0/24\"]},\"remoteEndpoint\":{\"remoteId\":\"" + remote + "\","
                + "\"remoteAddress\":\"" + remote + "\",\"remoteNetworks\":[\"20.20.20.0/24\"]},\"preSharedKey\":"
                + "\"PSK-Sec\",\"securityType\":\"DEFAULT\",\"logging\":true}");
    }

    /** POSTs an item and returns its id, which the task names in Details. */
    static String create(String path, ObjectNode body, String operation) {
        Http.Res task = done(tenant, send(tenant, "POST", path + "/", body.toString()));
        assertThat(task.attr("operationName")).isEqualTo(operation);
        return task.child("Details").getTextContent();
    }

    @Test
    void aDocumentShowsItsDefaultsThenWhatWasSentAndDeletingPutsTheDefaultsBack() {
        String dns = at(edge, "dns");
        JsonNode fresh = get(tenant, dns).json();
        assertThat(fresh.get("enabled").asBoolean()).isFalse();
        assertThat(fresh.get("version").get("version").asInt()).isZero();

        ObjectNode sent = json("{\"enabled\":true,\"defaultForwarderZone\":{\"displayName\":\"test\","
                + "\"upstreamServers\":[\"1.2.3.4\",\"2.3.4.5\"]},\"conditionalForwarderZones\":[{\"displayName\":"
                + "\"cond\",\"upstreamServers\":[\"5.5.5.5\"],\"dnsDomainNames\":[\"test.com\",\"abc.com\"]}]}");
        Http.Res task = done(tenant, send(tenant, "PUT", dns, sent.toString()));
        assertThat(task.attr("operationName")).isEqualTo("nsxtEdgeDnsUpdate");
        JsonNode now = get(tenant, dns).json();
        assertThat(now.get("enabled").asBoolean()).isTrue();
        assertThat(now.get("defaultForwarderZone")).isEqualTo(sent.get("defaultForwarderZone"));
        assertThat(now.get("conditionalForwarderZones")).isEqualTo(sent.get("conditionalForwarderZones"));
        assertThat(now.get("version").get("version").asInt()).isEqualTo(1);

        assertThat(done(tenant, send(tenant, "DELETE", dns, "")).attr("operationName")).isEqualTo("nsxtEdgeDnsDelete");
        assertThat(get(tenant, dns).json().get("enabled").asBoolean()).isFalse();
        assertThat(get(tenant, dns).json().has("defaultForwarderZone")).isFalse();
    }

    @Test
    void aDocumentsAbsentFieldsTakeVcdsDefaults() {
        String slaac = at(edge, "slaacProfile");
        JsonNode fresh = get(tenant, slaac).json();
        assertThat(fresh.get("mode").asText()).isEqualTo("DISABLED");
        // go-vcloud-director sends empty lists as absent and compares what it reads with empty lists
        done(tenant, send(tenant, "PUT", slaac, "{\"enabled\":true,\"mode\":\"DHCPv6\",\"dnsConfig\":{}}"));
        JsonNode now = get(tenant, slaac).json();
        assertThat(now.get("mode").asText()).isEqualTo("DHCPv6");
        assertThat(now.get("dnsConfig").get("dnsServerIpv6Addresses").isArray()).isTrue();
        assertThat(now.get("dnsConfig").get("dnsServerIpv6Addresses").size()).isZero();
        assertThat(now.get("dnsConfig").get("domainNames").size()).isZero();

        JsonNode qos = get(tenant, at(edge, "qos")).json();
        assertThat(qos.get("egressProfile").isNull()).isTrue();
        assertThat(qos.get("ingressProfile").isNull()).isTrue();
        JsonNode advertisement = get(tenant, at(edge, "routing/advertisement")).json();
        assertThat(advertisement.get("enable").asBoolean()).isFalse();
        assertThat(advertisement.get("subnets").size()).isZero();
    }

    @Test
    void aCollectionsItemsAreCreatedListedInOrderReadUpdatedAndDeleted() {
        String routes = at(edge, "routing/staticRoutes");
        String first = create(routes, route("first", "1.1.1.0/24"), "nsxtEdgeStaticRouteCreate");
        String second = create(routes, route("second", "2.2.2.0/24"), "nsxtEdgeStaticRouteCreate");
        assertThat(UUID.fromString(first)).isNotNull();
        List<String> listed = new ArrayList<>();
        get(tenant, routes + "/").json().get("values").forEach(v -> listed.add(v.get("id").asText()));
        assertThat(listed).containsSubsequence(first, second);

        JsonNode read = get(tenant, routes + "/" + first).json();
        assertThat(read.get("name").asText()).isEqualTo("first");
        assertThat(read.get("nextHops").get(0).get("adminDistance").asInt()).isEqualTo(4);

        ObjectNode changed = route("first-updated", "1.1.1.0/24");
        changed.put("id", first);
        Http.Res task = done(tenant, send(tenant, "PUT", routes + "/" + first, changed.toString()));
        assertThat(task.attr("operationName")).isEqualTo("nsxtEdgeStaticRouteUpdate");
        assertThat(get(tenant, routes + "/" + first).json().get("name").asText()).isEqualTo("first-updated");
        refused(send(tenant, "PUT", routes + "/" + first, changed.put("id", second).toString()), 400,
                "BAD_REQUEST");
        refused(send(tenant, "PUT", routes + "/" + UUID.randomUUID(), route("x", "3.3.3.0/24").toString()), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");

        done(tenant, send(tenant, "DELETE", routes + "/" + first, ""));
        refused(get(tenant, routes + "/" + first), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        done(tenant, send(tenant, "DELETE", routes + "/" + second, ""));
    }

    @Test
    void ipsecTunnelsAreUniqueByAddressesAndHaveConnectionPropertiesAndAStatus() {
        String tunnels = at(edge, "ipsec/tunnels");
        String id = create(tunnels, tunnel("vpn-1", "192.168.170.1"), "nsxtEdgeIpSecVpnTunnelCreate");
        JsonNode made = get(tenant, tunnels + "/" + id).json();
        assertThat(made.get("authenticationMode").asText()).isEqualTo("PSK");
        assertThat(made.get("preSharedKey").asText()).isEqualTo("PSK-Sec");

        Http.Res again = send(tenant, "POST", tunnels, tunnel("vpn-2", "192.168.170.1").toString());
        refused(again, 400, "BAD_REQUEST");
        assertThat(again.json().get("message").asText()).matches(
                ".*IPSec VPN Tunnel with local address .* and remote address .* is already in use.*");

        String properties = tunnels + "/" + id + "/connectionProperties";
        assertThat(get(tenant, properties).json().get("securityType").asText()).isEqualTo("DEFAULT");
        ObjectNode custom = json("{\"securityType\":\"CUSTOM\",\"ikeConfiguration\":{\"ikeVersion\":\"IKE_V2\","
                + "\"encryptionAlgorithms\":[\"AES_128\"],\"digestAlgorithms\":[\"SHA2_256\"],\"dhGroups\":"
                + "[\"GROUP14\"],\"saLifeTime\":86400},\"tunnelConfiguration\":{\"perfectForwardSecrecyEnabled\":true,"
                + "\"dfPolicy\":\"CLEAR\",\"encryptionAlgorithms\":[\"AES_256\"],\"digestAlgorithms\":[\"SHA2_256\"],"
                + "\"dhGroups\":[\"GROUP14\"],\"saLifeTime\":3600},\"dpdConfiguration\":{\"probeInterval\":3}}");
        done(tenant, send(tenant, "PUT", properties, custom.toString()));
        assertThat(get(tenant, properties).json()).isEqualTo(custom);
        ObjectNode tunnel = (ObjectNode) get(tenant, tunnels + "/" + id).json();
        assertThat(tunnel.get("securityType").asText()).as("vCD shows a custom profile").isEqualTo("CUSTOM");
        done(tenant, send(tenant, "PUT", tunnels + "/" + id, tunnel.put("securityType", "DEFAULT").toString()));
        assertThat(get(tenant, properties).json().get("securityType").asText()).isEqualTo("DEFAULT");
        assertThat(get(tenant, properties).json().get("dpdConfiguration").get("probeInterval").asInt()).isEqualTo(60);
        done(tenant, send(tenant, "PUT", properties, custom.toString()));
        JsonNode status = get(tenant, tunnels + "/" + id + "/status").json();
        assertThat(status.get("tunnelStatus").asText()).isEqualTo("UP");
        assertThat(status.get("ikeStatus").get("ikeServiceStatus").asText()).isEqualTo("UP");

        done(tenant, send(tenant, "DELETE", tunnels + "/" + id, ""));
        refused(get(tenant, properties), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        int left = vcd.sim().db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM nsxt_edge_config "
                + "WHERE item_id = :i").bind("i", UUID.fromString(id)).mapTo(Integer.class).one());
        assertThat(left).as("the tunnel's connection properties go with it").isZero();
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        String routes = at(edge, "routing/staticRoutes");
        int before = get(tenant, routes).json().get("resultTotal").asInt();
        for (String bad : List.of("not json", "[1,2]", "null", "\"text\"", "{\"name\":\"x\"}",
                route("", "1.1.1.0/24").toString(), route("x", "1.1.1.300/24").toString(),
                route("x", "1.1.1.0/24").put("name", 5).toString(),
                route("x", "1.1.1.0/24").put("nextHops", "10.70.0.5").toString(),
                route("x", "1.1.1.0/24").set("nextHops", JSON.createArrayNode()).toString(),
                "{\"name\":\"" + "x".repeat(70_000) + "\"}")) {
            Http.Res r = send(tenant, "POST", routes, bad);
            assertThat(r.status).as(bad.substring(0, Math.min(80, bad.length())) + " -> " + r.body).isEqualTo(400);
            assertThat(r.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
        }
        assertThat(get(tenant, routes).json().get("resultTotal").asInt()).isEqualTo(before);

        String bgp = at(edge, "routing/bgp");
        JsonNode was = get(tenant, bgp).json();
        for (String bad : List.of("{\"enabled\":\"yes\"}", "{\"localASNumber\":\"AS-x\"}",
                "{\"gracefulRestart\":{\"mode\":\"SOMETIMES\"}}", "{\"ecmp\":true,\"localASNumber\":null}")) {
            refused(send(tenant, "PUT", bgp, bad), 400, "BAD_REQUEST");
        }
        refused(send(tenant, "PUT", at(edge, "dhcpForwarder"), "{\"enabled\":true,\"dhcpServers\":[\"nope\"]}"), 400,
                "BAD_REQUEST");
        refused(send(tenant, "PUT", at(edge, "ipsec/tunnels/" + UUID.randomUUID() + "/status"), "{}"), 405,
                "METHOD_NOT_ALLOWED");
        assertThat(get(tenant, bgp).json()).isEqualTo(was);
    }

    @Test
    void anotherOrgsAdministratorIsRefusedAndAnUnknownEdgeIsNotFound() {
        Http beta = CloudApiNsxtNatTest.otherOrgAdmin(admin, vcd.httpUrl());
        assertThat(get(beta, at(edge, "dns")).status).isEqualTo(403);
        assertThat(send(beta, "PUT", at(edge, "dns"), "{\"enabled\":false}").status).isEqualTo(403);
        assertThat(get(beta, at(edge, "routing/bgp/neighbors")).status).isEqualTo(403);
        assertThat(send(beta, "POST", at(edge, "routing/bgp/prefixLists"), "{\"name\":\"p\"}").status)
                .isEqualTo(403);
        String unknown = "urn:vcloud:gateway:" + UUID.randomUUID();
        assertThat(get(tenant, at(unknown, "dns")).status).isEqualTo(403);
        assertThat(get(admin, at(unknown, "routing/staticRoutes")).status).isEqualTo(403);
    }

    @Test
    void deletingTheEdgeRemovesItsConfiguration() {
        String other = NsxtServiceCalls.edge(admin, "short-lived", vdcUrn, external, "10.70.0.1");
        done2(send(tenant, "PUT", at(other, "dhcpForwarder"), "{\"enabled\":true,\"dhcpServers\":[\"1.1.1.1\"]}"));
        done2(send(tenant, "POST", at(other, "routing/bgp/prefixLists"), "{\"name\":\"p\",\"prefixes\":[{\"network\":"
                + "\"1.1.1.0/24\",\"action\":\"PERMIT\"}]}"));
        UUID id = UUID.fromString(other.substring(other.lastIndexOf(':') + 1));
        assertThat(rowsOf(id)).isEqualTo(2);
        Http.Res deleted = admin.awaitTask(admin.get(send(admin, "DELETE", V1 + "/edgeGateways/" + other, "")
                .header("Location")));
        assertThat(deleted.attr("status")).as(deleted.body).isEqualTo("success");
        assertThat(rowsOf(id)).isZero();
    }

    private static void done2(Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(tenant.get(accepted.header("Location"))).attr("status")).isEqualTo("success");
    }

    private static int rowsOf(UUID edgeId) {
        return vcd.sim().db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM nsxt_edge_config WHERE "
                + "edge_id = :e").bind("e", edgeId).mapTo(Integer.class).one());
    }
}
