package io.vcdsim.tasks;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Housekeeping;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.TaskStore;
import io.vcdsim.store.Tx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one mechanism every long operation goes through. An operation declares its operationName,
 * owner and parameters; the engine stores the task (with an event per transition, in the same
 * transaction as the change), waits the simulated duration, runs the operation's work, and records
 * the outcome. Due tasks are finished in batches, one transaction for many, each task's work behind
 * a savepoint so one failure fails only its own task ({@link WorkRunner}). Everything in flight is in
 * the store, held by a cell that beats a heartbeat; after a crash or restart the same cell (or any
 * other) takes the task over and runs its work again: work must be idempotent.
 */
public final class TaskEngine implements AutoCloseable {
    /** Who starts a task: its User, and the Organization that user belongs to. */
    public record Caller(UUID userId, String userName, UUID orgId, String orgName) {
    }

    /**
     * What an operation declares when it starts. {@code locksOwner}: no other task may run on the owner
     * meanwhile. {@code params}: a record its work is given back (see {@link #register(String, Class, Work.With)}).
     */
    public record Spec(String operationName, String operation, Caller caller, ObjectRef owner, boolean locksOwner,
                       Object params) {
    }

    private final Database db;
    private final Clock clock;
    private final String cellId;
    private final Function<String, Duration> durations;
    private final Duration retention;
    private final Admission admission;
    private final Operations operations = new Operations();
    private final Cells cells;
    private volatile Blocker blocker = Blocker.NONE;
    private volatile TaskObserver observer = TaskObserver.NONE;
    private final Finishers finishers;
    private final WorkRunner runner;

    public TaskEngine(Database db, Clock clock, String cellId, Function<String, Duration> durations,
                      Duration retention, Supplier<OperationLimits> limits, int threads) {
        this.admission = new Admission(limits);
        this.db = db;
        this.clock = clock;
        this.cellId = cellId;
        this.durations = durations;
        this.retention = retention;
        this.finishers = new Finishers(clock, threads);
        this.runner = new WorkRunner(operations, clock, finishers, this::end);
        this.cells = new Cells(db, clock, cellId, this::schedule);
    }

    /** Declares the work of an operationName. */
    public void register(String operationName, Work work) {
        operations.work(operationName, work);
    }

    /** Declares the work of an operationName whose tasks start with parameters of this type. */
    public <P> void register(String operationName, Class<P> params, Work.With<P> work) {
        register(operationName, (tx, task) -> work.run(tx, task, TaskParams.decode(task.params(), params)));
    }

    /** Declares the work with parameters, and what undoes what starting the operation did (given them too). */
    public <P> void register(String operationName, Class<P> params, Work.With<P> work, Work.With<P> undo) {
        register(operationName, params, work);
        operations.undo(operationName, (tx, task) -> undo.run(tx, task, TaskParams.decode(task.params(), params)));
    }

    /** Declares the work and what undoes what starting it did, for an abort before the work ran. */
    public void register(String operationName, Work work, Work undo) {
        register(operationName, work);
        operations.undo(operationName, undo);
    }

    /**
     * Declares an open operation: its task runs with no due time until {@link #poke} finds it
     * {@code ready}, and only then does its work run and the task succeed.
     */
    public void registerOpen(String operationName, Work work, Work undo, Work.Readiness ready) {
        register(operationName, work, undo);
        operations.open(operationName, ready);
    }

    /** The parameters a task started with (for work that reads them outside its own registration). */
    public <P> P paramsOf(TaskRow task, Class<P> type) {
        return TaskParams.decode(task.params(), type);
    }

    /** Asks for a task to be finished now if it can be (an open task whose condition may have come true). */
    public void poke(UUID taskId) {
        finishers.schedule(taskId, null);
    }

    /**
     * Asks for an open task to be finished once its operation's simulated duration has passed: vCD imports what
     * an upload brought before the upload task ends, and clients (pyvcloud's system tests) find it still running.
     */
    public void pokeAfterDuration(UUID taskId, String operationName) {
        finishers.scheduleIn(taskId, durations.apply(operationName).toMillis());
    }

    /** Records how far a running task has come (0-99; success makes it 100). */
    public void progress(Tx tx, UUID taskId, int percent) {
        tx.tasks().progress(taskId, Math.max(0, Math.min(99, percent)));
    }

    /** Every operationName this cell can run, sorted. */
    public java.util.SortedSet<String> operationNames() {
        return operations.names();
    }

    /**
     * Declares the object event ("catalog/create") an operation's end announces for its owner:
     * operationSuccess true when the task succeeds, false when it fails; nothing when it never ran.
     */
    public void announce(String operationName, String eventType) {
        operations.announce(operationName, eventType);
    }

    /** Who decides which tasks fail instead of doing their work. */
    public void failWith(TaskFailures failures) {
        runner.failWith(failures);
    }

    /** Who is told of tasks made and ended (metrics). */
    public void observeWith(TaskObserver observer) {
        this.observer = TaskObserver.guarded(observer);
    }

    /** Who decides which operations wait for an approval (blocking tasks). */
    public void blockWith(Blocker blocker) {
        this.blocker = blocker;
    }

    /** Begins finishing tasks, beating the heartbeat, taking over orphans, starting queued tasks, purging. */
    public void start(Housekeeping housekeeping) {
        cells.start(); // before looking for orphans, so that this cell's own tasks do not look like some dead cell's
        finishers.start(ids -> db.run(tx -> tx.tasks().lockAll(ids).forEach(t -> runner.complete(tx, t))));
        Duration second = Duration.ofSeconds(1);
        housekeeping.every(second, Duration.ZERO, "taking over unfinished tasks", cells::adoptOrphans);
        housekeeping.every(second, second, "starting queued tasks", () -> db.run(this::promoteQueued));
        housekeeping.every(Duration.ofHours(1), Duration.ofMinutes(1), "purging expired tasks", this::purgeExpired);
    }

    /**
     * Starts a task inside the caller's transaction: the caller's own changes and the task commit
     * together, and the work is scheduled only once they have. A busy owner is a 400 BUSY_ENTITY.
     */
    public TaskRow start(Tx tx, Spec spec) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        ObjectRef o = spec.owner();
        if (spec.locksOwner() && o != null && !tx.tasks().markBusy(o.id(), id)) {
            TaskRow other = tx.tasks().busyWith(o.id()).orElse(null);
            throw new ApiException(400, "BUSY_ENTITY", "The entity " + o.name() + " (" + o.id() + ") is busy "
                    + "completing an operation" + (other == null ? "." : " " + other.operationName() + " ("
                    + "urn:vcloud:task:" + other.id() + ")."));
        }
        String params = TaskParams.encode(spec.params());
        if (params != null && params.length() > TaskParams.MAX_LENGTH) {
            throw ApiException.badRequest("Too much in one request; send it in several.");
        }
        Caller c = spec.caller();
        boolean queue = admission.mustQueue(tx, c.userId(), c.orgId());
        boolean blocked = !queue && blocker.blocks(spec.operationName());
        boolean runs = !queue && !blocked;
        boolean timed = runs && !operations.isOpen(spec.operationName()); // open tasks have no due time
        TaskStatus status = queue ? TaskStatus.QUEUED : blocked ? TaskStatus.PRE_RUNNING : TaskStatus.RUNNING;
        TaskRow task = TaskRow.builder().id(id).org(c.orgId(), c.orgName()).user(c.userId(), c.userName())
                .operationName(spec.operationName()).operation(spec.operation()).status(status).owner(o)
                .progress(runs ? 1 : 0).params(params).created(now).startTime(queue ? null : now)
                .expiryTime(now.plus(retention)).dueAt(timed ? now.plus(durations.apply(spec.operationName())) : null)
                .build();
        tx.tasks().insert(task, runs ? cellId : null);
        tx.handle().afterCommit(() -> observer.created(task));
        if (!runs) {
            TaskEvents.record(tx, task, "create", true, now);
            if (blocked) {
                blocker.block(tx, task);
            }
        } else {
            tx.events().insert(TaskEvents.row(task, "create", true, now), TaskEvents.row(task, "start", true, now));
            if (timed) {
                tx.handle().afterCommit(() -> schedule(task));
            }
        }
        return task;
    }

    /** Starts the oldest queued tasks the limits now allow; runs after every task ends, and every second. */
    private void promoteQueued(Tx tx) {
        if (!admission.limited()) {
            return; // without limits nothing waits
        }
        for (TaskRow q : tx.tasks().queued(100)) {
            if (!admission.mayRun(tx, q)) {
                continue;
            }
            if (blocker.blocks(q.operationName())) {
                // its turn has come, and now it waits for its approval as if it had started unqueued
                if (tx.tasks().block(q.id(), clock.instant())) {
                    blocker.block(tx, tx.tasks().find(q.id()).orElseThrow());
                }
                continue;
            }
            run(tx, q, TaskStatus.QUEUED, clock.instant());
        }
    }

    /** Lets a blocked (preRunning) task run: the approval came. */
    public void resume(Tx tx, TaskRow t) {
        run(tx, t, TaskStatus.PRE_RUNNING, t.startTime() == null ? clock.instant() : t.startTime());
    }

    /** Moves a waiting task (queued or blocked) to running on this cell, records the start, schedules its work. */
    private void run(Tx tx, TaskRow t, TaskStatus from, Instant start) {
        // an open task gets no due time: it is looked at once now, and again whenever poked
        Instant due = operations.isOpen(t.operationName()) ? null
                : clock.instant().plus(durations.apply(t.operationName()));
        if (tx.tasks().run(t.id(), from, start, due, cellId)) {
            TaskRow running = tx.tasks().find(t.id()).orElseThrow();
            TaskEvents.record(tx, running, "start", true, clock.instant());
            tx.handle().afterCommit(() -> schedule(running));
        }
    }

    /** Ends a task before its work ran: what starting it did is undone, and it ends {@code aborted}. */
    public void abort(Tx tx, TaskRow t, String details) {
        runner.undo(tx, t);
        end(tx, t.withDetails(details), TaskStatus.ABORTED, null);
    }

    private void schedule(TaskRow task) {
        finishers.schedule(task.id(), task.dueAt());
    }

    private void schedule(TaskStore.Due task) {
        finishers.schedule(task.id(), task.dueAt());
    }

    /** Moves a task to a terminal status: end time, error, progress; busy mark and cell released; event. */
    public void end(Tx tx, TaskRow t, TaskStatus status, TaskRow.Failure failure) {
        TaskRow done = t.ended(status, status == TaskStatus.SUCCESS ? Integer.valueOf(100) : t.progress(), failure,
                clock.instant());
        tx.tasks().update(done);
        tx.handle().afterCommit(() -> observer.ended(done));
        if (t.ownerId() != null) {
            tx.tasks().releaseBusy(t.ownerId(), t.id());
        }
        if (t.status() == TaskStatus.PRE_RUNNING) {
            blocker.unblocked(tx, done);
        }
        String objectEvent = operations.announcement(t.operationName());
        if (objectEvent != null && t.ownerId() != null && (status == TaskStatus.SUCCESS || status == TaskStatus.ERROR)) {
            ObjectEvents.record(tx, done.endTime(), objectEvent, t.owner(), t.orgId(),
                    new Caller(t.userId(), t.userName(), t.orgId(), t.orgName()), t.id(), status == TaskStatus.SUCCESS);
        }
        TaskEvents.recordEnd(tx, done, done.endTime());
        if (t.isNative() && t.status() == TaskStatus.RUNNING && admission.limited()) {
            promoteQueued(tx); // a place to run has just come free
        }
    }

    /**
     * Asks a task to stop (cooperative): cancelRequested becomes true at once, and a native task ends
     * {@code canceled} before its work runs. A finished task cannot be canceled (400).
     */
    public TaskRow cancel(UUID id) {
        TaskRow t = db.tx(tx -> {
            TaskRow found = tx.tasks().lock(id).orElseThrow(() -> ApiException.forbidden("No such task."));
            if (found.terminal()) {
                throw ApiException.badRequest("The task has already finished (" + found.status()
                        + "); only queued and running tasks can be canceled.");
            }
            TaskRow flagged = found.withCancelRequested();
            tx.tasks().update(flagged);
            return flagged;
        });
        if (t.isNative()) {
            finishers.scheduleIn(id, 0); // whichever cell holds it, the lock and the flag make this cell's finish safe
        }
        return t;
    }

    /** Deletes finished tasks past their expiry time (hourly; public for tests and tools). */
    public void purgeExpired() {
        db.run(tx -> tx.tasks().deleteExpired(clock.instant()));
    }

    public Instant now() {
        return clock.instant();
    }

    /** How long a task of this operation takes in the simulation. */
    public Duration durationOf(String operationName) {
        return durations.apply(operationName);
    }

    public Duration retention() {
        return retention;
    }

    @Override
    public void close() {
        finishers.close();
        cells.stop(); // dead only once nothing of this cell finishes tasks any more
    }
}
