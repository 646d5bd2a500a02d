package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** The cloudapi's orgs, site and testConnection, as vCD's Org and TestConnectionResult models and go-vcloud-director read them. */
class CloudApiTenancyTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
    }

    static JsonNode probe(String host, int port, boolean secure) {
        Http.Res r = send(admin, "POST", V1 + "/testConnection/", "{\"host\":\"" + host + "\",\"port\":" + port
                + ",\"secure\":" + secure + ",\"timeout\":30}");
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json().get("targetProbe");
    }

    @Test
    void aSystemAdministratorListsEveryOrgAndATenantItsOwn() {
        JsonNode all = get(admin, V1 + "/orgs").json();
        assertThat(names(all)).contains("System", "acme");
        assertThat(names(get(tenant, V1 + "/orgs").json())).containsExactly("acme");
        JsonNode acme = get(admin, V1 + "/orgs?" + filter("name==acme")).json();
        assertThat(acme.get("resultTotal").asInt()).isEqualTo(1);
        JsonNode org = acme.get("values").get(0);
        assertThat(org.get("id").asText()).startsWith("urn:vcloud:org:");
        assertThat(org.get("displayName").asText()).isNotBlank();
        assertThat(org.get("isEnabled").asBoolean()).isTrue();
        assertThat(org.get("orgVdcCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(org.get("catalogCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(org.get("userCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(get(tenant, V1 + "/orgs/" + org.get("id").asText()).json()).isEqualTo(org);

        Http.Res firstPage = get(admin, V1 + "/orgs?pageSize=1&sortAsc=name");
        assertThat(firstPage.json().get("pageCount").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(firstPage.header("Link")).contains("rel=\"nextPage\"");
    }

    @Test
    void anOrgNotSeenOrMissingIsForbidden() {
        String system = get(admin, V1 + "/orgs?" + filter("name==System")).json().get("values").get(0).get("id")
                .asText();
        assertThat(get(tenant, V1 + "/orgs/" + system).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/orgs/urn:vcloud:org:" + UUID.randomUUID()).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/orgs/urn:vcloud:vdc:" + UUID.randomUUID()).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/orgs?" + filter("nosuchfield==x")).status).isEqualTo(400);
    }

    @Test
    void theSiteHasTheIdMultisiteGivesIt() {
        JsonNode site = get(admin, V1 + "/site").json();
        String xmlId = admin.get("/api/site").attr("id");
        assertThat(site.get("id").asText()).isEqualTo(xmlId).startsWith("urn:vcloud:site:");
        assertThat(site.get("name").asText()).isEqualTo(admin.get("/api/site").attr("name"));
        assertThat(site.get("restEndpoint").asText()).isEqualTo(vcd.sim().httpUrl());
        assertThat(get(tenant, V1 + "/site").json().get("id").asText()).isEqualTo(xmlId);
    }

    @Test
    void thisServerAndTheSimulatedVCentersConnectAndNothingElseDoes() {
        JsonNode https = probe("127.0.0.1", vcd.sim().httpsPort(), true);
        assertThat(https.get("canConnect").asBoolean()).isTrue();
        assertThat(https.get("sslHandshake").asBoolean()).isTrue();
        assertThat(https.get("connectionResult").asText()).isEqualTo("SUCCESS");
        assertThat(https.get("resolvedIp").asText()).isEqualTo("127.0.0.1");
        JsonNode plain = probe("localhost", vcd.sim().httpPort(), true);
        assertThat(plain.get("canConnect").asBoolean()).isTrue();
        assertThat(plain.get("sslHandshake").asBoolean()).isFalse();
        assertThat(plain.get("sslResult").asText()).isEqualTo("ERROR_SSL_ERROR");
        JsonNode vCenter = probe("vc2.vcdsim.invalid", 443, true);
        assertThat(vCenter.get("canConnect").asBoolean()).isTrue();
        assertThat(vCenter.get("sslHandshake").asBoolean()).isTrue();

        JsonNode wrongPort = probe("127.0.0.1", 666, true);
        assertThat(wrongPort.get("canConnect").asBoolean()).isFalse();
        assertThat(wrongPort.get("connectionResult").asText()).isEqualTo("ERROR_CANNOT_CONNECT");
        assertThat(probe("vc1", 8443, true).get("connectionResult").asText()).isEqualTo("ERROR_CANNOT_CONNECT");
        assertThat(probe("10.20.30.40", 443, true).get("connectionResult").asText()).isEqualTo("ERROR_CANNOT_CONNECT");
        JsonNode unknown = probe("imadethisup.io", 443, true);
        assertThat(unknown.get("canConnect").asBoolean()).isFalse();
        assertThat(unknown.get("connectionResult").asText()).isEqualTo("ERROR_CANNOT_RESOLVE_IP");
    }

    @Test
    void aTestConnectionWithoutAHostOrPortIsRefused() {
        for (String body : new String[]{"{\"port\":443}", "{\"host\":\"\",\"port\":443}", "{\"host\":\"a\",\"port\":0}",
                "{\"host\":\"a\",\"port\":70000}", "{\"host\":\"" + "h".repeat(256) + "\",\"port\":443}", "null",
                "{\"host\":\"a\",\"port\":\"many\"}"}) {
            Http.Res r = send(admin, "POST", V1 + "/testConnection", body);
            assertThat(r.status).as(body + " -> " + r.body).isEqualTo(400);
        }
    }
}
