package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * How a change of an NSX-T edge gateway's load balancer objects (pools, virtual services) starts: on an edge its
 * org's administrators may change, checked in the request's transaction (the refusals answer the request), then made
 * by a task whose owner is the object (go-vcloud-director reads it by the task's owner) and whose work checks again.
 */
final class AlbEdgeObjectTasks {
    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;
    private final Kind kind;
    private final String taskNoun;
    private final String noun;

    /** {@code taskNoun} names the object in its tasks ("load balancer pool"), {@code noun} in refusals ("pool"). */
    AlbEdgeObjectTasks(Database db, TaskEngine engine, NsxtEdges edges, Kind kind, String taskNoun, String noun) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        this.kind = kind;
        this.taskNoun = taskNoun;
        this.noun = noun;
    }

    /** The NSX-T edge whose objects a caller lists: one they may see the networks of. */
    EdgeGatewayRow listedEdge(Principal p, UUID edgeId) {
        return edges.edge(p, edgeId, Right.NETWORK_VIEW);
    }

    /** The edge a new object names (gatewayRef, which it needs), if the caller may change its org's networks. */
    EdgeGatewayRow newEdge(Principal p, UUID edgeId) {
        if (edgeId == null) {
            throw ApiException.badRequest("A " + noun + " needs gatewayRef: the NSX-T edge gateway it is on.");
        }
        return edges.edge(p, edgeId, Right.ORG_EDIT);
    }

    /** The edge an object stays on (a changed gatewayRef is 400), if the caller may change its org's networks. */
    EdgeGatewayRow sameEdge(Principal p, UUID edgeId, String name, UUID asked) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        if (asked != null && !asked.equals(e.id())) {
            throw ApiException.badRequest(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + name
                    + " stays on edge gateway " + e.name() + ": gatewayRef cannot change.");
        }
        return e;
    }

    /** Checks the change now and starts its task ({@code verb}: Creating, Updating or Deleting). */
    TaskRow start(String type, String verb, UUID id, String name, Object change, Consumer<Tx> check,
                  TaskEngine.Caller by) {
        return db.tx(tx -> {
            check.accept(tx);
            return engine.start(tx, new TaskEngine.Spec(type, verb + " " + taskNoun + " " + name, by,
                    ObjectRef.of(kind, id, name), false, change));
        });
    }
}
