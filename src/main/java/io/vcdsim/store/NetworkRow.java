package io.vcdsim.store;

import io.vcdsim.core.IpScope;

import java.time.Instant;
import java.util.UUID;

/**
 * An org VDC network. {@code fenceMode} is vCD's: isolated, natRouted, or bridged (a direct network, whose
 * {@code parentNetworkId} names the external network it is on and whose scope is that network's). A routed
 * network is an interface of its {@code edgeGatewayId}: {@code edgeInterface} says which kind (see {@link #INTERNAL}).
 * {@code guestVlanAllowed} is kept as set (vCD's GuestVlanAllowed, the cloudapi's guestVlanTaggingAllowed).
 */
public record NetworkRow(UUID id, UUID orgId, UUID vdcId, String name, String description, String fenceMode,
                         IpScope scope, UUID parentNetworkId, UUID edgeGatewayId, String edgeInterface,
                         boolean shared, boolean guestVlanAllowed, int status, Instant created) {
    public static final String ISOLATED = "isolated";
    public static final String ROUTED = "natRouted";
    public static final String BRIDGED = "bridged";
    /** A routed network's own interface on its edge; the others are a trunk's sub-interface or a distributed one. */
    public static final String INTERNAL = "internal";
    public static final String SUBINTERFACE = "subinterface";
    public static final String DISTRIBUTED = "distributed";

    public NetworkRow with(String name, String description, IpScope scope, boolean shared, boolean guestVlanAllowed,
                           int status) {
        return new NetworkRow(id, orgId, vdcId, name, description, fenceMode, scope, parentNetworkId, edgeGatewayId,
                edgeInterface, shared, guestVlanAllowed, status, created);
    }
}
