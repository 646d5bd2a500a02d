package io.vcdsim.bench;

import io.vcdsim.Http;
import io.vcdsim.Sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Benchmarks of vcdsim as users run it: its own process, started with README's command
 * ({@code java -XX:SharedArchiveFile=target/vcdsim.jsa -jar target/vcdsim.jar}, no other JVM flags):
 * time to the first answer, resident memory idle and after a load of task round trips.
 */
final class Processes {
    private static final Path JAR = Path.of("target", "vcdsim.jar");
    private static final Path ARCHIVE = Path.of("target", "vcdsim.jsa");

    private final Figures figures;
    private final boolean quick;

    Processes(Figures figures, boolean quick) {
        this.figures = figures;
        this.quick = quick;
    }

    /** First start on a fresh store, restarts on it, then resident memory idle and after round trips. */
    void startupAndMemory(BenchStore store) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("no " + JAR + ": build it first (bench/run does)");
        }
        Path data = Sim.tempDir();
        List<String> storeArgs = store.serverArgs();
        int port = Sim.freePort();
        Started first = start(data, port, storeArgs, List.of());
        first.stop();
        List<Double> restarts = new ArrayList<>();
        for (int i = 0; i < (quick ? 3 : 7); i++) {
            Started again = start(data, port, storeArgs, List.of());
            restarts.add(again.millis);
            again.stop();
        }
        figures.atMost("start to first answer, first start (empty data directory)", store.name(), first.millis,
                " ms", 1_000);
        figures.atMost("start to first answer, restart (median of " + restarts.size() + ")", store.name(),
                Figures.median(restarts), " ms", 500);

        // memory: the zero-delay tasks of a simulator in CI, as README's command otherwise leaves it
        Started sim = start(data, port, storeArgs, List.of("--task-duration", "PT0S"));
        try {
            Thread.sleep(quick ? 5_000 : 15_000);
            figures.atMost("resident memory idle", store.name(), sim.residentMb(), " MB", 100);
            double perSecond = roundTrips(sim.base, 4, Duration.ofSeconds(quick ? 10 : 60));
            figures.note("task round trips (power on/off a VM and wait, 4 clients)", store.name(),
                    Figures.number(perSecond) + " /s");
            figures.atMost("resident memory right after the round trips", store.name(), sim.residentMb(), " MB", 300);
            Thread.sleep(20_000);
            figures.atMost("resident memory 20 s after the round trips", store.name(), sim.residentMb(), " MB", 300);
        } finally {
            sim.stop();
        }
    }

    /**
     * Clients each with a vApp of one VM of their own, powering it on and off and polling each task
     * until it succeeds, as pyvcloud's task monitor does (without its pause between polls).
     */
    static double roundTrips(String base, int clients, Duration length) throws Exception {
        Http tenant = Sim.tenantAt(base);
        String vdc = tenant.get("/api/query?type=orgVdc&format=records").children("OrgVdcRecord").get(0)
                .getAttribute("href");
        List<String> vapps = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            vapps.add(vappWithOneVm(tenant, vdc));
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (String vapp : vapps) {
            done.add(pool.submit(() -> {
                Http own = Sim.tenantAt(base);
                int trips = 0;
                while (!stop.get()) {
                    await(own, own.post(vapp + "/power/action/powerOn", null, null));
                    await(own, own.post(vapp + "/power/action/powerOff", null, null));
                    trips += 2;
                }
                return trips;
            }));
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        long trips = 0;
        for (Future<Integer> f : done) {
            trips += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return trips / seconds;
    }

    private static String vappWithOneVm(Http tenant, String vdc) {
        String compose = "application/vnd.vmware.vcloud.composeVAppParams+xml";
        Http.Res vapp = tenant.post(tenant.get(vdc).link("add", compose), compose, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" name=\"bench-" + UUID.randomUUID().toString().substring(0, 8) + "\"/>");
        await(tenant, vapp);
        String href = vapp.attr("href");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        await(tenant, tenant.post(href + "/action/recomposeVApp", recompose, "<RecomposeVAppParams xmlns=\""
                + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"><CreateItem name=\"vm\">"
                + "<VmSpecSection Modified=\"true\"><ovf:Info>spec</ovf:Info><OsType>debian10Guest</OsType><NumCpus>1"
                + "</NumCpus><NumCoresPerSocket>1</NumCoresPerSocket><MemoryResourceMb><Configured>512</Configured>"
                + "</MemoryResourceMb><DiskSection/><HardwareVersion>vmx-13</HardwareVersion></VmSpecSection>"
                + "</CreateItem><AllEULAsAccepted>true</AllEULAsAccepted></RecomposeVAppParams>"));
        return href;
    }

    /** Polls the task without pausing until it ends; fails unless it succeeded. */
    private static void await(Http client, Http.Res withTask) {
        if (withTask.status >= 300) {
            throw new IllegalStateException(withTask.toString());
        }
        String href = withTask.root().getLocalName().equals("Task") ? withTask.attr("href")
                : Http.Res.children(withTask.child("Tasks"), "Task").get(0).getAttribute("href");
        while (true) {
            String status = client.get(href).attr("status");
            if (status.equals("success")) {
                return;
            }
            if (List.of("error", "canceled", "aborted").contains(status)) {
                throw new IllegalStateException("task " + href + " ended " + status);
            }
        }
    }

    /** A vcdsim process started with README's command, answering. */
    record Started(Process process, String base, double millis) {
        double residentMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    static Started start(Path data, int port, List<String> storeArgs, List<String> more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java"));
        if (Files.exists(ARCHIVE)) {
            cmd.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        cmd.addAll(List.of("-jar", JAR.toString(), "--data-dir", data.toString(), "--http-port",
                Integer.toString(port), "--https-port", "0"));
        cmd.addAll(storeArgs);
        cmd.addAll(more);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest versions = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/versions"))
                .timeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(data.resolve("bench-server.log").toFile()).start();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("vcdsim exited with " + p.exitValue() + ": "
                        + Files.readString(data.resolve("bench-server.log")));
            }
            try {
                if (client.send(versions, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Started(p, "http://127.0.0.1:" + port, (System.nanoTime() - t0) / 1e6);
                }
            } catch (IOException e) {
                Thread.sleep(2);
            }
        }
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }
}
