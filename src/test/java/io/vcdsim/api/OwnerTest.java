package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners of vApps and catalogs as pyvcloud reads and changes them: {@code vapp.resource.Owner.User}, VApp.change_owner
 * (a PUT of the vApp's Owner, its User's href replaced, to {@code <vApp>/owner/}), Org.change_catalog_owner (the same
 * through the admin catalog's owner link), and queries filtered by {@code ownerName}.
 */
class OwnerTest {
    static final String OWNER = "application/vnd.vmware.vcloud.owner+xml";
    static final String USER_TYPE = "application/vnd.vmware.admin.user+xml";
    static final String COMPOSE = "application/vnd.vmware.vcloud.composeVAppParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String acmeAdmin;
    static String acmeAdminUser;
    static String vdc;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
        acmeAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        acmeAdminUser = tenant.get("/api/query?type=user&format=records&filter=name==acmeadmin")
                .children("UserRecord").get(0).getAttribute("href");
        vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
    }

    record User(String href, String name) {
    }

    /** A new vApp User of acme. */
    static User vAppUser() {
        String name = "own-" + UUID.randomUUID().toString().substring(0, 6);
        String role = tenant.get("/api/query?type=role&format=records&filter=name==vApp%20User")
                .children("RoleRecord").get(0).getAttribute("href");
        Http.Res r = tenant.post(acmeAdmin + "/users", UserTest.USER, UserTest.userXml(name, "pass-word-1", role));
        assertThat(r.status).as(r.body).isEqualTo(201);
        return new User(r.attr("href"), name);
    }

    /** A new (empty) vApp of acme's administrator, composed as go-vcloud-director's ComposeRawVApp does; its href. */
    static String vApp(String name) {
        Http.Res composed = tenant.post(tenant.get(vdc).link("add", COMPOSE), COMPOSE, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"/>");
        assertThat(tenant.awaitTask(composed).attr("status")).isEqualTo("success");
        return composed.attr("href");
    }

    /** A new catalog of acme's administrator; its admin href. */
    static String catalog(String name) {
        Http.Res created = Sim.createCatalog(tenant, name);
        tenant.awaitTask(created);
        return created.attr("href");
    }

    static String newName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** What pyvcloud PUTs: the Owner the object showed, its User's href replaced (the old name stays). */
    static String ownerBody(String userHref) {
        return "<Owner xmlns=\"" + Http.NS + "\" type=\"" + OWNER + "\"><User href=\"" + userHref
                + "\" name=\"acmeadmin\" type=\"" + USER_TYPE + "\"/></Owner>";
    }

    /** The User element of an object's (or an owner document's) Owner, or null when there is none. */
    static Element ownerUser(Http.Res r) {
        Element owner = r.root().getLocalName().equals("Owner") ? r.root() : r.child("Owner");
        if (owner == null) {
            return null;
        }
        List<Element> users = Http.Res.children(owner, "User");
        return users.isEmpty() ? null : users.get(0);
    }

    static String ownerName(Http.Res r) {
        Element user = ownerUser(r);
        return user == null ? null : user.getAttribute("name");
    }

    static List<String> elementNames(Http.Res r) {
        List<String> names = new ArrayList<>();
        for (Node n = r.root().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    static List<Element> records(String type, String filter) {
        return tenant.get("/api/query?type=" + type + "&format=records&filter=" + filter)
                .children(Character.toUpperCase(type.charAt(0)) + type.substring(1) + "Record");
    }

    @Test
    void aVAppIsOwnedByItsCreatorInItsRepresentationItsOwnerDocumentAndQueries() {
        String name = newName("owned");
        String href = vApp(name);
        Http.Res vapp = tenant.get(href);
        Element user = ownerUser(vapp);
        assertThat(user).as(vapp.body).isNotNull();
        assertThat(user.getAttribute("name")).isEqualTo("acmeadmin");
        assertThat(user.getAttribute("href")).isEqualTo(acmeAdminUser);
        assertThat(user.getAttribute("type")).isEqualTo(USER_TYPE);
        assertThat(vapp.child("Owner").getAttribute("type")).isEqualTo(OWNER);
        // VAppType's order: ... DateCreated, Owner, autoNature, InMaintenanceMode, Children
        List<String> order = elementNames(vapp);
        assertThat(order.subList(order.indexOf("DateCreated"), order.size())).containsExactly("DateCreated", "Owner",
                "autoNature", "InMaintenanceMode", "Children");

        String ownerHref = vapp.link("down", OWNER);
        assertThat(ownerHref).isEqualTo(href + "/owner");
        Http.Res owner = tenant.get(ownerHref);
        assertThat(owner.status).as(owner.body).isEqualTo(200);
        assertThat(owner.contentType()).startsWith(OWNER);
        assertThat(owner.attr("href")).isEqualTo(ownerHref);
        assertThat(owner.link("up", "application/vnd.vmware.vcloud.vApp+xml")).isEqualTo(href);
        assertThat(ownerUser(owner).getAttribute("href")).isEqualTo(acmeAdminUser);

        assertThat(records("adminVApp", "ownerName==acmeadmin;name==" + name)).extracting(e -> e.getAttribute("href"))
                .containsExactly(href);
        assertThat(records("adminVApp", "ownerName==someone-else;name==" + name)).isEmpty();
        assertThat(records("vApp", "name==" + name)).extracting(e -> e.getAttribute("ownerName"))
                .containsExactly("acmeadmin");
    }

    @Test
    void aVAppIsGivenToAnotherUserOfItsOrgAndBack() {
        String name = newName("given");
        String href = vApp(name);
        User wile = vAppUser();
        // pyvcloud's change_owner PUTs to <vApp href>/owner/, with the slash
        Http.Res given = tenant.put(href + "/owner/", OWNER, ownerBody(wile.href()));
        assertThat(given.status).as(given.body).isEqualTo(204);
        assertThat(given.body).isEmpty();
        assertThat(ownerName(tenant.get(href))).isEqualTo(wile.name());
        assertThat(ownerUser(tenant.get(href + "/owner")).getAttribute("href")).isEqualTo(wile.href());
        assertThat(records("adminVApp", "ownerName==" + wile.name())).extracting(e -> e.getAttribute("name"))
                .containsExactly(name);

        assertThat(tenant.put(href + "/owner", OWNER, ownerBody(acmeAdminUser)).status).isEqualTo(204);
        assertThat(ownerName(tenant.get(href))).isEqualTo("acmeadmin");
        assertThat(records("adminVApp", "ownerName==" + wile.name())).isEmpty();
        // each change is an event of the vApp, as its other changes are
        assertThat(records("event", "entityName==" + name + ";eventType==com/vmware/vcloud/event/vapp/modify"))
                .hasSize(2);
    }

    @Test
    void aVAppCannotBeGivenToAUserOfAnotherOrgAnUnknownUserOrSomethingElse() {
        String href = vApp(newName("kept"));
        Http admin = Sim.admin(vcd.sim());
        String systemAdmin = admin.get("/api/query?type=adminUser&format=records&filter=name==administrator")
                .children("AdminUserRecord").get(0).getAttribute("href");
        String unknown = vcd.httpUrl() + "/api/admin/user/" + UUID.randomUUID();
        for (String notOurs : List.of(systemAdmin, unknown, vdc)) {
            Http.Res refused = tenant.put(href + "/owner", OWNER, ownerBody(notOurs));
            assertThat(refused.status).as(notOurs + ": " + refused.body).isEqualTo(400);
            assertThat(refused.minor()).isEqualTo("INVALID_REFERENCE");
        }
        // a system administrator sees every org, yet gives acme's vApp only to a user of acme
        Http.Res bySystem = admin.put(href + "/owner", OWNER, ownerBody(systemAdmin));
        assertThat(bySystem.status).as(bySystem.body).isEqualTo(400);
        assertThat(bySystem.minor()).isEqualTo("INVALID_REFERENCE");
        Http.Res noUser = tenant.put(href + "/owner", OWNER, "<Owner xmlns=\"" + Http.NS + "\"/>");
        assertThat(noUser.status).as(noUser.body).isEqualTo(400);
        assertThat(noUser.minor()).isEqualTo("BAD_REQUEST");
        assertThat(ownerUser(tenant.get(href)).getAttribute("href")).isEqualTo(acmeAdminUser);
    }

    @Test
    void aVAppUserReadsAnOwnerButMayNotChangeIt() {
        String href = vApp(newName("usr"));
        User user = vAppUser();
        Http asUser = new Http(vcd.httpUrl()).login(user.name(), "acme", "pass-word-1");
        assertThat(ownerName(asUser.get(href))).isEqualTo("acmeadmin");
        assertThat(ownerName(asUser.get(href + "/owner"))).isEqualTo("acmeadmin");
        Http.Res refused = asUser.put(href + "/owner/", OWNER, ownerBody(user.href()));
        assertThat(refused.status).as(refused.body).isEqualTo(403);
        assertThat(ownerName(tenant.get(href))).isEqualTo("acmeadmin");
    }

    @Test
    void deletingItsOwnerLeavesTheVAppWithoutOne() {
        String name = newName("orphan");
        String href = vApp(name);
        User gone = vAppUser();
        assertThat(tenant.put(href + "/owner", OWNER, ownerBody(gone.href())).status).isEqualTo(204);
        assertThat(tenant.delete(gone.href()).status).isEqualTo(204);
        Http.Res vapp = tenant.get(href);
        assertThat(vapp.status).isEqualTo(200);
        assertThat(vapp.child("Owner")).as(vapp.body).isNull();
        Http.Res owner = tenant.get(href + "/owner");
        assertThat(owner.status).isEqualTo(200);
        assertThat(ownerUser(owner)).isNull();
        assertThat(records("adminVApp", "name==" + name).get(0).hasAttribute("ownerName")).isFalse();
    }

    @Test
    void aCatalogIsOwnedByItsCreatorAndGivenAwayThroughTheAdminCatalogsOwnerLink() {
        String name = newName("cat");
        String href = catalog(name);
        Http.Res adminView = tenant.get(href);
        assertThat(ownerUser(adminView).getAttribute("href")).isEqualTo(acmeAdminUser);
        // CatalogType's order: Owner before CatalogItems
        assertThat(elementNames(adminView).indexOf("Owner")).isGreaterThanOrEqualTo(0)
                .isLessThan(elementNames(adminView).indexOf("CatalogItems"));
        assertThat(ownerName(tenant.get(href.replace("/api/admin/", "/api/")))).isEqualTo("acmeadmin");
        Element record = records("adminCatalog", "ownerName==acmeadmin;name==" + name).get(0);
        assertThat(record.getAttribute("owner")).isEqualTo(acmeAdminUser);

        // what pyvcloud's change_catalog_owner follows
        String ownerHref = adminView.link("down", OWNER);
        assertThat(ownerHref).isEqualTo(href + "/owner");
        Http.Res owner = tenant.get(ownerHref);
        assertThat(owner.status).as(owner.body).isEqualTo(200);
        assertThat(owner.attr("href")).isEqualTo(ownerHref);
        assertThat(owner.link("up", "application/vnd.vmware.admin.catalog+xml")).isEqualTo(href);
        assertThat(ownerName(owner)).isEqualTo("acmeadmin");

        User wile = vAppUser();
        Http.Res given = tenant.put(ownerHref, OWNER, ownerBody(wile.href()));
        assertThat(given.status).as(given.body).isEqualTo(204);
        assertThat(ownerName(tenant.get(href))).isEqualTo(wile.name());
        assertThat(records("adminCatalog", "ownerName==" + wile.name())).extracting(e -> e.getAttribute("name"))
                .containsExactly(name);
        assertThat(tenant.put(ownerHref, OWNER, ownerBody(acmeAdminUser)).status).isEqualTo(204);
        assertThat(ownerName(tenant.get(ownerHref))).isEqualTo("acmeadmin");
    }

    @Test
    void theSeededCatalogIsOwnedByTheSeededAdministrator() {
        assertThat(records("adminCatalog", "name==acme-catalog")).extracting(e -> e.getAttribute("ownerName"))
                .containsExactly("acmeadmin");
    }

    @Test
    void aCatalogCannotBeGivenToAUserOfAnotherOrgOrAnUnknownUser() {
        String href = catalog(newName("kept"));
        String systemAdmin = Sim.admin(vcd.sim()).get("/api/query?type=adminUser&format=records&filter=name=="
                + "administrator").children("AdminUserRecord").get(0).getAttribute("href");
        for (String notOurs : List.of(systemAdmin, vcd.httpUrl() + "/api/admin/user/" + UUID.randomUUID())) {
            Http.Res refused = tenant.put(href + "/owner", OWNER, ownerBody(notOurs));
            assertThat(refused.status).as(notOurs + ": " + refused.body).isEqualTo(400);
            assertThat(refused.minor()).isEqualTo("INVALID_REFERENCE");
        }
        assertThat(ownerUser(tenant.get(href)).getAttribute("href")).isEqualTo(acmeAdminUser);
    }

    @Test
    void aVAppUserMayNotChangeACatalogsOwner() {
        String href = catalog(newName("usr"));
        User user = vAppUser();
        Http asUser = new Http(vcd.httpUrl()).login(user.name(), "acme", "pass-word-1");
        Http.Res refused = asUser.put(href + "/owner", OWNER, ownerBody(user.href()));
        assertThat(refused.status).as(refused.body).isEqualTo(403);
        assertThat(ownerName(tenant.get(href))).isEqualTo("acmeadmin");
    }

    /** pyvcloud's VDC.change_disk_owner: the disk's Owner, its User's href replaced, PUT to {disk}/owner/. */
    @Test
    void aDiskIsGivenToAnotherUserOfItsOrgByItsOwnerLink() {
        String create = "application/vnd.vmware.vcloud.diskCreateParams+xml";
        Http.Res created = tenant.post(tenant.get(vdc).link("add", create), create, "<DiskCreateParams xmlns=\""
                + Http.NS + "\"><Disk name=\"" + newName("disk") + "\" sizeMb=\"64\"/></DiskCreateParams>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String disk = created.attr("href");
        assertThat(ownerName(tenant.get(disk))).isEqualTo("acmeadmin");
        String link = tenant.get(disk).link("down", OWNER);
        assertThat(link).isEqualTo(disk + "/owner");
        User wile = vAppUser();
        assertThat(tenant.put(link + "/", OWNER, ownerBody(wile.href())).status).isEqualTo(204);
        assertThat(ownerName(tenant.get(disk))).isEqualTo(wile.name());
        Http asUser = new Http(vcd.httpUrl()).login(wile.name(), "acme", "pass-word-1");
        assertThat(asUser.put(link, OWNER, ownerBody(acmeAdminUser)).status).isEqualTo(403);
        assertThat(tenant.put(link, OWNER, ownerBody(vdc)).minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(ownerName(tenant.get(link))).isEqualTo(wile.name());
    }

    /** takeOwnership: what a user owns becomes the caller's (pyvcloud and vCD's UI do this before deleting a user). */
    @Test
    void anAdministratorTakesOverWhatAUserOwns() {
        User user = vAppUser();
        String vapp = vApp(newName("taken"));
        String catalog = catalog(newName("taken"));
        for (String owner : List.of(vapp + "/owner", catalog + "/owner")) {
            assertThat(tenant.put(owner, OWNER, ownerBody(user.href())).status).isEqualTo(204);
        }
        assertThat(ownerName(tenant.get(vapp))).isEqualTo(user.name());
        Http asUser = new Http(vcd.httpUrl()).login(user.name(), "acme", "pass-word-1");
        assertThat(asUser.post(user.href() + "/action/takeOwnership", null, null).status)
                .as("a vApp User manages no users").isEqualTo(403);

        Http.Res taken = tenant.post(user.href() + "/action/takeOwnership", null, null);
        assertThat(taken.status).as(taken.body).isEqualTo(204);
        assertThat(ownerName(tenant.get(vapp))).isEqualTo("acmeadmin");
        assertThat(ownerName(tenant.get(catalog))).isEqualTo("acmeadmin");

        // the cloudapi's (37.1) does the same, by the user's URN
        assertThat(tenant.put(vapp + "/owner", OWNER, ownerBody(user.href())).status).isEqualTo(204);
        String urn = "urn:vcloud:user:" + user.href().substring(user.href().lastIndexOf('/') + 1);
        Http.Res cloud = tenant.send(tenant.cloud("/cloudapi/1.0.0/users/" + urn + "/takeOwnership")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(cloud.status).as(cloud.body).isEqualTo(204);
        assertThat(ownerName(tenant.get(vapp))).isEqualTo("acmeadmin");
        assertThat(tenant.post(vcd.httpUrl() + "/api/admin/user/" + UUID.randomUUID() + "/action/takeOwnership",
                null, null).status).isEqualTo(403);
    }
}
