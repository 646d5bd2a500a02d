package io.vcdsim.store;

import io.vcdsim.Http;
import io.vcdsim.Main;
import io.vcdsim.Sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A vcdsim cell as its own process, as users run it, for the tests that kill one. */
final class CellProcess implements AutoCloseable {
    final Process process;
    final String base;
    /** What the process printed: kept for a failing test to show. */
    final Path log;

    private CellProcess(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts {@code java io.vcdsim.Main} with these flags on a free port, once it answers. */
    static CellProcess start(List<String> flags) throws IOException {
        int port = Sim.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--http-port",
                String.valueOf(port), "--https-port", "-1"));
        command.addAll(flags);
        Path log = java.nio.file.Files.createTempFile("vcdsim-cell", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + port;
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            try {
                if (new Http(base).get("/api/versions").status == 200) {
                    return new CellProcess(p, base, log);
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            assertThat(p.isAlive()).as("vcdsim exited while starting: %s", tail(log)).isTrue();
            sleep(100);
        }
        p.destroyForcibly();
        throw new AssertionError("vcdsim did not answer within 60 s");
    }

    /** Runs a cell that is expected to refuse to start: what it printed, once it exited (non-zero). */
    static String refusal(List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--http-port",
                String.valueOf(Sim.freePort()), "--https-port", "-1"));
        command.addAll(flags);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isNotZero();
        return output;
    }

    /** The last lines the process printed. */
    static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The task's final status, or its status when it has not ended within 20 s. */
    static String awaitEnd(Http who, String task) {
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

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
