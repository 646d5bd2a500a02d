-- NSX-V edge gateways of org VDCs: their settings, their network services as last configured (an
-- EdgeGatewayServiceConfiguration's content, XML), and their uplinks to external networks, one row per subnet
-- an uplink takes part in. Routed org VDC networks are the edges' internal interfaces.
CREATE TABLE edge_gateway (
    id                  UUID PRIMARY KEY,
    org_id              UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    vdc_id              UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE,
    name                VARCHAR(128) NOT NULL,
    name_key            VARCHAR(128) NOT NULL,
    description         VARCHAR(4096),
    backing_config      VARCHAR(16) NOT NULL,
    ha_enabled          BOOLEAN NOT NULL,
    dns_relay           BOOLEAN NOT NULL,
    advanced_networking BOOLEAN NOT NULL,
    distributed_routing BOOLEAN NOT NULL,
    services            VARCHAR(262144) NOT NULL,
    status              INTEGER NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT edge_gateway_name_unique UNIQUE (org_id, name_key)
);
CREATE INDEX edge_gateway_vdc ON edge_gateway (vdc_id);

-- An address of an external network is an uplink's at most once: the unique key says so (NULLs do not clash).
CREATE TABLE edge_gateway_uplink (
    gateway_id        UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    network_id        UUID NOT NULL REFERENCES external_network (id),
    default_route     BOOLEAN NOT NULL,
    apply_rate_limit  BOOLEAN NOT NULL,
    in_rate_limit     DOUBLE PRECISION,
    out_rate_limit    DOUBLE PRECISION,
    subnet_gateway    VARCHAR(64),
    subnet_netmask    VARCHAR(64),
    ip_address        VARCHAR(64),
    ip_ranges         VARCHAR(4096),
    subnet_default    BOOLEAN NOT NULL,
    PRIMARY KEY (gateway_id, position),
    CONSTRAINT edge_gateway_uplink_address UNIQUE (network_id, ip_address)
);
CREATE INDEX edge_gateway_uplink_network ON edge_gateway_uplink (network_id);

ALTER TABLE org_network ADD COLUMN edge_gateway_id UUID REFERENCES edge_gateway (id);
-- how a routed network is on its edge: 'internal' (its own interface), 'subinterface' or 'distributed'
ALTER TABLE org_network ADD COLUMN edge_interface VARCHAR(16);
CREATE INDEX org_network_edge ON org_network (edge_gateway_id);
