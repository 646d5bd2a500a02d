package io.vcdsim.bench;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.store.TaskRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Issue 5's benchmarks, printing figures (not a test). Run with {@code bench/blocking.sh}.
 * <ol>
 *   <li>Notifications published per second to a RabbitMQ on loopback (XML and JSON exchanges, each
 *       bound to a durable queue), from a backlog in the event log to the last broker confirm.</li>
 *   <li>Timeout precision: lateness of the timeout action (p50/p99) with 100,000 blocking tasks active.</li>
 * </ol>
 */
public final class BlockingBenchmarks {
    private static final String NOOP = "benchNoop";

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("notifications", "timeouts") : Arrays.asList(args);
        if (which.contains("notifications")) {
            notifications(Integer.getInteger("events", 50_000));
        }
        if (which.contains("timeouts")) {
            timeouts(Integer.getInteger("active", 100_000), 2_000);
        }
        System.exit(0);
    }

    static void notifications(int events) throws Exception {
        try (Broker broker = Broker.start();
             VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()))) {
            ConnectionFactory f = new ConnectionFactory();
            f.setPort(broker.port());
            try (com.rabbitmq.client.Connection c = f.newConnection(); Channel ch = c.createChannel()) {
                for (String exchange : List.of("systemExchange", "vcd.notifications20")) {
                    ch.exchangeDeclare(exchange, "topic", true);
                    ch.queueDeclare("bench-" + exchange, true, false, false, null);
                    ch.queueBind("bench-" + exchange, exchange, "#");
                }
            }
            Http admin = Sim.admin(sim);
            UUID org = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            // the broker first: events logged while none is configured are passed over, not published
            check(admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                    "<AmqpSettings xmlns=\"http://www.vmware.com/vcloud/extension/v1.5\"><AmqpHost>127.0.0.1</AmqpHost>"
                            + "<AmqpPort>" + broker.port() + "</AmqpPort><AmqpUsername>guest</AmqpUsername>"
                            + "<AmqpPassword>guest</AmqpPassword></AmqpSettings>"));
            long before = sim.db().read(tx -> tx.events().lastSeq());
            while (cursor(sim) < before) {
                Thread.sleep(20);
            }
            // the whole backlog commits at once; the clock runs from then until the cursor has passed it
            long last = sim.db().tx(tx -> {
                insertEvents(tx.handle().getConnection(), org, events);
                return tx.events().lastSeq();
            });
            long start = System.nanoTime();
            while (cursor(sim) < last) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long queued = 0;
            try (com.rabbitmq.client.Connection c = f.newConnection(); Channel ch = c.createChannel()) {
                for (String exchange : List.of("systemExchange", "vcd.notifications20")) {
                    queued += ch.queueDeclarePassive("bench-" + exchange).getMessageCount();
                }
            }
            // the figure counts only what reached the queues
            System.out.printf("notifications: %d events published as %d messages (XML + JSON; %d in the queues) in "
                    + "%.1f s: %.0f events/s to RabbitMQ on loopback, with publisher confirms%n", events, 2 * events,
                    queued, seconds, events / seconds);
            if (queued < 2L * events) {
                throw new IllegalStateException("only " + queued + " of " + 2 * events + " messages arrived");
            }
        }
    }

    static long cursor(VcdSim sim) {
        return sim.db().read(tx -> tx.settings().get("notifications.cursor").map(Long::parseLong).orElse(0L));
    }

    static void insertEvents(Connection c, UUID org, int n) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, org_id, type, service_namespace, time, "
                + "success, user_id, user_name, entity_id, entity_href, entity_type, entity_name, task_id, details) "
                + "VALUES (?, ?, ?, 'com.vmware.vcloud', ?, TRUE, ?, 'bench', ?, ?, "
                + "'application/vnd.vmware.vcloud.catalog+xml', 'bench', ?, 'catalogCreateCatalog')")) {
            String[] kinds = {"create", "start", "complete"};
            UUID user = UUID.randomUUID();
            for (int i = 0; i < n; i++) {
                UUID entity = UUID.randomUUID();
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, org);
                ps.setString(3, "com/vmware/vcloud/event/task/" + kinds[i % 3]);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setObject(5, user);
                ps.setObject(6, entity);
                ps.setString(7, "/api/catalog/" + entity);
                ps.setObject(8, UUID.randomUUID());
                ps.addBatch();
                if (i % 10_000 == 9_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void timeouts(int active, int measured) throws Exception {
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withTaskDurations(TaskDurations.parse("PT0S",
                "")))) {
            sim.engine().register(NOOP, (tx, task) -> { });
            UUID org = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            // the crowd: active blocking tasks that time out tomorrow
            for (int from = 0; from < active; from += 20_000) {
                int chunk = Math.min(20_000, active - from);
                sim.db().run(tx -> insertBlocked(tx.handle().getConnection(), org, chunk, now.plusSeconds(86_400), 0));
            }
            // the measured ones: timeouts spread over 20 s, starting 10 s from now
            Instant first = Instant.now().plusSeconds(10);
            sim.db().run(tx -> insertBlocked(tx.handle().getConnection(), org, measured, first, 20_000));
            System.out.printf("stored %d active blocking tasks in %.1f s%n", active + measured,
                    (System.nanoTime() - t0) / 1e9);
            while (Instant.now().isBefore(first.plusSeconds(22))) {
                Thread.sleep(500);
            }
            while (sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM blocking_task WHERE status = "
                    + "'active' AND timeout_date < :t").bind("t", java.time.OffsetDateTime.now()).mapTo(Long.class)
                    .one()) > 0) {
                Thread.sleep(200);
            }
            long[] lateness = sim.db().read(tx -> tx.handle().createQuery("SELECT timeout_date, resolved FROM "
                    + "blocking_task WHERE status <> 'active'").map((rs, ctx) -> java.time.Duration.between(
                    rs.getObject(1, java.time.OffsetDateTime.class), rs.getObject(2, java.time.OffsetDateTime.class))
                    .toMillis()).list()).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("timeouts with %d active blocking tasks: %d fired, lateness p50 %d ms, p99 %d ms, "
                    + "max %d ms (goal: within 100 ms)%n", active + measured, lateness.length,
                    lateness[lateness.length / 2], lateness[(int) (lateness.length * 0.99)],
                    lateness[lateness.length - 1]);
        }
    }

    /** Blocked native tasks (preRunning) with active blocking tasks; timeouts spread over {@code spreadMillis}. */
    static void insertBlocked(Connection c, UUID org, int n, Instant firstTimeout, long spreadMillis) {
        try (PreparedStatement task = c.prepareStatement("INSERT INTO task (id, org_id, org_name, user_name, name, "
                + "operation_name, service_namespace, status, progress, details, cancel_requested, created, "
                + "start_time, expiry_time) VALUES (?, ?, 'acme', 'bench', 'task', ?, ?, 'preRunning', 0, '', FALSE, "
                + "?, ?, ?)");
             PreparedStatement blocking = c.prepareStatement("INSERT INTO blocking_task (id, task_id, org_id, name, "
                     + "status, created, timeout_date, timeout_action) VALUES (?, ?, ?, ?, 'active', ?, ?, 'resume')")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < n; i++) {
                UUID taskId = UUID.randomUUID();
                task.setObject(1, taskId);
                task.setObject(2, org);
                task.setString(3, NOOP);
                task.setString(4, TaskRow.NATIVE_NAMESPACE);
                task.setTimestamp(5, now);
                task.setTimestamp(6, now);
                task.setTimestamp(7, Timestamp.from(Instant.now().plusSeconds(86_400 * 90)));
                task.addBatch();
                blocking.setObject(1, UUID.randomUUID());
                blocking.setObject(2, taskId);
                blocking.setObject(3, org);
                blocking.setString(4, NOOP);
                blocking.setTimestamp(5, now);
                blocking.setTimestamp(6, Timestamp.from(firstTimeout.plusMillis(spreadMillis * i / Math.max(1, n))));
                blocking.addBatch();
                if (i % 5_000 == 4_999) {
                    task.executeBatch();
                    blocking.executeBatch();
                }
            }
            task.executeBatch();
            blocking.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void check(Http.Res r) {
        if (r.status != 200) {
            throw new IllegalStateException(r.toString());
        }
    }
}
