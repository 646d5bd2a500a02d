-- An org VDC network's guest VLAN tagging, kept as set (vCD's GuestVlanAllowed, the cloudapi's
-- guestVlanTaggingAllowed); terraform's vcd_network_isolated_v2 reads it back after every apply.
ALTER TABLE org_network ADD COLUMN guest_vlan_allowed BOOLEAN DEFAULT FALSE NOT NULL;
-- What the NSX-V API (/network/edges/{id}/...) keeps of an advanced edge gateway besides its services: the load
-- balancer's general settings and the version numbers each configuration change raises. An edge without a row has
-- NSX's defaults (load balancer off, logging off at level info, versions 0). The edge firewall itself is the
-- FirewallService of the edge's services.
CREATE TABLE edge_gateway_nsx (
    gateway_id                UUID PRIMARY KEY REFERENCES edge_gateway (id) ON DELETE CASCADE,
    lb_enabled                BOOLEAN NOT NULL,
    lb_acceleration_enabled   BOOLEAN NOT NULL,
    lb_logging_enabled        BOOLEAN NOT NULL,
    lb_log_level              VARCHAR(16) NOT NULL,
    lb_version                INT NOT NULL,
    firewall_version          INT NOT NULL
);
