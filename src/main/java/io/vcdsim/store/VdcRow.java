package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record VdcRow(UUID id, UUID orgId, String name, String description, boolean enabled, String allocationModel,
                     Instant created) {
}
