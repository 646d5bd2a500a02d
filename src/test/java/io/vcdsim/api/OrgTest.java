package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class OrgTest {
    static final String ADMIN_ORG = "application/vnd.vmware.admin.organization+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String orgXml(String name, boolean enabled) {
        return "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description>d</Description>"
                + "<FullName>Full " + name + "</FullName><IsEnabled>" + enabled + "</IsEnabled><Settings/></AdminOrg>";
    }

    static Http.Res create(String name, boolean enabled) {
        Http.Res r = admin.post(admin.get("/api/admin").link("add", ADMIN_ORG), ADMIN_ORG, orgXml(name, enabled));
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r;
    }

    /** An AdminOrg names its VDCs' and networks' admin views (go-vcloud-director's GetAdminVDCByName reads them). */
    @Test
    void anAdminOrgNamesTheAdminViewsOfItsVdcsAndNetworks() {
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/");
        Http.Res org = admin.get(acme);
        org.w3c.dom.Element vdc = Http.Res.children(org.child("Vdcs"), "Vdc").get(0);
        assertThat(vdc.getAttribute("href")).contains("/api/admin/vdc/");
        assertThat(vdc.getAttribute("type")).isEqualTo("application/vnd.vmware.admin.vdc+xml");
        assertThat(admin.get(vdc.getAttribute("href")).child("NetworkPoolReference").getAttribute("name"))
                .isEqualTo("pool-1");
        org.w3c.dom.Element network = Http.Res.children(org.child("Networks"), "Network").get(0);
        assertThat(network.getAttribute("href")).contains("/api/admin/network/");
        assertThat(admin.get(network.getAttribute("href")).status).isEqualTo(200);
    }

    @Test
    void systemAdminSeesEveryOrgTenantOnlyItsOwn() {
        assertThat(VersionsAndErrorsTest.orgNames(admin)).contains("System", "acme");
        assertThat(VersionsAndErrorsTest.orgNames(tenant)).containsExactly("acme");
        String systemHref = admin.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        Http.Res foreign = tenant.get(systemHref);
        assertThat(foreign.status).isEqualTo(403);
        assertThat(foreign.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(tenant.get(systemHref.replace("/api/", "/api/admin/")).status).isEqualTo(403);
        // scripts write the org list with vCD's trailing slash
        assertThat(tenant.get("/api/org/").children("Org")).extracting(e -> e.getAttribute("name"))
                .containsExactly("acme");
        assertThat(tenant.get("/api/nothing/").status).isEqualTo(404);
    }

    @Test
    void orgLinksFollowTheApiVersion() {
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        Http.Res v33 = new Http(vcd.httpUrl()).token(tenant.token()).version("33.0").get(acme);
        assertThat(v33.attr("name")).isEqualTo("acme");
        assertThat(v33.attr("id")).startsWith("urn:vcloud:org:");
        var records = v33.links("down", "application/vnd.vmware.vcloud.query.records+xml");
        assertThat(records.get(0).getAttribute("href")).containsIgnoringCase("vdc").contains("?");
        assertThat(records.get(1).getAttribute("href")).contains("catalog");
        assertThat(v33.links("down", "application/vnd.vmware.vcloud.vdc+xml")).isEmpty();
        // following the VDC records link finds the seeded VDC, as pyvcloud's list_vdcs does
        Http.Res vdcs = tenant.get(records.get(0).getAttribute("href"));
        assertThat(vdcs.children("OrgVdcRecord")).extracting(e -> e.getAttribute("name")).containsExactly("acme-vdc");

        Http.Res v32 = new Http(vcd.httpUrl()).token(tenant.token()).version("32.0").get(acme);
        assertThat(v32.links("down", "application/vnd.vmware.vcloud.vdc+xml")).extracting(e -> e.getAttribute("name"))
                .containsExactly("acme-vdc");
        assertThat(v32.links("down", "application/vnd.vmware.vcloud.catalog+xml")).hasSize(1);
        assertThat(v32.links("down", "application/vnd.vmware.vcloud.query.records+xml")).isEmpty();
        String vdcHref = v32.link("down", "application/vnd.vmware.vcloud.vdc+xml");
        Http.Res vdc = tenant.get(vdcHref);
        assertThat(vdc.status).isEqualTo(200);
        assertThat(vdc.link("up", "application/vnd.vmware.vcloud.org+xml")).isEqualTo(acme);
        assertThat(vdc.child("AvailableNetworks").getElementsByTagNameNS(Http.NS, "Network").getLength()).isEqualTo(1);
        Http.Res adminVdc = admin.get(vdcHref.replace("/api/", "/api/admin/"));
        assertThat(adminVdc.link("alternate", "application/vnd.vmware.vcloud.vdc+xml")).isEqualTo(vdcHref);
    }

    @Test
    void createReadUpdateDisableDelete() {
        Http.Res created = create("globex", true);
        String href = created.attr("href");
        assertThat(created.header("Location")).isEqualTo(href);
        assertThat(created.childText("FullName")).isEqualTo("Full globex");
        assertThat(created.childText("IsEnabled")).isEqualTo("true");
        assertThat(created.link("add", "application/vnd.vmware.admin.user+xml")).isEqualTo(href + "/users");
        // every new org has its own copies of the predefined tenant roles
        assertThat(created.child("RoleReferences").getElementsByTagNameNS(Http.NS, "RoleReference").getLength())
                .isEqualTo(5);

        // pyvcloud's update_org: GET, change IsEnabled, PUT the same document back
        String doc = admin.get(href).body.replace("<IsEnabled>true</IsEnabled>", "<IsEnabled>false</IsEnabled>");
        Http.Res updated = admin.put(href, ADMIN_ORG, doc);
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.childText("IsEnabled")).isEqualTo("false");
        assertThat(admin.post(updated.link("enable", null), null, null).status).isEqualTo(204);
        assertThat(admin.get(href).childText("IsEnabled")).isEqualTo("true");

        // vCD takes the request and fails its task (pyvcloud's org_tests wait for that failure)
        Http.Res refused = admin.awaitTask(admin.delete(href + "?force=False&recursive=False"));
        assertThat(refused.attr("status")).isEqualTo("error");
        assertThat(refused.child("Error").getAttribute("message")).contains("enabled");
        assertThat(admin.get(href).status).isEqualTo(200);

        Http.Res deleting = admin.delete(href + "?force=True&recursive=True");
        assertThat(deleting.status).isEqualTo(202);
        assertThat(deleting.attr("operationName")).isEqualTo("orgDelete");
        assertThat(deleting.child("Owner").getAttribute("href")).isEqualTo(href);
        assertThat(admin.awaitTask(deleting).attr("status")).isEqualTo("success");
        assertThat(admin.get(href).status).isEqualTo(403);
        assertThat(VersionsAndErrorsTest.orgNames(admin)).doesNotContain("globex");
    }

    @Test
    void duplicateAndInvalidNamesChangeNothing() {
        create("initech", false);
        Http.Res dup = admin.post("/api/admin/orgs", ADMIN_ORG, orgXml("INITECH", false));
        assertThat(dup.status).isEqualTo(400);
        assertThat(dup.minor()).isEqualTo("DUPLICATE_NAME");
        Http.Res bad = admin.post("/api/admin/orgs", ADMIN_ORG, orgXml("has space", false));
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.minor()).isEqualTo("BAD_REQUEST");
        Http.Res none = admin.post("/api/admin/orgs", ADMIN_ORG, "<AdminOrg xmlns=\"" + Http.NS + "\"/>");
        assertThat(none.status).isEqualTo(400);
        assertThat(VersionsAndErrorsTest.orgNames(admin).stream().filter(n -> n.equalsIgnoreCase("initech")))
                .hasSize(1);
        assertThat(VersionsAndErrorsTest.orgNames(admin)).doesNotContain("has space");
    }

    @Test
    void nonEmptyOrgNeedsRecursiveDelete() {
        String acmeAdmin = adminHrefOf("acme");
        assertThat(admin.post(acmeAdmin + "/action/disable", null, null).status).isEqualTo(204);
        Http.Res r = admin.awaitTask(admin.delete(acmeAdmin + "?force=True&recursive=False"));
        assertThat(r.attr("status")).isEqualTo("error");
        assertThat(r.child("Error").getAttribute("message")).contains("recursive");
        assertThat(admin.get(acmeAdmin).status).isEqualTo(200);
        assertThat(admin.post(acmeAdmin + "/action/enable", null, null).status).isEqualTo(204);
        assertThat(admin.get(acmeAdmin).childText("IsEnabled")).isEqualTo("true");
    }

    static String adminHrefOf(String orgName) {
        var refs = admin.get("/api/admin").child("OrganizationReferences")
                .getElementsByTagNameNS(Http.NS, "OrganizationReference");
        for (int i = 0; i < refs.getLength(); i++) {
            var ref = (org.w3c.dom.Element) refs.item(i);
            if (ref.getAttribute("name").equals(orgName)) {
                return ref.getAttribute("href");
            }
        }
        throw new AssertionError("no org " + orgName);
    }

    @Test
    void tenantsCannotAdministerOrgs() {
        Http.Res r = tenant.post("/api/admin/orgs", ADMIN_ORG, orgXml("hack", true));
        assertThat(r.status).isEqualTo(403);
        assertThat(r.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        String acmeAdmin = acme.replace("/api/", "/api/admin/");
        assertThat(tenant.delete(acmeAdmin + "?force=True&recursive=True").status).isEqualTo(403);
        assertThat(tenant.post(acmeAdmin + "/action/disable", null, null).status).isEqualTo(403);
        // an org administrator edits properties but cannot disable its own org through PUT
        String doc = tenant.get(acmeAdmin).body;
        Http.Res disable = tenant.put(acmeAdmin, ADMIN_ORG, doc.replace("<IsEnabled>true</IsEnabled>",
                "<IsEnabled>false</IsEnabled>"));
        assertThat(disable.status).isEqualTo(403);
        Http.Res rename = tenant.put(acmeAdmin, ADMIN_ORG, doc.replace("<FullName>ACME Corporation</FullName>",
                "<FullName>ACME Inc.</FullName>"));
        assertThat(rename.status).as(rename.body).isEqualTo(200);
        assertThat(rename.childText("FullName")).isEqualTo("ACME Inc.");
        assertThat(VersionsAndErrorsTest.orgNames(admin)).doesNotContain("hack");
    }

    @Test
    void systemOrgCannotBeDeletedOrDisabled() {
        String system = admin.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        assertThat(admin.delete(system + "?force=True&recursive=True").status).isEqualTo(400);
        assertThat(admin.post(system + "/action/disable", null, null).status).isEqualTo(400);
        assertThat(admin.get(system).childText("IsEnabled")).isEqualTo("true");
    }
}
