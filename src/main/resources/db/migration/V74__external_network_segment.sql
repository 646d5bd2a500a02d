-- An NSX-T external network may stand on a segment made outside vCD (cloudapi backingType IMPORTED_T_LOGICAL_SWITCH)
-- instead of a tier-0 router; a segment backs one network at most, external or imported org VDC network.
ALTER TABLE external_network ADD COLUMN segment_id UUID UNIQUE REFERENCES nsxt_resource (id);
