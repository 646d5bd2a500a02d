-- The NSX-T edge gateway services a tenant sets up on the cloudapi: firewall groups (IP sets and static security
-- groups of the edge's routed networks), the edge's ordered firewall rules and its NAT rules, and application port
-- profiles (vCD's SYSTEM ones, which the store puts in place at start; an org's TENANT ones). An edge's objects go with
-- it, an org's with it.
CREATE TABLE nsxt_firewall_group (
    id         UUID PRIMARY KEY,
    org_id     UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    edge_id    UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    name       VARCHAR(255) NOT NULL,
    group_type VARCHAR(32) NOT NULL,
    -- the group's description and IP addresses (JSON)
    body       VARCHAR(262144) NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX nsxt_firewall_group_edge ON nsxt_firewall_group (edge_id);

-- a security group's org VDC networks, in the order given; a deleted network leaves its groups
CREATE TABLE nsxt_firewall_group_member (
    group_id   UUID NOT NULL REFERENCES nsxt_firewall_group (id) ON DELETE CASCADE,
    network_id UUID NOT NULL REFERENCES org_network (id) ON DELETE CASCADE,
    position   INT NOT NULL,
    PRIMARY KEY (group_id, network_id)
);

-- an edge's user-defined firewall rules (rule_set FIREWALL, in position order) and its NAT rules (rule_set NAT);
-- body is the rule's JSON as the service keeps it, including the groups and profiles it names
CREATE TABLE nsxt_edge_rule (
    id       UUID PRIMARY KEY,
    edge_id  UUID NOT NULL REFERENCES edge_gateway (id) ON DELETE CASCADE,
    rule_set VARCHAR(16) NOT NULL,
    position INT NOT NULL,
    name     VARCHAR(255) NOT NULL,
    version  INT NOT NULL,
    body     VARCHAR(65536) NOT NULL
);
CREATE INDEX nsxt_edge_rule_edge ON nsxt_edge_rule (edge_id, rule_set, position);

-- application port profiles: SYSTEM ones (put there by the store at start, after a reset and a load) and
-- PROVIDER ones belong to no org; a TENANT one to its org and the VDC or VDC group named as
-- its context
CREATE TABLE nsxt_app_port_profile (
    id           UUID PRIMARY KEY,
    scope        VARCHAR(16) NOT NULL,
    org_id       UUID REFERENCES org (id) ON DELETE CASCADE,
    vdc_id       UUID REFERENCES vdc (id) ON DELETE CASCADE,
    vdc_group_id UUID REFERENCES vdc_group (id) ON DELETE CASCADE,
    name         VARCHAR(255) NOT NULL,
    description  VARCHAR(1024),
    ports        VARCHAR(16384) NOT NULL
);
