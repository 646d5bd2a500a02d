package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.NetworkDhcpCalls.binding;
import static io.vcdsim.api.NetworkDhcpCalls.bindings;
import static io.vcdsim.api.NetworkDhcpCalls.createBinding;
import static io.vcdsim.api.NetworkDhcpCalls.dhcp;
import static io.vcdsim.api.NetworkDhcpCalls.done;
import static io.vcdsim.api.NetworkDhcpCalls.edgeCluster;
import static io.vcdsim.api.NetworkDhcpCalls.edgeDhcp;
import static io.vcdsim.api.NetworkDhcpCalls.network;
import static io.vcdsim.api.NetworkDhcpCalls.networkDhcp;
import static io.vcdsim.api.NetworkDhcpCalls.prefix;
import static io.vcdsim.api.NetworkDhcpCalls.setDhcp;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NSX-T org VDC network's DHCP as go-vcloud-director v2.22 drives it (openapi_org_network_dhcp.go,
 * openapi_org_network_dhcp_binding.go and Test_NsxtOrgVdcNetworkIsolated/Routed): the service in EDGE, NETWORK or
 * RELAY mode set by a PUT and deleted by a DELETE (both tasks), read back as sent, gone with its network; and what vCD
 * refuses, as the cloudapi's JSON error with a 400. The bindings' tests are {@link CloudApiNetworkDhcpBindingTest}.
 */
class CloudApiNetworkDhcpTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeVdc;
    static String nsxtVdc;
    static String edge;
    static String external;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        acmeVdc = CloudApiCalls.acmeVdcUrn(tenant);
        String orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        nsxtVdc = CloudApiVdcGroupTest.vdc(admin, orgHref, "dhcp-nsxt",
                CloudApiVdcGroupTest.nsxtProviderVdc(admin, "dhcp-pvdc"));
        external = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.71.0");
        edge = NsxtServiceCalls.edge(admin, "dhcp-edge", acmeVdc, external, "10.71.0.1");
    }

    static String routed() {
        return network(tenant, "NAT_ROUTED", acmeVdc, edge);
    }

    @Test
    void anNsxtNetworkSaysSoAsGoVcloudDirectorsIsNsxtReadsIt() {
        JsonNode routed = get(tenant, V1 + "/orgVdcNetworks/" + routed()).json();
        assertThat(routed.get("orgVdcIsNsxTBacked").asBoolean()).isTrue();
        assertThat(routed.get("backingNetworkType").asText()).isEqualTo("NSXT_FLEXIBLE_SEGMENT");
        JsonNode isolated = get(tenant, V1 + "/orgVdcNetworks/" + network(tenant, "ISOLATED", nsxtVdc, null)).json();
        assertThat(isolated.get("orgVdcIsNsxTBacked").asBoolean()).isTrue();
        JsonNode nsxv = get(tenant, V1 + "/orgVdcNetworks/" + network(tenant, "ISOLATED", acmeVdc, null)).json();
        assertThat(nsxv.get("orgVdcIsNsxTBacked").asBoolean()).isFalse();
        assertThat(nsxv.get("backingNetworkType").asText()).isEqualTo("VIRTUAL_WIRE");
    }

    @Test
    void aNetworkShowsDhcpDisabledUntilItIsSet() {
        JsonNode fresh = get(tenant, dhcp(routed())).json();
        assertThat(fresh.get("enabled").asBoolean()).isFalse();
        assertThat(fresh.path("dhcpPools").size()).isZero();
        assertThat(fresh.path("dnsServers").size()).isZero();
        assertThat(fresh.get("mode").asText()).isEqualTo("EDGE");
    }

    @Test
    void edgeModeOnARoutedNetworkIsReadBackAsSentAndDeletedByATask() throws Exception {
        String net = routed();
        String p = prefix(tenant, net);
        Http.Res accepted = send(tenant, "PUT", dhcp(net), edgeDhcp(p, "200", "201"));
        assertThat(done(tenant, net, accepted).attr("operationName")).isEqualTo("orgVdcNetworkDhcpUpdate");
        JsonNode now = get(tenant, dhcp(net)).json();
        assertThat(now.get("enabled").asBoolean()).isTrue();
        assertThat(now.get("leaseTime").asLong()).isEqualTo(86400);
        assertThat(now.get("mode").asText()).isEqualTo("EDGE");
        assertThat(now.get("dhcpPools")).isEqualTo(CloudApiNsxtEdgeConfigTest.JSON.readTree("[{\"enabled\":true,"
                + "\"ipRange\":{\"startAddress\":\"" + p + ".200\",\"endAddress\":\"" + p + ".201\"}}]"));
        assertThat(now.get("dnsServers").toString()).isEqualTo("[\"8.8.8.8\",\"8.8.4.4\"]");
        // go-vcloud-director compares the whole document with what it sent: nothing of its own, no NSX-V fields
        assertThat(now.path("ipAddress").isMissingNode() || now.get("ipAddress").isNull()).isTrue();
        assertThat(now.get("dhcpPools").get(0).has("maxLeaseTime")).isFalse();

        Http.Res deleted = done(tenant, net, send(tenant, "DELETE", dhcp(net), ""));
        assertThat(deleted.attr("operationName")).isEqualTo("orgVdcNetworkDhcpDelete");
        JsonNode after = get(tenant, dhcp(net)).json();
        assertThat(after.get("enabled").asBoolean()).isFalse();
        assertThat(after.path("dhcpPools").size()).isZero();
        assertThat(after.path("dnsServers").size()).isZero();
    }

    @Test
    void absentFieldsTakeVcdsDefaultsAsTerraformSendsThem() {
        String net = routed();
        String p = prefix(tenant, net);
        setDhcp(tenant, net, "{\"dhcpPools\":[{\"ipRange\":{\"startAddress\":\"" + p + ".100\",\"endAddress\":\"" + p
                + ".110\"}}]}");
        JsonNode now = get(tenant, dhcp(net)).json();
        assertThat(now.get("enabled").asBoolean()).isTrue();
        assertThat(now.get("leaseTime").asLong()).isEqualTo(86400);
        assertThat(now.get("mode").asText()).isEqualTo("EDGE");
        assertThat(now.get("dhcpPools").get(0).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void networkModeNeedsTheVdcsServicesEdgeClusterAndAListenerOutsideThePools() {
        String net = network(tenant, "ISOLATED", nsxtVdc, null);
        String p = prefix(tenant, net);
        assertThat(send(admin, "DELETE", V1 + "/vdcs/" + nsxtVdc + "/networkProfile", "").status).isEqualTo(204);
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".252")), 400, "BAD_REQUEST");
        edgeCluster(admin, nsxtVdc);
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".25")), 400, "BAD_REQUEST"); // static pool
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".200")), 400, "BAD_REQUEST"); // DHCP pool
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, "10.9.9.9")), 400, "BAD_REQUEST"); // not the subnet
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".1")), 400, "BAD_REQUEST"); // the gateway
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, "").replace(",\"ipAddress\":\"\"", "")), 400,
                "BAD_REQUEST");
        assertThat(get(tenant, dhcp(net)).json().get("enabled").asBoolean()).isFalse();

        setDhcp(tenant, net, networkDhcp(p, p + ".252"));
        JsonNode now = get(tenant, dhcp(net)).json();
        assertThat(now.get("mode").asText()).isEqualTo("NETWORK");
        assertThat(now.get("ipAddress").asText()).isEqualTo(p + ".252");
    }

    @Test
    void edgeAndRelayModesNeedARoutedNetwork() {
        edgeCluster(admin, nsxtVdc);
        String net = network(tenant, "ISOLATED", nsxtVdc, null);
        String p = prefix(tenant, net);
        Http.Res r = send(tenant, "PUT", dhcp(net), edgeDhcp(p, "200", "201"));
        refused(r, 400, "BAD_REQUEST");
        assertThat(r.header("Content-Type")).contains("json");
        assertThat(r.json().get("message").asText()).contains("routed");
        refused(send(tenant, "PUT", dhcp(net), "{\"mode\":\"RELAY\"}"), 400, "BAD_REQUEST");
    }

    @Test
    void poolsStayInTheSubnetClearOfTheGatewayTheStaticPoolAndEachOther() {
        String net = routed();
        String p = prefix(tenant, net);
        setDhcp(tenant, net, edgeDhcp(p, "200", "201"));
        for (String bad : new String[] {
            edgeDhcp(p, "25", "40"),                        // overlaps the static pool .20-.30
            edgeDhcp(p, "201", "200"),                      // ends before it starts
            edgeDhcp(p, "1", "5").replace(p + ".1\"", p + ".0\""), // the network address
            edgeDhcp(p, "200", "201").replace("\"endAddress\":\"" + p + ".201\"",
                    "\"endAddress\":\"10.1.1.1\""),         // leaves the subnet
            "{\"dhcpPools\":[{\"ipRange\":{\"startAddress\":\"" + p + ".100\",\"endAddress\":\"" + p + ".110\"}},"
                    + "{\"ipRange\":{\"startAddress\":\"" + p + ".110\",\"endAddress\":\"" + p + ".120\"}}]}",
            "{\"dhcpPools\":[{\"ipRange\":{\"startAddress\":\"" + p + ".100\"}}]}",
            edgeDhcp(p, "200", "201").replace("\"EDGE\"", "\"SOMETIMES\""),
            edgeDhcp(p, "200", "201").replace("86400", "59"),
            edgeDhcp(p, "200", "201").replace("86400", "4294967296"),
            edgeDhcp(p, "200", "201").replace("[\"8.8.8.8\",\"8.8.4.4\"]", "[\"8.8.8.8\",\"8.8.4.4\",\"1.1.1.1\"]"),
            edgeDhcp(p, "200", "201").replace("\"8.8.4.4\"", "\"dns.example\""),
            edgeDhcp(p, "200", "201").replace("\"EDGE\"", "\"EDGE\",\"ipAddress\":\"" + p + ".252\""),
        }) {
            refused(send(tenant, "PUT", dhcp(net), bad), 400, "BAD_REQUEST");
        }
        // none of the refusals changed the service
        assertThat(get(tenant, dhcp(net)).json().get("dhcpPools").get(0).get("ipRange").get("startAddress").asText())
                .isEqualTo(p + ".200");
        refused(send(tenant, "PUT", dhcp(net), "{\"dhcpPools\":"), 400, "BAD_REQUEST");
    }

    @Test
    void theModeChangesOnlyOnceTheServiceIsDeleted() {
        edgeCluster(admin, acmeVdc);
        String net = routed();
        String p = prefix(tenant, net);
        setDhcp(tenant, net, edgeDhcp(p, "200", "201"));
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".252")), 400, "BAD_REQUEST");
        done(tenant, net, send(tenant, "DELETE", dhcp(net), ""));
        setDhcp(tenant, net, networkDhcp(p, p + ".252"));
        assertThat(get(tenant, dhcp(net)).json().get("mode").asText()).isEqualTo("NETWORK");
    }

    @Test
    void relayModeNeedsTheEdgesDhcpForwarderAndNoPools() {
        String otherEdge = NsxtServiceCalls.edge(admin, "dhcp-relay-edge", acmeVdc, external, "10.71.0.1");
        String net = network(tenant, "NAT_ROUTED", acmeVdc, otherEdge);
        String p = prefix(tenant, net);
        refused(send(tenant, "PUT", dhcp(net), "{\"mode\":\"RELAY\"}"), 400, "BAD_REQUEST");
        Http.Res forwarder = send(tenant, "PUT", V1 + "/edgeGateways/" + otherEdge + "/dhcpForwarder",
                "{\"enabled\":true,\"dhcpServers\":[\"65.43.21.0\"]}");
        tenant.awaitTask(tenant.get(forwarder.header("Location")));
        refused(send(tenant, "PUT", dhcp(net), edgeDhcp(p, "200", "201").replace("EDGE", "RELAY")), 400,
                "BAD_REQUEST");
        setDhcp(tenant, net, "{\"mode\":\"RELAY\"}");
        JsonNode now = get(tenant, dhcp(net)).json();
        assertThat(now.get("mode").asText()).isEqualTo("RELAY");
        assertThat(now.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void nsxvNetworksHaveNoDhcpHere() {
        String isolatedNsxv = network(tenant, "ISOLATED", acmeVdc, null);
        refused(send(tenant, "PUT", dhcp(isolatedNsxv), networkDhcp(prefix(tenant, isolatedNsxv), prefix(tenant, isolatedNsxv)
                + ".252")), 400, "BAD_REQUEST");
    }

    @Test
    void theNetworksStaticPoolCannotGrowOverItsDhcpPools() {
        String net = routed();
        String p = prefix(tenant, net);
        setDhcp(tenant, net, edgeDhcp(p, "200", "210"));
        String path = V1 + "/orgVdcNetworks/" + net;
        String body = get(tenant, path).json().toString();
        refused(send(tenant, "PUT", path, body.replace("\"endAddress\":\"" + p + ".30\"", "\"endAddress\":\""
                + p + ".205\"")), 400, "BAD_REQUEST");
        awaitOwner(tenant, send(tenant, "PUT", path, body.replace("\"endAddress\":\"" + p + ".30\"",
                "\"endAddress\":\"" + p + ".40\"")));
        assertThat(get(tenant, path).json().get("subnets").get("values").get(0).get("ipRanges").get("values").get(0)
                .get("endAddress").asText()).isEqualTo(p + ".40");
    }

    @Test
    void aNetworksDhcpAndBindingsGoWithIt() {
        String net = routed();
        String p = prefix(tenant, net);
        setDhcp(tenant, net, edgeDhcp(p, "200", "210"));
        createBinding(tenant, net, binding("gone", "00:11:22:33:44:55", p + ".231"));
        awaitOwner(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + net, ""));
        UUID id = UUID.fromString(net.substring(net.lastIndexOf(':') + 1));
        assertThat(count("org_network_dhcp", id) + count("org_network_dhcp_binding", id)).isZero();
        refused(get(tenant, dhcp(net)), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }

    static int count(String table, UUID network) {
        return vcd.sim().db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM " + table
                + " WHERE network_id = :n").bind("n", network).mapTo(Integer.class).one());
    }

    @Test
    void onlyThoseWhoEditTheOrgsNetworksChangeTheirDhcp() {
        String net = routed();
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User").version("37.1");
        assertThat(send(user, "PUT", dhcp(net), edgeDhcp(prefix(tenant, net), "200", "201")).status).isEqualTo(403);
        assertThat(send(user, "POST", bindings(net), binding("x", "00:11:22:33:44:55", "1.1.1.1")).status)
                .isEqualTo(403);
        assertThat(get(tenant, dhcp("urn:vcloud:network:" + UUID.randomUUID())).status).isEqualTo(403);
    }
}
