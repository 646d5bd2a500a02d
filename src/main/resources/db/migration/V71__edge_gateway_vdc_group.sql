-- An NSX-T edge gateway moved into a VDC group of its VDC: the group owns it (ownerRef) until it is moved back. The
-- edge keeps its VDC (vdc_id), where its uplinks and addresses are.
CREATE TABLE edge_gateway_vdc_group (
    gateway_id    UUID PRIMARY KEY REFERENCES edge_gateway (id) ON DELETE CASCADE,
    vdc_group_id  UUID NOT NULL REFERENCES vdc_group (id) ON DELETE CASCADE
);
CREATE INDEX edge_gateway_vdc_group_group ON edge_gateway_vdc_group (vdc_group_id);
