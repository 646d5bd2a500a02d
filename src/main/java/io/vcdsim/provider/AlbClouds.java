package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.AlbCloudStore;
import io.vcdsim.store.AlbControllerStore;
import io.vcdsim.store.AlbEdgeStore;
import io.vcdsim.store.AlbCloudStore.Cloud;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The NSX-T clouds of NSX-T ALB controllers, and those vCD imported. A simulated Avi controller has one NSX-T cloud
 * for each GENEVE network pool of the NSX-T manager (the cloud of its overlay transport zone), so the clouds a
 * controller offers follow the pools. A cloud's Avi id ({@code cloud-<uuid>}) is derived from the controller and the
 * pool, so it is the same on every read and differs between controllers. Each is imported once, on its own pool.
 */
public final class AlbClouds {
    /** The only backing vCD knows: an NSX-T cloud of an NSX ALB controller. */
    public static final String BACKING_TYPE = "NSXALB_NSXT";
    private final Database db;
    private final Clock clock;

    /** A cloud a controller offers: its Avi id and name, and the pool and transport zone it stands on. */
    public record Importable(String id, String displayName, boolean alreadyImported, UUID poolId, String poolName,
                             String transportZoneName) {
    }

    /** What a client asks to import: the controller's cloud {@code backingId}, on the pool it names. */
    public record Spec(String name, String description, UUID controllerId, String backingId, String backingType,
                       UUID networkPoolId) {
    }

    public AlbClouds(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The clouds a controller offers, by pool name, for a system administrator; an unknown controller is 403. */
    public List<Importable> importable(Principal p, UUID controllerId) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            AlbControllers.known(tx, controllerId);
            return offered(tx, controllerId);
        });
    }

    public List<Cloud> found(Principal p, List<UUID> ids) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).found(ids));
    }

    /** A cloud by id; an unknown one is the cloudapi's 403. */
    public Cloud cloud(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> known(tx, id));
    }

    /** Imports a cloud the controller offers and nobody imported, on the pool it serves; else 400. */
    public Cloud create(Principal p, Spec s) {
        p.requireSystemAdmin();
        String name = Lengths.name(s.name(), AlbControllers.MAX_NAME, "load balancer cloud");
        Lengths.atMost(s.description(), AlbControllers.MAX_DESCRIPTION, "description");
        if (s.backingType() != null && !s.backingType().isEmpty() && !BACKING_TYPE.equals(s.backingType())) {
            throw ApiException.badRequest("backingType must be " + BACKING_TYPE + ".");
        }
        if (s.controllerId() == null || s.backingId() == null || s.backingId().isBlank()) {
            throw ApiException.badRequest("A load balancer cloud needs loadBalancerCloudBacking with its backingId and "
                    + "loadBalancerControllerRef.");
        }
        return db.tx(tx -> {
            tx.store(AlbControllerStore::new).lock(s.controllerId()).orElseThrow(() ->
                    ApiException.invalidReference("No load balancer controller " + Kind.ALB_CONTROLLER
                            .urn(s.controllerId()) + " is registered."));
            Importable offered = offered(tx, s.controllerId()).stream().filter(c -> c.id().equals(s.backingId()))
                    .findFirst().orElseThrow(() -> ApiException.invalidReference("The load balancer controller "
                            + "offers no cloud " + Lengths.shown(s.backingId()) + "."));
            if (offered.alreadyImported()) {
                throw ApiException.badRequest("The cloud " + offered.displayName() + " is already imported.");
            }
            if (s.networkPoolId() != null && !s.networkPoolId().equals(offered.poolId())) {
                throw ApiException.invalidReference("The cloud " + offered.displayName() + " serves network pool "
                        + offered.poolName() + ", not the one networkPoolRef names.");
            }
            if (store(tx).nameTaken(name)) {
                throw ApiException.duplicateName("A load balancer cloud named " + name + " exists already.");
            }
            Cloud c = new Cloud(UUID.randomUUID(), name, s.description(), s.controllerId(), s.backingId(),
                    offered.poolId(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            store(tx).insert(c);
            return c;
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            Cloud c = store(tx).lock(id).orElseThrow(() -> unknown(id));
            AlbServiceEngineGroups.checkNoGroups(tx, c);
            List<String> edges = tx.store(AlbEdgeStore::new).edgesOn(id);
            if (!edges.isEmpty()) {
                throw ApiException.badRequest("The load balancer cloud " + c.name() + " cannot be deleted: the load "
                        + "balancer of edge gateway " + String.join(", ", edges) + " uses it.");
            }
            store(tx).delete(id);
        });
    }

    /** Refuses to delete a controller clouds were imported from. */
    static void checkNoClouds(Tx tx, UUID controllerId, String controllerName) {
        List<String> clouds = store(tx).namesBy(AlbCloudStore.CONTROLLER, controllerId);
        if (!clouds.isEmpty()) {
            throw ApiException.badRequest("The load balancer controller " + controllerName + " cannot be deleted: "
                    + "cloud " + String.join(", ", clouds) + " uses it.");
        }
    }

    /** The names of the clouds on a network pool (which is therefore not deleted). */
    static List<String> onPool(Tx tx, UUID poolId) {
        return store(tx).namesBy(AlbCloudStore.POOL, poolId);
    }

    static List<Importable> offered(Tx tx, UUID controllerId) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        Set<String> imported = Set.copyOf(store(tx).importedFrom(controllerId));
        return tx.store(NetworkPoolStore::new).all().stream()
                .filter(pool -> NetworkPools.GENEVE.equals(pool.poolType()))
                .map(pool -> {
                    String id = cloudId(controllerId, pool.id());
                    return new Importable(id, pool.name() + "-cloud", imported.contains(id), pool.id(), pool.name(),
                            pool.transportZoneId() == null ? "" : nsxt.resource(pool.transportZoneId())
                                    .map(NsxtStore.Resource::name).orElse(""));
                })
                .toList();
    }

    /** The Avi id of the controller's cloud on a pool. */
    static String cloudId(UUID controllerId, UUID poolId) {
        return "cloud-" + UUID.nameUUIDFromBytes(("alb-cloud:" + controllerId + ":" + poolId)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Cloud known(Tx tx, UUID id) {
        return store(tx).find(id).orElseThrow(() -> unknown(id));
    }

    private static ApiException unknown(UUID id) {
        return ApiException.forbidden("No load balancer cloud " + Kind.ALB_CLOUD.urn(id) + " is accessible.");
    }

    private static AlbCloudStore store(Tx tx) {
        return tx.store(AlbCloudStore::new);
    }
}
