package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record OrgRow(UUID id, String name, String fullName, String description, boolean enabled, boolean system,
                     Instant created) {
}
