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
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.NsxtServiceCalls.PROFILES;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static io.vcdsim.api.NsxtServiceCalls.systemProfile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NSX-T edge's NAT rules and application port profiles, as go-vcloud-director's nsxt_nat_rule.go (CreateNatRule
 * finds the new rule in the list, GetNatRuleById, Update, Delete) and nsxt_application_profile.go
 * (CreateNsxtAppPortProfile, GetNsxtAppPortProfileByName with _context and scope, Update, Delete) use them.
 */
class CloudApiNsxtNatTest {
    static final String ADMIN_ORG = "application/vnd.vmware.admin.organization+xml";
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcUrn;
    static String orgUrn;
    static String edge;
    static String nat;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        orgUrn = get(tenant, V1 + "/orgs?" + filter("name==acme")).json().get("values").get(0).get("id").asText();
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.60.0");
        edge = NsxtServiceCalls.edge(admin, "nat-edge", vdcUrn, external, "10.60.0.1");
        nat = V1 + "/edgeGateways/" + edge + "/nat/rules";
    }

    /** A new org's Organization Administrator, logged in (the org has no VDC). */
    static Http otherOrgAdmin(Http admin, String baseUrl) {
        String name = "beta-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res org = admin.post(admin.get("/api/admin").link("add", ADMIN_ORG), ADMIN_ORG, "<AdminOrg xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><FullName>Beta</FullName><IsEnabled>true</IsEnabled>"
                + "<Settings/></AdminOrg>");
        assertThat(org.status).as(org.body).isEqualTo(201);
        String role = Http.Res.children(admin.get(org.attr("href")).child("RoleReferences"), "RoleReference").stream()
                .filter(r -> r.getAttribute("name").equals("Organization Administrator")).findFirst().orElseThrow()
                .getAttribute("href");
        Http.Res user = admin.post(org.attr("href") + "/users", "application/vnd.vmware.admin.user+xml", "<User xmlns=\""
                + Http.NS + "\" name=\"boss\"><IsEnabled>true</IsEnabled><Role href=\"" + role + "\"/><Password>"
                + "pass-word-1</Password></User>");
        assertThat(user.status).as(user.body).isEqualTo(201);
        return new Http(baseUrl).login("boss", name, "pass-word-1").version("37.1");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** types.NsxtNatRule as go-vcloud-director marshals it at API 36.0+ (type, not ruleType). */
    static ObjectNode rule(String name, String type, String external, String internal) {
        ObjectNode r = JSON.createObjectNode();
        r.put("name", name).put("description", "").put("enabled", true).put("type", type)
                .put("externalAddresses", external).put("internalAddresses", internal).put("logging", false)
                .put("priority", 0);
        return r;
    }

    /** CreateNatRule: POST, wait for the task (owned by the edge), then find the rule in the list. */
    static JsonNode create(ObjectNode rule) {
        Http.Res accepted = send(tenant, "POST", nat + "/", rule.toString());
        assertThat(awaitOwner(tenant, accepted)).isEqualTo(edge);
        for (JsonNode r : get(tenant, nat).json().get("values")) {
            if (r.get("name").asText().equals(rule.get("name").asText())
                    && r.get("externalAddresses").asText().equals(rule.get("externalAddresses").asText())
                    && r.get("internalAddresses").asText().equals(rule.get("internalAddresses").asText())) {
                return r;
            }
        }
        throw new AssertionError("rule not found after creation: " + rule);
    }

    static String profile(String name, String protocol, String... ports) {
        List<String> quoted = new ArrayList<>();
        for (String p : ports) {
            quoted.add("\"" + p + "\"");
        }
        return "{\"name\":\"" + name + "\",\"description\":\"d\",\"applicationPorts\":[{\"protocol\":\"" + protocol
                + "\",\"destinationPorts\":[" + String.join(",", quoted) + "]}],\"orgRef\":{\"id\":\"" + orgUrn
                + "\"},\"contextEntityId\":\"" + vdcUrn + "\",\"scope\":\"TENANT\"}";
    }

    @Test
    void aDnatRuleIsMadeFoundInTheListChangedAndDeleted() {
        String http = systemProfile(tenant, edge, "HTTP");
        ObjectNode body = rule(unique("dnat"), "DNAT", "10.60.0.10", "192.168.90.10");
        body.putObject("applicationPortProfile").put("id", http);
        body.put("dnatExternalPort", "8080");
        JsonNode made = create(body);
        String id = made.get("id").asText();
        assertThat(made.get("type").asText()).isEqualTo("DNAT");
        assertThat(made.get("ruleType").asText()).isEqualTo("DNAT");
        assertThat(made.get("applicationPortProfile").get("id").asText()).isEqualTo(http);
        assertThat(made.get("applicationPortProfile").get("name").asText()).isEqualTo("HTTP");
        assertThat(made.get("firewallMatch").asText()).isEqualTo("MATCH_INTERNAL_ADDRESS");
        assertThat(made.get("dnatExternalPort").asText()).isEqualTo("8080");

        ObjectNode changed = (ObjectNode) get(tenant, nat + "/" + id).json();
        changed.put("internalAddresses", "192.168.90.11").put("firewallMatch", "BYPASS").put("priority", 5)
                .putNull("applicationPortProfile");
        awaitOwner(tenant, send(tenant, "PUT", nat + "/" + id, changed.toString()));
        JsonNode now = get(tenant, nat + "/" + id).json();
        assertThat(now.get("internalAddresses").asText()).isEqualTo("192.168.90.11");
        assertThat(now.get("firewallMatch").asText()).isEqualTo("BYPASS");
        assertThat(now.get("priority").asInt()).isEqualTo(5);
        assertThat(NsxtServiceCalls.absent(now, "applicationPortProfile")).isTrue();
        assertThat(now.get("version").get("version").asInt()).isEqualTo(1);
        refused(send(tenant, "PUT", nat + "/" + id, changed.put("type", "SNAT").put("ruleType", "SNAT")
                .toString()), 400, "BAD_REQUEST");

        awaitOwner(tenant, send(tenant, "DELETE", nat + "/" + id, ""));
        assertThat(get(tenant, nat + "/" + id).status).isEqualTo(403);
    }

    @Test
    void eachRuleTypeTakesItsAddressesAndOlderClientsSendRuleType() {
        create(rule(unique("snat"), "SNAT", "10.60.0.11", "192.168.90.0/24").put("snatDestinationAddresses",
                "8.8.8.8"));
        create(rule(unique("no-snat"), "NO_SNAT", "", "192.168.90.0/24"));
        create(rule(unique("no-dnat"), "NO_DNAT", "10.60.0.12", ""));
        JsonNode reflexive = create(rule(unique("reflexive"), "REFLEXIVE", "10.60.0.13", "192.168.90.13"));
        assertThat(NsxtServiceCalls.absent(reflexive, "ruleType")).as("no such ruleType").isTrue();
        ObjectNode older = rule(unique("older"), "DNAT", "10.60.0.14", "192.168.90.14");
        older.remove("type");
        older.put("ruleType", "DNAT");
        assertThat(create(older).get("type").asText()).isEqualTo("DNAT");
    }

    @Test
    void badNatRulesAreRefusedAndNothingIsMade() {
        int before = get(tenant, nat).json().get("resultTotal").asInt();
        for (ObjectNode bad : List.of(
                rule("t", "FORWARD", "10.60.0.10", "192.168.90.10"),
                rule("t", "SNAT", "10.60.0.10", ""),
                rule("t", "DNAT", "", "192.168.90.10"),
                rule("t", "DNAT", "10.60.0.300", "192.168.90.10"),
                rule("t", "DNAT", "10.60.0.10", "192.168.90.10-192.168.90.1"),
                rule("t", "DNAT", "10.60.0.10", "192.168.90.10").put("dnatExternalPort", "70000"),
                rule("t", "DNAT", "10.60.0.10", "192.168.90.10").put("dnatExternalPort", "90-80"),
                rule("t", "SNAT", "10.60.0.10", "192.168.90.10").put("dnatExternalPort", "80"),
                rule("t", "DNAT", "10.60.0.10", "192.168.90.10").put("firewallMatch", "SOMETIMES"),
                rule("t", "DNAT", "10.60.0.10", "192.168.90.10").put("priority", -1),
                rule("x".repeat(256), "DNAT", "10.60.0.10", "192.168.90.10"),
                rule("t", "DNAT", "10.60.0.10", "192.168.90.10").put("ruleType", "SNAT"))) {
            Http.Res r = send(tenant, "POST", nat, bad.toString());
            assertThat(r.status).as(bad + " -> " + r.body).isEqualTo(400);
        }
        ObjectNode unknownProfile = rule("t", "DNAT", "10.60.0.10", "192.168.90.10");
        unknownProfile.putObject("applicationPortProfile").put("id", "urn:vcloud:applicationPortProfile:"
                + UUID.randomUUID());
        refused(send(tenant, "POST", nat, unknownProfile.toString()), 400, "INVALID_REFERENCE");
        assertThat(get(tenant, nat).json().get("resultTotal").asInt()).isEqualTo(before);
    }

    @Test
    void systemProfilesAreSeededAndReadOnly() {
        JsonNode system = get(tenant, PROFILES + "?pageSize=128&" + filter("scope==SYSTEM")).json();
        assertThat(names(system)).contains("HTTP", "HTTPS", "SSH", "ICMP ALL", "DNS-UDP", "RDP");
        String ssh = systemProfile(tenant, edge, "SSH");
        JsonNode p = get(tenant, PROFILES + "/" + ssh).json();
        assertThat(p.get("scope").asText()).isEqualTo("SYSTEM");
        assertThat(p.get("applicationPorts").get(0).get("protocol").asText()).isEqualTo("TCP");
        assertThat(p.get("applicationPorts").get(0).get("destinationPorts").get(0).asText()).isEqualTo("22");
        refused(send(tenant, "DELETE", PROFILES + "/" + ssh, ""), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(get(tenant, PROFILES + "?" + filter("scope==GLOBAL")), 400, "BAD_REQUEST");
        refused(get(tenant, PROFILES + "?" + filter("owner==x")), 400, "BAD_REQUEST");
    }

    @Test
    void aTenantProfileIsMadeFoundUsedAndDeleted() {
        String name = unique("web");
        String id = awaitOwner(tenant, send(tenant, "POST", PROFILES + "/", profile(name, "TCP", "8443", "9000-9010")));
        assertThat(id).startsWith("urn:vcloud:applicationPortProfile:");
        JsonNode found = get(tenant, PROFILES + "?" + filter("_context==" + vdcUrn + ";scope==TENANT;name==" + name))
                .json();
        assertThat(names(found)).containsExactly(name);
        JsonNode p = get(tenant, PROFILES + "/" + id).json();
        assertThat(p.get("orgRef").get("id").asText()).isEqualTo(orgUrn);
        assertThat(NsxtServiceCalls.absent(p, "contextEntityId")).as("vCD does not write it back").isTrue();
        assertThat(p.get("applicationPorts").get(0).get("destinationPorts").get(1).asText()).isEqualTo("9000-9010");

        // an update sends what it read: no contextEntityId, the profile keeps its VDC
        awaitOwner(tenant, send(tenant, "PUT", PROFILES + "/" + id, profile(name, "UDP", "53")
                .replace(",\"contextEntityId\":\"" + vdcUrn + "\"", "")));
        assertThat(get(tenant, PROFILES + "/" + id).json().get("applicationPorts").get(0).get("protocol").asText())
                .isEqualTo("UDP");

        ObjectNode uses = rule(unique("uses"), "DNAT", "10.60.0.20", "192.168.90.20");
        uses.putObject("applicationPortProfile").put("id", id);
        String rule = create(uses).get("id").asText();
        refused(send(tenant, "DELETE", PROFILES + "/" + id, ""), 400, "BAD_REQUEST");
        awaitOwner(tenant, send(tenant, "DELETE", nat + "/" + rule, ""));
        awaitOwner(tenant, send(tenant, "DELETE", PROFILES + "/" + id, ""));
        assertThat(get(tenant, PROFILES + "/" + id).status).isEqualTo(403);
    }

    @Test
    void aProviderProfileIsTheSystemAdministratorsAndEveryonesToUse() {
        String manager = "urn:vcloud:nsxtmanager:" + CloudApiNsxtTest.managerHref(admin).replaceAll(".*/", "");
        String body = "{\"name\":\"" + unique("provider") + "\",\"applicationPorts\":[{\"protocol\":\"TCP\","
                + "\"destinationPorts\":[\"11000-12000\"]}],\"contextEntityId\":\"" + manager + "\",\"scope\":"
                + "\"PROVIDER\"}";
        refused(send(tenant, "POST", PROFILES, body), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        String id = awaitOwner(admin, send(admin, "POST", PROFILES, body));
        JsonNode p = get(tenant, PROFILES + "/" + id).json();
        assertThat(p.get("scope").asText()).isEqualTo("PROVIDER");
        assertThat(NsxtServiceCalls.absent(p, "orgRef")).isTrue();
        ObjectNode uses = rule(unique("uses-provider"), "DNAT", "10.60.0.40", "192.168.90.40");
        uses.putObject("applicationPortProfile").put("id", id);
        String rule = create(uses).get("id").asText();
        assertThat(send(tenant, "DELETE", PROFILES + "/" + id, "").status).isEqualTo(403);
        refused(send(admin, "DELETE", PROFILES + "/" + id, ""), 400, "BAD_REQUEST");
        awaitOwner(tenant, send(tenant, "DELETE", nat + "/" + rule, ""));
        awaitOwner(admin, send(admin, "DELETE", PROFILES + "/" + id, ""));

        // an ICMP profile takes the port "any" only, as go-vcloud-director's tenant test sends it
        String icmp = awaitOwner(tenant, send(tenant, "POST", PROFILES, profile(unique("icmp"), "ICMPv4", "any")));
        assertThat(get(tenant, PROFILES + "/" + icmp).json().get("applicationPorts").get(0).get("destinationPorts")
                .get(0).asText()).isEqualTo("any");
    }

    @Test
    void aSystemAdministratorListsEveryOrgsProfilesAndRules() {
        String name = unique("listed");
        awaitOwner(tenant, send(tenant, "POST", PROFILES, profile(name, "TCP", "80")));
        assertThat(names(get(admin, PROFILES + "?pageSize=128&" + filter("scope==TENANT")).json())).contains(name);
        assertThat(get(admin, PROFILES + "?" + filter("scope==SYSTEM;name==HTTPS")).json().get("resultTotal").asInt())
                .isEqualTo(1);
        assertThat(get(admin, nat).status).isEqualTo(200);
    }

    @Test
    void badProfilesAreRefused() {
        String name = unique("dup");
        awaitOwner(tenant, send(tenant, "POST", PROFILES, profile(name, "TCP", "80")));
        refused(send(tenant, "POST", PROFILES, profile(name, "TCP", "81")), 400, "DUPLICATE_NAME");
        for (String bad : new String[]{profile(unique("p"), "SCTP", "80"), profile(unique("p"), "TCP", "0"),
                profile(unique("p"), "TCP", "65536"), profile(unique("p"), "TCP", "x"),
                profile(unique("p"), "ICMPv4", "80"), profile(unique("p"), "TCP", "80").replace("TENANT", "SYSTEM"),
                profile(unique("p"), "TCP", "80").replace(vdcUrn, "urn:vcloud:vdc:" + UUID.randomUUID()),
                profile(unique("p"), "TCP", "80").replace(",\"orgRef\":{\"id\":\"" + orgUrn + "\"}", ""),
                profile("n".repeat(256), "TCP", "80")}) {
            Http.Res r = send(tenant, "POST", PROFILES, bad);
            assertThat(r.status).as(bad + " -> " + r.body).isEqualTo(400);
        }
    }

    @Test
    void aVAppUserReadsNatRulesAndAnotherOrgNeither() {
        String id = create(rule(unique("seen"), "DNAT", "10.60.0.30", "192.168.90.30")).get("id").asText();
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User").version("37.1");
        assertThat(get(user, nat + "/" + id).status).isEqualTo(200);
        assertThat(send(user, "POST", nat, rule(unique("no"), "DNAT", "10.60.0.31", "192.168.90.31").toString())
                .status).isEqualTo(403);
        assertThat(send(user, "DELETE", nat + "/" + id, "").status).isEqualTo(403);
        assertThat(send(user, "POST", PROFILES, profile(unique("no"), "TCP", "80")).status).isEqualTo(403);

        Http beta = otherOrgAdmin(admin, vcd.httpUrl());
        assertThat(get(beta, nat).status).isEqualTo(403);
        assertThat(send(beta, "DELETE", nat + "/" + id, "").status).isEqualTo(403);
        assertThat(send(beta, "POST", PROFILES, profile(unique("no"), "TCP", "80")).status).isEqualTo(403);
        assertThat(names(get(beta, PROFILES + "?pageSize=128&" + filter("scope==TENANT")).json())).isEmpty();
        assertThat(get(beta, PROFILES + "?pageSize=128&" + filter("scope==SYSTEM")).json().get("resultTotal").asInt())
                .isPositive();
    }
}
