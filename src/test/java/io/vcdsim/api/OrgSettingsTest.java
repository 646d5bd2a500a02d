package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An org's general and lease settings, sent and read back as terraform's vcd_org does through go-vcloud-director. */
class OrgSettingsTest {
    static final String ADMIN_ORG = "application/vnd.vmware.admin.organization+xml";
    static final String LEASE = "application/vnd.vmware.admin.vAppLeaseSettings+xml";
    static final String GENERAL = "application/vnd.vmware.admin.organizationGeneralSettings+xml";
    static final String LDAP = "application/vnd.vmware.admin.organizationldapsettings+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    /** The AdminOrg go-vcloud-director's CreateOrg posts for vcd_org with leases and quotas. */
    static String orgWithSettings(String name, int deploymentLease) {
        return "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description>tf</Description>"
                + "<FullName>" + name + "</FullName><IsEnabled>true</IsEnabled><Settings>"
                + "<OrgGeneralSettings><CanPublishCatalogs>true</CanPublishCatalogs><DeployedVMQuota>10"
                + "</DeployedVMQuota><StoredVmQuota>20</StoredVmQuota><UseServerBootSequence>false"
                + "</UseServerBootSequence><DelayAfterPowerOnSeconds>5</DelayAfterPowerOnSeconds>"
                + "</OrgGeneralSettings><VAppLeaseSettings><DeleteOnStorageLeaseExpiration>true"
                + "</DeleteOnStorageLeaseExpiration><DeploymentLeaseSeconds>" + deploymentLease
                + "</DeploymentLeaseSeconds><StorageLeaseSeconds>0</StorageLeaseSeconds>"
                + "<PowerOffOnRuntimeLeaseExpiration>true</PowerOffOnRuntimeLeaseExpiration></VAppLeaseSettings>"
                + "<VAppTemplateLeaseSettings><DeleteOnStorageLeaseExpiration>false</DeleteOnStorageLeaseExpiration>"
                + "<StorageLeaseSeconds>86400</StorageLeaseSeconds></VAppTemplateLeaseSettings>"
                // go-vcloud-director sends its LDAP settings too; vcdsim takes them and does not keep them
                + "<OrgLdapSettings><OrgLdapMode>NONE</OrgLdapMode></OrgLdapSettings></Settings></AdminOrg>";
    }

    static String text(Element parent, String section, String field) {
        Element s = (Element) parent.getElementsByTagNameNS(Http.NS, section).item(0);
        return s.getElementsByTagNameNS(Http.NS, field).item(0).getTextContent();
    }

    @Test
    void settingsSentOnCreateAreReadBackAndKeptOnUpdate() {
        String name = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = admin.post("/api/admin/orgs", ADMIN_ORG, orgWithSettings(name, 7200));
        assertThat(created.status).as(created.body).isEqualTo(201);
        String href = created.attr("href");
        Element settings = admin.get(href).child("Settings");
        assertThat(text(settings, "OrgGeneralSettings", "CanPublishCatalogs")).isEqualTo("true");
        assertThat(text(settings, "OrgGeneralSettings", "DeployedVMQuota")).isEqualTo("10");
        assertThat(text(settings, "OrgGeneralSettings", "StoredVmQuota")).isEqualTo("20");
        assertThat(text(settings, "OrgGeneralSettings", "DelayAfterPowerOnSeconds")).isEqualTo("5");
        assertThat(text(settings, "VAppLeaseSettings", "DeploymentLeaseSeconds")).isEqualTo("7200");
        assertThat(text(settings, "VAppLeaseSettings", "StorageLeaseSeconds")).isEqualTo("0");
        assertThat(text(settings, "VAppLeaseSettings", "PowerOffOnRuntimeLeaseExpiration")).isEqualTo("true");
        assertThat(text(settings, "VAppTemplateLeaseSettings", "StorageLeaseSeconds")).isEqualTo("86400");

        // adminOrg.Update(): the whole document back, one lease changed
        String doc = admin.get(href).body.replace("<DeploymentLeaseSeconds>7200</DeploymentLeaseSeconds>",
                "<DeploymentLeaseSeconds>14400</DeploymentLeaseSeconds>");
        assertThat(admin.put(href, ADMIN_ORG, doc).status).isEqualTo(200);
        Element after = admin.get(href).child("Settings");
        assertThat(text(after, "VAppLeaseSettings", "DeploymentLeaseSeconds")).isEqualTo("14400");
        assertThat(text(after, "OrgGeneralSettings", "StoredVmQuota")).isEqualTo("20");

        // each section is a document of its own
        String lease = admin.get(href + "/settings/vAppLeaseSettings").link("edit", LEASE);
        Http.Res put = admin.put(lease, LEASE, "<VAppLeaseSettings xmlns=\"" + Http.NS + "\"><StorageLeaseSeconds>"
                + "172800</StorageLeaseSeconds></VAppLeaseSettings>");
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(put.childText("StorageLeaseSeconds")).isEqualTo("172800");
        assertThat(put.childText("DeploymentLeaseSeconds")).as("absent values stay").isEqualTo("14400");
        Http.Res general = admin.get(href + "/settings/general");
        assertThat(general.root().getLocalName()).isEqualTo("OrgGeneralSettings");
        assertThat(general.childText("DeployedVMQuota")).isEqualTo("10");
    }

    /** go-vcloud-director's AdminOrg.Update leaves out every false and 0: a PUT replaces, so they are false and 0. */
    @Test
    void whatAnUpdateLeavesOutIsFalseOrZero() {
        String name = "omit-" + UUID.randomUUID().toString().substring(0, 8);
        String href = admin.post("/api/admin/orgs", ADMIN_ORG, orgWithSettings(name, 7200)).attr("href");
        Http.Res put = admin.put(href, ADMIN_ORG, "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"" + name + "\">"
                + "<FullName>" + name + "</FullName><Settings><OrgGeneralSettings><StoredVmQuota>20</StoredVmQuota>"
                + "</OrgGeneralSettings></Settings></AdminOrg>");
        assertThat(put.status).as(put.body).isEqualTo(200);
        Http.Res now = admin.get(href);
        assertThat(now.childText("IsEnabled")).isEqualTo("false");
        Element settings = now.child("Settings");
        assertThat(text(settings, "OrgGeneralSettings", "CanPublishCatalogs")).isEqualTo("false");
        assertThat(text(settings, "OrgGeneralSettings", "DeployedVMQuota")).isEqualTo("0");
        assertThat(text(settings, "OrgGeneralSettings", "StoredVmQuota")).isEqualTo("20");
        assertThat(text(settings, "VAppLeaseSettings", "DeploymentLeaseSeconds")).as("a section not sent stays")
                .isEqualTo("7200");
    }

    @Test
    void anOrgStartsWithVcdsDefaultLeasesAndItsPasswordPolicy() {
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        Element settings = tenant.get(acme).child("Settings");
        assertThat(text(settings, "VAppLeaseSettings", "DeploymentLeaseSeconds")).isEqualTo("604800");
        assertThat(text(settings, "VAppLeaseSettings", "StorageLeaseSeconds")).isEqualTo("2592000");
        assertThat(text(settings, "VAppTemplateLeaseSettings", "StorageLeaseSeconds")).isEqualTo("7776000");
        assertThat(text(settings, "OrgPasswordPolicySettings", "AccountLockoutEnabled")).isEqualTo("false");
    }

    /** terraform's vcd_org update dereferences the section; go-vcloud-director's GetLdapConfiguration reads its href. */
    @Test
    void anOrgsLdapModeIsNoneAtItsOwnHrefAndWhatIsSentBackIsTaken() {
        String name = "ldap-" + UUID.randomUUID().toString().substring(0, 8);
        String href = admin.post("/api/admin/orgs", ADMIN_ORG, orgWithSettings(name, 7200)).attr("href");
        Element ldap = (Element) admin.get(href).child("Settings").getElementsByTagNameNS(Http.NS, "OrgLdapSettings")
                .item(0);
        assertThat(ldap.getAttribute("href")).isEqualTo(href + "/settings/ldap");
        assertThat(ldap.getAttribute("type")).isEqualTo(LDAP);
        Http.Res alone = admin.send(admin.request(href + "/settings/ldap").header("Content-Type", LDAP).GET());
        assertThat(alone.status).as(alone.body).isEqualTo(200);
        assertThat(alone.root().getLocalName()).isEqualTo("OrgLdapSettings");
        assertThat(alone.childText("OrgLdapMode")).isEqualTo("NONE");
        assertThat(alone.links("edit", LDAP)).as("vcdsim keeps no LDAP to edit").isEmpty();

        String custom = admin.get(href).body.replace("<OrgLdapMode>NONE</OrgLdapMode>", "<OrgLdapMode>CUSTOM"
                + "</OrgLdapMode><CustomOrgLdapSettings><HostName>ldap.example</HostName></CustomOrgLdapSettings>");
        assertThat(admin.put(href, ADMIN_ORG, custom).status).isEqualTo(200);
        assertThat(text(admin.get(href).child("Settings"), "OrgLdapSettings", "OrgLdapMode")).isEqualTo("NONE");
        assertThat(tenant.get(href + "/settings/ldap").status).isEqualTo(403);
        assertThat(admin.get(href.replace(href.substring(href.lastIndexOf('/') + 1), UUID.randomUUID().toString())
                + "/settings/ldap").status).isEqualTo(403);
    }

    @Test
    void aSettingOutOfRangeChangesNothingAtAll() {
        String name = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res refused = admin.post("/api/admin/orgs", ADMIN_ORG, orgWithSettings(name, -60));
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.attr("message")).contains("DeploymentLeaseSeconds");
        assertThat(admin.get("/api/query?type=organization&filter=name==" + name).children("OrgRecord")).isEmpty();

        // a short lease is no error (go-vcloud-director's tests set 10 seconds)
        String href = admin.post("/api/admin/orgs", ADMIN_ORG, orgWithSettings(name, 10)).attr("href");
        String doc = admin.get(href).body.replace("<StoredVmQuota>20</StoredVmQuota>",
                "<StoredVmQuota>-1</StoredVmQuota>").replace("<FullName>" + name, "<FullName>renamed");
        Http.Res bad = admin.put(href, ADMIN_ORG, doc);
        assertThat(bad.status).isEqualTo(400);
        Http.Res now = admin.get(href);
        assertThat(now.childText("FullName")).isEqualTo(name);
        assertThat(text(now.child("Settings"), "OrgGeneralSettings", "StoredVmQuota")).isEqualTo("20");
        assertThat(admin.put(href + "/settings/general", GENERAL, "<OrgGeneralSettings xmlns=\"" + Http.NS
                + "\"><DelayAfterPowerOnSeconds>-5</DelayAfterPowerOnSeconds></OrgGeneralSettings>").status)
                .isEqualTo(400);
        // another org's settings are not a tenant's to read
        assertThat(tenant.get(href + "/settings").status).isEqualTo(403);
    }
}
