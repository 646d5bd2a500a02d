package io.vcdsim.store;

import io.vcdsim.core.IpScope;

import java.util.List;
import java.util.UUID;

/**
 * One subnet of an external network an edge's uplink takes part in: the edge's address on it and the addresses
 * set aside for the edge ({@code ranges}, null when none were asked for). An uplink without a subnet has a null
 * {@code subnetGateway}. Uplink-wide settings (default route, rate limits) repeat on each of its rows.
 */
public record UplinkRow(UUID gatewayId, int position, UUID networkId, boolean defaultRoute, boolean applyRateLimit,
                        Double inRateLimit, Double outRateLimit, String subnetGateway, String subnetNetmask,
                        String ipAddress, List<IpScope.IpRange> ranges, boolean subnetDefault) {
}
