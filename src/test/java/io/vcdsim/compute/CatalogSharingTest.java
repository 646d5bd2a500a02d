package io.vcdsim.compute;

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

/**
 * A catalog shared with another org (controlAccess naming the org, as go-vcloud-director's SetAccessControl sends
 * it) or published to every org is read there with its items, found by its queries and the org's links, and its
 * templates instantiated there into vApps of that org; it is not changed from there, and unshared it is gone.
 */
class CatalogSharingTest {
    static final String CONTROL = "application/vnd.vmware.vcloud.controlAccess+xml";
    static final String ADMIN_ORG = "application/vnd.vmware.admin.organization+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http acme;
    static TemplateFixture fixture;
    /** The other org: its admin view, its user, and a VDC of its own. */
    static String beta;
    static Http betaUser;
    static String betaVdc;

    @BeforeAll
    static void twoOrgs() throws Exception {
        admin = Sim.admin(vcd.sim());
        acme = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(acme);
        String name = "beta-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res org = admin.post(admin.get("/api/admin").link("add", ADMIN_ORG), ADMIN_ORG, "<AdminOrg xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><FullName>Beta</FullName><IsEnabled>true</IsEnabled>"
                + "<Settings/></AdminOrg>");
        assertThat(org.status).as(org.body).isEqualTo(201);
        beta = org.attr("href");
        String role = Http.Res.children(admin.get(beta).child("RoleReferences"), "RoleReference").stream()
                .filter(r -> r.getAttribute("name").equals("Organization Administrator")).findFirst().orElseThrow()
                .getAttribute("href");
        Http.Res user = admin.post(beta + "/users", "application/vnd.vmware.admin.user+xml", "<User xmlns=\"" + Http.NS
                + "\" name=\"boss\"><IsEnabled>true</IsEnabled><Role href=\"" + role + "\"/><Password>pass-word-1"
                + "</Password></User>");
        assertThat(user.status).as(user.body).isEqualTo(201);
        Element pvdc = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0);
        Http.Res vdc = admin.post(admin.get(beta).link("add", VdcTest.CREATE), VdcTest.CREATE,
                VdcTest.params("beta-vdc", pvdc.getAttribute("href")));
        assertThat(admin.awaitTask(vdc).attr("status")).isEqualTo("success");
        betaVdc = vdc.attr("href").replace("/api/admin/vdc/", "/api/vdc/");
        betaUser = new Http(vcd.httpUrl()).login("boss", name, "pass-word-1");
    }

    /** The catalog a template is in: its catalog item's up link. */
    /** acme's id, the end of its org hrefs. */
    static String acmeOrgId() {
        String href = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    static String catalogOf(String template) {
        String item = acme.get(template).link("catalogItem", "application/vnd.vmware.vcloud.catalogItem+xml");
        return acme.get(item).link("up", "application/vnd.vmware.vcloud.catalog+xml");
    }

    static void share(String catalog, boolean withBeta) {
        String body = "<ControlAccessParams xmlns=\"" + Http.NS + "\"><IsSharedToEveryone>false</IsSharedToEveryone>"
                + (withBeta ? "<AccessSettings><AccessSetting><Subject href=\"" + beta + "\" type=\"" + ADMIN_ORG
                + "\"/><AccessLevel>ReadOnly</AccessLevel></AccessSetting></AccessSettings>" : "")
                + "</ControlAccessParams>";
        Http.Res r = acme.post(catalog + "/action/controlAccess", CONTROL, body);
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    static List<String> recordNames(Http who, String type, String element) {
        return who.get("/api/query?type=" + type + "&format=records&pageSize=128").children(element).stream()
                .map(e -> e.getAttribute("name")).toList();
    }

    static Http.Res instantiateInBeta(String template) {
        String type = TemplateFixture.INSTANTIATE;
        return betaUser.post(betaUser.get(betaVdc).link("add", type), type, "<InstantiateVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"from-acme-" + UUID.randomUUID().toString().substring(0, 8) + "\"><Source href=\""
                + template + "\"/><AllEULAsAccepted>true</AllEULAsAccepted></InstantiateVAppTemplateParams>");
    }

    @Test
    void aCatalogSharedWithAnOrgIsReadAndInstantiatedThereAndNotChanged() {
        String catalog = catalogOf(fixture.template);
        String catalogName = acme.get(catalog).attr("name");
        assertThat(betaUser.get(catalog).status).as("not shared yet").isEqualTo(403);
        assertThat(betaUser.get(fixture.template).status).isEqualTo(403);
        assertThat(instantiateInBeta(fixture.template).minor()).isEqualTo("INVALID_REFERENCE");

        share(catalog, true);
        Http.Res read = betaUser.get(catalog);
        assertThat(read.status).as(read.body).isEqualTo(200);
        assertThat(read.links("add", null)).as("read-only: nothing to add").isEmpty();
        assertThat(read.links("controlAccess", null)).isEmpty();
        assertThat(read.child("Owner")).as("who owns it is acme's business").isNull();
        Element item = Http.Res.children(read.child("CatalogItems"), "CatalogItem").get(0);
        assertThat(betaUser.get(item.getAttribute("href")).status).isEqualTo(200);
        Http.Res template = betaUser.get(fixture.template);
        assertThat(template.status).isEqualTo(200);
        assertThat(template.links("download:default", null)).as("downloads stay acme's").isEmpty();
        assertThat(template.links("remove", null)).isEmpty();
        // found as go-vcloud-director and pyvcloud look for it: the org's links, the catalog and template queries
        String betaOrg = betaUser.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        Http before33 = new Http(vcd.httpUrl()).version("32.0").token(betaUser.token()); // links each catalog
        assertThat(before33.get(betaOrg).links("down", "application/vnd.vmware.vcloud.catalog+xml"))
                .extracting(e -> e.getAttribute("name")).contains(catalogName);
        Element record = betaUser.get("/api/query?type=catalog&format=records&filter=name==" + catalogName)
                .children("CatalogRecord").get(0);
        assertThat(record.getAttribute("orgName")).isEqualTo("acme");
        assertThat(record.getAttribute("isShared")).isEqualTo("true");
        assertThat(recordNames(betaUser, "vAppTemplate", "VAppTemplateRecord")).contains("app");
        String own = "beta-own-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(betaUser.awaitTask(Sim.createCatalog(betaUser, own)).attr("status")).isEqualTo("success");
        assertThat(recordNames(acme, "catalog", "CatalogRecord")).as("sharing goes one way").doesNotContain(own);

        // instantiated into beta's VDC: a vApp of beta, its VMs too, out of acme's sight
        Http.Res made = instantiateInBeta(fixture.template);
        assertThat(made.status).as(made.body).isEqualTo(201);
        assertThat(betaUser.awaitTask(made).attr("status")).isEqualTo("success");
        Element vm = Http.Res.children(betaUser.get(made.attr("href")).child("Children"), "Vm").get(0);
        assertThat(betaUser.get(vm.getAttribute("href")).status).isEqualTo(200);
        assertThat(acme.get(vm.getAttribute("href")).status).isEqualTo(403);
        assertThat(acme.get(made.attr("href")).status).isEqualTo(403);

        // beta's administrator reads its admin view too (go-vcloud-director's GetAdminCatalogById), still without
        // who owns it
        Http.Res adminRead = betaUser.get(catalog.replace("/api/catalog/", "/api/admin/catalog/"));
        assertThat(adminRead.status).as(adminRead.body).isEqualTo(200);
        assertThat(adminRead.child("Owner")).isNull();
        assertThat(adminRead.links("edit", null)).isEmpty();
        assertThat(adminRead.links("up", "application/vnd.vmware.admin.organization+xml"))
                .as("acme's admin view is acme's").isEmpty();
        assertThat(acme.get(catalog.replace("/api/catalog/", "/api/admin/catalog/"))
                .link("up", "application/vnd.vmware.admin.organization+xml")).endsWith(acmeOrgId());

        // and the org sharing it, through the catalog's up link (go-vcloud-director's GetCatalogByHref reads it):
        // its names and what it shares with beta, nothing else of it
        String acmeOrg = read.link("up", "application/vnd.vmware.vcloud.org+xml");
        Http.Res sharer = betaUser.get(acmeOrg);
        assertThat(sharer.status).as(sharer.body).isEqualTo(200);
        assertThat(sharer.attr("name")).isEqualTo("acme");
        assertThat(sharer.links("down", "application/vnd.vmware.vcloud.catalog+xml"))
                .extracting(e -> e.getAttribute("name")).contains(catalogName).doesNotContain("acme-catalog");
        assertThat(sharer.links("down", "application/vnd.vmware.vcloud.vdc+xml")).isEmpty();
        assertThat(sharer.links("down", "application/vnd.vmware.vcloud.tasksList+xml")).isEmpty();

        // read-only: no changes from beta
        assertThat(betaUser.put(catalog.replace("/api/catalog/", "/api/admin/catalog/"),
                "application/vnd.vmware.admin.catalog+xml", "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"mine\"/>")
                .status).isEqualTo(403);
        assertThat(betaUser.delete(fixture.template).status).isEqualTo(403);
        assertThat(betaUser.post(fixture.template + "/action/enableDownload", null, null).status).isEqualTo(403);
        assertThat(betaUser.post(catalog + "/action/upload", "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml",
                "<UploadVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"x\"/>").status).isEqualTo(403);

        share(catalog, false);
        assertThat(betaUser.get(catalog).status).as("unshared").isEqualTo(403);
        assertThat(betaUser.get(catalog.replace("/api/catalog/", "/api/admin/catalog/")).status).isEqualTo(403);
        // acme may still share others (a published one): beta reads acme then, but not this catalog in it
        Http.Res sharerNow = betaUser.get(acme.get(catalog).link("up", "application/vnd.vmware.vcloud.org+xml"));
        assertThat(sharerNow.status == 403 || sharerNow.links("down", "application/vnd.vmware.vcloud.catalog+xml")
                .stream().noneMatch(e -> e.getAttribute("name").equals(catalogName))).isTrue();
        assertThat(betaUser.get(fixture.template).status).isEqualTo(403);
        assertThat(recordNames(betaUser, "catalog", "CatalogRecord")).doesNotContain(catalogName);
    }

    @Test
    void aPublishedCatalogIsReadByEveryOrg() throws Exception {
        TemplateFixture published = TemplateFixture.ready(acme);
        String catalog = catalogOf(published.template);
        assertThat(betaUser.get(catalog).status).isEqualTo(403);
        String type = "application/vnd.vmware.admin.publishCatalogParams+xml";
        Http.Res r = acme.post(catalog + "/action/publish", type,
                "<PublishCatalogParams xmlns=\"" + Http.NS + "\"><IsPublished>true</IsPublished></PublishCatalogParams>");
        assertThat(r.status).as(r.body).isLessThan(300);
        assertThat(betaUser.get(catalog).status).isEqualTo(200);
        assertThat(betaUser.get(published.template).status).isEqualTo(200);
        assertThat(recordNames(betaUser, "catalog", "CatalogRecord")).contains(acme.get(catalog).attr("name"));
    }

    /** go-vcloud-director's AdminCatalog.Publish posts to the admin catalog's own path. */
    @Test
    void aCatalogIsPublishedAndUnpublishedAtItsAdminPathToo() throws Exception {
        TemplateFixture published = TemplateFixture.ready(acme);
        String catalog = catalogOf(published.template);
        String admin = catalog.replace("/api/catalog/", "/api/admin/catalog/");
        String type = "application/vnd.vmware.admin.publishCatalogParams+xml";
        Http.Res r = acme.post(admin + "/action/publish", type,
                "<PublishCatalogParams xmlns=\"" + Http.NS + "\"><IsPublished>true</IsPublished></PublishCatalogParams>");
        assertThat(r.status).as(r.body).isLessThan(300);
        assertThat(acme.get(admin).childText("IsPublished")).isEqualTo("true");
        assertThat(betaUser.get(catalog).status).isEqualTo(200);
        r = acme.post(admin + "/action/publish", type,
                "<PublishCatalogParams xmlns=\"" + Http.NS + "\"><IsPublished>false</IsPublished></PublishCatalogParams>");
        assertThat(r.status).as(r.body).isLessThan(300);
        assertThat(betaUser.get(catalog).status).isEqualTo(403);
    }
}
