package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** A vApp: its status follows its VMs (4 on, 8 off, 3 suspended; 0 while being created). */
public record VAppRow(UUID id, UUID orgId, UUID vdcId, String name, String description, int status, boolean deployed,
                      Instant created) {
    public VAppRow with(int newStatus, boolean newDeployed) {
        return new VAppRow(id, orgId, vdcId, name, description, newStatus, newDeployed, created);
    }
}
