package io.vcdsim.store;

import io.vcdsim.Http;
import io.vcdsim.Main;
import io.vcdsim.Sim;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vcdsim process killed with SIGKILL while clients write loses nothing it acknowledged: every
 * catalog it answered 201 for, every service task it answered 200 for and every metadata change it
 * answered 202 for is there after a restart on the same store, and every acknowledged catalog's task
 * ends.
 */
class CrashTest {
    private static final String TASK = "application/vnd.vmware.vcloud.task+xml";
    private static final String METADATA_VALUE = "application/vnd.vmware.vcloud.metadata.value+xml";

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

    /** What a client was told had happened. */
    private record Acknowledged(List<String> catalogs, List<String> catalogTasks, List<String> serviceTasks,
                                List<MetadataChange> metadata) {
    }

    /** A metadata value set on a catalog, and the task that sets it. */
    private record MetadataChange(String value, String task) {
    }

    private static void crashAndRestart(List<String> store) throws Exception {
        int port = freePort();
        Process first = start(store, port);
        Acknowledged acked;
        try {
            acked = writeUntilKilled(first, "http://127.0.0.1:" + port);
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acked.catalogs()).as("the load acknowledged something before the kill").isNotEmpty();

        Process second = start(store, port);
        try {
            Http tenant = Sim.tenantAt("http://127.0.0.1:" + port);
            Http admin = Sim.adminAt("http://127.0.0.1:" + port);
            for (String catalog : acked.catalogs()) {
                assertThat(tenant.get(catalog).status).as("acknowledged catalog " + catalog).isEqualTo(200);
            }
            for (String task : acked.catalogTasks()) {
                assertThat(awaitEnd(tenant, task)).as("acknowledged catalog task " + task).isEqualTo("success");
            }
            for (String task : acked.serviceTasks()) {
                assertThat(admin.get(task).attr("status")).as("acknowledged service task " + task)
                        .isEqualTo("running");
            }
            for (MetadataChange change : acked.metadata()) {
                assertThat(awaitEnd(tenant, change.task())).as("acknowledged metadata task").isEqualTo("success");
                assertThat(tenant.get(change.value()).status).as("acknowledged metadata value").isEqualTo(200);
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Two clients write (catalogs with metadata, service tasks) until the process is killed from a
     * third thread, about a second in, while requests are in flight.
     */
    private static Acknowledged writeUntilKilled(Process process, String base) throws Exception {
        Acknowledged acked = new Acknowledged(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()));
        Http tenant = Sim.tenantAt(base);
        Http admin = Sim.adminAt(base);
        String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        String addCatalog = acme.replace("/api/org/", "/api/admin/org/") + "/catalogs";
        String orgTasks = "/api/tasksList/" + acme.substring(acme.lastIndexOf('/') + 1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
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
        process.destroyForcibly(); // SIGKILL: no shutdown hook runs
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

    /** The task's final status, or its status when it has not ended within 20 s. */
    private static String awaitEnd(Http who, String task) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String status = null;
        while (Instant.now().isBefore(until)) {
            Http.Res r = who.get(task);
            status = r.status == 200 ? r.attr("status") : "missing (" + r.status + ")";
            if (r.status != 200 || !List.of("queued", "preRunning", "running").contains(status)) {
                return status;
            }
            sleep(50);
        }
        return status;
    }

    /** vcdsim as its own process, on this port and store, once it answers. */
    private static Process start(List<String> store, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--http-port",
                String.valueOf(port), "--https-port", "-1", "--task-duration", "PT0.2S"));
        command.addAll(store);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            try {
                if (new Http("http://127.0.0.1:" + port).get("/api/versions").status == 200) {
                    return p;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            assertThat(p.isAlive()).as("vcdsim exited while starting").isTrue();
            sleep(100);
        }
        p.destroyForcibly();
        throw new AssertionError("vcdsim did not answer within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
