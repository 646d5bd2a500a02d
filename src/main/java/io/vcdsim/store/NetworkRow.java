package io.vcdsim.store;

import io.vcdsim.core.IpScope;

import java.time.Instant;
import java.util.UUID;

/**
 * An org VDC network. {@code fenceMode} is vCD's: isolated, natRouted, or bridged (a direct network, whose
 * {@code parentNetworkId} names the external network it is on and whose scope is that network's).
 */
public record NetworkRow(UUID id, UUID orgId, UUID vdcId, String name, String description, String fenceMode,
                         IpScope scope, UUID parentNetworkId, boolean shared, int status, Instant created) {
    public static final String ISOLATED = "isolated";
    public static final String ROUTED = "natRouted";
    public static final String BRIDGED = "bridged";

    public NetworkRow with(String name, String description, IpScope scope, boolean shared, int status) {
        return new NetworkRow(id, orgId, vdcId, name, description, fenceMode, scope, parentNetworkId, shared, status,
                created);
    }
}
