package io.vcdsim.bench;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.api.Routes;
import io.vcdsim.config.Config;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.http.Reply;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The task engine's benchmarks, printing figures (not a test). Run with {@code bench/tasks.sh}.
 * <ol>
 *   <li>GET /api/task/{id} requests per second against a trivial endpoint of the same server that
 *       returns the same bytes without authentication or store (goal: ratio at least 0.5); needs wrk.</li>
 *   <li>Tasks from start to success per second with zero simulated delay (goal: 5,000/s, embedded store).</li>
 *   <li>A filtered, sorted, paged task query with 1,000,000 tasks stored (goal: p99 under 50 ms).</li>
 * </ol>
 */
public final class TaskBenchmarks {
    private static final String NOOP = "benchNoop";

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("get", "throughput", "query") : Arrays.asList(args);
        if (which.contains("get")) {
            getVersusTrivial();
        }
        if (which.contains("throughput")) {
            throughput();
        }
        if (which.contains("query")) {
            query(Integer.getInteger("tasks", 1_000_000));
        }
        System.exit(0);
    }

    // ---- 1. GET /api/task/{id} against a trivial endpoint -------------------------------------------

    static void getVersusTrivial() throws Exception {
        byte[][] same = new byte[1][];
        VcdSim sim = VcdSim.start(Config.forTests(Sim.tempDir()), List.<Routes>of(router -> router.anonymous("GET",
                "/bench/trivial", x -> Reply.bytes(200, same[0], "application/vnd.vmware.vcloud.task+xml;version=36.0"))));
        try {
            Http admin = Sim.admin(sim);
            String task = admin.awaitTask(admin.post("/api/tasksList/" + systemOrg(sim),
                    "application/vnd.vmware.vcloud.task+xml", "<Task xmlns=\"" + Http.NS + "\" name=\"task\" "
                            + "status=\"success\" serviceNamespace=\"com.example.bench\"/>")).attr("href");
            same[0] = admin.get(task).body.getBytes(StandardCharsets.UTF_8);
            String accept = "Accept: application/*+xml;version=36.0";
            String auth = "Authorization: Bearer " + admin.token();
            wrk(sim.httpUrl() + "/bench/trivial", accept); // both paths warm the JIT up before either is measured
            wrk(task, accept, auth);
            double trivial = wrk(sim.httpUrl() + "/bench/trivial", accept);
            double real = wrk(task, accept, auth);
            System.out.printf("GET /api/task/{id}: %.0f req/s; trivial endpoint, same %d bytes: %.0f req/s; "
                    + "ratio %.2f (goal >= 0.5)%n", real, same[0].length, trivial, real / trivial);
        } finally {
            sim.close();
        }
    }

    static double wrk(String url, String... headers) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d10s"));
        for (String h : headers) {
            cmd.add("-H");
            cmd.add(h);
        }
        cmd.add(url);
        List<String> warmUp = new ArrayList<>(cmd);
        warmUp.set(3, "-d3s");
        run(warmUp);
        String out = run(cmd);
        for (String line : out.split("\n")) {
            if (line.startsWith("Requests/sec:")) {
                return Double.parseDouble(line.substring("Requests/sec:".length()).trim());
            }
        }
        throw new IllegalStateException("no figure from wrk:\n" + out);
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || out.contains("Non-2xx")) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }

    // ---- 2. start -> success throughput ---------------------------------------------------------------

    static void throughput() throws Exception {
        int tasks = Integer.getInteger("throughputTasks", 50_000);
        int threads = Integer.getInteger("threads", 8);
        VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withTaskDurations(TaskDurations.parse("PT0S", "")));
        try {
            TaskEngine engine = sim.engine();
            engine.register(NOOP, (tx, task) -> { });
            UUID org = systemOrg(sim);
            UUID user = sim.db().tx(tx -> tx.users().findByName(org, "administrator")).orElseThrow().id();
            TaskEngine.Caller caller = new TaskEngine.Caller(user, "administrator", org, "System");
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                int n = round == 0 ? tasks / 5 : tasks;
                long start = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                for (int i = 0; i < n; i++) {
                    pool.execute(() -> sim.db().run(tx -> engine.start(tx, new TaskEngine.Spec(NOOP, "bench",
                            caller, null, false, null))));
                }
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.MINUTES);
                while (running(sim) > 0) {
                    Thread.sleep(100);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long failed = sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM task WHERE status "
                        + "<> 'success'").mapTo(Long.class).one());
                if (failed > 0) {
                    System.out.println(failed + " tasks did not succeed, e.g. " + sim.db().read(tx -> tx.handle()
                            .createQuery("SELECT error_message FROM task WHERE status <> 'success' LIMIT 1")
                            .mapTo(String.class).one()));
                }
                if (round == 1) {
                    System.out.printf("task start -> success, zero delay, embedded H2, %d tasks from %d threads: "
                            + "%.0f tasks/s (goal >= 5000)%n", n, threads, n / seconds);
                }
            }
        } finally {
            sim.close();
        }
    }

    /** Tasks not finished yet (counted on an index, so polling costs the engine little). */
    static long running(VcdSim sim) {
        return sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM task WHERE status = 'running'")
                .mapTo(Long.class).one());
    }

    static UUID systemOrg(VcdSim sim) {
        return sim.db().tx(tx -> tx.orgs().system()).orElseThrow().id();
    }

    // ---- 3. a task query over 1,000,000 tasks -----------------------------------------------------------

    static void query(int total) throws Exception {
        VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()));
        try {
            UUID acme = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            UUID system = systemOrg(sim);
            long t0 = System.nanoTime();
            insertTasks(sim, total, List.of(acme, system));
            System.out.printf("stored %d tasks in %.1f s%n", total, (System.nanoTime() - t0) / 1e9);
            Http tenant = Sim.tenant(sim);
            Http admin = Sim.admin(sim);
            String since = Instant.now().minus(Duration.ofDays(30)).toString();
            measure("tenant: type=task, status==success;startDate=ge=<30 days ago>, sortDesc=startDate, page 3 of 25",
                    tenant, "/api/query?type=task&format=records&filter=status==success;startDate=ge=" + since
                            + "&sortDesc=startDate&page=3&pageSize=25");
            measure("sysadmin: type=adminTask, status==running,status==queued, sortDesc=startDate, page 1 of 25",
                    admin, "/api/query?type=adminTask&format=records&filter=status==running,status==queued"
                            + "&sortDesc=startDate&page=1&pageSize=25");
            measure("tenant: type=task, name==catalog*, sortAsc=startDate, page 2 of 128 (idrecords)", tenant,
                    "/api/query?type=task&format=idrecords&filter=name==catalog*&sortAsc=startDate&page=2"
                            + "&pageSize=128");
        } finally {
            sim.close();
        }
    }

    /** Up to 300 requests after 20 to warm up, or as many as fit in a minute when each is slow. */
    static void measure(String label, Http client, String path) {
        for (int i = 0; i < 20; i++) {
            check(client.get(path));
        }
        long[] nanos = new long[300];
        long deadline = System.nanoTime() + 60_000_000_000L;
        int n = 0;
        while (n < nanos.length && System.nanoTime() < deadline) {
            long s = System.nanoTime();
            check(client.get(path));
            nanos[n++] = System.nanoTime() - s;
        }
        long[] measured = Arrays.copyOf(nanos, n);
        Arrays.sort(measured);
        System.out.printf("%s: p50 %.1f ms, p99 %.1f ms over %d requests (goal p99 < 50 ms)%n", label,
                measured[n / 2] / 1e6, measured[(int) (n * 0.99)] / 1e6, n);
    }

    static void check(Http.Res r) {
        if (r.status != 200) {
            throw new IllegalStateException(r.toString());
        }
    }

    /**
     * Writes tasks straight into the store (batched): statuses, operations and start times spread out.
     * Running ones are held by this (only) cell, so the engine does not take them over as orphans.
     */
    static void insertTasks(VcdSim sim, int total, List<UUID> orgs) {
        String[] statuses = {"success", "success", "success", "success", "error", "canceled", "running", "queued"};
        String[] ops = {"catalogCreateCatalog", "vdcInstantiateVapp", "vappDeploy", "vappPowerOff", "orgDelete"};
        Random random = new Random(42);
        Instant now = Instant.now();
        for (int from = 0; from < total; from += 50_000) { // a transaction per chunk keeps the undo log small
            int first = from;
            sim.db().run(tx -> insertChunk(tx.handle().getConnection(), first, Math.min(total, first + 50_000), orgs,
                    statuses, ops, random, now));
        }
    }

    static void insertChunk(Connection c, int from, int to, List<UUID> orgs, String[] statuses, String[] ops,
                            Random random, Instant now) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task (id, org_id, user_name, name, "
                + "operation_name, operation, service_namespace, status, owner_name, progress, details, "
                + "cancel_requested, created, start_time, end_time, expiry_time, org_name, cell_id) VALUES (?, ?, "
                + "'bench', 'task', ?, ?, ?, ?, ?, 100, '', FALSE, ?, ?, ?, ?, ?, (SELECT MIN(id) FROM cell))")) {
            for (int i = from; i < to; i++) {
                Instant start = now.minusSeconds(random.nextInt(90 * 24 * 3600));
                String status = statuses[random.nextInt(statuses.length)];
                String op = ops[random.nextInt(ops.length)];
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, orgs.get(i % orgs.size()));
                ps.setString(12, i % orgs.size() == 0 ? "acme" : "System");
                ps.setString(3, op);
                ps.setString(4, op + " #" + i);
                ps.setString(5, TaskRow.NATIVE_NAMESPACE);
                ps.setString(6, status);
                ps.setString(7, "object-" + i);
                ps.setTimestamp(8, Timestamp.from(start));
                ps.setTimestamp(9, Timestamp.from(start));
                ps.setTimestamp(10, status.equals("running") || status.equals("queued") ? null
                        : Timestamp.from(start.plusSeconds(5)));
                ps.setTimestamp(11, Timestamp.from(start.plus(Duration.ofDays(90))));
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
}
