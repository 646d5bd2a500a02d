package io.vcdsim.api;

import io.vcdsim.blocking.BlockingSettings;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.extension.ResourceClasses;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.BlockingTask;
import io.vcdsim.model.BlockingTaskOperationParams;
import io.vcdsim.model.BlockingTaskSettings;
import io.vcdsim.model.BlockingTaskUpdateProgressParams;
import io.vcdsim.model.TaskOperationList;
import io.vcdsim.store.BlockingTaskRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.ResourceClassStore;
import io.vcdsim.tenancy.Entities;
import io.vcdsim.views.BlockingTaskView;
import io.vcdsim.views.ExtensionView;

import java.util.List;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Blocking tasks and their settings under {@code /api/admin/extension} (system administrators
 * only), and the entity resolver that approval services use to turn a notification's URN into one.
 */
public final class BlockingTaskResource implements Routes {
    private static final String BASE = "/api/admin/extension";
    private final Database db;
    private final BlockingTasks blocking;
    private final Entities entities;
    private final ResourceClasses classes;
    private final Supplier<SortedSet<String>> operationNames;

    public BlockingTaskResource(Database db, BlockingTasks blocking, Entities entities, ResourceClasses classes,
                                Supplier<SortedSet<String>> operationNames) {
        this.db = db;
        this.classes = classes;
        this.blocking = blocking;
        this.entities = entities;
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
        blocking.resolve(b.id(), a, requireMessage(p));
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

    void store(io.vcdsim.store.Tx tx, BlockingSettings s) {
        blocking.update(tx, s);
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

    /**
     * {@code /api/entity/{urn}}: the Entity with an alternate link to the object the URN names; a URN outside vCD's
     * own (urn:vcloud:...) is resolved by extension services' resource classes.
     */
    Reply resolveEntity(Exchange x) {
        String urn = x.pathParam("urn");
        if (!urn.regionMatches(true, 0, "urn:vcloud:", 0, "urn:vcloud:".length())) {
            List<ResourceClassStore.UrnMatch> matches = classes.resolve(urn);
            if (matches.isEmpty()) {
                throw ApiException.forbidden("No entity " + urn + " is accessible.");
            }
            return Reply.ok(ExtensionView.external(Hrefs.viewer(x), urn, matches), MediaTypes.ENTITY);
        }
        return Reply.ok(ExtensionView.entity(Hrefs.viewer(x), urn, entities.byUrn(x.principal(), urn)),
                MediaTypes.ENTITY);
    }
}
