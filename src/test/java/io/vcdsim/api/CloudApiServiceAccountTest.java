package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiTokenTest.form;
import static io.vcdsim.api.CloudApiTokenTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Service accounts as go-vcloud-director v2.22's govcd/service_account.go (and terraform's vcd_service_account) use them. */
class CloudApiServiceAccountTest {
    static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
    static final String SOFTWARE = "12345678-1234-1234-1234-1234567890ab";
    static final String ACCOUNTS = V1 + "/serviceAccounts/";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeId;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        acmeId = get(admin, V1 + "/orgs?" + filter("name==acme")).json().get("values").get(0).get("id").asText()
                .replace("urn:vcloud:org:", "");
    }

    /** An anonymous, form-encoded OAuth call, as OpenApiPostUrlEncoded makes it. */
    static Http.Res grant(String endpoint, String body) {
        return CloudApiTokenTest.grant(vcd.httpUrl(), endpoint, body);
    }

    static String registration(String name, String scope, String softwareId) {
        return "{\"client_name\":\"" + name + "\",\"scope\":\"" + scope + "\",\"software_id\":\"" + softwareId
                + "\",\"software_version\":\"1.0\",\"client_uri\":\"https://example.com/app\"}";
    }

    /** CreateServiceAccount's register call; answers the account's URN. */
    static String create(Http who, String endpoint, String name, String role) {
        Http.Res r = send(who, "POST", endpoint, registration(name, "urn:vcloud:role:" + role.replace(" ", "%20"),
                SOFTWARE));
        assertThat(r.status).as(r.body).isEqualTo(200);
        assertThat(r.json().get("client_name").asText()).isEqualTo(name);
        assertThat(r.json().get("grant_types").toString()).contains(DEVICE_CODE);
        return "urn:vcloud:serviceAccount:" + r.json().get("client_id").asText();
    }

    static String status(Http who, String urn) {
        return get(who, ACCOUNTS + urn).json().get("status").asText();
    }

    static String clientId(String urn) {
        return urn.substring("urn:vcloud:serviceAccount:".length());
    }

    /** Authorize: the device authorization request, anonymous and form-encoded. */
    static JsonNode authorize(String endpoint, String urn) {
        Http.Res r = grant(endpoint, form("client_id", clientId(urn)));
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json();
    }

    /** Grant: an administrator approves the user code, in the account's org. */
    static Http.Res approve(Http who, String orgId, String userCode) {
        HttpRequest.Builder b = who.cloud(V1 + "/deviceLookup/grant").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userCode\":\"" + userCode + "\"}"));
        return who.send(orgId == null ? b : b.header("X-VMWARE-VCLOUD-TENANT-CONTEXT", orgId));
    }

    static Http.Res takeToken(String tokenEndpoint, String urn, String deviceCode) {
        return grant(tokenEndpoint, form("grant_type", DEVICE_CODE, "client_id", clientId(urn), "device_code",
                deviceCode));
    }

    /** Takes an account from CREATED to ACTIVE; answers its API token. */
    static String activate(Http who, String org, String orgId, String urn) {
        String base = org == null ? "/oauth/provider" : "/oauth/tenant/" + org;
        JsonNode codes = authorize(base + "/device_authorization", urn);
        assertThat(approve(who, orgId, codes.get("user_code").asText()).status).isEqualTo(204);
        Http.Res token = takeToken(base + "/token", urn, codes.get("device_code").asText());
        assertThat(token.status).as(token.body).isEqualTo(200);
        return token.json().get("refresh_token").asText();
    }

    static Http.Res refresh(String endpoint, String apiToken) {
        return grant(endpoint, form("grant_type", "refresh_token", "refresh_token", apiToken));
    }

    @Test
    void anOrgAdministratorsAccountGoesThroughTheDeviceFlow() {
        String name = unique("sa");
        String urn = create(tenant, "/oauth/tenant/acme/register", name, "vApp Author");
        JsonNode account = get(tenant, ACCOUNTS + urn).json();
        assertThat(account.get("status").asText()).isEqualTo("CREATED");
        assertThat(account.get("name").asText()).isEqualTo(name);
        assertThat(account.get("softwareId").asText()).isEqualTo(SOFTWARE);
        assertThat(account.get("softwareVersion").asText()).isEqualTo("1.0");
        assertThat(account.get("uri").asText()).isEqualTo("https://example.com/app");
        assertThat(account.get("role").get("name").asText()).isEqualTo("vApp Author");
        assertThat(account.get("role").get("id").asText()).startsWith("urn:vcloud:role:");
        assertThat(account.get("org").get("name").asText()).isEqualTo("acme");

        JsonNode codes = authorize("/oauth/tenant/acme/device_authorization", urn);
        assertThat(codes.get("user_code").asText()).matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(codes.get("verification_uri").asText()).contains("/tenant/acme/");
        assertThat(codes.get("expires_in").asInt()).isPositive();
        assertThat(codes.get("interval").asInt()).isPositive();
        assertThat(status(tenant, urn)).isEqualTo("REQUESTED");
        assertThat(approve(tenant, null, codes.get("user_code").asText()).status).isEqualTo(204);
        assertThat(status(tenant, urn)).isEqualTo("GRANTED");
        Http.Res token = takeToken("/oauth/tenant/acme/token", urn, codes.get("device_code").asText());
        assertThat(token.status).as(token.body).isEqualTo(200);
        assertThat(status(tenant, urn)).isEqualTo("ACTIVE");
        Http asAccount = new Http(vcd.httpUrl()).token(token.json().get("access_token").asText());
        assertThat(asAccount.get("/api/session").attr("user")).isEqualTo(name);
        assertThat(takeToken("/oauth/tenant/acme/token", urn, codes.get("device_code").asText()).status)
                .as("the device code is good once").isEqualTo(400);
    }

    @Test
    void anAccountsApiTokenIsGoodOnceAndEachLoginGivesTheNext() {
        String urn = create(tenant, "/oauth/tenant/acme/register", unique("sa"), "vApp Author");
        String first = activate(tenant, "acme", null, urn);
        Http.Res login = refresh("/oauth/tenant/acme/token", first);
        assertThat(login.status).as(login.body).isEqualTo(200);
        String next = login.json().get("refresh_token").asText();
        assertThat(next).isNotEqualTo(first);
        assertThat(refresh("/oauth/tenant/acme/token", first).status).isEqualTo(400);
        Http asAccount = new Http(vcd.httpUrl()).token(login.json().get("access_token").asText());
        assertThat(asAccount.get("/api/org").status).isEqualTo(200);
        // its role is vApp Author's: no managing users
        assertThat(asAccount.get("/api/query?type=adminUser").status).isEqualTo(403);
        assertThat(refresh("/oauth/tenant/acme/token", next).status).isEqualTo(200);
    }

    @Test
    void revokingTakesTheAccountBackToCreatedAndEndsItsTokenAndSessions() {
        String urn = create(tenant, "/oauth/tenant/acme/register", unique("sa"), "vApp Author");
        Http.Res login = refresh("/oauth/tenant/acme/token", activate(tenant, "acme", null, urn));
        Http asAccount = new Http(vcd.httpUrl()).token(login.json().get("access_token").asText());
        assertThat(send(tenant, "POST", ACCOUNTS + urn + "/revoke", "").status).isEqualTo(204);
        assertThat(status(tenant, urn)).isEqualTo("CREATED");
        assertThat(asAccount.get("/api/org").status).isEqualTo(401);
        assertThat(refresh("/oauth/tenant/acme/token", login.json().get("refresh_token").asText()).status)
                .isEqualTo(400);
        // and it can be taken through the flow again
        activate(tenant, "acme", null, urn);
        assertThat(status(tenant, urn)).isEqualTo("ACTIVE");
    }

    @Test
    void deletingAnActiveAccountEndsItsToken() {
        String urn = create(tenant, "/oauth/tenant/acme/register", unique("sa"), "vApp Author");
        String apiToken = activate(tenant, "acme", null, urn);
        assertThat(tenant.send(tenant.cloud(ACCOUNTS + urn).DELETE()).status).isEqualTo(204);
        assertThat(get(tenant, ACCOUNTS + urn).status).isEqualTo(403);
        assertThat(refresh("/oauth/tenant/acme/token", apiToken).status).isEqualTo(400);
        assertThat(tenant.send(tenant.cloud(ACCOUNTS + urn).DELETE()).status).isEqualTo(403);
    }

    @Test
    void aSystemAdministratorMakesAccountsForATenantAndForTheProvider() {
        String name = unique("sa");
        String urn = create(admin, "/oauth/tenant/acme/register", name, "vApp Author");
        assertThat(get(tenant, ACCOUNTS + urn).json().get("org").get("name").asText()).isEqualTo("acme");
        activate(admin, "acme", acmeId, urn);
        assertThat(status(admin, urn)).isEqualTo("ACTIVE");

        String provider = create(admin, "/oauth/provider/register", unique("sa"), "System Administrator");
        String apiToken = activate(admin, null, null, provider);
        Http.Res login = refresh("/oauth/provider/token", apiToken);
        assertThat(new Http(vcd.httpUrl()).token(login.json().get("access_token").asText())
                .get("/api/admin/extension").status).isEqualTo(200);
        assertThat(get(tenant, ACCOUNTS + provider).status).as("not a tenant's to see").isEqualTo(403);
    }

    @Test
    void theListIsPagedFilteredAndKeptToTheCallersOrg() {
        String name = unique("listed");
        create(tenant, "/oauth/tenant/acme/register", name, "vApp Author");
        create(tenant, "/oauth/tenant/acme/register", unique("listed"), "vApp User");
        String providers = unique("listed");
        create(admin, "/oauth/provider/register", providers, "System Administrator");
        assertThat(names(get(tenant, ACCOUNTS + "?" + filter("name==" + name)).json())).containsExactly(name);
        Http.Res page = get(tenant, ACCOUNTS + "?pageSize=1&" + filter("name==listed*"));
        assertThat(page.json().get("resultTotal").asInt()).isEqualTo(2);
        assertThat(page.header("Link")).contains("rel=\"nextPage\"");
        // GetAllServiceAccounts sends the org as tenant context
        Http.Res inAcme = admin.send(admin.cloud(ACCOUNTS + "?pageSize=32&" + filter("name==listed*"))
                .header("X-VMWARE-VCLOUD-TENANT-CONTEXT", acmeId).GET());
        assertThat(names(inAcme.json())).hasSize(2).doesNotContain(providers);
        assertThat(names(get(admin, ACCOUNTS + "?pageSize=32&" + filter("name==listed*")).json()))
                .contains(providers);
        assertThat(get(tenant, ACCOUNTS + "?" + filter("nme==x")).status).isEqualTo(400);
    }

    @Test
    void anAccountIsNotListedAmongTheOrgsUsers() {
        String name = unique("sa");
        create(tenant, "/oauth/tenant/acme/register", name, "vApp Author");
        assertThat(tenant.get("/api/query?type=user&format=records&filter=name==" + name)
                .children("UserRecord")).isEmpty();
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        assertThat(tenant.get(org).body).contains("acmeadmin").doesNotContain(name);
    }

    @Test
    void updateChangesTheSoftwareAndTheRoleButNotTheName() {
        String name = unique("sa");
        String urn = create(tenant, "/oauth/tenant/acme/register", name, "vApp Author");
        String userRole = get(tenant, V1 + "/roles?" + filter("name==vApp User")).json().get("values").get(0)
                .get("id").asText();
        String body = "{\"name\":\"" + name + "\",\"softwareId\":\"" + SOFTWARE + "\",\"softwareVersion\":\"2.0\","
                + "\"uri\":\"https://example.com/v2\",\"role\":{\"name\":\"vApp User\",\"id\":\"" + userRole + "\"}}";
        Http.Res put = send(tenant, "PUT", ACCOUNTS + urn, body);
        assertThat(put.status).as(put.body).isEqualTo(200);
        JsonNode account = get(tenant, ACCOUNTS + urn).json();
        assertThat(account.get("softwareVersion").asText()).isEqualTo("2.0");
        assertThat(account.get("uri").asText()).isEqualTo("https://example.com/v2");
        assertThat(account.get("role").get("name").asText()).isEqualTo("vApp User");
        assertThat(account.get("status").asText()).isEqualTo("CREATED");

        assertThat(send(tenant, "PUT", ACCOUNTS + urn, body.replace(name, "renamed")).status).isEqualTo(400);
        assertThat(send(tenant, "PUT", ACCOUNTS + urn, body.replace(userRole, "urn:vcloud:role:"
                + java.util.UUID.randomUUID())).status).isEqualTo(400);
        assertThat(send(tenant, "PUT", ACCOUNTS + urn, body.replace(SOFTWARE, "not-a-uuid")).status)
                .isEqualTo(400);
        assertThat(get(tenant, ACCOUNTS + urn).json().get("role").get("name").asText()).isEqualTo("vApp User");
    }

    @Test
    void badRegistrationsAreRefusedAndStoreNothing() {
        String name = unique("bad");
        String endpoint = "/oauth/tenant/acme/register";
        assertThat(send(tenant, "POST", endpoint, registration(name, "urn:vcloud:role:vApp%20Author", "x")).status)
                .isEqualTo(400);
        assertThat(send(tenant, "POST", endpoint, registration(name, "", SOFTWARE)).status).isEqualTo(400);
        assertThat(send(tenant, "POST", endpoint, registration(name, "urn:vcloud:role:No%20Such", SOFTWARE)).status)
                .isEqualTo(400);
        assertThat(send(tenant, "POST", endpoint, registration("n".repeat(129), "urn:vcloud:role:vApp%20Author",
                SOFTWARE)).status).isEqualTo(400);
        assertThat(names(get(tenant, ACCOUNTS + "?" + filter("name==" + name)).json())).isEmpty();

        create(tenant, endpoint, name, "vApp Author");
        Http.Res dup = send(tenant, "POST", endpoint, registration(name, "urn:vcloud:role:vApp%20User", SOFTWARE));
        assertThat(dup.status).isEqualTo(400);
        assertThat(dup.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        assertThat(send(tenant, "POST", endpoint, registration("acmeadmin", "urn:vcloud:role:vApp%20User", SOFTWARE))
                .json().get("minorErrorCode").asText()).as("a user's name is taken too").isEqualTo("DUPLICATE_NAME");
        assertThat(send(tenant, "POST", "/oauth/tenant/other/register",
                registration(unique("x"), "urn:vcloud:role:vApp%20User", SOFTWARE)).status).isEqualTo(403);
    }

    @Test
    void theDeviceFlowOutOfOrderIsRefused() {
        String urn = create(tenant, "/oauth/tenant/acme/register", unique("sa"), "vApp Author");
        assertThat(grant("/oauth/tenant/acme/device_authorization", form("client_id", "nope")).status).isEqualTo(400);
        assertThat(grant("/oauth/provider/device_authorization", form("client_id", clientId(urn))).status)
                .as("not the provider's").isEqualTo(400);
        JsonNode codes = authorize("/oauth/tenant/acme/device_authorization", urn);
        Http.Res pending = takeToken("/oauth/tenant/acme/token", urn, codes.get("device_code").asText());
        assertThat(pending.status).isEqualTo(400);
        assertThat(pending.body).contains("authorization_pending");
        assertThat(approve(tenant, null, "ZZZZ-ZZZZ").status).isEqualTo(400);
        assertThat(approve(admin, null, codes.get("user_code").asText()).status)
                .as("the System org's context is not the account's").isEqualTo(400);
        assertThat(status(tenant, urn)).isEqualTo("REQUESTED");
        assertThat(approve(tenant, null, codes.get("user_code").asText()).status).isEqualTo(204);
        assertThat(takeToken("/oauth/tenant/acme/token", urn, "wrong").status).isEqualTo(400);
        assertThat(grant("/oauth/tenant/acme/device_authorization", form("client_id", clientId(urn))).status)
                .as("granted: revoke first").isEqualTo(400);
        assertThat(status(tenant, urn)).isEqualTo("GRANTED");
    }

    @Test
    void onlyUserManagersManageAccounts() {
        Http author = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp Author").version("37.1");
        String urn = create(tenant, "/oauth/tenant/acme/register", unique("sa"), "vApp Author");
        assertThat(send(author, "POST", "/oauth/tenant/acme/register", registration(unique("x"),
                "urn:vcloud:role:vApp%20User", SOFTWARE)).status).isEqualTo(403);
        assertThat(send(author, "POST", ACCOUNTS + urn + "/revoke", "").status).isEqualTo(403);
        assertThat(author.send(author.cloud(ACCOUNTS + urn).DELETE()).status).isEqualTo(403);
        JsonNode codes = authorize("/oauth/tenant/acme/device_authorization", urn);
        assertThat(approve(author, null, codes.get("user_code").asText()).status).isEqualTo(403);
        assertThat(status(tenant, urn)).isEqualTo("REQUESTED");
    }
}
