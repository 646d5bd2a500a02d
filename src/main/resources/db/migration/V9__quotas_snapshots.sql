-- A VDC's compute quotas (0 = no limit): what its VMs may allocate in all.
ALTER TABLE vdc ADD COLUMN cpu_limit_mhz BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE vdc ADD COLUMN memory_limit_mb BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE vdc ADD COLUMN vm_quota INTEGER DEFAULT 0 NOT NULL;

-- A VM's current snapshot (vCD keeps one per VM).
CREATE TABLE snapshot (
    vm_id       UUID PRIMARY KEY,
    org_id      UUID NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    powered_on  BOOLEAN NOT NULL,
    size_mb     BIGINT NOT NULL
);
CREATE INDEX snapshot_org ON snapshot (org_id);
