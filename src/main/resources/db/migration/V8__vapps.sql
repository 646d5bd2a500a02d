-- vApp templates (from uploaded OVFs), vApps, and the VMs of both. Status numbers are vCD's:
-- 0 unresolved (being created), 3 suspended, 4 powered on, 8 powered off.
CREATE TABLE vapp_template (
    id                   UUID PRIMARY KEY,
    org_id               UUID NOT NULL,
    vdc_id               UUID,
    name                 VARCHAR(128) NOT NULL,
    description          VARCHAR(4096),
    status               INTEGER NOT NULL,
    descriptor_uploaded  BOOLEAN NOT NULL,
    created              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vapp_template_org ON vapp_template (org_id);

CREATE TABLE vapp (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL,
    vdc_id      UUID NOT NULL,
    name        VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    status      INTEGER NOT NULL,
    deployed    BOOLEAN NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vapp_vdc ON vapp (vdc_id);
CREATE INDEX vapp_org ON vapp (org_id);

-- A VM of a template or of a vApp (parent_id); hardware as read from the OVF, changed through the API.
CREATE TABLE vm (
    id          UUID PRIMARY KEY,
    parent_id   UUID NOT NULL,
    org_id      UUID NOT NULL,
    name        VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    status      INTEGER NOT NULL,
    deployed    BOOLEAN NOT NULL,
    os_type     VARCHAR(64) NOT NULL,
    cpus        INTEGER NOT NULL,
    memory_mb   BIGINT NOT NULL,
    disks       VARCHAR(8192) NOT NULL,          -- JSON: [{"id", "capacityMb"}]
    nics        VARCHAR(8192) NOT NULL,          -- JSON: [{"index", "network"}]
    position    INTEGER NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vm_parent ON vm (parent_id);
CREATE INDEX vm_org ON vm (org_id);
