package io.vcdsim.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Set;

/**
 * Notices that H2 closed the embedded store under the pool and has the pool replace its connections, so that
 * the next ones open the file again. After a failure inside its store (a read or write that failed, an interrupt
 * in the wrong place) H2 "panics": it closes the file, and every session of the database answers "The database
 * has been closed" from then on, while the pool would keep lending them out. Each transaction is written to the
 * file before it returns ({@link GroupCommit}) and H2 opens the file again at the last write, so what
 * clients were told is done survives; the transactions in flight at that moment fail (none is retried: one
 * that failed while it committed may have been written).
 */
final class ClosedStoreEviction implements SQLExceptionOverride {
    private static final Logger log = LoggerFactory.getLogger(ClosedStoreEviction.class);
    /** H2's DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    private static final Set<Integer> CLOSED = Set.of(90098, 90121);
    /** The store's own failures after which it closes itself (MVStore.panic). */
    private static final Set<Integer> PANICS = Set.of(DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_WRITING_FAILED,
            DataUtils.ERROR_INTERNAL, DataUtils.ERROR_CLOSED, DataUtils.ERROR_FILE_CORRUPT);
    /** Connections lent out when the store closed fail once each: one replacement of the pool serves them all. */
    private static final long QUIET_NANOS = 1_000_000_000L;
    private volatile HikariDataSource pool;
    private long lastEviction = System.nanoTime() - QUIET_NANOS;
    private long evictions;

    void watch(HikariDataSource pool) {
        this.pool = pool;
    }

    /** How many times the pool's connections were replaced because H2 had closed the store. */
    synchronized long evictions() {
        return evictions;
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (!storeClosed(e)) {
            return Override.CONTINUE_EVICT; // Hikari's own judgement (connection errors, SQLSTATE 08)
        }
        HikariDataSource p = pool;
        if (p != null && !p.isClosed() && p.getHikariPoolMXBean() != null && firstOfItsKind()) {
            log.warn("H2 closed the store ({}): its connections are replaced and the file opened again", cause(e));
            p.getHikariPoolMXBean().softEvictConnections(); // idle ones now, lent ones when they come back
        }
        return Override.MUST_EVICT;
    }

    private synchronized boolean firstOfItsKind() {
        long now = System.nanoTime();
        if (now - lastEviction < QUIET_NANOS) {
            return false;
        }
        lastEviction = now;
        evictions++;
        return true;
    }

    static boolean storeClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && CLOSED.contains(s.getErrorCode())
                    || t instanceof MVStoreException m && PANICS.contains(m.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
