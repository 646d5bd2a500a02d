package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** VDC compute policies as go-vcloud-director's Test_VdcComputePolicies and its V2 twin make, read and delete them. */
class CloudApiComputePolicyTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPolicyIsMadeFoundByIdChangedAndDeletedWithItsSettingsAsSent() {
        String name = unique("sizing");
        String sent = "{\"name\":\"" + name + "\",\"description\":\"Not empty\",\"cpuSpeed\":100,\"cpuCount\":2,"
                + "\"coresPerSocket\":1,\"cpuReservationGuarantee\":0.26,\"cpuLimit\":200,\"cpuShares\":5,"
                + "\"memory\":1600,\"memoryReservationGuarantee\":0.5,\"memoryLimit\":1200,\"memoryShares\":500}";
        for (String base : new String[]{"/cloudapi/1.0.0/vdcComputePolicies", "/cloudapi/2.0.0/vdcComputePolicies"}) {
            String each = base.contains("2.0.0") ? sent.replace(name, name + "-v2") : sent;
            Http.Res created = send(admin, "POST", base, each);
            assertThat(created.status).as(created.body).isEqualTo(201);
            JsonNode p = created.json();
            assertThat(p.get("id").asText()).startsWith("urn:vcloud:vdcComputePolicy:");
            assertThat(p.get("cpuReservationGuarantee").asDouble()).isEqualTo(0.26);
            assertThat(p.get("memoryShares").asInt()).isEqualTo(500);
            assertThat(p.get("policyType").asText()).isEqualTo("VdcVmPolicy");
            String one = base + "/" + p.get("id").asText();

            // Update() PUTs the whole policy and expects it back as sent
            Http.Res updated = send(admin, "PUT", one, created.body.replace("Not empty", "Updated description"));
            assertThat(updated.status).as(updated.body).isEqualTo(200);
            assertThat(updated.json().get("description").asText()).isEqualTo("Updated description");
            assertThat(updated.json().get("memoryLimit").asInt()).isEqualTo(1200);

            JsonNode byId = get(admin, base + "?" + filter("id==" + p.get("id").asText())).json();
            assertThat(byId.get("resultTotal").asInt()).isEqualTo(1);
            assertThat(byId.get("values").get(0)).isEqualTo(get(admin, one).json());

            assertThat(send(admin, "DELETE", one, "").status).isEqualTo(204);
            assertThat(get(admin, one).status).as("gone: vCD's cloudapi says 403 for what does not exist").isEqualTo(403);
        }
        assertThat(names(get(admin, "/cloudapi/1.0.0/vdcComputePolicies?pageSize=128").json()))
                .contains("System Default");
    }

    @Test
    void badPoliciesAndCallersOutsideTheSystemOrgAreRefused() {
        String base = "/cloudapi/2.0.0/vdcComputePolicies";
        String name = unique("bad");
        for (String body : new String[]{"{\"description\":\"no name\"}", "{\"name\":\"" + name + "\",\"cpuCount\":-1}",
                "{\"name\":\"" + name + "\",\"memoryReservationGuarantee\":1.5}",
                "{\"name\":\"" + name + "\",\"policyType\":\"Sideways\"}", "{\"name\":\"" + "n".repeat(129) + "\"}",
                "{\"name\":\"System Default\"}", "[]"}) {
            Http.Res r = send(admin, "POST", base, body);
            assertThat(r.status).as(body).isEqualTo(400);
        }
        String seeded = get(admin, base + "?" + filter("name==System Default")).json().get("values").get(0)
                .get("id").asText();
        assertThat(send(admin, "DELETE", base + "/" + seeded, "").status).isEqualTo(400);
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        assertThat(get(tenant, base).status).isEqualTo(403);
        assertThat(send(tenant, "POST", base, "{\"name\":\"" + name + "\"}").status).isEqualTo(403);
    }

    /** go-vcloud-director's SetAssignedComputePolicies and GetAllAssignedVdcComputePolicies on a VDC. */
    @Test
    void aVdcsPoliciesAreSetInTheGivenOrderWithItsDefaultAmongThem() {
        String base = "/cloudapi/1.0.0/vdcComputePolicies";
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = send(admin, "POST", base, "{\"name\":\"" + unique("assigned") + "\",\"coresPerSocket\":" + (i + 1)
                    + "}").json().get("id").asText();
        }
        Http.Res vdcRecord = admin.get("/api/query?type=adminOrgVdc&format=references&filter=name==acme-vdc");
        String adminVdc = vdcRecord.children("AdminVdcReference").get(0).getAttribute("href");
        Http.Res view = admin.get(adminVdc);
        String defaultId = view.child("DefaultComputePolicy").getAttribute("id");
        assertThat(view.child("DefaultComputePolicy").getAttribute("name")).isEqualTo("System Default");
        String refs = "application/vnd.vmware.vcloud.vdcComputePolicyReferences+xml";
        String policies = view.link("down", refs);
        assertThat(policies).endsWith("/computePolicies");

        String body = "<VdcComputePolicyReferences xmlns=\"" + Http.NS + "\">%s</VdcComputePolicyReferences>";
        String ref = "<VdcComputePolicyReference href=\"" + vcd.httpUrl() + base + "/%s\"/>";
        Http.Res set = admin.put(policies, refs, body.formatted(ref.formatted(ids[1]) + ref.formatted(ids[0])
                + ref.formatted(defaultId)));
        assertThat(set.status).as(set.body).isEqualTo(200);
        assertThat(set.children("VdcComputePolicyReference")).extracting(e -> e.getAttribute("id"))
                .containsExactly(ids[1], ids[0], defaultId);
        String urn = "urn:vcloud:vdc:" + adminVdc.substring(adminVdc.lastIndexOf('/') + 1);
        JsonNode assigned = get(admin, "/cloudapi/1.0.0/vdcs/" + urn + "/computePolicies").json();
        assertThat(assigned.get("resultTotal").asInt()).isEqualTo(3);
        assertThat(send(admin, "DELETE", base + "/" + ids[0], "").status).as("assigned").isEqualTo(400);

        assertThat(admin.put(policies, refs, body.formatted(ref.formatted(ids[0]))).status).as("default left out")
                .isEqualTo(400);
        Http.Res unknown = admin.put(policies, refs, body.formatted(ref.formatted("urn:vcloud:vdcComputePolicy:"
                + UUID.randomUUID()) + ref.formatted(defaultId)));
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.minor()).isEqualTo("INVALID_REFERENCE");
        Http tenant = Sim.tenant(vcd.sim());
        assertThat(tenant.put(policies, refs, body.formatted(ref.formatted(defaultId))).status).isEqualTo(403);
        assertThat(get(tenant.version("37.1"), "/cloudapi/1.0.0/vdcs/" + urn + "/computePolicies").json()
                .get("resultTotal").asInt()).as("a tenant reads its VDC's").isEqualTo(3);

        assertThat(admin.put(policies, refs, body.formatted(ref.formatted(defaultId))).status).isEqualTo(200);
        assertThat(send(admin, "DELETE", base + "/" + ids[0], "").status).isEqualTo(204);
    }
}
