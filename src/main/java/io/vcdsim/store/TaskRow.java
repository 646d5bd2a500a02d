package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as stored. Owner href is a path for native owners ("/api/org/..."), absolute for external
 * ones. Like the owner's name, the org's name is kept as it was when the task started.
 */
public record TaskRow(UUID id, UUID orgId, UUID userId, String userName, String name, String operationName,
                      String operation, String serviceNamespace, String status, UUID ownerId, String ownerHref,
                      String ownerType, String ownerName, Integer progress, String details, String description,
                      Integer errorMajor, String errorMinor, String errorMessage, String params,
                      boolean cancelRequested, Instant created, Instant startTime, Instant endTime, Instant expiryTime,
                      Instant dueAt, String orgName) {

    public static final String NATIVE_NAMESPACE = "com.vmware.vcloud";

    public boolean terminal() {
        return TaskStatus.of(status).terminal;
    }

    public boolean isNative() {
        return NATIVE_NAMESPACE.equals(serviceNamespace);
    }
}
