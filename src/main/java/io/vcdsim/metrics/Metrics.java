package io.vcdsim.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vcdsim.events.NotificationPublisher;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.tasks.TaskObserver;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * What a cell counts, in Prometheus' text format at {@code /metrics}: requests by route, method and status; tasks
 * made and ended by operation and status; and, read when scraped, the tasks waiting and running, the blocking tasks
 * waiting for a decision, the notifications not yet published and those published, and the store's connection pool.
 * Counters count this cell's work since it started; the store's gauges count the installation's.
 */
public final class Metrics implements TaskObserver {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics(Database db, NotificationPublisher publisher) {
        for (TaskStatus status : new TaskStatus[]{TaskStatus.QUEUED, TaskStatus.PRE_RUNNING, TaskStatus.RUNNING}) {
            gauge("vcdsim.tasks.active", "Tasks not ended, by status", db,
                    d -> d.read(tx -> tx.tasks().countWithStatus(status)), "status", status.wire);
        }
        gauge("vcdsim.blocking.tasks.active", "Blocking tasks waiting for a decision", db,
                d -> d.read(tx -> tx.blockingTasks().countActive()));
        gauge("vcdsim.notifications.backlog", "Events not yet published", publisher, NotificationPublisher::backlog);
        gauge("vcdsim.notifications.broker.connected", "1 while this cell holds a connection to the broker",
                publisher, p -> p.connected() ? 1 : 0);
        FunctionCounter.builder("vcdsim.notifications.published", publisher, NotificationPublisher::published)
                .description("Messages the broker confirmed (an event goes out as XML and as JSON)").register(registry);
        FunctionCounter.builder("vcdsim.notifications.set.aside", publisher, NotificationPublisher::setAside)
                .description("Events set aside as undeliverable").register(registry);
        gauge("vcdsim.store.connections", "Store connections", db, d -> d.pool().active(), "state", "active");
        gauge("vcdsim.store.connections", "Store connections", db, d -> d.pool().idle(), "state", "idle");
        gauge("vcdsim.store.connections", "Store connections", db, d -> d.pool().waiting(), "state", "waiting");
        gauge("vcdsim.store.connections.max", "The most store connections the pool opens", db, d -> d.pool().max());
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
    }

    private <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value, String... tags) {
        Gauge.builder(name, source, value).description(description).tags(tags).register(registry);
    }

    /** One answered request: its route template (or what it was when none matched), method and status. */
    public void request(String route, String method, int status, Duration took) {
        Timer.builder("vcdsim.http.requests").description("Requests answered").tag("route", route)
                .tag("method", method).tag("status", Integer.toString(status)).register(registry).record(took);
    }

    @Override
    public void created(TaskRow task) {
        // not "created": Prometheus keeps names ending in _created for its own timestamps, and refuses them
        Counter.builder("vcdsim.tasks.submitted").description("Tasks made (queued, blocked or running), by operation")
                .tag("operation", task.operationName()).register(registry).increment();
    }

    @Override
    public void ended(TaskRow task) {
        Counter.builder("vcdsim.tasks.ended").description("Tasks ended, by operation and status")
                .tag("operation", task.operationName()).tag("status", task.status().wire).register(registry)
                .increment();
    }

    /** Everything, in the Prometheus text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
