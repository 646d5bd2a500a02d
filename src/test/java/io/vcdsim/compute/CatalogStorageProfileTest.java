package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog kept on a VDC storage profile: go-vcloud-director's CreateCatalogWithStorageProfile and AdminCatalog
 * Update (terraform's vcd_catalog storage_profile_id) name it in CatalogStorageProfiles, and what is uploaded to the
 * catalog is stored in that profile's VDC, where the VDC's vApp template query (QueryVappTemplateWithName filters
 * by vdcName) finds it.
 */
class CatalogStorageProfileTest {
    static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";
    static final String UPLOAD = "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml";
    static final String MEDIA = "application/vnd.vmware.vcloud.media+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String pvdcHref;
    /** A second VDC of acme (beside acme-vdc, its first): its user href and name. */
    static String vdc;
    static String vdcName;

    @BeforeAll
    static void aSecondVdc() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        pvdcHref = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"), "ProviderVdcReference")
                .get(0).getAttribute("href");
        vdc = VdcStorageProfilesTest.newVdc(admin, pvdcHref).replace("/api/admin/vdc/", "/api/vdc/");
        vdcName = tenant.get(vdc).attr("name");
    }

    /** The VDC's storage profile references as its user view lists them (go's FindStorageProfileReference). */
    static Element profileOf(String vdcHref) {
        return Http.Res.children(tenant.get(vdcHref).child("VdcStorageProfiles"), "VdcStorageProfile").get(0);
    }

    static String catalogOn(String name, String profiles) {
        return "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description>on a profile</Description>"
                + profiles + "</AdminCatalog>";
    }

    static String storage(Element... profiles) {
        StringBuilder b = new StringBuilder("<CatalogStorageProfiles>");
        for (Element p : profiles) {
            b.append("<VdcStorageProfile href=\"").append(p.getAttribute("href")).append("\" id=\"")
                    .append(p.getAttribute("id")).append("\" name=\"").append(p.getAttribute("name")).append("\" type=\"")
                    .append(p.getAttribute("type")).append("\"/>");
        }
        return b.append("</CatalogStorageProfiles>").toString();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String adminOrg() {
        return tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/");
    }

    static Http.Res create(String name, String profiles) {
        return tenant.post(adminOrg() + "/catalogs", ADMIN_CATALOG, catalogOn(name, profiles));
    }

    static List<Element> listed(Http.Res adminCatalog) {
        return Http.Res.children(adminCatalog.child("CatalogStorageProfiles"), "VdcStorageProfile");
    }

    @Test
    void whatIsUploadedToACatalogOnAProfileIsStoredInThatProfilesVdc() throws Exception {
        Element profile = profileOf(vdc);
        String name = unique("on-profile");
        Http.Res created = create(name, storage(profile));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String href = created.attr("href");
        List<Element> shown = listed(tenant.get(href));
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getAttribute("href")).isEqualTo(profile.getAttribute("href"));
        assertThat(shown.get(0).getAttribute("id")).isEqualTo(profile.getAttribute("id"))
                .startsWith("urn:vcloud:vdcstorageProfile:"); // what terraform's vcd_catalog reads as storage_profile_id
        assertThat(shown.get(0).getAttribute("name")).isEqualTo("*");
        assertThat(shown.get(0).getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.vdcStorageProfile+xml");

        // a template uploaded there: the VDC's template query (go's vdc.GetVAppTemplateByName) finds it
        Http.Res catalog = tenant.get(href.replace("/api/admin/", "/api/"));
        Http.Res item = tenant.post(catalog.link("add", UPLOAD), UPLOAD, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"app\"/>");
        assertThat(item.status).as(item.body).isEqualTo(201);
        String template = item.child("Entity").getAttribute("href");
        String put = Http.Res.children(Http.Res.children(tenant.get(template).child("Files"), "File").get(0), "Link")
                .get(0).getAttribute("href");
        assertThat(tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(TemplateFixture.OVF))).status).isEqualTo(200);
        List<Element> found = tenant.get("/api/query?type=vAppTemplate&format=records&filter=vdcName==" + vdcName
                + ";catalogName==" + name).children("VAppTemplateRecord");
        assertThat(found).extracting(r -> r.getAttribute("href")).containsExactly(template);
        assertThat(found.get(0).getAttribute("vdc")).isEqualTo(vdc);
        assertThat(tenant.get("/api/query?type=vAppTemplate&format=records&filter=vdcName==acme-vdc;catalogName=="
                + name).children("VAppTemplateRecord")).isEmpty();

        // and a media
        Http.Res media = tenant.post(catalog.link("add", MEDIA), MEDIA, "<Media xmlns=\"" + Http.NS
                + "\" name=\"disc\" size=\"2048\" imageType=\"iso\"/>");
        assertThat(media.status).as(media.body).isEqualTo(201);
        assertThat(tenant.get("/api/query?type=media&format=records&filter=catalogName==" + name)
                .children("MediaRecord")).extracting(r -> r.getAttribute("vdcName")).containsExactly(vdcName);
    }

    @Test
    void aCatalogsProfileChangesWithThePutStaysWithoutTheElementAndGoesWithAnEmptyOne() {
        String name = unique("moved");
        Http.Res created = create(name, "");
        assertThat(created.status).as(created.body).isEqualTo(201);
        tenant.awaitTask(created);
        String href = created.attr("href");
        assertThat(listed(tenant.get(href))).isEmpty();

        Element other = profileOf(vdc);
        Http.Res updated = tenant.put(href, ADMIN_CATALOG, catalogOn(name, storage(other)));
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(listed(updated)).extracting(e -> e.getAttribute("href")).containsExactly(other.getAttribute("href"));

        Http.Res renamed = tenant.put(href, ADMIN_CATALOG, catalogOn(name + "-2", ""));
        assertThat(renamed.status).as(renamed.body).isEqualTo(200);
        assertThat(listed(tenant.get(href))).as("no CatalogStorageProfiles: unchanged")
                .extracting(e -> e.getAttribute("href")).containsExactly(other.getAttribute("href"));

        Http.Res cleared = tenant.put(href, ADMIN_CATALOG, catalogOn(name + "-2",
                "<CatalogStorageProfiles></CatalogStorageProfiles>"));
        assertThat(cleared.status).as(cleared.body).isEqualTo(200);
        assertThat(listed(tenant.get(href))).as("an empty one: none").isEmpty();
    }

    @Test
    void aProfileOfAnotherOrgTwoProfilesOrNoHrefAreRefusedAndChangeNothing() {
        Http.Res org = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml",
                "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"" + unique("other") + "\"><FullName>other</FullName>"
                        + "<IsEnabled>true</IsEnabled><Settings/></AdminOrg>");
        assertThat(org.status).as(org.body).isEqualTo(201);
        Http.Res otherVdc = admin.post(org.attr("href") + "/vdcsparams", VdcTest.CREATE,
                VdcTest.params(unique("foreign"), pvdcHref));
        assertThat(otherVdc.status).as(otherVdc.body).isEqualTo(201);
        assertThat(admin.awaitTask(otherVdc).attr("status")).isEqualTo("success");
        Element foreign = Http.Res.children(admin.get(otherVdc.attr("href").replace("/api/admin/vdc/", "/api/vdc/"))
                .child("VdcStorageProfiles"), "VdcStorageProfile").get(0);

        String name = unique("refused");
        String[][] cases = {{storage(foreign), "INVALID_REFERENCE"},
                {storage(profileOf(vdc), profileOf(vdc)), "BAD_REQUEST"},
                {"<CatalogStorageProfiles><VdcStorageProfile name=\"*\"/></CatalogStorageProfiles>", "INVALID_REFERENCE"}};
        for (String[] bad : cases) {
            Http.Res refused = create(name, bad[0]);
            assertThat(refused.status).as(refused.body).isEqualTo(400);
            assertThat(refused.minor()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(refusedIsAbsent(name)).as("no catalog half made").isTrue();

        Http.Res created = create(name, storage(profileOf(vdc)));
        tenant.awaitTask(created);
        String href = created.attr("href");
        Http.Res refused = tenant.put(href, ADMIN_CATALOG, catalogOn(name + "-renamed", storage(foreign)));
        assertThat(refused.status).isEqualTo(400);
        Http.Res now = tenant.get(href);
        assertThat(now.attr("name")).as("nor renamed").isEqualTo(name);
        assertThat(listed(now)).extracting(e -> e.getAttribute("href"))
                .containsExactly(profileOf(vdc).getAttribute("href"));
    }

    static boolean refusedIsAbsent(String name) {
        return tenant.get("/api/query?type=catalog&format=records&filter=name==" + name).children("CatalogRecord")
                .isEmpty();
    }
}
