package io.vcdsim.blocking;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Housekeeping;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.BlockingTaskRow;
import io.vcdsim.store.CachedSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.EventRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.Blocker;
import io.vcdsim.tasks.DueTasks;
import io.vcdsim.tasks.TaskEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Blocking tasks: operations an administrator listed wait in preRunning until someone resumes,
 * aborts or fails them, or their timeout does it for them. Everything is in the store, so any cell
 * resolves them, and timeouts stored before a restart still fire.
 */
public final class BlockingTasks implements Blocker, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BlockingTasks.class);
    public static final String EVENT_PREFIX = "com/vmware/vcloud/event/blockingtask/";
    /** Timeouts this close are put on the in-memory timer, which fires them on time. */
    private static final Duration HORIZON = Duration.ofSeconds(2);
    /** Timeouts fired in one transaction, at most. */
    private static final int TIMEOUT_BATCH = 256;
    /** How long a cell trusts the settings it read; a change on this cell applies at once. */
    private static final Duration SETTINGS_TTL = Duration.ofSeconds(1);

    /** What resolves a blocking task, the status it ends in, and its event kind. */
    public enum Action {
        RESUME("resumed", "resume"), ABORT("aborted", "abort"), FAIL("failed", "fail");

        final String resolvedStatus;
        final String event;

        Action(String resolvedStatus, String event) {
            this.resolvedStatus = resolvedStatus;
            this.event = event;
        }

        public static Action of(String name) {
            for (Action a : values()) {
                if (a.event.equals(name)) {
                    return a;
                }
            }
            throw ApiException.badRequest("Unknown blocking task action '" + name + "'.");
        }
    }

    private final Database db;
    private final TaskEngine engine;
    private final Clock clock;
    private final DueTasks timeouts = new DueTasks();
    private final Thread timer;
    private final CachedSettings<BlockingSettings> settings;

    public BlockingTasks(Database db, TaskEngine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        this.settings = new CachedSettings<>(db, clock, SETTINGS_TTL, BlockingSettings::load, BlockingSettings::save);
        this.timer = Housekeeping.daemonThreads("blocking-timeouts").newThread(this::fireTimeouts);
        engine.blockWith(this);
    }

    public void start(Housekeeping housekeeping) {
        timer.start();
        housekeeping.every(Duration.ofSeconds(1), Duration.ZERO, "scheduling blocking task timeouts",
                this::scheduleTimeouts);
    }

    /** The blocking task with this id, for a system administrator; else 403. */
    public BlockingTaskRow blockingTask(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.blockingTasks().find(id)), "blocking task", id);
    }

    // ---- settings ----------------------------------------------------------------------------------------

    public BlockingSettings settings() {
        return settings.get();
    }

    public BlockingSettings update(BlockingSettings s) {
        return settings.set(s);
    }

    /** The same, in the caller's transaction (with other settings that change together). */
    public void update(Tx tx, BlockingSettings s) {
        settings.set(tx, s);
    }

    // ---- blocking (called by the engine) -----------------------------------------------------------------

    @Override
    public boolean blocks(String operationName) {
        return settings().operations().contains(operationName);
    }

    @Override
    public void block(Tx tx, TaskRow task) {
        BlockingSettings s = settings();
        Instant now = clock.instant();
        BlockingTaskRow b = new BlockingTaskRow(UUID.randomUUID(), task.id(), task.orgId(), task.operationName(),
                BlockingTaskRow.ACTIVE, now, now.plusMillis(s.timeoutMillis()), s.timeoutAction(), null, null);
        tx.blockingTasks().insert(b);
        event(tx, b, "create", task, null);
        tx.handle().afterCommit(() -> schedule(b));
    }

    /** A blocked task was canceled: its blocking task is aborted with it, with the usual event. */
    @Override
    public void unblocked(Tx tx, TaskRow task) {
        for (BlockingTaskRow b : tx.blockingTasks().activeFor(task.id())) {
            tx.blockingTasks().resolve(b.id(), Action.ABORT.resolvedStatus, "The task was canceled.", clock.instant());
            event(tx, b, Action.ABORT.event, task, "The task was canceled.");
        }
    }

    // ---- actions ---------------------------------------------------------------------------------------

    /** Resumes, aborts or fails an active blocking task, exactly once however many try at the same time. */
    public void resolve(UUID id, Action action, String message) {
        db.run(tx -> {
            TaskRow task = lockTaskOf(tx, id);
            resolve(tx, lockActive(tx, id), task, action, message);
        });
    }

    /**
     * Locks the task a blocking task holds, before the blocking task itself: the order in which a
     * cancel's finishing takes them, so a resolution racing a cancel waits instead of deadlocking.
     * Returns that task as locked (null when either is gone): the resolution works on it.
     */
    private static TaskRow lockTaskOf(Tx tx, UUID blockingTaskId) {
        return tx.blockingTasks().find(blockingTaskId).flatMap(b -> tx.tasks().lock(b.taskId())).orElse(null);
    }

    private void resolve(Tx tx, BlockingTaskRow b, TaskRow task, Action action, String message) {
        Instant now = clock.instant();
        tx.blockingTasks().resolve(b.id(), action.resolvedStatus, message, now);
        event(tx, b, action.event, task, message);
        if (task == null || task.status() != TaskStatus.PRE_RUNNING) {
            return; // canceled (or gone) while it waited: nothing left to let through
        }
        switch (action) {
            case RESUME -> engine.resume(tx, task);
            case ABORT -> engine.abort(tx, task, message);
            case FAIL -> engine.end(tx, task, TaskStatus.ERROR, new TaskRow.Failure(500,
                    "INTERNAL_SERVER_ERROR", message == null || message.isEmpty()
                    ? "The operation was failed by a blocking task action." : message));
        }
    }

    /** Moves the timeout to now + {@code timeoutMillis} (unchanged when null); the task stays blocked. */
    public BlockingTaskRow updateProgress(UUID id, String message, Long timeoutMillis) {
        if (timeoutMillis != null) {
            BlockingSettings.checkTimeout(timeoutMillis, "TimeoutValueInMilliseconds");
        }
        BlockingTaskRow updated = db.tx(tx -> {
            BlockingTaskRow b = lockActive(tx, id);
            Instant date = timeoutMillis == null ? b.timeoutDate() : clock.instant().plusMillis(timeoutMillis);
            tx.blockingTasks().extend(id, date, message);
            return tx.blockingTasks().find(id).orElseThrow();
        });
        schedule(updated);
        return updated;
    }

    /** Locks the blocking task; only an active one takes actions (400 otherwise, 403 when there is none). */
    private static BlockingTaskRow lockActive(Tx tx, UUID id) {
        BlockingTaskRow b = tx.blockingTasks().lock(id).orElseThrow(() -> ApiException.forbidden(
                "No such blocking task."));
        if (!b.active()) {
            throw ApiException.badRequest("The blocking task " + b.id() + " has already been resolved ("
                    + b.status() + "); only active blocking tasks take actions.");
        }
        return b;
    }

    // ---- timeouts --------------------------------------------------------------------------------------

    /** Puts every timeout due within the horizon on the timer: after a restart, and for other cells' tasks. */
    private void scheduleTimeouts() {
        Instant until = clock.instant().plus(HORIZON);
        db.read(tx -> tx.blockingTasks().timingOutBefore(until, 10_000)).forEach(this::schedule);
    }

    private void schedule(BlockingTaskRow b) {
        long delay = Duration.between(clock.instant(), b.timeoutDate()).toMillis();
        if (delay < HORIZON.toMillis()) {
            timeouts.add(b.id(), delay);
        }
    }

    /**
     * Fires due timeouts, up to {@link #TIMEOUT_BATCH} at a time in one transaction: with thousands due a
     * second, a commit each could not keep up (measured: 10,000 due over 2 s fired up to 22 s late).
     * Each blocking task's own task is locked before it, as everywhere, and in id order, so two cells
     * firing overlapping batches wait for each other instead of deadlocking.
     */
    private void fireTimeouts() {
        while (!Thread.currentThread().isInterrupted()) {
            List<UUID> due;
            try {
                due = timeouts.takeDue(TIMEOUT_BATCH);
            } catch (InterruptedException e) {
                return;
            }
            List<UUID> sorted = due.stream().sorted().toList();
            List<BlockingTaskRow> later;
            try {
                later = db.tx(tx -> sorted.stream().map(id -> timeOut(tx, id)).filter(Objects::nonNull).toList());
            } catch (RuntimeException batchFailed) {
                later = oneByOne(sorted); // one that fails must not hold up the others
            }
            later.forEach(this::schedule);
        }
    }

    private List<BlockingTaskRow> oneByOne(List<UUID> due) {
        List<BlockingTaskRow> later = new ArrayList<>();
        for (UUID id : due) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: the store may be closing, and a restart fires what is left
            }
            try {
                BlockingTaskRow moved = db.tx(tx -> timeOut(tx, id));
                if (moved != null) {
                    later.add(moved);
                }
            } catch (RuntimeException e) {
                log.warn("blocking task {} timeout failed; the next pass tries again", id, e);
            }
        }
        return later;
    }

    /**
     * Applies the timeout action, as the matching manual action would, if the task still waits and is due.
     * Returns the blocking task when its timeout was moved meanwhile (to be scheduled again), else null.
     */
    private BlockingTaskRow timeOut(Tx tx, UUID id) {
        TaskRow task = lockTaskOf(tx, id);
        BlockingTaskRow b = tx.blockingTasks().lock(id).orElse(null);
        if (b == null || !b.active()) {
            return null;
        }
        if (b.timeoutDate().isAfter(clock.instant())) {
            return b; // updateProgress moved it
        }
        resolve(tx, b, task, Action.of(b.timeoutAction()), "timeout");
        return null;
    }

    /**
     * Records a blocking-task event. Like every notification it names the user who requested the
     * operation (task spec §4.6), whoever or whatever resolves it: an administrator, a timeout, a cancel.
     */
    private void event(Tx tx, BlockingTaskRow b, String kind, TaskRow task, String message) {
        tx.events().insert(new EventRow(UUID.randomUUID(), b.orgId(), EVENT_PREFIX + kind, TaskRow.NATIVE_NAMESPACE,
                clock.instant(), true, task == null ? null : task.userId(), task == null ? null : task.userName(),
                ObjectRef.of(Kind.BLOCKING_TASK, b.id(), b.name()), b.taskId(), message));
    }

    /** Stops the timer and waits for a batch it is firing: the store closes after this. */
    @Override
    public void close() {
        timer.interrupt();
        try {
            timer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
