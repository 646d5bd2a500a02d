package io.vcdsim.tasks;

import io.vcdsim.core.Housekeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The threads that finish this cell's tasks as they fall due, in batches. A batch that cannot be finished (a
 * store error, not a failed operation) is tried task by task, and a task that still cannot be finished is
 * tried again a second later.
 */
final class Finishers {
    private static final Logger log = LoggerFactory.getLogger(Finishers.class);
    private static final int BATCH = 256;
    private final DueTasks due = new DueTasks();
    private final Clock clock;
    private final int threads;
    private final ExecutorService pool;

    Finishers(Clock clock, int threads) {
        this.clock = clock;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, Housekeeping.daemonThreads("task-finisher"));
    }

    /** The task is due at {@code at} (null: now), or earlier if it was due earlier already. */
    void schedule(UUID id, Instant at) {
        scheduleIn(id, at == null ? 0 : Duration.between(clock.instant(), at).toMillis());
    }

    void scheduleIn(UUID id, long millis) {
        due.add(id, millis);
    }

    /** Starts the threads; each hands what is due to {@code finish} until {@link #close}. */
    void start(Consumer<List<UUID>> finish) {
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                while (true) {
                    try {
                        attempt(finish, due.takeDue(BATCH));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
    }

    private void attempt(Consumer<List<UUID>> finish, List<UUID> ids) {
        try {
            finish.accept(ids);
        } catch (RuntimeException e) {
            if (ids.size() > 1) {
                ids.forEach(id -> attempt(finish, List.of(id)));
            } else if (!pool.isShutdown()) {
                log.warn("could not finish task {}; trying again in a second", ids.get(0), e);
                due.add(ids.get(0), 1000);
            }
        }
    }

    void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
