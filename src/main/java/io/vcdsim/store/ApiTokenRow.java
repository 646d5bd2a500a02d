package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** An API token of a user: {@code issued} once its secret has been handed out (that happens once). */
public record ApiTokenRow(UUID id, UUID orgId, UUID userId, String name, boolean issued, Instant created) {
}
