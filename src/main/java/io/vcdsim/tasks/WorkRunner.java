package io.vcdsim.tasks;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.Tx;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Runs a due task's work behind a savepoint and ends the task by how it went: success; an error the work threw or a
 * simulated failure, with what starting the operation made undone; cancellation; or, for work that must wait, not
 * yet. The {@link TaskEngine} hands it every task its finishers find due.
 */
final class WorkRunner {
    /** Its lines keep the engine's name, which whoever reads the log looks for. */
    private static final Logger log = LoggerFactory.getLogger(TaskEngine.class);

    /** How a task ends: {@link TaskEngine#end}. */
    interface Ending {
        void end(Tx tx, TaskRow t, TaskStatus status, TaskRow.Failure failure);
    }

    private final Operations operations;
    private final Clock clock;
    private final Finishers finishers;
    private final Ending ending;
    private volatile TaskFailures failures = TaskFailures.NONE;

    WorkRunner(Operations operations, Clock clock, Finishers finishers, Ending ending) {
        this.operations = operations;
        this.clock = clock;
        this.finishers = finishers;
        this.ending = ending;
    }

    /** Who decides which tasks fail instead of doing their work. */
    void failWith(TaskFailures failures) {
        this.failures = failures;
    }

    /** Runs a due task's work and records how it ended; a no-op for a task already finished. */
    void complete(Tx tx, TaskRow t) {
        if (t.terminal()) {
            return;
        }
        if (t.cancelRequested()) {
            undo(tx, t); // a canceled creation or upload leaves nothing half-made
            ending.end(tx, t, TaskStatus.CANCELED, null);
            return;
        }
        if (t.status() != TaskStatus.RUNNING) {
            return; // queued: it runs once promoted
        }
        Work.Readiness readiness = operations.readiness(t.operationName());
        if (readiness != null && !readiness.ready(tx, t)) {
            return; // an open task waits for its poke
        }
        var injected = failures.take(tx, t);
        if (injected.isPresent()) {
            undo(tx, t); // a simulated failure: what starting the operation made is undone, as after an abort
            ending.end(tx, t, TaskStatus.ERROR, injected.get());
            return;
        }
        Work work = operations.work(t.operationName());
        if (work == null) {
            ending.end(tx, t, TaskStatus.ERROR, new TaskRow.Failure(500, "INTERNAL_SERVER_ERROR",
                    "No work is registered for operation " + t.operationName() + "."));
            return;
        }
        Handle h = tx.handle();
        h.savepoint("work"); // a failed operation undoes only its own changes, not the batch's
        try {
            work.run(tx, t);
            h.release("work");
            ending.end(tx, t, TaskStatus.SUCCESS, null);
        } catch (WorkWaits e) {
            h.rollbackToSavepoint("work"); // nothing half-done stays; the whole work runs again, then, or when poked
            tx.tasks().dueAgain(t.id(), clock.instant().plusMillis(e.retryInMillis)); // else it is overdue at once
            tx.handle().afterCommit(() -> finishers.scheduleIn(t.id(), e.retryInMillis));
        } catch (ApiException e) {
            h.rollbackToSavepoint("work");
            undo(tx, t); // what starting it made goes too: a failed creation leaves nothing behind
            ending.end(tx, t, TaskStatus.ERROR, new TaskRow.Failure(e.status(), e.minorErrorCode(), e.getMessage()));
        } catch (RuntimeException e) {
            h.rollbackToSavepoint("work");
            undo(tx, t);
            log.error("task {} failed", t.id(), e);
            // what went wrong inside vcdsim is for its log, not for the task's reader
            ending.end(tx, t, TaskStatus.ERROR, new TaskRow.Failure(500, "INTERNAL_SERVER_ERROR",
                    "The operation failed on an internal error; the server's log has it under task " + t.id()
                            + "."));
        }
    }

    /**
     * Removes what starting the operation made (the catalog of a catalog create, the vApp of an instantiate). An
     * undo that fails (say, parameters stored by an older version it cannot read) is logged and the task still
     * ends: a task that cannot end would be retried for ever.
     */
    void undo(Tx tx, TaskRow t) {
        Work undo = operations.undo(t.operationName());
        if (undo == null) {
            return;
        }
        Handle h = tx.handle();
        h.savepoint("undo");
        try {
            undo.run(tx, t);
            h.release("undo");
        } catch (RuntimeException e) {
            h.rollbackToSavepoint("undo");
            log.error("could not undo what task {} started", t.id(), e);
        }
    }
}
