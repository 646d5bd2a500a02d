-- A firewall group belongs to an NSX-T edge gateway or to a VDC group (go-vcloud-director's ownerRef takes either):
-- exactly one of the two is set, and a group goes with its owner.
ALTER TABLE nsxt_firewall_group ALTER COLUMN edge_id DROP NOT NULL;
ALTER TABLE nsxt_firewall_group ADD COLUMN vdc_group_id UUID;
ALTER TABLE nsxt_firewall_group ADD CONSTRAINT nsxt_firewall_group_vdc_group FOREIGN KEY (vdc_group_id)
    REFERENCES vdc_group (id) ON DELETE CASCADE;
ALTER TABLE nsxt_firewall_group ADD CONSTRAINT nsxt_firewall_group_one_owner
    CHECK ((edge_id IS NULL AND vdc_group_id IS NOT NULL) OR (edge_id IS NOT NULL AND vdc_group_id IS NULL));
CREATE INDEX nsxt_firewall_group_vdc_group ON nsxt_firewall_group (vdc_group_id);
