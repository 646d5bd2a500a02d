-- A vApp's own networks (its NetworkConfigSection): isolated, bridged to an org VDC network of its VDC, or routed
-- (fenced) behind one. An inherited one takes its parent's addressing (no scope stored). VM NICs name them by name.
CREATE TABLE vapp_network (
    id                 UUID PRIMARY KEY,
    vapp_id            UUID NOT NULL REFERENCES vapp (id) ON DELETE CASCADE,
    org_id             UUID NOT NULL,
    name               VARCHAR(128) NOT NULL,
    name_key           VARCHAR(128) NOT NULL,
    description        VARCHAR(4096),
    fence_mode         VARCHAR(16) NOT NULL,
    parent_network_id  UUID REFERENCES org_network (id) ON DELETE CASCADE,
    inherited          BOOLEAN NOT NULL,
    gateway            VARCHAR(15),
    netmask            VARCHAR(15),
    dns1               VARCHAR(15),
    dns2               VARCHAR(15),
    dns_suffix         VARCHAR(255),
    ip_ranges          VARCHAR(4096),
    retain_net_info    BOOLEAN NOT NULL,
    guest_vlan_allowed BOOLEAN NOT NULL,
    features           VARCHAR(65536),
    position           INTEGER NOT NULL,
    CONSTRAINT vapp_network_name_unique UNIQUE (vapp_id, name_key)
);
CREATE INDEX vapp_network_parent ON vapp_network (parent_network_id);
