package io.vcdsim.store;

import java.util.UUID;

public record RoleRow(UUID id, UUID orgId, String name, String description, boolean predefined) {
}
