package io.vcdsim.api;

import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.metrics.Metrics;
import io.vcdsim.store.Database;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What operators and CI jobs poll, without a session: {@code /health} (the process answers), {@code /ready} (it
 * serves: the listeners only open once the store is migrated and seeded, and the store answers now; 503 when it
 * does not) and {@code /metrics} (Prometheus' text format).
 */
public final class OperationsResource implements Routes {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private final Database db;
    private final Metrics metrics;

    public OperationsResource(Database db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
    }

    @Override
    public void register(Router r) {
        r.anonymous("GET", "/health", x -> Reply.json(200, Map.of("status", "UP")));
        r.anonymous("GET", "/ready", x -> {
            // a probe answers within seconds: a store that does not answer by then is unavailable
            var probe = CompletableFuture.supplyAsync(() -> db.read(tx -> tx.handle().createQuery("SELECT 1")
                    .mapTo(Integer.class).one()));
            try {
                probe.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return Reply.json(200, Map.of("status", "READY"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Reply.json(503, Map.of("status", "STORE_UNAVAILABLE"));
            } catch (ExecutionException | TimeoutException e) {
                return Reply.json(503, Map.of("status", "STORE_UNAVAILABLE"));
            }
        });
        r.anonymous("GET", "/metrics", x -> Reply.bytes(200, metrics.scrape().getBytes(StandardCharsets.UTF_8),
                "text/plain; version=0.0.4; charset=utf-8"));
    }
}
