package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;

import static io.vcdsim.api.NsxvEdgeApiTest.assertNsxvError;
import static io.vcdsim.api.NsxvEdgeApiTest.kids;
import static io.vcdsim.api.NsxvEdgeApiTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VDC's NSX-V distributed firewall and the services its rules name, as go-vcloud-director's
 * nsxv_distributed_firewall.go uses them.
 */
class NsxvDistributedFirewallApiTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String vdc;
    static String section;

    @BeforeAll
    static void setUp() {
        tenant = Sim.tenant(vcd.sim());
        vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href").replaceAll(".*/", "");
        section = "/network/firewall/globalroot-0/config/layer3sections/" + vdc;
    }

    static String rules(String generation, String action) {
        return "<section generationNumber=\"" + generation + "\" name=\"" + vdc + "\"><rule disabled=\"false\" "
                + "logged=\"false\"><name>first</name><action>" + action + "</action><direction>inout</direction>"
                + "<packetType>any</packetType></rule></section>";
    }

    static Http.Res put(String body, String ifMatch) {
        return tenant.send(tenant.request(section).header("If-Match", ifMatch).header("Content-Type",
                "application/xml").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void theFirewallIsEnabledAndDisabledRepeatedly() {
        assertThat(tenant.post("/network/firewall/vdc/" + vdc, null, null).status).isEqualTo(201);
        assertThat(tenant.post("/network/firewall/vdc/" + vdc, null, null).status).isEqualTo(201);
        Http.Res read = tenant.get(section);
        assertThat(read.status).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"" + read.root().getAttribute("generationNumber") + "\"");
        assertThat(tenant.delete("/network/firewall/vdc/" + vdc).status).isEqualTo(204);
        assertThat(tenant.delete("/network/firewall/vdc/" + vdc).status).isEqualTo(204);
        assertNsxvError(tenant.get(section), 404, "202");
    }

    @Test
    void rulesAreReplacedAtTheGenerationReadAndNumbered() {
        tenant.post("/network/firewall/vdc/" + vdc, null, null);
        String generation = tenant.get(section).root().getAttribute("generationNumber");
        Http.Res updated = put(rules(generation, "deny"), generation);
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(kids(updated.root(), "rule").get(0).getAttribute("id")).isNotBlank();
        assertThat(texts(updated, "sectionId")).containsExactly(updated.root().getAttribute("id"));
        assertThat(put(rules(generation, "deny"), generation).status).isEqualTo(412);
        String now = updated.root().getAttribute("generationNumber");
        assertNsxvError(put(rules(now, "maybe"), now), 400, "15001");
        assertThat(texts(tenant.get(section), "action")).containsExactly("deny");
    }

    @Test
    void theServicesAndServiceGroupsAreListedForTheVdc() {
        Http.Res services = tenant.get("/network/services/application/scope/" + vdc);
        assertThat(texts(services, "name")).contains("DNS", "PostgreSQL", "MySQL", "MSSQL");
        Http.Res groups = tenant.get("/network/services/applicationgroup/scope/" + vdc);
        assertThat(kids(groups.root(), "applicationGroup")).isNotEmpty();
        assertThat(texts(groups, "name")).contains("Orchestrator", "MSSQL Integration Services");
        assertNsxvError(tenant.get("/network/services/application/scope/" + java.util.UUID.randomUUID()), 403,
                "403");
    }
}
