package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider's external network; its subnets ({@link NetworkStore#scopes}) and the port groups backing it
 * ({@link NetworkStore#portGroups}) are kept apart.
 */
public record ExternalNetworkRow(UUID id, String name, String description, int status, Instant created) {
    public ExternalNetworkRow with(String name, String description, int status) {
        return new ExternalNetworkRow(id, name, description, status, created);
    }
}
