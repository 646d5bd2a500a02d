-- Stranded items: vCenter objects vCD deleted while their vCenter could not delete them (it was disabled), so they
-- stay in vCenter until a system administrator force-deletes them. The VM itself stays in vcenter_vm meanwhile.
CREATE TABLE stranded_item (
    id                UUID PRIMARY KEY,
    name              VARCHAR(128) NOT NULL,
    vcenter_id        UUID NOT NULL REFERENCES vim_server (id) ON DELETE CASCADE,
    moref             VARCHAR(64) NOT NULL,
    vim_object_type   VARCHAR(32) NOT NULL,
    parent_id         UUID,                  -- the vApp it was in, gone too: no foreign key
    parent_name       VARCHAR(128),
    deletion_date     TIMESTAMP WITH TIME ZONE NOT NULL,
    message           VARCHAR(1024) NOT NULL,
    purge_attempts    INTEGER NOT NULL,
    UNIQUE (vcenter_id, moref)
);
