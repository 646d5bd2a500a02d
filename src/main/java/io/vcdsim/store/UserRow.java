package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record UserRow(UUID id, UUID orgId, String name, String fullName, String description, String email,
                      String telephone, String im, boolean enabled, boolean external, String passwordHash,
                      UUID roleId, int storedVmQuota, int deployedVmQuota, Instant created) {
}
