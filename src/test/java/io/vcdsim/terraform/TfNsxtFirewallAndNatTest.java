package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.vcdsim.terraform.TfNetworkCalls.V1;
import static io.vcdsim.terraform.TfNetworkCalls.awaitTask;
import static io.vcdsim.terraform.TfNetworkCalls.enc;
import static io.vcdsim.terraform.TfNetworkCalls.get;
import static io.vcdsim.terraform.TfNetworkCalls.object;
import static io.vcdsim.terraform.TfNetworkCalls.ref;
import static io.vcdsim.terraform.TfNetworkCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_nsxt_ip_set}, {@code vcd_nsxt_security_group} (of the edge's routed network, with its
 * associated VMs read on every refresh), {@code vcd_nsxt_firewall} (one rule allowing SSH from the IP set, one dropping
 * the rest; the SSH profile from {@code data.vcd_nsxt_app_port_profile}) and {@code vcd_nsxt_nat_rule} (a DNAT rule to
 * a VM's address) on an NSX-T edge, applied by the org's administrator, refreshed, changed and destroyed, replayed as
 * the provider sends them. Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_nsxt_ip_set.go}
 * (getNsxtIpSetType: type IP_SET, ownerRef the edge; setNsxtIpSetData),
 * {@code vcd/resource_vcd_nsxt_security_group.go} (getNsxtSecurityGroupType, setNsxtSecurityGroupData, GetAssociatedVms),
 * {@code vcd/nsxt_common.go}
 * (getParentEdgeGatewayOwnerIdAndNsxtEdgeGateway), {@code vcd/resource_vcd_nsxt_firewall.go} (getNsxtFirewallTypes,
 * setNsxtFirewallData: action, not actionValue), {@code vcd/resource_vcd_nsxt_nat_rule.go} (getNsxtNatType: type,
 * priority 0; setNsxtNatRuleData), {@code vcd/datasource_vcd_nsxt_app_port_profile.go} and {@code vcd/config.go}
 * (GetNsxtEdgeGatewayById), and from go-vcloud-director v2.22.0 {@code govcd/nsxt_firewall_group.go},
 * {@code govcd/nsxt_firewall.go}, {@code govcd/nsxt_nat_rule.go} (CreateNatRule, GetNatRuleById, natRulesEqual),
 * {@code govcd/nsxt_application_profile.go} and {@code govcd/openapi.go} (OpenApiPostItem, OpenApiPutItem).
 */
class TfNsxtFirewallAndNatTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String edge;
    /** vcd_network_routed_v2.net on the edge: 192.168.1.0/24. */
    static String routed;

    @BeforeAll
    static void setUp() {
        Http admin = TfNetworkCalls.admin(vcd.sim());
        tenant = TfNetworkCalls.tenant(vcd.sim());
        String vdcUrn = TfNetworkCalls.vdc(admin, TfNetworkCalls.org(admin, "acme"), "acme-vdc", true).attr("id");
        String external = TfNetworkCalls.tier0Network(admin, "nsxt-ext", "tier0-1", "10.63.0");
        edge = awaitTask(admin, send(admin, "POST", V1 + "/edgeGateways/", TfNetworkCalls.nsxtEdge("nsxt-edge", "",
                vdcUrn, external, "10.63.0.1", "10.63.0.20", "10.63.0.20", "10.63.0.25")));
        ObjectNode net = object().put("name", "net-1").put("networkType", "NAT_ROUTED");
        net.set("ownerRef", ref(vdcUrn));
        net.putObject("connection").set("routerRef", ref(edge));
        net.putObject("subnets").putArray("values").addObject().put("gateway", "192.168.1.1").put("prefixLength", 24);
        routed = awaitTask(admin, send(admin, "POST", V1 + "/orgVdcNetworks", net));
    }

    /** GetOrgFromResource, then GetAnyTypeEdgeGatewayById (or GetNsxtEdgeGatewayById): the edge, NSX-T backed. */
    static void edgeLookup() {
        TfNetworkCalls.org(tenant, "acme");
        Http.Res e = get(tenant, V1 + "/edgeGateways/" + edge);
        assertThat(e.status).as(e.body).isEqualTo(200);
        assertThat(e.json().get("gatewayBacking").get("gatewayType").asText()).isEqualTo("NSXT_BACKED");
    }

    static ObjectNode ipSet(String description, String... addresses) {
        ObjectNode s = object().put("name", "ssh-sources").put("description", description);
        ArrayNode ips = s.putArray("ipAddresses");
        for (String a : addresses) {
            ips.add(a);
        }
        s.set("ownerRef", ref(edge));
        return s.put("type", "IP_SET");
    }

    /** resourceVcdNsxtIpSetRead: the edge, the group by id; name, description and ip_addresses. */
    static List<String> readIpSet(String id, String description) {
        edgeLookup();
        Http.Res r = get(tenant, V1 + "/firewallGroups/" + id);
        assertThat(r.status).as(r.body).isEqualTo(200);
        JsonNode g = r.json();
        assertThat(g.get("name").asText()).isEqualTo("ssh-sources");
        assertThat(g.get("description").asText()).isEqualTo(description);
        assertThat(g.get("type").asText()).isEqualTo("IP_SET");
        List<String> ips = new ArrayList<>();
        g.get("ipAddresses").forEach(i -> ips.add(i.asText()));
        return ips;
    }

    /** data.vcd_nsxt_app_port_profile (scope SYSTEM, name SSH): by name and scope, then by id. */
    static String sshProfile() {
        TfNetworkCalls.org(tenant, "acme");
        JsonNode page = get(tenant, V1 + "/applicationPortProfiles/?filter=" + enc("scope==SYSTEM;name==SSH")).json();
        assertThat(page.get("values")).hasSize(1);
        String id = page.get("values").get(0).get("id").asText();
        assertThat(get(tenant, V1 + "/applicationPortProfiles/" + id).json().get("name").asText()).isEqualTo("SSH");
        return id;
    }

    static ObjectNode fwRule(String name, String action, String source, String profile) {
        ObjectNode r = object().put("name", name).put("action", action).put("enabled", true);
        if (source != null) {
            r.putArray("sourceFirewallGroups").add(ref(source));
        }
        if (profile != null) {
            r.putArray("applicationPortProfiles").add(ref(profile));
        }
        return r.put("ipProtocol", "IPV4").put("logging", false).put("direction", "IN_OUT");
    }

    /** resourceVcdNsxtFirewallCreateUpdate: the edge, PUT of userDefinedRules, its task, the GET after it; Read. */
    static JsonNode applyFirewall(ObjectNode... rules) {
        edgeLookup();
        ObjectNode container = object().putNull("systemRules").putNull("defaultRules");
        ArrayNode user = container.putArray("userDefinedRules");
        for (ObjectNode r : rules) {
            user.add(r);
        }
        String rulesPath = V1 + "/edgeGateways/" + edge + "/firewall/rules";
        assertThat(awaitTask(tenant, send(tenant, "PUT", rulesPath, container))).isEqualTo(edge);
        assertThat(get(tenant, rulesPath).status).isEqualTo(200);
        edgeLookup();
        return get(tenant, rulesPath).json().get("userDefinedRules");
    }

    static ObjectNode dnat(String internal, String profile) {
        ObjectNode r = object().put("name", "dnat-ssh").put("description", "").put("enabled", true)
                .put("type", "DNAT").put("externalAddresses", "10.63.0.21").put("internalAddresses", internal)
                .put("logging", false).put("priority", 0); // empty dnat_external_port, firewall_match: omitted
        r.set("applicationPortProfile", ref(profile));
        return r;
    }

    /** GetNatRuleById: the whole list, the rule with the id (none: not found). */
    static JsonNode natRule(String id) {
        edgeLookup();
        for (JsonNode r : get(tenant, V1 + "/edgeGateways/" + edge + "/nat/rules").json().get("values")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void ipSetFirewallAndNatAreAppliedRefreshedChangedAndDestroyed() {
        // vcd_nsxt_ip_set: the POST, its task (owned by the group) and the GET at firewallGroups/<owner id>
        edgeLookup();
        String ipSet = awaitTask(tenant, send(tenant, "POST", V1 + "/firewallGroups/", ipSet("", "10.10.0.0/24",
                "192.168.1.5-192.168.1.9")));
        assertThat(ipSet).startsWith("urn:vcloud:firewallGroup:");
        assertThat(get(tenant, V1 + "/firewallGroups/" + ipSet).status).isEqualTo(200);
        assertThat(readIpSet(ipSet, "")).containsExactlyInAnyOrder("10.10.0.0/24", "192.168.1.5-192.168.1.9");

        // vcd_nsxt_firewall, with the SSH profile
        String ssh = sshProfile();
        JsonNode rules = applyFirewall(fwRule("allow-ssh", "ALLOW", ipSet, ssh), fwRule("drop-all", "DROP", null,
                null));
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).get("action").asText()).isEqualTo("ALLOW");
        assertThat(rules.get(0).get("sourceFirewallGroups").get(0).get("id").asText()).isEqualTo(ipSet);
        assertThat(rules.get(0).get("applicationPortProfiles").get(0).get("id").asText()).isEqualTo(ssh);
        assertThat(rules.get(1).get("name").asText()).isEqualTo("drop-all");
        assertThat(rules.get(0).get("id").asText()).isNotEmpty();

        // vcd_nsxt_nat_rule: POST, its task, then the list, where natRulesEqual finds the new rule
        edgeLookup();
        String nat = V1 + "/edgeGateways/" + edge + "/nat/rules";
        awaitTask(tenant, send(tenant, "POST", nat + "/", dnat("192.168.1.5", ssh)));
        String natId = null;
        for (JsonNode r : get(tenant, nat).json().get("values")) {
            if (r.get("name").asText().equals("dnat-ssh") && r.get("externalAddresses").asText().equals("10.63.0.21")
                    && r.get("internalAddresses").asText().equals("192.168.1.5")
                    && r.get("applicationPortProfile").get("id").asText().equals(ssh)) {
                natId = r.get("id").asText();
            }
        }
        assertThat(natId).as("found by natRulesEqual").isNotNull();
        JsonNode read = natRule(natId);
        assertThat(read.get("type").asText()).as("rule_type").isEqualTo("DNAT");
        assertThat(read.get("firewallMatch").asText()).as("firewall_match, computed").isEqualTo(
                "MATCH_INTERNAL_ADDRESS");
        assertThat(read.get("priority").asInt()).isZero();

        // refresh
        assertThat(readIpSet(ipSet, "")).hasSize(2);
        edgeLookup();
        assertThat(get(tenant, V1 + "/edgeGateways/" + edge + "/firewall/rules").json().get("userDefinedRules"))
                .hasSize(2);
        assertThat(natRule(natId)).isNotNull();

        // changes: the IP set's description and addresses, the firewall's rules, the NAT rule's internal address
        edgeLookup();
        assertThat(get(tenant, V1 + "/firewallGroups/" + ipSet).status).isEqualTo(200);
        ObjectNode update = ipSet("changed", "10.10.0.0/24");
        update.put("id", ipSet);
        assertThat(awaitTask(tenant, send(tenant, "PUT", V1 + "/firewallGroups/" + ipSet, update))).isEqualTo(ipSet);
        assertThat(get(tenant, V1 + "/firewallGroups/" + ipSet).status).isEqualTo(200);
        assertThat(readIpSet(ipSet, "changed")).containsExactly("10.10.0.0/24");
        assertThat(applyFirewall(fwRule("allow-ssh", "ALLOW", ipSet, ssh))).hasSize(1);
        edgeLookup();
        ObjectNode changed = dnat("192.168.1.6", ssh);
        changed.put("id", natId);
        awaitTask(tenant, send(tenant, "PUT", nat + "/" + natId, changed));
        assertThat(get(tenant, nat + "/" + natId).json().get("internalAddresses").asText()).isEqualTo("192.168.1.6");
        assertThat(natRule(natId).get("internalAddresses").asText()).isEqualTo("192.168.1.6");

        // destroy, in terraform's dependency order: the NAT rule, the firewall, then the IP set
        assertThat(natRule(natId)).isNotNull();
        awaitTask(tenant, send(tenant, "DELETE", nat + "/" + natId, null));
        assertThat(natRule(natId)).as("gone: ErrorEntityNotFound").isNull();
        edgeLookup();
        String rulesPath = V1 + "/edgeGateways/" + edge + "/firewall/rules";
        assertThat(get(tenant, rulesPath).status).isEqualTo(200);
        awaitTask(tenant, send(tenant, "DELETE", rulesPath, null));
        assertThat(get(tenant, rulesPath).json().get("userDefinedRules")).isEmpty();
        edgeLookup();
        assertThat(get(tenant, V1 + "/firewallGroups/" + ipSet).status).isEqualTo(200);
        awaitTask(tenant, send(tenant, "DELETE", V1 + "/firewallGroups/" + ipSet, null));
        assertThat(get(tenant, V1 + "/firewallGroups/" + ipSet).status).as("OpenApiGetItem's not found")
                .isEqualTo(403);
    }

    /** resourceVcdSecurityGroupRead: the edge, the group by id (its members), its associated VMs. */
    static List<String> readSecurityGroup(String id) {
        edgeLookup();
        JsonNode g = get(tenant, V1 + "/firewallGroups/" + id).json();
        assertThat(g.get("type").asText()).as("IsSecurityGroup").isEqualTo("SECURITY_GROUP");
        Http.Res vms = get(tenant, V1 + "/firewallGroups/" + id + "/associatedVMs");
        assertThat(vms.status).as(vms.body).isEqualTo(200);
        assertThat(vms.json().get("values").isArray()).isTrue();
        List<String> members = new ArrayList<>();
        if (g.has("members")) {
            g.get("members").forEach(m -> members.add(m.get("id").asText()));
        }
        return members;
    }

    @Test
    void aSecurityGroupIsAppliedRefreshedChangedAndDestroyed() {
        edgeLookup();
        ObjectNode sg = object().put("name", "web-servers").put("description", "");
        sg.set("ownerRef", ref(edge));
        sg.put("type", "SECURITY_GROUP").putArray("members").add(ref(routed));
        String id = awaitTask(tenant, send(tenant, "POST", V1 + "/firewallGroups/", sg));
        assertThat(get(tenant, V1 + "/firewallGroups/" + id).status).isEqualTo(200);
        assertThat(readSecurityGroup(id)).as("member_org_network_ids").containsExactly(routed);

        // member_org_network_ids emptied: members left out (omitempty)
        edgeLookup();
        ObjectNode emptied = object().put("name", "web-servers").put("description", "none now");
        emptied.set("ownerRef", ref(edge));
        emptied.put("type", "SECURITY_GROUP").put("id", id);
        awaitTask(tenant, send(tenant, "PUT", V1 + "/firewallGroups/" + id, emptied));
        assertThat(readSecurityGroup(id)).isEmpty();

        edgeLookup();
        awaitTask(tenant, send(tenant, "DELETE", V1 + "/firewallGroups/" + id, null));
        assertThat(get(tenant, V1 + "/firewallGroups/" + id).status).isEqualTo(403);
    }
}
