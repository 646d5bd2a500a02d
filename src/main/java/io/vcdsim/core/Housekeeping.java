package io.vcdsim.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** A cell's periodic background jobs, on one daemon thread. A failed run is logged; the next one tries again. */
public final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemonThreads("housekeeping"));

    public void every(Duration period, Duration firstAfter, String what, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("{} failed", what, e);
            }
        }, firstAfter.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Threads that do not keep the process alive, named after what they do; an interrupt (a stop) waits while
     * they work in the store ({@link Uninterruptible}).
     */
    public static ThreadFactory daemonThreads(String name) {
        return Uninterruptible.threads(name, true);
    }

    /** Cancels the jobs and waits for one that is running: the store closes after this. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
