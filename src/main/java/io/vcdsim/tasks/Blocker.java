package io.vcdsim.tasks;

import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

/** Decides whether an operation waits for an approval, and records what it waits on when it does. */
public interface Blocker {
    Blocker NONE = new Blocker() {
        @Override
        public boolean blocks(String operationName) {
            return false;
        }

        @Override
        public void block(Tx tx, TaskRow task) {
        }
    };

    /** Called when a blocked task ended some other way (canceled): what it waited on is over too. */
    default void unblocked(Tx tx, TaskRow task) {
    }

    boolean blocks(String operationName);

    /** Called in the transaction that starts the task, which stays preRunning until the approval. */
    void block(Tx tx, TaskRow task);
}
