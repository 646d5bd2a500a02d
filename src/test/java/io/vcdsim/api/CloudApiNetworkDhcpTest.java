package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NSX-T org VDC network's DHCP as go-vcloud-director v2.22 drives it (openapi_org_network_dhcp.go,
 * openapi_org_network_dhcp_binding.go and Test_NsxtOrgVdcNetworkIsolated/Routed): the service in EDGE, NETWORK or
 * RELAY mode set by a PUT and deleted by a DELETE (both tasks), read back as sent; static bindings created (the new id
 * in the task's Details), listed, read, updated with the version read, deleted; and what vCD refuses, as the
 * cloudapi's JSON error with a 400.
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
    static int third = 10;

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

    /** A network of 192.168.n.0/24 whose static IP pool is .20-.30, as go-vcloud-director's tests make them. */
    static String network(Http who, String type, String vdc, String router) {
        int n = third++;
        return awaitOwner(who, send(who, "POST", V1 + "/orgVdcNetworks", "{\"name\":\"dhcp-net-" + n + "\","
                + "\"networkType\":\"" + type + "\",\"ownerRef\":{\"id\":\"" + vdc + "\"},"
                + (router == null ? "" : "\"connection\":{\"routerRef\":{\"id\":\"" + router + "\"},"
                + "\"connectionType\":\"INTERNAL\"},")
                + "\"subnets\":{\"values\":[{\"gateway\":\"" + net(n) + ".1\",\"prefixLength\":24,\"ipRanges\":"
                + "{\"values\":[{\"startAddress\":\"" + net(n) + ".20\",\"endAddress\":\"" + net(n) + ".30\"}]}}]}}"));
    }

    static String routed() {
        return network(tenant, "NAT_ROUTED", acmeVdc, edge);
    }

    static String net(int n) {
        return "192.168." + n;
    }

    /** The 192.168.n prefix of a network made by {@link #network}. */
    static String prefix(String networkId) {
        return get(tenant, V1 + "/orgVdcNetworks/" + networkId).json().get("subnets").get("values").get(0)
                .get("gateway").asText().replaceAll("\\.1$", "");
    }

    static String dhcp(String networkId) {
        return V1 + "/orgVdcNetworks/" + networkId + "/dhcp";
    }

    static String bindings(String networkId) {
        return dhcp(networkId) + "/bindings/";
    }

    /** A DHCP service as go-vcloud-director sends it (UpdateOpenApiOrgVdcNetworkDhcp fills leaseTime and mode). */
    static String edgeDhcp(String p, String from, String to) {
        return "{\"enabled\":true,\"leaseTime\":86400,\"dhcpPools\":[{\"enabled\":true,\"ipRange\":{\"startAddress\":\""
                + p + "." + from + "\",\"endAddress\":\"" + p + "." + to + "\"}}],\"mode\":\"EDGE\",\"dnsServers\":"
                + "[\"8.8.8.8\",\"8.8.4.4\"]}";
    }

    static String networkDhcp(String p, String listener) {
        return "{\"enabled\":true,\"leaseTime\":86400,\"dhcpPools\":[{\"enabled\":true,\"ipRange\":{\"startAddress\":\""
                + p + ".200\",\"endAddress\":\"" + p + ".201\"}}],\"mode\":\"NETWORK\",\"ipAddress\":\"" + listener
                + "\",\"dnsServers\":[\"8.8.8.8\",\"8.8.4.4\"]}";
    }

    static String binding(String name, String mac, String ip) {
        return "{\"name\":\"" + name + "\",\"description\":\"dhcp binding description\",\"ipAddress\":\"" + ip
                + "\",\"macAddress\":\"" + mac + "\",\"bindingType\":\"IPV4\",\"dhcpV4BindingConfig\":{\"hostName\":"
                + "\"dhcp-binding-hostname\",\"gatewayIpAddress\":\"" + ip.replaceAll("\\.\\d+$", ".244")
                + "\"},\"version\":{\"version\":0}}";
    }

    /** The finished task a 202 names: it succeeded, and the network owns it. */
    static Http.Res done(String networkId, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(tenant.get(accepted.header("Location")));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.child("Owner").getAttribute("id")).isEqualTo(networkId);
        return task;
    }

    static void setDhcp(String networkId, String body) {
        done(networkId, send(tenant, "PUT", dhcp(networkId), body));
    }

    static String createBinding(String networkId, String body) {
        Http.Res task = done(networkId, send(tenant, "POST", bindings(networkId), body));
        assertThat(task.attr("operationName")).isEqualTo("orgVdcNetworkDhcpBindingCreate");
        return task.child("Details").getTextContent();
    }

    static void edgeCluster(String vdc) {
        String cluster = get(admin, V1 + "/nsxTResources/edgeClusters").json().get("values").get(0).get("id")
                .asText();
        Http.Res set = send(admin, "PUT", V1 + "/vdcs/" + vdc + "/networkProfile", "{\"servicesEdgeCluster\":"
                + "{\"backingId\":\"" + cluster + "\"}}");
        assertThat(set.status).as(set.body).isEqualTo(200);
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
        String p = prefix(net);
        Http.Res accepted = send(tenant, "PUT", dhcp(net), edgeDhcp(p, "200", "201"));
        assertThat(done(net, accepted).attr("operationName")).isEqualTo("orgVdcNetworkDhcpUpdate");
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

        Http.Res deleted = done(net, send(tenant, "DELETE", dhcp(net), ""));
        assertThat(deleted.attr("operationName")).isEqualTo("orgVdcNetworkDhcpDelete");
        JsonNode after = get(tenant, dhcp(net)).json();
        assertThat(after.get("enabled").asBoolean()).isFalse();
        assertThat(after.path("dhcpPools").size()).isZero();
        assertThat(after.path("dnsServers").size()).isZero();
    }

    @Test
    void absentFieldsTakeVcdsDefaultsAsTerraformSendsThem() {
        String net = routed();
        String p = prefix(net);
        setDhcp(net, "{\"dhcpPools\":[{\"ipRange\":{\"startAddress\":\"" + p + ".100\",\"endAddress\":\"" + p
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
        String p = prefix(net);
        assertThat(send(admin, "DELETE", V1 + "/vdcs/" + nsxtVdc + "/networkProfile", "").status).isEqualTo(204);
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".252")), 400, "BAD_REQUEST");
        edgeCluster(nsxtVdc);
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".25")), 400, "BAD_REQUEST"); // static pool
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".200")), 400, "BAD_REQUEST"); // DHCP pool
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, "10.9.9.9")), 400, "BAD_REQUEST"); // not the subnet
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".1")), 400, "BAD_REQUEST"); // the gateway
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, "").replace(",\"ipAddress\":\"\"", "")), 400,
                "BAD_REQUEST");
        assertThat(get(tenant, dhcp(net)).json().get("enabled").asBoolean()).isFalse();

        setDhcp(net, networkDhcp(p, p + ".252"));
        JsonNode now = get(tenant, dhcp(net)).json();
        assertThat(now.get("mode").asText()).isEqualTo("NETWORK");
        assertThat(now.get("ipAddress").asText()).isEqualTo(p + ".252");
    }

    @Test
    void edgeAndRelayModesNeedARoutedNetwork() {
        edgeCluster(nsxtVdc);
        String net = network(tenant, "ISOLATED", nsxtVdc, null);
        String p = prefix(net);
        Http.Res r = send(tenant, "PUT", dhcp(net), edgeDhcp(p, "200", "201"));
        refused(r, 400, "BAD_REQUEST");
        assertThat(r.header("Content-Type")).contains("json");
        assertThat(r.json().get("message").asText()).contains("routed");
        refused(send(tenant, "PUT", dhcp(net), "{\"mode\":\"RELAY\"}"), 400, "BAD_REQUEST");
    }

    @Test
    void poolsStayInTheSubnetClearOfTheGatewayTheStaticPoolAndEachOther() {
        String net = routed();
        String p = prefix(net);
        setDhcp(net, edgeDhcp(p, "200", "201"));
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
        edgeCluster(acmeVdc);
        String net = routed();
        String p = prefix(net);
        setDhcp(net, edgeDhcp(p, "200", "201"));
        refused(send(tenant, "PUT", dhcp(net), networkDhcp(p, p + ".252")), 400, "BAD_REQUEST");
        done(net, send(tenant, "DELETE", dhcp(net), ""));
        setDhcp(net, networkDhcp(p, p + ".252"));
        assertThat(get(tenant, dhcp(net)).json().get("mode").asText()).isEqualTo("NETWORK");
    }

    @Test
    void relayModeNeedsTheEdgesDhcpForwarderAndNoPools() {
        String otherEdge = NsxtServiceCalls.edge(admin, "dhcp-relay-edge", acmeVdc, external, "10.71.0.1");
        String net = network(tenant, "NAT_ROUTED", acmeVdc, otherEdge);
        String p = prefix(net);
        refused(send(tenant, "PUT", dhcp(net), "{\"mode\":\"RELAY\"}"), 400, "BAD_REQUEST");
        Http.Res forwarder = send(tenant, "PUT", V1 + "/edgeGateways/" + otherEdge + "/dhcpForwarder",
                "{\"enabled\":true,\"dhcpServers\":[\"65.43.21.0\"]}");
        tenant.awaitTask(tenant.get(forwarder.header("Location")));
        refused(send(tenant, "PUT", dhcp(net), edgeDhcp(p, "200", "201").replace("EDGE", "RELAY")), 400,
                "BAD_REQUEST");
        setDhcp(net, "{\"mode\":\"RELAY\"}");
        JsonNode now = get(tenant, dhcp(net)).json();
        assertThat(now.get("mode").asText()).isEqualTo("RELAY");
        assertThat(now.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void nsxvNetworksHaveNoDhcpHere() {
        String isolatedNsxv = network(tenant, "ISOLATED", acmeVdc, null);
        refused(send(tenant, "PUT", dhcp(isolatedNsxv), networkDhcp(prefix(isolatedNsxv), prefix(isolatedNsxv)
                + ".252")), 400, "BAD_REQUEST");
    }

    @Test
    void aBindingIsCreatedListedReadUpdatedWithItsVersionAndDeleted() {
        String net = routed();
        String p = prefix(net);
        setDhcp(net, edgeDhcp(p, "200", "201"));
        String id = createBinding(net, binding("b1", "00:11:22:33:44:55", p + ".231"));

        JsonNode one = get(tenant, bindings(net) + id).json();
        assertThat(one.get("id").asText()).isEqualTo(id);
        assertThat(one.get("name").asText()).isEqualTo("b1");
        assertThat(one.get("description").asText()).isEqualTo("dhcp binding description");
        assertThat(one.get("macAddress").asText()).isEqualTo("00:11:22:33:44:55");
        assertThat(one.get("ipAddress").asText()).isEqualTo(p + ".231");
        assertThat(one.get("bindingType").asText()).isEqualTo("IPV4");
        assertThat(one.get("leaseTime").asLong()).isEqualTo(86400);
        assertThat(one.get("dhcpV4BindingConfig").get("hostName").asText()).isEqualTo("dhcp-binding-hostname");
        assertThat(one.get("dhcpV4BindingConfig").get("gatewayIpAddress").asText()).isEqualTo(p + ".244");
        assertThat(one.get("version").get("version").asLong()).isZero();

        JsonNode page = get(tenant, bindings(net)).json();
        assertThat(page.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(page.get("values").get(0).get("id").asText()).isEqualTo(id);

        String changed = binding("b1", "00:11:22:33:33:33", p + ".232").replace("dhcp binding description",
                "updated description");
        Http.Res update = done(net, send(tenant, "PUT", bindings(net) + id, changed));
        assertThat(update.attr("operationName")).isEqualTo("orgVdcNetworkDhcpBindingUpdate");
        JsonNode after = get(tenant, bindings(net) + id).json();
        assertThat(after.get("description").asText()).isEqualTo("updated description");
        assertThat(after.get("ipAddress").asText()).isEqualTo(p + ".232");
        assertThat(after.get("macAddress").asText()).isEqualTo("00:11:22:33:33:33");
        assertThat(after.get("version").get("version").asLong()).isEqualTo(1);
        // a change made from what was read before is refused: the version moved on
        refused(send(tenant, "PUT", bindings(net) + id, changed), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", bindings(net) + id, changed.replace(",\"version\":{\"version\":0}", "")), 400,
                "BAD_REQUEST");

        Http.Res deleted = done(net, send(tenant, "DELETE", bindings(net) + id, ""));
        assertThat(deleted.attr("operationName")).isEqualTo("orgVdcNetworkDhcpBindingDelete");
        refused(get(tenant, bindings(net) + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(get(tenant, bindings(net)).json().get("resultTotal").asInt()).isZero();
        refused(get(tenant, bindings(net) + "not-an-id"), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }

    @Test
    void bindingsAreUniqueByMacAndIpInTheSubnetAndOutsideTheDhcpPools() {
        String net = routed();
        String p = prefix(net);
        refused(send(tenant, "POST", bindings(net), binding("early", "00:11:22:33:44:01", p + ".231")), 400,
                "BAD_REQUEST"); // no DHCP yet
        setDhcp(net, edgeDhcp(p, "200", "210"));
        createBinding(net, binding("first", "00:11:22:33:44:55", p + ".231"));
        for (String bad : new String[] {
            binding("mac", "00:11:22:33:44:55".toUpperCase(), p + ".232"),
            binding("ip", "00:11:22:33:44:66", p + ".231"),
            binding("pool", "00:11:22:33:44:67", p + ".205"),
            binding("away", "00:11:22:33:44:68", "10.1.1.5"),
            binding("gw", "00:11:22:33:44:69", p + ".1"),
            binding("badmac", "00-11-22-33-44-70", p + ".233"),
            binding("noip", "00:11:22:33:44:71", p + ".234").replace("\"ipAddress\":\"" + p + ".234\"",
                    "\"ipAddress\":\"\""),
            binding("v6", "00:11:22:33:44:72", p + ".235").replace("IPV4", "IPV6"),
            binding("type", "00:11:22:33:44:73", p + ".236").replace("IPV4", "IPV5"),
            binding("", "00:11:22:33:44:74", p + ".237"),
            binding("lease", "00:11:22:33:44:75", p + ".238").replace("\"bindingType\"", "\"leaseTime\":10,"
                    + "\"bindingType\""),
        }) {
            refused(send(tenant, "POST", bindings(net), bad), 400, "BAD_REQUEST");
        }
        assertThat(get(tenant, bindings(net)).json().get("resultTotal").asInt()).isEqualTo(1);
    }

    @Test
    void theServiceKeepsItsBindingsPoolsAndGoesOnlyAfterThem() {
        String net = routed();
        String p = prefix(net);
        setDhcp(net, edgeDhcp(p, "200", "210"));
        String id = createBinding(net, binding("kept", "00:11:22:33:44:55", p + ".231"));
        refused(send(tenant, "DELETE", dhcp(net), ""), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", dhcp(net), edgeDhcp(p, "225", "235")), 400, "BAD_REQUEST");
        done(net, send(tenant, "DELETE", bindings(net) + id, ""));
        done(net, send(tenant, "DELETE", dhcp(net), ""));
        refused(send(tenant, "POST", bindings(net), binding("late", "00:11:22:33:44:56", p + ".231")), 400,
                "BAD_REQUEST");
    }

    @Test
    void theNetworksStaticPoolCannotGrowOverItsDhcpPools() {
        String net = routed();
        String p = prefix(net);
        setDhcp(net, edgeDhcp(p, "200", "210"));
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
        String p = prefix(net);
        setDhcp(net, edgeDhcp(p, "200", "210"));
        createBinding(net, binding("gone", "00:11:22:33:44:55", p + ".231"));
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
        assertThat(send(user, "PUT", dhcp(net), edgeDhcp(prefix(net), "200", "201")).status).isEqualTo(403);
        assertThat(send(user, "POST", bindings(net), binding("x", "00:11:22:33:44:55", "1.1.1.1")).status)
                .isEqualTo(403);
        assertThat(get(tenant, dhcp("urn:vcloud:network:" + UUID.randomUUID())).status).isEqualTo(403);
    }

    @Test
    void theServiceAndItsBindingsSurviveARestart() throws Exception {
        Config config = Config.forTests(Sim.tempDir());
        String net;
        String p;
        String id;
        try (VcdSim first = Sim.start(config)) {
            Http a = Sim.admin(first).version("37.1");
            Http t = Sim.tenant(first).version("37.1");
            String vdc = CloudApiCalls.acmeVdcUrn(t);
            String e = NsxtServiceCalls.edge(a, "restart-edge", vdc, NsxtServiceCalls.tier0Network(a, "tier0-1",
                    "10.73.0"), "10.73.0.1");
            net = network(t, "NAT_ROUTED", vdc, e);
            p = prefix(t, net);
            assertThat(t.awaitTask(t.get(send(t, "PUT", dhcp(net), edgeDhcp(p, "200", "201")).header("Location")))
                    .attr("status")).isEqualTo("success");
            Http.Res made = t.awaitTask(t.get(send(t, "POST", bindings(net), binding("kept", "00:11:22:33:44:55",
                    p + ".231")).header("Location")));
            id = made.child("Details").getTextContent();
        }
        try (VcdSim second = Sim.start(config)) {
            Http t = Sim.tenant(second).version("37.1");
            assertThat(get(t, dhcp(net)).json().get("dhcpPools").get(0).get("ipRange").get("endAddress").asText())
                    .isEqualTo(p + ".201");
            assertThat(get(t, bindings(net) + id).json().get("ipAddress").asText()).isEqualTo(p + ".231");
        }
    }

    static String prefix(Http who, String networkId) {
        return get(who, V1 + "/orgVdcNetworks/" + networkId).json().get("subnets").get("values").get(0)
                .get("gateway").asText().replaceAll("\\.1$", "");
    }
}
