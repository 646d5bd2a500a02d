package io.vcdsim.testing;

import io.vcdsim.config.Config;
import io.vcdsim.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded store migrated to this version, copied into each fresh data directory a test starts on:
 * running the migrations takes about a second a start, copying their result a few milliseconds. The copy
 * is the file the migrations would have written; seeding still happens at each start, with that start's
 * configuration and clock.
 */
public final class MigratedStore {
    private static Path template;

    private MigratedStore() {
    }

    /**
     * Puts a migrated store into {@code config}'s data directory when that start would create a new
     * embedded one: no external database, no store there yet, and H2's default credentials (the file
     * remembers the user that created it).
     */
    public static void prepare(Config config) throws Exception {
        Path store = Database.h2File(config.dataDir());
        if (config.dbUrl() == null && config.dbUser() == null && config.dbPassword() == null
                && !Files.exists(store)) {
            Files.createDirectories(config.dataDir());
            Files.copy(template(), store);
        }
    }

    /** A data directory of its own holding a store at the current schema, and nothing else. */
    public static Path copy() throws Exception {
        Path dir = Files.createTempDirectory("vcdsim-test");
        Files.copy(template(), Database.h2File(dir));
        return dir;
    }

    private static synchronized Path template() throws Exception {
        if (template == null) {
            Path dir = Files.createTempDirectory("vcdsim-schema");
            new Database(Database.h2Url(dir), null, null).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "vcdsim-schema-cleanup"));
            template = Database.h2File(dir);
        }
        return template;
    }

    /** Best effort: a directory left in the temp dir is no reason to fail a test. */
    static void deleteQuietly(Path dir) {
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
