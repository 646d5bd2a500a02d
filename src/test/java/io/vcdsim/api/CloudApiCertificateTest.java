package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.TestPems.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The certificate library as go-vcloud-director's Test_CertificateInLibrary and its by-name twin use it. */
class CloudApiCertificateTest {
    static final String LIBRARY = CloudApiCalls.V1 + "/ssl/certificateLibrary";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeId;
    static TestPems pems;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        acmeId = org.substring(org.lastIndexOf('/') + 1);
        pems = TestPems.rsa("vcdsim-test");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String item(String alias, String certificate, String key, String passphrase) {
        return "{\"alias\":" + json(alias) + ",\"certificate\":" + json(certificate) + ",\"description\":\"made by a test\""
                + (key == null ? "" : ",\"privateKey\":" + json(key)) + (passphrase == null ? ""
                : ",\"privateKeyPassphrase\":" + json(passphrase)) + "}";
    }

    /** A request in acme's library, as a system administrator's AdminOrg methods send it. */
    static Http.Res inAcme(String method, String path, String body) {
        HttpRequest.Builder b = admin.cloud(path).header(CloudApi.TENANT_CONTEXT, acmeId);
        return admin.send(body == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aCertificateIsAddedFoundByIdAndAliasAndGivenBackAsSent() {
        String alias = unique("Test:Certificate:In:Library");
        Http.Res created = send(admin, "POST", LIBRARY + "/", item(alias, pems.certificate, null, null));
        assertThat(created.status).as(created.body).isEqualTo(201);
        JsonNode c = created.json();
        assertThat(c.get("id").asText()).startsWith("urn:vcloud:certificateLibraryItem:");
        assertThat(c.get("alias").asText()).isEqualTo(alias);
        assertThat(c.get("certificate").asText()).isEqualTo(pems.certificate);
        assertThat(get(admin, LIBRARY + "/" + c.get("id").asText()).json()).isEqualTo(c);
        JsonNode byAlias = get(admin, LIBRARY + "/?" + filter("alias==" + alias) + "&filterEncoded=true").json();
        assertThat(byAlias.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(byAlias.get("values").get(0)).isEqualTo(c);
    }

    @Test
    void aPrivateKeyIsCheckedAgainstItsCertificateAndPassphraseAndNeverShown() {
        String plain = send(admin, "POST", LIBRARY, item(unique("plain-key"), pems.certificate, pems.privateKey,
                "ignored for a key that is not encrypted")).body;
        assertThat(plain).contains("\"alias\"").doesNotContain("privateKey").doesNotContain("PRIVATE KEY");
        Http.Res encrypted = send(admin, "POST", LIBRARY, item(unique("encrypted-key"), pems.certificate,
                pems.encryptedKey("s3cret"), "s3cret"));
        assertThat(encrypted.status).as(encrypted.body).isEqualTo(201);
        assertThat(encrypted.body).doesNotContain("privateKey").doesNotContain("s3cret");
        assertThat(get(admin, LIBRARY + "/" + encrypted.json().get("id").asText()).body)
                .doesNotContain("privateKey");

        String foreignKey = TestPems.rsa("someone-else").privateKey;
        for (String[] bad : new String[][]{{pems.encryptedKey("s3cret"), "wrong"}, {pems.encryptedKey("s3cret"), null},
                {foreignKey, null}, {"-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n", null}}) {
            Http.Res r = send(admin, "POST", LIBRARY, item(unique("bad-key"), pems.certificate, bad[0], bad[1]));
            assertThat(r.status).as(r.body).isEqualTo(400);
            assertThat(r.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void eachOrgHasItsOwnLibraryWhichTheTenantContextNames() {
        String alias = unique("shared-alias");
        Http.Res inAcme = inAcme("POST", LIBRARY, item(alias, pems.certificate, pems.privateKey, null));
        assertThat(inAcme.status).as(inAcme.body).isEqualTo(201);
        assertThat(send(admin, "POST", LIBRARY, item(alias, pems.certificate, null, null)).status)
                .as("the same alias in the System org's library").isEqualTo(201);
        Http.Res again = inAcme("POST", LIBRARY, item(alias.toUpperCase(), pems.certificate, null, null));
        assertThat(again.status).isEqualTo(400);
        assertThat(again.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");

        String id = inAcme.json().get("id").asText();
        String byAlias = LIBRARY + "?" + filter("alias==" + alias);
        assertThat(inAcme("GET", byAlias, null).json().get("values").get(0).get("id").asText()).isEqualTo(id);
        assertThat(get(tenant, byAlias).json().get("values").get(0).get("id").asText()).isEqualTo(id);
        assertThat(get(admin, byAlias).json().get("values").get(0).get("id").asText()).isNotEqualTo(id);
        assertThat(get(admin, LIBRARY + "/" + id).status).as("a system administrator reads any org's").isEqualTo(200);
        String systemOnes = get(admin, byAlias).json().get("values").get(0).get("id").asText();
        assertThat(get(tenant, LIBRARY + "/" + systemOnes).status).as("not the provider's").isEqualTo(403);
        assertThat(send(tenant, "DELETE", LIBRARY + "/" + systemOnes, "").status).isEqualTo(403);
    }

    @Test
    void anUpdateChangesOnlyAliasAndDescriptionAndADeleteRemovesIt() {
        JsonNode c = send(admin, "POST", LIBRARY, item(unique("to-change"), pems.certificate, pems.privateKey, null))
                .json();
        String one = LIBRARY + "/" + c.get("id").asText();
        String other = TestPems.rsa("other").certificate;
        Http.Res updated = send(admin, "PUT", one, "{\"id\":\"" + c.get("id").asText() + "\",\"alias\":\"newAlias-"
                + c.get("id").asText().substring(35) + "\",\"description\":\"newDescription\",\"certificate\":"
                + json(other) + "}");
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.json().get("alias").asText()).startsWith("newAlias-");
        assertThat(updated.json().get("description").asText()).isEqualTo("newDescription");
        assertThat(updated.json().get("certificate").asText()).isEqualTo(pems.certificate);
        assertThat(send(admin, "DELETE", one, "").status).isEqualTo(204);
        assertThat(get(admin, one).status).as("gone: vCD's cloudapi says 403").isEqualTo(403);
    }

    @Test
    void theEntityResolverFindsACertificateWhereTheCloudapiServesIt() {
        String id = inAcme("POST", LIBRARY, item(unique("resolved"), pems.certificate, null, null)).json().get("id")
                .asText();
        Http.Res entity = tenant.get("/api/entity/" + id);
        assertThat(entity.status).as(entity.body).isEqualTo(200);
        assertThat(entity.link("alternate", "application/json")).endsWith(LIBRARY + "/" + id);
        String system = send(admin, "POST", LIBRARY, item(unique("provider's"), pems.certificate, null, null)).json()
                .get("id").asText();
        assertThat(tenant.get("/api/entity/" + system).status).isEqualTo(403);
    }

    @Test
    void badItemsAndBadIdsAreRefused() {
        for (String body : new String[]{item(null, pems.certificate, null, null), item("", pems.certificate, null, null),
                item("a".repeat(257), pems.certificate, null, null), item(unique("no-cert"), null, null, null),
                item(unique("bad-pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
                        null, null), item(unique("not-pem"), "hello", null, null), "null", "[]", "{"}) {
            Http.Res r = send(admin, "POST", LIBRARY, body);
            assertThat(r.status).as(body + " -> " + r.body).isEqualTo(400);
        }
        assertThat(get(admin, LIBRARY + "/urn:vcloud:certificateLibraryItem:" + UUID.randomUUID()).status)
                .isEqualTo(403);
        assertThat(get(admin, LIBRARY + "/urn:vcloud:vdc:" + UUID.randomUUID()).status).isEqualTo(403);
        Http.Res nowhere = admin.send(admin.cloud(LIBRARY).header(CloudApi.TENANT_CONTEXT, UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(item(unique("nowhere"), pems.certificate, null, null))));
        assertThat(nowhere.status).as("no such org").isEqualTo(403);
    }
}
