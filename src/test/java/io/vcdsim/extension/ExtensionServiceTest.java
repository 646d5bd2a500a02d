package io.vcdsim.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extension services end to end: registration through the links clients follow, the adminService
 * and apiFilter queries, and requests forwarded over a real RabbitMQ to a service written with the
 * RabbitMQ Java client, which answers the way vCD's services do.
 */
class ExtensionServiceTest {
    static final String VMEXT = Http.VMEXT;
    static final String SERVICE = "application/vnd.vmware.admin.service+xml";
    static final ObjectMapper JSON = new ObjectMapper();
    static Broker broker;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withExtensionTimeout(Duration.ofMillis(1500)));
    static Http admin;
    static Http tenant;
    static Connection serviceSide;
    /** Requests the test service received, as JSON arrays. */
    static final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws Exception {
        broker = Broker.start();
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        Http.Res saved = admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                broker.amqpSettings());
        assertThat(saved.status).as(saved.body).isEqualTo(200);
        ConnectionFactory f = new ConnectionFactory();
        f.setPort(broker.port());
        serviceSide = f.newConnection("test-service");
        Channel ch = serviceSide.createChannel();
        ch.exchangeDeclare("widgets", "direct", true);
        ch.queueDeclare("widgets-requests", false, false, true, null);
        ch.queueBind("widgets-requests", "widgets", "widgets.requests");
        ch.exchangeDeclare("silent", "direct", true); // a service that never answers
        ch.basicConsume("widgets-requests", true, (tag, d) -> answer(ch, d.getProperties(), d.getBody()), tag -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        serviceSide.close();
        broker.close();
    }

    /** The service: echoes what it was asked with status 201, as an extension replies (task spec §5.3). */
    static void answer(Channel ch, AMQP.BasicProperties request, byte[] body) throws java.io.IOException {
        JsonNode message = JSON.readTree(body);
        received.add(message);
        JsonNode r = message.get(0);
        String echo = "{\"method\":\"" + r.get("method").asText() + "\",\"uri\":\"" + r.get("requestUri").asText() + "\"}";
        Map<String, Object> reply = Map.of("id", r.get("id").asText(), "statusCode", 201,
                "headers", Map.of("Content-Type", "application/json", "X-Widget", "42"),
                "body", Base64.getEncoder().encodeToString(echo.getBytes(StandardCharsets.UTF_8)), "request", false);
        ch.basicPublish(request.getHeaders().get("replyToExchange").toString(), request.getReplyTo(),
                new AMQP.BasicProperties.Builder().correlationId(request.getCorrelationId()).build(),
                JSON.writeValueAsBytes(reply));
    }

    static String service(String name, String namespace, String exchange, String routingKey, String... patterns) {
        StringBuilder filters = new StringBuilder();
        for (String p : patterns) {
            filters.append("<vmext:ApiFilter><vmext:UrlPattern>").append(p).append("</vmext:UrlPattern></vmext:ApiFilter>");
        }
        return "<vmext:Service xmlns=\"" + Http.NS + "\" xmlns:vmext=\"" + VMEXT + "\" name=\"" + name + "\">"
                + "<Description>test service</Description><vmext:Namespace>" + namespace + "</vmext:Namespace>"
                + "<vmext:Enabled>true</vmext:Enabled><vmext:RoutingKey>" + routingKey + "</vmext:RoutingKey>"
                + "<vmext:Exchange>" + exchange + "</vmext:Exchange><vmext:ApiFilters>" + filters
                + "</vmext:ApiFilters></vmext:Service>";
    }

    /** Registers through the links pyvcloud follows: VMWExtension → extensionServices → add. */
    static Http.Res register(String body) {
        String services = admin.get("/api/admin/extension").link("down",
                "application/vnd.vmware.admin.extensionServices+xml");
        return admin.post(admin.get(services).link("add", SERVICE), SERVICE, body);
    }

    @Test
    void registeredServiceIsListedQueriedAndProtected() {
        Http.Res created = register(service("inventory", "inventory-ns", "widgets", "widgets.requests",
                "/api/inventory/.*"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(created.vmextText("Namespace")).isEqualTo("inventory-ns");
        assertThat(created.vmextText("Priority")).isEqualTo("50");
        assertThat(created.link("add", "application/vnd.vmware.admin.apiFilter+xml")).endsWith("/apifilters");
        assertThat(created.header("Location")).isEqualTo(created.attr("href"));

        Http.Res again = register(service("other", "inventory-ns", "widgets", "k", "/x"));
        assertThat(again.status).isEqualTo(400);
        assertThat(again.minor()).isEqualTo("DUPLICATE_NAME");
        Http.Res badPattern = register(service("broken", "broken-ns", "widgets", "k", "/api/(unclosed"));
        assertThat(badPattern.status).isEqualTo(400);
        assertThat(badPattern.body).contains("regular expression");
        assertThat(admin.get("/api/query?type=adminService&format=records&filter=namespace==broken-ns").body)
                .doesNotContain("AdminServiceRecord "); // nothing half-registered
        assertThat(tenant.post("/api/admin/extension/service", SERVICE, service("t", "t-ns", "e", "k")).status)
                .isEqualTo(403);

        Http.Res records = admin.get("/api/query?type=adminService&format=idrecords&filter=name==inventory");
        var record = records.children("AdminServiceRecord").get(0);
        assertThat(record.getAttribute("namespace")).isEqualTo("inventory-ns");
        assertThat(record.getAttribute("exchange")).isEqualTo("widgets");
        assertThat(record.getAttribute("routingKey")).isEqualTo("widgets.requests");
        assertThat(record.getAttribute("enabled")).isEqualTo("true");
        assertThat(record.getAttribute("isAuthorizationEnabled")).isEqualTo("false");
        String urn = record.getAttribute("id");
        assertThat(urn).startsWith("urn:vcloud:service:");
        Http.Res filters = admin.get("/api/query?type=apiFilter&format=references&filter=service==" + urn);
        assertThat(filters.children("ApiFilterReference")).hasSize(1);
        assertThat(tenant.get("/api/query?type=adminService").status).isEqualTo(403);
    }

    @Test
    void matchingRequestIsForwardedAndTheServicesReplyReturned() throws Exception {
        Http.Res created = register(service("widgets", "widgets-ns", "widgets", "widgets.requests",
                "/api/widgets", "/api/widgets/.*"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        received.clear();

        Http.Res r = tenant.send(tenant.request("/api/widgets/7/paint?color=red")
                .header("Content-Type", "application/json")
                .header("X-Custom", "kept").POST(HttpRequest.BodyPublishers.ofString("{\"coat\":2}")));

        assertThat(r.status).as(r.body).isEqualTo(201);
        assertThat(r.body).isEqualTo("{\"method\":\"POST\",\"uri\":\"/api/widgets/7/paint\"}");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("X-Widget")).isEqualTo("42");
        JsonNode message = received.poll(5, TimeUnit.SECONDS);
        JsonNode request = message.get(0);
        assertThat(request.get("method").asText()).isEqualTo("POST");
        assertThat(request.get("requestUri").asText()).isEqualTo("/api/widgets/7/paint");
        assertThat(request.get("queryString").asText()).isEqualTo("color=red");
        assertThat(new String(Base64.getDecoder().decode(request.get("body").asText()), StandardCharsets.UTF_8))
                .isEqualTo("{\"coat\":2}");
        assertThat(request.get("headers").get("X-Custom").asText()).isEqualTo("kept");
        assertThat(request.get("headers").get("Authorization").asText()).isEqualTo("Bearer " + tenant.token());
        assertThat(request.get("request").asBoolean()).isTrue();
        assertThat(request.get("id").asText()).isEqualTo(r.header("X-VMWARE-VCLOUD-REQUEST-ID"));
        assertThat(message.get(1).get("securityContext").get("userName").asText()).isEqualTo("acmeadmin");
        assertThat(message.get(1).get("securityContext").get("orgName").asText()).isEqualTo("acme");

        // without a session nothing is forwarded
        assertThat(new Http(vcd.httpUrl()).get("/api/widgets").status).isEqualTo(401);
        // our own resources are not claimed
        assertThat(tenant.get("/api/org").status).isEqualTo(200);
    }

    @Test
    void serviceThatDoesNotAnswerGivesGatewayTimeoutAndMissingExchangeAServerError() {
        assertThat(register(service("silent", "silent-ns", "silent", "nobody.listens", "/api/silent/.*")).status)
                .isEqualTo(201);
        long started = System.nanoTime();
        Http.Res r = tenant.get("/api/silent/anything");
        assertThat(r.status).as(r.body).isEqualTo(504);
        assertThat(r.minor()).isEqualTo("GATEWAY_TIMEOUT");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));

        assertThat(register(service("ghost", "ghost-ns", "no-such-exchange", "k", "/api/ghost/.*")).status)
                .isEqualTo(201);
        Http.Res missing = tenant.get("/api/ghost/1");
        assertThat(missing.status).as(missing.body).isEqualTo(500);
        assertThat(missing.body).contains("no-such-exchange");
        // the failed publish does not break the next request to a healthy service
        register(service("healthy", "healthy-ns", "widgets", "widgets.requests", "/api/healthy/.*"));
        assertThat(tenant.get("/api/healthy/1").status).isEqualTo(201);
    }

    @Test
    void disabledServiceStopsClaimingAndOnlyThenCanBeDeleted() {
        Http.Res created = register(service("gadgets", "gadgets-ns", "widgets", "widgets.requests", "/api/gadgets/.*"));
        String href = created.attr("href");
        assertThat(tenant.get("/api/gadgets/1").status).isEqualTo(201);

        Http.Res refused = admin.delete(href);
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.body).contains("disable");

        // what pyvcloud's enable_extension(enabled=False) sends: no ApiFilters, which stay as they are
        Http.Res disabled = admin.put(href, SERVICE, "<vmext:Service xmlns:vmext=\"" + VMEXT + "\" name=\"gadgets\">"
                + "<vmext:Namespace>gadgets-ns</vmext:Namespace><vmext:Enabled>false</vmext:Enabled>"
                + "<vmext:RoutingKey>widgets.requests</vmext:RoutingKey><vmext:Exchange>widgets</vmext:Exchange>"
                + "</vmext:Service>");
        assertThat(disabled.status).as(disabled.body).isEqualTo(200);
        assertThat(disabled.vmextText("Enabled")).isEqualTo("false");
        assertThat(Http.Res.children(Http.Res.children(disabled.root(), VMEXT, "ApiFilters").get(0), VMEXT,
                "ApiFilter")).hasSize(1);
        assertThat(tenant.get("/api/gadgets/1").status).isEqualTo(404);

        assertThat(admin.delete(href).status).isEqualTo(204);
        assertThat(admin.get(href).status).isEqualTo(403);
    }

    @Test
    void filtersAreAddedAndRemovedOneByOne() {
        Http.Res created = register(service("tools", "tools-ns", "widgets", "widgets.requests"));
        assertThat(tenant.get("/api/tools/1").status).isEqualTo(404);

        String add = created.link("add", "application/vnd.vmware.admin.apiFilter+xml");
        Http.Res filter = admin.post(add, "application/vnd.vmware.admin.apiFilter+xml", "<vmext:ApiFilter xmlns:vmext=\""
                + VMEXT + "\"><vmext:UrlPattern>/api/tools/.*</vmext:UrlPattern></vmext:ApiFilter>");
        assertThat(filter.status).as(filter.body).isEqualTo(201);
        assertThat(tenant.get("/api/tools/1").status).isEqualTo(201);
        assertThat(Http.Res.children(admin.get(add).root(), VMEXT, "ApiFilter")).hasSize(1);

        Http.Res neither = admin.post(add, "application/vnd.vmware.admin.apiFilter+xml",
                "<vmext:ApiFilter xmlns:vmext=\"" + VMEXT + "\"/>");
        assertThat(neither.status).isEqualTo(400);

        assertThat(admin.delete(filter.link("remove", null)).status).isEqualTo(204);
        assertThat(tenant.get("/api/tools/1").status).isEqualTo(404);
        assertThat(Http.Res.children(admin.get(add).root(), VMEXT, "ApiFilter")).isEmpty();
    }
}
