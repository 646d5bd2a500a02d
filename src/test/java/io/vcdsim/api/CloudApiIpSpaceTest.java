package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.CloudApiNsxtEdgeGatewayTest.unique;
import static io.vcdsim.api.IpSpaceCalls.ASSIGNMENTS;
import static io.vcdsim.api.IpSpaceCalls.SPACES;
import static io.vcdsim.api.IpSpaceCalls.UPLINKS;
import static io.vcdsim.api.IpSpaceCalls.create;
import static io.vcdsim.api.IpSpaceCalls.space;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T IP spaces, their uplinks and org assignments, and external networks using IP spaces, as
 * go-vcloud-director's ip_space.go, ip_space_uplink.go, ip_space_org_assignment.go and external_network_v2.go use
 * them (Test_IpSpacePublic, Test_IpSpaceUplink, Test_IpSpaceOrgAssignment, Test_CreateExternalNetworkV2NsxtIpSpace*).
 */
class CloudApiIpSpaceTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcUrn;
    static String acme;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        acme = IpSpaceCalls.acme(admin);
    }

    @Test
    void aPublicSpaceIsMadeReadByIdAndNameUpdatedAndDeleted() {
        String name = unique("public");
        JsonNode made = create(admin, space(name, "PUBLIC", null, 3, "22.0.0.10-22.0.0.30", "22.0.0.32-22.0.0.34"));
        String id = made.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:ipSpace:");
        // what the POST answers is what a GET reads, field for field (the library compares them)
        assertThat(get(admin, SPACES + "/" + id).json()).isEqualTo(made);
        assertThat(names(get(admin, SPACES + "/summaries?" + filter("name==" + name)).json())).containsExactly(name);
        assertThat(made.get("ipSpaceRanges").get("ipRanges").get(0).get("totalIpCount").asText()).isEqualTo("21");
        assertThat(made.get("utilization").get("floatingIPs").get("totalCount").asText()).isEqualTo("24");
        assertThat(made.get("ipSpacePrefixes").get(1).get("defaultQuotaForPrefixLength").asInt()).isEqualTo(2);
        assertThat(NsxtServiceCalls.absent(made, "orgRef")).isTrue();

        ObjectNode changed = (ObjectNode) made.deepCopy();
        changed.put("routeAdvertisementEnabled", true);
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.get("ipSpaceInternalScope")).add("32.0.0.0/24");
        changed.putObject("defaultGatewayServiceConfig").put("enableDefaultSnatRuleCreation", true);
        Http.Res put = send(admin, "PUT", SPACES + "/" + id, changed.toString());
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(put.json().get("ipSpaceInternalScope")).hasSize(2);
        assertThat(put.json().get("routeAdvertisementEnabled").asBoolean()).isTrue();
        assertThat(put.json().get("defaultGatewayServiceConfig").get("enableDefaultSnatRuleCreation").asBoolean())
                .isTrue();
        // the ranges keep their ids when the PUT gives them back
        assertThat(put.json().get("ipSpaceRanges").get("ipRanges").get(0).get("id"))
                .isEqualTo(made.get("ipSpaceRanges").get("ipRanges").get(0).get("id"));

        assertThat(send(admin, "DELETE", SPACES + "/" + id, "").status).isEqualTo(204);
        // go-vcloud-director takes a 403 for "not found"
        assertThat(get(admin, SPACES + "/" + id).status).isEqualTo(403);
    }

    @Test
    void aPrivateSpaceIsItsOrgsToReadButOnlyTheProviderManagesSpaces() {
        String name = unique("private");
        JsonNode made = create(admin, space(name, "PRIVATE", acme, 3, "22.0.0.10-22.0.0.30"));
        assertThat(made.get("orgRef").get("id").asText()).isEqualTo(acme);
        assertThat(made.get("orgRef").get("name").asText()).isEqualTo("acme");
        assertThat(names(get(admin, SPACES + "/summaries?" + filter("name==" + name + ";orgRef.id==" + acme)).json()))
                .containsExactly(name);
        String publicName = unique("public");
        String publicOne = create(admin, space(publicName, "PUBLIC", null, 3, "22.0.0.10-22.0.0.30"))
                .get("id").asText();

        // the tenant reads its org's space, not an unassigned public one
        assertThat(get(tenant, SPACES + "/" + made.get("id").asText()).status).isEqualTo(200);
        assertThat(names(get(tenant, SPACES + "/summaries").json())).contains(name).doesNotContain(publicName);
        assertThat(get(tenant, SPACES + "/" + publicOne).status).isEqualTo(403);
        refused(send(tenant, "POST", SPACES, space(unique("mine"), "PRIVATE", acme, 3)), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(send(tenant, "DELETE", SPACES + "/" + made.get("id").asText(), ""), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        // type and org stay what the space was made with
        refused(send(admin, "PUT", SPACES + "/" + made.get("id").asText(), made.toString()
                .replace("\"PRIVATE\"", "\"PUBLIC\"")), 400, "BAD_REQUEST");
    }

    @Test
    void badConfigurationsAreRefusedUpFrontAndNothingIsStored() {
        String ok = space("bad", "PUBLIC", null, 3, "22.0.0.10-22.0.0.30");
        for (String bad : new String[]{
            ok.replace("22.0.0.30", "23.0.0.30"),                         // range leaves the internal scope
            ok.replace("22.0.0.30", "22.0.0.5"),                          // range runs backwards
            ok.replace("22.0.0.30", "22.0.0.101"),                        // range overlaps the /30 sequence
            ok.replace("22.0.0.200", "22.0.0.201"),                       // /31 not aligned
            ok.replace("\"prefixLength\":31", "\"prefixLength\":33"),     // no such length
            ok.replace("\"totalPrefixCount\":3}],\"defaultQuotaForPrefixLength\":-1",
                    "\"totalPrefixCount\":0}],\"defaultQuotaForPrefixLength\":-1"),
            ok.replace("\"22.0.0.0/24\"", "\"22.0.0.0/33\""),             // CIDR
            ok.replace("\"22.0.0.0/24\"", "\"22.0.0.0\""),
            ok.replace("200.0.0.1/24", "nonsense"),
            ok.replace("\"ipSpaceInternalScope\":[\"22.0.0.0/24\"]", "\"ipSpaceInternalScope\":[]"),
            ok.replace("\"name\":\"bad\"", "\"name\":\"" + "n".repeat(129) + "\""),
            ok.replace("\"name\":\"bad\"", "\"name\":\"\""),
            ok.replace("\"PUBLIC\"", "\"OTHER\""),
            ok.replace("\"defaultFloatingIpQuota\":3", "\"defaultFloatingIpQuota\":-2"),
            ok.replace("\"defaultFloatingIpQuota\":3", "\"defaultFloatingIpQuota\":\"x\"")}) {
            refused(send(admin, "POST", SPACES, bad), 400, "BAD_REQUEST");
        }
        refused(send(admin, "POST", SPACES, space("bad", "PUBLIC", acme, 3)), 400, "BAD_REQUEST");
        refused(send(admin, "POST", SPACES, space("bad", "PRIVATE", null, 3)), 400, "INVALID_REFERENCE");
        assertThat(names(get(admin, SPACES + "?" + filter("name==bad")).json())).isEmpty();
        create(admin, ok);
        refused(send(admin, "POST", SPACES, ok), 400, "DUPLICATE_NAME");
        refused(get(admin, SPACES + "?" + filter("description==x")), 400, "BAD_REQUEST");
    }

    @Test
    void anExternalNetworkUsingIpSpacesHasNoSubnetsAndMayBeDedicatedToAnOrg() {
        String name = unique("ipspace-net");
        String net = IpSpaceCalls.ipSpaceNetwork(admin, name, "tier0-1", acme);
        JsonNode read = get(admin, V1 + "/externalNetworks/" + net).json();
        assertThat(read.get("usingIpSpace").asBoolean()).isTrue();
        assertThat(read.get("dedicatedOrg").get("id").asText()).isEqualTo(acme);
        assertThat(read.get("subnets").get("values")).isEmpty();
        // the library's Update sends back what it read, renamed
        ((ObjectNode) read).put("name", name + "-changed");
        awaitOwner(admin, send(admin, "PUT", V1 + "/externalNetworks/" + net, read.toString()));
        assertThat(get(admin, V1 + "/externalNetworks/" + net).json().get("name").asText()).endsWith("-changed");
        refused(send(admin, "PUT", V1 + "/externalNetworks/" + net, read.toString().replace("\"subnets\":{\"values\""
                + ":[]}", "\"subnets\":{\"values\":[{\"gateway\":\"1.1.1.1\",\"prefixLength\":24}]}")), 400,
                "BAD_REQUEST");
        // without usingIpSpace a network still needs subnets; only one using IP spaces is dedicated
        String manager = "urn:vcloud:nsxtmanager:" + CloudApiNsxtTest.managerHref(admin).replaceAll(".*/", "");
        String body = "{\"name\":\"x\",\"networkBackings\":{\"values\":[{\"backingId\":\"tier0-1\","
                + "\"backingTypeValue\":\"NSXT_TIER0\",\"networkProvider\":{\"id\":\"" + manager + "\"}}]}";
        refused(send(admin, "POST", V1 + "/externalNetworks", body + "}"), 400, "BAD_REQUEST");
        refused(send(admin, "POST", V1 + "/externalNetworks", body + ",\"dedicatedOrg\":{\"id\":\"" + acme + "\"}}"),
                400, "BAD_REQUEST");
        Http.Res noOrg = send(admin, "POST", V1 + "/externalNetworks", body + ",\"usingIpSpace\":true,"
                + "\"dedicatedOrg\":{\"id\":\"not-an-org\"}}");
        refused(noOrg, 400, "BAD_REQUEST");
        assertThat(noOrg.body).contains("dedicatedOrg");
        awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + net, ""));
    }

    @Test
    void anUplinkLinksASpaceToANetworkAndAnEdgeOnItAssignsTheOrg() {
        String space = create(admin, space(unique("linked"), "PUBLIC", null, 3, "22.0.0.10-22.0.0.30"))
                .get("id").asText();
        String net = IpSpaceCalls.ipSpaceNetwork(admin, unique("uplinked"), "tier0-1", null);
        String uplinkName = unique("uplink");
        JsonNode uplink = IpSpaceCalls.uplink(admin, uplinkName, net, space);
        String uplinkId = uplink.get("id").asText();
        assertThat(uplinkId).startsWith("urn:vcloud:ipSpaceUplink:");
        assertThat(uplink.get("ipSpaceType").asText()).isEqualTo("PUBLIC");
        assertThat(uplink.get("status").asText()).isEqualTo("REALIZED");
        assertThat(get(admin, UPLINKS + "/" + uplinkId).json()).isEqualTo(uplink);
        assertThat(names(get(admin, UPLINKS + "?" + filter("externalNetworkRef.id==" + net + ";name==" + uplinkName))
                .json())).containsExactly(uplinkName);
        refused(send(admin, "POST", UPLINKS, "{\"name\":\"again\",\"externalNetworkRef\":{\"id\":\"" + net
                + "\"},\"ipSpaceRef\":{\"id\":\"" + space + "\"}}"), 400, "DUPLICATE_NAME");
        String assigned = ASSIGNMENTS + "?" + filter("ipSpaceRef.id==" + space);
        assertThat(get(admin, assigned).json().get("values")).isEmpty();

        IpSpaceCalls.edge(admin, unique("edge"), vdcUrn, net);
        JsonNode assignments = get(admin, assigned + "%3BorgRef.name%3D%3Dacme").json().get("values");
        assertThat(assignments).hasSize(1);
        JsonNode assignment = assignments.get(0);
        assertThat(assignment.get("orgRef").get("id").asText()).isEqualTo(acme);
        assertThat(assignment.get("defaultQuotas").get("floatingIpQuota").asInt()).isEqualTo(3);
        assertThat(NsxtServiceCalls.absent(assignment, "customQuotas")).isTrue();
        String assignmentUrl = ASSIGNMENTS + "/" + assignment.get("id").asText();
        assertThat(get(admin, assignmentUrl).json()).isEqualTo(assignment);
        ((ObjectNode) assignment).putObject("customQuotas").put("floatingIpQuota", 10).putArray("ipPrefixQuotas")
                .addObject().put("prefixLength", 31).put("quota", 11);
        Http.Res updated = send(admin, "PUT", assignmentUrl, assignment.toString());
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.json().get("customQuotas").get("floatingIpQuota").asInt()).isEqualTo(10);
        refused(send(admin, "PUT", assignmentUrl, assignment.toString().replace("31", "29")), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", assignmentUrl, assignment.toString()), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        // the tenant now sees the public space it was assigned
        assertThat(get(tenant, SPACES + "/" + space).status).isEqualTo(200);

        Http.Res renamed = send(admin, "PUT", UPLINKS + "/" + uplinkId, uplink.toString()
                .replace(uplinkName, uplinkName + "-updated"));
        assertThat(renamed.json().get("name").asText()).isEqualTo(uplinkName + "-updated");
        // a linked space stays; a network without usingIpSpace takes no uplink
        refused(send(admin, "DELETE", SPACES + "/" + space, ""), 400, "BAD_REQUEST");
        String plain = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.77.0");
        refused(send(admin, "POST", UPLINKS, "{\"name\":\"plain\",\"externalNetworkRef\":{\"id\":\"" + plain
                + "\"},\"ipSpaceRef\":{\"id\":\"" + space + "\"}}"), 400, "BAD_REQUEST");
        assertThat(send(admin, "DELETE", UPLINKS + "/" + uplinkId, "").status).isEqualTo(204);
        assertThat(get(admin, UPLINKS + "/" + uplinkId).status).isEqualTo(403);
    }
}
