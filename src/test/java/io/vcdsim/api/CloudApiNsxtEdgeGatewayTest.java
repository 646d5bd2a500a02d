package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * External networks on tier-0 routers and NSX-T edge gateways, as go-vcloud-director's external_network_v2.go and
 * nsxt_edgegateway.go (Test_NsxtEdgeCreate, Test_NsxtEdgeGatewayUsedAndUnusedIPs) make and read them.
 */
class CloudApiNsxtEdgeGatewayTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String managerUrn;
    static String vdcUrn;
    /** tier0-1's network, 10.40.0.1/24 with the pool 10.40.0.10-10.40.0.20. */
    static String external;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        managerUrn = "urn:vcloud:nsxtmanager:" + CloudApiNsxtTest.managerHref(admin).replaceAll(".*/", "");
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        external = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", tier0Network("nsxt-ext-1",
                "tier0-1", "10.40.0", "10", "20")));
    }

    static String tier0Network(String name, String tier0, String net, String from, String to) {
        return "{\"name\":\"" + name + "\",\"subnets\":{\"values\":[{\"gateway\":\"" + net + ".1\",\"prefixLength\":24,"
                + "\"ipRanges\":{\"values\":[{\"startAddress\":\"" + net + "." + from + "\",\"endAddress\":\"" + net
                + "." + to + "\"}]}}]},\"networkBackings\":{\"values\":[{\"backingId\":\"" + tier0
                + "\",\"backingTypeValue\":\"NSXT_TIER0\",\"networkProvider\":{\"id\":\"" + managerUrn + "\"}}]}}";
    }

    static String edge(String name, String network, String subnet) {
        return "{\"name\":\"" + name + "\",\"orgVdc\":{\"id\":\"" + vdcUrn + "\"},\"edgeGatewayUplinks\":[{\"uplinkId\":\""
                + network + "\",\"subnets\":{\"values\":[" + subnet + "]},\"connected\":true}]}";
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTier0NetworkNamesItsRouterWhichStaysImportableForAnotherNetwork() {
        JsonNode backing = get(admin, V1 + "/externalNetworks/" + external).json().get("networkBackings")
                .get("values").get(0);
        assertThat(backing.get("backingType").asText()).isEqualTo("NSXT_TIER0");
        assertThat(backing.get("networkProvider").get("id").asText()).isEqualTo(managerUrn);
        JsonNode routers = get(admin, V1 + "/nsxTResources/importableTier0Routers?" + filter("_context=="
                + managerUrn)).json().get("values");
        JsonNode tier0 = java.util.stream.StreamSupport.stream(routers.spliterator(), false)
                .filter(r -> r.get("displayName").asText().equals("tier0-1")).findFirst().orElseThrow();
        assertThat(tier0.get("alreadyImported").asBoolean()).isTrue();
        String again = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", tier0Network(unique("ext"),
                "tier0-1", "10.41.0", "10", "20")));
        assertThat(get(admin, V1 + "/externalNetworks/" + again).json().get("networkBackings").get("values").get(0)
                .get("backingId").asText()).isEqualTo("tier0-1");
        Http.Res unknown = send(admin, "POST", V1 + "/externalNetworks", tier0Network(unique("ext"), "tier0-404",
                "10.42.0", "10", "20"));
        assertThat(unknown.status).as(unknown.body).isEqualTo(400);
    }

    @Test
    void anEdgeIsMadeOnATier0NetworkReadRenamedAndDeleted() {
        String name = unique("nsxt-edge");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(name, external,
                "{\"gateway\":\"10.40.0.1\",\"prefixLength\":24,\"enabled\":true,\"ipRanges\":{\"values\":"
                        + "[{\"startAddress\":\"10.40.0.15\",\"endAddress\":\"10.40.0.17\"}]}}")));
        assertThat(id).startsWith("urn:vcloud:gateway:");
        JsonNode e = get(admin, V1 + "/edgeGateways/" + id).json();
        assertThat(e.get("gatewayBacking").get("gatewayType").asText()).isEqualTo("NSXT_BACKED");
        assertThat(e.get("ownerRef").get("id").asText()).isEqualTo(vdcUrn);
        assertThat(e.get("edgeClusterConfig").get("primaryEdgeCluster").get("edgeClusterRef").get("name").asText())
                .isEqualTo("edge-cluster-1");
        JsonNode subnet = e.get("edgeGatewayUplinks").get(0).get("subnets").get("values").get(0);
        assertThat(subnet.get("primaryIp").asText()).as("the first of its ranges").isEqualTo("10.40.0.15");
        assertThat(subnet.get("totalIpCount").asInt()).isEqualTo(3);
        assertThat(subnet.get("usedIpCount").asInt()).isEqualTo(1);
        JsonNode used = get(admin, V1 + "/edgeGateways/" + id + "/usedIpAddresses").json().get("values");
        assertThat(used.get(0).get("ipAddress").asText()).isEqualTo("10.40.0.15");
        assertThat(used.get(0).get("category").asText()).isEqualTo("PRIMARY_IP");

        // the org's administrator sees and renames it, and finds it with the filters go-vcloud-director sends
        assertThat(names(get(tenant, V1 + "/edgeGateways?" + filter("ownerRef.id==" + vdcUrn + ";name==" + name))
                .json())).containsExactly(name);
        ((ObjectNode) e).put("name", name + "-renamed");
        awaitOwner(tenant, send(tenant, "PUT", V1 + "/edgeGateways/" + id, e.toString()));
        assertThat(get(tenant, V1 + "/edgeGateways/" + id).json().get("name").asText()).isEqualTo(name + "-renamed");
        assertThat(send(tenant, "DELETE", V1 + "/edgeGateways/" + id, "").status).isEqualTo(403);

        awaitOwner(admin, send(admin, "DELETE", V1 + "/edgeGateways/" + id, ""));
        assertThat(get(admin, V1 + "/edgeGateways/" + id).status).isEqualTo(403);
    }

    @Test
    void anAddressIsNeverGivenTwiceAndAnExhaustedPoolIsRefused() {
        String small = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", tier0Network(unique("ext"),
                "tier0-2", "10.43.0", "10", "11")));
        String subnet = "{\"gateway\":\"10.43.0.1\",\"prefixLength\":24,\"enabled\":true}";
        String first = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(unique("a"), small, subnet)));
        String second = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(unique("b"), small, subnet)));
        String ipOf = "/edgeGateways/%s/usedIpAddresses";
        assertThat(get(admin, V1 + ipOf.formatted(first)).json().get("values").get(0).get("ipAddress").asText())
                .isEqualTo("10.43.0.10");
        assertThat(get(admin, V1 + ipOf.formatted(second)).json().get("values").get(0).get("ipAddress").asText())
                .isEqualTo("10.43.0.11");
        Http.Res exhausted = send(admin, "POST", V1 + "/edgeGateways", edge(unique("c"), small, subnet));
        assertThat(exhausted.status).as(exhausted.body).isEqualTo(400);
        Http.Res taken = send(admin, "POST", V1 + "/edgeGateways", edge(unique("d"), small,
                "{\"gateway\":\"10.43.0.1\",\"prefixLength\":24,\"primaryIp\":\"10.43.0.10\"}"));
        assertThat(taken.status).as(taken.body).isEqualTo(400);
    }

    @Test
    void theNsxVEdgeIsListedAsSuchAndBadEdgesAreRefused() {
        JsonNode all = get(admin, V1 + "/edgeGateways?" + filter("name==acme-edge")).json().get("values");
        assertThat(all.get(0).get("gatewayBacking").get("gatewayType").asText()).isEqualTo("NSXV_BACKED");
        String portGroupNetwork = get(admin, V1 + "/externalNetworks?" + filter("name==vcdsim-external")).json()
                .get("values").get(0).get("id").asText();
        String subnet = "{\"gateway\":\"10.40.0.1\",\"prefixLength\":24}";
        for (String body : new String[]{edge(unique("x"), portGroupNetwork, "{\"gateway\":\"" + get(admin,
                        V1 + "/externalNetworks/" + portGroupNetwork).json().get("subnets").get("values").get(0)
                        .get("gateway").asText() + "\",\"prefixLength\":24}"),
                edge(unique("x"), external, "{\"gateway\":\"10.99.0.1\",\"prefixLength\":24,\"primaryIp\":"
                        + "\"10.99.0.5\"}"),
                edge("", external, subnet),
                edge(unique("x"), external, "{\"gateway\":\"10.40.0.1\",\"prefixLength\":24,\"primaryIp\":"
                        + "\"10.41.0.5\"}"),
                "{\"name\":\"no-vdc\",\"edgeGatewayUplinks\":[]}"}) {
            Http.Res r = send(admin, "POST", V1 + "/edgeGateways", body);
            assertThat(r.status).as(body + " " + r.body).isEqualTo(400);
        }
        Http.Res badCluster = send(admin, "POST", V1 + "/edgeGateways", edge(unique("x"), external, subnet)
                .replace("\"connected\":true}]", "\"connected\":true}],\"edgeClusterConfig\":{\"primaryEdgeCluster\":"
                        + "{\"backingId\":\"nope\"}}"));
        assertThat(badCluster.status).as(badCluster.body).isEqualTo(400);
        assertThat(send(tenant, "POST", V1 + "/edgeGateways", edge(unique("x"), external, subnet)).status)
                .isEqualTo(403);
        assertThat(get(admin, V1 + "/edgeGateways/urn:vcloud:gateway:" + UUID.randomUUID()).status).isEqualTo(403);
    }

    @Test
    void aRoutedNetworkConnectsToAnNsxtEdge() {
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(unique("routed-edge"), external,
                "{\"gateway\":\"10.40.0.1\",\"prefixLength\":24}")));
        String net = awaitOwner(admin, send(admin, "POST", V1 + "/orgVdcNetworks", "{\"name\":\"" + unique("routed")
                + "\",\"networkType\":\"NAT_ROUTED\",\"ownerRef\":{\"id\":\"" + vdcUrn + "\"},\"connection\":"
                + "{\"routerRef\":{\"id\":\"" + id + "\"}},\"subnets\":{\"values\":[{\"gateway\":\"192.168.77.1\","
                + "\"prefixLength\":24}]}}"));
        assertThat(get(admin, V1 + "/orgVdcNetworks/" + net).json().get("connection").get("routerRef").get("id")
                .asText()).isEqualTo(id);
        assertThat(get(admin, V1 + "/edgeGateways/" + id).json().get("orgVdcNetworkCount").asInt()).isEqualTo(1);
    }

    @Test
    void anUpdateResizesOrReplacesTheAddressesAllocatedButKeepsThePrimaryOne() {
        String net = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", tier0Network(unique("ext"),
                "tier0-vrf-1", "10.44.0", "10", "30")));
        String subnet = "{\"gateway\":\"10.44.0.1\",\"prefixLength\":24,\"ipRanges\":{\"values\":"
                + "[{\"startAddress\":\"10.44.0.10\",\"endAddress\":\"10.44.0.14\"}]}}";
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(unique("alloc"), net, subnet)));
        String other = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(unique("other"), net,
                "{\"gateway\":\"10.44.0.1\",\"prefixLength\":24,\"primaryIp\":\"10.44.0.20\"}")));
        assertThat(other).isNotEqualTo(id);
        JsonNode e = get(admin, V1 + "/edgeGateways/" + id).json();
        ObjectNode s0 = (ObjectNode) e.get("edgeGatewayUplinks").get(0).get("subnets").get("values").get(0);
        assertThat(s0.get("totalIpCount").asInt()).isEqualTo(5);

        // go-vcloud-director's DeallocateIpCount: autoAllocateIpRanges with the count to keep
        s0.put("autoAllocateIpRanges", true).put("totalIpCount", 2);
        awaitOwner(admin, send(admin, "PUT", V1 + "/edgeGateways/" + id, e.toString()));
        JsonNode resized = get(admin, V1 + "/edgeGateways/" + id).json().get("edgeGatewayUplinks").get(0)
                .get("subnets").get("values").get(0);
        assertThat(resized.get("totalIpCount").asInt()).isEqualTo(2);
        assertThat(resized.get("primaryIp").asText()).isEqualTo("10.44.0.10");

        s0.put("totalIpCount", 0);
        assertThat(send(admin, "PUT", V1 + "/edgeGateways/" + id, e.toString()).status).isEqualTo(400);
        s0.remove("autoAllocateIpRanges");
        s0.remove("totalIpCount");
        ((ObjectNode) s0.get("ipRanges")).putArray("values").addObject().put("startAddress", "10.44.0.10")
                .put("endAddress", "10.44.0.20");
        Http.Res clash = send(admin, "PUT", V1 + "/edgeGateways/" + id, e.toString());
        assertThat(clash.status).as("10.44.0.20 is the other edge's").isEqualTo(400);
        ((ObjectNode) s0.get("ipRanges")).putArray("values").addObject().put("startAddress", "10.44.0.11")
                .put("endAddress", "10.44.0.12");
        Http.Res noPrimary = send(admin, "PUT", V1 + "/edgeGateways/" + id, e.toString());
        assertThat(noPrimary.status).as(noPrimary.body).isEqualTo(400);
        assertThat(get(admin, V1 + "/edgeGateways/" + id).json().get("edgeGatewayUplinks").get(0).get("subnets")
                .get("values").get(0).get("totalIpCount").asInt()).as("nothing half-applied").isEqualTo(2);
    }
}
