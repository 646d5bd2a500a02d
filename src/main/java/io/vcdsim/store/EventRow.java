package io.vcdsim.store;

import io.vcdsim.core.ObjectRef;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the event log: a task transition, a state change, or an extension service's event.
 * {@code entity} is the object it is about (a task's owner), or null.
 */
public record EventRow(UUID id, UUID orgId, String type, String serviceNamespace, Instant time, boolean success,
                       UUID userId, String userName, ObjectRef entity, UUID taskId, String details) {

    public UUID entityId() {
        return entity == null ? null : entity.id();
    }
}
