package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values the store or AMQP cannot hold, ranges past what a date or a port can be, and input nested
 * deeper than a parser's stack: each is the client's 400 Error, and nothing of it is stored.
 */
class BadInputTest {
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    static final String EXT = "/api/admin/extension";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    static Http admin() {
        return Sim.admin(vcd.sim());
    }

    static Http tenant() {
        return Sim.tenant(vcd.sim());
    }

    static void assertBadRequest(Http.Res r) {
        assertThat(r.status).as(r.body).isEqualTo(400);
        assertThat(r.minor()).isEqualTo("BAD_REQUEST");
    }

    static String service(String name, String pattern) {
        return "<vmext:Service xmlns=\"" + Http.NS + "\" xmlns:vmext=\"" + VMEXT + "\" name=\"" + name + "\">"
                + "<vmext:Namespace>ns-" + UUID.randomUUID() + "</vmext:Namespace><vmext:Enabled>true</vmext:Enabled>"
                + "<vmext:RoutingKey>k</vmext:RoutingKey><vmext:Exchange>e</vmext:Exchange><vmext:ApiFilters>"
                + "<vmext:ApiFilter><vmext:UrlPattern>" + pattern + "</vmext:UrlPattern></vmext:ApiFilter>"
                + "</vmext:ApiFilters></vmext:Service>";
    }

    /**
     * A body sent in chunks, without a Content-Length, is read like any other: only a request with neither a length
     * nor a transfer coding (every GET) has none.
     */
    @Test
    void aBodySentInChunksIsRead() {
        Http tenant = tenant();
        String adminCatalog = "application/vnd.vmware.admin.catalog+xml";
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        byte[] body = ("<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"chunked\"/>").getBytes(StandardCharsets.UTF_8);
        Http.Res created = tenant.send(tenant.request(tenant.get(org).link("add", adminCatalog))
                .header("Content-Type", adminCatalog)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.attr("name")).isEqualTo("chunked");
    }

    @Test
    void extensionServiceNamesAndPatternsTheStoreCannotHoldAreRefused() {
        Http admin = admin();
        String type = "application/vnd.vmware.admin.service+xml";
        int before = admin.get(EXT + "/service").children("Service").size();
        assertBadRequest(admin.post(EXT + "/service", type, service("s".repeat(300), "/api/ok/.*")));
        assertBadRequest(admin.post(EXT + "/service", type, service("long-pattern", "/api/" + "x".repeat(10_000))));
        assertThat(admin.get(EXT + "/service").children("Service")).hasSize(before);
    }

    @Test
    void anAmqpPortOutsideTcpsRangeIsRefused() {
        Http admin = admin();
        String type = "application/vnd.vmware.admin.amqpSettings+xml";
        for (String port : new String[]{"70000", "-1", "0"}) {
            assertBadRequest(admin.put(EXT + "/settings/amqp", type, "<vmext:AmqpSettings xmlns:vmext=\"" + VMEXT
                    + "\"><vmext:AmqpHost>127.0.0.1</vmext:AmqpHost><vmext:AmqpPort>" + port
                    + "</vmext:AmqpPort></vmext:AmqpSettings>"));
        }
        assertThat(admin.get(EXT + "/settings/amqp").root().getElementsByTagNameNS(VMEXT, "AmqpPort").item(0)
                .getTextContent()).isEqualTo("5672");
    }

    /**
     * XML numbers past an int or a long are refused, not wrapped around: 4294967297 read as an int is 1, and
     * 2147483648 is -2147483648, which is how a NicQuota of 2147483648 once got stored.
     */
    @Test
    void numbersTooBigForTheirTypeAreRefusedNotWrapped() {
        Http admin = admin();
        String vdc = tenant().get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href").replace("/api/vdc/", "/api/admin/vdc/");
        String type = "application/vnd.vmware.admin.vdc+xml";
        String body = admin.get(vdc).body;
        String quota = admin.get(vdc).childText("NicQuota");
        for (String n : new String[]{"4294967297", "2147483648", "99999999999999999999"}) {
            Http.Res r = admin.put(vdc, type, body.replaceAll("<NicQuota>\\d+</NicQuota>",
                    "<NicQuota>" + n + "</NicQuota>"));
            assertBadRequest(r);
            assertThat(r.attr("message")).contains(n + " is not an integer from -2147483648 to 2147483647");
        }
        assertThat(admin.get(vdc).childText("NicQuota")).isEqualTo(quota);
        String disk = "application/vnd.vmware.vcloud.diskCreateParams+xml";
        String vdcUser = vdc.replace("/api/admin/vdc/", "/api/vdc/");
        assertBadRequest(tenant().post(vdcUser + "/disk", disk, "<DiskCreateParams xmlns=\"" + Http.NS + "\"><Disk "
                + "name=\"wrap\" sizeMb=\"18446744073709551617\"/></DiskCreateParams>"));
    }

    /** JSON of the wrong shape is told by its place in the body, not by the Java types vcdsim reads it into. */
    @Test
    void jsonOfTheWrongShapeIsDescribedWithoutJavaTypes() {
        Http admin = admin();
        Http.Res body = admin.send(admin.request("/api/admin/extension/settings/amqp")
                .header("Content-Type", "application/vnd.vmware.admin.amqpSettings+json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amqpPort\": {\"nested\": 1}}")));
        assertBadRequest(body);
        assertThat(body.attr("message")).contains("amqpPort").contains("line 1").doesNotContain("java.")
                .doesNotContain("`");
        Http.Res settings = admin.send(admin.request("/api/vcdsim/simulation").header("Content-Type",
                "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"failures\": 7}")));
        assertBadRequest(settings);
        assertThat(settings.attr("message")).contains("failures").doesNotContain("java.").doesNotContain("`");
    }

    /** A saved state the schema refuses is the state's fault: the constraint is named, the driver and SQL are not. */
    @Test
    void aStateTheSchemaRefusesIsA400WithoutTheDatabasesInsides() {
        Http admin = admin();
        String state = "{\"org\": [{\"id\": \"" + UUID.randomUUID() + "\"}]}"; // an org without its name
        Http.Res load = admin.send(admin.request("/api/vcdsim/state").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(state)));
        assertBadRequest(load);
        assertThat(load.attr("message")).startsWith("The state cannot be loaded: ").doesNotContain("org.h2")
                .doesNotContain("Jdbc").doesNotContain("SQL statement").doesNotContain("INSERT");
        assertThat(Sim.tenant(vcd.sim()).get("/api/session").status).as("the state before is kept").isEqualTo(200);
    }

    @Test
    void aBlockingTimeoutBeyondTheCalendarIsRefused() {
        assertBadRequest(admin().put(EXT + "/settings/blockingTask", "application/vnd.vmware.admin"
                + ".blockingTaskSettings+xml", "<vmext:BlockingTaskSettings xmlns:vmext=\"" + VMEXT + "\">"
                + "<vmext:TimeoutAction>abort</vmext:TimeoutAction><vmext:BlockingTaskOperations/>"
                + "<vmext:TimeoutInMilliseconds>" + Long.MAX_VALUE + "</vmext:TimeoutInMilliseconds>"
                + "</vmext:BlockingTaskSettings>"));
    }

    @Test
    void aMetadataDateNoClientCanReadIsRefused() {
        Http tenant = tenant();
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        assertBadRequest(tenant.put(vdc + "/metadata/GENERAL/when", "application/vnd.vmware.vcloud.metadata.value+xml",
                "<MetadataValue xmlns=\"" + Http.NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                        + "<TypedValue xsi:type=\"MetadataDateTimeValue\"><Value>+9999999-01-01T00:00:00Z</Value>"
                        + "</TypedValue></MetadataValue>"));
        assertThat(tenant.get(vdc + "/metadata/GENERAL/when").status).isEqualTo(403);
    }

    @Test
    void aQueryFilterNestedTooDeepIsA400NotAStackOverflow() {
        String filter = "(".repeat(600) + "name==a" + ")".repeat(600);
        assertBadRequest(tenant().get("/api/query?type=user&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
    }
}
