-- The simulated NSX-T manager vCD has registered, and what vCD reads of it (tier-0 routers, edge clusters,
-- transport zones), stored with the rest of the inventory so a restart, save/load and reset keep or bring it back.
CREATE TABLE nsxt_manager (
    id           UUID PRIMARY KEY,
    name         VARCHAR(128) NOT NULL UNIQUE,
    description  VARCHAR(4096),
    url          VARCHAR(1024) NOT NULL,
    username     VARCHAR(256) NOT NULL,
    version      VARCHAR(32) NOT NULL
);
-- A manager's objects: kind is TIER0, VRF_TIER0, EDGE_CLUSTER or TRANSPORT_ZONE; nsxt_id is the manager's own id.
CREATE TABLE nsxt_resource (
    id          UUID PRIMARY KEY,
    manager_id  UUID NOT NULL REFERENCES nsxt_manager (id) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL,
    nsxt_id     VARCHAR(128) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    description VARCHAR(1024),
    detail      VARCHAR(64),  -- a transport zone's traffic type, an edge cluster's node count
    UNIQUE (manager_id, kind, nsxt_id)
);
-- Network pools: GENEVE (an NSX-T transport zone, which backs one pool at most), VLAN (a distributed switch and
-- VLAN ranges) or PORTGROUP_BACKED; owner_id is the NSX-T manager or vCenter that manages it; backing is the rest as
-- JSON (VLAN ranges, switch and port group references).
CREATE TABLE network_pool (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(128) NOT NULL,
    name_key           VARCHAR(128) NOT NULL UNIQUE,
    description        VARCHAR(4096),
    pool_type          VARCHAR(32) NOT NULL,
    owner_id           UUID NOT NULL,
    transport_zone_id  UUID UNIQUE REFERENCES nsxt_resource (id),
    backing            VARCHAR(16384) NOT NULL,
    total_backings     INTEGER NOT NULL,
    created            TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The network pool a provider VDC's org VDCs draw on (none: a provider VDC made without one). No foreign key, so a
-- state saved before this version loads before its pool is seeded.
ALTER TABLE provider_vdc ADD COLUMN network_pool_id UUID;
CREATE INDEX provider_vdc_network_pool ON provider_vdc (network_pool_id);
-- An external network backed by an NSX-T tier-0 (or VRF) router instead of port groups; a router backs one at most.
ALTER TABLE external_network ADD COLUMN tier0_id UUID UNIQUE REFERENCES nsxt_resource (id);
-- An NSX-T edge gateway (on the cloudapi's edgeGateways) names the edge cluster it runs on; NSX-V edges have none.
ALTER TABLE edge_gateway ADD COLUMN edge_cluster_id UUID REFERENCES nsxt_resource (id);
