package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class VersionsAndErrorsTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http anon;

    @BeforeAll
    static void client() {
        anon = new Http(vcd.httpUrl());
    }

    @Test
    void versionsListEveryClientVersionWithAbsoluteLoginUrl() {
        Http.Res r = anon.get("/api/versions");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.root().getLocalName()).isEqualTo("SupportedVersions");
        String vns = "http://www.vmware.com/vcloud/versions";
        assertThat(r.root().getNamespaceURI()).isEqualTo(vns);
        var infos = r.root().getElementsByTagNameNS(vns, "VersionInfo");
        List<String> versions = new java.util.ArrayList<>();
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            String v = info.getElementsByTagNameNS(vns, "Version").item(0).getTextContent();
            String login = info.getElementsByTagNameNS(vns, "LoginUrl").item(0).getTextContent();
            versions.add(v);
            assertThat(login).startsWith(vcd.httpUrl() + "/");
            assertThat(login).endsWith(Double.parseDouble(v) >= 33 ? "/cloudapi/1.0.0/sessions" : "/api/sessions");
            // a mapping would name an XSD vcdsim does not serve: a dead link
            assertThat(info.getElementsByTagNameNS(vns, "SchemaLocation").getLength()).isZero();
        }
        assertThat(versions).contains("5.5", "29.0", "30.0", "31.0", "32.0", "33.0", "34.0", "35.0", "36.0", "37.0",
                "38.0");
        // the minor versions of vCD 10.x updates, which go-vcloud-director picks from this list
        assertThat(versions).contains("35.2", "36.3", "37.1", "37.2", "37.3", "38.1");
    }

    /**
     * A request line too long to read is a 414 Error that says so and closes the connection in the open: a client
     * that keeps connections alive (python-requests) must not send its next request into the closed socket.
     */
    @Test
    void aUriTooLongIsA414ThatClosesTheConnectionSayingSo() throws Exception {
        java.net.URI base = java.net.URI.create(vcd.httpUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/versions?x=" + "y".repeat(40_000) + " HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 414 ");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("\r\nconnection: close\r\n");
            assertThat(answer).contains("majorErrorCode=\"414\"").contains("longer than this server reads")
                    .doesNotContain("null");
        }
        assertThat(anon.get("/api/versions").status).isEqualTo(200);
    }

    @Test
    void aMinorVersionIsServedAndEchoed() {
        Http.Res r = new Http(vcd.httpUrl()).version("37.1").get("/api/versions");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.contentType()).endsWith(";version=37.1");
        assertThat(new Http(vcd.httpUrl()).version("37.9").get("/api/versions").status).isEqualTo(406);
    }

    @Test
    void requestedVersionIsEchoedInContentType() {
        Http.Res r = new Http(vcd.httpUrl()).version("33.0").get("/api/versions");
        assertThat(r.contentType()).endsWith(";version=33.0");
    }

    @Test
    void unsupportedVersionIsNotAcceptable() {
        Http.Res r = new Http(vcd.httpUrl()).version("99.0").get("/api/versions");
        assertThat(r.status).isEqualTo(406);
        assertThat(r.root().getLocalName()).isEqualTo("Error");
        assertThat(r.minor()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(r.attr("majorErrorCode")).isEqualTo("406");
    }

    @Test
    void unknownUrlIsA404ErrorDocumentWithRequestId() {
        Http.Res r = anon.get("/api/no/such/thing");
        assertThat(r.status).isEqualTo(404);
        assertThat(r.root().getNamespaceURI()).isEqualTo(Http.NS);
        assertThat(r.root().getLocalName()).isEqualTo("Error");
        assertThat(Integer.parseInt(r.attr("majorErrorCode"))).isEqualTo(404);
        assertThat(r.minor()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(r.attr("message")).isNotBlank();
        assertThat(r.header("X-VMWARE-VCLOUD-REQUEST-ID")).isNotBlank();
        assertThat(r.contentType()).startsWith("application/vnd.vmware.vcloud.error+xml");
    }

    @Test
    void clientRequestIdPrefixesTheRequestId() {
        Http.Res r = anon.send(anon.request("/api/versions").header("X-VMWARE-VCLOUD-CLIENT-REQUEST-ID", "my-run-7"));
        assertThat(r.header("X-VMWARE-VCLOUD-REQUEST-ID")).startsWith("my-run-7-");
    }

    @Test
    void cloudapiErrorsAreJson() {
        Http.Res r = anon.get("/cloudapi/1.0.0/nothing");
        assertThat(r.status).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body).contains("\"minorErrorCode\":\"RESOURCE_NOT_FOUND\"").contains("\"majorErrorCode\":404");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Http.Res r = anon.delete("/api/versions");
        assertThat(r.status).isEqualTo(405);
        assertThat(r.minor()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void missingSessionIs401() {
        Http.Res r = anon.get("/api/org");
        assertThat(r.status).isEqualTo(401);
        assertThat(r.minor()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void jsonRepresentationWhenAskedFor() {
        Http admin = Sim.admin(vcd.sim());
        Http.Res r = admin.send(admin.request("/api/org").setHeader("Accept", "application/*+json;version=36.0"));
        assertThat(r.status).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/vnd.vmware.vcloud.orgList+json;version=36.0");
        assertThat(r.body).startsWith("{").contains("\"org\":[").contains("\"name\":\"acme\"");
    }

    @Test
    void oddAcceptFormsFromGoClientAreUnderstood() {
        Http admin = Sim.admin(vcd.sim());
        Http.Res r = admin.send(admin.request("/api/query")
                .header("Accept", "vnd.vmware.vcloud.org+xml;version=37.0"));
        assertThat(r.status).isEqualTo(200);
        assertThat(r.root().getLocalName()).isEqualTo("QueryList");
    }

    @Test
    void hostileXmlIsRejectedAndChangesNothing() {
        Http admin = Sim.admin(vcd.sim());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE AdminOrg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"xxe\"><FullName>&x;</FullName><IsEnabled>true</IsEnabled>"
                + "<Settings/></AdminOrg>";
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE AdminOrg [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"bomb\"><FullName>&c;</FullName><Settings/></AdminOrg>";
        for (String body : List.of(xxe, bomb)) {
            Http.Res r = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml", body);
            assertThat(r.status).as(r.body).isEqualTo(400);
            assertThat(r.minor()).isEqualTo("BAD_REQUEST");
            assertThat(r.attr("message")).doesNotContain("root:");
        }
        assertThat(orgNames(admin)).doesNotContain("xxe", "bomb");
    }

    @Test
    void malformedAndMistypedBodiesAreRejected() {
        Http admin = Sim.admin(vcd.sim());
        Http.Res malformed = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml",
                "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"half\"><FullName>");
        assertThat(malformed.status).isEqualTo(400);
        assertThat(malformed.minor()).isEqualTo("BAD_REQUEST");

        Http.Res wrongType = admin.post("/api/admin/orgs", "text/plain", "name=x");
        assertThat(wrongType.status).isEqualTo(415);
        assertThat(wrongType.minor()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        Http.Res wrongRoot = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml",
                "<User xmlns=\"" + Http.NS + "\" name=\"wrongroot\"/>");
        assertThat(wrongRoot.status).isEqualTo(400);

        Http.Res deep = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml",
                "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"deep\">" + "<a>".repeat(100) + "</a>".repeat(100)
                        + "</AdminOrg>");
        assertThat(deep.status).isEqualTo(400);
        assertThat(orgNames(admin)).doesNotContain("half", "wrongroot", "deep");
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        Http admin = Sim.admin(vcd.sim());
        // a raw request that announces 20 MB: the answer must come before any of it is read
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", vcd.sim().httpPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/admin/orgs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin.token()
                    + "\r\nContent-Type: application/vnd.vmware.admin.organization+xml\r\n"
                    + "Content-Length: 20000000\r\n\r\n<AdminOrg xmlns=\"" + Http.NS + "\" name=\"big\">";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // the server closes the connection after its answer (Connection: close)
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("majorErrorCode=\"413\"");
        }
        assertThat(orgNames(admin)).doesNotContain("big");
    }

    static List<String> orgNames(Http h) {
        return h.get("/api/org").children("Org").stream().map(e -> e.getAttribute("name"))
                .collect(Collectors.toList());
    }
}
