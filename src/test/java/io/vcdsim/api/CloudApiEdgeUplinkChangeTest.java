package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PUT of an NSX-T edge gateway takes its uplinks as the new whole: uplinks on NSX-T segments' external networks
 * added, changed and removed, as go-vcloud-director's NsxtEdgeGateway.Update sends the edge read back and changed and
 * terraform's vcd_nsxt_edgegateway sends one uplink per {@code external_network} block ({@code autoAllocateIpRanges}
 * with {@code totalIpCount}); the tier-0 uplink stays first and is neither removed nor exchanged; a refused change
 * leaves the edge as it was.
 */
class CloudApiEdgeUplinkChangeTest {
    static final String SEGMENT = "IMPORTED_T_LOGICAL_SWITCH";
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String managerUrn;
    static String vdcUrn;
    static String t0;
    static String t0b;
    static String seg1;
    static String seg2;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        managerUrn = CloudApiNsxtTest.managerUrn(admin);
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        t0 = network("t0", "89.3.1", "NSXT_TIER0", "tier0-1");
        t0b = network("t0b", "89.3.2", "NSXT_VRF_TIER0", "tier0-vrf-1");
        seg1 = network("seg1", "1.1.1", SEGMENT, segmentId("segment-1"));
        seg2 = network("seg2", "4.4.4", SEGMENT, segmentId("segment-2"));
    }

    static String segmentId(String name) {
        Http.Res r = admin.send(admin.request("/network/orgvdcnetworks/importableswitches/?nsxTManager="
                + managerUrn.replaceAll(".*:", "")).header("Accept", "application/json").GET());
        for (JsonNode s : r.json()) {
            if (s.get("name").asText().equals(name)) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError(name + " is not importable: " + r.body);
    }

    /** An external network whose static pool is net.3 to net.50. */
    static String network(String prefix, String net, String type, String backingId) {
        return awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", "{\"name\":\"" + unique(prefix)
                + "\",\"subnets\":{\"values\":[{\"gateway\":\"" + net + ".1\",\"prefixLength\":24,\"ipRanges\":"
                + "{\"values\":[{\"startAddress\":\"" + net + ".3\",\"endAddress\":\"" + net + ".50\"}]},"
                + "\"enabled\":true}]},\"networkBackings\":{\"values\":[{\"backingId\":\"" + backingId
                + "\",\"networkProvider\":{\"id\":\"" + managerUrn + "\"},\"backingTypeValue\":\"" + type + "\"}]}}"));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** terraform's uplink of an external_network block: autoAllocateIpRanges with totalIpCount. */
    static ObjectNode counted(String network, String gateway, String primaryIp, int count) {
        ObjectNode u = JSON.createObjectNode().put("uplinkId", network);
        u.putObject("subnets").putArray("values").addObject().put("enabled", true).put("gateway", gateway)
                .put("prefixLength", 24).put("primaryIp", primaryIp).put("autoAllocateIpRanges", true)
                .put("totalIpCount", count);
        return u;
    }

    /** An edge on the tier-0 network t0 and the uplinks given. */
    static String edge(ObjectNode... more) {
        ObjectNode body = JSON.createObjectNode().put("name", unique("edge"));
        body.putObject("orgVdc").put("id", vdcUrn);
        ArrayNode uplinks = body.putArray("edgeGatewayUplinks");
        uplinks.addObject().put("uplinkId", t0).putObject("subnets").putArray("values").addObject()
                .put("gateway", "89.3.1.1").put("prefixLength", 24).put("enabled", true);
        for (ObjectNode u : more) {
            uplinks.add(u);
        }
        return awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", body.toString()));
    }

    static ObjectNode read(String edge) {
        return (ObjectNode) get(admin, V1 + "/edgeGateways/" + edge).json();
    }

    static ArrayNode uplinks(ObjectNode edge) {
        return (ArrayNode) edge.get("edgeGatewayUplinks");
    }

    static ObjectNode subnet(JsonNode uplink) {
        return (ObjectNode) uplink.get("subnets").get("values").get(0);
    }

    static JsonNode uplinkOn(String edge, String network) {
        for (JsonNode u : uplinks(read(edge))) {
            if (u.get("uplinkId").asText().equals(network)) {
                return u;
            }
        }
        return null;
    }

    static List<String> allocated(JsonNode uplink) {
        List<String> out = new ArrayList<>();
        subnet(uplink).get("ipRanges").get("values").forEach(r -> out.add(r.get("startAddress").asText() + "-"
                + r.get("endAddress").asText()));
        return out;
    }

    static Http.Res put(Http who, String edge, ObjectNode body) {
        return send(who, "PUT", V1 + "/edgeGateways/" + edge, body.toString());
    }

    /** The PUT is accepted and its task, the edge's update, succeeds. */
    static void changed(String edge, ObjectNode body) {
        Http.Res accepted = put(admin, edge, body);
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = admin.awaitTask(admin.get(accepted.header("Location")));
        assertThat(task.attr("operationName")).isEqualTo("networkEdgeGatewayUpdate");
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.child("Owner").getAttribute("id")).isEqualTo(edge);
    }

    /** The PUT is refused with a vCloud error and the edge is as it was. */
    static String refused(Http who, String edge, ObjectNode body, int status, String minor) {
        JsonNode before = read(edge);
        Http.Res r = put(who, edge, body);
        assertThat(r.status).as(r.body).isEqualTo(status);
        assertThat(r.json().get("minorErrorCode").asText()).as(r.body).isEqualTo(minor);
        assertThat(read(edge)).as("nothing half-applied").isEqualTo(before);
        return r.json().get("message").asText();
    }

    static void delete(String edge) {
        awaitOwner(admin, send(admin, "DELETE", V1 + "/edgeGateways/" + edge, ""));
    }

    @Test
    void aSegmentUplinkIsAddedAsTerraformSendsItAndTakesAddressesNoOtherEdgeHolds() {
        String first = edge();
        ObjectNode e = read(first);
        assertThat(uplinks(e)).hasSize(1);
        ObjectNode changed = JSON.createObjectNode().put("id", first).put("name", e.get("name").asText());
        changed.set("ownerRef", e.get("ownerRef"));
        changed.putArray("edgeGatewayUplinks").add(uplinks(e).get(0)).add(counted(seg1, "1.1.1.1", "", 3));
        changed(first, changed);
        ArrayNode after = uplinks(read(first));
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("uplinkId").asText()).as("the tier-0 uplink stays first").isEqualTo(t0);
        assertThat(after.get(1).get("uplinkId").asText()).isEqualTo(seg1);
        assertThat(after.get(1).get("backingType").asText()).isEqualTo(SEGMENT);
        assertThat(subnet(after.get(1)).get("primaryIp").asText()).isEqualTo("1.1.1.3");
        assertThat(subnet(after.get(1)).get("totalIpCount").asInt()).isEqualTo(3);
        assertThat(allocated(after.get(1))).containsExactly("1.1.1.3-1.1.1.5");
        assertThat(get(admin, V1 + "/edgeGateways/" + first + "/usedIpAddresses").json().get("values").findValuesAsText(
                "ipAddress")).contains("1.1.1.3");

        // go-vcloud-director's Update: the second edge read back, an uplink appended
        String second = edge();
        ObjectNode other = read(second);
        uplinks(other).add(counted(seg1, "1.1.1.1", "1.1.1.4", 2));
        assertThat(refused(admin, second, other, 400, "BAD_REQUEST")).contains("1.1.1.4").contains("in use");
        ((ObjectNode) subnet(uplinks(other).get(1))).put("primaryIp", "");
        changed(second, other);
        assertThat(allocated(uplinkOn(second, seg1))).as("no address handed out twice")
                .containsExactly("1.1.1.6-1.1.1.7");
        assertThat(allocated(uplinkOn(first, seg1))).containsExactly("1.1.1.3-1.1.1.5");
        delete(second);
        delete(first);
    }

    @Test
    void aSegmentUplinksAllocationGrowsAndShrinksKeepingItsPrimaryAddress() {
        String id = edge(counted(seg2, "4.4.4.1", "4.4.4.10", 3));
        assertThat(allocated(uplinkOn(id, seg2))).containsExactly("4.4.4.3-4.4.4.4", "4.4.4.10-4.4.4.10");
        ObjectNode e = read(id);
        ObjectNode s = subnet(uplinks(e).get(1));
        s.put("autoAllocateIpRanges", true).put("totalIpCount", 5);
        changed(id, e);
        assertThat(allocated(uplinkOn(id, seg2))).containsExactly("4.4.4.3-4.4.4.6", "4.4.4.10-4.4.4.10");
        s.put("totalIpCount", 2);
        changed(id, e);
        assertThat(allocated(uplinkOn(id, seg2))).containsExactly("4.4.4.3-4.4.4.3", "4.4.4.10-4.4.4.10");
        assertThat(subnet(uplinkOn(id, seg2)).get("primaryIp").asText()).isEqualTo("4.4.4.10");

        // ranges named instead of a count
        s.remove("autoAllocateIpRanges");
        s.remove("totalIpCount");
        ((ObjectNode) s.get("ipRanges")).putArray("values").addObject().put("startAddress", "4.4.4.10")
                .put("endAddress", "4.4.4.12");
        changed(id, e);
        assertThat(allocated(uplinkOn(id, seg2))).containsExactly("4.4.4.10-4.4.4.12");

        // more than the pool holds, none, or another primary address: refused
        ObjectNode tooMany = read(id);
        subnet(uplinks(tooMany).get(1)).put("autoAllocateIpRanges", true).put("totalIpCount", 49);
        assertThat(refused(admin, id, tooMany, 400, "BAD_REQUEST")).contains("48 addresses");
        subnet(uplinks(tooMany).get(1)).put("totalIpCount", 0);
        refused(admin, id, tooMany, 400, "BAD_REQUEST");
        ObjectNode otherPrimary = read(id);
        subnet(uplinks(otherPrimary).get(1)).put("primaryIp", "4.4.4.11");
        assertThat(refused(admin, id, otherPrimary, 400, "BAD_REQUEST")).contains("primary address 4.4.4.10");
        delete(id);
    }

    @Test
    void aRemovedSegmentUplinkLetsItsAddressesGo() {
        String id = edge(counted(seg1, "1.1.1.1", "1.1.1.20", 2), counted(seg2, "4.4.4.1", "4.4.4.20", 2));
        ObjectNode e = read(id);
        assertThat(uplinks(e)).hasSize(3);
        uplinks(e).remove(1);
        changed(id, e);
        ArrayNode after = uplinks(read(id));
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("uplinkId").asText()).isEqualTo(t0);
        assertThat(after.get(1).get("uplinkId").asText()).isEqualTo(seg2);
        assertThat(get(admin, V1 + "/edgeGateways/" + id + "/usedIpAddresses").json().get("values")
                .findValuesAsText("ipAddress")).doesNotContain("1.1.1.20");
        // the addresses are free for another edge
        String other = edge(counted(seg1, "1.1.1.1", "1.1.1.20", 1));
        assertThat(allocated(uplinkOn(other, seg1))).containsExactly("1.1.1.20-1.1.1.20");
        delete(other);

        // the last segment uplink goes too; the network, no longer an uplink, may be deleted by then
        ObjectNode only = read(id);
        uplinks(only).remove(1);
        changed(id, only);
        assertThat(uplinks(read(id))).hasSize(1);
        delete(id);
    }

    @Test
    void theTier0UplinkIsNeitherRemovedNorExchangedNorJoinedByAnother() {
        String id = edge(counted(seg1, "1.1.1.1", "1.1.1.30", 1));
        ObjectNode noTier0 = read(id);
        uplinks(noTier0).remove(0);
        assertThat(refused(admin, id, noTier0, 400, "BAD_REQUEST")).contains("tier-0").contains("not removed");

        ObjectNode exchanged = read(id);
        ((ObjectNode) uplinks(exchanged).get(0)).put("uplinkId", t0b);
        subnet(uplinks(exchanged).get(0)).put("gateway", "89.3.2.1").put("primaryIp", "");
        assertThat(refused(admin, id, exchanged, 400, "BAD_REQUEST")).contains("not exchanged");

        ObjectNode second = read(id);
        uplinks(second).add(counted(t0b, "89.3.2.1", "", 1));
        assertThat(refused(admin, id, second, 400, "BAD_REQUEST")).contains("one uplink on a tier-0");

        ObjectNode none = read(id);
        none.putArray("edgeGatewayUplinks");
        refused(admin, id, none, 400, "BAD_REQUEST");
        delete(id);
    }

    @Test
    void anUplinkAddedMustBeAReadySegmentNetworkNamedOnce() {
        String id = edge();
        String portGroups = get(admin, V1 + "/externalNetworks?" + CloudApiCalls.filter("name==vcdsim-external"))
                .json().get("values").get(0).get("id").asText();
        ObjectNode onPortGroups = read(id);
        uplinks(onPortGroups).add(counted(portGroups, "10.0.0.1", "", 1));
        assertThat(refused(admin, id, onPortGroups, 400, "BAD_REQUEST")).contains("is on neither");
        ObjectNode unknown = read(id);
        uplinks(unknown).add(counted("urn:vcloud:network:" + UUID.randomUUID(), "1.1.1.1", "", 1));
        refused(admin, id, unknown, 400, "INVALID_REFERENCE");
        ObjectNode twice = read(id);
        uplinks(twice).add(counted(seg2, "4.4.4.1", "", 1)).add(counted(seg2, "4.4.4.1", "", 1));
        assertThat(refused(admin, id, twice, 400, "BAD_REQUEST")).contains("one uplink per external network");
        ObjectNode noId = read(id);
        uplinks(noId).add(JSON.createObjectNode().put("connected", true));
        refused(admin, id, noId, 400, "BAD_REQUEST");
        delete(id);
    }

    @Test
    void aRefusedChangeLeavesEveryUplinkAsItWas() {
        String id = edge(counted(seg1, "1.1.1.1", "1.1.1.40", 2));
        // seg2 added and seg1 grown past its pool: neither happens
        ObjectNode both = read(id);
        subnet(uplinks(both).get(1)).put("autoAllocateIpRanges", true).put("totalIpCount", 100);
        uplinks(both).add(counted(seg2, "4.4.4.1", "4.4.4.40", 2));
        assertThat(refused(admin, id, both, 400, "BAD_REQUEST")).contains("fewer than 100");
        // seg1 removed and seg2 added, its primary address taken before its count is refused: seg1 stays
        ObjectNode late = read(id);
        uplinks(late).remove(1);
        uplinks(late).add(counted(seg2, "4.4.4.1", "4.4.4.40", 60));
        assertThat(refused(admin, id, late, 400, "BAD_REQUEST")).contains("fewer than 60");
        // seg1 removed and seg2 added on an address another edge holds: seg1 stays
        String holder = edge(counted(seg2, "4.4.4.1", "4.4.4.45", 1));
        ObjectNode swap = read(id);
        uplinks(swap).remove(1);
        uplinks(swap).add(counted(seg2, "4.4.4.1", "4.4.4.45", 2));
        assertThat(refused(admin, id, swap, 400, "BAD_REQUEST")).contains("4.4.4.45").contains("in use");
        assertThat(allocated(uplinkOn(holder, seg2))).containsExactly("4.4.4.45-4.4.4.45");
        delete(holder);
        // the addresses seg2's refused uplinks asked for are still free
        ObjectNode ok = read(id);
        uplinks(ok).add(counted(seg2, "4.4.4.1", "4.4.4.40", 2));
        changed(id, ok);
        assertThat(allocated(uplinkOn(id, seg2))).containsExactly("4.4.4.3-4.4.4.3", "4.4.4.40-4.4.4.40");
        delete(id);
    }

    @Test
    void anAddressTheEdgesNatRuleOrTunnelUsesIsNotLetGo() {
        String id = edge(counted(seg1, "1.1.1.1", "1.1.1.44", 3));
        assertThat(allocated(uplinkOn(id, seg1))).containsExactly("1.1.1.3-1.1.1.4", "1.1.1.44-1.1.1.44");
        String nat = V1 + "/edgeGateways/" + id + "/nat/rules";
        awaitOwner(tenant, send(tenant, "POST", nat, "{\"name\":\"dnat\",\"type\":\"DNAT\",\"externalAddresses\":"
                + "\"1.1.1.4\",\"internalAddresses\":\"192.168.1.10\",\"enabled\":true}"));
        String ruleId = get(tenant, nat).json().get("values").get(0).get("id").asText();
        ObjectNode removal = read(id);
        uplinks(removal).remove(1);
        assertThat(refused(admin, id, removal, 400, "BAD_REQUEST")).contains("1.1.1.4").contains("NAT rule dnat");
        ObjectNode shrink = read(id);
        subnet(uplinks(shrink).get(1)).put("autoAllocateIpRanges", true).put("totalIpCount", 1);
        assertThat(refused(admin, id, shrink, 400, "BAD_REQUEST")).contains("1.1.1.4");
        awaitOwner(tenant, send(tenant, "DELETE", nat + "/" + ruleId, ""));

        String tunnels = V1 + "/edgeGateways/" + id + "/ipsec/tunnels";
        awaitOwner(tenant, send(tenant, "POST", tunnels, "{\"name\":\"vpn\",\"enabled\":true,\"localEndpoint\":"
                + "{\"localAddress\":\"1.1.1.44\",\"localNetworks\":[\"10.10.10.0/24\"]},\"remoteEndpoint\":"
                + "{\"remoteAddress\":\"20.0.0.1\",\"remoteNetworks\":[\"20.20.20.0/24\"]},\"preSharedKey\":\"k\","
                + "\"securityType\":\"DEFAULT\"}"));
        assertThat(refused(admin, id, removal, 400, "BAD_REQUEST")).contains("1.1.1.44")
                .contains("IPSec VPN Tunnel vpn");
        changed(id, shrink);
        assertThat(allocated(uplinkOn(id, seg1))).as("the primary address stays, 1.1.1.4 goes")
                .containsExactly("1.1.1.44-1.1.1.44");
        String tunnelId = get(tenant, tunnels).json().get("values").get(0).get("id").asText();
        awaitOwner(tenant, send(tenant, "DELETE", tunnels + "/" + tunnelId, ""));
        changed(id, removal);
        assertThat(uplinks(read(id))).hasSize(1);
        delete(id);
    }

    @Test
    void theTier0UplinksAddressesAreKeptWhileANatRuleUsesThemToo() {
        ObjectNode body = JSON.createObjectNode().put("name", unique("edge"));
        body.putObject("orgVdc").put("id", vdcUrn);
        ObjectNode s = body.putArray("edgeGatewayUplinks").addObject().put("uplinkId", t0).putObject("subnets")
                .putArray("values").addObject().put("gateway", "89.3.1.1").put("prefixLength", 24);
        s.putObject("ipRanges").putArray("values").addObject().put("startAddress", "89.3.1.40")
                .put("endAddress", "89.3.1.41");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", body.toString()));
        String nat = V1 + "/edgeGateways/" + id + "/nat/rules";
        awaitOwner(tenant, send(tenant, "POST", nat, "{\"name\":\"snat\",\"type\":\"SNAT\",\"externalAddresses\":"
                + "\"89.3.1.41\",\"internalAddresses\":\"192.168.2.0/24\",\"enabled\":true}"));
        // go-vcloud-director's DeallocateIpCount(1)
        ObjectNode shrink = read(id);
        subnet(uplinks(shrink).get(0)).put("autoAllocateIpRanges", true).put("totalIpCount", 1);
        assertThat(refused(admin, id, shrink, 400, "BAD_REQUEST")).contains("89.3.1.41").contains("NAT rule snat");
        awaitOwner(tenant, send(tenant, "DELETE", nat + "/" + get(tenant, nat).json().get("values").get(0).get("id")
                .asText(), ""));
        changed(id, shrink);
        assertThat(allocated(uplinks(read(id)).get(0))).containsExactly("89.3.1.40-89.3.1.40");
        delete(id);
    }

    @Test
    void anAddressTheEdgesL2VpnTunnelOrDnsForwarderUsesIsNotLetGo() {
        String id = edge(counted(seg2, "4.4.4.1", "4.4.4.30", 2));
        assertThat(allocated(uplinkOn(id, seg2))).containsExactly("4.4.4.3-4.4.4.3", "4.4.4.30-4.4.4.30");
        String dns = V1 + "/edgeGateways/" + id + "/dns";
        awaitOwner(tenant, send(tenant, "PUT", dns, "{\"enabled\":false,\"snatRuleExternalIpAddress\":\"4.4.4.3\"}"));
        ObjectNode shrink = read(id);
        subnet(uplinks(shrink).get(1)).put("autoAllocateIpRanges", true).put("totalIpCount", 1);
        assertThat(refused(admin, id, shrink, 400, "BAD_REQUEST")).contains("4.4.4.3").contains("DNS forwarder");
        awaitOwner(tenant, send(tenant, "DELETE", dns, ""));
        changed(id, shrink);

        String tunnels = V1 + "/edgeGateways/" + id + "/l2vpn/tunnels";
        awaitOwner(tenant, send(tenant, "POST", tunnels, "{\"name\":\"l2\",\"sessionMode\":\"SERVER\","
                + "\"localEndpointIP\":\"4.4.4.30\",\"remoteEndpointIP\":\"30.0.0.1\",\"preSharedKey\":\"k\"}"));
        ObjectNode removal = read(id);
        uplinks(removal).remove(1);
        assertThat(refused(admin, id, removal, 400, "BAD_REQUEST")).contains("4.4.4.30").contains("L2 VPN tunnel l2");
        String tunnelId = get(tenant, tunnels).json().get("values").get(0).get("id").asText();
        awaitOwner(tenant, send(tenant, "DELETE", tunnels + "/" + tunnelId, ""));
        changed(id, removal);
        delete(id);
    }

    @Test
    void anOrgAdministratorRenamesTheEdgeButNeitherAddsNorRemovesUplinks() {
        String id = edge(counted(seg1, "1.1.1.1", "1.1.1.48", 1));
        ObjectNode added = (ObjectNode) get(tenant, V1 + "/edgeGateways/" + id).json();
        uplinks(added).add(counted(seg2, "4.4.4.1", "", 1));
        refused(tenant, id, added, 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        ObjectNode removed = (ObjectNode) get(tenant, V1 + "/edgeGateways/" + id).json();
        uplinks(removed).remove(1);
        refused(tenant, id, removed, 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        ObjectNode renamed = (ObjectNode) get(tenant, V1 + "/edgeGateways/" + id).json();
        String name = unique("renamed");
        renamed.put("name", name);
        awaitOwner(tenant, put(tenant, id, renamed));
        assertThat(read(id).get("name").asText()).isEqualTo(name);
        assertThat(uplinks(read(id))).hasSize(2);
        delete(id);
    }
}
