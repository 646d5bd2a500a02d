package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An org's SAML federation settings and service provider metadata, as go-vcloud-director's GetFederationSettings,
 * SetFederationSettings (JSON) and GetServiceProviderSamlMetadata (terraform's vcd_org_saml) use them.
 */
class OrgFederationTest {
    static final String XML = "application/vnd.vmware.admin.organizationFederationSettings+xml";
    static final String JSON = "application/vnd.vmware.admin.organizationFederationSettings+json";
    static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    /** The federation settings' href, found as go-vcloud-director finds it: a down link of the org's settings. */
    static String federation(Http who, String org, String type) {
        Element settings = who.get(org).child("Settings");
        return Http.Res.children(settings, "Link").stream()
                .filter(l -> l.getAttribute("rel").equals("down") && l.getAttribute("type").equals(type))
                .map(l -> l.getAttribute("href")).findFirst().orElseThrow();
    }

    /** SetFederationSettings: a JSON PUT answered in JSON. */
    static Http.Res putJson(Http who, String href, String json) {
        return who.send(who.request(href).setHeader("Accept", "application/*+json;version=38.0")
                .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String settingsJson(String metadata, boolean enabled, String entityId) {
        return "{\"samlMetadata\":" + quoted(metadata) + ",\"enabled\":" + enabled + ",\"certificateExpiration\":\"\","
                + "\"samlSPEntityId\":" + quoted(entityId) + ",\"samlAttributeMapping\":{\"emailAttributeName\":"
                + "\"email\",\"userNameAttributeName\":\"uname\",\"roleAttributeName\":\"role\"},"
                + "\"signingCertLibraryItemId\":\"\",\"encryptionCertLibraryItemID\":\"\"}";
    }

    static String quoted(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String newOrg() {
        String name = "saml-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml",
                "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><FullName>" + name
                        + "</FullName><IsEnabled>true</IsEnabled><Settings/></AdminOrg>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created.attr("href");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The service provider metadata, read without a session as an identity provider reads it. */
    static Http.Res spMetadata(String href) {
        return new Http(vcd.sim().httpUrl()).get(href);
    }

    @Test
    void aNewOrgsSettingsAreReachedByDownLinksAndHaveSamlDisabled() {
        String org = newOrg();
        String xmlHref = federation(admin, org, XML);
        assertThat(federation(admin, org, JSON)).isEqualTo(xmlHref);
        Http.Res got = admin.get(xmlHref);
        assertThat(got.status).isEqualTo(200);
        assertThat(got.root().getLocalName()).isEqualTo("OrgFederationSettings");
        assertThat(got.childText("Enabled")).isEqualTo("false");
        assertThat(got.childText("SAMLMetadata")).isEmpty();
        assertThat(got.childText("SamlSPEntityId")).isEmpty();
        assertThat(got.childText("CertificateExpiration")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(got.link("edit", JSON)).isEqualTo(xmlHref);
        assertThat(got.link("down", "application/samlmetadata+xml")).endsWith("/saml/metadata/alias/vcd");
    }

    @Test
    void theServiceProviderMetadataIsPublicSaml20WithTheOrgsCertificate() throws Exception {
        String org = newOrg();
        String href = admin.get(federation(admin, org, XML)).link("down", "application/samlmetadata+xml");
        Http.Res md = spMetadata(href);
        assertThat(md.status).as(md.body).isEqualTo(200);
        assertThat(md.contentType()).startsWith("application/samlmetadata+xml");
        Element root = parse(md.body).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(MD);
        assertThat(root.getLocalName()).isEqualTo("EntityDescriptor");
        assertThat(root.getAttribute("entityID")).as("no entity id set: the metadata's URL").isEqualTo(href);
        assertThat(md.body).contains("xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"")
                .contains("xmlns:hoksso=\"urn:oasis:names:tc:SAML:2.0:profiles:holder-of-key:SSO:browser\"");
        Element sp = (Element) root.getElementsByTagNameNS(MD, "SPSSODescriptor").item(0);
        assertThat(sp.getElementsByTagNameNS(MD, "AssertionConsumerService").getLength()).isEqualTo(2);
        String cert = root.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate").item(0)
                .getTextContent();
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(cert)));
        assertThat(x509.getSubjectX500Principal().getName()).contains("CN=" + admin.get(org).attr("name"));
        assertThat(spMetadata(href).body).as("one certificate per org, kept").contains(cert);
    }

    @Test
    void settingsPutInJsonAreReadBackInXml() throws Exception {
        String org = newOrg();
        String href = federation(admin, org, JSON);
        String metadata = spMetadata(admin.get(href).link("down", "application/samlmetadata+xml")).body;
        Http.Res put = putJson(admin, href, settingsJson(metadata, true, "dummyId"));
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(put.json().path("enabled").asBoolean()).isTrue();
        assertThat(put.json().path("samlSPEntityId").asText()).isEqualTo("dummyId");
        Http.Res got = admin.get(federation(admin, org, XML));
        assertThat(got.childText("Enabled")).isEqualTo("true");
        assertThat(got.childText("SamlSPEntityId")).isEqualTo("dummyId");
        assertThat(got.childText("SAMLMetadata")).isEqualTo(metadata);
        Element mapping = got.child("SamlAttributeMapping");
        assertThat(mapping.getElementsByTagNameNS(Http.NS, "UserNameAttributeName").item(0).getTextContent())
                .isEqualTo("uname");
        String entityId = parse(spMetadata(got.link("down", "application/samlmetadata+xml")).body)
                .getDocumentElement().getAttribute("entityID");
        assertThat(entityId).isEqualTo("dummyId");
    }

    @Test
    void unsettingKeepsTheEntityIdOnceSet() {
        String org = newOrg();
        String href = federation(admin, org, JSON);
        String metadata = spMetadata(admin.get(href).link("down", "application/samlmetadata+xml")).body;
        assertThat(putJson(admin, href, settingsJson(metadata, true, "kept-id")).status).isEqualTo(200);
        Http.Res unset = putJson(admin, href, settingsJson("", false, ""));
        assertThat(unset.status).as(unset.body).isEqualTo(200);
        Http.Res got = admin.get(federation(admin, org, XML));
        assertThat(got.childText("Enabled")).isEqualTo("false");
        assertThat(got.childText("SAMLMetadata")).isEmpty();
        assertThat(got.childText("SamlSPEntityId")).isEqualTo("kept-id");
    }

    @Test
    void metadataThatIsNotSaml20MetadataIsRefusedAndChangesNothing() {
        String org = newOrg();
        String href = federation(admin, org, JSON);
        String bare = "<EntityDescriptor ID=\"x\" entityID=\"y\"><SPSSODescriptor/></EntityDescriptor>";
        String[] refused = {
            settingsJson(bare, true, "a"), // go-vcloud-director's metadata before its namespaces are added
            settingsJson("<md:EntityDescriptor xmlns:md=\"" + MD + "\">", true, "a"),
            settingsJson("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", true, "a"),
            settingsJson("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", true, "a"),
            settingsJson("<md:EntityDescriptor xmlns:md=\"" + MD + "\" entityID=\"" + "z".repeat(200_001)
                    + "\"/>", true, "a"),
            settingsJson("", true, "a"),
            settingsJson("", false, "i".repeat(1025))};
        for (String json : refused) {
            Http.Res r = putJson(admin, href, json);
            assertThat(r.status).as(r.body.length() > 500 ? r.body.substring(0, 500) : r.body).isEqualTo(400);
            assertThat(r.json().path("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
        }
        assertThat(putJson(admin, href, settingsJson(bare, true, "a")).json().path("message").asText())
                .contains("is not a valid SAML 2.0 metadata document");
        Http.Res got = admin.get(federation(admin, org, XML));
        assertThat(got.childText("Enabled")).isEqualTo("false");
        assertThat(got.childText("SamlSPEntityId")).isEmpty();
    }

    @Test
    void anOrgAdministratorSetsItsOwnOrgsOnly() {
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        String own = federation(tenant, acme, JSON);
        Http.Res put = putJson(tenant, own, settingsJson("", false, "acme-sp"));
        assertThat(put.status).as(put.body).isEqualTo(200);
        String other = newOrg() + "/settings/federation";
        assertThat(tenant.get(other).status).isEqualTo(403);
        assertThat(putJson(tenant, other, settingsJson("", false, "x")).status).isEqualTo(403);
        Http.Res vAppUser = Sim.userWithRole(tenant, vcd.sim().httpUrl(), "vApp User").get(own);
        assertThat(vAppUser.status).isEqualTo(403);
    }

    @Test
    void noSuchOrgHasNoMetadata() {
        Http.Res r = spMetadata("/cloud/org/no-such-org-" + UUID.randomUUID() + "/saml/metadata/alias/vcd");
        assertThat(r.status).isEqualTo(404);
    }
}
