package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vCD's /network proxy of an advanced NSX-V edge, as go-vcloud-director's edgegateway.go, nsxv_nat.go,
 * nsxv_firewall.go and nsxv_dhcprelay.go call it: the edge's vNics, NAT and firewall rules, the firewall's general
 * settings and DHCP relay; errors in the NSX-V manager's own {@code <error>} document.
 */
class NsxvEdgeApiTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String XML = "application/*+xml";
    static Http tenant;
    static String edge;

    @BeforeAll
    static void setUp() {
        tenant = Sim.tenant(vcd.sim());
        edge = "/network/edges/" + tenant.get("/api/query?type=edgeGateway&format=references")
                .children("EdgeGatewayReference").get(0).getAttribute("href").replaceAll(".*/", "");
    }

    static String natRule(String action, String original) {
        return "<natRules><natRule><action>" + action + "</action><vnic>0</vnic><originalAddress>" + original
                + "</originalAddress><translatedAddress>192.168.100.10</translatedAddress><loggingEnabled>false"
                + "</loggingEnabled><enabled>true</enabled></natRule></natRules>";
    }

    static String firewallRule(String name) {
        return "<firewallRules><firewallRule><name>" + name + "</name><enabled>true</enabled><action>accept</action>"
                + "<source><ipAddress>10.1.1.1</ipAddress></source></firewallRule></firewallRules>";
    }

    /** What a refused request answers: the NSX-V error with this status and errorCode. */
    static void assertNsxvError(Http.Res res, int status, String errorCode) {
        assertThat(res.status).as(res.body).isEqualTo(status);
        assertThat(res.root().getLocalName()).isEqualTo("error");
        assertThat(text(res.root(), "errorCode")).isEqualTo(errorCode);
        assertThat(text(res.root(), "details")).isNotBlank();
    }

    /** The NSX-V API's elements are in no namespace. */
    static List<Element> kids(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        List<Element> found = kids(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    static String created(Http.Res res) {
        assertThat(res.status).as(res.body).isEqualTo(201);
        return res.header("Location").replaceAll(".*/", "");
    }

    static List<String> texts(Http.Res res, String element) {
        List<String> out = new java.util.ArrayList<>();
        var nodes = res.root().getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void vdcNetworksListTheUplinkWithTheEdgeAddressAndTheRoutedNetwork() {
        Http.Res res = tenant.get(edge + "/vdcNetworks");
        assertThat(res.status).as(res.body).isEqualTo(200);
        List<Element> vnics = kids(res.root(), "edgeInterface");
        assertThat(vnics).hasSize(2);
        assertThat(kids(vnics.get(0), "name").get(0).getTextContent()).isEqualTo("vcdsim-external");
        assertThat(kids(vnics.get(0), "type").get(0).getTextContent()).isEqualTo("uplink");
        assertThat(kids(vnics.get(0), "index").get(0).getTextContent()).isEqualTo("0");
        assertThat(vnics.get(0).getElementsByTagName("primaryAddress").item(0).getTextContent())
                .isEqualTo("10.150.0.100");
        assertThat(kids(vnics.get(1), "portgroupName").get(0).getTextContent()).isEqualTo("acme-net");
        assertThat(kids(vnics.get(1), "type").get(0).getTextContent()).isEqualTo("internal");
    }

    @Test
    void aPathUnderNetworkThatDoesNotExistAnswersTheNsxvError() {
        assertNsxvError(tenant.get(edge + "/nosuchservice"), 404, "202");
        assertNsxvError(tenant.get("/network/edges/" + UUID.randomUUID() + "/nat/config"), 403, "403");
    }

    @Test
    void aNatRuleGetsANumberedIdAndIsReadUpdatedAndDeleted() {
        String id = created(tenant.post(edge + "/nat/config/rules", XML, natRule("snat", "10.150.0.100")));
        assertThat(Integer.parseInt(id)).isGreaterThanOrEqualTo(196609);
        Http.Res one = tenant.get(edge + "/nat/config/rules/" + id);
        assertThat(text(one.root(), "ruleType")).isEqualTo("user");
        assertThat(text(one.root(), "ruleTag")).isEqualTo(id);
        String update = "<natRule><ruleId>" + id + "</ruleId><action>snat</action><originalAddress>10.150.0.100"
                + "</originalAddress><translatedAddress>192.168.100.11</translatedAddress><enabled>true</enabled>"
                + "<description>changed</description></natRule>";
        assertThat(tenant.put(edge + "/nat/config/rules/" + id, XML, update).status).isEqualTo(204);
        Http.Res all = tenant.get(edge + "/nat/config");
        assertThat(all.root().getLocalName()).isEqualTo("nat");
        assertThat(texts(all, "description")).contains("changed");
        assertThat(tenant.delete(edge + "/nat/config/rules/" + id).status).isEqualTo(204);
        assertNsxvError(tenant.delete(edge + "/nat/config/rules/" + id), 404, "202");
    }

    @Test
    void aNatRuleWithAnUnknownActionOrNoAddressIsRefusedAndNothingIsStored() {
        int before = texts(tenant.get(edge + "/nat/config"), "ruleId").size();
        assertNsxvError(tenant.post(edge + "/nat/config/rules", XML, natRule("masquerade", "10.150.0.100")), 400,
                "15001");
        assertNsxvError(tenant.post(edge + "/nat/config/rules", XML, natRule("dnat", "")), 400, "15001");
        assertNsxvError(tenant.post(edge + "/nat/config/rules", XML, "<natRules>"), 400, "15001");
        assertThat(texts(tenant.get(edge + "/nat/config"), "ruleId")).hasSize(before);
    }

    @Test
    void aFirewallRuleGoesAboveTheRuleNamedByAboveRuleId() {
        String first = created(tenant.post(edge + "/firewall/config/rules", XML, firewallRule("first")));
        String second = created(tenant.post(edge + "/firewall/config/rules?aboveRuleId=" + first, XML,
                "<firewallRule><name>above</name><action>deny</action></firewallRule>"));
        List<String> ids = texts(tenant.get(edge + "/firewall/config"), "id");
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
        assertNsxvError(tenant.post(edge + "/firewall/config/rules", XML, "<firewallRule><name>x</name><action>"
                + "drop</action></firewallRule>"), 400, "15001");
        assertNsxvError(tenant.post(edge + "/firewall/config/rules?aboveRuleId=1", XML, firewallRule("y")), 404,
                "202");
    }

    @Test
    void theFirewallGeneralSettingsChangeTheVersionCountsAndTheRulesStay() {
        String rule = created(tenant.post(edge + "/firewall/config/rules", XML, firewallRule("kept")));
        Http.Res before = tenant.get(edge + "/firewall/config");
        int version = Integer.parseInt(text(before.root(), "version"));
        String put = "<firewall><enabled>true</enabled><defaultPolicy><loggingEnabled>true</loggingEnabled>"
                + "<action>accept</action></defaultPolicy><firewallRules></firewallRules></firewall>";
        assertThat(tenant.put(edge + "/firewall/config", XML, put).status).isEqualTo(204);
        Http.Res after = tenant.get(edge + "/firewall/config");
        assertThat(kids(after.root(), "defaultPolicy").get(0).getElementsByTagName("action").item(0).getTextContent())
                .isEqualTo("accept");
        assertThat(Integer.parseInt(text(after.root(), "version"))).isEqualTo(version + 1);
        assertThat(texts(after, "id")).contains(rule);
        assertNsxvError(tenant.put(edge + "/firewall/config", XML, put.replace("accept", "maybe")), 400, "15001");
    }

    @Test
    void theDhcpRelayIsSetCheckedAndReset() {
        String relay = "<relay><relayServer><ipAddress>10.1.1.1</ipAddress></relayServer><relayAgents><relayAgent>"
                + "<vnicIndex>1</vnicIndex></relayAgent></relayAgents></relay>";
        assertThat(tenant.put(edge + "/dhcp/config/relay", XML, relay).status).isEqualTo(204);
        assertThat(texts(tenant.get(edge + "/dhcp/config/relay"), "ipAddress")).containsExactly("10.1.1.1");
        assertNsxvError(tenant.put(edge + "/dhcp/config/relay", XML, relay.replace("<vnicIndex>1", "<vnicIndex>12")),
                400, "15001");
        assertThat(tenant.delete(edge + "/dhcp/config/relay").status).isEqualTo(204);
        assertThat(tenant.get(edge + "/dhcp/config/relay").root().getChildNodes().getLength()).isZero();
    }

    @Test
    void aUserWithoutOrgEditReadsButCannotChange() {
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User");
        assertThat(user.get(edge + "/nat/config").status).isEqualTo(200);
        Http.Res denied = user.post(edge + "/nat/config/rules", XML, natRule("snat", "10.150.0.100"));
        assertNsxvError(denied, 403, "403");
    }
}
