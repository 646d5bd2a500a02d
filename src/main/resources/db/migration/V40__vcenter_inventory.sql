-- The simulated vCenter's inventory, stored like everything else (a restart, save/load and reset keep or bring it
-- back). Resource pools: each cluster's root pool and the pools under it.
CREATE TABLE vcenter_resource_pool (
    id             UUID PRIMARY KEY,
    vcenter_id     UUID NOT NULL,
    moref          VARCHAR(64) NOT NULL UNIQUE,
    name           VARCHAR(128) NOT NULL,
    cluster_moref  VARCHAR(64) NOT NULL,
    cpu_mhz        BIGINT NOT NULL,
    memory_mb      BIGINT NOT NULL
);
-- Its storage profiles (vSphere storage policies).
CREATE TABLE vcenter_storage_profile (
    id          UUID PRIMARY KEY,
    vcenter_id  UUID NOT NULL,
    moref       VARCHAR(64) NOT NULL UNIQUE,
    name        VARCHAR(128) NOT NULL UNIQUE,
    total_mb    BIGINT NOT NULL
);
-- The resource pools a provider VDC stands on (its id is the pool's /api/admin/extension/resourcePool/{id}); a
-- vCenter pool backs at most one provider VDC, and each provider VDC has one primary pool.
CREATE TABLE provider_vdc_resource_pool (
    id               UUID PRIMARY KEY,
    provider_vdc_id  UUID NOT NULL,
    pool_id          UUID NOT NULL UNIQUE REFERENCES vcenter_resource_pool (id),
    is_primary       BOOLEAN NOT NULL,
    enabled          BOOLEAN NOT NULL
);
CREATE INDEX provider_vdc_resource_pool_pvdc ON provider_vdc_resource_pool (provider_vdc_id);
-- The storage profiles a provider VDC offers its org VDCs.
CREATE TABLE provider_vdc_storage_profile (
    id               UUID PRIMARY KEY,
    provider_vdc_id  UUID NOT NULL,
    profile_id       UUID NOT NULL REFERENCES vcenter_storage_profile (id),
    enabled          BOOLEAN NOT NULL,
    UNIQUE (provider_vdc_id, profile_id)
);
-- The provider VDC resource pool a VM runs in; NULL: its provider VDC's primary pool.
ALTER TABLE vm ADD COLUMN resource_pool_id UUID REFERENCES provider_vdc_resource_pool (id);
