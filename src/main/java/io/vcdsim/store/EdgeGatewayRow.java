package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An NSX-V edge gateway of an org VDC. {@code services} is the content of its EdgeGatewayServiceConfiguration (the
 * DHCP, firewall, NAT, ... services as last configured), XML; its uplinks are {@link UplinkRow}s.
 */
public record EdgeGatewayRow(UUID id, UUID orgId, UUID vdcId, String name, String description, String backingConfig,
                             boolean haEnabled, boolean dnsRelay, boolean advancedNetworking,
                             boolean distributedRouting, String services, int status, Instant created) {
    public EdgeGatewayRow with(String name, String description, boolean haEnabled, boolean dnsRelay,
                               boolean advancedNetworking, boolean distributedRouting) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created);
    }

    public EdgeGatewayRow withServices(String services) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created);
    }

    public EdgeGatewayRow withStatus(int status) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created);
    }
}
