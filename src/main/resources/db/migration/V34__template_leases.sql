-- A vApp template's storage lease in seconds, as set on it; NULL: its org's template lease.
ALTER TABLE vapp_template ADD COLUMN storage_lease_seconds INTEGER;
