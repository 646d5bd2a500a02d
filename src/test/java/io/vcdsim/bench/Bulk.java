package io.vcdsim.bench;

import io.vcdsim.VcdSim;
import io.vcdsim.store.TaskRow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Rows written straight into the store by the database itself ({@code INSERT ... SELECT} over
 * {@code GENERATE_SERIES}, which H2 and PostgreSQL both have), where a request or even a JDBC batch per
 * row took minutes. Row {@code x} of {@code total} starts {@code total - x} times a few seconds ago, so
 * rows arrive in time order as a real cell's tasks do, and its id counts up with it (ids and indexes
 * grow at their ends, as they do on a cell creating tasks: random ids over 90 days took H2 8x longer).
 * Everything else is spread by multiplicative hashing of the row number: every run stores the same rows.
 */
final class Bulk {
    // a transaction each: with H2, every commit of another thread (the notification publisher's, the
    // heartbeat's) writes out what is dirty, and its scans step over the rows not yet committed
    private static final int CHUNK = 20_000;

    static final int UNFINISHED = 2_000;

    // event x is MOD(x * AGO_FACTOR, AGO_RANGE) seconds old: a permutation of the numbers below AGO_RANGE (the
    // seconds of 90 days), undone by multiplying by AGO_INVERSE (AGO_FACTOR * AGO_INVERSE = 1 modulo AGO_RANGE)
    private static final long AGO_RANGE = 7_776_000;
    private static final long AGO_FACTOR = 48_271;
    private static final long AGO_INVERSE = 843_631;

    private Bulk() {
    }

    /**
     * Tasks and events numbered {@code from} to {@code to} (exclusive) of {@code total}, the two tables on two
     * threads (each load keeps a core busy, and they share no B-tree): on H2 the million took 46.5 and 46.8 s
     * where one after the other took 58.1 and 73.2 s. Returns the seconds it took.
     */
    static double load(VcdSim sim, long from, long to, long total, UUID tenant, UUID system) {
        long start = System.nanoTime();
        CompletableFuture<Void> events = CompletableFuture.runAsync(() -> events(sim, from, to, tenant, system));
        tasks(sim, from, to, total, tenant, system);
        try {
            events.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Tasks numbered {@code from} (inclusive) to {@code to} (exclusive), alternately of the two orgs, five
     * operations, started over the last 90 days: mostly success, some error and canceled. Only the newest
     * {@link #UNFINISHED} may still be running or queued, as on a real cloud (a task of last month is over);
     * running ones are held by this (only) cell, so it does not take them over as orphans.
     */
    static void tasks(VcdSim sim, long from, long to, long total, UUID tenant, UUID system) {
        String cell = sim.db().read(tx -> tx.handle().createQuery("SELECT MIN(id) FROM cell").mapTo(String.class)
                .one());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String status = "CASE MOD(x * 2654435761 / 1000, 8) WHEN 4 THEN 'error' WHEN 5 THEN 'canceled' "
                + "WHEN 6 THEN CASE WHEN x >= :total - " + UNFINISHED + " THEN 'running' ELSE 'success' END "
                + "WHEN 7 THEN CASE WHEN x >= :total - " + UNFINISHED + " THEN 'queued' ELSE 'error' END "
                + "ELSE 'success' END";
        String op = "CASE MOD(x * 40503 / 100, 5) WHEN 0 THEN 'catalogCreateCatalog' WHEN 1 THEN 'vdcInstantiateVapp' "
                + "WHEN 2 THEN 'vappDeploy' WHEN 3 THEN 'vappPowerOff' ELSE 'orgDelete' END";
        String start = "CAST(:now AS TIMESTAMP WITH TIME ZONE) - (:total - x) * :step * INTERVAL '0.001' SECOND";
        String sql = "INSERT INTO task (id, org_id, org_name, user_name, name, operation_name, operation, "
                + "service_namespace, status, owner_name, progress, details, cancel_requested, created, start_time, "
                + "end_time, expiry_time, cell_id) "
                + "SELECT " + id("b") + ", CASE MOD(x, 2) WHEN 0 THEN :tenant ELSE :system END, "
                + "CASE MOD(x, 2) WHEN 0 THEN 'acme' ELSE 'System' END, 'bench', 'task', op, CONCAT(op, ' #', x), "
                + ":ns, status, CONCAT('object-', x), 100, '', FALSE, start, start, "
                + "CASE WHEN status IN ('running', 'queued') THEN NULL ELSE start + INTERVAL '5' SECOND END, "
                + "start + INTERVAL '90' DAY, :cell "
                + "FROM (SELECT x, " + status + " AS status, " + op + " AS op, " + start + " AS start "
                + "FROM GENERATE_SERIES(CAST(:from AS BIGINT), CAST(:to AS BIGINT)) t(x)) r";
        for (long chunk = from; chunk < to; chunk += CHUNK) {
            long first = chunk;
            long last = Math.min(to, first + CHUNK) - 1;
            sim.db().run(tx -> tx.handle().createUpdate(sql).bind("now", now).bind("tenant", tenant)
                    .bind("system", system).bind("ns", TaskRow.NATIVE_NAMESPACE).bind("cell", cell)
                    .bind("from", first).bind("to", last).bind("total", total).bind("step", step(total)).execute());
        }
    }

    /**
     * Events numbered {@code from} to {@code to} (exclusive), one per task of the same number: a completion,
     * at a time over the last 90 days that hashing its number spreads. They are written oldest first, as a
     * cell appends them: in number order each went to a random place of both time indexes, which took H2
     * 95-165 s for a million (oldest first 17-35 s, on 2 busy cores). The notification cursor is moved past them in the
     * same transaction: these stand for events published long ago, not a backlog.
     */
    static void events(VcdSim sim, long from, long to, UUID tenant, UUID system) {
        if (to > AGO_RANGE) {
            throw new IllegalArgumentException("at most " + AGO_RANGE + " events: one a second over 90 days");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String sql = "INSERT INTO event (id, org_id, type, service_namespace, time, success, user_name, entity_id, "
                + "entity_href, entity_type, entity_name, task_id, details) "
                + "SELECT " + id("b") + ", CASE MOD(x, 2) WHEN 0 THEN :tenant ELSE :system END, "
                + "'com/vmware/vcloud/event/task/complete', 'com.vmware.vcloud', "
                + "CAST(:now AS TIMESTAMP WITH TIME ZONE) - MOD(x * " + AGO_FACTOR + ", " + AGO_RANGE + ") "
                + "* INTERVAL '1' SECOND "
                + "+ INTERVAL '5' SECOND, TRUE, 'bench', e, CONCAT('/api/catalog/', CAST(e AS VARCHAR)), "
                + "'application/vnd.vmware.vcloud.catalog+xml', CONCAT('catalog ', x), gen_random_uuid(), "
                + "'catalogCreateCatalog' FROM (SELECT x, gen_random_uuid() AS e FROM (SELECT CAST(MOD(a * "
                + AGO_INVERSE + ", " + AGO_RANGE + ") AS BIGINT) AS x "
                + "FROM GENERATE_SERIES(CAST(:older AS BIGINT), CAST(:newer AS BIGINT), -1) t(a)) n "
                + "WHERE x BETWEEN :from AND :to) s";
        // each transaction takes a span of ages holding about CHUNK of the rows asked for
        long agoChunk = Math.max(1, AGO_RANGE * CHUNK / Math.max(1, to - from));
        for (long ago = AGO_RANGE - 1; ago >= 0; ago -= agoChunk) {
            long older = ago;
            long newer = Math.max(0, ago - agoChunk + 1);
            sim.db().run(tx -> {
                tx.handle().createUpdate(sql).bind("now", now).bind("tenant", tenant).bind("system", system)
                        .bind("from", from).bind("to", to - 1).bind("older", older).bind("newer", newer)
                        .execute();
                tx.settings().put(io.vcdsim.events.NotificationPublisher.CURSOR, Long.toString(tx.events().lastSeq()));
            });
        }
    }

    /** Milliseconds between two rows' start times: {@code total} rows over the last 90 days. */
    private static long step(long total) {
        return Math.max(1, 90L * 24 * 3600 * 1000 / Math.max(1, total));
    }

    /** The id of row x: a UUID whose last group counts up (the first digit tells tasks from events). */
    private static String id(String first) {
        return "CAST(CONCAT('" + first + "0000000-0000-4000-8000-', LPAD(CAST(x AS VARCHAR), 12, '0')) AS UUID)";
    }
}
