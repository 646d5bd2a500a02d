package io.vcdsim.testing;

import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real vcdsim for a JUnit 5 test: loopback, random ports, the seeded model, and a fresh data
 * directory that is deleted again after close.
 *
 * <pre>{@code
 * class MyClientTest {
 *     @RegisterExtension
 *     static VcdSimExtension vcd = VcdSimExtension.create()
 *             .configuredBy(c -> c.withTaskDurations(TaskDurations.parse("PT0.1S", "")));
 *
 *     @Test
 *     void versionsAreListed() throws Exception {
 *         HttpResponse<String> r = HttpClient.newHttpClient().send(
 *                 HttpRequest.newBuilder(URI.create(vcd.httpUrl() + "/api/versions")).build(),
 *                 HttpResponse.BodyHandlers.ofString());
 *         assertEquals(200, r.statusCode());
 *     }
 * }
 * }</pre>
 *
 * On a {@code static} field one vcdsim serves the whole class (and its {@code @Nested} classes); it is
 * running before the class's own {@code @BeforeAll} methods and closed after its {@code @AfterAll}
 * methods. On an instance field every test method gets its own. Log in as {@code administrator} in
 * org {@code System} ({@link Config#DEFAULT_ADMIN_PASSWORD}) or {@code acmeadmin} in org {@code acme}
 * ({@link Config#DEFAULT_TENANT_PASSWORD}).
 */
public final class VcdSimExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private final Function<Config, Config> configure;
    /**
     * How many classes share a class-level start: JUnit calls beforeAll again for each @Nested class,
     * which must reuse the enclosing class's vcdsim rather than replace it.
     */
    private int classLevel;
    private volatile VcdSim sim;
    private volatile Path dataDir;

    private VcdSimExtension(Function<Config, Config> configure) {
        this.configure = configure;
    }

    /** Starts with {@link Config#forTests(Path)}. */
    public static VcdSimExtension create() {
        return new VcdSimExtension(Function.identity());
    }

    /**
     * Adjusts the configuration, after any earlier adjustment. It is applied at each start, so it may
     * read state prepared before then (a static initializer for a class-level vcdsim, a
     * {@code @BeforeAll} method for a per-test one).
     */
    public VcdSimExtension configuredBy(Function<Config, Config> adjust) {
        return new VcdSimExtension(configure.andThen(adjust));
    }

    /** The running vcdsim. */
    public VcdSim sim() {
        if (sim == null) {
            throw new IllegalStateException("no vcdsim is running: VcdSimExtension starts one only while a test "
                    + "class (static @RegisterExtension field) or a test method (instance field) runs");
        }
        return sim;
    }

    /** Like {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String httpUrl() {
        return sim().httpUrl();
    }

    /** The running vcdsim's data directory (store, uploaded files); gone once it is closed. */
    public Path dataDir() {
        sim();
        return dataDir;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (classLevel++ == 0) {
            start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        if (--classLevel == 0) {
            stop();
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) throws Exception {
        if (classLevel == 0) {
            start();
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) throws Exception {
        if (classLevel == 0) {
            stop();
        }
    }

    private void start() throws Exception {
        Path dir = Files.createTempDirectory("vcdsim-test");
        try {
            sim = VcdSim.start(configure.apply(Config.forTests(dir)));
            dataDir = dir;
        } catch (Throwable t) {
            deleteQuietly(dir);
            throw t;
        }
    }

    private void stop() throws Exception {
        // JUnit calls the after-callbacks even when the start failed
        if (sim == null) {
            return;
        }
        VcdSim running = sim;
        Path dir = dataDir;
        sim = null;
        dataDir = null;
        try {
            running.close();
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Deletes a data directory and everything in it, best effort: a directory left in the temp dir is no reason to
     * fail a test (tests that make their own data directories delete them with this too).
     */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the rest is still worth deleting
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // already gone, or unreadable: nothing more to do
        }
    }
}
