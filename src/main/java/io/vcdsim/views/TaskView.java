package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.model.AnyContent;
import io.vcdsim.model.ErrorType;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Task;
import io.vcdsim.model.TaskResult;
import io.vcdsim.model.TasksInProgress;
import io.vcdsim.model.TasksList;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Task representations, an org's tasks list, and the {@code <Tasks>} child that shows an entity's running work. */
public final class TaskView {
    private static final Duration LISTED = Duration.ofHours(1);

    private TaskView() {
    }

    public static Task of(Viewer v, TaskRow t) {
        Principal p = v.principal();
        Task task = v.entity(new Task(), Kind.TASK, t.id(), t.name());
        task.status = t.status().wire;
        task.operation = t.operation();
        task.operationName = t.operationName();
        task.serviceNamespace = t.serviceNamespace();
        task.startTime = Viewer.time(t.startTime());
        task.endTime = Viewer.time(t.endTime());
        task.expiryTime = Viewer.time(t.expiryTime());
        task.cancelRequested = t.cancelRequested();
        task.description = t.description();
        if (!t.terminal()) {
            task.link("task:cancel", task.href + "/action/cancel", null);
        }
        if (!t.isNative() && p != null && p.isSystemAdmin()) {
            task.link("edit", task.href, MediaTypes.xml(MediaTypes.TASK));
        }
        task.owner = owner(v, t);
        TaskRow.Failure e = t.error();
        if (e != null) {
            task.error = new ErrorType(e.majorErrorCode() == null ? 500 : e.majorErrorCode(), e.minorErrorCode(),
                    e.message());
        }
        if (t.userId() != null) {
            task.user = new Reference(v.href(Kind.USER, t.userId()), null, MediaTypes.xml(MediaTypes.USER),
                    t.userName());
        }
        task.organization = new Reference(v.href(Kind.ORG, t.orgId()), null, MediaTypes.xml(MediaTypes.ORG),
                t.orgName());
        task.progress = t.progress();
        if (!t.isNative() && t.params() != null) { // a native task's params are the engine's own notes
            task.params = AnyContent.of(t.params());
        }
        task.details = t.details() == null ? "" : t.details();
        task.result = result(v, t.result());
        return task;
    }

    /** The object the task works on, or null when it names none. */
    public static Reference owner(Viewer v, TaskRow t) {
        ObjectRef o = t.owner();
        if (o == null || o.href() == null) {
            return null;
        }
        // the URN too: go-vcloud-director reads a cloudapi object's id from the Owner of the task making it
        // (a cloudapi object's href ends with its URN, which is not always urn:vcloud:<type>:<id>: entities' is not)
        String urn = o.href().startsWith("/cloudapi/") ? o.href().substring(o.href().lastIndexOf('/') + 1)
                : o.kind() == null || o.id() == null ? null : o.kind().urn(o.id());
        return new Reference(v.stored(o.href()), urn, o.type(), o.name());
    }

    private static TaskResult result(Viewer v, TaskRow.Result r) {
        if (r == null) {
            return null;
        }
        TaskResult result = new TaskResult();
        result.content = r.contentXml() == null ? null : AnyContent.of(r.contentXml());
        if (r.href() != null && v.version().atLeast(ApiVersion.V33)) {
            result.reference = new Reference(v.stored(r.href()), null, r.type(), r.name());
        }
        return result.content == null && result.reference == null ? null : result;
    }

    /** An org's tasks list: its tasks of the last hour before {@code now}, at most 1000. */
    public static TasksList list(Tx tx, Viewer v, OrgRow o, Instant now) {
        TasksList list = new TasksList();
        list.href = v.href("/api/tasksList/" + o.id());
        list.type = MediaTypes.xml(MediaTypes.TASKS_LIST);
        list.name = o.name();
        list.id = Kind.ORG.urn(o.id());
        for (TaskRow t : tx.tasks().recentInOrg(o.id(), now.minus(LISTED), 1000)) {
            list.task.add(of(v, t));
        }
        return list;
    }

    /** The entity's queued and running tasks, or null (no element) when it is idle. */
    public static TasksInProgress active(Tx tx, Viewer v, UUID ownerId) {
        return of(v, tx.tasks().activeFor(ownerId));
    }

    public static TasksInProgress of(Viewer v, List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        TasksInProgress tasks = new TasksInProgress();
        rows.forEach(r -> tasks.task.add(of(v, r)));
        return tasks;
    }
}
