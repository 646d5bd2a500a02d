package io.vcdsim.tasks;

import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

/**
 * The work behind an operationName, run in the transaction that completes the task. It may run again
 * after a crash (on this cell or another), so it must be idempotent.
 */
@FunctionalInterface
public interface Work {
    void run(Tx tx, TaskRow task);

    /** The work of an operation that takes parameters: those its start gave, read back from the task. */
    @FunctionalInterface
    interface With<P> {
        void run(Tx tx, TaskRow task, P params);
    }

    /** For operations that end when something outside says so (an upload's last byte): may it end now? */
    @FunctionalInterface
    interface Readiness {
        boolean ready(Tx tx, TaskRow task);
    }
}
