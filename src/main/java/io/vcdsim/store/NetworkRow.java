package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record NetworkRow(UUID id, UUID orgId, UUID vdcId, String name, String description, String fenceMode,
                         String gateway, String netmask, Instant created) {
}
