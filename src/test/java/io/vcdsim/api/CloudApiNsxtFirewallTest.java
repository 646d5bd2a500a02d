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

import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.NsxtServiceCalls.GROUPS;
import static io.vcdsim.api.NsxtServiceCalls.container;
import static io.vcdsim.api.NsxtServiceCalls.firewall;
import static io.vcdsim.api.NsxtServiceCalls.group;
import static io.vcdsim.api.NsxtServiceCalls.ids;
import static io.vcdsim.api.NsxtServiceCalls.ipSet;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static io.vcdsim.api.NsxtServiceCalls.rule;
import static io.vcdsim.api.NsxtServiceCalls.securityGroup;
import static io.vcdsim.api.NsxtServiceCalls.systemProfile;
import static io.vcdsim.api.NsxtServiceCalls.userRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T firewall groups and an edge's firewall rules, as go-vcloud-director's nsxt_firewall_group.go and
 * nsxt_firewall.go use them (CreateNsxtFirewallGroup, GetNsxtFirewallGroupByName through {@code summaries},
 * Update, Delete, GetAssociatedVms; UpdateNsxtFirewall, GetNsxtFirewall, DeleteAllRules, DeleteRuleById).
 */
class CloudApiNsxtFirewallTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcUrn;
    static String edge;
    static String otherEdge;
    static String routed;
    static String otherRouted;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.50.0");
        edge = NsxtServiceCalls.edge(admin, "fw-edge", vdcUrn, external, "10.50.0.1");
        otherEdge = NsxtServiceCalls.edge(admin, "fw-edge-2", vdcUrn, external, "10.50.0.1");
        routed = NsxtServiceCalls.routed(admin, "fw-routed", vdcUrn, edge, 81);
        otherRouted = NsxtServiceCalls.routed(admin, "fw-routed-2", vdcUrn, otherEdge, 82);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anIpSetIsMadeFoundByNameChangedAndDeleted() {
        String name = unique("ipset");
        String id = group(tenant, ipSet(name, edge, "10.1.1.1", "10.1.2.0/24", "10.1.3.1-10.1.3.9", "2001:db8::/48"));
        JsonNode g = get(tenant, GROUPS + "/" + id).json();
        assertThat(g.get("name").asText()).isEqualTo(name);
        assertThat(g.get("typeValue").asText()).isEqualTo("IP_SET");
        assertThat(g.get("type").asText()).isEqualTo("IP_SET");
        assertThat(g.get("ownerRef").get("id").asText()).isEqualTo(edge);
        assertThat(g.get("edgeGatewayRef").get("name").asText()).isEqualTo("fw-edge");
        assertThat(List.of(g.get("ipAddresses").get(0).asText(), g.get("ipAddresses").get(3).asText()))
                .containsExactly("10.1.1.1", "2001:db8::/48");

        // GetNsxtFirewallGroupByName: summaries filtered by type, the edge's context and the name
        JsonNode page = get(tenant, GROUPS + "/summaries?" + filter("typeValue==IP_SET;_context==" + edge + ";name=="
                + name)).json();
        assertThat(names(page)).containsExactly(name);
        assertThat(get(tenant, GROUPS + "/summaries?" + filter("typeValue==SECURITY_GROUP;name==" + name)).json()
                .get("resultTotal").asInt()).isZero();
        assertThat(get(tenant, GROUPS + "/summaries?" + filter("_context==" + otherEdge + ";name==" + name)).json()
                .get("resultTotal").asInt()).isZero();

        ((ObjectNode) g).set("ipAddresses", ((ArrayNode) g.get("ipAddresses")).removeAll().add("10.9.9.9"));
        ((ObjectNode) g).put("description", "changed");
        awaitOwner(tenant, send(tenant, "PUT", GROUPS + "/" + id, g.toString()));
        JsonNode changed = get(tenant, GROUPS + "/" + id).json();
        assertThat(changed.get("ipAddresses").get(0).asText()).isEqualTo("10.9.9.9");
        assertThat(changed.get("ipAddresses")).hasSize(1);
        assertThat(changed.get("description").asText()).isEqualTo("changed");

        // a system administrator without a tenant context lists every org's groups
        assertThat(names(get(admin, GROUPS + "/summaries?" + filter("name==" + name)).json())).containsExactly(name);

        awaitOwner(tenant, send(tenant, "DELETE", GROUPS + "/" + id, ""));
        assertThat(get(tenant, GROUPS + "/" + id).status).isEqualTo(403);
    }

    /**
     * A dynamic security group as go-vcloud-director's Test_NsxtDynamicSecurityGroup makes it (criteria ORed, each of
     * rules ANDed): given back as sent, renamed, and its associated VMs those of the edge's VDC its criteria match, by
     * name or by a security tag they carry.
     */
    @Test
    void aDynamicSecurityGroupKeepsItsCriteriaAndMatchesTheVdcsVmsByNameOrTag() {
        String prefix = unique("dyn");
        String compose = "application/vnd.vmware.vcloud.composeVAppParams+xml";
        String vdcHref = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        Http.Res vapp = tenant.post(tenant.get(vdcHref).link("add", compose), compose, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" name=\"" + prefix + "\"/>");
        tenant.awaitTask(vapp);
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        tenant.awaitTask(tenant.post(vapp.attr("href") + "/action/recomposeVApp", recompose, "<RecomposeVAppParams "
                + "xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"><CreateItem name=\""
                + prefix + "-web\"><VmSpecSection Modified=\"true\"><ovf:Info>spec</ovf:Info><OsType>debian10Guest"
                + "</OsType><NumCpus>1</NumCpus><NumCoresPerSocket>1</NumCoresPerSocket><MemoryResourceMb><Configured>"
                + "512</Configured></MemoryResourceMb><DiskSection/><HardwareVersion>vmx-13</HardwareVersion>"
                + "</VmSpecSection></CreateItem><CreateItem name=\"" + prefix + "-db\"><VmSpecSection Modified=\"true\">"
                + "<ovf:Info>spec</ovf:Info><OsType>debian10Guest</OsType><NumCpus>1</NumCpus><NumCoresPerSocket>1"
                + "</NumCoresPerSocket><MemoryResourceMb><Configured>512</Configured></MemoryResourceMb><DiskSection/>"
                + "<HardwareVersion>vmx-13</HardwareVersion></VmSpecSection></CreateItem>"
                + "<AllEULAsAccepted>true</AllEULAsAccepted></RecomposeVAppParams>"));
        String db = Http.Res.children(tenant.get(vapp.attr("href")).child("Children"), "Vm").stream()
                .filter(vm -> vm.getAttribute("name").endsWith("-db")).findFirst().orElseThrow().getAttribute("id");

        String criteria = "[{\"rules\":[{\"attributeType\":\"VM_NAME\",\"operator\":\"STARTS_WITH\","
                + "\"attributeValue\":\"" + prefix + "\"},{\"attributeType\":\"VM_NAME\",\"operator\":\"ENDS_WITH\","
                + "\"attributeValue\":\"-web\"}]},{\"rules\":[{\"attributeType\":\"VM_TAG\",\"operator\":"
                + "\"EQUALS\",\"attributeValue\":\"" + prefix + "-tag\"}]}]";
        String name = unique("dsg");
        String body = "{\"name\":\"" + name + "\",\"description\":\"d\",\"ownerRef\":{\"id\":\"" + edge + "\"},"
                + "\"typeValue\":\"VM_CRITERIA\",\"vmCriteria\":" + criteria + "}";
        String id = group(tenant, body);
        JsonNode g = get(tenant, GROUPS + "/" + id).json();
        assertThat(g.get("typeValue").asText()).isEqualTo("VM_CRITERIA");
        assertThat(g.get("vmCriteria")).hasSize(2);
        assertThat(g.get("vmCriteria").get(0).get("rules").get(1).get("operator").asText())
                .isEqualTo("ENDS_WITH");
        JsonNode vms = get(tenant, GROUPS + "/" + id + "/associatedVMs").json().get("values");
        assertThat(vms).hasSize(1);
        assertThat(vms.get(0).get("vmRef").get("name").asText()).isEqualTo(prefix + "-web");
        // the db VM meets the second criterion once it carries the tag
        assertThat(send(tenant, "PUT", V1 + "/securityTags/tag", "{\"tag\":\"" + prefix + "-tag\",\"entities\":[\""
                + db + "\"]}").status).isEqualTo(204);
        vms = get(tenant, GROUPS + "/" + id + "/associatedVMs").json().get("values");
        assertThat(vms).extracting(v -> v.get("vmRef").get("name").asText())
                .containsExactlyInAnyOrder(prefix + "-web", prefix + "-db");

        ((com.fasterxml.jackson.databind.node.ObjectNode) g).put("name", name + "-updated");
        awaitOwner(tenant, send(tenant, "PUT", GROUPS + "/" + id, g.toString()));
        JsonNode changed = get(tenant, GROUPS + "/" + id).json();
        assertThat(changed.get("name").asText()).isEqualTo(name + "-updated");
        assertThat(changed.get("vmCriteria")).isEqualTo(g.get("vmCriteria"));

        // four criteria, five rules, an unknown operator, or addresses beside criteria
        String rule = "{\"attributeType\":\"VM_NAME\",\"operator\":\"EQUALS\",\"attributeValue\":\"x\"}";
        String one = "{\"rules\":[" + rule + "]}";
        for (String bad : new String[]{"[" + String.join(",", java.util.Collections.nCopies(4, one)) + "]",
                "[{\"rules\":[" + String.join(",", java.util.Collections.nCopies(5, rule)) + "]}]",
                "[{\"rules\":[" + rule.replace("EQUALS", "LIKE") + "]}]", "[]"}) {
            refused(send(tenant, "POST", GROUPS, body.replace(criteria, bad).replace(name, unique("bad"))), 400,
                    "BAD_REQUEST");
        }
        refused(send(tenant, "POST", GROUPS, body.replace("\"typeValue\"", "\"ipAddresses\":[\"10.0.0.1\"],"
                + "\"typeValue\"").replace(name, unique("bad"))), 400, "BAD_REQUEST");
    }

    @Test
    void aSecurityGroupHoldsTheEdgesRoutedNetworks() {
        String name = unique("sg");
        String id = group(tenant, securityGroup(name, edge, routed));
        JsonNode g = get(tenant, GROUPS + "/" + id).json();
        assertThat(g.get("typeValue").asText()).isEqualTo("SECURITY_GROUP");
        assertThat(g.get("members").get(0).get("id").asText()).isEqualTo(routed);
        assertThat(g.get("members").get(0).get("name").asText()).isEqualTo("fw-routed");
        Http.Res vms = get(tenant, GROUPS + "/" + id + "/associatedVMs");
        assertThat(vms.status).as(vms.body).isEqualTo(200);
        assertThat(vms.json().get("values")).isEmpty();
        assertThat(names(get(tenant, GROUPS + "?" + filter("_context==" + routed)).json())).contains(name);

        // another edge's network, an unknown one, and members of an IP set are refused
        refused(send(tenant, "POST", GROUPS, securityGroup(unique("sg"), edge, otherRouted)), 400,
                "INVALID_REFERENCE");
        refused(send(tenant, "POST", GROUPS, securityGroup(unique("sg"), edge, "urn:vcloud:network:"
                + UUID.randomUUID())), 400, "INVALID_REFERENCE");
        refused(send(tenant, "POST", GROUPS, securityGroup(unique("sg"), edge, vdcUrn)), 400, "BAD_REQUEST");
        String set = group(tenant, ipSet(unique("set"), edge, "10.0.0.1"));
        refused(get(tenant, GROUPS + "/" + set + "/associatedVMs"), 400, "BAD_REQUEST");
    }

    @Test
    void badGroupsAreRefusedAndNothingIsMade() {
        int before = get(tenant, GROUPS + "/summaries?pageSize=128").json().get("resultTotal").asInt();
        for (String bad : new String[]{"10.0.0.256", "10.0.0.5-10.0.0.1", "1.2.3.4/33", "abc", "", "10.0.0.1-2001:db8::1",
                "1.2.3.4/x"}) {
            refused(send(tenant, "POST", GROUPS, ipSet(unique("bad"), edge, "10.0.0.1", bad)), 400, "BAD_REQUEST");
        }
        refused(send(tenant, "POST", GROUPS, ipSet(unique("t"), edge).replace("IP_SET", "FOO")), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(unique("t"), edge).replace("IP_SET", "VM_CRITERIA")), 400,
                "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet("n".repeat(256), edge)), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(unique("o"), vdcUrn)), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, "{\"name\":\"x\",\"type\":\"IP_SET\"}"), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(unique("n"), edge).replace("\"ipAddresses\":[]",
                "\"ipAddresses\":[null]")), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, securityGroup(unique("n"), edge).replace("\"members\":[]",
                "\"members\":[null]")), 400, "BAD_REQUEST");
        refused(send(tenant, "POST", GROUPS, ipSet(unique("many"), edge, java.util.stream.IntStream.range(0, 1025)
                .mapToObj(i -> "10.8." + i / 256 + "." + i % 256).toArray(String[]::new))), 400, "BAD_REQUEST");
        String nsxv = get(admin, V1 + "/edgeGateways?" + filter("name==acme-edge")).json().get("values").get(0)
                .get("id").asText();
        refused(send(tenant, "POST", GROUPS, ipSet(unique("v"), nsxv)), 400, "BAD_REQUEST");
        assertThat(get(tenant, GROUPS + "/summaries?pageSize=128").json().get("resultTotal").asInt())
                .isEqualTo(before);

        // a name is unique per type on an edge: a security group may share an IP set's name, another edge too
        String name = unique("same");
        group(tenant, ipSet(name, edge));
        refused(send(tenant, "POST", GROUPS, ipSet(name.toUpperCase(), edge)), 400, "DUPLICATE_NAME");
        group(tenant, securityGroup(name, edge));
        group(tenant, ipSet(name, otherEdge));
    }

    @Test
    void rulesAreReplacedInOrderKeepingTheirIdsAndDeleted() {
        String sources = group(tenant, ipSet(unique("src"), edge, "10.2.0.0/16"));
        String net = group(tenant, securityGroup(unique("dst"), edge, routed));
        String ssh = systemProfile(tenant, edge, "SSH");
        awaitOwner(tenant, send(tenant, "PUT", V1 + "/edgeGateways/" + edge + "/firewall/rules", container(
                rule(null, "allow-ssh", "ALLOW", ids(sources), ids(net), ids(ssh)),
                rule(null, "drop-rest", "DROP", null, null, null))));
        JsonNode fw = firewall(tenant, edge);
        JsonNode first = fw.get("userDefinedRules").get(0);
        assertThat(first.get("name").asText()).isEqualTo("allow-ssh");
        assertThat(first.get("action").asText()).isEqualTo("ALLOW");
        assertThat(first.get("actionValue").asText()).isEqualTo("ALLOW");
        assertThat(first.get("sourceFirewallGroups").get(0).get("id").asText()).isEqualTo(sources);
        assertThat(first.get("destinationFirewallGroups").get(0).get("id").asText()).isEqualTo(net);
        assertThat(first.get("applicationPortProfiles").get(0).get("name").asText()).isEqualTo("SSH");
        assertThat(NsxtServiceCalls.absent(fw.get("userDefinedRules").get(1), "sourceFirewallGroups")).as("any").isTrue();
        assertThat(fw.get("defaultRules").get(0).get("action").asText()).isEqualTo("DROP");
        assertThat(fw.get("systemRules")).isEmpty();

        // the same rules in the other order, the first sent with its id: it keeps it, its version goes up
        String id = first.get("id").asText();
        JsonNode second = fw.get("userDefinedRules").get(1);
        awaitOwner(tenant, send(tenant, "PUT", V1 + "/edgeGateways/" + edge + "/firewall/rules", container(
                second.toString(), rule(id, "allow-ssh-2", "REJECT", ids(sources), null, null))));
        JsonNode now = firewall(tenant, edge).get("userDefinedRules");
        assertThat(userRuleNames(tenant, edge)).containsExactly("drop-rest", "allow-ssh-2");
        assertThat(now.get(1).get("id").asText()).isEqualTo(id);
        assertThat(now.get(1).get("version").get("version").asInt()).isEqualTo(1);
        assertThat(now.get(1).get("action").asText()).isEqualTo("REJECT");

        awaitOwner(tenant, send(tenant, "DELETE", V1 + "/edgeGateways/" + edge + "/firewall/rules/" + id, ""));
        assertThat(userRuleNames(tenant, edge)).containsExactly("drop-rest");
        awaitOwner(tenant, send(tenant, "DELETE", V1 + "/edgeGateways/" + edge + "/firewall/rules", ""));
        assertThat(userRuleNames(tenant, edge)).isEmpty();
    }

    @Test
    void aBadRuleChangesNoRule() {
        String mine = group(tenant, ipSet(unique("mine"), edge, "10.3.0.1"));
        String theirs = group(tenant, ipSet(unique("theirs"), otherEdge, "10.3.0.2"));
        String rules = V1 + "/edgeGateways/" + otherEdge + "/firewall/rules";
        awaitOwner(tenant, send(tenant, "PUT", rules, container(rule(null, "kept", "ALLOW", ids(theirs), null,
                null))));
        String good = rule(null, "good", "ALLOW", null, null, null);
        for (String bad : new String[]{
                rule(null, "other-edge-group", "ALLOW", ids(mine), null, null),
                rule(null, "unknown-group", "ALLOW", ids("urn:vcloud:firewallGroup:" + UUID.randomUUID()), null, null),
                rule(null, "unknown-profile", "ALLOW", null, null, ids("urn:vcloud:applicationPortProfile:"
                        + UUID.randomUUID())),
                rule(null, "not-a-urn", "ALLOW", ids("10.0.0.1"), null, null),
                rule(null, "bad-action", "PERMIT", null, null, null),
                rule(null, "bad-direction", "ALLOW", null, null, null).replace("IN_OUT", "BOTH"),
                rule(null, "bad-protocol", "ALLOW", null, null, null).replace("IPV4", "IPX"),
                rule(UUID.randomUUID().toString(), "unknown-id", "ALLOW", null, null, null),
                rule(null, "x".repeat(256), "ALLOW", null, null, null)}) {
            Http.Res r = send(tenant, "PUT", rules, container(good, bad));
            assertThat(r.status).as(bad + " -> " + r.body).isEqualTo(400);
        }
        assertThat(userRuleNames(tenant, otherEdge)).containsExactly("kept");
    }

    @Test
    void aGroupInUseIsNotDeletedAndEdgesGoWithTheirServices() {
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-2", "10.51.0");
        String doomed = NsxtServiceCalls.edge(admin, unique("doomed"), vdcUrn, external, "10.51.0.1");
        String used = group(tenant, ipSet(unique("used"), doomed, "10.4.0.1"));
        String rules = V1 + "/edgeGateways/" + doomed + "/firewall/rules";
        awaitOwner(tenant, send(tenant, "PUT", rules, container(rule(null, "uses", "ALLOW", ids(used), null, null))));
        refused(send(tenant, "DELETE", GROUPS + "/" + used, ""), 400, "BAD_REQUEST");
        assertThat(get(tenant, GROUPS + "/" + used).status).isEqualTo(200);

        // deleting the edge takes its groups and rules along
        awaitOwner(admin, send(admin, "DELETE", V1 + "/edgeGateways/" + doomed, ""));
        assertThat(get(tenant, GROUPS + "/" + used).status).isEqualTo(403);
        assertThat(get(tenant, rules).status).isEqualTo(403);
    }

    @Test
    void aVAppUserReadsAndAnotherOrgSeesNothing() {
        String id = group(tenant, ipSet(unique("seen"), edge, "10.5.0.1"));
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User").version("37.1");
        assertThat(get(user, GROUPS + "/" + id).status).isEqualTo(200);
        assertThat(get(user, V1 + "/edgeGateways/" + edge + "/firewall/rules").status).isEqualTo(200);
        refused(send(user, "POST", GROUPS, ipSet(unique("nope"), edge)), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(send(user, "PUT", GROUPS + "/" + id, ipSet("nope", edge)).status).isEqualTo(403);
        assertThat(send(user, "DELETE", GROUPS + "/" + id, "").status).isEqualTo(403);
        assertThat(send(user, "PUT", V1 + "/edgeGateways/" + edge + "/firewall/rules", container()).status)
                .isEqualTo(403);

        Http beta = CloudApiNsxtNatTest.otherOrgAdmin(admin, vcd.httpUrl());
        assertThat(get(beta, GROUPS + "/" + id).status).isEqualTo(403);
        assertThat(get(beta, GROUPS + "/summaries").json().get("resultTotal").asInt()).isZero();
        assertThat(get(beta, V1 + "/edgeGateways/" + edge + "/firewall/rules").status).isEqualTo(403);
        assertThat(send(beta, "POST", GROUPS, ipSet(unique("x"), edge)).status).isEqualTo(403);
    }

    /**
     * The task's work stores a change: a change whose task fails (here by the simulation's injected failure, as an
     * approver rejecting a blocking task would end it) leaves groups and rules as they were.
     */
    @Test
    void aFailedTaskChangesNothing() {
        String name = unique("kept");
        String id = group(tenant, ipSet(name, edge, "10.7.7.7"));
        JsonNode g = get(tenant, GROUPS + "/" + id).json();
        ((ObjectNode) g).set("ipAddresses", ((ArrayNode) g.get("ipAddresses")).removeAll().add("10.8.8.8"));
        failOnce("nsxtFirewallGroupUpdate");
        assertThat(taskStatus(send(tenant, "PUT", GROUPS + "/" + id, g.toString()))).isEqualTo("error");
        assertThat(get(tenant, GROUPS + "/" + id).json().get("ipAddresses").get(0).asText()).isEqualTo("10.7.7.7");

        failOnce("nsxtFirewallGroupCreate");
        String lost = unique("lost");
        assertThat(taskStatus(send(tenant, "POST", GROUPS, ipSet(lost, edge, "10.7.7.8")))).isEqualTo("error");
        assertThat(get(tenant, GROUPS + "/summaries?" + filter("name==" + lost)).json().get("resultTotal").asInt())
                .isZero();

        List<String> before = userRuleNames(tenant, edge);
        failOnce("nsxtEdgeFirewallRulesUpdate");
        assertThat(taskStatus(send(tenant, "PUT", V1 + "/edgeGateways/" + edge + "/firewall/rules", container(
                rule(null, unique("never"), "ALLOW", ids(id), ids(), ids()))))).isEqualTo("error");
        assertThat(userRuleNames(tenant, edge)).isEqualTo(before);

        failOnce("nsxtFirewallGroupDelete");
        assertThat(taskStatus(send(tenant, "DELETE", GROUPS + "/" + id, ""))).isEqualTo("error");
        assertThat(get(tenant, GROUPS + "/" + id).status).isEqualTo(200);
    }

    static void failOnce(String operationName) {
        failOnce(admin, operationName);
    }

    /** The simulation's next task of this operationName fails (set by a system administrator). */
    static void failOnce(Http admin, String operationName) {
        Http.Res set = admin.send(admin.request("/api/vcdsim/simulation").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"failures\": [{\"operationName\": \""
                        + operationName + "\", \"majorErrorCode\": 500, \"minorErrorCode\": \"INTERNAL_SERVER_ERROR\", "
                        + "\"message\": \"injected\", \"count\": 1}]}")));
        assertThat(set.status).as(set.body).isEqualTo(200);
    }

    /** How the 202's task (at its Location) ended. */
    static String taskStatus(Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        return tenant.awaitTask(tenant.get(accepted.header("Location"))).attr("status");
    }
}
