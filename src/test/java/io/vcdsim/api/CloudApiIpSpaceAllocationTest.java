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

import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNsxtEdgeGatewayTest.unique;
import static io.vcdsim.api.IpSpaceCalls.ASSIGNMENTS;
import static io.vcdsim.api.IpSpaceCalls.SPACES;
import static io.vcdsim.api.IpSpaceCalls.allocate;
import static io.vcdsim.api.IpSpaceCalls.allocateRefused;
import static io.vcdsim.api.IpSpaceCalls.create;
import static io.vcdsim.api.IpSpaceCalls.inOrg;
import static io.vcdsim.api.IpSpaceCalls.space;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocations from IP spaces as go-vcloud-director's ip_space_allocation.go makes and reads them
 * (Test_IpSpaceIpAllocation): {@code allocate} is a task whose result lists the values; {@code allocations} are
 * read, changed and released in the org's context. No value is handed out twice.
 */
class CloudApiIpSpaceAllocationTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String ONE_IP = "{\"type\":\"FLOATING_IP\",\"quantity\":1}";
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

    static String privateSpace(String... ranges) {
        return create(admin, space(unique("private"), "PRIVATE", acme, 3, ranges)).get("id").asText();
    }

    static List<String> values(JsonNode results) {
        List<String> values = new ArrayList<>();
        results.forEach(r -> values.add(r.get("value").asText()));
        return values;
    }

    static JsonNode allocations(String space, String fiql) {
        Http.Res r = inOrg(admin, acme, "GET", SPACES + "/" + space + "/allocations?" + filter(fiql), null);
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json().get("values");
    }

    @Test
    void floatingIpsAreHandedOutOnceAndAnExhaustedSpaceRefuses() {
        String space = privateSpace("22.0.0.10-22.0.0.12");
        JsonNode two = allocate(admin, acme, space, "{\"type\":\"FLOATING_IP\",\"quantity\":2}");
        assertThat(values(two)).containsExactly("22.0.0.10", "22.0.0.11");
        assertThat(two.get(0).get("id").asText()).startsWith("urn:vcloud:ipSpaceIpAllocation:");
        assertThat(values(allocate(admin, acme, space, ONE_IP))).containsExactly("22.0.0.12");
        // exhausted: the whole request is refused, nothing is taken
        refused(allocateRefused(admin, acme, space, ONE_IP), 400, "BAD_REQUEST");
        refused(allocateRefused(admin, acme, space, "{\"type\":\"FLOATING_IP\",\"value\":\"22.0.0.11\"}"), 400,
                "BAD_REQUEST");
        assertThat(allocations(space, "type==FLOATING_IP")).hasSize(3);
        assertThat(get(admin, SPACES + "/" + space).json().get("utilization").get("floatingIPs")
                .get("allocatedCount").asText()).isEqualTo("3");

        // released, the address is handed out again, by value
        String released = two.get(1).get("id").asText();
        assertThat(inOrg(admin, acme, "DELETE", SPACES + "/" + space + "/allocations/" + released, "").status)
                .isEqualTo(204);
        assertThat(values(allocate(admin, acme, space, "{\"type\":\"FLOATING_IP\",\"value\":\"22.0.0.11\"}")))
                .containsExactly("22.0.0.11");
        assertThat(allocations(space, "type==FLOATING_IP")).hasSize(3);
    }

    @Test
    void prefixesAreAllocatedByLengthWithinTheOrgsQuota() {
        String space = create(admin, space(unique("public"), "PUBLIC", null, 3, "22.0.0.10-22.0.0.30"))
                .get("id").asText();
        // not assigned to acme yet: acme has nothing to allocate from
        refused(allocateRefused(admin, acme, space, ONE_IP), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        String net = IpSpaceCalls.ipSpaceNetwork(admin, unique("net"), "tier0-1", null);
        IpSpaceCalls.uplink(admin, unique("uplink"), net, space);
        IpSpaceCalls.edge(admin, unique("edge"), vdcUrn, net);

        String thirty = "{\"type\":\"IP_PREFIX\",\"quantity\":2,\"prefixLength\":30}";
        assertThat(values(allocate(admin, acme, space, thirty))).containsExactly("22.0.0.100/30", "22.0.0.104/30");
        // the default quota of /30 prefixes is 2
        refused(allocateRefused(admin, acme, space, thirty.replace("2,", "1,")), 400, "BAD_REQUEST");
        JsonNode assignment = get(admin, ASSIGNMENTS + "?" + filter("ipSpaceRef.id==" + space)).json().get("values")
                .get(0);
        ((ObjectNode) assignment).putObject("customQuotas").putArray("ipPrefixQuotas").addObject()
                .put("prefixLength", 30).put("quota", 3);
        assertThat(send(admin, "PUT", ASSIGNMENTS + "/" + assignment.get("id").asText(), assignment.toString())
                .status).isEqualTo(200);
        assertThat(values(allocate(admin, acme, space, thirty.replace("2,", "1,")))).containsExactly("22.0.0.108/30");

        assertThat(values(allocate(admin, acme, space, "{\"type\":\"IP_PREFIX\",\"value\":\"22.0.0.202/31\"}")))
                .containsExactly("22.0.0.202/31");
        for (String bad : new String[]{"{\"type\":\"IP_PREFIX\",\"value\":\"22.0.0.203/31\"}",
            "{\"type\":\"IP_PREFIX\",\"value\":\"22.0.0.202/31\"}", "{\"type\":\"IP_PREFIX\",\"quantity\":1}",
            "{\"type\":\"IP_PREFIX\",\"quantity\":1,\"prefixLength\":29}", "{\"type\":\"FLOATING_IP\",\"quantity\":0}",
            "{\"type\":\"FLOATING_IP\",\"value\":\"22.0.0.202/31\"}", "{\"type\":\"OTHER\",\"quantity\":1}",
            "{\"type\":\"FLOATING_IP\",\"value\":\"not-an-ip\"}"}) {
            refused(allocateRefused(admin, acme, space, bad), 400, "BAD_REQUEST");
        }
        assertThat(allocations(space, "type==IP_PREFIX")).hasSize(4);
    }

    @Test
    void anAllocationsUsageStateAndDescriptionChangeAndDeletionReleasesIt() {
        String space = privateSpace("22.0.0.10-22.0.0.20");
        String value = values(allocate(admin, acme, space, ONE_IP)).get(0);
        JsonNode found = allocations(space, "value==" + value + ";type==FLOATING_IP");
        assertThat(found).hasSize(1);
        JsonNode allocation = found.get(0);
        assertThat(allocation.get("usageState").asText()).isEqualTo("UNUSED");
        assertThat(allocation.get("orgRef").get("id").asText()).isEqualTo(acme);
        String url = SPACES + "/" + space + "/allocations/" + allocation.get("id").asText();
        assertThat(inOrg(admin, acme, "GET", url, null).json()).isEqualTo(allocation);

        ((ObjectNode) allocation).put("usageState", "USED_MANUAL").put("description", "Manual usage description");
        Http.Res put = inOrg(admin, acme, "PUT", url, allocation.toString());
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(put.json().get("usageState").asText()).isEqualTo("USED_MANUAL");
        assertThat(put.json().get("description").asText()).isEqualTo("Manual usage description");
        refused(inOrg(admin, acme, "PUT", url, allocation.toString().replace("USED_MANUAL", "USED")), 400,
                "BAD_REQUEST");
        refused(inOrg(admin, acme, "PUT", url, allocation.toString().replace("USED_MANUAL", "BUSY")), 400,
                "BAD_REQUEST");
        assertThat(get(admin, SPACES + "/" + space).json().get("utilization").get("floatingIPs").get("usedCount")
                .asText()).isEqualTo("1");

        assertThat(inOrg(admin, acme, "DELETE", url, "").status).isEqualTo(204);
        assertThat(inOrg(admin, acme, "GET", url, null).status).isEqualTo(403);
        assertThat(allocations(space, "type==FLOATING_IP")).isEmpty();
    }

    @Test
    void theTenantAllocatesFromItsOrgsSpaceButNotInAnotherOrg() {
        String space = privateSpace("22.0.0.10-22.0.0.20");
        Http.Res accepted = send(tenant, "POST", SPACES + "/" + space + "/allocate", ONE_IP);
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(tenant.get(accepted.header("Location"))).attr("status")).isEqualTo("success");
        JsonNode mine = get(tenant, SPACES + "/" + space + "/allocations?" + filter("type==FLOATING_IP")).json();
        assertThat(mine.get("values")).hasSize(1);
        // the provider lists every org's allocations; a tenant acts in no other org
        assertThat(get(admin, SPACES + "/" + space + "/allocations").json().get("values")).hasSize(1);
        String system = get(admin, CloudApiCalls.V1 + "/orgs?" + filter("name==System")).json().get("values").get(0)
                .get("id").asText();
        refused(inOrg(tenant, system, "POST", SPACES + "/" + space + "/allocate", ONE_IP), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }
}
