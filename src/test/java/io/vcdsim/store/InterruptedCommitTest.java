package io.vcdsim.store;

import io.vcdsim.Sim;
import io.vcdsim.core.Housekeeping;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.RootReference;
import org.h2.mvstore.db.MVPrimaryIndex;
import org.h2.mvstore.db.MVTable;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment CI caught (issue 17): a transaction commits while another one has changes in a map whose root is
 * busy, and the committing thread, which writes the changes to the file before it returns, waits for that root
 * with {@code Thread.sleep} in H2 2.3.232's {@code MVMap.tryLock}. An interrupt there makes the store panic and
 * close for every connection. The test holds the root itself, waits until the committing thread sleeps there,
 * and interrupts it.
 */
class InterruptedCommitTest {
    @Test
    void anInterruptOfAVcdsimThreadWaitsUntilItsCommitIsWritten() throws Exception {
        try (Database db = Database.of(null, Sim.tempDir(), null, null)) {
            String outcome = commitInterruptedInsideH2(db, Housekeeping.daemonThreads("commit-test"));
            assertThat(outcome).isEqualTo("committed; interrupted afterwards: true");
            assertThat(db.reopenings()).isZero();
            assertThat(db.read(tx -> tx.settings().get("interrupted-commit")).orElseThrow()).isEqualTo("x");
        }
    }

    @Test
    void aStoreAnInterruptClosedIsOpenedAgainAtItsLastCommit() throws Exception {
        try (Database db = Database.of(null, Sim.tempDir(), null, null)) {
            db.run(tx -> tx.settings().put("before", "committed"));
            // a thread vcdsim did not make: the interrupt reaches it inside H2, whose store closes
            String outcome = commitInterruptedInsideH2(db, Thread::new);
            assertThat(outcome).startsWith("failed").contains("InterruptedException");
            assertThat(db.reopenings()).isEqualTo(1);
            // the pool's connections were replaced: the next calls open the file again
            for (int i = 0; i < 10; i++) {
                String key = "after." + i;
                db.run(tx -> tx.settings().put(key, "ok"));
                assertThat(db.read(tx -> tx.settings().get(key)).orElseThrow()).isEqualTo("ok");
            }
            assertThat(db.read(tx -> tx.settings().get("before")).orElseThrow()).isEqualTo("committed");
            // the commit that failed was not written
            boolean written = db.read(tx -> tx.settings().get("interrupted-commit").isPresent());
            assertThat(written).isFalse();
        }
    }

    /**
     * A transaction keeps a change open in its own table while the test holds that table's map root; a thread
     * from {@code threads} commits a setting meanwhile and is interrupted while it sleeps in H2 for the root.
     */
    private static String commitInterruptedInsideH2(Database db, ThreadFactory threads) throws Exception {
        db.run(tx -> tx.handle().execute("CREATE TABLE commit_test(x INT)"));
        MVMap<?, ?> map = rowsOf(db, "commit_test");
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try {
                db.run(tx -> {
                    tx.handle().execute("INSERT INTO commit_test VALUES (1)");
                    changed.countDown();
                    await(end);
                });
            } catch (RuntimeException e) {
                // the store closed under it
            }
        });
        other.start();
        assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
        RootHolder holder = new RootHolder(map);
        holder.start();
        assertThat(holder.locked.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<String> outcome = new AtomicReference<>();
        Thread committer = threads.newThread(() -> {
            try {
                db.run(tx -> tx.settings().put("interrupted-commit", "x"));
                outcome.set("committed");
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                outcome.set("failed: " + root);
            }
            outcome.set(outcome.get() + "; interrupted afterwards: " + Thread.interrupted());
        });
        committer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!sleepsInTryLock(committer)) {
            assertThat(System.nanoTime()).as("H2 no longer sleeps in MVMap.tryLock: this test needs a new way in")
                    .isLessThan(deadline);
            Thread.onSpinWait();
        }
        committer.interrupt();
        Thread.sleep(5);
        holder.release.countDown();
        committer.join(10_000);
        holder.join(10_000);
        end.countDown();
        other.join(10_000);
        return outcome.get();
    }

    /** In Thread.sleep, called from MVMap.tryLock (which later waits on a monitor instead, deaf to interrupts). */
    private static boolean sleepsInTryLock(Thread t) {
        StackTraceElement[] stack = t.getStackTrace();
        return t.getState() == Thread.State.TIMED_WAITING && stack.length > 1
                && stack[0].getClassName().equals(Thread.class.getName()) && stack[0].getMethodName().equals("sleep")
                && Arrays.stream(stack).anyMatch(f -> f.getClassName().equals(MVMap.class.getName())
                && f.getMethodName().equals("tryLock"));
    }

    private static MVMap<?, ?> rowsOf(Database db, String table) {
        return db.read(tx -> {
            try {
                SessionLocal s = (SessionLocal) tx.handle().getConnection().unwrap(JdbcConnection.class).getSession();
                MVTable t = (MVTable) s.getDatabase().getSchema("public").findTableOrView(s, table);
                return ((MVPrimaryIndex) t.getScanIndex(s)).getMVMap();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Holds a map's root, as a thread in the middle of changing it does, until released. */
    private static final class RootHolder extends Thread {
        final CountDownLatch locked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final MVMap<?, ?> map;

        RootHolder(MVMap<?, ?> map) {
            this.map = map;
        }

        @Override
        public void run() {
            try {
                Method lock = MVMap.class.getDeclaredMethod("lockRoot", RootReference.class, int.class);
                Method unlock = MVMap.class.getDeclaredMethod("unlockRoot");
                lock.setAccessible(true);
                unlock.setAccessible(true);
                lock.invoke(map, map.getRoot(), 1);
                locked.countDown();
                await(release);
                unlock.invoke(map);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
