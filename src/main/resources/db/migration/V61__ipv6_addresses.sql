-- IPv6 scopes: a vApp network's addresses were sized for dotted IPv4 text; an IPv6 address's expanded form is up to
-- 39 characters (45 with a dotted tail), and 64 IPv6 ranges take more than 4096 characters.
ALTER TABLE vapp_network ALTER COLUMN gateway SET DATA TYPE VARCHAR(45);
ALTER TABLE vapp_network ALTER COLUMN netmask SET DATA TYPE VARCHAR(45);
ALTER TABLE vapp_network ALTER COLUMN dns1 SET DATA TYPE VARCHAR(45);
ALTER TABLE vapp_network ALTER COLUMN dns2 SET DATA TYPE VARCHAR(45);
ALTER TABLE vapp_network ALTER COLUMN ip_ranges SET DATA TYPE VARCHAR(8192);
ALTER TABLE org_network ALTER COLUMN ip_ranges SET DATA TYPE VARCHAR(8192);
