package io.vcdsim.tasks;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.model.Task;
import io.vcdsim.store.Database;
import io.vcdsim.store.EventRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.UserRow;

import java.time.Instant;
import java.util.UUID;

/**
 * Tasks that extension services post to an organization's task list and then keep current with
 * PUTs (§2 of the task spec), and the events they post.
 */
public final class ServiceTasks {
    private final Database db;
    private final TaskEngine engine;

    public ServiceTasks(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
    }

    /** {@code POST /api/tasksList/{org}}: the server fills id, times, org and user. */
    public TaskRow create(UUID orgId, Task body, TaskEngine.Caller caller, UUID requestedUserId) {
        TaskStatus status = status(body.status);
        String ns = namespace(body.serviceNamespace);
        checkLengths(body);
        String params = params(body);
        TaskRow.Result result = result(body.result);
        Instant now = engine.now();
        return db.tx(tx -> {
            UUID userId = caller.userId();
            String userName = caller.userName();
            if (requestedUserId != null) {
                UserRow u = tx.users().find(requestedUserId).orElseThrow(() ->
                        ApiException.invalidReference("The task's User does not name a user."));
                boolean member = u.orgId().equals(orgId);
                boolean sysadmin = tx.orgs().find(u.orgId()).map(o -> o.system()).orElse(false);
                if (!member && !sysadmin) {
                    throw ApiException.invalidReference("The task's User must belong to the organization or be a "
                            + "system administrator.");
                }
                userId = u.id();
                userName = u.name();
            }
            TaskRow t = TaskRow.builder().id(UUID.randomUUID())
                    .org(orgId, tx.orgs().find(orgId).map(o -> o.name()).orElse(null)).user(userId, userName)
                    .name(body.name == null ? "task" : body.name)
                    .operationName(body.operationName == null || body.operationName.isBlank() ? "jobCustom"
                            : body.operationName)
                    .operation(body.operation).serviceNamespace(ns).status(status).owner(external(body.owner))
                    .progress(clamp(body.progress)).details(body.details == null ? "" : body.details)
                    .description(body.description).error(failure(body.error))
                    .params(params).created(now).startTime(now)
                    .endTime(status.terminal ? now : null).expiryTime(now.plus(engine.retention()))
                    .result(result).build();
            tx.tasks().insert(t, null);
            TaskEvents.record(tx, t, "create", true, now);
            if (status.terminal) {
                TaskEvents.record(tx, t, TaskEvents.terminal(status), status == TaskStatus.SUCCESS, now);
            }
            return t;
        });
    }

    /** {@code PUT /api/task/{id}}: status, operation, progress, details, description and error change. */
    public TaskRow update(UUID id, Task body) {
        TaskStatus status = body.status == null ? null : status(body.status);
        checkLengths(body);
        params(body); // checked as a POST's are, though a PUT leaves them as they were
        TaskRow.Result given = result(body.result);
        return db.tx(tx -> {
            TaskRow t = tx.tasks().lock(id).orElseThrow(() -> ApiException.forbidden("No such task."));
            if (t.isNative()) {
                throw ApiException.badRequest("Task " + id + " belongs to vcdsim itself; only tasks posted by "
                        + "extension services can be updated.");
            }
            if (t.terminal()) {
                throw ApiException.badRequest("The task has already finished (" + t.status() + ") and cannot change.");
            }
            TaskStatus next = status == null ? t.status() : status;
            Instant now = engine.now();
            TaskRow u = t.toBuilder().status(next)
                    .operation(body.operation != null ? body.operation : t.operation())
                    .progress(body.progress != null ? clamp(body.progress) : t.progress())
                    .details(body.details != null ? body.details : t.details())
                    .description(body.description != null ? body.description : t.description())
                    .error(body.error != null ? failure(body.error) : t.error())
                    .endTime(next.terminal ? now : null).dueAt(null).result(given != null ? given : t.result())
                    .build();
            tx.tasks().update(u);
            if (t.status() != next) {
                if (next == TaskStatus.RUNNING) {
                    TaskEvents.record(tx, u, "start", true, now);
                } else if (next.terminal) {
                    TaskEvents.record(tx, u, TaskEvents.terminal(next), next == TaskStatus.SUCCESS, now);
                }
            }
            return u;
        });
    }

    /** {@code POST /api/admin/org/{id}/events}: an extension service's own event. */
    public void postEvent(UUID orgId, io.vcdsim.model.Event e, TaskEngine.Caller caller) {
        if (e.type == null || e.type.isEmpty() || e.type.length() > 128 || e.type.startsWith("com/vmware/vcloud")) {
            throw ApiException.badRequest("An event type is 1 to 128 characters and does not start with "
                    + "com/vmware/vcloud.");
        }
        String ns = namespace(e.serviceNamespace);
        if (e.typeFull != null && e.typeFull.length() > 2000) {
            throw ApiException.badRequest("typeFull is at most 2000 characters.");
        }
        checkReference(e.owner, "The event's Owner");
        db.run(tx -> tx.events().insert(new EventRow(UUID.randomUUID(), orgId, e.type, ns, engine.now(),
                e.success == null || e.success, caller.userId(), caller.userName(), external(e.owner), null,
                e.typeFull)));
    }

    /**
     * What the task table holds, and what fits a notification: the operationName ends the AMQP routing
     * key of every event of the task, and a routing key holds 255 bytes.
     */
    private static void checkLengths(Task body) {
        Lengths.atMost(body.name, 128, "A task's name");
        Lengths.atMostBytes(body.operationName, TaskEvents.MAX_OPERATION_NAME_BYTES, "A task's operationName");
        Lengths.atMost(body.operation, 1024, "A task's operation");
        Lengths.atMost(body.details, 4096, "A task's Details");
        Lengths.atMost(body.description, 4096, "A task's Description");
        if (body.error != null) {
            Lengths.atMost(body.error.minorErrorCode, 128, "An Error's minorErrorCode");
            Lengths.atMost(body.error.message, 4096, "An Error's message");
        }
        checkReference(body.owner, "The Owner");
    }

    /** The Params a service sent, as stored: at most what the task table holds. */
    private static String params(Task body) {
        return body.params == null ? null : Lengths.atMost(body.params.toXml(), TaskParams.MAX_LENGTH, "A task's Params");
    }

    /** What the task and event tables hold of a reference. */
    private static void checkReference(io.vcdsim.model.Reference ref, String what) {
        if (ref != null) {
            Lengths.atMost(ref.href, 1024, what + "'s href");
            Lengths.atMost(ref.type, 256, what + "'s type");
            Lengths.atMost(ref.name, 256, what + "'s name");
        }
    }

    /** The Error a service reports for its task. */
    private static TaskRow.Failure failure(io.vcdsim.model.ErrorType error) {
        return error == null ? null : new TaskRow.Failure(error.majorErrorCode, error.minorErrorCode, error.message);
    }

    /** The object a service names as a task's or event's owner. */
    private static ObjectRef external(io.vcdsim.model.Reference owner) {
        return owner == null ? null : ObjectRef.external(owner.href, owner.type, owner.name);
    }

    /** The Result a service sent (null when it sent none), checked against what the task table holds. */
    private static TaskRow.Result result(io.vcdsim.model.TaskResult r) {
        if (r == null) {
            return null;
        }
        io.vcdsim.model.Reference ref = r.reference;
        checkReference(ref, "The ResultReference");
        String content = r.content == null ? null : Lengths.atMost(r.content.toXml(), 16_384, "A task's ResultContent");
        return new TaskRow.Result(content, ref == null ? null : ref.href, ref == null ? null : ref.type,
                ref == null ? null : ref.name);
    }

    private static TaskStatus status(String wire) {
        TaskStatus s = TaskStatus.parse(wire);
        if (s == null) {
            throw ApiException.badRequest("Value '" + wire + "' not found: a task status is one of queued, "
                    + "preRunning, running, success, error, canceled, aborted.");
        }
        return s;
    }

    private static String namespace(String ns) {
        if (ns == null || ns.isEmpty() || ns.length() > 128 || ns.startsWith(TaskRow.NATIVE_NAMESPACE)) {
            throw ApiException.badRequest("serviceNamespace must be 1 to 128 characters and must not start with "
                    + TaskRow.NATIVE_NAMESPACE + ".");
        }
        return ns;
    }

    private static Integer clamp(Integer progress) {
        return progress == null ? null : Math.max(0, Math.min(100, progress));
    }
}
