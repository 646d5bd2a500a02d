package io.vcdsim.bench;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.api.Routes;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.http.Reply;
import io.vcdsim.tasks.TaskEngine;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The task engine's benchmarks: GET task against a trivial endpoint, start-to-success throughput, queries at scale. */
final class TaskBenchmarks {
    private static final String NOOP = "benchNoop";

    private final Figures figures;
    private final boolean quick;

    TaskBenchmarks(Figures figures, boolean quick) {
        this.figures = figures;
        this.quick = quick;
    }

    // ---- GET /api/task/{id} against a trivial endpoint ---------------------------------------------------

    /**
     * wrk against GET /api/task/{id} and against an endpoint of the same server that returns the same
     * bytes with the same media type, without authentication or store: what serving a task costs.
     */
    void getVersusTrivial(BenchStore store) throws Exception {
        if (!Processes.onPath("wrk")) {
            figures.add("GET task / trivial endpoint", store.name(), "not measured: no wrk (apt-get install wrk)",
                    ">= 0.75", false);
            return;
        }
        byte[][] same = new byte[1][];
        VcdSim sim = VcdSim.start(store.config(), List.<Routes>of(router -> router.anonymous("GET",
                "/bench/trivial", x -> Reply.bytes(200, same[0], "application/vnd.vmware.vcloud.task+xml;version=36.0"))));
        try {
            Http admin = Sim.admin(sim);
            String task = admin.awaitTask(admin.post("/api/tasksList/" + systemOrg(sim),
                    "application/vnd.vmware.vcloud.task+xml", "<Task xmlns=\"" + Http.NS + "\" name=\"task\" "
                            + "status=\"success\" serviceNamespace=\"com.example.bench\"/>")).attr("href");
            same[0] = admin.get(task).body.getBytes(StandardCharsets.UTF_8);
            String accept = "Accept: application/*+xml;version=36.0";
            String auth = "Authorization: Bearer " + admin.token();
            String seconds = quick ? "3s" : "10s";
            wrk("3s", sim.httpUrl() + "/bench/trivial", accept); // both warm the JIT up before either is measured
            wrk("3s", task, accept, auth);
            // alternated, so a change in what else the machine does falls on both
            List<Double> ratios = new ArrayList<>();
            double trivial = 0;
            double real = 0;
            for (int round = 0; round < (quick ? 1 : 3); round++) {
                double t = wrk(seconds, sim.httpUrl() + "/bench/trivial", accept);
                double r = wrk(seconds, task, accept, auth);
                ratios.add(r / t);
                trivial += t;
                real += r;
            }
            int rounds = ratios.size();
            figures.note("GET /api/task/{id}", store.name(), Figures.number(real / rounds) + " req/s");
            figures.note("trivial endpoint, same " + same[0].length + " bytes", store.name(),
                    Figures.number(trivial / rounds) + " req/s");
            figures.atLeast("GET task / trivial endpoint (median of " + rounds + " paired runs)", store.name(),
                    Figures.median(ratios), "", 0.75);
        } finally {
            sim.close();
        }
    }

    static double wrk(String duration, String url, String... headers) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + duration));
        for (String h : headers) {
            cmd.add("-H");
            cmd.add(h);
        }
        cmd.add(url);
        String out = Processes.run(cmd);
        if (out.contains("Non-2xx")) {
            throw new IllegalStateException(String.join(" ", cmd) + " got errors:\n" + out);
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("Requests/sec:")) {
                return Double.parseDouble(line.substring("Requests/sec:".length()).trim());
            }
        }
        throw new IllegalStateException("no figure from wrk:\n" + out);
    }

    // ---- start -> success throughput ----------------------------------------------------------------------

    /** Tasks started by 8 threads, each in its own transaction, with zero simulated delay, until all succeeded. */
    void throughput(BenchStore store) throws Exception {
        int tasks = quick ? 10_000 : 50_000;
        int threads = 8;
        VcdSim sim = Sim.start(store.config().withTaskDurations(TaskDurations.parse("PT0S", "")));
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
                while (unfinished(sim) > 0) {
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long failed = sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM task WHERE status "
                        + "<> 'success' AND operation_name = :op").bind("op", NOOP).mapTo(Long.class).one());
                if (failed > 0) {
                    throw new IllegalStateException(failed + " tasks did not succeed");
                }
                if (round == 1) {
                    figures.atLeast("task start -> success, zero delay, " + threads + " threads, " + n + " tasks",
                            store.name(), n / seconds, " tasks/s", store instanceof BenchStore.H2 ? 10_000 : 5_000);
                }
            }
        } finally {
            sim.close();
        }
    }

    /** Tasks not finished yet (counted on an index, so polling costs the engine little). */
    static long unfinished(VcdSim sim) {
        return sim.db().read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM task WHERE status IN ('running', "
                + "'queued', 'preRunning')").mapTo(Long.class).one());
    }

    static UUID systemOrg(VcdSim sim) {
        return sim.db().tx(tx -> tx.orgs().system()).orElseThrow().id();
    }

    // ---- queries over many tasks ---------------------------------------------------------------------------

    /**
     * Every query form of the benchmark at a small and at a large number of stored tasks (and as many
     * events), in one store: p99 at each, and their ratio. Then the heap this JVM (vcdsim inside it)
     * uses after a full collection, with all of them stored.
     */
    void queries(BenchStore store) throws Exception {
        int small = 10_000;
        int large = quick ? 100_000 : 1_000_000;
        VcdSim sim = Sim.start(store.config());
        try {
            UUID acme = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            UUID system = systemOrg(sim);
            Http tenant = Sim.tenant(sim);
            Http admin = Sim.admin(sim);
            Bulk.load(sim, 0, small, small, acme, system);
            Map<String, Double> atSmall = new LinkedHashMap<>();
            for (var form : forms(tenant, admin).entrySet()) {
                atSmall.put(form.getKey(), p99(form.getValue()));
            }
            double loadSeconds = Bulk.load(sim, small, large, large, acme, system);
            // what PostgreSQL's autovacuum does a while after a load: without statistics its planner still
            // plans for the 10,000 rows it saw (p99 61-297 ms at 1,000,000), and without a vacuum no index-only
            // scan counts a total; VACUUM runs outside a transaction, on a connection in auto-commit
            String settle = store instanceof BenchStore.Postgres ? "VACUUM ANALYZE" : "ANALYZE";
            sim.db().read(tx -> tx.handle().execute(settle));
            figures.atMost("store " + String.format("%,d", large - small) + " tasks and as many events (bulk)",
                    store.name(), loadSeconds, " s", 60);
            String count = String.format("%,d", large);
            for (var form : forms(tenant, admin).entrySet()) {
                double p99 = p99(form.getValue());
                double before = atSmall.get(form.getKey());
                figures.atMost("p99 at " + count + " tasks: " + form.getKey(), store.name(), p99, " ms", 20);
                figures.atMost("  ... against its p99 at " + String.format("%,d", small) + " (" + Figures.number(before)
                        + " ms)", store.name(), p99 / before, "x", 2);
            }
            figures.atMost("heap used after a full GC, " + count + " tasks stored", store.name(), heapAfterGc(),
                    " MB", 256);
        } finally {
            sim.close();
        }
    }

    /** The query forms measured: what tenants, system administrators and monitors ask of many tasks. */
    private Map<String, Runnable> forms(Http tenant, Http admin) {
        String month = Instant.now().minus(Duration.ofDays(30)).toString();
        String hour = Instant.now().minus(Duration.ofHours(1)).toString();
        Map<String, Runnable> forms = new LinkedHashMap<>();
        forms.put("tenant task, status==success;startDate=ge=<30 days ago>, sortDesc=startDate, page 3 of 25",
                get(tenant, "/api/query?type=task&format=records&filter=status==success;startDate=ge=" + month
                        + "&sortDesc=startDate&page=3&pageSize=25"));
        forms.put("tenant task, name==catalog*, sortAsc=startDate, page 2 of 128 (idrecords)",
                get(tenant, "/api/query?type=task&format=idrecords&filter=name==catalog*&sortAsc=startDate&page=2"
                        + "&pageSize=128"));
        forms.put("adminTask, status==running,status==queued, sortDesc=startDate, page 1 of 25",
                get(admin, "/api/query?type=adminTask&format=records&filter=status==running,status==queued"
                        + "&sortDesc=startDate&page=1&pageSize=25"));
        forms.put("adminTask (monitor), startDate=ge=<1 hour ago>, sortDesc=startDate, page 1 of 128",
                get(admin, "/api/query?type=adminTask&format=records&filter=startDate=ge=" + hour
                        + "&sortDesc=startDate&page=1&pageSize=128"));
        forms.put("event (monitor), timeStamp=ge=<1 hour ago>, sortAsc=timeStamp, page 1 of 128",
                get(tenant, "/api/query?type=event&format=records&filter=timeStamp=ge=" + hour
                        + "&sortAsc=timeStamp&page=1&pageSize=128"));
        return forms;
    }

    private static Runnable get(Http client, String path) {
        return () -> {
            Http.Res r = client.get(path);
            if (r.status != 200) {
                throw new IllegalStateException(path + ": " + r);
            }
        };
    }

    /** p99 in ms of up to 300 requests after 20 to warm up, or of as many as fit in a minute when each is slow. */
    private double p99(Runnable request) {
        for (int i = 0; i < 20; i++) {
            request.run();
        }
        int most = quick ? 100 : 300;
        long[] nanos = new long[most];
        long deadline = System.nanoTime() + (quick ? 20 : 60) * 1_000_000_000L;
        int n = 0;
        while (n < most && System.nanoTime() < deadline) {
            long s = System.nanoTime();
            request.run();
            nanos[n++] = System.nanoTime() - s;
        }
        long[] measured = Arrays.copyOf(nanos, n);
        Arrays.sort(measured);
        return Figures.p99(measured) / 1e6;
    }

    static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }
}
