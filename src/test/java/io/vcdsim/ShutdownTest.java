package io.vcdsim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SIGTERM at any moment of start-up ends vcdsim cleanly: it exits promptly, says nothing alarming, and leaves a
 * store that the next start opens. The process is this build's classes, started as a user starts the jar; it is
 * stopped a few moments into its first start (fresh data directory: certificate, migrations, seeding), and once
 * more a moment into a restart, and at the moment its listeners first answer.
 */
class ShutdownTest {
    private static final long[] MOMENTS_MS = {0, 250, 600, 1000, 1600};

    @Test
    void aSigtermAtAnyMomentOfStartUpEndsTheProcessCleanly() throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (long moment : MOMENTS_MS) {
            Path dir = Sim.tempDir();
            dirs.add(dir);
            terminateAfter(dir, moment);
        }
        terminateAfter(dirs.get(dirs.size() - 1), 300); // a restart, stopped while it opens the store
        terminateAtFirstAnswer(dirs.get(0)); // the moment the listeners open, before start-up has returned
        for (Path dir : List.of(dirs.get(2), dirs.get(4))) {
            Process p = start(dir, Sim.freePort());
            try {
                assertThat(awaitUp(p, dir)).as("the store of a stopped start opens again: %s", log(dir)).isTrue();
            } finally {
                p.destroy();
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static void terminateAfter(Path dir, long moment) throws Exception {
        Process p = start(dir, Sim.freePort());
        Thread.sleep(moment);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped %d ms into its start", moment).isTrue();
        String out = log(dir);
        assertThat(p.exitValue()).as(out).isIn(0, 143);
        assertThat(out).as("stopped %d ms into its start", moment).doesNotContain("Exception", "ERROR",
                "already closed", "Shutdown in progress");
    }

    private static void terminateAtFirstAnswer(Path dir) throws Exception {
        int port = Sim.freePort();
        Process p = start(dir, port);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health")).build();
        long deadline = System.currentTimeMillis() + 60_000;
        boolean answered = false;
        while (!answered && p.isAlive() && System.currentTimeMillis() < deadline) {
            try {
                answered = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                Thread.sleep(2); // not listening yet
            }
        }
        assertThat(answered).as(log(dir)).isTrue();
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isIn(0, 143);
        assertThat(log(dir)).doesNotContain("Exception", "ERROR", "already closed", "Shutdown in progress");
    }

    private static Process start(Path dir, int port) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--http-port", String.valueOf(port),
                "--https-port", "0", "--data-dir", dir.resolve("data").toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("out.log").toFile())).start();
    }

    private static boolean awaitUp(Process p, Path dir) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            if (log(dir).contains("vcdsim is up")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String log(Path dir) throws Exception {
        Path out = dir.resolve("out.log");
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }
}
