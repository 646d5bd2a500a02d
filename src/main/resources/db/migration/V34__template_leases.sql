-- A vApp template's own settings: its storage lease in seconds as set on it (NULL: its org's template lease),
-- and whether it is a gold master.
ALTER TABLE vapp_template ADD COLUMN storage_lease_seconds INTEGER;
ALTER TABLE vapp_template ADD COLUMN gold_master BOOLEAN NOT NULL DEFAULT FALSE;
