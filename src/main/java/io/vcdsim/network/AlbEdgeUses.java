package io.vcdsim.network;

import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What else stands on an edge gateway's load balancer (its pools and virtual services): each user registers here,
 * and the load balancer's settings and service engine group assignments ask them before anything goes. One instance
 * serves both, so a user registered once is asked by both.
 */
public final class AlbEdgeUses {
    private final List<User> users = new CopyOnWriteArrayList<>();

    /** One kind of object on an edge's load balancer. Each answer is read in the transaction that would remove. */
    public interface User {
        /**
         * What of this kind is on the edge (names, for the refusal): disabling its load balancer is refused (400) while
         * there is any.
         */
        List<String> onEdge(Tx tx, UUID edgeId);

        /** What of this kind uses a service engine group on the edge; the group's assignment is not deleted then. */
        default List<String> inGroup(Tx tx, UUID edgeId, UUID groupId) {
            return List.of();
        }

        /** How many virtual services of the edge are deployed in the group (an assignment's count and its floor). */
        default int deployed(Tx tx, UUID edgeId, UUID groupId) {
            return 0;
        }
    }

    public void add(User user) {
        users.add(user);
    }

    List<String> onEdge(Tx tx, UUID edgeId) {
        return users.stream().flatMap(u -> u.onEdge(tx, edgeId).stream()).toList();
    }

    List<String> inGroup(Tx tx, UUID edgeId, UUID groupId) {
        return users.stream().flatMap(u -> u.inGroup(tx, edgeId, groupId).stream()).toList();
    }

    int deployed(Tx tx, UUID edgeId, UUID groupId) {
        return users.stream().mapToInt(u -> u.deployed(tx, edgeId, groupId)).sum();
    }
}
