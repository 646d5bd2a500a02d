package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.terraform.TfTenancyCalls.V1;
import static io.vcdsim.terraform.TfTenancyCalls.getItem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_api_token}, its documented example ({@code example_token}, written to a file) applied,
 * refreshed, replaced (every argument forces a new token) and destroyed, replayed as go-vcloud-director sends it,
 * with the provider's {@code api_token_file} login that the file is for.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_api_token.go} (resourceVcdApiTokenCreate,
 * resourceVcdApiTokenRead, resourceVcdApiTokenDelete), {@code vcd/config.go} (the api_token_file login) and
 * {@code website/docs/r/api_token.html.markdown}; and go-vcloud-director v2.22.0 {@code govcd/api_token.go}
 * (CreateToken, RegisterToken, GetTokenById, GetInitialApiToken, getAccessToken, Delete, SetApiTokenFromFile,
 * GetBearerTokenFromApiToken) and {@code govcd/openapi.go} (OpenApiPostItemSync with no version, OpenApiGetItem and
 * OpenApiDeleteItem at 36.1, OpenApiPostUrlEncoded). v3.11's read sets an empty id on ErrorEntityNotFound and still
 * reports the error; what go-vcloud-director needs from vcdsim is the 403 it maps to ErrorEntityNotFound.
 */
class TfApiTokenTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    /** The version openapi_endpoints.go gives the tokens endpoint, and getAccessToken its requests. */
    static final String TOKENS_VERSION = "36.1";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /** "tenant/{org}", or "provider" for the System org, as RegisterToken and getAccessToken name the endpoints. */
    static String oauth(String org, String what) {
        return "/oauth/" + (org.equalsIgnoreCase("system") ? "provider" : "tenant/" + org) + "/" + what;
    }

    static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** OpenApiPostUrlEncoded: a form; the Accept and the session's token only when the client has logged in. */
    static Http.Res postForm(Http who, String path, Map<String, String> fields) {
        HttpRequest.Builder b = who == null ? HttpRequest.newBuilder(URI.create(vcd.httpUrl() + path))
                : who.request(path).setHeader("Accept", "application/json;version=" + TOKENS_VERSION);
        return (who == null ? new Http(vcd.httpUrl()) : who).send(b
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /**
     * resourceVcdApiTokenCreate: RegisterToken (no API version, so the Accept says "version="), GetTokenById of the
     * client id's URN, GetInitialApiToken with the session's own token; the refresh token is what goes to the file.
     */
    static String[] apply(Http who, String org, String name) {
        Http.Res registered = who.send(who.request(oauth(org, "register"))
                .setHeader("Accept", "application/json;version=").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"" + name + "\"}")));
        assertThat(registered.status).as(registered.body).isIn(200, 201);
        String clientId = registered.json().get("client_id").asText();
        UUID.fromString(clientId); // BuildUrnWithUuid refuses anything else
        String id = "urn:vcloud:token:" + clientId;
        JsonNode token = getItem(who, TOKENS_VERSION, V1 + "/tokens/" + id, Map.of());
        assertThat(token).isNotNull();
        assertThat(token.get("id").asText()).isEqualTo(id);

        Http.Res issued = postForm(who, oauth(token.get("org").get("name").asText(), "token"),
                Map.of("grant_type", JWT_BEARER, "assertion", who.token(), "client_id", clientId));
        assertThat(issued.status).as(issued.body).isEqualTo(200);
        String refreshToken = issued.json().get("refresh_token").asText();
        assertThat(refreshToken).isNotEmpty();
        return new String[] {id, refreshToken};
    }

    /** resourceVcdApiTokenRead: GetTokenById; null is the 403 that is ErrorEntityNotFound. */
    static JsonNode refresh(Http who, String id) {
        return getItem(who, TOKENS_VERSION, V1 + "/tokens/" + id, Map.of());
    }

    /** resourceVcdApiTokenDelete: GetTokenById, then Token.Delete. */
    static void destroy(Http who, String id) {
        assertThat(refresh(who, id)).isNotNull();
        TfTenancyCalls.deleteItem(who, TOKENS_VERSION, V1 + "/tokens/" + id, Map.of());
    }

    /** A provider configured with api_token_file: SetApiTokenFromFile trades the file's token, logged in as no one. */
    static Http.Res logInWithTokenFile(String org, String refreshToken) {
        return postForm(null, oauth(org, "token"), Map.of("grant_type", "refresh_token", "refresh_token",
                refreshToken));
    }

    @Test
    void applyRegistersTheTokenIssuesItsFileAndTheRefreshReadsItBack() {
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        String[] created = apply(tenant, "acme", "example_token");
        JsonNode token = refresh(tenant, created[0]);
        assertThat(token.get("name").asText()).isEqualTo("example_token");
        assertThat(token.get("org").get("name").asText()).isEqualTo("acme");
        assertThat(token.get("owner").get("name").asText()).isEqualTo("acmeadmin");

        Http.Res login = logInWithTokenFile("acme", created[1]);
        assertThat(login.status).as(login.body).isEqualTo(200);
        Http viaFile = new Http(vcd.httpUrl()).token(login.json().get("access_token").asText());
        assertThat(viaFile.get("/api/session").attr("user")).isEqualTo("acmeadmin");
        destroy(tenant, created[0]);
    }

    @Test
    void aNewNameReplacesTheTokenTheOldFileStopsWorkingAndTheNewOneLogsIn() {
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        String[] old = apply(tenant, "acme", "replaced_token");
        destroy(tenant, old[0]);
        String[] renewed = apply(tenant, "acme", "replaced_token_2");
        assertThat(refresh(tenant, renewed[0]).get("name").asText()).isEqualTo("replaced_token_2");
        assertThat(refresh(tenant, old[0])).isNull();
        assertThat(logInWithTokenFile("acme", old[1]).status).isEqualTo(400);
        assertThat(logInWithTokenFile("acme", renewed[1]).status).isEqualTo(200);
        destroy(tenant, renewed[0]);
    }

    @Test
    void destroyRevokesTheTokenAndTheNextRefreshGets403WhichIsNotFound() {
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        String[] created = apply(tenant, "acme", "gone_token");
        destroy(tenant, created[0]);
        Http.Res read = TfTenancyCalls.openApi(tenant, TOKENS_VERSION, "GET", V1 + "/tokens/" + created[0], null,
                Map.of());
        assertThat(read.status).isEqualTo(403);
        assertThat(read.json().get("minorErrorCode").asText()).isNotEmpty();
        assertThat(logInWithTokenFile("acme", created[1]).status).isEqualTo(400);
    }

    @Test
    void aSystemAdministratorsTokenIsTheProvidersAndLogsInThere() {
        Http admin = Sim.admin(vcd.sim()).version("37.1");
        String[] created = apply(admin, "System", "example_token");
        assertThat(refresh(admin, created[0]).get("org").get("name").asText()).isEqualTo("System");
        Http.Res login = logInWithTokenFile("System", created[1]);
        assertThat(login.status).as(login.body).isEqualTo(200);
        assertThat(new Http(vcd.httpUrl()).token(login.json().get("access_token").asText())
                .get("/api/admin/extension").status).isEqualTo(200);
        destroy(admin, created[0]);
    }

    @Test
    void anApplyWhoseNameIsTakenFailsAndLeavesTheFirstToken() {
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        String[] first = apply(tenant, "acme", "taken_token");
        Http.Res again = tenant.send(tenant.request(oauth("acme", "register"))
                .setHeader("Accept", "application/json;version=").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"taken_token\"}")));
        assertThat(again.status).isEqualTo(400);
        assertThat(again.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        assertThat(refresh(tenant, first[0]).get("name").asText()).isEqualTo("taken_token");
    }
}
