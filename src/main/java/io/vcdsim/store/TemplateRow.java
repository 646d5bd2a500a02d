package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A vApp template: status 0 until its OVF and files have arrived, 8 once it can be instantiated; owned by the user
 * who made it (null for one made by no user).
 */
public record TemplateRow(UUID id, UUID orgId, UUID vdcId, String name, String description, int status,
                          boolean descriptorUploaded, Instant created, UUID ownerId) {
}
