-- An NSX-T edge gateway's service configurations kept as the JSON documents the cloudapi exchanges (DNS, SLAAC,
-- DHCP forwarder, QoS, route advertisement, BGP and its prefix lists and neighbors, static routes, IPsec and L2 VPN
-- tunnels). A section is either one document per edge (item_id is the nil UUID) or a collection whose items have
-- their own ids and list in position order; a document of one item (an IPsec tunnel's connection properties) has the
-- item's id. An edge's configuration goes with it.
CREATE TABLE nsxt_edge_config (
    edge_id  UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    section  VARCHAR(64) NOT NULL,
    item_id  UUID NOT NULL,
    position BIGINT NOT NULL,
    body     VARCHAR(262144) NOT NULL,
    PRIMARY KEY (edge_id, section, item_id)
);
CREATE INDEX nsxt_edge_config_list ON nsxt_edge_config (edge_id, section, position);
