-- An org VDC network owned by a VDC group (a data center group network): the group's member VDCs all use it. The
-- network keeps a VDC of the group (vdc_id), where it was made: its routed edge's, or the group's first member.
CREATE TABLE org_network_vdc_group (
    network_id    UUID PRIMARY KEY REFERENCES org_network (id) ON DELETE CASCADE,
    vdc_group_id  UUID NOT NULL REFERENCES vdc_group (id) ON DELETE CASCADE
);
CREATE INDEX org_network_vdc_group_group ON org_network_vdc_group (vdc_group_id);
