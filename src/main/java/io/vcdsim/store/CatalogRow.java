package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record CatalogRow(UUID id, UUID orgId, String name, String description, boolean published, Instant created) {
}
