package io.vcdsim.tasks;

import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;

import java.util.UUID;

/**
 * Tasks as callers reach them by id: a caller may always see and cancel their own; anyone else needs
 * the task rights in the task's org.
 */
public final class TaskService {
    private final Database db;
    private final TaskEngine engine;

    public TaskService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
    }

    /** The task with this id, if it is the caller's own or they hold {@code right} in its org; else 403. */
    public TaskRow task(Principal p, UUID id, Right right) {
        TaskRow t = Principal.found(db.read(tx -> tx.tasks().find(id)), "task", id);
        requireOwnOr(p, t, right);
        return t;
    }

    /** Cancels a task the caller may see and update. */
    public void cancel(Principal p, UUID id) {
        TaskRow t = task(p, id, Right.TASK_VIEW);
        requireOwnOr(p, t, Right.TASK_UPDATE);
        engine.cancel(t.id());
    }

    private static void requireOwnOr(Principal p, TaskRow t, Right right) {
        if (!p.userId().equals(t.userId())) {
            p.require(right, t.orgId());
        }
    }
}
