package io.vcdsim.api;

import io.vcdsim.blocking.BlockingSettings;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.BlockingTask;
import io.vcdsim.model.BlockingTaskOperationParams;
import io.vcdsim.model.BlockingTaskSettings;
import io.vcdsim.model.BlockingTaskUpdateProgressParams;
import io.vcdsim.model.ResolvedEntity;
import io.vcdsim.model.TaskOperationList;
import io.vcdsim.store.BlockingTaskRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.views.BlockingTaskView;

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
        r.get(BASE + "/settings/blockingTask", x -> Reply.ok(BlockingTaskView.settings(Hrefs.viewer(x),
                admin(x).settings()), MediaTypes.BLOCKING_TASK_SETTINGS));
        r.put(BASE + "/settings/blockingTask", this::putSettings);
        r.get(BASE + "/settings/blockingTask/operations", x -> Reply.ok(BlockingTaskView.operations(Hrefs.viewer(x),
                admin(x).settings()), MediaTypes.TASK_OPERATION_LIST));
        r.put(BASE + "/settings/blockingTask/operations", this::putOperations);
        r.get("/api/task/operations", this::allOperations);
        r.get("/api/entity/{urn}", this::resolveEntity);
    }

    private BlockingTasks admin(Exchange x) {
        x.principal().requireSystemAdmin();
        return blocking;
    }

    /** System administrators only, checked before the id is parsed. */
    private BlockingTaskRow find(Exchange x) {
        admin(x);
        return blocking.blockingTask(x.principal(), Hrefs.id(x, "id"));
    }

    Reply list(Exchange x) {
        admin(x);
        return Reply.ok(db.read(tx -> BlockingTaskView.active(tx, Hrefs.viewer(x))), MediaTypes.BLOCKING_TASK_LIST);
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

    private BlockingTask view(Exchange x, BlockingTaskRow b) {
        return db.read(tx -> BlockingTaskView.of(tx, Hrefs.viewer(x), b));
    }

    // ---- settings ----------------------------------------------------------------------------------------

    Reply putSettings(Exchange x) {
        admin(x);
        BlockingTaskSettings in = x.read(BlockingTaskSettings.class, "BlockingTaskSettings",
                MediaTypes.BLOCKING_TASK_SETTINGS);
        return Reply.ok(BlockingTaskView.settings(Hrefs.viewer(x), blocking.update(merged(in))),
                MediaTypes.BLOCKING_TASK_SETTINGS);
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
        return Reply.ok(BlockingTaskView.operations(Hrefs.viewer(x), next), MediaTypes.TASK_OPERATION_LIST);
    }

    /** GET /api/task/operations (33.0+): every operation that can block, with its category. */
    Reply allOperations(Exchange x) {
        admin(x);
        return Reply.ok(BlockingTaskView.allOperations(Hrefs.viewer(x), operationNames.get()),
                MediaTypes.TASK_OPERATION_LIST);
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
                BlockingTaskRow b = Principal.found(db.read(tx -> tx.blockingTasks().find(id)), "entity", id);
                admin(x);
                e.name = b.name();
                e.link("alternate", Hrefs.of(x, Kind.BLOCKING_TASK, id), MediaTypes.xml(MediaTypes.BLOCKING_TASK));
            }
            case "task" -> {
                TaskRow t = Principal.found(db.read(tx -> tx.tasks().find(id)), "entity", id);
                x.principal().require(io.vcdsim.core.Right.TASK_VIEW, t.orgId());
                e.name = t.operationName();
                e.link("alternate", Hrefs.of(x, Kind.TASK, id), MediaTypes.xml(MediaTypes.TASK));
            }
            default -> throw ApiException.forbidden("No entity " + urn + " is accessible.");
        }
        return Reply.ok(e, MediaTypes.ENTITY);
    }
}
