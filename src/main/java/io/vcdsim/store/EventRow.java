package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** One entry of the event log: a task transition, a state change, or an extension service's event. */
public record EventRow(UUID id, UUID orgId, String type, String serviceNamespace, Instant time, boolean success,
                       UUID userId, String userName, UUID entityId, String entityHref, String entityType,
                       String entityName, UUID taskId, String details) {
}
