-- An NSX-T org VDC network's DHCP service (cloudapi orgVdcNetworks/{id}/dhcp), kept as one JSON document, and its
-- static bindings (dhcp/bindings), each a JSON document whose MAC and IP address are also columns: neither repeats
-- within a network. Bindings list in position order. Both go with their network.
CREATE TABLE org_network_dhcp (
    network_id  UUID PRIMARY KEY REFERENCES org_network (id) ON DELETE CASCADE,
    body        VARCHAR(65536) NOT NULL
);
CREATE TABLE org_network_dhcp_binding (
    id           UUID PRIMARY KEY,
    network_id   UUID NOT NULL REFERENCES org_network (id) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    mac_address  VARCHAR(17) NOT NULL,
    ip_address   VARCHAR(45),
    body         VARCHAR(65536) NOT NULL,
    UNIQUE (network_id, mac_address),
    UNIQUE (network_id, ip_address)
);
CREATE INDEX org_network_dhcp_binding_list ON org_network_dhcp_binding (network_id, position);
