package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.AlbAssignmentStore;
import io.vcdsim.store.AlbEdgeStore;
import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.AlbVirtualServiceStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.Tx;

/**
 * What an NSX-T edge gateway's load balancer settings and service engine group assignments allow its pools and
 * virtual services: the one place those checks read them (each a 400).
 */
final class AlbEdgeLoadBalancer {
    private AlbEdgeLoadBalancer() {
    }

    /** Refuses a pool or virtual service on an edge whose load balancer is not enabled. */
    static AlbEdgeStore.Settings requireEnabled(Tx tx, EdgeGatewayRow e) {
        return tx.store(AlbEdgeStore::new).find(e.id()).orElseThrow(() -> ApiException.badRequest("The load "
                + "balancer of edge gateway " + e.name() + " is not enabled."));
    }

    /**
     * Refuses a virtual service on a service engine group not assigned to the edge, or one more than the assignment
     * (a SHARED group's maxVirtualServices) or the group itself may hold; {@code moving} is false when the service
     * already runs there.
     */
    static void requireRoom(Tx tx, EdgeGatewayRow e, AlbServiceEngineGroupStore.Group g, boolean moving) {
        AlbAssignmentStore.Assignment a = tx.store(AlbAssignmentStore::new).ofEdge(e.id()).stream()
                .filter(x -> x.groupId().equals(g.id())).findFirst().orElseThrow(() -> ApiException.badRequest(
                        "Service engine group " + g.name() + " is not assigned to edge gateway " + e.name() + "."));
        if (!moving) {
            return;
        }
        AlbVirtualServiceStore services = tx.store(AlbVirtualServiceStore::new);
        if (a.maxVirtualServices() != null && services.countOnGroup(g.id(), e.id()) >= a.maxVirtualServices()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " runs its " + a.maxVirtualServices()
                    + " virtual services on service engine group " + g.name() + " already (maxVirtualServices).");
        }
        if (services.countOnGroup(g.id(), null) >= g.maxVirtualServices()) {
            throw ApiException.badRequest("Service engine group " + g.name() + " runs the " + g.maxVirtualServices()
                    + " virtual services it can host already.");
        }
    }

    /** Refuses transparent mode (keeping the client's IP) on an edge whose load balancer does not allow it. */
    static void requireTransparentMode(Tx tx, EdgeGatewayRow e) {
        if (!requireEnabled(tx, e).transparentMode()) {
            throw ApiException.badRequest("transparentModeEnabled needs the load balancer of edge gateway " + e.name()
                    + " to allow transparent mode.");
        }
    }

    /** Refuses an IPv6 virtual IP on an edge whose load balancer has no IPv6 service network. */
    static void requireIpv6(Tx tx, EdgeGatewayRow e) {
        if (requireEnabled(tx, e).ipv6ServiceNetwork() == null) {
            throw ApiException.badRequest("An IPv6 virtual IP needs an IPv6 service network on the load balancer of "
                    + "edge gateway " + e.name() + ".");
        }
    }
}
