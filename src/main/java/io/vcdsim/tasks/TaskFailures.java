package io.vcdsim.tasks;

import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.util.Optional;

/** Decides, as a task is about to do its work, that it fails instead (simulated failures). */
public interface TaskFailures {
    TaskFailures NONE = (tx, task) -> Optional.empty();

    Optional<TaskRow.Failure> take(Tx tx, TaskRow task);
}
