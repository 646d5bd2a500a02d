package io.vcdsim.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.store.TaskRow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Blocking-task timeouts by the thousand, and notifications against a bare RabbitMQ publisher. */
final class BlockingBenchmarks {
    private static final String NOOP = "benchNoop";
    private static final List<String> EXCHANGES = List.of("systemExchange", "vcd.notifications20");

    private final Figures figures;
    private final boolean quick;

    BlockingBenchmarks(Figures figures, boolean quick) {
        this.figures = figures;
        this.quick = quick;
    }

    // ---- timeouts --------------------------------------------------------------------------------------------

    /**
     * 100,000 active blocking tasks timing out tomorrow, and more falling due at 5,000 a second for 10
     * seconds: how late each timeout fires, and that each resolves its blocking task exactly once.
     */
    void timeouts(BenchStore store) throws Exception {
        int active = quick ? 20_000 : 100_000;
        int perSecond = 5_000;
        int seconds = quick ? 2 : 10;
        int measured = perSecond * seconds;
        try (VcdSim sim = Sim.start(store.config().withTaskDurations(TaskDurations.parse("PT0S", "")))) {
            sim.engine().register(NOOP, (tx, task) -> { });
            UUID org = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            blocked(sim, org, active, Instant.now().plusSeconds(86_400), 0, "crowd");
            Instant first = Instant.now().plusSeconds(5);
            blocked(sim, org, measured, first, seconds * 1000L, "measured");
            while (Instant.now().isBefore(first.plusSeconds(seconds + 1))) {
                Thread.sleep(200);
            }
            while (sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM blocking_task WHERE status = "
                    + "'active' AND timeout_date < :t").bind("t", OffsetDateTime.now(ZoneOffset.UTC))
                    .mapTo(Long.class).one()) > 0) {
                Thread.sleep(100);
            }
            long[] lateness = sim.db().read(tx -> tx.handle().createQuery("SELECT timeout_date, resolved FROM "
                    + "blocking_task WHERE status <> 'active'").map((rs, ctx) -> java.time.Duration.between(
                    rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)).toMillis()).list())
                    .stream().mapToLong(Long::longValue).sorted().toArray();
            long events = sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM event WHERE type LIKE "
                    + ":prefix AND type <> :create").bind("prefix", BlockingTasks.EVENT_PREFIX + "%")
                    .bind("create", BlockingTasks.EVENT_PREFIX + "create").mapTo(Long.class).one());
            long distinct = sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(DISTINCT entity_id) FROM "
                    + "event WHERE type LIKE :prefix AND type <> :create").bind("prefix", BlockingTasks.EVENT_PREFIX
                    + "%").bind("create", BlockingTasks.EVENT_PREFIX + "create").mapTo(Long.class).one());
            long succeeded = sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM task WHERE "
                    + "operation_name = :op AND status = 'success'").bind("op", NOOP).mapTo(Long.class).one());
            String label = String.format("blocking-task timeouts, %,d active, %,d/s due for %d s", active + measured,
                    perSecond, seconds);
            figures.atMost(label + ": p99 lateness", store.name(), Figures.p99(lateness),
                    " ms", 100);
            figures.add(label + ": resolved exactly once", store.name(), String.format("%,d fired, %,d resolution "
                    + "events for %,d blocking tasks, %,d tasks succeeded", lateness.length, events, distinct,
                    succeeded), measured + " of each", lateness.length == measured && events == measured
                    && distinct == measured && succeeded == measured);
        }
    }

    /**
     * Tasks in preRunning, each held by an active blocking task whose timeout falls in the spread:
     * written by the database itself (see {@link Bulk}), the batch named in the tasks' owner_name.
     */
    static void blocked(VcdSim sim, UUID org, int n, Instant firstTimeout, long spreadMillis, String batch) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < n; from += 50_000) {
            int to = Math.min(n, from + 50_000) - 1;
            int start = from;
            sim.db().run(tx -> {
                tx.handle().createUpdate("INSERT INTO task (id, org_id, org_name, user_name, name, operation_name, "
                        + "service_namespace, status, progress, details, owner_name, cancel_requested, created, "
                        + "start_time, expiry_time) SELECT gen_random_uuid(), :org, 'acme', 'bench', 'task', :op, :ns, "
                        + "'preRunning', 0, CONCAT('', x), :batch, FALSE, :now, :now, "
                        + "CAST(:now AS TIMESTAMP WITH TIME ZONE) + INTERVAL '90' DAY "
                        + "FROM GENERATE_SERIES(CAST(:from AS BIGINT), CAST(:to AS BIGINT)) t(x)")
                        .bind("org", org).bind("op", NOOP).bind("ns", TaskRow.NATIVE_NAMESPACE).bind("batch", batch)
                        .bind("now", now).bind("from", start).bind("to", to).execute();
                tx.handle().createUpdate("INSERT INTO blocking_task (id, task_id, org_id, name, status, created, "
                        + "timeout_date, timeout_action) SELECT gen_random_uuid(), t.id, t.org_id, t.operation_name, "
                        + "'active', :now, CAST(:first AS TIMESTAMP WITH TIME ZONE) + (CAST(t.details AS BIGINT) "
                        + "* :spread / :n) * INTERVAL '0.001' SECOND, 'resume' FROM task t WHERE t.owner_name = :batch "
                        + "AND CAST(t.details AS BIGINT) BETWEEN :from AND :to AND t.operation_name = :op")
                        .bind("now", now).bind("first", OffsetDateTime.ofInstant(firstTimeout, ZoneOffset.UTC))
                        .bind("spread", spreadMillis).bind("n", Math.max(1, n)).bind("batch", batch)
                        .bind("from", start).bind("to", to).bind("op", NOOP).execute();
            });
        }
    }

    // ---- notifications -------------------------------------------------------------------------------------

    /**
     * A backlog of events committed at once, timed until the last broker confirm; then the same messages
     * (bodies, properties, routing keys, taken off the queues) published again by a bare RabbitMQ Java
     * client with confirms, in batches as large as vcdsim's, to the same broker. Alternated, in one run.
     */
    void notifications(BenchStore store) throws Exception {
        int events = quick ? 10_000 : 50_000;
        try (Broker broker = Broker.start(); VcdSim sim = Sim.start(store.config())) {
            ConnectionFactory f = new ConnectionFactory();
            f.setPort(broker.port());
            try (com.rabbitmq.client.Connection c = f.newConnection(); Channel ch = c.createChannel()) {
                for (String exchange : EXCHANGES) {
                    ch.exchangeDeclare(exchange, "topic", true);
                    ch.queueDeclare("bench-" + exchange, true, false, false, null);
                    ch.queueBind("bench-" + exchange, exchange, "#");
                }
            }
            Http admin = Sim.admin(sim);
            UUID org = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            // the broker first: events logged while none is configured are passed over, not published
            Http.Res set = admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings"
                    + "+xml", "<AmqpSettings xmlns=\"http://www.vmware.com/vcloud/extension/v1.5\"><AmqpHost>127.0.0.1"
                    + "</AmqpHost><AmqpPort>" + broker.port() + "</AmqpPort><AmqpUsername>guest</AmqpUsername>"
                    + "<AmqpPassword>guest</AmqpPassword></AmqpSettings>");
            if (set.status != 200) {
                throw new IllegalStateException(set.toString());
            }
            List<Double> ratios = new ArrayList<>();
            double vcdsimRate = 0;
            double bareRate = 0;
            int rounds = quick ? 1 : 3;
            for (int round = 0; round < rounds; round++) {
                double ours = publishBacklog(sim, org, events);
                List<Message> messages = drain(f, 2 * events);
                double bare = publishBare(f, messages);
                ratios.add(ours / bare);
                vcdsimRate += ours;
                bareRate += bare;
            }
            figures.note("notifications from vcdsim (events/s, XML + JSON each, confirms)", store.name(),
                    Figures.number(vcdsimRate / rounds) + " /s");
            figures.note("the same messages from a bare RabbitMQ Java client (confirms)", store.name(),
                    Figures.number(bareRate / rounds) + " /s");
            figures.atLeast("notifications / bare publisher (median of " + rounds + ")", store.name(),
                    Figures.median(ratios), "", 0.8);
        }
    }

    private static double publishBacklog(VcdSim sim, UUID org, int events) throws Exception {
        long before = sim.db().read(tx -> tx.events().lastSeq());
        while (cursor(sim) < before) {
            Thread.sleep(20);
        }
        long last = sim.db().tx(tx -> {
            insertEvents(tx, org, events);
            return tx.events().lastSeq();
        });
        long start = System.nanoTime();
        while (cursor(sim) < last) {
            Thread.sleep(5);
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    record Message(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body) {
    }

    /** Takes every message off the queues; all of them must be there (the figure counts only what arrived). */
    private static List<Message> drain(ConnectionFactory f, int expected) throws Exception {
        List<Message> messages = new ArrayList<>(expected);
        try (com.rabbitmq.client.Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            for (String exchange : EXCHANGES) {
                GetResponse r;
                while ((r = ch.basicGet("bench-" + exchange, true)) != null) {
                    messages.add(new Message(exchange, r.getEnvelope().getRoutingKey(), r.getProps(), r.getBody()));
                }
            }
        }
        if (messages.size() != expected) {
            throw new IllegalStateException("only " + messages.size() + " of " + expected + " messages arrived");
        }
        return messages;
    }

    /** Events per second (two messages each) a bare client publishes, confirmed every 1,000 messages. */
    private static double publishBare(ConnectionFactory f, List<Message> messages) throws Exception {
        try (com.rabbitmq.client.Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            ch.confirmSelect();
            long start = System.nanoTime();
            int unconfirmed = 0;
            for (Message m : messages) {
                ch.basicPublish(m.exchange(), m.routingKey(), m.properties(), m.body());
                if (++unconfirmed == 1_000) {
                    ch.waitForConfirmsOrDie(10_000);
                    unconfirmed = 0;
                }
            }
            ch.waitForConfirmsOrDie(10_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            for (String exchange : EXCHANGES) {
                ch.queuePurge("bench-" + exchange);
            }
            return messages.size() / 2.0 / seconds;
        }
    }

    static long cursor(VcdSim sim) {
        return sim.db().read(tx -> tx.settings().get(io.vcdsim.events.NotificationPublisher.CURSOR)
                .map(Long::parseLong).orElse(0L));
    }

    /** Task events of catalogs, as a busy org makes them. */
    static void insertEvents(io.vcdsim.store.Tx tx, UUID org, int n) {
        tx.handle().createUpdate("INSERT INTO event (id, org_id, type, service_namespace, time, success, user_id, "
                        + "user_name, entity_id, entity_href, entity_type, entity_name, task_id, details) "
                        + "SELECT gen_random_uuid(), :org, CASE MOD(x, 3) WHEN 0 THEN 'com/vmware/vcloud/event/task/create' "
                        + "WHEN 1 THEN 'com/vmware/vcloud/event/task/start' ELSE 'com/vmware/vcloud/event/task/complete' "
                        + "END, 'com.vmware.vcloud', :now, TRUE, :user, 'bench', e, CONCAT('/api/catalog/', CAST(e AS VARCHAR)), "
                        + "'application/vnd.vmware.vcloud.catalog+xml', 'bench', gen_random_uuid(), "
                        + "'catalogCreateCatalog' FROM (SELECT x, gen_random_uuid() AS e FROM GENERATE_SERIES(1, :n) t(x)) s")
                .bind("org", org).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).bind("user", UUID.randomUUID())
                .bind("n", n).execute();
    }
}
