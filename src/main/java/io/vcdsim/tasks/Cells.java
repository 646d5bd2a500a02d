package io.vcdsim.tasks;

import io.vcdsim.core.Housekeeping;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * This cell among the cells that share the store: it beats a heartbeat, and takes over the running
 * tasks of cells that stopped beating (and, once after a restart, its own), so no task is left behind.
 */
final class Cells {
    private static final Logger log = LoggerFactory.getLogger(Cells.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /**
     * A cell that has not beaten for this long is taken for dead, and its tasks are taken over (the
     * adopter looks every second, so within about four seconds). Taking over a live but stalled cell's
     * task is safe: finishing locks the task's row, and a finished task is not finished again.
     */
    private static final Duration CELL_TIMEOUT = Duration.ofSeconds(3);
    /** A task of ours still running this long after it was due was lost from the timers: finish it now. */
    private static final Duration OVERDUE = Duration.ofSeconds(5);

    private final Database db;
    private final Clock clock;
    private final String cellId;
    private final Consumer<TaskStore.Due> schedule;
    /** The heartbeat's own thread: beating late behind slow housekeeping would make this cell look dead. */
    private final ScheduledExecutorService heart =
            Executors.newSingleThreadScheduledExecutor(Housekeeping.daemonThreads("cell-heartbeat"));
    private volatile boolean adoptedOwn;

    Cells(Database db, Clock clock, String cellId, Consumer<TaskStore.Due> schedule) {
        this.db = db;
        this.clock = clock;
        this.cellId = cellId;
        this.schedule = schedule;
    }

    /** Beats now (so this cell's own tasks do not look like a dead cell's), then every {@link #HEARTBEAT}. */
    void start() {
        beat();
        heart.scheduleWithFixedDelay(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                log.warn("cannot beat the cell heartbeat: {}", e.toString());
            }
        }, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        heart.shutdownNow();
        try {
            db.runWithin(Duration.ofSeconds(2), tx -> tx.tasks().leave(cellId));
        } catch (RuntimeException e) {
            // the store is gone already: the heartbeat runs out on its own
        }
    }

    private void beat() {
        db.run(tx -> tx.tasks().heartbeat(cellId, (int) CELL_TIMEOUT.toSeconds()));
    }

    void adoptOrphans() {
        Instant now = clock.instant();
        // the first pass also resumes this cell's own tasks from before a restart
        boolean includeOwn = !adoptedOwn;
        List<TaskStore.Due> adopted = db.tx(tx -> tx.tasks().claimOrphans(cellId, includeOwn, 1000));
        adoptedOwn = true;
        adopted.forEach(schedule);
        if (!adopted.isEmpty()) {
            log.info("took over {} unfinished task(s)", adopted.size());
        }
        db.read(tx -> tx.tasks().overdue(cellId, now.minus(OVERDUE), 1000)).forEach(schedule);
    }
}
