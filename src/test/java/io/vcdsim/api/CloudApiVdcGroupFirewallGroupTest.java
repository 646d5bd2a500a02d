package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import static io.vcdsim.api.NsxtServiceCalls.GROUPS;
import static io.vcdsim.api.NsxtServiceCalls.absent;
import static io.vcdsim.api.NsxtServiceCalls.container;
import static io.vcdsim.api.NsxtServiceCalls.group;
import static io.vcdsim.api.NsxtServiceCalls.ids;
import static io.vcdsim.api.NsxtServiceCalls.ipSet;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static io.vcdsim.api.NsxtServiceCalls.rule;
import static io.vcdsim.api.NsxtServiceCalls.securityGroup;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Firewall groups owned by an NSX-T VDC group, as go-vcloud-director's VdcGroup.CreateNsxtFirewallGroup,
 * GetNsxtFirewallGroupByName ({@code ownerRef.id==} filter), GetNsxtFirewallGroupById, NsxtFirewallGroup.Update,
 * Delete and GetAssociatedVms use them (Test_NsxtIpSet, Test_NsxtVdcGroupForceDelete), and the VDC group's deletion:
 * refused while it has some, forced with {@code force=true} (VdcGroup.ForceDelete) taking them along.
 */
class CloudApiVdcGroupFirewallGroupTest {
    static final String VDC_GROUPS = V1 + "/vdcGroups";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String orgHref;
    static String nsxtVdc;
    static String vdcGroup;
    static String edge;
    static String routed;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        nsxtVdc = CloudApiVdcGroupTest.vdc(admin, orgHref, "fwg-nsxt",
                CloudApiVdcGroupTest.nsxtProviderVdc(admin, "fwg-pvdc"));
        vdcGroup = newVdcGroup(unique("fwg-group"));

        String acmeVdc = CloudApiCalls.acmeVdcUrn(tenant);
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.56.0");
        edge = NsxtServiceCalls.edge(admin, "fwg-edge", acmeVdc, external, "10.56.0.1");
        routed = NsxtServiceCalls.routed(admin, "fwg-routed", acmeVdc, edge, 86);
    }

    /** A VDC group of acme on the NSX-T VDC, made by acme's administrator; its URN. */
    static String newVdcGroup(String name) {
        String org = "urn:vcloud:org:" + orgHref.substring(orgHref.lastIndexOf('/') + 1);
        return awaitOwner(tenant, send(tenant, "POST", VDC_GROUPS, "{\"name\":\"" + name + "\",\"orgId\":\"" + org
                + "\",\"participatingOrgVdcs\":[{\"vdcRef\":{\"id\":\"" + nsxtVdc + "\"}}],\"networkProviderType\":"
                + "\"NSX_T\",\"type\":\"LOCAL\"}"));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static int total(Http who, String fiql) {
        return get(who, GROUPS + "/summaries?" + filter(fiql)).json().get("resultTotal").asInt();
    }

    @Test
    void anIpSetOfAVdcGroupIsMadeFoundChangedAndDeleted() {
        String name = unique("ipset");
        // a system administrator without a tenant context, as go-vcloud-director's tests make them
        String id = group(admin, ipSet(name, vdcGroup, "12.12.12.1", "10.10.10.0/24"));
        JsonNode g = get(tenant, GROUPS + "/" + id).json();
        assertThat(g.get("name").asText()).isEqualTo(name);
        assertThat(g.get("typeValue").asText()).isEqualTo("IP_SET");
        assertThat(g.get("ownerRef").get("id").asText()).isEqualTo(vdcGroup);
        assertThat(g.get("ownerRef").get("name").asText()).startsWith("fwg-group-");
        assertThat(absent(g, "edgeGatewayRef")).as("a VDC group's group has no edge").isTrue();
        assertThat(g.get("ipAddresses")).hasSize(2);

        // VdcGroup.GetNsxtFirewallGroupByName: the type, the owner and the name
        JsonNode page = get(tenant, GROUPS + "/summaries?" + filter("typeValue==IP_SET;ownerRef.id==" + vdcGroup
                + ";name==" + name)).json();
        assertThat(names(page)).containsExactly(name);
        assertThat(page.get("values").get(0).get("id").asText()).isEqualTo(id);
        assertThat(names(get(tenant, GROUPS + "?" + filter("_context==" + vdcGroup)).json())).contains(name);
        assertThat(total(admin, "name==" + name)).as("a system administrator lists every org's").isEqualTo(1);

        ((ObjectNode) g).set("ipAddresses", ((ArrayNode) g.get("ipAddresses")).removeAll().add("12.12.12.2"));
        ((ObjectNode) g).put("name", name + "-updated");
        awaitOwner(tenant, send(tenant, "PUT", GROUPS + "/" + id, g.toString()));
        JsonNode changed = get(tenant, GROUPS + "/" + id).json();
        assertThat(changed.get("name").asText()).isEqualTo(name + "-updated");
        assertThat(changed.get("ipAddresses")).hasSize(1);
        assertThat(changed.get("ownerRef").get("id").asText()).isEqualTo(vdcGroup);

        awaitOwner(tenant, send(tenant, "DELETE", GROUPS + "/" + id, ""));
        assertThat(get(tenant, GROUPS + "/" + id).status).isEqualTo(403);
    }

    @Test
    void aVdcGroupsSecurityGroupHoldsNoOrgVdcNetworkAndHasNoVms() {
        String id = group(tenant, securityGroup(unique("sg"), vdcGroup));
        JsonNode g = get(tenant, GROUPS + "/" + id).json();
        assertThat(g.get("typeValue").asText()).isEqualTo("SECURITY_GROUP");
        assertThat(g.get("members")).isEmpty();
        Http.Res vms = get(tenant, GROUPS + "/" + id + "/associatedVMs");
        assertThat(vms.status).as(vms.body).isEqualTo(200);
        assertThat(vms.json().get("values")).isEmpty();
        // vcdsim's org VDC networks belong to VDCs, an edge's routed network is not the VDC group's
        refused(send(tenant, "POST", GROUPS, securityGroup(unique("sg"), vdcGroup, routed)), 400, "INVALID_REFERENCE");

        String ipSet = group(tenant, ipSet(unique("ips"), vdcGroup, "10.3.0.1"));
        refused(get(tenant, GROUPS + "/" + ipSet + "/associatedVMs"), 400, "BAD_REQUEST");
    }

    @Test
    void aNameIsUniqueAmongTheVdcGroupsGroupsOfOneType() {
        String name = unique("dup");
        group(tenant, ipSet(name, vdcGroup, "10.4.0.1"));
        refused(send(tenant, "POST", GROUPS, ipSet(name.toUpperCase(), vdcGroup, "10.4.0.2")), 400, "DUPLICATE_NAME");
        group(tenant, securityGroup(name, vdcGroup));
        group(tenant, ipSet(name, edge, "10.4.0.3"));
        group(tenant, ipSet(name, newVdcGroup(unique("other")), "10.4.0.4"));
        assertThat(total(tenant, "ownerRef.id==" + vdcGroup + ";name==" + name)).isEqualTo(2);
    }

    @Test
    void theOwnerStaysAndAnEdgesRulesAndListsLeaveTheVdcGroupsGroupsOut() {
        String name = unique("kept");
        String id = group(tenant, ipSet(name, vdcGroup, "10.5.0.1"));
        refused(send(tenant, "PUT", GROUPS + "/" + id, ipSet(name, edge, "10.5.0.1")), 400, "BAD_REQUEST");
        assertThat(get(tenant, GROUPS + "/" + id).json().get("ownerRef").get("id").asText()).isEqualTo(vdcGroup);

        refused(send(tenant, "PUT", V1 + "/edgeGateways/" + edge + "/firewall/rules", container(rule(null,
                unique("r"), "ALLOW", ids(id), null, null))), 400, "INVALID_REFERENCE");
        assertThat(total(tenant, "_context==" + edge + ";name==" + name)).isZero();
        assertThat(total(tenant, "edgeGatewayRef.id==" + edge + ";name==" + name)).isZero();
        assertThat(total(tenant, "ownerRef.id==" + edge + ";name==" + name)).isZero();
        // and an edge's groups are still its own
        String edges = group(tenant, ipSet(name, edge, "10.5.0.2"));
        assertThat(get(tenant, GROUPS + "/" + edges).json().get("edgeGatewayRef").get("id").asText()).isEqualTo(edge);
        assertThat(total(tenant, "_context==" + vdcGroup + ";name==" + name)).isEqualTo(1);
    }

    @Test
    void aVdcGroupWithFirewallGroupsIsDeletedOnlyWhenForcedAndTakesThemAlong() {
        String doomed = newVdcGroup(unique("doomed"));
        String ipSet = group(tenant, ipSet(unique("ips"), doomed, "10.6.0.1"));
        String sg = group(tenant, securityGroup(unique("sg"), doomed));
        Http.Res refusal = send(tenant, "DELETE", VDC_GROUPS + "/" + doomed, "");
        refused(refusal, 400, "BAD_REQUEST");
        assertThat(refusal.json().get("message").asText()).contains("firewall group");
        refused(send(tenant, "DELETE", VDC_GROUPS + "/" + doomed + "?force=false", ""), 400, "BAD_REQUEST");
        assertThat(get(tenant, VDC_GROUPS + "/" + doomed).status).isEqualTo(200);
        assertThat(get(tenant, GROUPS + "/" + ipSet).status).isEqualTo(200);

        awaitOwner(tenant, send(tenant, "DELETE", VDC_GROUPS + "/" + doomed + "?force=true", ""));
        assertThat(get(tenant, VDC_GROUPS + "/" + doomed).status).isEqualTo(403);
        assertThat(get(tenant, GROUPS + "/" + ipSet).status).isEqualTo(403);
        assertThat(get(tenant, GROUPS + "/" + sg).status).isEqualTo(403);

        // without firewall groups, a plain deletion goes through
        awaitOwner(tenant, send(tenant, "DELETE", VDC_GROUPS + "/" + newVdcGroup(unique("empty")), ""));
    }

    @Test
    void aFailedForcedDeletionKeepsTheVdcGroupAndItsFirewallGroups() {
        String kept = newVdcGroup(unique("kept"));
        String ipSet = group(tenant, ipSet(unique("ips"), kept, "10.7.0.1"));
        CloudApiNsxtFirewallTest.failOnce(admin, "vdcGroupDelete");
        Http.Res accepted = send(tenant, "DELETE", VDC_GROUPS + "/" + kept + "?force=true", "");
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(tenant.get(accepted.header("Location"))).attr("status")).isEqualTo("error");
        assertThat(get(tenant, VDC_GROUPS + "/" + kept).status).isEqualTo(200);
        assertThat(get(tenant, GROUPS + "/" + ipSet).status).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedOwnerIsRefusedAndNothingIsMade() {
        String name = unique("nowhere");
        refused(send(tenant, "POST", GROUPS, ipSet(name, "urn:vcloud:vdcGroup:" + UUID.randomUUID(), "10.8.0.1")),
                403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(send(tenant, "POST", GROUPS, ipSet(name, nsxtVdc, "10.8.0.1")), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(name, "urn:vcloud:vdcGroup:nope", "10.8.0.1")), 400,
                "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(name, vdcGroup, "10.8.0.999")), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(name, vdcGroup).replace("IP_SET", "VM_CRITERIA")), 400,
                "BAD_REQUEST");
        assertThat(total(admin, "name==" + name)).isZero();
        assertThat(get(tenant, GROUPS + "?" + filter("_context==urn:vcloud:vdcGroup:x")).status).isEqualTo(400);
    }

    @Test
    void anotherOrgNeitherSeesNorMakesAVdcGroupsGroups() {
        String id = group(tenant, ipSet(unique("mine"), vdcGroup, "10.9.0.1"));
        Http beta = CloudApiNsxtNatTest.otherOrgAdmin(admin, vcd.httpUrl());
        refused(send(beta, "POST", GROUPS, ipSet(unique("theirs"), vdcGroup, "10.9.0.2")), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(get(beta, GROUPS + "/" + id).status).isEqualTo(403);
        assertThat(send(beta, "PUT", GROUPS + "/" + id, ipSet("x", vdcGroup, "10.9.0.3")).status).isEqualTo(403);
        assertThat(send(beta, "DELETE", GROUPS + "/" + id, "").status).isEqualTo(403);
        assertThat(get(beta, GROUPS + "/summaries?" + filter("ownerRef.id==" + vdcGroup)).json().get("resultTotal")
                .asInt()).isZero();
        assertThat(send(beta, "DELETE", VDC_GROUPS + "/" + vdcGroup + "?force=true", "").status).isEqualTo(403);
        assertThat(get(tenant, GROUPS + "/" + id).status).isEqualTo(200);
    }

    @Test
    void aVAppUserReadsAVdcGroupsGroupsButChangesNone() {
        String id = group(tenant, ipSet(unique("seen"), vdcGroup, "10.10.0.1"));
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User").version("37.1");
        assertThat(get(user, GROUPS + "/" + id).status).isEqualTo(200);
        refused(send(user, "POST", GROUPS, ipSet(unique("nope"), vdcGroup, "10.10.0.2")), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(send(user, "PUT", GROUPS + "/" + id, ipSet("nope", vdcGroup, "10.10.0.3")).status)
                .isEqualTo(403);
        assertThat(send(user, "DELETE", GROUPS + "/" + id, "").status).isEqualTo(403);
        assertThat(get(tenant, GROUPS + "/" + id).json().get("ipAddresses").get(0).asText()).isEqualTo("10.10.0.1");
    }
}
