package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /health, /ready and /metrics without a session, and metrics that move with the traffic they count. */
class OperationsTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    /** The value of the sample whose name is {@code name} and whose labels include every one given; 0 if none. */
    static double sample(String scrape, String name, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static String scrape(Http anyone) {
        Http.Res r = anyone.get("/metrics");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        return r.body;
    }

    @Test
    void healthAndReadinessAnswerWithoutASession() {
        Http anyone = new Http(vcd.httpUrl());
        Http.Res health = anyone.get("/health");
        assertThat(health.status).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        Http.Res ready = anyone.get("/ready");
        assertThat(ready.status).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("READY");
    }

    @Test
    void metricsCountRequestsByRouteAndTasksByOperationAndStatus() {
        Http anyone = new Http(vcd.httpUrl());
        String before = scrape(anyone);
        String versions = "route=\"/api/versions\"";
        double seen = sample(before, "vcdsim_http_requests_seconds_count", versions, "status=\"200\"");
        for (int i = 0; i < 3; i++) {
            anyone.get("/api/versions");
        }
        anyone.get("/api/no/such/thing");
        Http tenant = Sim.tenant(vcd.sim());
        double created = sample(before, "vcdsim_tasks_submitted_total", "operation=\"catalogCreateCatalog\"");
        double succeeded = sample(before, "vcdsim_tasks_ended_total", "operation=\"catalogCreateCatalog\"",
                "status=\"success\"");
        assertThat(tenant.awaitTask(Sim.createCatalog(tenant, "counted-" + UUID.randomUUID().toString()
                .substring(0, 8))).attr("status")).isEqualTo("success");

        String after = scrape(anyone);
        assertThat(sample(after, "vcdsim_http_requests_seconds_count", versions, "status=\"200\"")).isEqualTo(seen + 3);
        assertThat(sample(after, "vcdsim_http_requests_seconds_count", "route=\"unmatched\"", "status=\"404\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(sample(after, "vcdsim_tasks_submitted_total", "operation=\"catalogCreateCatalog\""))
                .isEqualTo(created + 1);
        assertThat(sample(after, "vcdsim_tasks_ended_total", "operation=\"catalogCreateCatalog\"",
                "status=\"success\"")).isEqualTo(succeeded + 1);
        assertThat(after).contains("vcdsim_tasks_active{status=\"running\"}", "vcdsim_blocking_tasks_active",
                "vcdsim_notifications_backlog", "vcdsim_notifications_published_total",
                "vcdsim_store_connections{state=\"active\"}", "jvm_memory_used_bytes");
        assertThat(sample(after, "vcdsim_store_connections_max")).isGreaterThan(0);
    }

    @Test
    void theRequestLogIsOffByDefaultAndOnRequestHasEachRequestWithItsIdButNoToken() throws Exception {
        assertThat(vcd.sim().config().accessLog()).isNull();
        Path dir = Sim.tempDir();
        Path log = dir.resolve("access.log");
        try (VcdSim sim = Sim.start(Config.forTests(dir).withAccessLog(log))) {
            Http admin = Sim.admin(sim);
            Http.Res orgs = admin.get("/api/org");
            assertThat(orgs.status).isEqualTo(200);
            admin.get("/api/no/such/thing");
            String id = orgs.header("X-VMWARE-VCLOUD-REQUEST-ID");
            String lines = "";
            // Jetty logs a request once its answer is sent: wait for the last request's line, not only the first's
            long deadline = System.currentTimeMillis() + 5_000;
            while (!(lines.contains(id) && lines.contains("/api/no/such/thing"))
                    && System.currentTimeMillis() < deadline) {
                lines = Files.exists(log) ? Files.readString(log) : "";
            }
            assertThat(lines).containsPattern("\"GET /api/org HTTP/1.1\" 200 \\d+ .* " + id + " \\d+ms")
                    .containsPattern("\"GET /api/no/such/thing HTTP/1.1\" 404 ")
                    .contains("\"POST /cloudapi/1.0.0/sessions/provider HTTP/1.1\" 200")
                    .doesNotContain(admin.token());
        }
    }
}
