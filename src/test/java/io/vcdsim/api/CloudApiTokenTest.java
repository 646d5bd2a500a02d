package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** API tokens as go-vcloud-director v2.22's govcd/api_token.go makes and uses them (terraform's api_token auth). */
class CloudApiTokenTest {
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
    }

    static String form(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** OAuth's token endpoint, anonymous and form-encoded, as OpenApiPostUrlEncoded sends it. */
    static Http.Res grant(String endpoint, String body) {
        return grant(vcd.httpUrl(), endpoint, body);
    }

    /** The same, to the vcdsim at {@code baseUrl}. */
    static Http.Res grant(String baseUrl, String endpoint, String body) {
        Http anyone = new Http(baseUrl);
        return anyone.send(HttpRequest.newBuilder(java.net.URI.create(baseUrl + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** RegisterToken's request: OpenApiPostItemSync with no API version, so its Accept says "version=". */
    static String register(Http who, String endpoint, String name) {
        Http.Res r = who.send(who.request(endpoint).setHeader("Accept", "application/json;version=")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"" + name + "\"}")));
        assertThat(r.status).as(r.body).isEqualTo(200);
        assertThat(r.json().get("client_name").asText()).isEqualTo(name);
        return r.json().get("client_id").asText();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTokenIsRegisteredIssuedOnceTradedForSessionsAndRevoked() {
        String name = unique("terraform");
        String clientId = register(tenant, "/oauth/tenant/acme/register", name);
        String urn = "urn:vcloud:token:" + clientId;
        JsonNode token = get(tenant, V1 + "/tokens/" + urn).json();
        assertThat(token.get("name").asText()).isEqualTo(name);
        assertThat(token.get("type").asText()).isEqualTo("REFRESH");
        assertThat(token.get("owner").get("name").asText()).isEqualTo("acmeadmin");
        assertThat(token.get("org").get("name").asText()).isEqualTo("acme");

        // GetInitialApiToken: the owner's session buys the secret, once
        Http.Res issued = grant("/oauth/tenant/acme/token", form("grant_type", JWT_BEARER, "assertion", tenant.token(),
                "client_id", clientId));
        assertThat(issued.status).as(issued.body).isEqualTo(200);
        String apiToken = issued.json().get("refresh_token").asText();
        assertThat(apiToken).hasSizeGreaterThan(20);
        assertThat(issued.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(grant("/oauth/tenant/acme/token", form("grant_type", JWT_BEARER, "assertion", tenant.token(),
                "client_id", clientId)).status).as("the secret is shown once").isEqualTo(400);

        // SetApiToken: the secret buys an access token, which works as any session's
        Http.Res refreshed = grant("/oauth/tenant/acme/token", form("grant_type", "refresh_token",
                "refresh_token", apiToken));
        assertThat(refreshed.status).as(refreshed.body).isEqualTo(200);
        assertThat(refreshed.json().get("expires_in").asLong()).isPositive();
        Http viaToken = new Http(vcd.httpUrl()).token(refreshed.json().get("access_token").asText());
        assertThat(viaToken.get("/api/org").status).isEqualTo(200);
        assertThat(viaToken.get("/api/session").attr("user")).isEqualTo("acmeadmin");

        assertThat(names(get(tenant, V1 + "/tokens?" + filter("name==" + name)).json())).containsExactly(name);
        // GetTokenByNameAndUsername and the tests of go-vcloud-director filter so
        assertThat(names(get(tenant, V1 + "/tokens?" + filter("(name==" + name
                + ";owner.name==acmeadmin;(type==PROXY,type==REFRESH))")).json())).containsExactly(name);
        assertThat(names(get(admin, V1 + "/tokens?pageSize=128").json())).contains(name);

        assertThat(tenant.send(tenant.cloud(V1 + "/tokens/" + urn).DELETE()).status).isEqualTo(204);
        assertThat(viaToken.get("/api/org").status).as("its sessions end with it").isEqualTo(401);
        Http.Res revoked = grant("/oauth/tenant/acme/token", form("grant_type", "refresh_token",
                "refresh_token", apiToken));
        assertThat(revoked.status).isEqualTo(400);
        assertThat(revoked.contentType()).startsWith("application/json");
        assertThat(get(tenant, V1 + "/tokens/" + urn).status).isEqualTo(403);
    }

    @Test
    void systemAdministratorsUseTheProviderEndpoints() {
        String clientId = register(admin, "/oauth/provider/register", unique("provider"));
        Http.Res issued = grant("/oauth/provider/token", form("grant_type", JWT_BEARER, "assertion", admin.token(),
                "client_id", clientId));
        assertThat(issued.status).as(issued.body).isEqualTo(200);
        Http.Res refreshed = grant("/oauth/provider/token", form("grant_type", "refresh_token", "refresh_token",
                issued.json().get("refresh_token").asText()));
        assertThat(new Http(vcd.httpUrl()).token(refreshed.json().get("access_token").asText())
                .get("/api/admin/extension").status).isEqualTo(200);
        // the secret is the provider's: a tenant endpoint does not take it
        assertThat(grant("/oauth/tenant/acme/token", form("grant_type", "refresh_token", "refresh_token",
                issued.json().get("refresh_token").asText())).status).isEqualTo(403);
        assertThat(send(admin, "POST", "/oauth/tenant/acme/register", "{\"client_name\":\"x\"}").status)
                .isEqualTo(403);
        assertThat(send(tenant, "POST", "/oauth/provider/register", "{\"client_name\":\"x\"}").status)
                .isEqualTo(403);
    }

    @Test
    void badRegistrationsAndGrantsAreRefused() {
        String name = unique("dup");
        register(tenant, "/oauth/tenant/acme/register", name);
        Http.Res dup = send(tenant, "POST", "/oauth/tenant/acme/register", "{\"client_name\":\"" + name + "\"}");
        assertThat(dup.status).isEqualTo(400);
        assertThat(dup.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        assertThat(send(tenant, "POST", "/oauth/tenant/acme/register", "{\"client_name\":\" \"}").status)
                .isEqualTo(400);
        assertThat(send(tenant, "POST", "/oauth/tenant/acme/register", "{\"client_name\":\"" + "t".repeat(129)
                + "\"}").status).isEqualTo(400);
        assertThat(grant("/oauth/tenant/acme/token", form("grant_type", "password", "username", "x")).status)
                .isEqualTo(400);
        assertThat(grant("/oauth/tenant/acme/token", form("grant_type", "refresh_token", "refresh_token",
                "not-a-token")).status).isEqualTo(400);
        assertThat(grant("/oauth/tenant/acme/token", form("grant_type", JWT_BEARER, "assertion", "forged",
                "client_id", UUID.randomUUID().toString())).status).isEqualTo(400);
        Http.Res json = new Http(vcd.httpUrl()).send(HttpRequest.newBuilder(java.net.URI.create(vcd.httpUrl()
                        + "/oauth/tenant/acme/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(json.status).isEqualTo(415);
        // someone else's token is not yours to read or revoke
        String other = register(admin, "/oauth/provider/register", unique("theirs"));
        assertThat(get(tenant, V1 + "/tokens/urn:vcloud:token:" + other).status).isEqualTo(403);
        assertThat(tenant.send(tenant.cloud(V1 + "/tokens/urn:vcloud:token:" + other).DELETE()).status)
                .isEqualTo(403);
        assertThat(names(get(tenant, V1 + "/tokens?pageSize=128").json())).allMatch(n -> !n.startsWith("theirs-"));
        // the caller's filter is compiled alone, so text written to escape the server's own is just malformed
        assertThat(get(tenant, V1 + "/tokens?pageSize=128&" + filter("name==*),(name==*")).status).isEqualTo(400);
        assertThat(names(get(tenant, V1 + "/tokens?pageSize=128&" + filter("name==*,name==theirs*")).json()))
                .allMatch(n -> !n.startsWith("theirs-"));
    }
}
