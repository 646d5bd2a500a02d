-- External networks (the provider's, backed by port groups of the simulated vCenter) and the addressing
-- of org VDC networks: DNS, static IP pools, the external network a direct one bridges to.
-- IP ranges are kept as text, "start-end" pairs separated by commas, in the order given.
CREATE TABLE external_network (
    id          UUID PRIMARY KEY,
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    status      INTEGER NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT external_network_name_unique UNIQUE (name_key)
);

-- An external network may have several subnets (IpScopes), in the order given.
CREATE TABLE external_network_scope (
    network_id UUID NOT NULL REFERENCES external_network (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    gateway    VARCHAR(64) NOT NULL,
    netmask    VARCHAR(64) NOT NULL,
    dns1       VARCHAR(64),
    dns2       VARCHAR(64),
    dns_suffix VARCHAR(255),
    ip_ranges  VARCHAR(4096) NOT NULL,
    PRIMARY KEY (network_id, position)
);

-- A port group backs one external network at most: its primary key says so.
CREATE TABLE external_network_port_group (
    moref      VARCHAR(64) PRIMARY KEY,
    network_id UUID NOT NULL REFERENCES external_network (id) ON DELETE CASCADE
);
CREATE INDEX external_network_port_group_network ON external_network_port_group (network_id);

ALTER TABLE org_network ADD COLUMN name_key VARCHAR(128);
UPDATE org_network SET name_key = LOWER(name);
ALTER TABLE org_network ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE org_network ADD CONSTRAINT org_network_name_unique UNIQUE (org_id, name_key);
ALTER TABLE org_network ADD COLUMN dns1 VARCHAR(64);
ALTER TABLE org_network ADD COLUMN dns2 VARCHAR(64);
ALTER TABLE org_network ADD COLUMN dns_suffix VARCHAR(255);
ALTER TABLE org_network ADD COLUMN ip_ranges VARCHAR(4096) NOT NULL DEFAULT '';
ALTER TABLE org_network ADD COLUMN parent_network_id UUID REFERENCES external_network (id);
ALTER TABLE org_network ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE org_network ADD COLUMN status INTEGER NOT NULL DEFAULT 1;
CREATE INDEX org_network_vdc ON org_network (vdc_id);
CREATE INDEX org_network_parent ON org_network (parent_network_id);
