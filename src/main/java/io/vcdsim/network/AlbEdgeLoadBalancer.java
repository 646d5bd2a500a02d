package io.vcdsim.network;

import io.vcdsim.store.AlbServiceEngineGroupStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.Tx;

/**
 * What an NSX-T edge gateway's load balancer settings and service engine group assignments allow its pools and
 * virtual services: the one place those checks read them.
 */
final class AlbEdgeLoadBalancer {
    private AlbEdgeLoadBalancer() {
    }

    /** Refuses (400) a pool or virtual service on an edge whose load balancer is not enabled. */
    static void requireEnabled(Tx tx, EdgeGatewayRow e) {
        // filled in with the edge's load balancer settings
    }

    /**
     * Refuses (400) a virtual service on a service engine group not assigned to the edge, or one more than the
     * assignment (or the group) may hold; {@code moving} is false when the service already runs there.
     */
    static void requireRoom(Tx tx, EdgeGatewayRow e, AlbServiceEngineGroupStore.Group g, boolean moving) {
        // filled in with the edge's service engine group assignments
    }

    /** Refuses (400) transparent mode (preserving the client's IP) on an edge whose settings do not allow it. */
    static void requireTransparentMode(Tx tx, EdgeGatewayRow e) {
        // filled in with the edge's load balancer settings
    }

    /** Refuses (400) an IPv6 virtual IP on an edge whose load balancer has no IPv6 service network. */
    static void requireIpv6(Tx tx, EdgeGatewayRow e) {
        // filled in with the edge's load balancer settings
    }
}
