package io.vcdsim.events;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.store.EventRow;
import io.vcdsim.tasks.TaskEvents;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The full approval loop and an outage, against a real RabbitMQ, consumed with the RabbitMQ Java client. */
class NotificationTest {
    static final String EXT = "/api/admin/extension";
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    static final String PARAMS = "application/vnd.vmware.admin.blockingTaskOperationParams+xml";
    static Broker broker;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withTaskDurations(TaskDurations.parse("PT0.1S", "")));
    static Http admin;
    static Http tenant;

    /** What a test consumer received: routing key, headers and body. */
    record Message(String routingKey, java.util.Map<String, Object> headers, String body, String messageId) {
        String header(String name) {
            Object v = headers.get(name);
            return v == null ? null : v.toString();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        broker = Broker.start();
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        declareTestQueues();
        String settings = broker.amqpSettings();
        Http.Res test = admin.post(EXT + "/settings/amqp/action/test", "application/vnd.vmware.admin.amqpSettings+xml",
                settings);
        assertThat(test.body).contains("<vmext:Valid>true</vmext:Valid>");
        Http.Res saved = admin.put(EXT + "/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml", settings);
        assertThat(saved.status).as(saved.body).isEqualTo(200);
        assertThat(saved.body).contains("<vmext:AmqpPassword></vmext:AmqpPassword>"); // write-only
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
    }

    /**
     * The test consumers' queues and bindings, declared (again) as any consumer does when it
     * (re)connects: after the outage test's crash of the broker, a binding may come back late.
     */
    static void declareTestQueues() throws Exception {
        withChannel(ch -> {
            ch.exchangeDeclare("systemExchange", "topic", true);
            ch.exchangeDeclare("vcd.notifications20", "topic", true);
            ch.queueDeclare("test-xml", true, false, false, null);
            ch.queueBind("test-xml", "systemExchange", "#");
            ch.queueDeclare("test-json", true, false, false, null);
            ch.queueBind("test-json", "vcd.notifications20", "#.com.vmware.vcloud.event.blockingtask.#");
        });
    }

    interface ChannelWork {
        void run(Channel ch) throws Exception;
    }

    static void withChannel(ChannelWork work) throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setPort(broker.port());
        try (Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            work.run(ch);
        }
    }

    /** Reads messages from the queue until one matches (those before it are kept in the returned list). */
    static List<Message> consumeUntil(String queue, Predicate<Message> wanted) throws Exception {
        List<Message> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<Message> batch = new ArrayList<>();
            withChannel(ch -> {
                GetResponse r;
                while ((r = ch.basicGet(queue, true)) != null) {
                    batch.add(new Message(r.getEnvelope().getRoutingKey(), r.getProps().getHeaders(),
                            new String(r.getBody(), StandardCharsets.UTF_8), r.getProps().getMessageId()));
                }
            });
            seen.addAll(batch);
            if (seen.stream().anyMatch(wanted)) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no matching message on " + queue + "; got " + seen);
    }

    static Element entityLink(Message m, String rel) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(m.body().getBytes(StandardCharsets.UTF_8)));
        var links = d.getElementsByTagNameNS(VMEXT, "EntityLink");
        for (int i = 0; i < links.getLength(); i++) {
            Element e = (Element) links.item(i);
            if (e.getAttribute("rel").equals(rel)) {
                return e;
            }
        }
        throw new AssertionError("no EntityLink rel=" + rel + " in " + m.body());
    }

    static Http.Res createCatalog(String name) {
        return Sim.createCatalog(tenant, name);
    }

    static void blockCatalogCreation(boolean block) {
        Http.Res r = admin.put(EXT + "/settings/blockingTask/operations", "application/vnd.vmware.admin"
                + ".taskOperationList+xml", "<BlockingTaskOperations xmlns=\"" + Http.NS + "\">"
                + (block ? "<Operation>catalogCreateCatalog</Operation>" : "") + "</BlockingTaskOperations>");
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    @Test
    void anApprovalServiceResumesABlockedTaskFromItsNotification() throws Exception {
        blockCatalogCreation(true);
        try {
            Http.Res created = createCatalog("approved-" + UUID.randomUUID().toString().substring(0, 8));
            String taskUrn = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("id");
            String taskId = taskUrn.substring(taskUrn.lastIndexOf(':') + 1);

            // the approval bot: wait for blockingtask/create of this task, resolve it, resume it
            Predicate<Message> blockedMine = m -> m.routingKey().endsWith(
                    ".com.vmware.vcloud.event.blockingtask.create.catalogCreateCatalog")
                    && taskId.equals(m.header("notification.taskUUID"));
            Message blocked = consumeUntil("test-xml", blockedMine).stream().filter(blockedMine).findFirst()
                    .orElseThrow();
            assertThat(blocked.routingKey()).startsWith("true.");
            assertThat(blocked.header("notification.type")).isEqualTo("com/vmware/vcloud/event/blockingtask/create");
            assertThat(entityLink(blocked, "task").getAttribute("id")).isEqualTo(taskUrn);
            String urn = entityLink(blocked, "entity").getAttribute("id");
            assertThat(urn).startsWith("urn:vcloud:blockingTask:");
            Http.Res entity = admin.get("/api/entity/" + urn);
            Http.Res blocking = admin.get(entity.link("alternate", "application/vnd.vmware.admin.blockingTask+xml"));
            assertThat(admin.post(blocking.link("resume", PARAMS), PARAMS, "<vmext:BlockingTaskOperationParams "
                    + "xmlns:vmext=\"" + VMEXT + "\"><vmext:Message>ok</vmext:Message>"
                    + "</vmext:BlockingTaskOperationParams>").status).isEqualTo(204);
            assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");

            List<Message> after = consumeUntil("test-xml", m -> m.routingKey().contains(
                    ".com.vmware.vcloud.event.task.complete.") && taskId.equals(m.header("notification.taskUUID")));
            assertThat(after.stream().filter(m -> taskId.equals(m.header("notification.taskUUID")))
                    .map(m -> m.header("notification.type"))).containsSubsequence(
                    "com/vmware/vcloud/event/blockingtask/resume", "com/vmware/vcloud/event/task/start",
                    "com/vmware/vcloud/event/task/complete");
            List<Message> json = consumeUntil("test-json", m -> m.body().contains(urn));
            assertThat(json.stream().filter(m -> m.body().contains(urn)).findFirst().orElseThrow().body())
                    .contains("\"task\":\"" + taskUrn + "\"").contains("\"operationSuccess\":true");
        } finally {
            blockCatalogCreation(false);
        }
    }

    @Test
    void aBrokerOutageDelaysNotificationsAndLosesNone() throws Exception {
        withChannel(ch -> ch.queuePurge("test-xml")); // forget what earlier work sent
        broker.down();
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Http.Res created = createCatalog("outage-" + i + "-" + UUID.randomUUID().toString().substring(0, 8));
            assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
            String urn = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("id");
            taskIds.add(urn.substring(urn.lastIndexOf(':') + 1));
        }
        broker.up();
        declareTestQueues();
        String last = taskIds.get(2);
        List<Message> got = consumeUntil("test-xml", m -> last.equals(m.header("notification.taskUUID"))
                && m.header("notification.type").endsWith("/task/complete"));
        for (String id : taskIds) {
            assertThat(got.stream().filter(m -> id.equals(m.header("notification.taskUUID")))
                    .map(m -> m.header("notification.type"))).as(id).containsExactly(
                    "com/vmware/vcloud/event/task/create", "com/vmware/vcloud/event/task/start",
                    "com/vmware/vcloud/event/catalog/create", "com/vmware/vcloud/event/task/complete");
        }
    }

    @Test
    void objectChangesAreAnnouncedAsObjectEvents() throws Exception {
        Http.Res created = createCatalog("announced-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String catalogId = created.attr("id").substring(created.attr("id").lastIndexOf(':') + 1);
        Predicate<Message> catalogCreated = m -> "com/vmware/vcloud/event/catalog/create".equals(
                m.header("notification.type")) && catalogId.equals(m.header("notification.entityUUID"));
        Message m = consumeUntil("test-xml", catalogCreated).stream().filter(catalogCreated).findFirst().orElseThrow();
        assertThat(m.routingKey()).startsWith("true." + catalogId + ".")
                .endsWith(".com.vmware.vcloud.event.catalog.create");
        assertThat(m.header("notification.entityType")).isEqualTo("catalog");
        assertThat(entityLink(m, "entity").getAttribute("name")).isEqualTo(created.attr("name"));
        assertThat(entityLink(m, "down").getAttribute("name")).isEqualTo("acmeadmin");

        // a synchronous change: the system administrator edits the tenant org
        String orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        Http.Res org = admin.get(orgHref);
        String orgId = org.attr("id").substring(org.attr("id").lastIndexOf(':') + 1);
        assertThat(admin.put(orgHref, "application/vnd.vmware.admin.organization+xml", "<AdminOrg xmlns=\""
                + Http.NS + "\" name=\"acme\"><Description>announced</Description><IsEnabled>true</IsEnabled>"
                + "</AdminOrg>").status).isEqualTo(200); // a PUT replaces: without IsEnabled it would disable acme
        Predicate<Message> orgModified = x -> "com/vmware/vcloud/event/org/modify".equals(x.header("notification.type"))
                && orgId.equals(x.header("notification.entityUUID"));
        Message modified = consumeUntil("test-xml", orgModified).stream().filter(orgModified).findFirst().orElseThrow();
        assertThat(entityLink(modified, "entity").getAttribute("id")).isEqualTo("urn:vcloud:org:" + orgId);
        assertThat(entityLink(modified, "down").getAttribute("name")).isEqualTo("administrator");
    }

    @Test
    void anEventThatCannotBePublishedIsSetAsideAndTheOnesAfterItGoOut() throws Exception {
        var db = vcd.sim().db();
        UUID acme = db.read(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
        Long before = db.read(tx -> tx.events().undeliveredCount());
        // a task event whose operationName makes a routing key longer than AMQP's 255 bytes
        db.run(tx -> tx.events().insert(new EventRow(UUID.randomUUID(), acme, TaskEvents.PREFIX + "create",
                "com.example.poison", Instant.now(), true, null, "someone", null, UUID.randomUUID(), "n".repeat(300))));
        String name = "after-poison-" + UUID.randomUUID().toString().substring(0, 8);
        tenant.awaitTask(Sim.createCatalog(tenant, name));
        List<Message> seen = consumeUntil("test-xml", m -> m.routingKey().endsWith(".com.vmware.vcloud.event.catalog"
                + ".create") && m.body().contains("name=\"" + name + "\""));
        assertThat(seen).noneMatch(m -> m.routingKey().contains("nnnnnnnnnn"));
        Long after = db.read(tx -> tx.events().undeliveredCount());
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void everyMessageIsNamedByItsEventSoConsumersCanDropACopy() throws Exception {
        String name = "named-" + UUID.randomUUID().toString().substring(0, 8);
        tenant.awaitTask(Sim.createCatalog(tenant, name));
        Predicate<Message> catalogCreate = m -> m.routingKey().endsWith(".com.vmware.vcloud.event.catalog.create")
                && m.body().contains("name=\"" + name + "\"");
        Message created = consumeUntil("test-xml", catalogCreate).stream().filter(catalogCreate).findFirst()
                .orElseThrow();
        Element notification = entityLink(created, "entity").getOwnerDocument().getDocumentElement();
        assertThat(created.messageId()).isNotBlank().isEqualTo(notification.getAttribute("eventId"));
    }
}
