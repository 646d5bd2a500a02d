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

/**
 * An org's LDAP settings ({@code /api/admin/org/{id}/settings/ldap}), as go-vcloud-director's LdapConfigure,
 * GetLdapConfiguration and LdapDisable (terraform's vcd_org_ldap) send and read them.
 */
class OrgLdapSettingsTest {
    static final String LDAP = "application/vnd.vmware.admin.organizationldapsettings+xml";
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

    /** A new org of its own, so that tests do not see each other's settings: its admin href. */
    static String newOrg() {
        String name = "ldap-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = admin.post("/api/admin/orgs", ADMIN_ORG, "<AdminOrg xmlns=\"" + Http.NS + "\" name=\""
                + name + "\"><FullName>" + name + "</FullName><IsEnabled>true</IsEnabled><Settings/></AdminOrg>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created.attr("href");
    }

    static String acme() {
        return tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
    }

    /** What go-vcloud-director's Test_LDAP_Configuration sends, with this port. */
    static String custom(int port, String password) {
        return "<OrgLdapSettings xmlns=\"" + Http.NS + "\"><OrgLdapMode>CUSTOM</OrgLdapMode><CustomOrgLdapSettings>"
                + "<HostName>1.1.1.1</HostName><Port>" + port + "</Port><SearchBase>dc=planetexpress,dc=com"
                + "</SearchBase><UserName>cn=admin,dc=planetexpress,dc=com</UserName>"
                + (password == null ? "" : "<Password>" + password + "</Password>")
                + "<AuthenticationMechanism>SIMPLE</AuthenticationMechanism>"
                + "<IsGroupSearchBaseEnabled>false</IsGroupSearchBaseEnabled><ConnectorType>OPEN_LDAP</ConnectorType>"
                + "<UserAttributes><ObjectClass>inetOrgPerson</ObjectClass><ObjectIdentifier>uid</ObjectIdentifier>"
                + "<UserName>uid</UserName><Email>mail</Email><FullName>cn</FullName><GivenName>givenName</GivenName>"
                + "<Surname>sn</Surname><Telephone>telephoneNumber</Telephone><GroupMembershipIdentifier>dn"
                + "</GroupMembershipIdentifier></UserAttributes><GroupAttributes><ObjectClass>group</ObjectClass>"
                + "<ObjectIdentifier>cn</ObjectIdentifier><GroupName>cn</GroupName><Membership>member</Membership>"
                + "<MembershipIdentifier>dn</MembershipIdentifier></GroupAttributes>"
                + "<UseExternalKerberos>false</UseExternalKerberos></CustomOrgLdapSettings></OrgLdapSettings>";
    }

    static String mode(String mode, String usersOu) {
        return "<OrgLdapSettings xmlns=\"" + Http.NS + "\"><OrgLdapMode>" + mode + "</OrgLdapMode>"
                + (usersOu == null ? "" : "<CustomUsersOu>" + usersOu + "</CustomUsersOu>") + "</OrgLdapSettings>";
    }

    static Element section(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(Http.NS, name).item(0);
    }

    @Test
    void aNewOrgHasNoneShownInItsSettingsWithTheirLinks() {
        String org = newOrg();
        Http.Res adminOrg = admin.get(org);
        Element settings = adminOrg.child("Settings");
        Element ldap = section(settings, "OrgLdapSettings");
        assertThat(section(ldap, "OrgLdapMode").getTextContent()).isEqualTo("NONE");
        assertThat(ldap.getAttribute("href")).isEqualTo(org + "/settings/ldap");
        String down = Http.Res.children(settings, "Link").stream()
                .filter(l -> l.getAttribute("rel").equals("down") && l.getAttribute("type").equals(LDAP))
                .map(l -> l.getAttribute("href")).findFirst().orElseThrow();
        Http.Res doc = admin.get(down);
        assertThat(doc.status).isEqualTo(200);
        assertThat(doc.root().getLocalName()).isEqualTo("OrgLdapSettings");
        assertThat(doc.childText("OrgLdapMode")).isEqualTo("NONE");
        assertThat(doc.link("edit", LDAP)).isEqualTo(org + "/settings/ldap");
    }

    @Test
    void customSettingsAreKeptAsSentAndThePasswordIsNeverShown() {
        String org = newOrg();
        Http.Res put = admin.put(org + "/settings/ldap", LDAP, custom(389, "GoodNewsEveryone"));
        assertThat(put.status).as(put.body).isEqualTo(200);
        Http.Res got = admin.get(org + "/settings/ldap");
        assertThat(got.childText("OrgLdapMode")).isEqualTo("CUSTOM");
        Element c = got.child("CustomOrgLdapSettings");
        assertThat(section(c, "HostName").getTextContent()).isEqualTo("1.1.1.1");
        assertThat(section(c, "Port").getTextContent()).isEqualTo("389");
        assertThat(section(c, "UserName").getTextContent()).isEqualTo("cn=admin,dc=planetexpress,dc=com");
        assertThat(section(c, "ConnectorType").getTextContent()).isEqualTo("OPEN_LDAP");
        Element users = section(c, "UserAttributes");
        assertThat(section(users, "Telephone").getTextContent()).isEqualTo("telephoneNumber");
        assertThat(section(users, "GroupBackLinkIdentifier")).as("not sent, not made up").isNull();
        assertThat(section(section(c, "GroupAttributes"), "Membership").getTextContent()).isEqualTo("member");
        assertThat(got.body).doesNotContain("GoodNewsEveryone").doesNotContain("<Password");
        assertThat(admin.get(org).body).doesNotContain("GoodNewsEveryone");
    }

    @Test
    void systemModeKeepsItsUsersOuAndNoneClearsEverything() {
        String org = newOrg();
        assertThat(admin.put(org + "/settings/ldap", LDAP, custom(636, "secret")).status).isEqualTo(200);
        Http.Res system = admin.put(org + "/settings/ldap", LDAP, mode("SYSTEM", "ou=Foo,dc=domain,dc=local base DN"));
        assertThat(system.status).as(system.body).isEqualTo(200);
        assertThat(system.childText("CustomUsersOu")).isEqualTo("ou=Foo,dc=domain,dc=local base DN");
        assertThat(system.child("CustomOrgLdapSettings")).as("the custom directory went with its mode").isNull();
        Http.Res none = admin.put(org + "/settings/ldap", LDAP, mode("NONE", null));
        assertThat(none.status).isEqualTo(200);
        Http.Res got = admin.get(org + "/settings/ldap");
        assertThat(got.childText("OrgLdapMode")).isEqualTo("NONE");
        assertThat(got.child("CustomUsersOu")).isNull();
    }

    @Test
    void theAdminOrgsSettingsCarryLdapSettingsBothWays() {
        String org = newOrg();
        String doc = admin.get(org).body.replace("<OrgLdapMode>NONE</OrgLdapMode>",
                "<OrgLdapMode>SYSTEM</OrgLdapMode><CustomUsersOu>ou=tenants</CustomUsersOu>");
        Http.Res put = admin.put(org, ADMIN_ORG, doc);
        assertThat(put.status).as(put.body).isEqualTo(200);
        Http.Res got = admin.get(org + "/settings/ldap");
        assertThat(got.childText("OrgLdapMode")).isEqualTo("SYSTEM");
        assertThat(got.childText("CustomUsersOu")).isEqualTo("ou=tenants");
    }

    @Test
    void settingsAreReadInJsonToo() {
        String org = newOrg();
        admin.put(org + "/settings/ldap", LDAP, custom(389, "pw"));
        Http.Res json = admin.send(admin.request(org + "/settings/ldap")
                .setHeader("Accept", "application/*+json;version=38.0").GET());
        assertThat(json.status).isEqualTo(200);
        assertThat(json.json().path("orgLdapMode").asText()).isEqualTo("CUSTOM");
        assertThat(json.json().path("customOrgLdapSettings").path("port").asInt()).isEqualTo(389);
        assertThat(json.json().path("customOrgLdapSettings").has("password")).isFalse();
    }

    @Test
    void wrongSettingsAreRefusedWholeAndChangeNothing() {
        String org = newOrg();
        assertThat(admin.put(org + "/settings/ldap", LDAP, mode("SYSTEM", "ou=kept")).status).isEqualTo(200);
        String longBase = "dc=" + "x".repeat(1030);
        for (String bad : new String[]{
            mode("SOMETIMES", null),
            "<OrgLdapSettings xmlns=\"" + Http.NS + "\"/>",
            custom(0, "pw"),
            custom(65536, "pw"),
            custom(389, "pw").replace("SIMPLE", "GUESS"),
            custom(389, "pw").replace("OPEN_LDAP", "NIS"),
            custom(389, "pw").replace("<HostName>1.1.1.1</HostName>", ""),
            custom(389, "pw").replace("dc=planetexpress,dc=com</SearchBase>", longBase + "</SearchBase>"),
            mode("SYSTEM", "ou=" + "y".repeat(1030))}) {
            Http.Res r = admin.put(org + "/settings/ldap", LDAP, bad);
            assertThat(r.status).as(bad + " -> " + r.body).isEqualTo(400);
            assertThat(r.attr("minorErrorCode")).isEqualTo("BAD_REQUEST");
        }
        Http.Res got = admin.get(org + "/settings/ldap");
        assertThat(got.childText("OrgLdapMode")).isEqualTo("SYSTEM");
        assertThat(got.childText("CustomUsersOu")).isEqualTo("ou=kept");
    }

    @Test
    void anOrgAdministratorChangesItsOwnOrgsOnly() {
        String acme = acme();
        Http.Res own = tenant.put(acme + "/settings/ldap", LDAP, mode("NONE", null));
        assertThat(own.status).as(own.body).isEqualTo(200);
        assertThat(own.link("edit", LDAP)).isNotNull();
        String other = newOrg();
        assertThat(tenant.get(other + "/settings/ldap").status).isEqualTo(403);
        assertThat(tenant.put(other + "/settings/ldap", LDAP, mode("NONE", null)).status).isEqualTo(403);
        Http.Res vAppUser = Sim.userWithRole(tenant, vcd.sim().httpUrl(), "vApp User").get(acme + "/settings/ldap");
        assertThat(vAppUser.status).as("reading an org's LDAP settings is an administrator's").isEqualTo(403);
    }

    @Test
    void noSuchOrgIsForbidden() {
        Http.Res r = admin.get("/api/admin/org/" + UUID.randomUUID() + "/settings/ldap");
        assertThat(r.status).isEqualTo(403);
    }
}
