package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A catalog; ownerId is the user who owns it (null once that user is deleted); only {@link ObjectStore#setOwner} changes it. */
public record CatalogRow(UUID id, UUID orgId, String name, String description, boolean published, UUID ownerId,
                         Instant created) {
}
