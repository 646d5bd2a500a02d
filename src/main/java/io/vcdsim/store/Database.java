package io.vcdsim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vcdsim.core.Uninterruptible;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store: a pooled connection to H2 (embedded, the default) or PostgreSQL, migrated by Flyway on
 * start. Everything the server knows lives here, so several cells can share one database.
 */
public final class Database implements AutoCloseable {
    /** The newest migration in db/migration; StoreTest checks the two agree. */
    public static final int SCHEMA_VERSION = 84;
    private static final String H2_NAME = "vcdsim";

    private final HikariDataSource dataSource;
    private final boolean embedded;
    private final Jdbi jdbi;
    private final ClosedStoreEviction closedStore = new ClosedStoreEviction();
    private final GroupCommit groupCommit = new GroupCommit();

    public Database(String url, String user, String password) {
        this.embedded = url.startsWith("jdbc:h2:");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("vcdsim-db");
        config.setMaximumPoolSize(embedded ? embeddedPoolSize() : 16);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        if (embedded) {
            config.setExceptionOverride(closedStore);
        }
        this.dataSource = new HikariDataSource(config);
        closedStore.watch(dataSource);
        // Loading Flyway costs about half a second of start-up: only do it when the schema is behind.
        if (installedVersion() < SCHEMA_VERSION) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .placeholders(migrationPlaceholders(url)).load().migrate();
        }
        this.jdbi = Jdbi.create(dataSource);
        jdbi.useHandle(h -> h.createQuery("SELECT COUNT(*) FROM org").mapTo(Long.class).one()); // warm up Jdbi
    }

    /**
     * Embedded H2 works on its callers' threads, so connections beyond about two per core only make
     * transactions collide (measured with 8 writers on 2 cores: 2,034 tasks/s with 16, 2,782 with 4).
     */
    private static int embeddedPoolSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** The connection pool now: connections in use, idle, threads waiting for one, and the most it opens. */
    public record Pool(int active, int idle, int waiting, int max) {
    }

    public Pool pool() {
        var bean = dataSource.getHikariPoolMXBean();
        return bean == null ? new Pool(0, 0, 0, dataSource.getMaximumPoolSize())
                : new Pool(bean.getActiveConnections(), bean.getIdleConnections(), bean.getThreadsAwaitingConnection(),
                dataSource.getMaximumPoolSize());
    }

    /** What the migrations that differ between the two stores write for each (V38, V39, V56). */
    private static java.util.Map<String, String> migrationPlaceholders(String url) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        return java.util.Map.of(
                // the operator class an index column needs to serve LIKE 'prefix%' (filters with a trailing *):
                // PostgreSQL's B-trees serve it only with varchar_pattern_ops unless the collation is C; H2's
                // serve it as they are (and know no operator classes)
                "likePrefixOps", postgres ? "varchar_pattern_ops" : "",
                // how many event numbers are handed out before the sequence is recorded: PostgreSQL caches
                // per connection (numbers out of commit order), H2 once for the database
                "eventSeqCache", postgres ? "1" : "4096",
                // the id of a VDC's storage profile * (V59): the MD5 of 'vdcStorageProfile:' and the VDC's id
                "starProfileId", postgres ? "md5('vdcStorageProfile:' || v.id::text)::uuid"
                        : "CAST(HASH('MD5', 'vdcStorageProfile:' || CAST(v.id AS VARCHAR)) AS UUID)");
    }

    /** The schema version Flyway recorded, 0 for an empty database. */
    private int installedVersion() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" "
                     + "WHERE \"success\"")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0; // no history table yet
        }
    }

    /**
     * The store of a cell: the database at {@code url}, or without one the embedded store of {@code dataDir}, which
     * starts as a copy of the {@link SchemaTemplate} when it is new (not with a user of its own: the file keeps the
     * credentials of the user that made it).
     */
    public static Database of(String url, java.nio.file.Path dataDir, String user, String password)
            throws java.io.IOException {
        if (url != null) {
            return new Database(url, user, password);
        }
        if (user == null && password == null) {
            SchemaTemplate.copyInto(dataDir);
        }
        return new Database(h2Url(dataDir), user, password);
    }

    /** The file that holds the embedded store of a data directory (H2 adds its suffix to the URL's name). */
    public static java.nio.file.Path h2File(java.nio.file.Path dataDir) {
        return dataDir.resolve(H2_NAME + ".mv.db");
    }

    /** The H2 URL for a file database under the data directory, speaking PostgreSQL's dialect. */
    public static String h2Url(java.nio.file.Path dataDir) {
        // async: a thread interrupted while it writes (a finisher stopped at close) must not close the
        // file for everyone, as an interrupted FileChannel does; requests write the file themselves (GroupCommit)
        return "jdbc:h2:async:" + dataDir.toAbsolutePath().resolve(H2_NAME)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64"
                // a page cache of 32 MB as H2 counts it: queried over a million stored tasks, a 128 MB one left ~900 MB
                // of heap after each young collection (32 MB: ~230 MB) and made those pauses 110-180 ms (55-70 ms),
                // which were the queries' p99; with 32 MB the p99s were as good or better, the bulk load 20% faster
                // and the heap after a full collection half as big (bench/run --only=queries, taken in turn)
                + ";CACHE_SIZE=32768"
                // a commit is written to the file before the request that made it is answered, by GroupCommit;
                // H2's own writer, which would keep it in memory up to WRITE_DELAY (a crash lost what clients had
                // been told was done), only backs that up, and wakes rarely (measured: with 500 ms its work made
                // blocking-task timeouts later, not earlier, than H2 writing each commit itself)
                + ";WRITE_DELAY=10000"
                // vcdsim closes the store itself, last: H2's own exit hook would close it under requests in flight
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Runs {@code work} in one transaction and returns its result, committed and (embedded) written to the file;
     * any exception rolls back.
     */
    public <T> T tx(Function<Tx, T> work) {
        return guarded(() -> {
            if (!embedded) {
                return jdbi.inTransaction(h -> work.apply(new Tx(h)));
            }
            org.h2.mvstore.MVStore[] changed = new org.h2.mvstore.MVStore[1];
            T result = jdbi.inTransaction(h -> {
                T r = work.apply(new Tx(h));
                changed[0] = GroupCommit.changedStoreOf(h);
                return r;
            });
            if (changed[0] != null) {
                groupCommit.awaitWritten(changed[0]);
            }
            return result;
        });
    }

    /**
     * Returns once everything committed before the call is in the store's file, from inside a transaction
     * {@code tx}: for what tells the world outside about others' committed changes before its own transaction ends
     * (the notification publisher).
     */
    public void awaitWritten(Tx tx) {
        if (embedded) {
            guarded(() -> {
                groupCommit.awaitWritten(GroupCommit.storeOf(tx.handle()));
                return null;
            });
        }
    }

    /** Runs a read on a connection in auto-commit mode: no transaction to begin and commit. */
    public <T> T read(Function<Tx, T> work) {
        return guarded(() -> jdbi.withHandle(h -> work.apply(new Tx(h))));
    }

    public void run(Consumer<Tx> work) {
        tx(t -> {
            work.accept(t);
            return null;
        });
    }

    /**
     * Runs {@code work} as {@link #run} does, but gives up after {@code patience} on PostgreSQL, which may be gone:
     * a stop's last word to the store must not wait out the pool's connection timeout. The embedded store is
     * always there, and an interrupt must not reach it, so there the work simply runs.
     */
    public void runWithin(java.time.Duration patience, Consumer<Tx> work) {
        if (embedded) {
            run(work);
            return;
        }
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread brief = new Thread(() -> {
            try {
                run(work);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "store-brief");
        brief.setDaemon(true);
        brief.start();
        try {
            brief.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        brief.interrupt(); // when it still waits for a connection, it stops waiting
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * On the embedded store an interrupt of the thread waits until its work is done ({@link Uninterruptible}: H2
     * closes the store when one reaches it). PostgreSQL's driver is not hurt by one, and a stop must reach a
     * thread waiting for a connection to a database that is gone: held, it made the stop wait out one
     * connection timeout per background thread, 23 s in all.
     */
    private <T> T guarded(java.util.function.Supplier<T> work) {
        return embedded ? Uninterruptible.call(work) : work.get();
    }

    /** How many times H2 closed the embedded store under vcdsim and it was opened again. */
    public long reopenings() {
        return closedStore.evictions();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
