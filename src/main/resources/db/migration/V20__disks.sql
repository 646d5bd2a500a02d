-- Independent disks of an org VDC, and the VMs they are attached to.
CREATE TABLE disk (
    id            UUID PRIMARY KEY,
    org_id        UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    vdc_id        UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE,
    name          VARCHAR(128) NOT NULL,
    description   VARCHAR(4096),
    size_mb       BIGINT NOT NULL,
    bus_type      VARCHAR(8) NOT NULL,
    bus_sub_type  VARCHAR(32) NOT NULL,
    iops          INTEGER NOT NULL,
    shareable     BOOLEAN NOT NULL,
    status        INTEGER NOT NULL,
    owner_id      UUID REFERENCES app_user (id) ON DELETE SET NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disk_vdc ON disk (vdc_id);
CREATE INDEX disk_org ON disk (org_id);

CREATE TABLE disk_attachment (
    disk_id UUID NOT NULL REFERENCES disk (id) ON DELETE CASCADE,
    vm_id   UUID NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
    PRIMARY KEY (disk_id, vm_id)
);
CREATE INDEX disk_attachment_vm ON disk_attachment (vm_id);
