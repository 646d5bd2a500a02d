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

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.NetworkDhcpCalls.binding;
import static io.vcdsim.api.NetworkDhcpCalls.bindings;
import static io.vcdsim.api.NetworkDhcpCalls.createBinding;
import static io.vcdsim.api.NetworkDhcpCalls.dhcp;
import static io.vcdsim.api.NetworkDhcpCalls.done;
import static io.vcdsim.api.NetworkDhcpCalls.edgeDhcp;
import static io.vcdsim.api.NetworkDhcpCalls.network;
import static io.vcdsim.api.NetworkDhcpCalls.prefix;
import static io.vcdsim.api.NetworkDhcpCalls.setDhcp;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NSX-T org VDC network's static DHCP bindings as go-vcloud-director v2.22's testNsxtDhcpBinding drives them
 * (openapi_org_network_dhcp_binding.go): created by a POST whose task names the new id in Details, listed, read by
 * id, updated with the version read, deleted; unique MAC and IP addresses outside the DHCP pools; kept across a
 * restart.
 */
class CloudApiNetworkDhcpBindingTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeVdc;
    static String edge;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        acmeVdc = CloudApiCalls.acmeVdcUrn(tenant);
        edge = NsxtServiceCalls.edge(admin, "binding-edge", acmeVdc, NsxtServiceCalls.tier0Network(admin, "tier0-1",
                "10.74.0"), "10.74.0.1");
    }

    static String routed() {
        return network(tenant, "NAT_ROUTED", acmeVdc, edge);
    }

    @Test
    void aBindingIsCreatedListedReadUpdatedWithItsVersionAndDeleted() {
        String net = routed();
        String p = prefix(tenant, net);
        setDhcp(tenant, net, edgeDhcp(p, "200", "201"));
        String id = createBinding(tenant, net, binding("b1", "00:11:22:33:44:55", p + ".231"));

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
        Http.Res update = done(tenant, net, send(tenant, "PUT", bindings(net) + id, changed));
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

        Http.Res deleted = done(tenant, net, send(tenant, "DELETE", bindings(net) + id, ""));
        assertThat(deleted.attr("operationName")).isEqualTo("orgVdcNetworkDhcpBindingDelete");
        refused(get(tenant, bindings(net) + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(get(tenant, bindings(net)).json().get("resultTotal").asInt()).isZero();
        refused(get(tenant, bindings(net) + "not-an-id"), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }

    @Test
    void bindingsAreUniqueByMacAndIpInTheSubnetAndOutsideTheDhcpPools() {
        String net = routed();
        String p = prefix(tenant, net);
        refused(send(tenant, "POST", bindings(net), binding("early", "00:11:22:33:44:01", p + ".231")), 400,
                "BAD_REQUEST"); // no DHCP yet
        setDhcp(tenant, net, edgeDhcp(p, "200", "210"));
        createBinding(tenant, net, binding("first", "00:11:22:33:44:55", p + ".231"));
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
        String p = prefix(tenant, net);
        setDhcp(tenant, net, edgeDhcp(p, "200", "210"));
        String id = createBinding(tenant, net, binding("kept", "00:11:22:33:44:55", p + ".231"));
        refused(send(tenant, "DELETE", dhcp(net), ""), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", dhcp(net), edgeDhcp(p, "225", "235")), 400, "BAD_REQUEST");
        done(tenant, net, send(tenant, "DELETE", bindings(net) + id, ""));
        done(tenant, net, send(tenant, "DELETE", dhcp(net), ""));
        refused(send(tenant, "POST", bindings(net), binding("late", "00:11:22:33:44:56", p + ".231")), 400,
                "BAD_REQUEST");
    }

    @Test
    void anIpv6NetworkServesDhcpInNetworkModeWithIpv6BindingsLeftToSlaac() {
        NetworkDhcpCalls.edgeCluster(admin, acmeVdc);
        String net = CloudApiNetworkTest.awaitOwner(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks", "{\"name\":"
                + "\"dhcp-v6\",\"networkType\":\"NAT_ROUTED\",\"ownerRef\":{\"id\":\"" + acmeVdc + "\"},"
                + "\"connection\":{\"routerRef\":{\"id\":\"" + edge + "\"}},\"subnets\":{\"values\":[{\"gateway\":"
                + "\"2001:db8:7::1\",\"prefixLength\":64,\"ipRanges\":{\"values\":[{\"startAddress\":"
                + "\"2001:db8:7::20\",\"endAddress\":\"2001:db8:7::30\"}]}}]}}"));
        String pools = "\"dhcpPools\":[{\"ipRange\":{\"startAddress\":\"2001:db8:7::200\",\"endAddress\":"
                + "\"2001:db8:7::201\"}}]";
        refused(send(tenant, "PUT", dhcp(net), "{" + pools + "}"), 400, "BAD_REQUEST"); // EDGE: IPv4 only
        setDhcp(tenant, net, "{\"mode\":\"NETWORK\",\"ipAddress\":\"2001:db8:7::252\"," + pools + "}");
        JsonNode service = get(tenant, dhcp(net)).json();
        assertThat(service.get("ipAddress").asText()).isEqualTo("2001:db8:7:0:0:0:0:252");
        assertThat(service.get("dhcpPools").get(0).get("ipRange").get("endAddress").asText())
                .isEqualTo("2001:db8:7:0:0:0:0:201");

        refused(send(tenant, "POST", bindings(net), binding("v4", "00:11:22:33:44:55", "10.0.0.5")), 400,
                "BAD_REQUEST");
        String id = createBinding(tenant, net, "{\"name\":\"v6\",\"bindingType\":\"IPV6\",\"macAddress\":"
                + "\"00:11:22:33:44:66\",\"ipAddress\":\"\",\"leaseTime\":3600,\"dhcpV6BindingConfig\":"
                + "{\"domainNames\":[\"fake.org.tld\"],\"sntpServers\":[\"2001:db8:7::99\"]},"
                + "\"version\":{\"version\":0}}");
        JsonNode b = get(tenant, bindings(net) + id).json();
        assertThat(b.get("bindingType").asText()).isEqualTo("IPV6");
        assertThat(b.path("ipAddress").asText("")).isEmpty();
        assertThat(b.get("leaseTime").asLong()).isEqualTo(3600);
        assertThat(b.get("dhcpV6BindingConfig").get("domainNames").get(0).asText()).isEqualTo("fake.org.tld");
        assertThat(b.get("dhcpV6BindingConfig").get("sntpServers").get(0).asText())
                .isEqualTo("2001:db8:7:0:0:0:0:99");
        assertThat(b.path("dhcpV4BindingConfig").isMissingNode()).isTrue(); // terraform reads a present one as set
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
}
