-- An org VDC network's guest VLAN tagging, kept as set (vCD's GuestVlanAllowed, the cloudapi's
-- guestVlanTaggingAllowed); terraform's vcd_network_isolated_v2 reads it back after every apply.
ALTER TABLE org_network ADD COLUMN guest_vlan_allowed BOOLEAN DEFAULT FALSE NOT NULL;
