-- The storage profiles a system administrator adds to an org VDC (UpdateVdcStorageProfiles) beside the provider's
-- profile * that every VDC has and places its VMs, disks, templates and media on. Each draws on its provider VDC's
-- profile of the same name. One profile of a VDC is its default: an added one marked so, else *.
CREATE TABLE vdc_storage_profile (
    id         UUID PRIMARY KEY,
    vdc_id     UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES org (id),
    name       VARCHAR(256) NOT NULL,
    enabled    BOOLEAN NOT NULL,
    is_default BOOLEAN NOT NULL,
    limit_mb   BIGINT NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (vdc_id, name)
);
-- Whether a VDC's profile * is enabled (it can be disabled once another profile is the default).
ALTER TABLE vdc ADD COLUMN star_profile_enabled BOOLEAN DEFAULT TRUE NOT NULL;
-- Every VDC's profiles as one kind of object: * has an id of its own, the MD5 of 'vdcStorageProfile:' and the VDC's
-- id (VdcStorageProfileStore.starId computes the same), so its metadata is not the VDC's.
CREATE VIEW vdc_storage_profile_all AS
SELECT ${starProfileId} AS id, v.id AS vdc_id, v.org_id AS org_id, CAST('*' AS VARCHAR(256)) AS name,
       v.star_profile_enabled AS enabled,
       NOT EXISTS (SELECT 1 FROM vdc_storage_profile d WHERE d.vdc_id = v.id AND d.is_default) AS is_default,
       v.storage_limit_mb AS limit_mb, v.created AS created
FROM vdc v
UNION ALL
SELECT p.id, p.vdc_id, p.org_id, p.name, p.enabled, p.is_default, p.limit_mb, p.created FROM vdc_storage_profile p;
