-- The simulated vCenter servers vCD has registered, and their inventory, stored like everything else (a restart,
-- save/load and reset keep or bring it back).
CREATE TABLE vim_server (
    id           UUID PRIMARY KEY,
    name         VARCHAR(128) NOT NULL UNIQUE,
    description  VARCHAR(4096),
    url          VARCHAR(1024) NOT NULL,
    host         VARCHAR(255) NOT NULL UNIQUE,  -- which simulated vCenter the URL reaches
    username     VARCHAR(256) NOT NULL,
    enabled      BOOLEAN NOT NULL,
    version      VARCHAR(32) NOT NULL
);
-- Resource pools: each cluster's root pool and the pools under it.
CREATE TABLE vcenter_resource_pool (
    id             UUID PRIMARY KEY,
    vcenter_id     UUID NOT NULL REFERENCES vim_server (id),
    moref          VARCHAR(64) NOT NULL,
    name           VARCHAR(128) NOT NULL,
    cluster_moref  VARCHAR(64) NOT NULL,
    cpu_mhz        BIGINT NOT NULL,
    memory_mb      BIGINT NOT NULL,
    UNIQUE (vcenter_id, moref)
);
-- Its storage profiles (vSphere storage policies).
CREATE TABLE vcenter_storage_profile (
    id          UUID PRIMARY KEY,
    vcenter_id  UUID NOT NULL REFERENCES vim_server (id),
    moref       VARCHAR(64) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    total_mb    BIGINT NOT NULL,
    UNIQUE (vcenter_id, moref),
    UNIQUE (vcenter_id, name)
);
-- Its ESXi hosts, by cluster.
CREATE TABLE vcenter_host (
    id             UUID PRIMARY KEY,
    vcenter_id     UUID NOT NULL REFERENCES vim_server (id),
    moref          VARCHAR(64) NOT NULL,
    name           VARCHAR(255) NOT NULL,
    cluster_moref  VARCHAR(64) NOT NULL,
    enabled        BOOLEAN NOT NULL,
    UNIQUE (vcenter_id, moref)
);
-- Provider VDCs: the simulated "pvdc-1" (seeded with the inventory) and those a system administrator makes.
CREATE TABLE provider_vdc (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(128) NOT NULL UNIQUE,
    description         VARCHAR(4096),
    enabled             BOOLEAN NOT NULL,
    vcenter_id          UUID NOT NULL REFERENCES vim_server (id),
    highest_hw_version  VARCHAR(16) NOT NULL
);
-- The provider VDC an org VDC draws on. Every VDC made before provider VDCs were stored stands on pvdc-1 (its fixed
-- id is the default); no foreign key, so a state saved before this version loads before its provider VDC is seeded.
ALTER TABLE vdc ADD COLUMN provider_vdc_id UUID DEFAULT '51c5fadf-9a46-35f7-b8a3-9755693c1c45' NOT NULL;
CREATE INDEX vdc_provider_vdc ON vdc (provider_vdc_id);
-- The resource pools a provider VDC stands on (its id is the pool's /api/admin/extension/resourcePool/{id}); a
-- vCenter pool backs at most one provider VDC, and each provider VDC has one primary pool.
CREATE TABLE provider_vdc_resource_pool (
    id               UUID PRIMARY KEY,
    provider_vdc_id  UUID NOT NULL REFERENCES provider_vdc (id) ON DELETE CASCADE,
    pool_id          UUID NOT NULL UNIQUE REFERENCES vcenter_resource_pool (id),
    is_primary       BOOLEAN NOT NULL,
    enabled          BOOLEAN NOT NULL
);
CREATE INDEX provider_vdc_resource_pool_pvdc ON provider_vdc_resource_pool (provider_vdc_id);
-- The storage profiles a provider VDC offers its org VDCs.
CREATE TABLE provider_vdc_storage_profile (
    id               UUID PRIMARY KEY,
    provider_vdc_id  UUID NOT NULL REFERENCES provider_vdc (id) ON DELETE CASCADE,
    profile_id       UUID NOT NULL REFERENCES vcenter_storage_profile (id),
    enabled          BOOLEAN NOT NULL,
    UNIQUE (provider_vdc_id, profile_id)
);
-- The provider VDC resource pool a VM runs in; NULL: its provider VDC's primary pool.
ALTER TABLE vm ADD COLUMN resource_pool_id UUID REFERENCES provider_vdc_resource_pool (id);
-- The DRS groups of a vCenter's clusters: VM groups (vCD's VMWVmGroup; same-named ones across clusters are one
-- "named VM group", which placement policies name) and host groups (VMWHostGroup). Members are VMs or hosts.
CREATE TABLE vcenter_drs_group (
    id             UUID PRIMARY KEY,
    vcenter_id     UUID NOT NULL REFERENCES vim_server (id),
    cluster_moref  VARCHAR(64) NOT NULL,
    cluster_name   VARCHAR(128) NOT NULL,
    kind           VARCHAR(8) NOT NULL,    -- VM or HOST
    name           VARCHAR(128) NOT NULL,
    named_id       UUID NOT NULL,          -- the same for every group of this kind and name
    UNIQUE (vcenter_id, cluster_moref, kind, name)
);
CREATE TABLE vcenter_drs_group_member (
    group_id   UUID NOT NULL REFERENCES vcenter_drs_group (id) ON DELETE CASCADE,
    member_id  UUID NOT NULL,              -- a VM (vm.id) or a host (vcenter_host.id)
    PRIMARY KEY (group_id, member_id)
);
-- VM-Host affinity rules of a cluster: the VMs of one of its VM groups on (or off) the hosts of a host group.
CREATE TABLE vcenter_host_rule (
    id             UUID PRIMARY KEY,
    vcenter_id     UUID NOT NULL REFERENCES vim_server (id),
    cluster_moref  VARCHAR(64) NOT NULL,
    name           VARCHAR(128) NOT NULL,
    enabled        BOOLEAN NOT NULL,
    mandatory      BOOLEAN NOT NULL,
    polarity       VARCHAR(16) NOT NULL,   -- Affinity or Anti-Affinity
    vm_group       VARCHAR(128) NOT NULL,
    host_group     VARCHAR(128) NOT NULL,
    UNIQUE (vcenter_id, cluster_moref, name)
);
-- VMs a vCenter has that vCD does not manage yet, which a system administrator may import into a vApp.
CREATE TABLE vcenter_vm (
    id          UUID PRIMARY KEY,
    vcenter_id  UUID NOT NULL REFERENCES vim_server (id),
    moref       VARCHAR(64) NOT NULL,
    name        VARCHAR(128) NOT NULL,
    os_type     VARCHAR(64) NOT NULL,
    cpus        INTEGER NOT NULL,
    memory_mb   BIGINT NOT NULL,
    disk_mb     BIGINT NOT NULL,
    UNIQUE (vcenter_id, moref)
);
