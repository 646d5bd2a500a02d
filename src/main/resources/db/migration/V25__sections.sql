-- The OVF sections of vApps and VMs kept as set (lease, startup order, product sections), as JSON; NULL: vCD's defaults.
ALTER TABLE vapp ADD COLUMN sections VARCHAR(262144);
ALTER TABLE vm ADD COLUMN sections VARCHAR(262144);
