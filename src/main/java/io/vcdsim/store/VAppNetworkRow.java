package io.vcdsim.store;

import io.vcdsim.core.IpScope;

import java.util.UUID;

/**
 * A network of a vApp: isolated, bridged to an org VDC network ({@code parentNetworkId}) or routed behind one.
 * An inherited one has its parent's addressing and no scope of its own; {@code features} is the XML content of
 * its Features (DHCP, firewall, NAT, ...), kept as it was set.
 */
public record VAppNetworkRow(UUID id, UUID vappId, UUID orgId, String name, String description, String fenceMode,
                             UUID parentNetworkId, boolean inherited, IpScope scope, boolean retainNetInfo,
                             boolean guestVlanAllowed, String features, int position) {
}
