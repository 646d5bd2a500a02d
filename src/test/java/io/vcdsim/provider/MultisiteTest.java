package io.vcdsim.provider;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Site and org associations as multisite clients (go-vcloud-director's multisite, terraform's) read and write them. */
class MultisiteTest {
    static final String SITE_ASSOCIATION = "application/vnd.vmware.admin.siteAssociation+xml";
    static final String ORG_ASSOCIATION = "application/vnd.vmware.admin.organizationAssociation+xml";
    static final String KEY = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void login() {
        admin = Sim.admin(vcd.sim());
    }

    static String site(String siteId, String name, String key) {
        return "<SiteAssociationMember xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><BaseUiEndpoint>"
                + "https://" + name + ".example.com/provider</BaseUiEndpoint><PublicKey>" + key + "</PublicKey>"
                + "<RestEndpoint>https://" + name + ".example.com/</RestEndpoint><SiteId>" + siteId + "</SiteId>"
                + "<SiteName>" + name + "</SiteName></SiteAssociationMember>";
    }

    static String associateSite(String name) {
        String siteId = "urn:vcloud:site:" + UUID.randomUUID();
        Http.Res task = admin.post("/api/site/associations", SITE_ASSOCIATION, site(siteId, name, KEY));
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("siteAssociate");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        return siteId;
    }

    @Test
    void thisSiteHandsOutItsAssociationDataAndRegeneratesItsKey() {
        Http.Res site = admin.get("/api/site");
        assertThat(site.attr("id")).startsWith("urn:vcloud:site:");
        Http.Res local = admin.get(admin.get("/api/site/associations").link("down", SITE_ASSOCIATION));
        assertThat(local.childText("SiteId")).isEqualTo(site.attr("id"));
        String key = local.childText("PublicKey");
        assertThat(key).startsWith("-----BEGIN PUBLIC KEY-----");
        Http.Res regenerated = admin.post(local.link("regenerateKeyPair", null), null, null);
        assertThat(regenerated.attr("operationName")).isEqualTo("siteRegenerateKeyPair");
        assertThat(admin.awaitTask(regenerated).attr("status")).isEqualTo("success");
        assertThat(admin.get("/api/site/associations/localAssociationData").childText("PublicKey")).isNotEqualTo(key)
                .startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Sim.tenant(vcd.sim()).get("/api/site/associations/localAssociationData").status).isEqualTo(403);
    }

    @Test
    void aSiteIsAssociatedListedAndRemoved() {
        String siteId = associateSite("other");
        Http.Res list = admin.get("/api/site/associations");
        var member = list.children("SiteAssociationMember").stream()
                .filter(m -> Http.Res.children(m, "SiteId").get(0).getTextContent().equals(siteId)).findFirst()
                .orElseThrow();
        assertThat(Http.Res.children(member, "Status").get(0).getTextContent()).isEqualTo("ASYMMETRIC");
        assertThat(admin.post("/api/site/associations", SITE_ASSOCIATION, site(siteId, "other", KEY)).minor())
                .isEqualTo("DUPLICATE_NAME");
        assertThat(admin.post("/api/site/associations", SITE_ASSOCIATION,
                site(admin.get("/api/site").attr("id"), "self", KEY)).status).as("not with itself").isEqualTo(400);
        assertThat(admin.post("/api/site/associations", SITE_ASSOCIATION, site("urn:vcloud:site:"
                + UUID.randomUUID(), "nokey", "not a key")).status).isEqualTo(400);
        assertThat(admin.post("/api/site/associations", SITE_ASSOCIATION, site("site-7", "badid", KEY)).status)
                .isEqualTo(400);
        String href = member.getAttribute("href");
        assertThat(admin.awaitTask(admin.delete(href)).attr("operationName")).isEqualTo("siteDisassociate");
        assertThat(admin.get(href).status).isEqualTo(403);
    }

    @Test
    void anOrgIsAssociatedWithAnOrgOfAnAssociatedSiteOnly() {
        String siteId = associateSite("partner");
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        Http.Res associations = admin.get(org + "/associations");
        Http.Res local = admin.get(associations.link("down", ORG_ASSOCIATION));
        assertThat(local.childText("OrgId")).isEqualTo("urn:vcloud:org:" + org.substring(org.lastIndexOf('/') + 1));
        assertThat(local.childText("OrgPublicKey")).startsWith("-----BEGIN PUBLIC KEY-----");
        String remote = "urn:vcloud:org:" + UUID.randomUUID();
        String body = "<OrgAssociationMember xmlns=\"" + Http.NS + "\"><SiteId>%s</SiteId><OrgId>" + remote
                + "</OrgId><SiteName>partner</SiteName><OrgName>partner-org</OrgName><OrgPublicKey>" + KEY
                + "</OrgPublicKey></OrgAssociationMember>";
        assertThat(admin.post(org + "/associations", ORG_ASSOCIATION,
                body.formatted("urn:vcloud:site:" + UUID.randomUUID())).body).contains("associate the sites first");
        Http.Res task = admin.post(associations.link("add", ORG_ASSOCIATION), ORG_ASSOCIATION, body.formatted(siteId));
        assertThat(task.attr("operationName")).isEqualTo("orgAssociate");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        // the org's own administrator reads them too
        Http.Res seen = Sim.tenant(vcd.sim()).get(org + "/associations");
        assertThat(seen.status).as(seen.body).isEqualTo(200);
        assertThat(Http.Res.children(seen.child("OrgAssociationMember"), "OrgName").get(0).getTextContent())
                .isEqualTo("partner-org");
        String href = seen.child("OrgAssociationMember").getAttribute("href");
        assertThat(admin.awaitTask(admin.delete(href)).attr("operationName")).isEqualTo("orgDisassociate");
        assertThat(admin.get(org + "/associations").children("OrgAssociationMember")).isEmpty();

        // an org association goes with the association of its site
        admin.awaitTask(admin.post(org + "/associations", ORG_ASSOCIATION, body.formatted(siteId)));
        assertThat(admin.get(org + "/associations").children("OrgAssociationMember")).hasSize(1);
        String site = admin.get("/api/site/associations").children("SiteAssociationMember").stream()
                .filter(m -> Http.Res.children(m, "SiteId").get(0).getTextContent().equals(siteId)).findFirst()
                .orElseThrow().getAttribute("href");
        assertThat(admin.awaitTask(admin.delete(site)).attr("status")).isEqualTo("success");
        assertThat(admin.get(org + "/associations").children("OrgAssociationMember")).isEmpty();
    }
}
