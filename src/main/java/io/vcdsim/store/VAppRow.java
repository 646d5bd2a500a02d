package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A vApp: its status follows its VMs (4 on, 8 off, 3 suspended; 0 while being created). ownerId is the user who
 * owns it (null once that user is deleted); only {@link ObjectStore#setOwner} changes it.
 */
public record VAppRow(UUID id, UUID orgId, UUID vdcId, String name, String description, int status, boolean deployed,
                      UUID ownerId, Instant created) {
    public VAppRow with(int newStatus, boolean newDeployed) {
        return new VAppRow(id, orgId, vdcId, name, description, newStatus, newDeployed, ownerId, created);
    }
}
