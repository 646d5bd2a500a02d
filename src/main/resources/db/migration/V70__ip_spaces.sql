-- NSX-T IP spaces (vCD 10.4.1+, cloudapi ipSpaces): a provider's PUBLIC or SHARED_SERVICES space, or an org's PRIVATE
-- one. Its scopes, ranges and prefix sequences are kept as the JSON of its checked configuration; the name and type
-- are columns for lookups. Uplinks link a space to an external network made with usingIpSpace; an org that has an
-- edge gateway on such a network is assigned the space (custom quotas, JSON); allocations hand out its floating IPs
-- and prefixes, each value once per space.
CREATE TABLE ip_space (
    id        UUID PRIMARY KEY,
    name      VARCHAR(128) NOT NULL,
    name_key  VARCHAR(128) NOT NULL,
    type      VARCHAR(32) NOT NULL,
    org_id    UUID REFERENCES org (id) ON DELETE CASCADE,
    config    VARCHAR(262144) NOT NULL,
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ip_space_name_unique UNIQUE (name_key)
);
-- An external network made with usingIpSpace (no subnets of its own), and the org it is dedicated to, if any.
CREATE TABLE external_network_ip_space (
    network_id        UUID PRIMARY KEY REFERENCES external_network (id) ON DELETE CASCADE,
    dedicated_org_id  UUID REFERENCES org (id) ON DELETE SET NULL
);
CREATE TABLE ip_space_uplink (
    id           UUID PRIMARY KEY,
    name         VARCHAR(128) NOT NULL,
    description  VARCHAR(4096),
    network_id   UUID NOT NULL REFERENCES external_network (id),
    ip_space_id  UUID NOT NULL REFERENCES ip_space (id),
    CONSTRAINT ip_space_uplink_once UNIQUE (network_id, ip_space_id)
);
CREATE INDEX ip_space_uplink_space ON ip_space_uplink (ip_space_id);
CREATE TABLE ip_space_org (
    id             UUID PRIMARY KEY,
    ip_space_id    UUID NOT NULL REFERENCES ip_space (id) ON DELETE CASCADE,
    org_id         UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    custom_quotas  VARCHAR(65536),
    CONSTRAINT ip_space_org_once UNIQUE (ip_space_id, org_id)
);
CREATE INDEX ip_space_org_org ON ip_space_org (org_id);
CREATE TABLE ip_space_allocation (
    id           UUID PRIMARY KEY,
    ip_space_id  UUID NOT NULL REFERENCES ip_space (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    type         VARCHAR(16) NOT NULL,
    ip_value     VARCHAR(64) NOT NULL,   -- an address, or a prefix as address/length
    usage_state  VARCHAR(16) NOT NULL,
    description  VARCHAR(4096),
    allocated    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ip_space_allocation_once UNIQUE (ip_space_id, ip_value)
);
