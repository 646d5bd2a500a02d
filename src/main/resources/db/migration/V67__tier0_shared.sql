-- A tier-0 router (or VRF) may back several external networks, as vCD 10.5 allows (go-vcloud-director's test
-- environment has one network on its tier-0 router and its tests import the router again). V48 made the column
-- UNIQUE under an engine-chosen constraint name, so the column is replaced to drop it on both stores.
ALTER TABLE external_network ADD COLUMN tier0_ref UUID REFERENCES nsxt_resource (id);
UPDATE external_network SET tier0_ref = tier0_id;
ALTER TABLE external_network DROP COLUMN tier0_id;
ALTER TABLE external_network RENAME COLUMN tier0_ref TO tier0_id;
