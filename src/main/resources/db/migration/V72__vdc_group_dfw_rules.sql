-- The rules of a VDC group's distributed firewall (its default policy's), in order. The body keeps what a rule says
-- besides its name: action, direction, protocol, the firewall groups, port and context profiles it names.
CREATE TABLE vdc_group_dfw_rule (
    id        UUID PRIMARY KEY,
    group_id  UUID NOT NULL REFERENCES vdc_group (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      VARCHAR(255) NOT NULL,
    version   INTEGER NOT NULL,
    body      VARCHAR(262144) NOT NULL
);
CREATE INDEX vdc_group_dfw_rule_group ON vdc_group_dfw_rule (group_id, position);
