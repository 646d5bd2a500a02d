package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * External networks on NSX-T segments (backingType IMPORTED_T_LOGICAL_SWITCH, the segment named by the id the
 * importable switches give), as go-vcloud-director's Test_CreateExternalNetworkV2NsxtSegment makes them, and NSX-T
 * edge gateways with uplinks on them besides their tier-0 one (Test_NsxtEdgeCreateWithT0AndExternalNetworks).
 */
class CloudApiSegmentExternalNetworkTest {
    static final String SEGMENT = "IMPORTED_T_LOGICAL_SWITCH";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String managerUrn;
    static String vdcUrn;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        managerUrn = CloudApiNsxtTest.managerUrn(admin);
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
    }

    /** The manager's importable segments, as go-vcloud-director's GetFilteredNsxtImportableSwitches reads them. */
    static List<JsonNode> importable() {
        List<JsonNode> out = new ArrayList<>();
        Http.Res r = admin.send(admin.request("/network/orgvdcnetworks/importableswitches/?nsxTManager="
                + managerUrn.replaceAll(".*:", "")).header("Accept", "application/json").GET());
        assertThat(r.status).as(r.body).isEqualTo(200);
        r.json().forEach(out::add);
        return out;
    }

    static List<String> importableNames() {
        return importable().stream().map(s -> s.get("name").asText()).toList();
    }

    static String segmentId(String name) {
        return importable().stream().filter(s -> s.get("name").asText().equals(name)).findFirst().orElseThrow()
                .get("id").asText();
    }

    /** go-vcloud-director's ExternalNetworkV2 on one NSX-T backing (t0vrfBackedExternalNetworkConfig's shape). */
    static String network(String name, String net, String type, String backingId) {
        return "{\"name\":\"" + name + "\",\"subnets\":{\"values\":[{\"gateway\":\"" + net + ".1\",\"prefixLength\":24,"
                + "\"ipRanges\":{\"values\":[{\"startAddress\":\"" + net + ".3\",\"endAddress\":\"" + net + ".50\"}]},"
                + "\"enabled\":true}]},\"networkBackings\":{\"values\":[{\"backingId\":\"" + backingId
                + "\",\"networkProvider\":{\"id\":\"" + managerUrn + "\"},\"backingTypeValue\":\"" + type + "\"}]}}";
    }

    static String uplink(String network, String subnet) {
        return "{\"uplinkId\":\"" + network + "\",\"subnets\":{\"values\":[" + subnet + "]},\"connected\":true}";
    }

    static String edge(String name, String... uplinks) {
        return "{\"name\":\"" + name + "\",\"orgVdc\":{\"id\":\"" + vdcUrn + "\"},\"edgeGatewayUplinks\":["
                + String.join(",", uplinks) + "]}";
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertError(Http.Res r, int status, String minor) {
        assertThat(r.status).as(r.body).isEqualTo(status);
        assertThat(r.header("Content-Type")).contains("json");
        assertThat(r.json().get("minorErrorCode").asText()).as(r.body).isEqualTo(minor);
    }

    @Test
    void aSegmentBacksAnExternalNetworkAndIsNotImportableUntilTheNetworkGoes() {
        String segment = segmentId("segment-1");
        String name = unique("seg-ext");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(name, "1.1.1", SEGMENT,
                segment)));
        JsonNode net = get(admin, V1 + "/externalNetworks/" + id).json();
        JsonNode backing = net.get("networkBackings").get("values").get(0);
        assertThat(net.get("networkBackings").get("values")).hasSize(1);
        assertThat(backing.get("backingId").asText()).isEqualTo(segment);
        assertThat(backing.get("backingType").asText()).isEqualTo(SEGMENT);
        assertThat(backing.get("backingTypeValue").asText()).isEqualTo(SEGMENT);
        assertThat(backing.get("name").asText()).isEqualTo("segment-1");
        assertThat(backing.get("networkProvider").get("id").asText()).isEqualTo(managerUrn);
        assertThat(net.get("subnets").get("values").get(0).get("gateway").asText()).isEqualTo("1.1.1.1");
        assertThat(importableNames()).doesNotContain("segment-1").contains("segment-2");

        // renamed with the body read back (go-vcloud-director's Update), found by name and in the list
        ((ObjectNode) net).put("name", name + "-renamed");
        awaitOwner(admin, send(admin, "PUT", V1 + "/externalNetworks/" + id, net.toString()));
        assertThat(CloudApiCalls.names(get(admin, V1 + "/externalNetworks?" + filter("name==" + name + "-renamed"))
                .json())).containsExactly(name + "-renamed");
        assertThat(get(admin, V1 + "/externalNetworks/" + id).json().get("networkBackings").get("values").get(0)
                .get("backingId").asText()).isEqualTo(segment);

        awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + id, ""));
        assertThat(get(admin, V1 + "/externalNetworks/" + id).status).as("gone: vCD's answer for what is not there")
                .isEqualTo(403);
        assertThat(importableNames()).contains("segment-1");
    }

    @Test
    void aSegmentBacksOneNetworkOnly() {
        String segment = segmentId("segment-2");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("seg-ext"),
                "2.2.2", SEGMENT, segment)));
        String twin = unique("twin");
        assertError(send(admin, "POST", V1 + "/externalNetworks", network(twin, "2.2.3", SEGMENT, segment)), 400,
                "BAD_REQUEST");
        assertThat(get(admin, V1 + "/externalNetworks?" + filter("name==" + twin)).json().get("values"))
                .as("nothing half-made").isEmpty();
        // nor may an org VDC network import it
        Http.Res imported = send(admin, "POST", V1 + "/orgVdcNetworks", "{\"name\":\"" + unique("opaque")
                + "\",\"networkType\":\"OPAQUE\",\"ownerRef\":{\"id\":\"" + vdcUrn + "\"},\"backingNetworkId\":\""
                + segment + "\",\"subnets\":{\"values\":[{\"gateway\":\"2.1.1.1\",\"prefixLength\":24}]}}");
        assertThat(imported.status).as(imported.body).isEqualTo(400);
        awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + id, ""));
    }

    @Test
    void aSegmentAnOrgVdcNetworkImportedBacksNoExternalNetwork() {
        String segment = segmentId("segment-3");
        String opaque = awaitOwner(admin, send(admin, "POST", V1 + "/orgVdcNetworks", "{\"name\":\"" + unique("opaque")
                + "\",\"networkType\":\"OPAQUE\",\"ownerRef\":{\"id\":\"" + vdcUrn + "\"},\"backingNetworkId\":\""
                + segment + "\",\"subnets\":{\"values\":[{\"gateway\":\"2.1.1.1\",\"prefixLength\":24}]}}"));
        assertError(send(admin, "POST", V1 + "/externalNetworks", network(unique("seg-ext"), "3.3.3", SEGMENT,
                segment)), 400, "BAD_REQUEST");
        awaitOwner(admin, send(admin, "DELETE", V1 + "/orgVdcNetworks/" + opaque, ""));
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("seg-ext"),
                "3.3.3", SEGMENT, segment)));
        awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + id, ""));
    }

    @Test
    void anUnknownSegmentOrAMalformedSegmentBackingIsRefused() {
        assertError(send(admin, "POST", V1 + "/externalNetworks", network(unique("x"), "4.4.5", SEGMENT,
                "no-such-segment")), 400, "INVALID_REFERENCE");
        String segment = segmentId("segment-4");
        // a tier-0 router's id is no segment, nor a segment's a tier-0 router
        assertError(send(admin, "POST", V1 + "/externalNetworks", network(unique("x"), "4.4.5", SEGMENT,
                "tier0-1")), 400, "INVALID_REFERENCE");
        assertError(send(admin, "POST", V1 + "/externalNetworks", network(unique("x"), "4.4.5", "NSXT_TIER0",
                segment)), 400, "INVALID_REFERENCE");
        String twoBackings = network(unique("x"), "4.4.5", SEGMENT, segment).replace("}]}}", "},{\"backingId\":\""
                + segment + "\",\"networkProvider\":{\"id\":\"" + managerUrn + "\"},\"backingTypeValue\":\"" + SEGMENT
                + "\"}]}}");
        assertError(send(admin, "POST", V1 + "/externalNetworks", twoBackings), 400, "BAD_REQUEST");
        String noProvider = network(unique("x"), "4.4.5", SEGMENT, segment).replace(",\"networkProvider\":{\"id\":\""
                + managerUrn + "\"}", "");
        assertError(send(admin, "POST", V1 + "/externalNetworks", noProvider), 400, "BAD_REQUEST");
        String ipSpaces = "{\"name\":\"" + unique("x") + "\",\"usingIpSpace\":true,\"networkBackings\":{\"values\":"
                + "[{\"backingId\":\"" + segment + "\",\"networkProvider\":{\"id\":\"" + managerUrn + "\"},"
                + "\"backingTypeValue\":\"" + SEGMENT + "\"}]}}";
        assertError(send(admin, "POST", V1 + "/externalNetworks", ipSpaces), 400, "BAD_REQUEST");
        assertThat(send(tenant, "POST", V1 + "/externalNetworks", network(unique("x"), "4.4.5", SEGMENT, segment))
                .status).isEqualTo(403);
        assertThat(importableNames()).as("none of them took it").contains("segment-4");
    }

    @Test
    void anNsxtEdgeHasItsTier0UplinkFirstAndUplinksOnSegmentsWithTheAddressesAskedFor() {
        String t0 = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("t0"), "89.1.1",
                "NSXT_VRF_TIER0", "tier0-vrf-1")));
        String seg1 = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("seg"), "1.1.1",
                SEGMENT, segmentId("segment-1"))));
        String seg2 = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("seg"), "4.4.4",
                SEGMENT, segmentId("segment-2"))));
        // sent with a segment's uplink first, the tier-0 one named loosely (a gateway its network lacks) as
        // go-vcloud-director's test does
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(unique("edge"),
                uplink(seg1, "{\"gateway\":\"1.1.1.1\",\"prefixLength\":24,\"enabled\":true,\"autoAllocateIpRanges\""
                        + ":true,\"primaryIp\":\"1.1.1.5\",\"totalIpCount\":4}"),
                uplink(t0, "{\"gateway\":\"5.1.1.1\",\"prefixLength\":24,\"enabled\":true}"),
                uplink(seg2, "{\"gateway\":\"4.4.4.1\",\"prefixLength\":24,\"enabled\":true,\"autoAllocateIpRanges\""
                        + ":true,\"totalIpCount\":7}"))));
        JsonNode uplinks = get(admin, V1 + "/edgeGateways/" + id).json().get("edgeGatewayUplinks");
        assertThat(uplinks).hasSize(3);
        assertThat(uplinks.get(0).get("uplinkId").asText()).isEqualTo(t0);
        assertThat(uplinks.get(0).get("backingType").asText()).isEqualTo("NSXT_VRF_TIER0");
        JsonNode primary = uplinks.get(0).get("subnets").get("values").get(0);
        assertThat(primary.get("gateway").asText()).isEqualTo("89.1.1.1");
        assertThat(primary.get("primaryIp").asText()).isEqualTo("89.1.1.3");
        assertThat(primary.get("totalIpCount").asInt()).isEqualTo(1);

        assertThat(uplinks.get(1).get("uplinkId").asText()).isEqualTo(seg1);
        assertThat(uplinks.get(1).get("backingType").asText()).isEqualTo(SEGMENT);
        JsonNode s1 = uplinks.get(1).get("subnets").get("values").get(0);
        assertThat(s1.get("primaryIp").asText()).isEqualTo("1.1.1.5");
        assertThat(s1.get("totalIpCount").asInt()).isEqualTo(4);
        assertThat(s1.get("ipRanges").get("values").get(0).get("startAddress").asText()).isEqualTo("1.1.1.3");
        assertThat(s1.get("ipRanges").get("values").get(0).get("endAddress").asText()).isEqualTo("1.1.1.6");

        assertThat(uplinks.get(2).get("uplinkId").asText()).isEqualTo(seg2);
        assertThat(uplinks.get(2).get("backingType").asText()).isEqualTo(SEGMENT);
        JsonNode s2 = uplinks.get(2).get("subnets").get("values").get(0);
        assertThat(s2.get("primaryIp").asText()).isEqualTo("4.4.4.3");
        assertThat(s2.get("totalIpCount").asInt()).isEqualTo(7);

        // renamed with the body read back, the allocations stay
        JsonNode e = get(admin, V1 + "/edgeGateways/" + id).json();
        ((ObjectNode) e).put("name", unique("renamed"));
        awaitOwner(admin, send(admin, "PUT", V1 + "/edgeGateways/" + id, e.toString()));
        JsonNode after = get(admin, V1 + "/edgeGateways/" + id).json().get("edgeGatewayUplinks");
        assertThat(after.get(1).get("subnets").get("values").get(0).get("totalIpCount").asInt()).isEqualTo(4);
        assertThat(after.get(2).get("subnets").get("values").get(0).get("totalIpCount").asInt()).isEqualTo(7);
        assertThat(get(admin, V1 + "/edgeGateways/" + id + "/usedIpAddresses").json().get("values")).hasSize(3);

        // a segment's network with an edge's uplink on it stays; once the edge goes, the networks go
        Http.Res refused = send(admin, "DELETE", V1 + "/externalNetworks/" + seg1, "");
        assertThat(refused.status).as(refused.body).isEqualTo(202);
        assertThat(admin.awaitTask(admin.get(refused.header("Location"))).attr("status")).isEqualTo("error");
        assertThat(get(admin, V1 + "/externalNetworks/" + seg1).status).isEqualTo(200);
        awaitOwner(admin, send(admin, "DELETE", V1 + "/edgeGateways/" + id, ""));
        for (String net : List.of(seg2, seg1, t0)) {
            awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + net, ""));
        }
        assertThat(importableNames()).contains("segment-1", "segment-2");
    }

    @Test
    void anNsxtEdgeNeedsExactlyOneTier0UplinkAndSubnetsItsNetworksHave() {
        String t0 = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("t0"), "89.2.1",
                "NSXT_TIER0", "tier0-1")));
        String t0b = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("t0"), "89.2.2",
                "NSXT_TIER0", "tier0-2")));
        String seg = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", network(unique("seg"), "6.6.6",
                SEGMENT, segmentId("segment-4"))));
        String portGroups = get(admin, V1 + "/externalNetworks?" + filter("name==vcdsim-external")).json()
                .get("values").get(0).get("id").asText();
        String loose = "{\"gateway\":\"7.7.7.1\",\"prefixLength\":24}";
        String segSubnet = "{\"gateway\":\"6.6.6.1\",\"prefixLength\":24}";
        String name = unique("bad-edge");
        for (String body : new String[]{
                edge(name, uplink(seg, segSubnet)),
                edge(name, uplink(t0, loose), uplink(t0b, loose)),
                edge(name, uplink(t0, loose), uplink(portGroups, loose)),
                edge(name, uplink(t0, loose), uplink(seg, "{\"gateway\":\"6.6.7.1\",\"prefixLength\":24,"
                        + "\"primaryIp\":\"6.6.7.5\"}")),
                edge(name, uplink(t0, loose), uplink(seg, "{\"gateway\":\"6.6.7.1\",\"prefixLength\":24,"
                        + "\"autoAllocateIpRanges\":true,\"totalIpCount\":3}")),
                edge(name, uplink(t0, loose), uplink(seg, "{\"gateway\":\"6.6.6.1\",\"prefixLength\":24,"
                        + "\"autoAllocateIpRanges\":true,\"totalIpCount\":500}"))}) {
            assertError(send(admin, "POST", V1 + "/edgeGateways", body), 400, "BAD_REQUEST");
        }
        assertThat(get(admin, V1 + "/edgeGateways?" + filter("name==" + name)).json().get("values"))
                .as("nothing half-made").isEmpty();
        assertThat(get(admin, V1 + "/externalNetworks/" + seg).json().get("usedIpCount").asInt()).isZero();
        // the addresses the refused ones asked for are free for the next edge
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", edge(name, uplink(t0, loose),
                uplink(seg, "{\"gateway\":\"6.6.6.1\",\"prefixLength\":24,\"autoAllocateIpRanges\":true,"
                        + "\"totalIpCount\":3}"))));
        JsonNode s = get(admin, V1 + "/edgeGateways/" + id).json().get("edgeGatewayUplinks").get(1).get("subnets")
                .get("values").get(0);
        assertThat(s.get("primaryIp").asText()).isEqualTo("6.6.6.3");
        assertThat(s.get("totalIpCount").asInt()).isEqualTo(3);
        awaitOwner(admin, send(admin, "DELETE", V1 + "/edgeGateways/" + id, ""));
        for (String net : List.of(seg, t0b, t0)) {
            awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + net, ""));
        }
    }
}
