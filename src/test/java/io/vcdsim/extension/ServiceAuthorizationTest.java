package io.vcdsim.extension;

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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.vcdsim.extension.ServiceParts.ACL_RULE;
import static io.vcdsim.extension.ServiceParts.ACTION;
import static io.vcdsim.extension.ServiceParts.RECORDS;
import static io.vcdsim.extension.ServiceParts.RESOURCE_CLASS;
import static io.vcdsim.extension.ServiceParts.RIGHT;
import static io.vcdsim.extension.ServiceParts.SERVICE_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with authorization enabled, over a real RabbitMQ: a request its filters claim reaches it only when
 * an action of one of its resource classes matches and an ACL rule of that action grants the caller the resource
 * the URL names; otherwise the caller gets vCD's 403 and the service is sent nothing.
 */
class ServiceAuthorizationTest {
    static final String FORBIDDEN = "ACCESS_TO_RESOURCE_IS_FORBIDDEN";
    static Broker broker;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withExtensionTimeout(Duration.ofMillis(1500)));
    static Http admin;
    static Http tenant;
    static Connection serviceSide;

    @BeforeAll
    static void start() throws Exception {
        broker = Broker.start();
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        assertThat(admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                broker.amqpSettings()).status).isEqualTo(200);
        ConnectionFactory f = new ConnectionFactory();
        f.setPort(broker.port());
        serviceSide = f.newConnection("authorized-service");
        Channel ch = serviceSide.createChannel();
        ch.exchangeDeclare("widgets", "direct", true);
        ch.queueDeclare("widgets-requests", false, false, true, null);
        ch.queueBind("widgets-requests", "widgets", "widgets.requests");
        // the service of ExtensionServiceTest: it answers 201, and keeps what it was sent
        ch.basicConsume("widgets-requests", true,
                (tag, d) -> ExtensionServiceTest.answer(ch, d.getProperties(), d.getBody()), tag -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        serviceSide.close();
        broker.close();
    }

    /** A resource class of the service with one GET action on {@code pattern}: the action's aclrules href. */
    static String getAction(Http.Res service, String mimeType, String pattern, Http.Res[] resourceClass) {
        resourceClass[0] = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("c", mimeType, "n"));
        Http.Res action = admin.post(resourceClass[0].link("down:resourceClassActions", RECORDS), ACTION,
                ServiceParts.action("read", "GET", pattern));
        assertThat(action.status).as(action.body).isEqualTo(201);
        return action.link("down:aclRules", RECORDS);
    }

    static void refused(Http who, String method, String path) throws InterruptedException {
        ExtensionServiceTest.received.clear();
        Http.Res r = who.send(who.request(path).method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(r.status).as(method + " " + path + ": " + r.body).isEqualTo(403);
        assertThat(r.minor()).isEqualTo(FORBIDDEN);
        assertThat(ExtensionServiceTest.received.poll(300, TimeUnit.MILLISECONDS)).as("sent to the service").isNull();
    }

    @Test
    void serviceResourceRuleGrantsMembersOfTheResourcesOrgOnly() throws Exception {
        Http.Res service = ServiceParts.service(admin, "backups", "com.example.auth.backups", true, "/api/backup/.*");
        Http.Res[] c = new Http.Res[1];
        String rules = getAction(service, "application/vnd.example.backup+xml", "/api/backup/(?&lt;id&gt;[-a-z0-9]+)", c);
        String resources = c[0].link("down:serviceResources", RECORDS);
        String systemOrg = admin.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        admin.post(resources, SERVICE_RESOURCE, ServiceParts.serviceResource("a", ServiceParts.acmeHref(tenant), "b-acme"));
        admin.post(resources, SERVICE_RESOURCE, ServiceParts.serviceResource("s", systemOrg, "b-sys"));
        refused(tenant, "GET", "/api/backup/b-acme"); // no rule yet
        assertThat(admin.post(rules, ACL_RULE, ServiceParts.aclRule("members", "Shared", "Shared", "Shared")).status)
                .isEqualTo(201);

        ExtensionServiceTest.received.clear();
        Http.Res granted = tenant.get("/api/backup/b-acme");
        assertThat(granted.status).as(granted.body).isEqualTo(201);
        assertThat(ExtensionServiceTest.received.poll(5, TimeUnit.SECONDS).get(0).get("requestUri").asText())
                .isEqualTo("/api/backup/b-acme");
        refused(tenant, "GET", "/api/backup/b-sys");     // another org's resource
        refused(tenant, "GET", "/api/backup/b-nobody");  // no such resource
        refused(tenant, "POST", "/api/backup/b-acme");   // no action for the method
        refused(tenant, "GET", "/api/backup/b-acme/x");  // no action for the URL
    }

    @Test
    void principalRuleByRightGrantsOnlyHoldersOfTheRightOnVcdEntities() throws Exception {
        Http.Res service = ServiceParts.service(admin, "clock", "com.example.auth.clock", true, "/api/org/.*/currentTime");
        Http.Res right = admin.post(service.link("add", RIGHT), RIGHT, ServiceParts.right("ReadTime", "Clock"));
        String rules = getAction(service, "application/vnd.vmware.admin.organization+xml",
                "/api/org/(?&lt;id&gt;[-a-f0-9]+)/currentTime", new Http.Res[1]);
        assertThat(admin.post(rules, ACL_RULE, ServiceParts.aclRule("holders", null, "Published",
                "Entity " + right.attr("href"))).status).isEqualTo(201);
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        String path = org.substring(org.indexOf("/api/")) + "/currentTime";

        refused(tenant, "GET", path); // the org administrator's role lacks the right
        String roleBody = "<Role xmlns=\"" + ServiceParts.NS + "\" name=\"timekeepers\"><RightReferences>"
                + "<RightReference href=\"" + right.attr("href") + "\"/></RightReferences></Role>";
        // an org administrator cannot give itself a service's right; a system administrator gives it
        Http.Res selfGranted = tenant.post(ServiceParts.acmeHref(tenant) + "/roles",
                "application/vnd.vmware.admin.role+xml", roleBody);
        assertThat(selfGranted.status).as(selfGranted.body).isEqualTo(403);
        Http.Res role = admin.post(ServiceParts.acmeHref(tenant) + "/roles", "application/vnd.vmware.admin.role+xml",
                roleBody);
        assertThat(role.status).as(role.body).isEqualTo(201);
        Http holder = Sim.userWithRole(tenant, vcd.httpUrl(), "timekeepers");

        assertThat(holder.get(path).status).isEqualTo(201);
        refused(holder, "GET", "/api/org/" + java.util.UUID.randomUUID() + "/currentTime"); // no such org
    }

    @Test
    void principalRuleByUserGrantsThatUserOnly() throws Exception {
        Http.Res service = ServiceParts.service(admin, "notes", "com.example.auth.notes", true, "/api/notes/.*");
        Http.Res[] c = new Http.Res[1];
        String rules = getAction(service, "application/vnd.example.note+xml", "/api/notes/(?&lt;id&gt;\\d+)", c);
        admin.post(c[0].link("down:serviceResources", RECORDS), SERVICE_RESOURCE,
                ServiceParts.serviceResource("n", ServiceParts.acmeHref(tenant), "7"));
        String tenantUser = tenant.get("/api/query?type=user&format=records&filter=name==acmeadmin")
                .children("UserRecord").get(0).getAttribute("href");
        assertThat(admin.post(rules, ACL_RULE, ServiceParts.aclRule("own", null, "Shared", "Entity " + tenantUser))
                .status).isEqualTo(201);

        assertThat(tenant.get("/api/notes/7").status).isEqualTo(201);
        refused(Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User"), "GET", "/api/notes/7");
    }
}
