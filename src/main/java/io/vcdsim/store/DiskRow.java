package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** An independent disk: {@code status} 0 while it is being created, 1 once it is ready. */
public record DiskRow(UUID id, UUID orgId, UUID vdcId, String name, String description, long sizeMb, String busType,
                      String busSubType, int iops, boolean shareable, int status, UUID ownerId, Instant created) {
    public DiskRow with(String newName, String newDescription, long newSizeMb, int newStatus) {
        return new DiskRow(id, orgId, vdcId, newName, newDescription, newSizeMb, busType, busSubType, iops, shareable,
                newStatus, ownerId, created);
    }
}
