package io.vcdsim.tasks;

import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.ObjectStore;
import io.vcdsim.store.TaskRow;

import java.util.UUID;

/**
 * Tasks as callers reach them by id: a caller may always see and cancel their own; anyone else needs
 * the task rights in the task's org. A task may also be read with the right in the org of the object it
 * acts on (a system administrator's task on a tenant's vApp stays in the System org, yet the tenant
 * watches it, as in vCD); cancelling it stays the System org's.
 */
public final class TaskService {
    private final Database db;
    private final TaskEngine engine;

    public TaskService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
    }

    /** The task with this id, if it is the caller's own or they hold {@code right} in its org or its object's; else 403. */
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

    /** The task's own org, or for reading only, the org of the object it acts on. */
    private void requireOwnOr(Principal p, TaskRow t, Right right) {
        if (!p.userId().equals(t.userId())) {
            p.require(right, p.canSee(t.orgId()) || right != Right.TASK_VIEW ? t.orgId() : ownerOrg(t));
        }
    }

    /** The org of the object the task acts on, or the task's own when it has no stored owner. */
    private UUID ownerOrg(TaskRow t) {
        if (t.owner() == null || t.owner().kind() == null) {
            return t.orgId();
        }
        return db.read(tx -> tx.objects().find(t.owner().kind(), t.ownerId()))
                .map(ObjectStore.Found::orgId).orElse(t.orgId());
    }
}
