package io.vcdsim.config;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The system settings parts under /api/admin/extension/settings, as vCD's settings.xsd shapes them. */
class SystemSettingsPartsTest {
    static final String BASE = "/api/admin/extension/settings";
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    static final String ADMIN = "application/vnd.vmware.admin.";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void login() {
        admin = Sim.admin(vcd.sim());
    }

    static String doc(String root, String body) {
        return "<vmext:" + root + " xmlns:vmext=\"" + VMEXT + "\" xmlns:vcloud=\"" + Http.NS + "\">" + body
                + "</vmext:" + root + ">";
    }

    static Http.Res put(Http who, String path, String media, String root, String body) {
        return who.put(BASE + "/" + path, ADMIN + media + "+xml", doc(root, body));
    }

    static List<String> names(Element parent) {
        List<String> out = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && VMEXT.equals(e.getNamespaceURI())) {
                out.add(e.getLocalName());
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"general,GeneralSettings,generalSettings,generalSettings",
        "email,EmailSettings,emailSettings,emailSettings",
        "passwordPolicy,SystemPasswordPolicySettings,systemPasswordPolicySettings,systemPasswordPolicySettings",
        "ldapSettings,LdapSettings,ldapSettings,ldapSettings", "catalog,CatalogSettings,catalogSettings,catalogSettings",
        "branding,BrandingSettings,brandingSettings,brandingSettings", "license,License,licenseSettings,licenseSettings",
        "lookupService,LookupServiceSettings,lookupServiceSettings,lookupServiceParams",
        "kerberosSettings,KerberosSettings,kerberosSettings,kerberosSettings"})
    void eachPartIsServedAtItsOwnUrlAsItsVmextElementAndMediaType(String path, String root, String media,
                                                                  String editMedia) {
        Http.Res res = admin.get(BASE + "/" + path);
        assertThat(res.status).as(res.body).isEqualTo(200);
        assertThat(res.contentType()).startsWith(ADMIN + media + "+xml");
        assertThat(res.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(res.root().getLocalName()).isEqualTo(root);
        assertThat(res.attr("href")).endsWith(BASE + "/" + path);
        assertThat(res.attr("type")).isEqualTo(ADMIN + media + "+xml");
        assertThat(res.link("edit", ADMIN + editMedia + "+xml")).isEqualTo(res.attr("href"));
    }

    @Test
    void systemSettingsEmbedsEveryPartInTheSchemaOrderWithDownLinks() {
        Http.Res all = admin.get(BASE);
        assertThat(names(all.root())).containsExactly("GeneralSettings", "NotificationsSettings", "LdapSettings",
                "AmqpSettings", "EmailSettings", "License", "BrandingSettings", "BlockingTaskSettings",
                "PasswordPolicySettings", "KerberosSettings", "LookupServiceSettings", "CatalogSettings");
        assertThat(all.link("down", ADMIN + "generalSettings+xml")).endsWith(BASE + "/general");
        assertThat(all.link("down", ADMIN + "systemPasswordPolicySettings+xml")).endsWith(BASE + "/passwordPolicy");
        assertThat(all.link("down", ADMIN + "ldapSettings+xml")).endsWith(BASE + "/ldapSettings");
        assertThat(all.link("down", ADMIN + "licenseSettings+xml")).endsWith(BASE + "/license");
        assertThat(all.link("down", ADMIN + "kerberosSettings+xml")).endsWith(BASE + "/kerberosSettings");
        assertThat(all.links("down", null)).isEmpty();
        assertThat(Http.Res.children(all.root(), VMEXT, "GeneralSettings").get(0).getAttribute("href"))
                .endsWith(BASE + "/general");
    }

    @Test
    void generalSettingsShowAFreshInstallsValuesInTheSchemaOrder() {
        Http.Res g = admin.get(BASE + "/general");
        List<String> order = names(g.root());
        assertThat(order.get(0)).isEqualTo("AbsoluteSessionTimeoutMinutes");
        assertThat(order).containsSubsequence("IpReservationTimeoutSeconds", "SyslogServerSettings", "LoginNameOnly",
                "SessionTimeoutMinutes", "TransferSessionTimeoutSeconds", "VcTruststoreType", "ElasticAllocationPool");
        assertThat(g.vmextText("ActivityLogKeepDays")).isEqualTo("90");
        assertThat(g.vmextText("VcTruststoreType")).isEqualTo("JCEKS");
        assertThat(order).doesNotContain("VcTruststorePassword", "VcTruststoreContents");
    }

    @Test
    void aPutChangesWhatItGivesAndLeavesTheRest() {
        Http.Res res = put(admin, "general", "generalSettings", "GeneralSettings",
                "<vmext:ActivityLogDisplayDays>45</vmext:ActivityLogDisplayDays>"
                        + "<vmext:SyslogServerSettings><vcloud:SyslogServerIp1>10.0.0.5</vcloud:SyslogServerIp1>"
                        + "</vmext:SyslogServerSettings><vmext:InstallationId>9</vmext:InstallationId>");
        assertThat(res.status).as(res.body).isEqualTo(200);
        Http.Res g = admin.get(BASE + "/general");
        assertThat(g.vmextText("ActivityLogDisplayDays")).isEqualTo("45");
        assertThat(g.vmextText("HostCheckDelayInSeconds")).isEqualTo("300");
        assertThat(g.vmextText("InstallationId")).as("read-only").isEqualTo("1");
        Element syslog = Http.Res.children(g.root(), VMEXT, "SyslogServerSettings").get(0);
        assertThat(Http.Res.children(syslog, Http.NS, "SyslogServerIp1").get(0).getTextContent()).isEqualTo("10.0.0.5");
    }

    @Test
    void secretsAreTakenButNeverShown() {
        assertThat(put(admin, "email", "emailSettings", "EmailSettings",
                "<vmext:SmtpSettings><vmext:UseAuthentication>true</vmext:UseAuthentication>"
                        + "<vmext:SmtpServerName>smtp.example.com</vmext:SmtpServerName>"
                        + "<vmext:SmtpServerPort>587</vmext:SmtpServerPort><vmext:UserName>mailer</vmext:UserName>"
                        + "<vmext:Password>s3cret-smtp</vmext:Password></vmext:SmtpSettings>").status).isEqualTo(200);
        assertThat(put(admin, "ldapSettings", "ldapSettings", "LdapSettings",
                "<vmext:HostName>ldap.example.com</vmext:HostName><vmext:Password>s3cret-ldap</vmext:Password>")
                .status).isEqualTo(200);
        assertThat(put(admin, "general", "generalSettings", "GeneralSettings",
                "<vmext:VcTruststorePassword>s3cret-store</vmext:VcTruststorePassword>"
                        + "<vmext:VcTruststoreContents>s3cret-contents</vmext:VcTruststoreContents>").status)
                .isEqualTo(200);
        Http.Res email = admin.get(BASE + "/email");
        Element smtp = Http.Res.children(email.root(), VMEXT, "SmtpSettings").get(0);
        assertThat(names(smtp)).containsExactly("UseAuthentication", "SmtpServerName", "SmtpServerPort", "ssl",
                "UserName");
        assertThat(admin.get(BASE + "/ldapSettings").vmextText("HostName")).isEqualTo("ldap.example.com");
        assertThat(admin.get(BASE).body).doesNotContain("s3cret").doesNotContain("Password>s");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "email|emailSettings|EmailSettings|<vmext:SmtpSettings><vmext:SmtpServerPort>0</vmext:SmtpServerPort></vmext:SmtpSettings>",
        "email|emailSettings|EmailSettings|<vmext:SmtpSettings><vmext:SmtpServerPort>65536</vmext:SmtpServerPort></vmext:SmtpSettings>",
        "ldapSettings|ldapSettings|LdapSettings|<vmext:Port>70000</vmext:Port>",
        "ldapSettings|ldapSettings|LdapSettings|<vmext:ConnectorType>NOVELL</vmext:ConnectorType>",
        "general|generalSettings|GeneralSettings|<vmext:SessionTimeoutMinutes>0</vmext:SessionTimeoutMinutes>",
        "general|generalSettings|GeneralSettings|<vmext:SessionTimeoutMinutes>abc</vmext:SessionTimeoutMinutes>",
        "general|generalSettings|GeneralSettings|<vmext:RestApiBaseUri>ftp://x</vmext:RestApiBaseUri>",
        "general|generalSettings|GeneralSettings|<vmext:SyncStartDate>tomorrow</vmext:SyncStartDate>",
        "general|generalSettings|GeneralSettings|<vmext:NoSuchSetting>1</vmext:NoSuchSetting>",
        "branding|brandingSettings|BrandingSettings|<vmext:SupportUrl>not a url</vmext:SupportUrl>",
        "license|licenseSettings|License|<vmext:SerialNumber>12345</vmext:SerialNumber>",
        "catalog|catalogSettings|CatalogSettings|<vmext:RefreshInterval>-1</vmext:RefreshInterval>",
        "passwordPolicy|systemPasswordPolicySettings|SystemPasswordPolicySettings|<vmext:InvalidLoginsBeforeLockout>0</vmext:InvalidLoginsBeforeLockout>"})
    void badValuesAreA400AndChangeNothing(String path, String media, String root, String body) {
        String before = admin.get(BASE + "/" + path).body;
        Http.Res res = put(admin, path, media, root, body);
        assertThat(res.status).as(res.body).isEqualTo(400);
        assertThat(res.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.get(BASE + "/" + path).body).isEqualTo(before);
    }

    @Test
    void anOverLongTextIsA400() {
        Http.Res res = put(admin, "branding", "brandingSettings", "BrandingSettings",
                "<vmext:CompanyName>" + "x".repeat(129) + "</vmext:CompanyName>");
        assertThat(res.status).isEqualTo(400);
        assertThat(res.root().getAttribute("message")).contains("CompanyName").contains("128");
    }

    @Test
    void aRefusedSystemSettingsPutChangesNoPartAtAll() {
        String before = admin.get(BASE).body;
        Http.Res res = admin.put(BASE, ADMIN + "systemSettings+xml", doc("SystemSettings",
                "<vmext:GeneralSettings><vmext:ActivityLogKeepDays>7</vmext:ActivityLogKeepDays></vmext:GeneralSettings>"
                        + "<vmext:NotificationsSettings><vmext:EnableNotifications>false</vmext:EnableNotifications>"
                        + "</vmext:NotificationsSettings><vmext:AmqpSettings><vmext:AmqpPort>99999</vmext:AmqpPort>"
                        + "</vmext:AmqpSettings><vmext:CatalogSettings><vmext:RefreshInterval>600"
                        + "</vmext:RefreshInterval></vmext:CatalogSettings>"));
        assertThat(res.status).as(res.body).isEqualTo(400);
        assertThat(admin.get(BASE).body).isEqualTo(before);
        Http.Res badPart = admin.put(BASE, ADMIN + "systemSettings+xml", doc("SystemSettings",
                "<vmext:NotificationsSettings><vmext:EnableNotifications>false</vmext:EnableNotifications>"
                        + "</vmext:NotificationsSettings><vmext:EmailSettings><vmext:SmtpSettings><vmext:SmtpServerPort>"
                        + "0</vmext:SmtpServerPort></vmext:SmtpSettings></vmext:EmailSettings>"));
        assertThat(badPart.status).isEqualTo(400);
        assertThat(admin.get(BASE).body).isEqualTo(before);
    }

    @Test
    void aSystemSettingsPutChangesThePartsItCarries() {
        Http.Res res = admin.put(BASE, ADMIN + "systemSettings+xml", doc("SystemSettings",
                "<vmext:BrandingSettings><vmext:CompanyName>Acme Cloud</vmext:CompanyName></vmext:BrandingSettings>"
                        + "<vmext:KerberosSettings allowLowerCaseRealms=\"true\"><vmext:Realm name=\"EXAMPLE.COM\" "
                        + "kdc=\"kdc.example.com\"><vmext:Domain>example.com</vmext:Domain></vmext:Realm>"
                        + "</vmext:KerberosSettings><vmext:AmqpSettings><vmext:AmqpPrefix>acme-cloud"
                        + "</vmext:AmqpPrefix></vmext:AmqpSettings><vmext:BlockingTaskSettings>"
                        + "<vmext:TimeoutInMilliseconds>123000</vmext:TimeoutInMilliseconds>"
                        + "</vmext:BlockingTaskSettings>"));
        assertThat(res.status).as(res.body).isEqualTo(200);
        assertThat(admin.get(BASE + "/branding").vmextText("CompanyName")).isEqualTo("Acme Cloud");
        // the parts kept by the notification publisher and the blocking tasks change with the others
        assertThat(admin.get(BASE + "/amqp").vmextText("AmqpPrefix")).isEqualTo("acme-cloud");
        assertThat(admin.get(BASE + "/blockingTask").vmextText("TimeoutInMilliseconds")).isEqualTo("123000");
        Http.Res k = admin.get(BASE + "/kerberosSettings");
        assertThat(k.attr("allowLowerCaseRealms")).isEqualTo("true");
        Element realm = Http.Res.children(k.root(), VMEXT, "Realm").get(0);
        assertThat(realm.getAttribute("kdc")).isEqualTo("kdc.example.com");
        assertThat(Http.Res.children(realm, VMEXT, "Domain").get(0).getTextContent()).isEqualTo("example.com");
    }

    @Test
    void theSystemPasswordPolicyIsTheSystemOrganizationsLockout() {
        Http.Res res = put(admin, "passwordPolicy", "systemPasswordPolicySettings", "SystemPasswordPolicySettings",
                "<vmext:AccountLockoutEnabled>true</vmext:AccountLockoutEnabled>"
                        + "<vmext:InvalidLoginsBeforeLockout>7</vmext:InvalidLoginsBeforeLockout>"
                        + "<vmext:AccountLockoutIntervalMinutes>3</vmext:AccountLockoutIntervalMinutes>");
        assertThat(res.status).as(res.body).isEqualTo(200);
        String systemOrg = admin.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        Http.Res orgPolicy = admin.get(systemOrg + "/settings/passwordPolicy");
        assertThat(orgPolicy.childText("AccountLockoutEnabled")).isEqualTo("true");
        assertThat(orgPolicy.childText("InvalidLoginsBeforeLockout")).isEqualTo("7");
        assertThat(orgPolicy.childText("AccountLockoutIntervalMinutes")).isEqualTo("3");
        put(admin, "passwordPolicy", "systemPasswordPolicySettings", "SystemPasswordPolicySettings",
                "<vmext:AccountLockoutEnabled>false</vmext:AccountLockoutEnabled>");
    }

    @Test
    void theSystemPasswordPolicyLocksASystemUserOutAfterFailedLogins() {
        put(admin, "passwordPolicy", "systemPasswordPolicySettings", "SystemPasswordPolicySettings",
                "<vmext:AccountLockoutEnabled>true</vmext:AccountLockoutEnabled>"
                        + "<vmext:InvalidLoginsBeforeLockout>2</vmext:InvalidLoginsBeforeLockout>");
        String name = "sys-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String role = admin.get("/api/query?type=role&format=records&filter=name==System%20Administrator")
                .children("RoleRecord").get(0).getAttribute("href");
        String org = admin.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        assertThat(admin.post(org + "/users", "application/vnd.vmware.admin.user+xml", "<User xmlns=\"" + Http.NS
                + "\" name=\"" + name + "\"><IsEnabled>true</IsEnabled><Role href=\"" + role
                + "\"/><Password>pass-word-1</Password></User>").status).isEqualTo(201);
        Http client = new Http(vcd.httpUrl());
        for (int i = 0; i < 2; i++) {
            assertThat(client.loginRaw(name, "System", "wrong", "/sessions/provider").status).isEqualTo(401);
        }
        Http.Res locked = client.loginRaw(name, "System", "pass-word-1", "/sessions/provider");
        put(admin, "passwordPolicy", "systemPasswordPolicySettings", "SystemPasswordPolicySettings",
                "<vmext:AccountLockoutEnabled>false</vmext:AccountLockoutEnabled>");
        assertThat(locked.status).isEqualTo(401);
        assertThat(locked.body).contains("locked");
    }

    @Test
    void savedStatesCarryTheSettingsAndAnAbsentSecretStays() throws Exception {
        try (VcdSim own = Sim.start(Config.forTests(Sim.tempDir()))) {
            Http a = Sim.admin(own);
            put(a, "email", "emailSettings", "EmailSettings",
                    "<vmext:SmtpSettings><vmext:Password>kept-secret</vmext:Password></vmext:SmtpSettings>");
            put(a, "email", "emailSettings", "EmailSettings",
                    "<vmext:SmtpSettings><vmext:SmtpServerName>mail.example.com</vmext:SmtpServerName>"
                            + "</vmext:SmtpSettings>");
            Http.Res saved = a.get("/api/vcdsim/state");
            assertThat(saved.body).as("the stored document keeps the password a later PUT left out")
                    .contains("kept-secret").contains("mail.example.com");
            put(a, "branding", "brandingSettings", "BrandingSettings", "<vmext:CompanyName>Changed</vmext:CompanyName>");
            assertThat(a.put("/api/vcdsim/state", "application/json", saved.body).status).isLessThan(300);
            Http again = Sim.admin(own);
            assertThat(again.get(BASE + "/branding").vmextText("CompanyName")).isEqualTo("VMware vCloud Director");
            Element smtp = Http.Res.children(again.get(BASE + "/email").root(), VMEXT, "SmtpSettings").get(0);
            assertThat(Http.Res.children(smtp, VMEXT, "SmtpServerName").get(0).getTextContent())
                    .isEqualTo("mail.example.com");
        }
    }

    @Test
    void theSessionTimeoutIsTheOneSessionsObey() {
        assertThat(put(admin, "general", "generalSettings", "GeneralSettings",
                "<vmext:SessionTimeoutMinutes>17</vmext:SessionTimeoutMinutes>").status).isEqualTo(200);
        Http fresh = Sim.admin(vcd.sim());
        Http.Res session = fresh.send(fresh.cloud("/cloudapi/1.0.0/sessions/current"));
        assertThat(session.json().get("sessionIdleTimeoutMinutes").asInt()).isEqualTo(17);
    }

    @Test
    void onlySystemAdministratorsReadOrChangeSettings() {
        Http tenant = Sim.tenant(vcd.sim());
        assertThat(tenant.get(BASE + "/general").status).isEqualTo(403);
        assertThat(tenant.get(BASE).status).isEqualTo(403);
        Http.Res refused = put(tenant, "branding", "brandingSettings", "BrandingSettings",
                "<vmext:CompanyName>Mine</vmext:CompanyName>");
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(admin.get(BASE + "/branding").vmextText("CompanyName")).isNotEqualTo("Mine");
    }

    @Test
    void aPartIsWrittenAsJson() {
        Http.Res ok = admin.put(BASE + "/catalog", ADMIN + "catalogSettings+json", "{\"refreshInterval\": 7200}");
        assertThat(ok.status).as(ok.body).isEqualTo(200);
        assertThat(admin.get(BASE + "/catalog").vmextText("RefreshInterval")).isEqualTo("7200");
        Http.Res bad = admin.put(BASE + "/catalog", ADMIN + "catalogSettings+json", "{\"refreshInterval\": \"soon\"}");
        assertThat(bad.status).isEqualTo(400);
        Http.Res nullItem = admin.put(BASE + "/kerberosSettings", ADMIN + "kerberosSettings+json", "{\"realm\": [null]}");
        assertThat(nullItem.status).as(nullItem.body).isEqualTo(400);
        assertThat(admin.get(BASE + "/catalog").vmextText("RefreshInterval")).isEqualTo("7200");
    }

    @Test
    void aPartReadsAsJson() {
        Http.Res res = admin.send(admin.request(BASE + "/catalog").setHeader("Accept",
                ADMIN + "catalogSettings+json;version=36.0"));
        assertThat(res.status).as(res.body).isEqualTo(200);
        assertThat(res.contentType()).startsWith(ADMIN + "catalogSettings+json");
        assertThat(res.json().get("refreshInterval").asInt()).isPositive();
        Http.Res all = admin.send(admin.request(BASE).setHeader("Accept", ADMIN + "systemSettings+json;version=36.0"));
        assertThat(all.status).as(all.body).isEqualTo(200);
        assertThat(all.json().get("generalSettings").get("sessionTimeoutMinutes").asInt()).isPositive();
        assertThat(all.json().get("emailSettings").get("smtpSettings").has("password")).isFalse();
    }

    @Test
    void valuesSurviveARestartAndAResetBringsBackTheDefaults() throws Exception {
        Path own = Sim.tempDir();
        Config config = Config.forTests(own);
        try (VcdSim first = Sim.start(config)) {
            Http a = Sim.admin(first);
            assertThat(put(a, "catalog", "catalogSettings", "CatalogSettings",
                    "<vmext:RefreshInterval>3600</vmext:RefreshInterval>").status).isEqualTo(200);
            assertThat(put(a, "passwordPolicy", "systemPasswordPolicySettings", "SystemPasswordPolicySettings",
                    "<vmext:AdminAccountLockoutEnabled>true</vmext:AdminAccountLockoutEnabled>").status).isEqualTo(200);
        }
        try (VcdSim second = Sim.start(config)) {
            Http a = Sim.admin(second);
            assertThat(a.get(BASE + "/catalog").vmextText("RefreshInterval")).isEqualTo("3600");
            assertThat(a.get(BASE + "/passwordPolicy").vmextText("AdminAccountLockoutEnabled")).isEqualTo("true");
            assertThat(a.post("/api/vcdsim/reset", null, null).status).isLessThan(300);
            Http again = Sim.admin(second);
            assertThat(again.get(BASE + "/catalog").vmextText("RefreshInterval")).isEqualTo("86400");
            assertThat(again.get(BASE + "/passwordPolicy").vmextText("AdminAccountLockoutEnabled")).isEqualTo("false");
        }
    }
}
