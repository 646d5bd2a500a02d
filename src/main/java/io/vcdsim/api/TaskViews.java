package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.http.Exchange;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.ApiVersion;
import io.vcdsim.model.AnyContent;
import io.vcdsim.model.ErrorType;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Task;
import io.vcdsim.model.TaskResult;
import io.vcdsim.model.TasksInProgress;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Task representations, and the {@code <Tasks>} child that shows an entity's running work. */
public final class TaskViews {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private final Database db;

    public TaskViews(Database db) {
        this.db = db;
    }

    static String time(Instant t) {
        return t == null ? null : TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    static String href(Exchange x, UUID taskId) {
        return Hrefs.of(x, Kind.TASK, taskId);
    }

    public Task task(Exchange x, TaskRow t) {
        Principal p = x.principal();
        Task task = new Task();
        task.href = href(x, t.id());
        task.type = MediaTypes.xml(MediaTypes.TASK);
        task.id = Kind.TASK.urn(t.id());
        task.name = t.name();
        task.status = t.status().wire;
        task.operation = t.operation();
        task.operationName = t.operationName();
        task.serviceNamespace = t.serviceNamespace();
        task.startTime = time(t.startTime());
        task.endTime = time(t.endTime());
        task.expiryTime = time(t.expiryTime());
        task.cancelRequested = t.cancelRequested();
        task.description = t.description();
        if (!t.terminal()) {
            task.link("task:cancel", task.href + "/action/cancel", null);
        }
        if (!t.isNative() && p != null && p.isSystemAdmin()) {
            task.link("edit", task.href, MediaTypes.xml(MediaTypes.TASK));
        }
        task.owner = owner(x, t);
        TaskRow.Failure e = t.error();
        if (e != null) {
            task.error = new ErrorType(e.majorErrorCode() == null ? 500 : e.majorErrorCode(), e.minorErrorCode(),
                    e.message());
        }
        if (t.userId() != null) {
            task.user = new Reference(Hrefs.of(x, Kind.USER, t.userId()), null, MediaTypes.xml(MediaTypes.USER), t.userName());
        }
        task.organization = new Reference(Hrefs.of(x, Kind.ORG, t.orgId()), null, MediaTypes.xml(MediaTypes.ORG), t.orgName());
        task.progress = t.progress();
        if (!t.isNative() && t.params() != null) { // a native task's params are the engine's own notes
            task.params = AnyContent.of(t.params());
        }
        task.details = t.details() == null ? "" : t.details();
        task.result = result(x, t.result());
        return task;
    }

    /** The object the task works on, or null when it names none. */
    static Reference owner(Exchange x, TaskRow t) {
        ObjectRef o = t.owner();
        return o == null || o.href() == null ? null : new Reference(Hrefs.stored(x, o.href()), null, o.type(), o.name());
    }

    private static TaskResult result(Exchange x, TaskRow.Result r) {
        if (r == null) {
            return null;
        }
        TaskResult result = new TaskResult();
        result.content = r.contentXml() == null ? null : AnyContent.of(r.contentXml());
        if (r.href() != null && x.version().atLeast(ApiVersion.V33)) {
            result.reference = new Reference(Hrefs.stored(x, r.href()), null, r.type(), r.name());
        }
        return result.content == null && result.reference == null ? null : result;
    }

    /** A 202 answer carrying the task, with the task id and href headers vCD defines. */
    public Reply accepted(Exchange x, TaskRow t) {
        return Reply.accepted(task(x, t), MediaTypes.TASK).header("X-VMWARE-VCLOUD-TASK-ID", Kind.TASK.urn(t.id()))
                .header("X-VMWARE-VCLOUD-TASK-HREF", href(x, t.id()));
    }

    /** The entity's queued and running tasks, or null (no element) when it is idle. */
    public TasksInProgress active(Exchange x, UUID ownerId) {
        List<TaskRow> rows = db.read(tx -> tx.tasks().activeFor(ownerId));
        return tasks(x, rows);
    }

    public TasksInProgress tasks(Exchange x, List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        TasksInProgress tasks = new TasksInProgress();
        rows.forEach(r -> tasks.task.add(task(x, r)));
        return tasks;
    }
}
