package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.AlbAssignmentStore;
import io.vcdsim.store.AlbAssignmentStore.Assignment;
import io.vcdsim.store.AlbEdgeStore;
import io.vcdsim.store.AlbEdgeStore.Settings;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.AlbServiceEngineGroupStore.Group;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Service engine groups assigned to NSX-T edge gateways' load balancers
 * ({@code loadBalancer/serviceEngineGroups/assignments}). A system administrator assigns a group of the edge's cloud
 * to an edge whose load balancer is enabled, once; a DEDICATED group serves one edge and takes no limits, a SHARED
 * one serves many, each with at most {@code maxVirtualServices} (at most the group's own) and
 * {@code minVirtualServices} reserved. Every change is a task owned by the assignment, which checks again; the edge's
 * org reads its edges' assignments.
 */
public final class AlbAssignments {
    public static final String CREATE = "loadBalancerServiceEngineGroupAssignmentCreate";
    public static final String UPDATE = "loadBalancerServiceEngineGroupAssignmentUpdate";
    public static final String DELETE = "loadBalancerServiceEngineGroupAssignmentDelete";
    private static final String DEDICATED = "DEDICATED";
    private final Database db;
    private final TaskEngine engine;
    private final AlbEdgeUses uses;
    private final Supplier<Instant> now;

    /** What a client asks: the edge and group (null: not given) and a SHARED group's limits. */
    public record Spec(UUID edgeId, UUID groupId, Integer maxVirtualServices, Integer minVirtualServices) {
    }

    /** A new assignment as its task carries it (task parameters hold no instants: its creation time in ms). */
    record Made(UUID id, UUID orgId, UUID edgeId, UUID groupId, Integer max, Integer min, long created) {
        static Made of(Assignment a) {
            return new Made(a.id(), a.orgId(), a.edgeId(), a.groupId(), a.maxVirtualServices(),
                    a.minVirtualServices(), a.created().toEpochMilli());
        }

        Assignment assignment() {
            return new Assignment(id, orgId, edgeId, groupId, max, min, Instant.ofEpochMilli(created));
        }
    }

    record Limits(UUID id, Integer max, Integer min) {
    }

    public AlbAssignments(Database db, TaskEngine engine, AlbEdgeUses uses, Supplier<Instant> now) {
        this.db = db;
        this.engine = engine;
        this.uses = uses;
        this.now = now;
        engine.register(CREATE, Made.class, (tx, task, m) -> {
            Assignment a = m.assignment();
            checkNew(tx, EdgeGatewayService.locked(tx, a.edgeId()), lockedGroup(tx, a.groupId()), a);
            store(tx).insert(a);
        });
        engine.register(UPDATE, Limits.class, (tx, task, l) -> {
            Assignment a = store(tx).find(l.id()).orElseThrow(() -> unknown(l.id()));
            EdgeGatewayService.locked(tx, a.edgeId());
            store(tx).updateLimits(checkedLimits(tx, a, lockedGroup(tx, a.groupId()), l.max(), l.min()));
        });
        engine.register(DELETE, Limits.class, (tx, task, l) -> {
            Assignment a = store(tx).find(l.id()).orElseThrow(() -> unknown(l.id()));
            checkUnused(tx, EdgeGatewayService.locked(tx, a.edgeId()), a);
            store(tx).delete(a.id());
        });
    }

    /** An assignment the caller may see (its edge's org's network viewers, system administrators); else 403. */
    public Assignment get(Principal p, UUID id) {
        Assignment a = db.read(tx -> store(tx).find(id)).orElseThrow(() -> unknown(id));
        if (!p.isSystemAdmin() && (!a.orgId().equals(p.orgId()) || !p.has(Right.NETWORK_VIEW))) {
            throw unknown(id);
        }
        return a;
    }

    /** The assignments of a page the query engine chose (it has left out what the caller may not see). */
    public List<Assignment> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    /** How many virtual services of the assignment's edge are deployed in its group. */
    public int deployed(Tx tx, Assignment a) {
        return uses.deployed(tx, a.edgeId(), a.groupId());
    }

    /** Assigns the group to the edge: refusals now, the assignment by the task (owned by it, named by the group). */
    public TaskRow create(Principal p, Spec s, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        if (s.edgeId() == null || s.groupId() == null) {
            throw ApiException.badRequest("An assignment needs gatewayRef and serviceEngineGroupRef, each with its id.");
        }
        return db.tx(tx -> {
            EdgeGatewayRow e = tx.edges().find(s.edgeId()).orElseThrow(() -> ApiException.invalidReference(
                    "No edge gateway " + Kind.EDGE_GATEWAY.urn(s.edgeId()) + " exists."));
            Group g = groups(tx).find(s.groupId()).orElseThrow(() -> unknownGroup(s.groupId()));
            Assignment a = new Assignment(UUID.randomUUID(), e.orgId(), e.id(), g.id(), s.maxVirtualServices(),
                    s.minVirtualServices(), now.get().truncatedTo(ChronoUnit.MILLIS));
            return engine.start(tx, spec(CREATE, "Assigning", g, e, a, by, Made.of(checkNew(tx, e, g, a))));
        });
    }

    /** Changes a SHARED group's limits on the edge; its edge and group stay. */
    public TaskRow update(Principal p, UUID id, Spec s, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            Assignment a = store(tx).find(id).orElseThrow(() -> unknown(id));
            if (s.edgeId() != null && !s.edgeId().equals(a.edgeId())
                    || s.groupId() != null && !s.groupId().equals(a.groupId())) {
                throw ApiException.badRequest("An assignment's gatewayRef and serviceEngineGroupRef cannot change.");
            }
            Group g = groups(tx).find(a.groupId()).orElseThrow(() -> unknownGroup(a.groupId()));
            if (DEDICATED.equals(g.reservationType())) {
                throw ApiException.badRequest("The assignment of DEDICATED service engine group " + g.name()
                        + " cannot be changed.");
            }
            EdgeGatewayRow e = EdgeGatewayService.locked(tx, a.edgeId());
            checkedLimits(tx, a, g, s.maxVirtualServices(), s.minVirtualServices());
            return engine.start(tx, spec(UPDATE, "Updating assignment of", g, e, a, by,
                    new Limits(a.id(), s.maxVirtualServices(), s.minVirtualServices())));
        });
    }

    /** Takes the group from the edge, once nothing on the edge uses it. */
    public TaskRow delete(Principal p, UUID id, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            Assignment a = store(tx).find(id).orElseThrow(() -> unknown(id));
            EdgeGatewayRow e = EdgeGatewayService.locked(tx, a.edgeId());
            checkUnused(tx, e, a);
            Group g = groups(tx).find(a.groupId()).orElseThrow(() -> unknownGroup(a.groupId()));
            return engine.start(tx, spec(DELETE, "Unassigning", g, e, a, by, new Limits(a.id(), null, null)));
        });
    }

    private static TaskEngine.Spec spec(String operation, String verb, Group g, EdgeGatewayRow e, Assignment a,
                                        TaskEngine.Caller by, Object params) {
        return new TaskEngine.Spec(operation, verb + " service engine group " + g.name() + " to edge gateway "
                + e.name(), by, ObjectRef.of(Kind.ALB_SEG_ASSIGNMENT, a.id(), g.name()), false, params);
    }

    /** The new assignment with its limits checked, or the refusal. */
    private Assignment checkNew(Tx tx, EdgeGatewayRow e, Group g, Assignment a) {
        if (tx.edges().edgeCluster(e.id()).isEmpty()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is not an NSX-T edge gateway: it has no "
                    + "load balancer.");
        }
        Settings lb = tx.store(AlbEdgeStore::new).find(e.id()).orElseThrow(() -> ApiException.badRequest(
                "The load balancer of edge gateway " + e.name() + " is not enabled: enable it before assigning "
                        + "service engine groups."));
        if (!lb.cloudId().equals(g.cloudId())) {
            throw ApiException.badRequest("Service engine group " + g.name() + " is not of the load balancer cloud "
                    + "of edge gateway " + e.name() + ".");
        }
        for (Assignment other : store(tx).ofGroup(g.id())) {
            if (other.edgeId().equals(e.id())) {
                throw ApiException.badRequest("Service engine group " + g.name() + " is already assigned to edge "
                        + "gateway " + e.name() + ".");
            }
            if (DEDICATED.equals(g.reservationType())) {
                throw ApiException.badRequest("DEDICATED service engine group " + g.name() + " is assigned to "
                        + "another edge gateway already.");
            }
        }
        return checkedLimits(tx, a, g, a.maxVirtualServices(), a.minVirtualServices());
    }

    /** The assignment with these limits: none for a DEDICATED group; a SHARED one's within the group's. */
    private Assignment checkedLimits(Tx tx, Assignment a, Group g, Integer max, Integer min) {
        if (DEDICATED.equals(g.reservationType())) {
            if (max != null || min != null) {
                throw ApiException.badRequest("maxVirtualServices and minVirtualServices are for SHARED service "
                        + "engine groups; " + g.name() + " is DEDICATED.");
            }
            return a.withLimits(null, null);
        }
        if (max == null) {
            throw ApiException.badRequest("The assignment of SHARED service engine group " + g.name() + " needs "
                    + "maxVirtualServices.");
        }
        int reserved = min == null ? 0 : min;
        int deployed = uses.deployed(tx, a.edgeId(), a.groupId());
        if (max < 1 || max > g.maxVirtualServices() || max < deployed) {
            throw ApiException.badRequest("maxVirtualServices must be between " + Math.max(1, deployed) + " and "
                    + g.maxVirtualServices() + " (service engine group " + g.name() + "), not " + max + ".");
        }
        if (reserved < 0 || reserved > max) {
            throw ApiException.badRequest("minVirtualServices must be between 0 and maxVirtualServices (" + max
                    + "), not " + reserved + ".");
        }
        return a.withLimits(max, reserved);
    }

    private void checkUnused(Tx tx, EdgeGatewayRow e, Assignment a) {
        List<String> used = uses.inGroup(tx, e.id(), a.groupId());
        if (!used.isEmpty()) {
            throw ApiException.badRequest("The service engine group cannot be taken from edge gateway " + e.name()
                    + ": " + String.join(", ", used) + " use it.");
        }
    }

    private static Group lockedGroup(Tx tx, UUID id) {
        return groups(tx).lock(id).orElseThrow(() -> unknownGroup(id));
    }

    private static ApiException unknown(UUID id) {
        return ApiException.forbidden("No service engine group assignment " + Kind.ALB_SEG_ASSIGNMENT.urn(id)
                + " is accessible.");
    }

    private static ApiException unknownGroup(UUID id) {
        return ApiException.invalidReference("No service engine group " + Kind.ALB_SERVICE_ENGINE_GROUP.urn(id)
                + " exists.");
    }

    private static AlbServiceEngineGroupStore groups(Tx tx) {
        return tx.store(AlbServiceEngineGroupStore::new);
    }

    private static AlbAssignmentStore store(Tx tx) {
        return tx.store(AlbAssignmentStore::new);
    }
}
