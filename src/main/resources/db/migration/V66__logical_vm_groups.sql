-- Logical VM groups (cloudapi logicalVmGroups): a provider VDC's named VM groups (the VM groups of the same name in
-- its clusters, vcenter_drs_group.named_id) gathered under one name, which VM placement policies name in their
-- pvdcLogicalVmGroupsMap. A provider VDC's deletion takes its logical VM groups with it.
CREATE TABLE logical_vm_group (
    id               UUID PRIMARY KEY,
    name             VARCHAR(128) NOT NULL,
    description      VARCHAR(4096),
    provider_vdc_id  UUID NOT NULL REFERENCES provider_vdc (id) ON DELETE CASCADE,
    created          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX logical_vm_group_pvdc ON logical_vm_group (provider_vdc_id);
CREATE TABLE logical_vm_group_member (
    group_id        UUID NOT NULL REFERENCES logical_vm_group (id) ON DELETE CASCADE,
    named_group_id  UUID NOT NULL,          -- a vcenter_drs_group.named_id of a VM group
    position        INTEGER NOT NULL,       -- the order they were given in
    PRIMARY KEY (group_id, named_group_id)
);
-- The logical VM groups a placement policy names: a group is not deleted while a policy names it.
CREATE TABLE vdc_compute_policy_logical_vm_group (
    policy_id  UUID NOT NULL REFERENCES vdc_compute_policy (id) ON DELETE CASCADE,
    group_id   UUID NOT NULL REFERENCES logical_vm_group (id) ON DELETE CASCADE,
    PRIMARY KEY (policy_id, group_id)
);
CREATE INDEX vdc_compute_policy_logical_vm_group_group ON vdc_compute_policy_logical_vm_group (group_id);
