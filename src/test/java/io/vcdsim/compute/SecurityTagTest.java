package io.vcdsim.compute;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** NSX-T security tags on VMs, as go-vcloud-director's security_tags.go sets and reads them. */
class SecurityTagTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String TAGS = "/cloudapi/1.0.0/securityTags";
    static Http tenant;
    static Http admin;
    static String vmUrn;
    static String otherVmUrn;

    @BeforeAll
    static void vms() throws Exception {
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        admin = Sim.admin(vcd.sim()).version("38.0");
        TemplateFixture fixture = TemplateFixture.ready(tenant);
        List<String> ids = new ArrayList<>();
        for (String vapp : List.of(fixture.newVApp("tagged"), fixture.newVApp("tagged"))) {
            ids.add(Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0).getAttribute("id"));
        }
        vmUrn = ids.get(0);
        otherVmUrn = ids.get(1);
    }

    static Http.Res send(Http who, String method, String path, String json) {
        return who.send(who.cloud(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static Http.Res get(Http who, String path) {
        return who.send(who.cloud(path).GET());
    }

    static String tagFilter(String tag) {
        return "filter=" + URLEncoder.encode("tag==" + tag, StandardCharsets.UTF_8);
    }

    static List<String> values(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("values").forEach(v -> out.add(v.get(field).asText()));
        return out;
    }

    @Test
    void aTagIsPutOnVmsAndFoundByTagAmongTheOrgsValues() {
        Http.Res put = send(tenant, "PUT", TAGS + "/tag", "{\"tag\":\"Web\",\"entities\":[\"" + vmUrn + "\"]}");
        assertThat(put.status).as(put.body).isEqualTo(204);
        JsonNode entities = get(tenant, TAGS + "/entities?" + tagFilter("web")).json();
        assertThat(values(entities, "id")).containsExactly(vmUrn);
        JsonNode entity = entities.get("values").get(0);
        assertThat(entity.get("entityType").asText()).isEqualTo("vm");
        assertThat(entity.get("parentRef").get("id").asText()).startsWith("urn:vcloud:vapp:");
        assertThat(entity.get("ownerRef").get("id").asText()).startsWith("urn:vcloud:vdc:");
        assertThat(values(get(tenant, TAGS + "/values").json(), "tag")).contains("web");
        assertThat(get(tenant, TAGS + "/vm/" + vmUrn).json().get("tags").toString()).contains("\"web\"");

        assertThat(send(tenant, "PUT", TAGS + "/tag", "{\"tag\":\"web\",\"entities\":[]}").status).isEqualTo(204);
        assertThat(get(tenant, TAGS + "/entities?" + tagFilter("web")).json().get("values")).isEmpty();
    }

    @Test
    void aVmsTagsAreReplacedInLowerCase() {
        Http.Res put = send(tenant, "PUT", TAGS + "/vm/" + otherVmUrn, "{\"tags\":[\"DB\",\"backup\",\"db\"]}");
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(put.json().get("tags").toString()).isEqualTo("[\"backup\",\"db\"]");
        send(tenant, "PUT", TAGS + "/vm/" + otherVmUrn, "{\"tags\":[\"db\"]}");
        assertThat(get(tenant, TAGS + "/vm/" + otherVmUrn).json().get("tags").toString()).isEqualTo("[\"db\"]");
        assertThat(values(get(tenant, TAGS + "/entities").json(), "id")).contains(otherVmUrn);
    }

    @Test
    void aSystemAdministratorTagsInTheOrgTheTenantContextNames() {
        String org = tenant.get("/api/org").children("Org").get(0).getAttribute("href").replaceAll(".*/", "");
        Http.Res put = admin.send(admin.cloud(TAGS + "/tag").header("Content-Type", "application/json")
                .header("X-VMWARE-VCLOUD-TENANT-CONTEXT", org).PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"tag\":\"by-admin\",\"entities\":[\"" + vmUrn + "\"]}")));
        assertThat(put.status).as(put.body).isEqualTo(204);
        assertThat(values(get(tenant, TAGS + "/values").json(), "tag")).contains("by-admin");
        // without a context the system administrator acts in the System org, where the VM is not
        assertThat(send(admin, "PUT", TAGS + "/tag", "{\"tag\":\"x\",\"entities\":[\"" + vmUrn + "\"]}").status)
                .isEqualTo(400);
    }

    @Test
    void badTagsAndUnknownVmsAreRefusedWithoutAChange() {
        assertThat(send(tenant, "PUT", TAGS + "/tag", "{\"tag\":\"\",\"entities\":[]}").status).isEqualTo(400);
        assertThat(send(tenant, "PUT", TAGS + "/tag", "{\"tag\":\"" + "t".repeat(129) + "\",\"entities\":[]}")
                .status).isEqualTo(400);
        assertThat(send(tenant, "PUT", TAGS + "/tag", "{\"tag\":\"half\",\"entities\":[\"" + vmUrn
                + "\",\"urn:vcloud:vm:" + UUID.randomUUID() + "\"]}").status).isEqualTo(403);
        assertThat(send(tenant, "PUT", TAGS + "/tag", "{\"tag\":\"half\",\"entities\":[\"not-a-vm\"]}").status)
                .isEqualTo(400);
        assertThat(get(tenant, TAGS + "/entities?" + tagFilter("half")).json().get("values")).isEmpty();
        assertThat(send(tenant, "PUT", TAGS + "/vm/" + vmUrn, "{\"tags\":[\" \"]}").status).isEqualTo(400);
        assertThat(get(tenant, TAGS + "/vm/urn:vcloud:vm:" + UUID.randomUUID()).status).isEqualTo(403);
        assertThat(get(tenant, TAGS + "/values?filter=" + URLEncoder.encode("name==x", StandardCharsets.UTF_8))
                .status).isEqualTo(400);
    }
}
