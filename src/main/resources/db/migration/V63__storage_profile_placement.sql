-- Where things are stored: a vApp's VM and an independent disk sit on one of their VDC's storage profiles. Null is
-- the VDC's *, where everything was before V63.
ALTER TABLE vm ADD COLUMN storage_profile_id UUID;
ALTER TABLE disk ADD COLUMN storage_profile_id UUID;
-- Whether a VDC still has the provider's profile *: a system administrator removes it once another one is the
-- default and nothing is on it, and may add it back.
ALTER TABLE vdc ADD COLUMN star_profile_kept BOOLEAN DEFAULT TRUE NOT NULL;
DROP VIEW vdc_storage_profile_all;
CREATE VIEW vdc_storage_profile_all AS
SELECT ${starProfileId} AS id, v.id AS vdc_id, v.org_id AS org_id, CAST('*' AS VARCHAR(256)) AS name,
       v.star_profile_enabled AS enabled,
       NOT EXISTS (SELECT 1 FROM vdc_storage_profile d WHERE d.vdc_id = v.id AND d.is_default) AS is_default,
       v.storage_limit_mb AS limit_mb, v.created AS created
FROM vdc v WHERE v.star_profile_kept
UNION ALL
SELECT p.id, p.vdc_id, p.org_id, p.name, p.enabled, p.is_default, p.limit_mb, p.created FROM vdc_storage_profile p;
