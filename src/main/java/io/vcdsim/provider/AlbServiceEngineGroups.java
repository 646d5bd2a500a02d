package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.AlbAssignmentStore;
import io.vcdsim.store.AlbCloudStore;
import io.vcdsim.store.AlbCloudStore.Cloud;
import io.vcdsim.store.AlbEdgeStore;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.AlbServiceEngineGroupStore.Group;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * NSX-T ALB service engine groups: those an imported cloud's controller offers, and those vCD imported from them. Each
 * simulated NSX-T cloud has the same three groups (Avi's {@code Default-Group} and two of other HA modes), with Avi
 * ids derived from the cloud's, so they differ between clouds; a group is imported once, and the importable list
 * leaves imported ones out, as vCD's does. A cloud with imported groups is not deleted.
 */
public final class AlbServiceEngineGroups {
    /** vcdsim's name for the sync task (vCD does not publish its own). */
    public static final String SYNC = "loadBalancerSyncServiceEngineGroup";
    /** What each simulated group may host: Avi's default of 10 virtual services on each of 10 service engines. */
    static final int MAX_VIRTUAL_SERVICES = 100;
    private static final List<Importable> OFFERED = List.of(
            new Importable(null, "Default-Group", "ELASTIC_N_PLUS_M_BUFFER"),
            new Importable(null, "seg-active-active", "ELASTIC_ACTIVE_ACTIVE"),
            new Importable(null, "seg-active-standby", "LEGACY_ACTIVE_STANDBY"));
    private static final Set<String> RESERVATIONS = Set.of("DEDICATED", "SHARED");
    private static final Set<String> FEATURE_SETS = Set.of("STANDARD", "PREMIUM");
    private final Database db;
    private final TaskEngine engine;
    private final Clock clock;

    /** A group a cloud's controller offers: its Avi id and name, and its high availability mode. */
    public record Importable(String id, String displayName, String haMode) {
    }

    /**
     * What a client asks a group to be. {@code supportedFeatureSet} is null for clients before 37.0 (which have no
     * such field) or when left out, which keeps it (STANDARD for a new group).
     */
    public record Spec(String name, String description, UUID cloudId, String backingId, String reservationType,
                       String supportedFeatureSet) {
    }

    public AlbServiceEngineGroups(Database db, TaskEngine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        engine.register(SYNC, (tx, task) -> groups(tx).lock(task.ownerId()).orElseThrow(() -> unknown(task.ownerId())));
    }

    /** The groups of an imported cloud not yet imported, for a system administrator; an unknown cloud is 403. */
    public List<Importable> importable(Principal p, UUID cloudId) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            Cloud cloud = AlbClouds.known(tx, cloudId);
            Set<String> imported = Set.copyOf(groups(tx).importedFrom(cloudId));
            return offered(cloud).stream().filter(g -> !imported.contains(g.id())).toList();
        });
    }

    public List<Group> found(Principal p, List<UUID> ids) {
        p.requireSystemAdmin();
        return db.read(tx -> groups(tx).found(ids));
    }

    /** A group by id; an unknown one is the cloudapi's 403. */
    public Group group(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> groups(tx).find(id).orElseThrow(() -> unknown(id)));
    }

    /** Imports a group the cloud offers and nobody imported; else 400. */
    public Group create(Principal p, Spec s) {
        p.requireSystemAdmin();
        if (s.cloudId() == null || s.backingId() == null || s.backingId().isBlank()) {
            throw ApiException.badRequest("A service engine group needs serviceEngineGroupBacking with its backingId "
                    + "and loadBalancerCloudRef.");
        }
        return db.tx(tx -> {
            Cloud cloud = tx.store(AlbCloudStore::new).lock(s.cloudId()).orElseThrow(() ->
                    ApiException.invalidReference("No load balancer cloud " + Kind.ALB_CLOUD.urn(s.cloudId())
                            + " exists."));
            Importable offered = offered(cloud).stream().filter(g -> g.id().equals(s.backingId())).findFirst()
                    .orElseThrow(() -> ApiException.invalidReference("The load balancer cloud " + cloud.name()
                            + " offers no service engine group " + Lengths.shown(s.backingId()) + "."));
            if (groups(tx).importedFrom(cloud.id()).contains(offered.id())) {
                throw ApiException.badRequest("The service engine group " + offered.displayName()
                        + " is already imported.");
            }
            Group g = new Group(UUID.randomUUID(), null, null, cloud.id(), offered.id(), offered.haMode(), null,
                    "STANDARD", MAX_VIRTUAL_SERVICES, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            Group made = checked(tx, g, s);
            groups(tx).save(made);
            return made;
        });
    }

    /**
     * Changes a group's name, description, reservation type and feature set; its backing stays, and its reservation
     * type while it is assigned to an edge (else 400).
     */
    public Group update(Principal p, UUID id, Spec s) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            Group old = groups(tx).lock(id).orElseThrow(() -> unknown(id));
            if (s.backingId() != null && !s.backingId().equals(old.backingId())
                    || s.cloudId() != null && !s.cloudId().equals(old.cloudId())) {
                throw ApiException.badRequest("A service engine group's backing cannot change.");
            }
            // an assignment's limits follow the reservation type (a SHARED group's, none on a DEDICATED one's single
            // edge): changing it under assignments would leave them wrong
            if (s.reservationType() != null && !s.reservationType().equals(old.reservationType())) {
                List<String> edges = tx.store(AlbAssignmentStore::new).edgeNamesOf(id);
                if (!edges.isEmpty()) {
                    throw ApiException.badRequest("The reservationType of service engine group " + old.name()
                            + " cannot change while it is assigned to edge gateway " + String.join(", ", edges)
                            + ".");
                }
            }
            Group changed = checked(tx, old, s);
            groups(tx).save(changed);
            return changed;
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            Group g = groups(tx).lock(id).orElseThrow(() -> unknown(id));
            List<String> edges = tx.store(AlbAssignmentStore::new).edgeNamesOf(id);
            if (!edges.isEmpty()) {
                throw ApiException.badRequest("The service engine group " + g.name() + " cannot be deleted: it is "
                        + "assigned to edge gateway " + String.join(", ", edges) + ".");
            }
            groups(tx).delete(id);
        });
    }

    /** The groups assigned to an edge gateway ({@code _context==<edge URN>}), for a system administrator. */
    public List<UUID> assignedTo(Principal p, UUID edgeId) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            knownEdge(tx, edgeId);
            return tx.store(AlbAssignmentStore::new).ofEdge(edgeId).stream().map(a -> a.groupId()).toList();
        });
    }

    /**
     * The groups that may still be assigned to an edge gateway ({@code _context==<edge URN>;_context==assignable}):
     * those of the cloud its load balancer stands on (else of the clouds on its network pool) not assigned to it, and
     * no DEDICATED group assigned elsewhere.
     */
    public List<UUID> assignableTo(Principal p, UUID edgeId) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            knownEdge(tx, edgeId);
            AlbEdgeStore edges = tx.store(AlbEdgeStore::new);
            List<UUID> clouds = edges.find(edgeId).<List<UUID>>map(s -> List.of(s.cloudId())).orElseGet(() ->
                    edges.cloudsFor(edgeId));
            AlbAssignmentStore assignments = tx.store(AlbAssignmentStore::new);
            List<UUID> free = new ArrayList<>();
            for (UUID cloud : clouds) {
                for (Group g : groups(tx).ofCloud(cloud)) {
                    if (assignments.ofGroup(g.id()).stream().noneMatch(a -> a.edgeId().equals(edgeId)
                            || "DEDICATED".equals(g.reservationType()))) {
                        free.add(g.id());
                    }
                }
            }
            return free;
        });
    }

    private static void knownEdge(Tx tx, UUID edgeId) {
        if (tx.edges().find(edgeId).isEmpty()) {
            throw ApiException.invalidReference("No edge gateway " + Kind.EDGE_GATEWAY.urn(edgeId) + " exists.");
        }
    }

    /** {@code .../sync}: a task on the group that changes nothing (the simulated controller has nothing new). */
    public TaskRow sync(Principal p, UUID id, TaskEngine.Caller by) {
        Group g = group(p, id);
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(SYNC, "Synchronizing service engine group "
                + g.name(), by, ObjectRef.of(Kind.ALB_SERVICE_ENGINE_GROUP, g.id(), g.name()), true, null)));
    }

    /** Refuses to delete a cloud groups were imported from. */
    static void checkNoGroups(Tx tx, Cloud cloud) {
        List<String> names = groups(tx).namesOfCloud(cloud.id());
        if (!names.isEmpty()) {
            throw ApiException.badRequest("The load balancer cloud " + cloud.name() + " cannot be deleted: service "
                    + "engine group " + String.join(", ", names) + " uses it.");
        }
    }

    private static Group checked(Tx tx, Group g, Spec s) {
        String name = Lengths.name(s.name(), AlbControllers.MAX_NAME, "service engine group");
        Lengths.atMost(s.description(), AlbControllers.MAX_DESCRIPTION, "description");
        if (s.reservationType() == null || !RESERVATIONS.contains(s.reservationType())) {
            throw ApiException.badRequest("reservationType must be DEDICATED or SHARED.");
        }
        String features = s.supportedFeatureSet() == null ? g.supportedFeatureSet() : s.supportedFeatureSet();
        if (!FEATURE_SETS.contains(features)) {
            throw ApiException.badRequest("supportedFeatureSet must be STANDARD or PREMIUM.");
        }
        if (groups(tx).nameTaken(name, g.id())) {
            throw ApiException.duplicateName("A service engine group named " + name + " exists already.");
        }
        return g.changed(name, s.description(), s.reservationType(), features);
    }

    private static List<Importable> offered(Cloud cloud) {
        return OFFERED.stream().map(o -> new Importable("serviceenginegroup-" + UUID.nameUUIDFromBytes(("alb-seg:"
                + cloud.backingId() + ":" + o.displayName()).getBytes(StandardCharsets.UTF_8)), o.displayName(),
                o.haMode())).toList();
    }

    private static ApiException unknown(UUID id) {
        return ApiException.forbidden("No service engine group " + Kind.ALB_SERVICE_ENGINE_GROUP.urn(id)
                + " is accessible.");
    }

    private static AlbServiceEngineGroupStore groups(Tx tx) {
        return tx.store(AlbServiceEngineGroupStore::new);
    }
}
