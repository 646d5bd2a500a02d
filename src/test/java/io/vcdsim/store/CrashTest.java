package io.vcdsim.store;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vcdsim process killed with SIGKILL while clients write loses nothing it acknowledged: every
 * catalog it answered 201 for, every service task it answered 200 for, every metadata change it
 * answered 202 for and every blocked deletion it answered 202 for is there after a restart on the same
 * store; every acknowledged catalog's task ends, and every blocked deletion still waits for its approval
 * and ends once approved.
 */
class CrashTest {
    private static final String TASK = "application/vnd.vmware.vcloud.task+xml";
    private static final String METADATA_VALUE = "application/vnd.vmware.vcloud.metadata.value+xml";
    private static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";

    static Broker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = Broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void nothingAcknowledgedIsLostOnH2() throws Exception {
        Path dir = Sim.tempDir();
        crashAndRestart(List.of("--data-dir", dir.toString()));
    }

    @Test
    void nothingAcknowledgedIsLostOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Path dir = Sim.tempDir();
            crashAndRestart(List.of("--data-dir", dir.toString(), "--db-url",
                    postgres.getJdbcUrl("postgres", "postgres"), "--db-user", "postgres", "--db-password", "postgres"));
        }
    }

    @Test
    void aSigtermAnswersTheRequestsInFlightWithoutAServerError() throws Exception {
        CellProcess cell = CellProcess.start(List.of("--data-dir", Sim.tempDir().toString()));
        Http tenant = Sim.tenantAt(cell.base);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            clients.submit(() -> {
                while (cell.process.isAlive()) {
                    try {
                        statuses.add(tenant.get("/api/query?type=catalog&format=records").status);
                    } catch (RuntimeException refused) {
                        // the listener is closed: the client is told nothing, not a 500
                    }
                }
            });
        }
        Thread.sleep(500);
        cell.close(); // SIGTERM: the shutdown hook stops vcdsim
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        // answered in full, or turned away as a stopping server does (503); never a 500 from a closed store
        assertThat(statuses).isNotEmpty().allMatch(status -> status == 200 || status == 503);
    }

    /** What a client was told had happened. */
    private record Acknowledged(List<String> catalogs, List<String> catalogNames, List<String> catalogTasks,
                                List<String> serviceTasks, List<MetadataChange> metadata, List<String> blockedDeletions) {
    }

    /** A metadata value set on a catalog, and the task that sets it. */
    private record MetadataChange(String value, String task) {
    }

    private static void crashAndRestart(List<String> store) throws Exception {
        List<String> flags = new ArrayList<>(store);
        flags.addAll(List.of("--task-duration", "PT0.2S"));
        Acknowledged acked;
        String before;
        String queue = "crash-" + UUID.randomUUID();
        try (CellProcess first = CellProcess.start(flags)) {
            notifyTo(Sim.adminAt(first.base), queue);
            blockDeletions(Sim.adminAt(first.base));
            acked = writeUntilKilled(first);
            before = first.base;
        }
        assertThat(acked.catalogs()).as("the load acknowledged something before the kill").isNotEmpty();

        try (CellProcess second = CellProcess.start(flags)) {
            // the restarted cell listens on another port: the same hrefs, at its address
            Http tenant = Sim.tenantAt(second.base).rebasing(before);
            Http admin = Sim.adminAt(second.base).rebasing(before);
            for (String catalog : acked.catalogs()) {
                assertThat(tenant.get(catalog).status).as("acknowledged catalog " + catalog).isEqualTo(200);
            }
            for (String task : acked.catalogTasks()) {
                assertThat(CellProcess.awaitEnd(tenant, task)).as("acknowledged catalog task " + task).isEqualTo("success");
            }
            for (String task : acked.serviceTasks()) {
                assertThat(admin.get(task).attr("status")).as("acknowledged service task " + task)
                        .isEqualTo("running");
            }
            for (MetadataChange change : acked.metadata()) {
                assertThat(CellProcess.awaitEnd(tenant, change.task())).as("acknowledged metadata task").isEqualTo("success");
                assertThat(tenant.get(change.value()).status).as("acknowledged metadata value").isEqualTo(200);
            }
            for (String task : acked.blockedDeletions()) {
                Http.Res blocking = blockingTaskOf(admin, task);
                assertThat(blocking.attr("status")).as("the blocking task of " + task).isEqualTo("active");
                String params = "application/vnd.vmware.admin.blockingTaskOperationParams+xml";
                Http.Res resumed = admin.post(blocking.link("resume", params), params, "<vmext:BlockingTaskOperationParams "
                        + "xmlns:vmext=\"" + VMEXT + "\"><vmext:Message>approved after the crash</vmext:Message>"
                        + "</vmext:BlockingTaskOperationParams>");
                assertThat(resumed.status).as(resumed.body).isEqualTo(204);
                assertThat(CellProcess.awaitEnd(tenant, task)).as("approved deletion " + task).isEqualTo("success");
            }
            Received received = awaitCreations(queue, acked.catalogNames());
            System.out.printf("%s: %d catalogs acknowledged and found after SIGKILL, %d service tasks, %d metadata "
                            + "changes, %d blocked deletions still waiting and approved; %d catalog/create "
                            + "notifications received, %d of them duplicates%n",
                    store.contains("--db-url") ? "PostgreSQL" : "H2", acked.catalogs().size(),
                    acked.serviceTasks().size(), acked.metadata().size(), acked.blockedDeletions().size(),
                    received.messages(), received.duplicates());
            assertThat(received.names()).as("a catalog/create notification for every acknowledged catalog")
                    .containsAll(acked.catalogNames());
        }
    }

    /** Points the cell's notifications at the test broker, and binds a queue to catalog creations first. */
    private static void notifyTo(Http admin, String queue) throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setPort(broker.port());
        try (Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            ch.exchangeDeclare("systemExchange", "topic", true);
            ch.queueDeclare(queue, true, false, false, null);
            ch.queueBind(queue, "systemExchange", "#.com.vmware.vcloud.event.catalog.create");
        }
        Http.Res saved = admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                broker.amqpSettings());
        assertThat(saved.status).as(saved.body).isEqualTo(200);
    }

    /** The catalog/create notifications on the queue: names, messages, repeated event ids. */
    private record Received(Set<String> names, int messages, int duplicates) {
    }

    /** Reads the queue until every expected catalog was announced, or 30 s went by. */
    private static Received awaitCreations(String queue, List<String> expected) throws Exception {
        Set<String> names = new HashSet<>();
        Set<String> events = new HashSet<>();
        int messages = 0;
        int duplicates = 0;
        ConnectionFactory f = new ConnectionFactory();
        f.setPort(broker.port());
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            while (!names.containsAll(expected) && Instant.now().isBefore(until)) {
                GetResponse r = ch.basicGet(queue, true);
                if (r == null) {
                    CellProcess.sleep(100);
                    continue;
                }
                messages++;
                String body = new String(r.getBody(), StandardCharsets.UTF_8);
                Matcher name = ENTITY_NAME.matcher(body);
                if (name.find()) {
                    names.add(name.group(1));
                }
                if (!events.add(r.getProps().getMessageId())) {
                    duplicates++;
                }
            }
        }
        return new Received(names, messages, duplicates);
    }

    private static final Pattern ENTITY_NAME = Pattern.compile("rel=\"entity\" type=\"vcloud:catalog\" "
            + "name=\"([^\"]+)\"");

    /**
     * Two clients write (catalogs with metadata, service tasks) until the process is killed from a
     * third thread, about a second in, while requests are in flight.
     */
    private static Acknowledged writeUntilKilled(CellProcess cell) throws Exception {
        Process process = cell.process;
        String base = cell.base;
        Acknowledged acked = new Acknowledged(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()));
        Http tenant = Sim.tenantAt(base);
        Http admin = Sim.adminAt(base);
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        String addCatalog = acme.replace("/api/org/", "/api/admin/org/") + "/catalogs";
        String orgTasks = "/api/tasksList/" + acme.substring(acme.lastIndexOf('/') + 1);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        clients.submit(() -> {
            for (int i = 0; process.isAlive(); i++) {
                deleteBlocked(tenant, addCatalog, "gone-" + i + "-" + UUID.randomUUID().toString().substring(0, 8),
                        acked);
            }
            return null;
        });
        clients.submit(() -> {
            for (int i = 0; process.isAlive(); i++) {
                writeCatalog(tenant, addCatalog, "crash-" + i + "-" + UUID.randomUUID().toString().substring(0, 8),
                        acked);
            }
            return null;
        });
        clients.submit(() -> {
            while (process.isAlive()) {
                writeServiceTask(admin, orgTasks, acked);
            }
            return null;
        });
        Thread.sleep(1_000);
        cell.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return acked;
    }

    private static void writeCatalog(Http tenant, String addCatalog, String name, Acknowledged acked) {
        try {
            Http.Res created = tenant.post(addCatalog, "application/vnd.vmware.admin.catalog+xml",
                    "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"/>");
            if (created.status == 201) {
                String catalog = created.link("alternate", "application/vnd.vmware.vcloud.catalog+xml");
                acked.catalogs().add(catalog);
                acked.catalogNames().add(name);
                acked.catalogTasks().add(Http.Res.children(created.child("Tasks"), "Task").get(0)
                        .getAttribute("href"));
                Http.Res value = tenant.put(catalog + "/metadata/GENERAL/written", METADATA_VALUE,
                        "<MetadataValue xmlns=\"" + Http.NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-"
                                + "instance\"><TypedValue xsi:type=\"MetadataStringValue\"><Value>" + name
                                + "</Value></TypedValue></MetadataValue>");
                if (value.status == 202) {
                    acked.metadata().add(new MetadataChange(catalog + "/metadata/GENERAL/written", value.attr("href")));
                }
            }
        } catch (RuntimeException e) {
            // the process died under the request: nothing was acknowledged
        }
    }

    private static void writeServiceTask(Http admin, String orgTasks, Acknowledged acked) {
        try {
            Http.Res posted = admin.post(orgTasks, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" "
                    + "status=\"running\" serviceNamespace=\"com.example.crash\" operationName=\"crashTest\"/>");
            if (posted.status == 200) {
                acked.serviceTasks().add(posted.attr("href"));
            }
        } catch (RuntimeException e) {
            // the process died under the request: nothing was acknowledged
        }
    }

    /** Catalog deletions wait for an administrator's approval, for a day. */
    private static void blockDeletions(Http admin) {
        Http.Res r = admin.put("/api/admin/extension/settings/blockingTask",
                "application/vnd.vmware.admin.blockingTaskSettings+xml", "<vmext:BlockingTaskSettings xmlns:vmext=\""
                        + VMEXT + "\"><vmext:TimeoutAction>abort</vmext:TimeoutAction><vmext:BlockingTaskOperations>"
                        + "<Operation xmlns=\"" + Http.NS + "\">catalogDelete</Operation></vmext:BlockingTaskOperations>"
                        + "<vmext:TimeoutInMilliseconds>86400000</vmext:TimeoutInMilliseconds>"
                        + "</vmext:BlockingTaskSettings>");
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    /** Makes a catalog and, once it is ready, deletes it: the deletion's 202 is a task waiting for approval. */
    private static void deleteBlocked(Http tenant, String addCatalog, String name, Acknowledged acked) {
        try {
            Http.Res created = tenant.post(addCatalog, "application/vnd.vmware.admin.catalog+xml",
                    "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"/>");
            if (created.status != 201) {
                return;
            }
            String task = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("href");
            if (!"success".equals(CellProcess.awaitEnd(tenant, task))) {
                return;
            }
            Http.Res deletion = tenant.delete(created.attr("href"));
            if (deletion.status == 202) {
                assertThat(deletion.attr("status")).isEqualTo("preRunning");
                acked.blockedDeletions().add(deletion.attr("href"));
            }
        } catch (RuntimeException e) {
            // the process died under the request: nothing was acknowledged
        }
    }

    /** The blocking task of a task, as an administrator finds it: the list, then each one's task. */
    private static Http.Res blockingTaskOf(Http admin, String task) {
        for (org.w3c.dom.Element ref : admin.get("/api/admin/extension/blockingTasks/").children("Reference")) {
            Http.Res b = admin.get(ref.getAttribute("href"));
            if (task.endsWith(b.link("up", TASK).substring(b.link("up", TASK).indexOf("/api/")))) {
                return b;
            }
        }
        throw new AssertionError("no blocking task for " + task);
    }
}
