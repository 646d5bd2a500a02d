-- An imported org VDC network (cloudapi networkType OPAQUE) may stand on a distributed port group of the vCenter
-- (backingNetworkType DV_PORTGROUP) instead of an NSX-T segment: its moref, as the importable port group list gives
-- it. A port group backs one org VDC network at most (the unique key); that it backs no external network or network
-- pool either is checked by the service, as those keep their port groups elsewhere.
ALTER TABLE org_network ADD COLUMN port_group VARCHAR(64) UNIQUE;
