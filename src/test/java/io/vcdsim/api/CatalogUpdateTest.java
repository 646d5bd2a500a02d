package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalog renamed and described again, as go-vcloud-director's AdminCatalog.Update puts it. */
class CatalogUpdateTest {
    static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void aCatalogIsRenamedAndDescribedAndNamesStayUnique() {
        Http tenant = Sim.tenant(vcd.sim());
        String name = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = Sim.createCatalog(tenant, name);
        tenant.awaitTask(created);
        String href = created.attr("href");
        // what go-vcloud-director's CreateCatalog checks of the answer
        Http.Res admin = tenant.get(href);
        assertThat(admin.link("add", "application/vnd.vmware.vcloud.metadata+xml")).isEqualTo(href + "/metadata");
        assertThat(admin.child("CatalogStorageProfiles")).isNotNull();
        String doc = "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "-2\" href=\"" + href
                + "\"><Description>renamed</Description><IsPublished>false</IsPublished></AdminCatalog>";
        Http.Res updated = tenant.put(href, ADMIN_CATALOG, doc);
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.attr("name")).isEqualTo(name + "-2");
        assertThat(tenant.get(href).childText("Description")).isEqualTo("renamed");

        Http.Res other = Sim.createCatalog(tenant, name + "-other");
        tenant.awaitTask(other);
        Http.Res clash = tenant.put(other.attr("href"), ADMIN_CATALOG, "<AdminCatalog xmlns=\"" + Http.NS
                + "\" name=\"" + name.toUpperCase() + "-2\"/>");
        assertThat(clash.status).isEqualTo(400);
        assertThat(clash.minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(tenant.get(other.attr("href")).attr("name")).isEqualTo(name + "-other");
        // pyvcloud's share_catalog publishes it
        String publish = tenant.get(href.replace("/api/admin/", "/api/")).link("publish",
                "application/vnd.vmware.admin.publishCatalogParams+xml");
        assertThat(tenant.post(publish, "application/vnd.vmware.admin.publishCatalogParams+xml",
                "<PublishCatalogParams xmlns=\"" + Http.NS + "\"><IsPublished>true</IsPublished>"
                        + "</PublishCatalogParams>").status).isEqualTo(204);
        assertThat(tenant.get(href).childText("IsPublished")).isEqualTo("true");
        assertThat(tenant.post(publish, "application/vnd.vmware.admin.publishCatalogParams+xml",
                "<PublishCatalogParams xmlns=\"" + Http.NS + "\"/>").status).isEqualTo(400);
        Http.Res tooLong = tenant.put(href, ADMIN_CATALOG, "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\""
                + "c".repeat(129) + "\"/>");
        assertThat(tooLong.status).isEqualTo(400);
    }

    /** pyvcloud's update_catalog as a Catalog Author: the admin view first, then the PUT; a vApp User reads neither. */
    @Test
    void aCatalogAuthorReadsAndUpdatesTheAdminViewAVAppUserDoesNot() {
        Http tenant = Sim.tenant(vcd.sim());
        Http.Res created = Sim.createCatalog(tenant, "auth-" + UUID.randomUUID().toString().substring(0, 8));
        tenant.awaitTask(created);
        String href = created.attr("href");
        Http author = userWithRole(tenant, "Catalog Author");
        Http.Res read = author.get(href);
        assertThat(read.status).as(read.body).isEqualTo(200);
        Http.Res updated = author.put(read.link("edit", ADMIN_CATALOG), ADMIN_CATALOG, read.body.replaceFirst("name=\"auth-", "name=\"authored-"));
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(tenant.get(href).attr("name")).startsWith("authored-");
        assertThat(userWithRole(tenant, "vApp User").get(href).status).isEqualTo(403);
    }

    static Http userWithRole(Http tenant, String role) {
        return Sim.userWithRole(tenant, vcd.httpUrl(), role);
    }


    /**
     * go-vcloud-director's PublishToExternalOrganizations: 204 when the org may publish externally, then the catalog
     * (user and admin views) shows how, its password masked; settings left out keep theirs.
     */
    @Test
    void aCatalogIsPublishedToExternalOrganizationsWhenItsOrgMay() {
        Http tenant = Sim.tenant(vcd.sim());
        Http.Res created = Sim.createCatalog(tenant, "ext-" + UUID.randomUUID().toString().substring(0, 8));
        tenant.awaitTask(created);
        String admin = created.attr("href");
        String user = admin.replace("/api/admin/", "/api/");
        String type = "application/vnd.vmware.admin.publishExternalCatalogParams+xml";
        String params = "<PublishExternalCatalogParams xmlns=\"" + Http.NS + "\"><IsPublishedExternally>true"
                + "</IsPublishedExternally><Password>secretOrNot</Password><IsCacheEnabled>true</IsCacheEnabled>"
                + "<PreserveIdentityInfoFlag>true</PreserveIdentityInfoFlag></PublishExternalCatalogParams>";
        String action = "/action/publishToExternalOrganizations";
        assertThat(tenant.post(admin + action, type, params).status).as("acme may not publish externally yet")
                .isEqualTo(400);

        Http system = Sim.admin(vcd.sim());
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/");
        String general = "application/vnd.vmware.admin.organizationGeneralSettings+xml";
        String settings = system.get(org + "/settings/general").body.replace(
                "<CanPublishExternally>false</CanPublishExternally>", "<CanPublishExternally>true</CanPublishExternally>");
        assertThat(system.put(org + "/settings/general", general, settings).status).isEqualTo(200);

        assertThat(tenant.post(admin + action, type, params).status).isEqualTo(204);
        for (String view : new String[]{admin, user}) {
            Http.Res c = tenant.get(view);
            assertThat(c.childText("PublishExternalCatalogParams")).as(view).isNotNull();
            org.w3c.dom.Element p = c.child("PublishExternalCatalogParams");
            assertThat(p.getElementsByTagNameNS(Http.NS, "IsPublishedExternally").item(0).getTextContent())
                    .isEqualTo("true");
            assertThat(p.getElementsByTagNameNS(Http.NS, "Password").item(0).getTextContent()).isEqualTo("******");
            assertThat(p.getElementsByTagNameNS(Http.NS, "catalogPublishedUrl").item(0).getTextContent())
                    .as("as vCD's schema spells it").contains("/vcsp/lib/");
            assertThat(p.getElementsByTagNameNS(Http.NS, "IsCacheEnabled").item(0).getTextContent()).isEqualTo("true");
        }
        String noCache = "<PublishExternalCatalogParams xmlns=\"" + Http.NS + "\"><IsPublishedExternally>true"
                + "</IsPublishedExternally><IsCacheEnabled>false</IsCacheEnabled></PublishExternalCatalogParams>";
        assertThat(tenant.post(user + action, type, noCache).status).isEqualTo(204);
        org.w3c.dom.Element p = tenant.get(user).child("PublishExternalCatalogParams");
        assertThat(p.getElementsByTagNameNS(Http.NS, "IsCacheEnabled").item(0).getTextContent()).isEqualTo("false");
        assertThat(p.getElementsByTagNameNS(Http.NS, "PreserveIdentityInfoFlag").item(0).getTextContent())
                .as("kept").isEqualTo("true");
        String off = "<PublishExternalCatalogParams xmlns=\"" + Http.NS + "\"><IsPublishedExternally>false"
                + "</IsPublishedExternally></PublishExternalCatalogParams>";
        assertThat(tenant.post(user + action, type, off).status).isEqualTo(204);
        assertThat(tenant.get(user).child("PublishExternalCatalogParams")).isNull();
    }
}
