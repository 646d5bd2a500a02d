package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Invoking a behavior on an entity ({@code entities/{id}/behaviors/{behaviorId}/invocations}): a task whose result is
 * what the behavior returned. The entity must be RESOLVED, the behavior one of its type's, and the type's
 * behavior access controls must grant it at a level the caller has on the entity. vcdsim runs {@code noop}
 * executions only, which return the invocation (entity, type, behavior, arguments and metadata); the others
 * (Activity, WebHook, MQTT, vRO, ...) would call out to something vcdsim does not have, so their task fails and
 * says so.
 */
public final class BehaviorInvocations {
    static final String INVOKE = "invokeDefinedEntityBehavior";
    /** What the task table keeps of a result (V3). */
    static final int MAX_RESULT = 16384;
    private final Database db;
    private final TaskEngine engine;

    /** What the invocation's work needs: the execution type it is to run. */
    public record Params(String executionType) {
    }

    public BehaviorInvocations(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(INVOKE, Params.class, (tx, task, params) -> {
            if (!"noop".equals(params.executionType())) {
                throw ApiException.badRequest("RDE_BEHAVIOR_EXECUTION_FAILED: vcdsim does not run behaviors of "
                        + "execution type " + params.executionType() + "; only noop behaviors run here.");
            }
        });
    }

    public TaskRow invoke(Principal p, String entityUrn, String behaviorId, Map<String, Object> body,
                          TaskEngine.Caller by) {
        return db.tx(tx -> {
            DefinedEntities.Found f = DefinedEntities.find(tx, p, entityUrn, DefinedEntities.Need.READ);
            if (!DefinedEntities.RESOLVED.equals(f.entity().state())) {
                throw ApiException.badRequest("RDE_ENTITY_NOT_RESOLVED: entity " + entityUrn + " must be resolved "
                        + "before its behaviors are invoked.");
            }
            TypeBehaviors.Behavior b = TypeBehaviors.inScope(tx, f.type(), behaviorId);
            String level = TypeBehaviors.requiredLevel(tx, f.type(), b);
            RdeRights.Held held = RdeRights.held(tx, p, f.type().vendor(), f.type().nss());
            boolean owns = p.userId().equals(f.entity().ownerId());
            boolean allowed = level != null && (level.endsWith(":ReadOnly") ? held.reads(owns)
                    : level.endsWith(":ReadWrite") ? held.changes(owns) : held.deletes(owns));
            if (!allowed) {
                throw ApiException.forbidden("RDE_BEHAVIOR_ACCESS_DENIED: no behavior access control of type "
                        + RdeUrns.of(RdeUrns.TYPE, f.type().vendor(), f.type().nss(), f.type().version())
                        + " lets you invoke " + behaviorId + ".");
            }
            String type = (String) RdeJson.read(b.execution()).get("type");
            TaskRow task = engine.start(tx, new TaskEngine.Spec(INVOKE, "Invoking behavior " + b.name() + " on "
                    + entityUrn, by, DefinedEntities.owner(f), false, new Params(type)));
            Map<String, Object> invocation = new LinkedHashMap<>();
            invocation.put("entityId", f.urn());
            invocation.put("typeId", RdeUrns.of(RdeUrns.TYPE, f.type().vendor(), f.type().nss(),
                    f.type().version()));
            invocation.put("behaviorId", b.id());
            invocation.put("arguments", body.get("arguments"));
            invocation.put("metadata", body.get("metadata"));
            invocation.put("entity", RdeJson.read(f.entity().entity()));
            if (!"noop".equals(type)) {
                return task;
            }
            // a noop's result is known now: the task keeps it and shows it
            String result = escape(RdeJson.write(invocation));
            if (result.length() > MAX_RESULT) {
                throw ApiException.badRequest("The invocation's result would exceed " + MAX_RESULT + " characters.");
            }
            TaskRow withResult = task.toBuilder().result(new TaskRow.Result(result, null, null, null)).build();
            tx.tasks().update(withResult);
            return withResult;
        });
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
