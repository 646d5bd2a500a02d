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
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.CloudApiVdcGroupFirewallGroupTest.unique;
import static io.vcdsim.api.NsxtServiceCalls.GROUPS;
import static io.vcdsim.api.NsxtServiceCalls.group;
import static io.vcdsim.api.NsxtServiceCalls.ipSet;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VDC group's distributed firewall rules as go-vcloud-director's Test_NsxtDistributedFirewallRules drives them:
 * activate the firewall, replace the rule list (UpdateDistributedFirewall), read a rule, change and delete one in its
 * place, and empty the list (DeleteAllRules).
 */
class CloudApiDfwRuleTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcGroupBody;
    static String vdcGroup;
    static String rules;
    static String ipSet;
    static String edgeIpSet;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        String orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String nsxtVdc = CloudApiVdcGroupTest.vdc(admin, orgHref, "dfw-nsxt",
                CloudApiVdcGroupTest.nsxtProviderVdc(admin, "dfw-pvdc"));
        vdcGroupBody = "{\"name\":\"NAME\",\"orgId\":\"urn:vcloud:org:" + orgHref.substring(orgHref.lastIndexOf('/')
                + 1) + "\",\"participatingOrgVdcs\":[{\"vdcRef\":{\"id\":\"" + nsxtVdc + "\"}}],"
                + "\"networkProviderType\":\"NSX_T\",\"type\":\"LOCAL\"}";
        vdcGroup = awaitOwner(tenant, send(tenant, "POST", V1 + "/vdcGroups", vdcGroupBody.replace("NAME",
                unique("dfw-group"))));
        assertThat(send(tenant, "PUT", V1 + "/vdcGroups/" + vdcGroup + "/dfwPolicies", "{\"enabled\":true}").status)
                .isEqualTo(200);
        rules = V1 + "/vdcGroups/" + vdcGroup + "/dfwPolicies/default/rules";
        ipSet = group(tenant, ipSet(unique("dfw-ips"), vdcGroup, "10.20.0.1"));
        String acmeVdc = CloudApiCalls.acmeVdcUrn(tenant);
        String edge = NsxtServiceCalls.edge(admin, "dfw-edge", acmeVdc, NsxtServiceCalls.tier0Network(admin,
                "tier0-1", "10.58.0"), "10.58.0.1");
        edgeIpSet = group(tenant, ipSet(unique("edge-ips"), edge, "10.21.0.1"));
    }

    private static String rule(String name, String action, String source) {
        return "{\"name\":\"" + name + "\",\"actionValue\":\"" + action + "\",\"direction\":\"IN\",\"ipProtocol\":"
                + "\"IPV4\",\"enabled\":true,\"logging\":true,\"comments\":\"c-" + name + "\",\"description\":\"d\","
                + "\"sourceFirewallGroups\":" + (source == null ? "[]" : "[{\"id\":\"" + source + "\"}]")
                + ",\"networkContextProfiles\":[{\"id\":\"urn:vcloud:networkContextProfile:1\",\"name\":\"AMQP\"}]}";
    }

    @Test
    void theRulesAreReplacedReadChangedAndDeletedInTheirPlace() {
        awaitOwner(tenant, send(tenant, "PUT", rules, "{\"values\":[" + rule("first", "ALLOW", ipSet) + ","
                + rule("second", "DROP", null) + "]}"));
        JsonNode values = get(tenant, rules).json().get("values");
        assertThat(values).hasSize(2);
        JsonNode first = values.get(0);
        assertThat(first.get("name").asText()).isEqualTo("first");
        assertThat(first.get("actionValue").asText()).isEqualTo("ALLOW");
        assertThat(first.get("direction").asText()).isEqualTo("IN");
        assertThat(first.get("ipProtocol").asText()).isEqualTo("IPV4");
        assertThat(first.get("logging").asBoolean()).isTrue();
        assertThat(first.get("comments").asText()).isEqualTo("c-first");
        assertThat(first.get("sourceFirewallGroups").get(0).get("id").asText()).isEqualTo(ipSet);
        assertThat(first.get("sourceFirewallGroups").get(0).get("name").asText()).startsWith("dfw-ips-");
        assertThat(first.get("networkContextProfiles").get(0).get("name").asText()).isEqualTo("AMQP");
        String firstId = first.get("id").asText();
        String secondId = values.get(1).get("id").asText();

        // DistributedFirewallRule.Update: one rule changed in its place
        ObjectNode changed = (ObjectNode) get(tenant, rules + "/" + secondId).json();
        changed.put("name", "second-updated").put("actionValue", "REJECT");
        awaitOwner(tenant, send(tenant, "PUT", rules + "/" + secondId, changed.toString()));
        values = get(tenant, rules).json().get("values");
        assertThat(values.get(1).get("name").asText()).isEqualTo("second-updated");
        assertThat(values.get(1).get("actionValue").asText()).isEqualTo("REJECT");
        assertThat(values.get(1).get("id").asText()).isEqualTo(secondId);

        // a group in use is not deleted
        refused(send(tenant, "DELETE", GROUPS + "/" + ipSet, ""), 400, "BAD_REQUEST");

        awaitOwner(tenant, send(tenant, "DELETE", rules + "/" + firstId, ""));
        values = get(tenant, rules).json().get("values");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("id").asText()).isEqualTo(secondId);

        // DeleteAllRules: values null
        awaitOwner(tenant, send(tenant, "PUT", rules, "{\"values\":null}"));
        assertThat(get(tenant, rules).json().get("values")).isEmpty();
    }

    @Test
    void aRuleNamesOnlyTheGroupsOwnFirewallGroupsAndKnownValuesOnAnActiveFirewall() {
        String inactive = awaitOwner(tenant, send(tenant, "POST", V1 + "/vdcGroups", vdcGroupBody.replace("NAME",
                unique("dfw-off"))));
        String inactiveRules = V1 + "/vdcGroups/" + inactive + "/dfwPolicies/default/rules";
        assertThat(get(tenant, inactiveRules).json().get("values")).isEmpty();
        refused(send(tenant, "PUT", inactiveRules, "{\"values\":[" + rule("early", "ALLOW", null) + "]}"), 400,
                "BAD_REQUEST");
        refused(send(tenant, "PUT", rules, "{\"values\":[" + rule("x", "ALLOW", edgeIpSet) + "]}"), 400,
                "INVALID_REFERENCE");
        refused(send(tenant, "PUT", rules, "{\"values\":[" + rule("x", "PERMIT", null) + "]}"), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", rules, "{\"values\":[" + rule("x", "ALLOW", null).replace(
                "urn:vcloud:networkContextProfile:1", "AMQP") + "]}"), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", rules, "{\"values\":[" + rule("", "ALLOW", null) + "]}"), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", rules, "[]"), 400, "BAD_REQUEST");
        assertThat(get(tenant, rules + "/" + java.util.UUID.randomUUID()).status).isEqualTo(403);
    }
}
