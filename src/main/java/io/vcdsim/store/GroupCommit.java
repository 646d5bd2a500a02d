package io.vcdsim.store;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.Transaction;
import org.jdbi.v3.core.Handle;

import java.sql.SQLException;

/**
 * Writes the embedded store's committed transactions to its file before they return, one write for all the
 * transactions that commit while another is being written. A 2xx means the change is in the file; H2 does that
 * itself with WRITE_DELAY=0, but then every commit writes a chunk of the pages it changed, one commit after
 * another: with thousands of small transactions a second, writing chunks was most of the store's time.
 * <p>
 * A transaction registers after its commit; the next write to start covers it and every other registered by then,
 * and whoever calls when no write is going on makes it (so no thread of its own is needed).
 */
final class GroupCommit {
    private long registered;
    private long written;
    private boolean writing;

    /** Returns once the store has been written with everything committed before this call. */
    void awaitWritten(MVStore store) {
        long mine;
        synchronized (this) {
            mine = ++registered;
        }
        boolean interrupted = false; // an interrupt must not reach H2 (see Uninterruptible): kept for the caller
        try {
            while (true) {
                long upTo;
                synchronized (this) {
                    while (writing && written < mine) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (written >= mine) {
                        return;
                    }
                    writing = true;
                    upTo = registered;
                }
                boolean done = false;
                try {
                    store.commit();
                    done = true;
                } finally {
                    synchronized (this) {
                        writing = false;
                        if (done) {
                            written = Math.max(written, upTo);
                        }
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The MVStore behind a connection to the embedded store (a new one after H2 closed and reopened it). */
    static MVStore storeOf(Handle h) {
        return session(h).getDatabase().getStore().getMvStore();
    }

    /**
     * The same, if the connection's open transaction changed something; else null, and the transaction has nothing
     * to wait for (a write would only store others' changes, committed or not).
     */
    static MVStore changedStoreOf(Handle h) {
        Transaction t = session(h).getTransaction();
        return t != null && t.hasChanges() ? storeOf(h) : null;
    }

    private static SessionLocal session(Handle h) {
        try {
            return (SessionLocal) h.getConnection().unwrap(JdbcConnection.class).getSession();
        } catch (SQLException e) {
            throw new IllegalStateException("not a connection to the embedded store", e);
        }
    }
}
