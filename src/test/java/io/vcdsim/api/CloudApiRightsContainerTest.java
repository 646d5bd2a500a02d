package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.assertj.core.api.Assertions.assertThat;

/** Global roles and rights bundles, as go-vcloud-director v2.22's govcd/global_role.go and rights_bundle.go use them. */
class CloudApiRightsContainerTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acme;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        acme = "urn:vcloud:org:" + org.substring(org.lastIndexOf('/') + 1);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String refs(String... rightNames) {
        return CloudApiCalls.refs(admin, rightNames);
    }

    static String tenants(String... orgUrns) {
        StringBuilder b = new StringBuilder("{\"values\":[");
        for (int i = 0; i < orgUrns.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(orgUrns[i]).append("\"}");
        }
        return b.append("]}").toString();
    }

    static List<String> tenantIds(String container) {
        JsonNode page = get(admin, container + "/tenants").json();
        List<String> ids = new java.util.ArrayList<>();
        page.get("values").forEach(v -> ids.add(v.get("id").asText()));
        return ids;
    }

    /** The acme role published from a global role, as acme's administrator lists it. */
    static JsonNode acmeRole(String name) {
        JsonNode page = get(tenant, V1 + "/roles?" + filter("name==" + name)).json();
        return page.get("resultTotal").asInt() == 0 ? null : page.get("values").get(0);
    }

    @Test
    void aGlobalRolePublishedToAnOrgIsARoleThereThatFollowsIt() {
        String name = unique("operator");
        Http.Res created = send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + name
                + "\",\"description\":\"Global Role created by test\",\"bundleKey\":"
                + "\"com.vmware.vcloud.undefined.key\",\"readOnly\":false}");
        assertThat(created.status).as(created.body).isEqualTo(201);
        JsonNode role = created.json();
        String id = role.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:globalRole:");
        assertThat(role.get("bundleKey").asText()).isEqualTo("com.vmware.vcloud.undefined.key");
        assertThat(role.get("readOnly").asBoolean()).isFalse();
        assertThat(role.get("publishAll").asBoolean()).isFalse();
        String global = V1 + "/globalRoles/" + id;
        assertThat(names(get(admin, V1 + "/globalRoles?" + filter("id==" + id)).json())).containsExactly(name);
        assertThat(get(admin, global).json()).isEqualTo(role);

        send(admin, "POST", global + "/rights", refs("vApp: Power Operations", "Task: View Tasks"));
        Http.Res published = send(admin, "POST", global + "/tenants/publish", tenants(acme));
        assertThat(published.status).as(published.body).isEqualTo(200);
        assertThat(tenantIds(global)).containsExactly(acme);

        JsonNode inAcme = acmeRole(name);
        assertThat(inAcme).isNotNull();
        assertThat(inAcme.get("readOnly").asBoolean()).isTrue();
        String acmeRoleRights = V1 + "/roles/" + inAcme.get("id").asText() + "/rights";
        assertThat(names(get(tenant, acmeRoleRights).json())).containsExactly("Task: View Tasks",
                "vApp: Power Operations");

        // the published role follows the global role's rights and name
        send(admin, "PUT", global + "/rights", refs("vApp: Use Console"));
        assertThat(names(get(tenant, acmeRoleRights).json())).containsExactly("vApp: Use Console");
        Http.Res renamed = send(admin, "PUT", global, "{\"id\":\"" + id + "\",\"name\":\"" + name
                + "-2\",\"description\":\"Updated description\"}");
        assertThat(renamed.json().get("description").asText()).isEqualTo("Updated description");
        assertThat(acmeRole(name + "-2")).isNotNull();

        Http.Res withdrawn = send(admin, "POST", global + "/tenants/unpublish", tenants(acme));
        assertThat(withdrawn.json().get("resultTotal").asInt()).isZero();
        assertThat(acmeRole(name + "-2")).isNull();

        assertThat(admin.send(admin.cloud(global).DELETE()).status).isEqualTo(204);
        assertThat(get(admin, global).status).isEqualTo(403);
    }

    /** vCD 10's tenant roles are predefined global roles published to every org (go-vcloud-director's RDE test
     * adds a type's rights to the global Organization Administrator for its tenant user). */
    @Test
    void thePredefinedTenantRolesAreGlobalRolesPublishedToEveryOrg() {
        JsonNode globals = get(admin, V1 + "/globalRoles?pageSize=128").json().get("values");
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        globals.forEach(g -> byName.put(g.get("name").asText(), g));
        assertThat(byName).containsKeys("Organization Administrator", "Catalog Author", "vApp Author", "vApp User",
                "Console Access Only");
        JsonNode console = byName.get("Console Access Only");
        assertThat(console.get("publishAll").asBoolean()).isTrue();
        assertThat(console.get("readOnly").asBoolean()).isFalse();
        String global = V1 + "/globalRoles/" + console.get("id").asText();
        assertThat(tenantIds(global)).contains(acme);

        JsonNode inAcme = acmeRole("Console Access Only");
        assertThat(inAcme.get("readOnly").asBoolean()).isTrue();
        String acmeRoleRights = V1 + "/roles/" + inAcme.get("id").asText() + "/rights";
        List<String> rights = names(get(admin, global + "/rights").json());
        assertThat(names(get(tenant, acmeRoleRights).json())).containsExactlyInAnyOrderElementsOf(rights)
                .doesNotContain("Task: View Tasks");

        // the org's role follows what the provider gives the global role
        assertThat(send(admin, "POST", global + "/rights", refs("Task: View Tasks")).status).isEqualTo(200);
        assertThat(names(get(tenant, acmeRoleRights).json())).contains("Task: View Tasks");
        String[] restored = rights.toArray(String[]::new);
        assertThat(send(admin, "PUT", global + "/rights", refs(restored)).status).isEqualTo(200);
        assertThat(names(get(tenant, acmeRoleRights).json())).containsExactlyInAnyOrderElementsOf(rights);

        Http.Res deleted = admin.send(admin.cloud(global).DELETE());
        assertThat(deleted.status).isEqualTo(400);
        assertThat(deleted.json().get("message").asText()).contains("predefined");
        assertThat(acmeRole("Console Access Only")).isNotNull();
    }

    /** vCD's Default Rights Bundle, published to every org (go-vcloud-director's tests find it by name). */
    @Test
    void theDefaultRightsBundleIsPublishedToEveryOrg() {
        JsonNode found = get(admin, V1 + "/rightsBundles?" + filter("name==Default Rights Bundle")).json()
                .get("values");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("publishAll").asBoolean()).isTrue();
        String bundle = V1 + "/rightsBundles/" + found.get(0).get("id").asText();
        assertThat(tenantIds(bundle)).contains(acme);
        assertThat(names(get(admin, bundle + "/rights?pageSize=128").json())).contains("vApp: Power Operations",
                "Catalog: View Private and Shared Catalogs");
        assertThat(admin.send(admin.cloud(bundle).DELETE()).status).isEqualTo(400);
    }

    @Test
    void publishingToAllReachesEveryTenantOrgAndTheOrgsMadeLater() {
        String name = unique("everyone");
        String global = V1 + "/globalRoles/" + send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + name + "\"}")
                .json().get("id").asText();
        assertThat(send(admin, "POST", global + "/tenants/publishAll", "{}").status).isEqualTo(200);
        assertThat(get(admin, global).json().get("publishAll").asBoolean()).isTrue();
        assertThat(tenantIds(global)).contains(acme);
        assertThat(acmeRole(name)).isNotNull();

        String orgName = unique("later");
        Http.Res org = admin.post("/api/admin/orgs", OrgTest.ADMIN_ORG, OrgTest.orgXml(orgName, true));
        assertThat(org.status).as(org.body).isEqualTo(201);
        String later = org.attr("id");
        assertThat(tenantIds(global)).contains(acme, later);
        Http.Res laterRoles = admin.send(admin.cloud(V1 + "/roles?" + filter("name==" + name))
                .header(CloudApi.TENANT_CONTEXT, later.substring(later.lastIndexOf(':') + 1)).GET());
        assertThat(laterRoles.json().get("resultTotal").asInt()).isEqualTo(1);

        // withdrawing one org keeps the others
        send(admin, "POST", global + "/tenants/unpublish", tenants(later));
        assertThat(tenantIds(global)).contains(acme).doesNotContain(later);
        assertThat(get(admin, global).json().get("publishAll").asBoolean()).isFalse();

        send(admin, "POST", global + "/tenants/unpublishAll", "{}");
        assertThat(tenantIds(global)).isEmpty();
        assertThat(acmeRole(name)).isNull();
    }

    @Test
    void aRightsBundleKeepsItsRightsAndTenants() {
        String name = unique("bundle");
        Http.Res created = send(admin, "POST", V1 + "/rightsBundles", "{\"name\":\"" + name
                + "\",\"description\":\"for tests\",\"publishAll\":false}");
        assertThat(created.status).as(created.body).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).startsWith("urn:vcloud:rightsBundle:");
        String bundle = V1 + "/rightsBundles/" + id;
        assertThat(names(send(admin, "PUT", bundle + "/rights", refs("Catalog: Edit Properties", "vApp: Delete"))
                .json())).containsExactly("Catalog: Edit Properties", "vApp: Delete");
        send(admin, "PUT", bundle + "/tenants", tenants(acme));
        assertThat(tenantIds(bundle)).containsExactly(acme);
        assertThat(names(get(admin, V1 + "/rightsBundles?" + filter("name==" + name)).json())).containsExactly(name);
        // a bundle is not a role: nothing appears in the org
        assertThat(acmeRole(name)).isNull();
        assertThat(admin.send(admin.cloud(bundle).DELETE()).status).isEqualTo(204);
    }

    @Test
    void onlySystemAdministratorsKeepThemAndBadRequestsChangeNothing() {
        assertThat(get(tenant, V1 + "/globalRoles").status).isEqualTo(403);
        assertThat(send(tenant, "POST", V1 + "/rightsBundles", "{\"name\":\"mine\"}").status).isEqualTo(403);

        String name = unique("strict");
        String global = V1 + "/globalRoles/" + send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + name + "\"}")
                .json().get("id").asText();
        Http.Res duplicate = send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertThat(duplicate.status).isEqualTo(400);
        assertThat(duplicate.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");

        Http.Res unknownOrg = send(admin, "POST", global + "/tenants/publish",
                tenants(acme, "urn:vcloud:org:" + UUID.randomUUID()));
        assertThat(unknownOrg.status).isEqualTo(400);
        assertThat(tenantIds(global)).isEmpty();
        assertThat(acmeRole(name)).isNull();

        // acme already has a role of this name: publishing there would make two
        String own = unique("own");
        assertThat(send(tenant, "POST", V1 + "/roles", "{\"name\":\"" + own + "\"}").status).isEqualTo(201);
        String clash = V1 + "/globalRoles/" + send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + own + "\"}")
                .json().get("id").asText();
        Http.Res clashing = send(admin, "POST", clash + "/tenants/publish", tenants(acme));
        assertThat(clashing.status).isEqualTo(400);
        assertThat(clashing.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        assertThat(tenantIds(clash)).isEmpty();

        assertThat(send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + "g".repeat(129) + "\"}").status)
                .isEqualTo(400);
        assertThat(send(admin, "POST", global + "/rights", "{\"values\":[{\"id\":\"urn:vcloud:right:"
                + UUID.randomUUID() + "\"}]}").status).isEqualTo(400);
        assertThat(get(admin, V1 + "/globalRoles/" + global.substring(global.lastIndexOf('/') + 1)
                .replace("globalRole", "rightsBundle")).status).as("a global role is no rights bundle").isEqualTo(403);
    }

    @Test
    void aPublishedRoleAUserHoldsCannotBeWithdrawn() {
        String name = unique("held");
        String global = V1 + "/globalRoles/" + send(admin, "POST", V1 + "/globalRoles", "{\"name\":\"" + name + "\"}")
                .json().get("id").asText();
        send(admin, "POST", global + "/tenants/publish", tenants(acme));
        String roleId = acmeRole(name).get("id").asText();
        String orgAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        Http.Res user = tenant.post(orgAdmin + "/users", UserTest.USER, UserTest.userXml(unique("u"), "pass-word-1",
                vcd.httpUrl() + "/api/admin/role/" + roleId.substring(roleId.lastIndexOf(':') + 1)));
        assertThat(user.status).as(user.body).isEqualTo(201);

        assertThat(send(admin, "POST", global + "/tenants/unpublish", tenants(acme)).status).isEqualTo(400);
        assertThat(admin.send(admin.cloud(global).DELETE()).status).isEqualTo(400);
        assertThat(acmeRole(name)).isNotNull();
        assertThat(tenantIds(global)).containsExactly(acme);
    }
}
