package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An NSX-V edge gateway of an org VDC. {@code services} is the content of its EdgeGatewayServiceConfiguration (the
 * DHCP, firewall, NAT, ... services as last configured), XML; its uplinks are {@link UplinkRow}s.
 * {@code tenantSyslogIp} is the tenant's syslog server its firewall logs also go to (null: none).
 */
public record EdgeGatewayRow(UUID id, UUID orgId, UUID vdcId, String name, String description, String backingConfig,
                             boolean haEnabled, boolean dnsRelay, boolean advancedNetworking,
                             boolean distributedRouting, String services, int status, Instant created,
                             String tenantSyslogIp) {
    public EdgeGatewayRow with(String name, String description, boolean haEnabled, boolean dnsRelay,
                               boolean advancedNetworking, boolean distributedRouting) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created,
                tenantSyslogIp);
    }

    public EdgeGatewayRow withServices(String services) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created,
                tenantSyslogIp);
    }

    public EdgeGatewayRow withStatus(int status) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created,
                tenantSyslogIp);
    }

    public EdgeGatewayRow withBackingConfig(String backingConfig) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created, tenantSyslogIp);
    }

    public EdgeGatewayRow withTenantSyslogIp(String tenantSyslogIp) {
        return new EdgeGatewayRow(id, orgId, vdcId, name, description, backingConfig, haEnabled, dnsRelay,
                advancedNetworking, distributedRouting, services, status, created, tenantSyslogIp);
    }
}
