package io.vcdsim.network;

import io.vcdsim.core.Principal;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.UUID;

/**
 * One kind of object on an NSX-T edge gateway's load balancer (its pools, its virtual services), as the cloudapi
 * serves them: {@code S} is what a client asks, {@code R} an object as read. Each change is answered by a task whose
 * owner is the object.
 */
public interface AlbEdgeObjects<S, R> {
    TaskRow create(Principal p, S spec, TaskEngine.Caller by);

    /** The object, if the caller may see its org's networks; else (or when there is none) 403. */
    R get(Principal p, UUID id);

    List<R> found(List<UUID> ids);

    /** The NSX-T edge whose objects a caller lists: one they may see the networks of. */
    EdgeGatewayRow edge(Principal p, UUID edgeId);

    /** Everything but the edge, which an object keeps. */
    TaskRow update(Principal p, UUID id, S spec, TaskEngine.Caller by);

    TaskRow delete(Principal p, UUID id, TaskEngine.Caller by);
}
