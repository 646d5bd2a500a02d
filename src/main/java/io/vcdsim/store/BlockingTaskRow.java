package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A blocking task as stored; {@code name} is the blocked operationName. */
public record BlockingTaskRow(UUID id, UUID taskId, UUID orgId, String name, String status, Instant created,
                             Instant timeoutDate, String timeoutAction, String message, Instant resolved) {
    public static final String ACTIVE = "active";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
