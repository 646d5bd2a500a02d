package io.vcdsim.provider;

import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The NSX-T clouds of NSX-T ALB controllers. A simulated Avi controller has one NSX-T cloud for each GENEVE network
 * pool of the NSX-T manager (the cloud of its overlay transport zone), so the clouds a controller offers to import
 * follow the pools. A cloud's id is the controller's own ({@code cloud-<uuid>}), derived from the controller and
 * the pool, so it is the same on every read and differs between controllers.
 */
public final class AlbClouds {
    private final Database db;

    /** A cloud a controller offers: its Avi id and name, and the pool and transport zone it stands on. */
    public record Importable(String id, String displayName, boolean alreadyImported, UUID poolId, String poolName,
                             String transportZoneName) {
    }

    public AlbClouds(Database db) {
        this.db = db;
    }

    /** The clouds a controller offers, by pool name, for a system administrator; an unknown controller is 403. */
    public List<Importable> importable(Principal p, UUID controllerId) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            AlbControllers.known(tx, controllerId);
            return offered(tx, controllerId);
        });
    }

    static List<Importable> offered(Tx tx, UUID controllerId) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        return tx.store(NetworkPoolStore::new).all().stream()
                .filter(pool -> NetworkPools.GENEVE.equals(pool.poolType()))
                .map(pool -> new Importable(cloudId(controllerId, pool.id()), pool.name() + "-cloud", false,
                        pool.id(), pool.name(), pool.transportZoneId() == null ? ""
                        : nsxt.resource(pool.transportZoneId()).map(NsxtStore.Resource::name).orElse("")))
                .toList();
    }

    /** The Avi id of the controller's cloud on a pool. */
    static String cloudId(UUID controllerId, UUID poolId) {
        return "cloud-" + UUID.nameUUIDFromBytes(("alb-cloud:" + controllerId + ":" + poolId)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The controller's importable cloud of this Avi id, if it offers one. */
    static java.util.Optional<Importable> offered(Tx tx, UUID controllerId, String cloudId) {
        return offered(tx, controllerId).stream().filter(c -> Objects.equals(c.id(), cloudId)).findFirst();
    }
}
