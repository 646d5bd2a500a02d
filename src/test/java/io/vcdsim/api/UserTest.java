package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UserTest {
    static final String USER = "application/vnd.vmware.admin.user+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeAdmin;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        acmeAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
    }

    /** The href of a role of acme, found the way pyvcloud does: a typed role query filtered by name. */
    static String roleHref(String name) {
        Http.Res r = tenant.get("/api/query?type=role&format=records&filter=name==" + name.replace(" ", "%20"));
        assertThat(r.children("RoleRecord")).hasSize(1);
        return r.children("RoleRecord").get(0).getAttribute("href");
    }

    static String userXml(String name, String password, String roleHref) {
        return "<User xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description/><FullName>Full " + name
                + "</FullName><EmailAddress>" + name + "@example.com</EmailAddress><Telephone/><IsEnabled>true"
                + "</IsEnabled><IM/><IsExternal>false</IsExternal><IsGroupRole>false</IsGroupRole><StoredVmQuota>0"
                + "</StoredVmQuota><DeployedVmQuota>0</DeployedVmQuota>"
                + (roleHref == null ? "" : "<Role href=\"" + roleHref + "\"/>")
                + (password == null ? "" : "<Password>" + password + "</Password>") + "</User>";
    }

    static List<String> userNames() {
        return tenant.get("/api/query?type=user&format=records&pageSize=128").children("UserRecord").stream()
                .map(e -> e.getAttribute("name")).toList();
    }

    @Test
    void createLogInUpdateDisableDelete() {
        Http.Res created = tenant.post(tenant.get(acmeAdmin).link("add", USER), USER,
                userXml("wile", "coyote-1", roleHref("vApp User")));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.attr("id")).startsWith("urn:vcloud:user:");
        assertThat(created.child("Role").getAttribute("name")).isEqualTo("vApp User");
        assertThat(created.body).doesNotContain("coyote-1"); // the password is never written out
        String href = created.attr("href");

        Http wile = new Http(vcd.httpUrl()).login("wile", "acme", "coyote-1");
        assertThat(wile.get("/api/session").attr("roles")).isEqualTo("vApp User");
        // a vApp User may not manage users
        assertThat(wile.post(acmeAdmin + "/users", USER, userXml("x", "y", roleHref("vApp User"))).status)
                .isEqualTo(403);

        Http.Res updated = tenant.put(href, USER, tenant.get(href).body.replace("<IsEnabled>true</IsEnabled>",
                "<IsEnabled>false</IsEnabled>"));
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.childText("IsEnabled")).isEqualTo("false");
        assertThat(wile.get("/api/org").status).isEqualTo(401); // disabling ends the user's sessions
        assertThat(new Http(vcd.httpUrl()).loginRaw("wile", "acme", "coyote-1", "/sessions").status).isEqualTo(401);

        assertThat(tenant.delete(href + "?force=False&recursive=False").status).isEqualTo(204);
        assertThat(tenant.get(href).status).isEqualTo(403);
        assertThat(userNames()).doesNotContain("wile");
    }

    @Test
    void invalidUsersAreRejectedAndNothingIsCreated() {
        String addHref = acmeAdmin + "/users";
        Http.Res noPassword = tenant.post(addHref, USER, userXml("nopw", null, roleHref("vApp User")));
        assertThat(noPassword.status).isEqualTo(400);
        assertThat(noPassword.minor()).isEqualTo("BAD_REQUEST");

        String systemRole = admin.get("/api/query?type=adminRole&format=records&filter=name==System%20Administrator")
                .children("AdminRoleRecord").get(0).getAttribute("href");
        Http.Res foreignRole = admin.post(addHref, USER, userXml("escalate", "pw", systemRole));
        assertThat(foreignRole.status).isEqualTo(400);
        assertThat(foreignRole.minor()).isEqualTo("INVALID_REFERENCE");

        Http.Res noRole = tenant.post(addHref, USER, userXml("norole", "pw", null));
        assertThat(noRole.status).isEqualTo(400);

        Http.Res dup = tenant.post(addHref, USER, userXml("ACMEADMIN", "pw", roleHref("vApp User")));
        assertThat(dup.status).isEqualTo(400);
        assertThat(dup.minor()).isEqualTo("DUPLICATE_NAME");

        assertThat(userNames()).doesNotContain("nopw", "escalate", "norole").containsOnlyOnce("acmeadmin");
    }

    @Test
    void usersOfOtherOrgsAreInvisible() {
        String adminUserHref = admin.get("/api/query?type=adminUser&format=records&filter=name==administrator")
                .children("AdminUserRecord").get(0).getAttribute("href");
        assertThat(tenant.get(adminUserHref).status).isEqualTo(403);
        assertThat(tenant.delete(adminUserHref).status).isEqualTo(403);
        assertThat(admin.get(adminUserHref).status).isEqualTo(200);
        Http.Res tenantQuery = tenant.get("/api/query?type=user&format=records&filter=name==administrator");
        assertThat(tenantQuery.children("UserRecord")).isEmpty();
        assertThat(tenantQuery.attr("total")).isEqualTo("0");
    }

    @Test
    void nobodyDeletesOrDisablesThemselves() {
        String self = tenant.get("/api/query?type=user&format=records&filter=name==acmeadmin")
                .children("UserRecord").get(0).getAttribute("href");
        assertThat(tenant.delete(self).status).isEqualTo(400);
        assertThat(tenant.get(self).status).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        List<String> hashes = vcd.sim().db().tx(tx -> tx.handle().createQuery("SELECT password_hash FROM app_user")
                .mapTo(String.class).list());
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("$2a$10$").hasSize(60));
        assertThat(String.join("", hashes)).doesNotContain("vcdsim-admin").doesNotContain("vcdsim-tenant");
    }

    @Test
    void rolesAreMadeOfNamedRights() {
        Http.Res role = tenant.get(roleHref("Console Access Only"));
        assertThat(role.status).isEqualTo(200);
        var rights = role.child("RightReferences").getElementsByTagNameNS(Http.NS, "RightReference");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < rights.getLength(); i++) {
            names.add(((org.w3c.dom.Element) rights.item(i)).getAttribute("name"));
        }
        assertThat(names).contains("vApp: Use Console").doesNotContain("vApp: Delete");
        String rightHref = ((org.w3c.dom.Element) rights.item(0)).getAttribute("href");
        assertThat(tenant.get(rightHref).attr("name")).isEqualTo(names.get(0));
    }
}
