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

/** controlAccess of catalogs and VDCs as go-vcloud-director's access control tests set and read it. */
class AccessControlTest {
    static final String CONTROL = "application/vnd.vmware.vcloud.controlAccess+xml";
    static final String USER_TYPE = "application/vnd.vmware.admin.user+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String acmeAdmin;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
        acmeAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
    }

    static String user(String name) {
        String role = tenant.get("/api/query?type=role&format=records&filter=name==vApp%20Author")
                .children("RoleRecord").get(0).getAttribute("href");
        Http.Res r = tenant.post(acmeAdmin + "/users", UserTest.USER, UserTest.userXml(name, "pass-word-1", role));
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r.attr("href");
    }

    static String params(boolean everyone, String level, String... subjectsAndLevels) {
        StringBuilder b = new StringBuilder("<ControlAccessParams xmlns=\"" + Http.NS + "\"><IsSharedToEveryone>"
                + everyone + "</IsSharedToEveryone>");
        if (level != null) {
            b.append("<EveryoneAccessLevel>").append(level).append("</EveryoneAccessLevel>");
        }
        if (subjectsAndLevels.length > 0) {
            b.append("<AccessSettings>");
            for (int i = 0; i < subjectsAndLevels.length; i += 2) {
                b.append("<AccessSetting><Subject href=\"").append(subjectsAndLevels[i]).append("\" type=\"")
                        .append(USER_TYPE).append("\"/><AccessLevel>").append(subjectsAndLevels[i + 1])
                        .append("</AccessLevel></AccessSetting>");
            }
            b.append("</AccessSettings>");
        }
        return b.append("</ControlAccessParams>").toString();
    }

    static List<Element> settings(Http.Res r) {
        Element list = r.child("AccessSettings");
        return list == null ? List.of() : Http.Res.children(list, "AccessSetting");
    }

    @Test
    void aCatalogIsSharedWithUsersThenWithEveryoneAndBadSettingsChangeNothing() {
        Http.Res catalog = Sim.readyCatalog(tenant, "shared-" + UUID.randomUUID().toString().substring(0, 8));
        String read = catalog.link("down", CONTROL);
        String set = catalog.link("controlAccess", CONTROL);
        Http.Res empty = tenant.get(read);
        assertThat(empty.status).isEqualTo(200);
        assertThat(empty.childText("IsSharedToEveryone")).isEqualTo("false");
        assertThat(empty.child("AccessSettings")).isNull();

        String one = user("ac-" + UUID.randomUUID().toString().substring(0, 6));
        String two = user("ac-" + UUID.randomUUID().toString().substring(0, 6));
        Http.Res shared = tenant.post(set, CONTROL, params(false, null, one, "Change", two, "ReadOnly"));
        assertThat(shared.status).as(shared.body).isEqualTo(200);
        List<Element> s = settings(tenant.get(read));
        assertThat(s).hasSize(2);
        Element subject = Http.Res.children(s.get(0), "Subject").get(0);
        assertThat(subject.getAttribute("href")).isEqualTo(one);
        assertThat(subject.getAttribute("type")).isEqualTo(USER_TYPE);
        assertThat(subject.getAttribute("name")).startsWith("ac-");
        assertThat(Http.Res.children(s.get(1), "AccessLevel").get(0).getTextContent()).isEqualTo("ReadOnly");

        // refused, and the settings stay
        assertThat(tenant.post(set, CONTROL, params(true, "Nothing", one, "Change")).status).isEqualTo(400);
        assertThat(tenant.post(set, CONTROL, params(false, null, one, "Everything")).status).isEqualTo(400);
        assertThat(tenant.post(set, CONTROL, params(false, null, one, "Change", one, "ReadOnly")).status)
                .isEqualTo(400);
        assertThat(tenant.post(set, CONTROL, params(false, null, vcd.httpUrl() + "/api/admin/user/"
                + UUID.randomUUID(), "Change")).minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(settings(tenant.get(read))).hasSize(2);

        // a deleted user's setting goes with them
        assertThat(tenant.delete(two).status).isEqualTo(204);
        assertThat(settings(tenant.get(read))).hasSize(1);

        Http.Res everyone = tenant.post(set, CONTROL, params(true, "ReadOnly"));
        assertThat(everyone.childText("IsSharedToEveryone")).isEqualTo("true");
        assertThat(everyone.childText("EveryoneAccessLevel")).isEqualTo("ReadOnly");
        assertThat(everyone.child("AccessSettings")).isNull();
    }

    @Test
    void aVdcIsSharedReadOnlyWithPut() {
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        String one = user("vdc-" + UUID.randomUUID().toString().substring(0, 6));
        Http.Res put = tenant.put(vdc + "/action/controlAccess", CONTROL, params(false, null, one, "ReadOnly"));
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(settings(tenant.get(vdc + "/controlAccess"))).hasSize(1);
        assertThat(tenant.put(vdc + "/action/controlAccess", CONTROL, params(false, null, one, "Change")).status)
                .isEqualTo(400);
        assertThat(tenant.get(vcd.httpUrl() + "/api/vdc/" + UUID.randomUUID() + "/controlAccess").status)
                .isEqualTo(403);
        // pyvcloud's share_with_org_members: the settings sent back with IsSharedToEveryone; vCD keeps both
        Http.Res both = tenant.put(vdc + "/action/controlAccess", CONTROL, params(true, "ReadOnly", one, "ReadOnly"));
        assertThat(both.status).as(both.body).isEqualTo(200);
        Http.Res read = tenant.get(tenant.get(vdc).link("down", CONTROL));
        assertThat(read.childText("IsSharedToEveryone")).isEqualTo("true");
        assertThat(read.childText("EveryoneAccessLevel")).isEqualTo("ReadOnly");
        assertThat(settings(read)).hasSize(1);
    }

    /** pyvcloud's add_access_settings finds the users to share with by a user query: authors may run it. */
    @Test
    void authorsFindTheUsersTheyShareWith() {
        Http author = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp Author");
        Http.Res found = author.get("/api/query?type=user&format=references&filter=name==acmeadmin");
        assertThat(found.status).as(found.body).isEqualTo(200);
        assertThat(found.children("UserReference")).hasSize(1);
        Http.Res list = author.get("/api/query");
        assertThat(list.children("Link").stream().map(l -> l.getAttribute("name"))).contains("user");
    }
}
