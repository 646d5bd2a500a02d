package io.vcdsim.store;

import io.vcdsim.Sim;

import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of one migrated embedded store, for tests that need a fresh one each: migrating takes seconds. */
final class MigratedStore {
    private static Path template;

    private MigratedStore() {
    }

    /** A data directory holding a store at the current schema, its own. */
    static synchronized Path copy() throws Exception {
        if (template == null) {
            Path dir = Sim.tempDir();
            new Database(Database.h2Url(dir), null, null).close();
            template = dir;
        }
        Path dir = Sim.tempDir();
        Files.copy(template.resolve("vcdsim.mv.db"), dir.resolve("vcdsim.mv.db"));
        return dir;
    }
}
