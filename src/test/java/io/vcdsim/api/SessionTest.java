package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.MutableClock;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {
    static final MutableClock clock = new MutableClock();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withClock(clock).withIdleTimeout(Duration.ofMinutes(30)));

    Http client() {
        return new Http(vcd.httpUrl());
    }

    @Test
    void cloudapiLoginGivesLongTokenAndJsonSession() {
        Http.Res r = client().loginRaw("acmeadmin", "acme", "vcdsim-tenant", "/sessions");
        assertThat(r.status).isEqualTo(200);
        String token = r.header("X-VMWARE-VCLOUD-ACCESS-TOKEN");
        assertThat(token).hasSizeGreaterThan(32);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body).contains("\"org\":{").contains("\"name\":\"acme\"")
                .contains("\"roles\":[\"Organization Administrator\"]");
        Http.Res current = client().token(token).send(client().token(token).request("/cloudapi/1.0.0/sessions/current")
                .setHeader("Accept", "application/json;version=36.0"));
        assertThat(current.status).isEqualTo(200);
        assertThat(current.body).contains("\"name\":\"acmeadmin\"");
    }

    @Test
    void theCloudapiSpeaksJsonOnlyAndSays406ToAnXmlAccept() {
        Http.Res xml = client().send(HttpRequest.newBuilder(URI.create(vcd.httpUrl() + "/cloudapi/1.0.0/sessions"))
                .header("Authorization", Http.basic("acmeadmin", "acme", "vcdsim-tenant"))
                .header("Accept", "application/*+xml;version=5.5").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(xml.status).isEqualTo(406);
        assertThat(xml.contentType()).startsWith("application/json");
        assertThat(xml.header("X-VMWARE-VCLOUD-ACCESS-TOKEN")).isNull();
        for (String accept : new String[]{"application/json;version=37.1", "*/*", "application/*;version=37.0"}) {
            Http.Res ok = client().send(HttpRequest.newBuilder(URI.create(vcd.httpUrl() + "/cloudapi/1.0.0/sessions"))
                    .header("Authorization", Http.basic("acmeadmin", "acme", "vcdsim-tenant"))
                    .header("Accept", accept).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(ok.status).as(accept).isEqualTo(200);
        }
    }

    @Test
    void theTenantEndpointRefusesSystemAdministratorsAsVcdDoes() {
        Http.Res provider = client().loginRaw("administrator", "System", "vcdsim-admin", "/sessions");
        assertThat(provider.status).isEqualTo(401);
        assertThat(provider.body).contains("/sessions/provider");
        assertThat(provider.header("X-VMWARE-VCLOUD-ACCESS-TOKEN")).isNull();
        // the legacy login takes both
        assertThat(client().send(client().request("/api/sessions").header("Authorization",
                Http.basic("administrator", "System", "vcdsim-admin"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status).isEqualTo(200);
    }

    @Test
    void providerEndpointIsOnlyForTheSystemOrg() {
        assertThat(client().loginRaw("administrator", "System", "vcdsim-admin", "/sessions/provider").status)
                .isEqualTo(200);
        Http.Res tenant = client().loginRaw("acmeadmin", "acme", "vcdsim-tenant", "/sessions/provider");
        assertThat(tenant.status).isEqualTo(401);
        assertThat(tenant.body).contains("\"minorErrorCode\":\"UNAUTHORIZED\"");
        assertThat(tenant.header("X-VMWARE-VCLOUD-ACCESS-TOKEN")).isNull();
    }

    @Test
    void badCredentialsAre401WithJsonError() {
        for (String[] c : List.of(new String[]{"acmeadmin", "acme", "wrong"}, new String[]{"nobody", "acme", "x"},
                new String[]{"acmeadmin", "noorg", "vcdsim-tenant"})) {
            Http.Res r = client().loginRaw(c[0], c[1], c[2], "/sessions");
            assertThat(r.status).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.body).contains("UNAUTHORIZED").contains("Login failed");
            assertThat(r.header("X-VMWARE-VCLOUD-ACCESS-TOKEN")).isNull();
        }
        Http.Res noAuth = client().send(client().cloud("/cloudapi/1.0.0/sessions")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noAuth.status).isEqualTo(401);
    }

    @Test
    void legacyLoginAndTheThreeTokenHeaders() {
        Http c = client().version("32.0");
        Http.Res r = c.send(c.request("/api/sessions").header("Authorization", Http.basic("acmeadmin", "acme",
                "vcdsim-tenant")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.status).isEqualTo(200);
        assertThat(r.root().getLocalName()).isEqualTo("Session");
        String token = r.header("x-vcloud-authorization");
        assertThat(token).isNotBlank();
        for (String header : List.of("x-vcloud-authorization", "X-Vmware-Vcloud-Access-Token", "Authorization")) {
            Http.Res s = client().version("32.0").token(token).tokenHeader(header).get("/api/session");
            assertThat(s.status).as(header).isEqualTo(200);
            assertThat(s.attr("org")).isEqualTo("acme");
        }
        Http.Res wrong = c.send(c.request("/api/sessions").header("Authorization", Http.basic("acmeadmin", "acme",
                "nope")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(wrong.status).isEqualTo(401);
        assertThat(wrong.root().getLocalName()).isEqualTo("Error");
        assertThat(wrong.header("x-vcloud-authorization")).isNull();
    }

    @Test
    void sessionHasEveryWellKnownLinkExactlyOnce() {
        Http admin = client().login("administrator", "System", "vcdsim-admin");
        Http.Res s = admin.get("/api/session");
        assertThat(s.attr("org")).isEqualTo("System");
        assertThat(s.attr("user")).isEqualTo("administrator");
        assertThat(s.link("down", "application/vnd.vmware.vcloud.org+xml")).endsWith("/api/org/"
                + s.attr("locationId").split("@")[0]);
        assertThat(s.link("down", "application/vnd.vmware.vcloud.orgList+xml")).isEqualTo(vcd.httpUrl() + "/api/org");
        assertThat(s.link("down", "application/vnd.vmware.vcloud.query.queryList+xml")).endsWith("/api/query");
        assertThat(s.link("down", "application/vnd.vmware.admin.vcloud+xml")).endsWith("/api/admin");
        assertThat(s.link("down", "application/vnd.vmware.admin.vmwExtension+xml")).endsWith("/api/admin/extension");
        Set<String> seen = new HashSet<>();
        for (Element l : s.children("Link")) {
            assertThat(seen.add(l.getAttribute("rel") + "|" + l.getAttribute("type"))).as("duplicate link").isTrue();
        }
        // a tenant sees neither the System root's extension nor a foreign org
        Http.Res tenant = client().login("acmeadmin", "acme", "vcdsim-tenant").get("/api/session");
        assertThat(tenant.links("down", "application/vnd.vmware.admin.vmwExtension+xml")).isEmpty();
    }

    @Test
    void logoutEndsTheToken() {
        Http c = client().login("acmeadmin", "acme", "vcdsim-tenant");
        assertThat(c.get("/api/org").status).isEqualTo(200);
        assertThat(c.delete("/api/session").status).isEqualTo(204);
        Http.Res after = c.get("/api/org");
        assertThat(after.status).isEqualTo(401);
        assertThat(after.minor()).isEqualTo("UNAUTHORIZED");

        Http go = client().login("acmeadmin", "acme", "vcdsim-tenant");
        assertThat(go.delete("/cloudapi/1.0.0/sessions").status).isEqualTo(204); // go-vcloud-director's logout
        assertThat(go.get("/api/org").status).isEqualTo(401);
    }

    @Test
    void forgedAndTamperedTokensAreRejected() {
        String token = client().login("acmeadmin", "acme", "vcdsim-tenant").token();
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(client().token(tampered).get("/api/org").status).isEqualTo(401);
        assertThat(client().token("not-a-token-at-all-but-long-enough-to-pass").get("/api/org").status)
                .isEqualTo(401);
    }

    @Test
    void idleSessionsExpire() {
        Http c = client().login("acmeadmin", "acme", "vcdsim-tenant");
        clock.advance(Duration.ofMinutes(20));
        assertThat(c.get("/api/org").status).isEqualTo(200); // activity keeps it alive
        clock.advance(Duration.ofMinutes(20));
        assertThat(c.get("/api/org").status).isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        Http.Res r = c.get("/api/org");
        assertThat(r.status).isEqualTo(401);
        assertThat(r.minor()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void repeatedFailedLoginsLockTheAccountForTheOrgsLockoutInterval() {
        Http admin = client().login("administrator", "System", "vcdsim-admin");
        String acme = admin.get("/api/query?type=organization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href").replace("/api/org/", "/api/admin/org/");
        String type = "application/vnd.vmware.admin.organizationPasswordPolicySettings+xml";
        Http.Res set = admin.put(acme + "/settings/passwordPolicy", type, "<OrgPasswordPolicySettings xmlns=\""
                + Http.NS + "\"><AccountLockoutEnabled>true</AccountLockoutEnabled><InvalidLoginsBeforeLockout>3"
                + "</InvalidLoginsBeforeLockout><AccountLockoutIntervalMinutes>10</AccountLockoutIntervalMinutes>"
                + "</OrgPasswordPolicySettings>");
        assertThat(set.status).as(set.body).isEqualTo(200);
        assertThat(set.childText("InvalidLoginsBeforeLockout")).isEqualTo("3");
        try {
            // a good login starts the count again (also of failures other tests left): two failures, a success,
            // two failures lock nothing
            for (int round = 0; round < 2; round++) {
                assertThat(client().loginRaw("acmeadmin", "acme", "vcdsim-tenant", "/sessions").status).isEqualTo(200);
                for (int i = 0; i < 2; i++) {
                    assertThat(client().loginRaw("acmeadmin", "acme", "wrong", "/sessions").status).isEqualTo(401);
                }
            }
            assertThat(client().loginRaw("acmeadmin", "acme", "vcdsim-tenant", "/sessions").status).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(client().loginRaw("acmeadmin", "acme", "wrong", "/sessions").status).isEqualTo(401);
            }
            Http.Res locked = client().loginRaw("acmeadmin", "acme", "vcdsim-tenant", "/sessions");
            assertThat(locked.status).isEqualTo(401);
            assertThat(locked.body).contains("locked");
            clock.advance(Duration.ofMinutes(11));
            assertThat(client().loginRaw("acmeadmin", "acme", "vcdsim-tenant", "/sessions").status).isEqualTo(200);
        } finally {
            admin.put(acme + "/settings/passwordPolicy", type, "<OrgPasswordPolicySettings xmlns=\"" + Http.NS
                    + "\"><AccountLockoutEnabled>false</AccountLockoutEnabled></OrgPasswordPolicySettings>");
        }
        assertThat(admin.get(acme + "/settings/passwordPolicy").childText("AccountLockoutEnabled")).isEqualTo("false");
        assertBadPolicy(admin, acme, type);
    }

    static void assertBadPolicy(Http admin, String acme, String type) {
        Http.Res bad = admin.put(acme + "/settings/passwordPolicy", type, "<OrgPasswordPolicySettings xmlns=\""
                + Http.NS + "\"><AccountLockoutEnabled>true</AccountLockoutEnabled><InvalidLoginsBeforeLockout>0"
                + "</InvalidLoginsBeforeLockout></OrgPasswordPolicySettings>");
        assertThat(bad.status).isEqualTo(400);
    }
}
