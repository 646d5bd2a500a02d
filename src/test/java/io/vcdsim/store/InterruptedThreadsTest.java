package io.vcdsim.store;

import io.vcdsim.Sim;
import io.vcdsim.core.Housekeeping;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store survives threads interrupted while they read or write it (issue 17: at a million
 * tasks, H2 answered "Reading from file ... failed" to every query until the process ended). Thread pools
 * interrupt their threads when they stop, Jetty's and the task engine's finishers among them. H2 closes its
 * store for everyone in two ways then: a thread interrupted inside a {@link java.nio.channels.FileChannel}
 * operation closes the channel (vcdsim opens H2 on its {@code async:} file system, which has none), and a
 * thread interrupted while two transactions commit at once, waiting for a map's root with {@code Thread.sleep}
 * in {@code MVMap.tryLock} (H2 2.3.232), makes the store panic ({@link InterruptedCommitTest} stages that
 * moment). vcdsim's threads hold an interrupt while they are in the store; and a store H2 closed anyway is opened
 * again.
 */
class InterruptedThreadsTest {
    private static final int WRITERS = 2;
    private static final int READERS = 2;

    @Test
    void anInterruptOfVcdsimsThreadsWaitsUntilTheirStoreWorkIsDone() throws Exception {
        Path dir = Sim.tempDir();
        try (Database db = Database.of(null, dir, null, null)) {
            // the threads vcdsim's pools, timers and finishers run on
            Storm storm = new Storm(db, Housekeeping.daemonThreads("interrupt-test"));
            storm.run();
            assertThat(storm.failed.get()).as("calls that failed").isZero();
            assertThat(storm.interruptedInside.get()).as("calls that saw an interrupt inside the store").isZero();
            assertThat(storm.interruptedAfter.get()).as("interrupts delivered after a call").isPositive();
            assertThat(db.reopenings()).isZero();
            answersOnEveryConnection(db);
        }
        try (Database again = new Database(Database.h2Url(dir), null, null)) {
            assertThat(again.read(tx -> tx.settings().get("after.19")).orElseThrow()).isEqualTo("ok");
        }
    }

    @Test
    void otherThreadsInterruptedInTheStoreDoNotCloseItForGood() throws Exception {
        Path dir = Sim.tempDir();
        try (Database db = Database.of(null, dir, null, null)) {
            Storm storm = new Storm(db, Thread::new); // an interrupt reaches these inside H2
            storm.run();
            // should H2 have closed the store, the call that finds it closed fails: the one after it works
            for (int i = 0; i < 3; i++) {
                try {
                    db.run(tx -> tx.settings().put("probe", "ok"));
                    break;
                } catch (RuntimeException e) {
                    assertThat(ClosedStoreEviction.storeClosed(e)).as("%s", e).isTrue();
                }
            }
            answersOnEveryConnection(db);
        }
        try (Database again = new Database(Database.h2Url(dir), null, null)) {
            assertThat(again.read(tx -> tx.settings().get("after.19")).orElseThrow()).isEqualTo("ok");
        }
    }

    /** Two writers committing at once, two readers, each interrupted about every millisecond for two seconds. */
    private static final class Storm {
        final Database db;
        final ThreadFactory threads;
        final AtomicLong written = new AtomicLong();
        final AtomicLong read = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong interruptedInside = new AtomicLong();
        final AtomicLong interruptedAfter = new AtomicLong();

        Storm(Database db, ThreadFactory threads) {
            this.db = db;
            this.threads = threads;
        }

        void run() throws Exception {
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < WRITERS + READERS; i++) {
                boolean writer = i < WRITERS;
                Thread t = threads.newThread(() -> {
                    while (!stop.get()) {
                        try {
                            if (writer) { // each commit is written to the file by the committing thread
                                db.run(tx -> {
                                    tx.settings().put("interrupt-test." + UUID.randomUUID(), "x".repeat(2_000));
                                    inside();
                                });
                                written.incrementAndGet();
                            } else {
                                db.read(tx -> {
                                    tx.handle().createQuery("SELECT COUNT(*) FROM system_setting WHERE text LIKE "
                                            + "'%y%'").mapTo(Long.class).one();
                                    inside();
                                    return null;
                                });
                                read.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet(); // what matters is what everyone else sees afterwards
                        }
                        if (Thread.interrupted()) { // clear the flag before the next call
                            interruptedAfter.incrementAndGet();
                        }
                    }
                });
                workers.add(t);
                t.start();
            }
            Instant end = Instant.now().plusSeconds(2);
            int interrupts = 0;
            while (Instant.now().isBefore(end)) {
                for (Thread t : workers) {
                    t.interrupt();
                    interrupts++;
                }
                Thread.sleep(1);
            }
            stop.set(true);
            for (Thread t : workers) {
                t.join(10_000);
            }
            assertThat(interrupts).isGreaterThan(1_000);
            assertThat(written.get()).isPositive();
            assertThat(read.get()).isPositive();
        }

        private void inside() {
            if (Thread.currentThread().isInterrupted()) {
                interruptedInside.incrementAndGet();
            }
        }
    }

    /** The store reads and writes, on every pooled connection. */
    private static void answersOnEveryConnection(Database db) {
        for (int i = 0; i < 20; i++) {
            String key = "after." + i;
            db.run(tx -> tx.settings().put(key, "ok"));
            assertThat(db.read(tx -> tx.settings().get(key)).orElseThrow()).isEqualTo("ok");
        }
    }
}
