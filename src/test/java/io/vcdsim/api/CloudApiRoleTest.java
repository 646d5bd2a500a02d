package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.core.Right;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.JSON;
import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** Roles and rights on the cloudapi, as go-vcloud-director v2.22's govcd/roles.go and rights.go use them. */
class CloudApiRoleTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeId;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        acmeId = org.substring(org.lastIndexOf('/') + 1);
    }

    static String refs(String... rightNames) {
        return CloudApiCalls.refs(tenant, rightNames);
    }

    static String rightId(String name) {
        return CloudApiCalls.rightId(tenant, name);
    }

    @Test
    void rightsArePagedWithANextPageLinkAsGoVcloudDirectorFollowsThem() {
        Http.Res first = get(tenant, V1 + "/rights/?pageSize=5");
        assertThat(first.status).as(first.body).isEqualTo(200);
        assertThat(first.contentType()).startsWith(JSON);
        JsonNode page = first.json();
        int total = RightsCatalog.all().size();
        assertThat(page.get("resultTotal").asInt()).isEqualTo(total);
        assertThat(page.get("pageCount").asInt()).isEqualTo((total + 4) / 5);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(5);
        assertThat(page.get("values")).hasSize(5);
        JsonNode right = page.get("values").get(0);
        assertThat(right.get("id").asText()).startsWith("urn:vcloud:right:");
        assertThat(right.get("category").asText()).startsWith("urn:vcloud:rightsCategory:");
        assertThat(right.get("rightType").asText()).isIn("VIEW", "MODIFY");
        String link = first.header("Link");
        assertThat(link).contains("rel=\"nextPage\"").contains("rel=\"lastPage\"").doesNotContain("previousPage");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertThat(next).startsWith(vcd.httpUrl() + V1 + "/rights").contains("page=2");

        Http.Res second = get(tenant, next);
        assertThat(second.json().get("page").asInt()).isEqualTo(2);
        assertThat(names(second.json())).doesNotContainAnyElementsOf(names(page));
        assertThat(second.header("Link")).contains("rel=\"previousPage\"");

        List<String> all = new ArrayList<>();
        for (int p = 1; p <= (total + 127) / 128; p++) {
            all.addAll(names(get(tenant, V1 + "/rights?pageSize=128&page=" + p).json()));
        }
        assertThat(all).hasSize(total).doesNotHaveDuplicates();
        Http.Res last = get(tenant, V1 + "/rights?pageSize=128&page=" + (total + 127) / 128);
        assertThat(String.valueOf(last.header("Link"))).doesNotContain("nextPage");
    }

    @Test
    void aRightIsFoundByNameAndReadById() {
        String id = rightId(Right.ROLE_VIEW.displayName);
        Http.Res one = get(tenant, V1 + "/rights/" + id);
        assertThat(one.status).isEqualTo(200);
        assertThat(one.json().get("name").asText()).isEqualTo("Role: View");
        assertThat(one.json().get("rightType").asText()).isEqualTo("VIEW");
        assertThat(get(tenant, V1 + "/rights/urn:vcloud:right:" + UUID.randomUUID()).status).isEqualTo(403);
        List<String> down = names(get(tenant, V1 + "/rights?" + filter("name==vApp:*") + "&sortDesc=name&pageSize=128")
                .json());
        List<String> up = new ArrayList<>(names(get(tenant, V1 + "/rights?" + filter("name==vApp:*")
                + "&sortAsc=name&pageSize=128").json()));
        assertThat(down).hasSizeGreaterThan(5).allMatch(n -> n.startsWith("vApp:"));
        java.util.Collections.reverse(up);
        assertThat(down).isEqualTo(up); // in the store's collation, one way and the other
    }

    @Test
    void rightsCategoriesCountTheirRights() {
        JsonNode page = get(tenant, V1 + "/rightsCategories?pageSize=128").json();
        int counted = 0;
        for (JsonNode c : page.get("values")) {
            counted += c.get("rightsCount").get("view").asInt() + c.get("rightsCount").get("modify").asInt();
            assertThat(get(tenant, V1 + "/rightsCategories/" + c.get("id").asText()).json().get("name"))
                    .isEqualTo(c.get("name"));
        }
        assertThat(counted).isEqualTo(RightsCatalog.all().size());
        assertThat(names(page)).contains("vApp", "Catalog", "Role");
    }

    @Test
    void anOrgAdministratorCreatesNamesGivesRightsToAndDeletesARole() {
        String name = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = send(tenant, "POST", V1 + "/roles/",
                "{\"name\":\"" + name + "\",\"description\":\"reads things\"}");
        assertThat(created.status).as(created.body).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).startsWith("urn:vcloud:role:");
        assertThat(created.json().get("readOnly").asBoolean()).isFalse();
        String roles = V1 + "/roles/" + id;

        // GetRoleByName: a filtered list
        JsonNode byName = get(tenant, V1 + "/roles?" + filter("name==" + name)).json();
        assertThat(byName.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(byName.get("values").get(0).get("id").asText()).isEqualTo(id);
        // GetRoleById after an update: filtered by the URN
        assertThat(names(get(tenant, V1 + "/roles?" + filter("id==" + id)).json())).containsExactly(name);

        // AddRights (POST) adds, UpdateRights (PUT) replaces; both answer with the role's rights
        Http.Res added = send(tenant, "POST", roles + "/rights", refs("Role: View", "Task: View Tasks"));
        assertThat(added.status).as(added.body).isEqualTo(200);
        assertThat(names(added.json())).containsExactly("Role: View", "Task: View Tasks");
        assertThat(names(send(tenant, "POST", roles + "/rights", refs("Catalog: Edit Properties")).json()))
                .containsExactly("Catalog: Edit Properties", "Role: View", "Task: View Tasks");
        assertThat(names(send(tenant, "PUT", roles + "/rights", refs("vApp: Use Console")).json()))
                .containsExactly("vApp: Use Console");
        assertThat(names(get(tenant, roles + "/rights").json())).containsExactly("vApp: Use Console");

        // one role, two faces: the /api document names the same rights
        Http.Res xml = tenant.get("/api/admin/role/" + id.substring(id.lastIndexOf(':') + 1));
        assertThat(xml.attr("name")).isEqualTo(name);
        assertThat(xml.body).contains("vApp: Use Console").doesNotContain("Role: View");

        Http.Res renamed = send(tenant, "PUT", roles, "{\"id\":\"" + id + "\",\"name\":\"" + name
                + "-2\",\"description\":\"still reads\"}");
        assertThat(renamed.status).as(renamed.body).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo(name + "-2");
        assertThat(get(tenant, roles).json().get("description").asText()).isEqualTo("still reads");

        assertThat(tenant.send(tenant.cloud(roles).DELETE()).status).isEqualTo(204);
        assertThat(get(tenant, roles).status).isEqualTo(403);
    }

    @Test
    void badRolesAreRefusedWithTheJsonErrorAndChangeNothing() {
        String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = send(tenant, "POST", V1 + "/roles", "{\"name\":\"" + name + "\"}");
        String roles = V1 + "/roles/" + created.json().get("id").asText();
        send(tenant, "PUT", roles + "/rights", refs("Role: View"));

        Http.Res duplicate = send(tenant, "POST", V1 + "/roles", "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertThat(duplicate.status).isEqualTo(400);
        assertThat(duplicate.contentType()).startsWith(JSON);
        assertThat(duplicate.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        assertThat(duplicate.json().get("message").asText()).contains(name.toUpperCase());

        Http.Res tooLong = send(tenant, "POST", V1 + "/roles", "{\"name\":\"" + "r".repeat(129) + "\"}");
        assertThat(tooLong.status).isEqualTo(400);
        assertThat(send(tenant, "POST", V1 + "/roles", "{\"description\":\"no name\"}").status).isEqualTo(400);
        assertThat(send(tenant, "POST", V1 + "/roles", "{\"name\":").status).isEqualTo(400);

        Http.Res unknownRight = send(tenant, "POST", roles + "/rights", "{\"values\":[{\"name\":\"Task: View Tasks\","
                + "\"id\":\"" + rightId("Task: View Tasks") + "\"},{\"id\":\"urn:vcloud:right:" + UUID.randomUUID()
                + "\"}]}");
        assertThat(unknownRight.status).isEqualTo(400);
        assertThat(names(get(tenant, roles + "/rights").json())).containsExactly("Role: View");

        // no one gives a right vcdsim checks that they do not hold themselves
        Http.Res beyond = send(tenant, "PUT", roles + "/rights", refs("General: Administrator Control"));
        assertThat(beyond.status).isEqualTo(403);
        assertThat(names(get(tenant, roles + "/rights").json())).containsExactly("Role: View");

        Http.Res badFilter = get(tenant, V1 + "/roles?" + filter("colour==red"));
        assertThat(badFilter.status).isEqualTo(400);
        assertThat(badFilter.json().get("message").asText()).contains("colour");
        assertThat(get(tenant, V1 + "/roles?pageSize=500").status).isEqualTo(400);
        assertThat(get(tenant, V1 + "/roles?page=x").status).isEqualTo(400);
    }

    @Test
    void predefinedRolesAreReadOnlyAndARoleInUseStays() {
        JsonNode orgAdmin = get(tenant, V1 + "/roles?" + filter("name==Organization Administrator")).json()
                .get("values").get(0);
        assertThat(orgAdmin.get("readOnly").asBoolean()).isTrue();
        String roles = V1 + "/roles/" + orgAdmin.get("id").asText();
        Http.Res edit = send(tenant, "PUT", roles, "{\"name\":\"Boss\"}");
        assertThat(edit.status).isEqualTo(400);
        assertThat(edit.json().get("message").asText()).contains("read-only");
        assertThat(send(tenant, "PUT", roles + "/rights", refs("Role: View")).status).isEqualTo(400);
        assertThat(tenant.send(tenant.cloud(roles).DELETE()).status).isEqualTo(400);
        assertThat(get(tenant, roles).json().get("name").asText()).isEqualTo("Organization Administrator");
    }

    @Test
    void aTenantSeesItsOrgsRolesAndTheSystemAdministratorChoosesAnOrgByTenantContext() {
        List<String> acme = names(get(tenant, V1 + "/roles?pageSize=128").json());
        assertThat(acme).contains("Organization Administrator", "vApp User").doesNotContain("System Administrator");
        List<String> system = names(get(admin, V1 + "/roles?pageSize=128").json());
        assertThat(system).contains("System Administrator").doesNotContain("vApp User");
        Http.Res inAcme = admin.send(admin.cloud(V1 + "/roles?pageSize=128")
                .header(CloudApi.TENANT_CONTEXT, acmeId).header("X-VMWARE-VCLOUD-AUTH-CONTEXT", "acme").GET());
        assertThat(names(inAcme.json())).containsExactlyInAnyOrderElementsOf(acme);
        Http.Res foreign = tenant.send(tenant.cloud(V1 + "/roles").header(CloudApi.TENANT_CONTEXT,
                UUID.randomUUID().toString()).GET());
        assertThat(foreign.status).isEqualTo(403);
    }

    @Test
    void newRightsReachTheSessionsOfTheRolesHolders() {
        String name = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        String id = send(tenant, "POST", V1 + "/roles", "{\"name\":\"" + name + "\"}").json().get("id").asText();
        String orgAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        String user = "u" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = tenant.post(orgAdmin + "/users", UserTest.USER, UserTest.userXml(user, "pass-word-1",
                vcd.httpUrl() + "/api/admin/role/" + id.substring(id.lastIndexOf(':') + 1)));
        assertThat(created.status).as(created.body).isEqualTo(201);
        Http holder = new Http(vcd.httpUrl()).version("37.1").login(user, "acme", "pass-word-1");
        assertThat(get(holder, V1 + "/roles").status).isEqualTo(403);

        send(tenant, "PUT", V1 + "/roles/" + id + "/rights", refs("Role: View"));
        assertThat(get(holder, V1 + "/roles").status).as("same session, new right").isEqualTo(200);
        assertThat(tenant.send(tenant.cloud(V1 + "/roles/" + id).DELETE()).status).as("held by a user")
                .isEqualTo(400);
    }

    /** pyvcloud's Org.create_role, Role.add_rights/remove_rights (PUT) and Org.delete_role, on /api. */
    @Test
    void pyvcloudMakesChangesAndDeletesARoleOnTheXmlApi() {
        String role = "application/vnd.vmware.admin.role+xml";
        String orgAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        String add = tenant.get(orgAdmin).link("add", role);
        String right = tenant.get("/api/query?type=right&format=records&filter=name==Task:%20View%20Tasks")
                .children("RightRecord").get(0).getAttribute("href");
        String name = "pyv-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = tenant.post(add, role, "<Role xmlns=\"" + Http.NS + "\" name=\"" + name + "\">"
                + "<Description>made by pyvcloud</Description><RightReferences><RightReference href=\"" + right
                + "\" name=\"Task: View Tasks\" type=\"application/vnd.vmware.admin.right+xml\"/>"
                + "</RightReferences></Role>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.body).contains("Task: View Tasks");
        String href = created.attr("href");
        String doc = tenant.get(href).body.replace("</RightReferences>", "<RightReference name=\"vApp: Power "
                + "Operations\" type=\"application/vnd.vmware.admin.right+xml\"/></RightReferences>");
        Http.Res put = tenant.put(tenant.get(href).link("edit", role), role, doc);
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(names(get(tenant, V1 + "/roles/" + created.attr("id") + "/rights").json()))
                .containsExactly("Task: View Tasks", "vApp: Power Operations");
        assertThat(tenant.put(href, role, doc.replace("vApp: Power Operations", "No such right")).status)
                .isEqualTo(400);
        assertThat(tenant.delete(tenant.get(href).link("remove", null)).status).isEqualTo(204);
        assertThat(tenant.get(href).status).isEqualTo(403);
    }

    @Test
    void theRightQueryTypeListsRightsOnTheXmlApi() {
        Http.Res r = tenant.get("/api/query?type=right&format=records&pageSize=128&filter="
                + URLEncoder.encode("name==Role: View", StandardCharsets.UTF_8).replace("+", "%20")); // as pyvcloud
        assertThat(r.status).as(r.body).isEqualTo(200);
        assertThat(r.children("RightRecord")).hasSize(1);
        assertThat(r.children("RightRecord").get(0).getAttribute("category")).isEqualTo("Role");
        assertThat(r.children("RightRecord").get(0).getAttribute("href"))
                .endsWith("/api/admin/right/" + Right.ROLE_VIEW.id());
        assertThat(tenant.get("/api/query?type=right&pageSize=1").attr("total"))
                .isEqualTo(String.valueOf(RightsCatalog.all().size()));
    }
}
