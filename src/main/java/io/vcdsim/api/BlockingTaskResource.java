package io.vcdsim.api;

import io.vcdsim.blocking.BlockingSettings;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.BlockingTask;
import io.vcdsim.model.BlockingTaskOperationParams;
import io.vcdsim.model.BlockingTaskReferences;
import io.vcdsim.model.BlockingTaskSettings;
import io.vcdsim.model.BlockingTaskUpdateProgressParams;
import io.vcdsim.model.Reference;
import io.vcdsim.model.ResolvedEntity;
import io.vcdsim.model.TaskOperation;
import io.vcdsim.model.TaskOperationList;
import io.vcdsim.store.BlockingTaskRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;

import java.util.SortedSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Blocking tasks and their settings under {@code /api/admin/extension} (system administrators
 * only), and the entity resolver that approval services use to turn a notification's URN into one.
 */
public final class BlockingTaskResource implements Routes {
    private static final String BASE = "/api/admin/extension";
    private final Database db;
    private final BlockingTasks blocking;
    private final Supplier<SortedSet<String>> operationNames;

    public BlockingTaskResource(Database db, BlockingTasks blocking, Supplier<SortedSet<String>> operationNames) {
        this.db = db;
        this.blocking = blocking;
        this.operationNames = operationNames;
    }

    @Override
    public void register(Router r) {
        r.get(BASE + "/blockingTasks", this::list);
        r.get(BASE + "/blockingTask/{id}", x -> Reply.ok(view(x, find(x)), MediaTypes.BLOCKING_TASK));
        r.post(BASE + "/blockingTask/{id}/action/{action}", this::act);
        r.get(BASE + "/settings/blockingTask", x -> Reply.ok(settingsView(x, admin(x).settings()),
                MediaTypes.BLOCKING_TASK_SETTINGS));
        r.put(BASE + "/settings/blockingTask", this::putSettings);
        r.get(BASE + "/settings/blockingTask/operations", x -> Reply.ok(operationsView(x, admin(x).settings()),
                MediaTypes.TASK_OPERATION_LIST));
        r.put(BASE + "/settings/blockingTask/operations", this::putOperations);
        r.get("/api/task/operations", this::allOperations);
        r.get("/api/entity/{urn}", this::resolveEntity);
    }

    private BlockingTasks admin(Exchange x) {
        x.principal().requireSystemAdmin();
        return blocking;
    }

    private BlockingTaskRow find(Exchange x) {
        admin(x);
        UUID id = Hrefs.id(x, "id");
        return Hrefs.found(db.read(tx -> tx.blockingTasks().find(id)), "blocking task", id);
    }

    Reply list(Exchange x) {
        admin(x);
        BlockingTaskReferences refs = new BlockingTaskReferences();
        refs.href = x.href(BASE + "/blockingTasks/");
        refs.type = MediaTypes.xml(MediaTypes.BLOCKING_TASK_LIST);
        refs.link("up", x.href(BASE), MediaTypes.xml(MediaTypes.EXTENSION));
        for (BlockingTaskRow b : db.read(tx -> tx.blockingTasks().active())) {
            refs.reference.add(new Reference(href(x, b.id()), null, MediaTypes.xml(MediaTypes.BLOCKING_TASK),
                    b.name()));
        }
        return Reply.ok(refs, MediaTypes.BLOCKING_TASK_LIST);
    }

    Reply act(Exchange x) {
        BlockingTaskRow b = find(x);
        String action = x.pathParam("action");
        if (action.equals("updateProgress")) {
            BlockingTaskOperationParams p = x.read(BlockingTaskUpdateProgressParams.class,
                    "BlockingTaskUpdateProgressParams", MediaTypes.BLOCKING_TASK_PROGRESS_PARAMS);
            BlockingTaskRow updated = blocking.updateProgress(b.id(), requireMessage(p),
                    p.timeoutValueInMilliseconds);
            return Reply.ok(view(x, updated), MediaTypes.BLOCKING_TASK);
        }
        BlockingTasks.Action a = BlockingTasks.Action.of(action);
        BlockingTaskOperationParams p = x.read(BlockingTaskOperationParams.class, "BlockingTaskOperationParams",
                MediaTypes.BLOCKING_TASK_PARAMS);
        blocking.resolve(b.id(), a, requireMessage(p), new BlockingTasks.Actor(x.principal().userId(),
                x.principal().userName()));
        return Reply.noContent();
    }

    private static String requireMessage(BlockingTaskOperationParams p) {
        if (p.message == null) {
            throw ApiException.badRequest("A Message is required.");
        }
        return p.message;
    }

    BlockingTask view(Exchange x, BlockingTaskRow b) {
        TaskRow task = db.read(tx -> tx.tasks().find(b.taskId())).orElse(null);
        BlockingTask v = new BlockingTask();
        v.href = href(x, b.id());
        v.type = MediaTypes.xml(MediaTypes.BLOCKING_TASK);
        v.id = Kind.BLOCKING_TASK.urn(b.id());
        v.name = b.name();
        v.status = b.status();
        v.createdTime = TaskViews.time(b.created());
        v.timeoutDate = TaskViews.time(b.timeoutDate());
        v.timeoutAction = b.timeoutAction();
        if (b.active()) {
            String params = MediaTypes.xml(MediaTypes.BLOCKING_TASK_PARAMS);
            v.link("resume", v.href + "/action/resume", params);
            v.link("abort", v.href + "/action/abort", params);
            v.link("fail", v.href + "/action/fail", params);
            v.link("updateProgress", v.href + "/action/updateProgress",
                    MediaTypes.xml(MediaTypes.BLOCKING_TASK_PROGRESS_PARAMS));
        }
        v.link("up", TaskViews.href(x, b.taskId()), MediaTypes.xml(MediaTypes.TASK));
        v.organization = new Reference(Hrefs.admin(x, Kind.ORG, b.orgId()), null, MediaTypes.xml(MediaTypes.ADMIN_ORG),
                task == null ? null : task.orgName());
        if (task != null && task.userId() != null) {
            v.user = new Reference(Hrefs.of(x, Kind.USER, task.userId()), null, MediaTypes.xml(MediaTypes.USER),
                    task.userName());
        }
        if (task != null) {
            v.taskOwner = TaskViews.owner(x, task);
        }
        return v;
    }

    private static String href(Exchange x, UUID id) {
        return x.href(BASE + "/blockingTask/" + id);
    }

    // ---- settings ----------------------------------------------------------------------------------------

    Reply putSettings(Exchange x) {
        admin(x);
        BlockingTaskSettings in = x.read(BlockingTaskSettings.class, "BlockingTaskSettings",
                MediaTypes.BLOCKING_TASK_SETTINGS);
        return Reply.ok(settingsView(x, apply(in)), MediaTypes.BLOCKING_TASK_SETTINGS);
    }

    /** Stores what the document sets; what it leaves out stays. */
    BlockingSettings apply(BlockingTaskSettings in) {
        return blocking.update(merged(in));
    }

    /** The settings the document asks for, checked (a bad TimeoutAction is a 400) but not stored. */
    BlockingSettings merged(BlockingTaskSettings in) {
        BlockingSettings now = blocking.settings();
        return new BlockingSettings(in.timeoutAction == null ? now.timeoutAction() : in.timeoutAction,
                in.timeoutInMilliseconds == null ? now.timeoutMillis() : in.timeoutInMilliseconds,
                in.operations == null ? now.operations() : in.operations.names());
    }

    void store(BlockingSettings s) {
        blocking.update(s);
    }

    BlockingSettings settings() {
        return blocking.settings();
    }

    Reply putOperations(Exchange x) {
        BlockingTasks b = admin(x);
        TaskOperationList in = x.read(TaskOperationList.class, "BlockingTaskOperations",
                MediaTypes.TASK_OPERATION_LIST);
        BlockingSettings now = b.settings();
        BlockingSettings next = b.update(new BlockingSettings(now.timeoutAction(), now.timeoutMillis(),
                in.names()));
        return Reply.ok(operationsView(x, next), MediaTypes.TASK_OPERATION_LIST);
    }

    static BlockingTaskSettings settingsView(Exchange x, BlockingSettings s) {
        BlockingTaskSettings v = new BlockingTaskSettings();
        v.href = x.href(BASE + "/settings/blockingTask");
        v.type = MediaTypes.xml(MediaTypes.BLOCKING_TASK_SETTINGS);
        v.link("edit", v.href, v.type);
        v.link("down", x.href(BASE + "/settings/blockingTask/operations"),
                MediaTypes.xml(MediaTypes.TASK_OPERATION_LIST));
        v.timeoutAction = s.timeoutAction();
        v.operations = operationsView(x, s);
        v.timeoutInMilliseconds = s.timeoutMillis();
        return v;
    }

    private static TaskOperationList operationsView(Exchange x, BlockingSettings s) {
        TaskOperationList v = operationList(x, x.href(BASE + "/settings/blockingTask/operations"), s.operations());
        v.link("edit", v.href, v.type);
        if (x.version().atLeast(ApiVersion.V33)) {
            v.link("down:allTaskOperations", x.href("/api/task/operations"), v.type);
        }
        return v;
    }

    /** GET /api/task/operations (33.0+): every operation that can block, with its category. */
    Reply allOperations(Exchange x) {
        admin(x);
        return Reply.ok(operationList(x, x.href("/api/task/operations"), operationNames.get()),
                MediaTypes.TASK_OPERATION_LIST);
    }

    /** The names as the negotiated version writes them: Operation before 33.0, TaskOperationType after. */
    private static TaskOperationList operationList(Exchange x, String href, java.util.Collection<String> names) {
        TaskOperationList v = new TaskOperationList();
        v.href = href;
        v.type = MediaTypes.xml(MediaTypes.TASK_OPERATION_LIST);
        for (String name : names) {
            if (x.version().atLeast(ApiVersion.V33)) {
                v.taskOperation.add(new TaskOperation(category(name), name));
            } else {
                v.operation.add(name);
            }
        }
        return v;
    }

    /** vCD's category values are not in our sources: the object word an operationName starts with ("catalog"). */
    static String category(String operationName) {
        int i = 0;
        while (i < operationName.length() && Character.isLowerCase(operationName.charAt(i))) {
            i++;
        }
        return operationName.substring(0, i);
    }

    // ---- entity resolver ------------------------------------------------------------------------------

    /** {@code /api/entity/{urn}}: the Entity with an alternate link to the object (tasks and blocking tasks). */
    Reply resolveEntity(Exchange x) {
        String urn = x.pathParam("urn");
        String[] parts = urn.split(":");
        UUID id = io.vcdsim.core.Ids.fromAny(urn);
        if (parts.length != 4 || id == null) {
            throw ApiException.forbidden("No entity " + urn + " is accessible.");
        }
        ResolvedEntity e = new ResolvedEntity();
        e.href = x.href("/api/entity/" + urn);
        e.type = MediaTypes.xml(MediaTypes.ENTITY);
        e.id = urn;
        switch (parts[2]) {
            case "blockingTask" -> {
                BlockingTaskRow b = Hrefs.found(db.read(tx -> tx.blockingTasks().find(id)), "entity", id);
                admin(x);
                e.name = b.name();
                e.link("alternate", href(x, id), MediaTypes.xml(MediaTypes.BLOCKING_TASK));
            }
            case "task" -> {
                TaskRow t = Hrefs.found(db.read(tx -> tx.tasks().find(id)), "entity", id);
                x.principal().require(io.vcdsim.core.Right.TASK_VIEW, t.orgId());
                e.name = t.operationName();
                e.link("alternate", TaskViews.href(x, id), MediaTypes.xml(MediaTypes.TASK));
            }
            default -> throw ApiException.forbidden("No entity " + urn + " is accessible.");
        }
        return Reply.ok(e, MediaTypes.ENTITY);
    }
}
