package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.CloudApiVdcGroupFirewallGroupTest.unique;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data center group networks: org VDC networks whose {@code ownerRef} is a VDC group, as go-vcloud-director's
 * VdcGroup.CreateOpenApiOrgVdcNetwork makes them and VdcGroup.GetOpenApiOrgVdcNetworkByName / ById /
 * GetAllOpenApiOrgVdcNetworks find them ({@code ownerRef.id==} the group); runOpenApiOrgVdcNetworkWithVdcGroupTest
 * (Test_NsxtOrgVdcNetworkIsolated, ...Routed) does this. Every member VDC's vApps may use one; a routed one is on an
 * edge gateway the group owns, and moves with it.
 */
class CloudApiVdcGroupNetworkTest {
    static final String NETWORKS = V1 + "/orgVdcNetworks";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static String orgHref;
    static String pvdc;
    static String vdcA;
    static String vdcB;
    static String external;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        pvdc = CloudApiVdcGroupTest.nsxtProviderVdc(admin, "vgn-pvdc");
        vdcA = CloudApiVdcGroupTest.vdc(admin, orgHref, "vgn-a", pvdc);
        vdcB = CloudApiVdcGroupTest.vdc(admin, orgHref, "vgn-b", pvdc);
        external = NsxtServiceCalls.tier0Network(admin, "tier0-2", "10.58.0");
    }

    private static String group(String... vdcs) {
        return CloudApiVdcGroupTest.group(admin, orgHref, unique("vgn-group"), vdcs);
    }

    private static Http.Res isolated(String name, String owner, int third) {
        return send(admin, "POST", NETWORKS, "{\"name\":\"" + name + "\",\"networkType\":\"ISOLATED\",\"ownerRef\":"
                + "{\"id\":\"" + owner + "\"},\"subnets\":{\"values\":[{\"gateway\":\"192.168." + third + ".1\","
                + "\"prefixLength\":24}]}}");
    }

    private static Http.Res routed(String name, String owner, String edge, int third) {
        return send(admin, "POST", NETWORKS, "{\"name\":\"" + name + "\",\"networkType\":\"NAT_ROUTED\",\"ownerRef\":"
                + "{\"id\":\"" + owner + "\"},\"connection\":{\"routerRef\":{\"id\":\"" + edge + "\"},"
                + "\"connectionType\":\"INTERNAL\"},\"subnets\":{\"values\":[{\"gateway\":\"192.168." + third
                + ".1\",\"prefixLength\":24}]}}");
    }

    /** The edge as read, with ownerRef set to {@code owner} and orgVdc cleared, PUT back (MoveToVdcOrVdcGroup). */
    private static void move(String edge, String owner) {
        ObjectNode e = (ObjectNode) get(admin, V1 + "/edgeGateways/" + edge).json();
        e.putObject("ownerRef").put("id", owner);
        e.remove("orgVdc");
        awaitOwner(admin, send(admin, "PUT", V1 + "/edgeGateways/" + edge, e.toString()));
    }

    /** The names of a VDC's AvailableNetworks, as its /api view lists them. */
    private static List<String> available(String vdcUrn) {
        return Http.Res.children(admin.get("/api/vdc/" + vdcUrn.substring(vdcUrn.lastIndexOf(':') + 1))
                .child("AvailableNetworks"), "Network").stream().map(n -> n.getAttribute("name")).toList();
    }

    private static String owner(String network) {
        return get(admin, NETWORKS + "/" + network).json().get("ownerRef").get("id").asText();
    }

    @Test
    void anIsolatedNetworkOfAVdcGroupIsFoundByItsGroupAndEveryMemberMayUseIt() {
        String group = group(vdcA, vdcB);
        String name = unique("vgn-isolated");
        String network = awaitOwner(admin, isolated(name, group, 71));

        JsonNode net = get(admin, NETWORKS + "/" + network).json();
        assertThat(net.get("ownerRef").get("id").asText()).isEqualTo(group);
        assertThat(net.get("ownerRef").get("name").asText()).startsWith("vgn-group-");
        assertThat(net.has("orgVdc")).as("a group's network has no orgVdc").isFalse();
        assertThat(net.get("networkType").asText()).isEqualTo("ISOLATED");
        assertThat(names(get(admin, NETWORKS + "?" + filter("ownerRef.id==" + group + ";name==" + name)).json()))
                .containsExactly(name);
        assertThat(names(get(admin, NETWORKS + "?" + filter("ownerRef.id==" + vdcA + ";name==" + name)).json()))
                .isEmpty();
        assertThat(available(vdcA)).contains(name);
        assertThat(available(vdcB)).contains(name);

        // the group keeps what its network is kept with until the network goes
        refused(send(admin, "DELETE", V1 + "/vdcGroups/" + group, ""), 400, "BAD_REQUEST");
        awaitOwner(admin, send(admin, "DELETE", NETWORKS + "/" + network, ""));
        awaitOwner(admin, send(admin, "DELETE", V1 + "/vdcGroups/" + group, ""));
    }

    @Test
    void aRoutedNetworkHasItsEdgesOwnerAndMovesWithTheEdge() {
        String edge = NsxtServiceCalls.edge(admin, unique("vgn-edge"), vdcA, external, "10.58.0.1");
        String before = awaitOwner(admin, routed(unique("vgn-before"), vdcA, edge, 72));
        String group = group(vdcA, vdcB);

        move(edge, group);
        assertThat(owner(before)).as("a routed network goes where its edge goes").isEqualTo(group);
        refused(routed(unique("vgn-wrong-owner"), vdcA, edge, 73), 400, "BAD_REQUEST");
        String name = unique("vgn-routed");
        String inGroup = awaitOwner(admin, routed(name, group, edge, 74));
        JsonNode net = get(admin, NETWORKS + "/" + inGroup).json();
        assertThat(net.get("connection").get("routerRef").get("id").asText()).isEqualTo(edge);
        assertThat(available(vdcB)).contains(name);

        move(edge, vdcA);
        assertThat(owner(inGroup)).isEqualTo(vdcA);
        assertThat(owner(before)).isEqualTo(vdcA);
        assertThat(available(vdcB)).doesNotContain(name);
    }

    @Test
    void aGroupNetworkNeedsAnEdgeOfTheGroupAndIsNeverDirect() {
        String group = group(vdcA, vdcB);
        String edgeOfVdc = NsxtServiceCalls.edge(admin, unique("vgn-edge"), vdcA, external, "10.58.0.1");
        refused(routed(unique("vgn-no-edge"), group, edgeOfVdc, 75), 400, "INVALID_REFERENCE");
        refused(send(admin, "POST", NETWORKS, "{\"name\":\"" + unique("vgn-direct") + "\",\"networkType\":\"DIRECT\","
                + "\"ownerRef\":{\"id\":\"" + group + "\"},\"parentNetworkId\":{\"id\":\"" + external + "\"}}"),
                400, "BAD_REQUEST");
        refused(isolated(unique("vgn-nogroup"), "urn:vcloud:vdcGroup:00000000-0000-0000-0000-000000000000", 76),
                403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(names(get(admin, NETWORKS + "?" + filter("ownerRef.id==" + group)).json())).isEmpty();
    }

    @Test
    void theVdcAGroupNetworkIsKeptWithStaysAMember() {
        String group = group(vdcA, vdcB);
        String network = awaitOwner(admin, isolated(unique("vgn-kept"), group, 77));
        ObjectNode g = (ObjectNode) get(admin, V1 + "/vdcGroups/" + group).json();
        g.putArray("participatingOrgVdcs").addObject().putObject("vdcRef").put("id", vdcB);
        refused(send(admin, "PUT", V1 + "/vdcGroups/" + group, g.toString()), 400, "BAD_REQUEST");
        assertThat(owner(network)).isEqualTo(group);
        awaitOwner(admin, send(admin, "DELETE", V1 + "/vdcGroups/" + group + "?force=true", ""));
        assertThat(owner(network)).as("a forced deletion hands the network back to its VDC").isEqualTo(vdcA);
    }
}
