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

}
