package io.vcdsim.bench;

import io.vcdsim.Sim;
import io.vcdsim.config.Config;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a benchmark's vcdsim keeps its state: a fresh embedded H2 in a new data directory, or a fresh
 * database on one embedded PostgreSQL (the same server the tests start), so no benchmark sees another's rows.
 */
abstract class BenchStore implements AutoCloseable {
    abstract String name();

    /** A configuration for an in-process vcdsim on a fresh store. */
    abstract Config config() throws Exception;

    /** The command-line arguments that put a vcdsim process on a fresh store (none for H2: its data directory). */
    abstract List<String> serverArgs() throws Exception;

    @Override
    public void close() throws Exception {
    }

    static BenchStore named(String name) throws Exception {
        return switch (name) {
            case "h2" -> new H2();
            case "postgres" -> new Postgres();
            default -> throw new IllegalArgumentException("no store " + name + ": h2 or postgres");
        };
    }

    static final class H2 extends BenchStore {
        @Override
        String name() {
            return "H2";
        }

        @Override
        Config config() throws Exception {
            return Config.forTests(Sim.tempDir());
        }

        @Override
        List<String> serverArgs() {
            return List.of();
        }
    }

    static final class Postgres extends BenchStore {
        private final EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        private final AtomicInteger databases = new AtomicInteger();

        Postgres() throws Exception {
        }

        @Override
        String name() {
            return "PostgreSQL";
        }

        private String freshDatabase() throws Exception {
            String name = "bench" + databases.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        }

        @Override
        Config config() throws Exception {
            Path dir = Sim.tempDir();
            return Config.forTests(dir).withDb(freshDatabase(), "postgres", "postgres");
        }

        @Override
        List<String> serverArgs() throws Exception {
            return List.of("--db-url", freshDatabase(), "--db-user", "postgres", "--db-password", "postgres");
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
