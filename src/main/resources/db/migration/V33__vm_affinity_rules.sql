-- VM-VM affinity and anti-affinity rules of an org VDC, and the VMs each names.
CREATE TABLE vm_affinity_rule (
    id         UUID PRIMARY KEY,
    org_id     UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    vdc_id     UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE,
    name       VARCHAR(128) NOT NULL,
    polarity   VARCHAR(16) NOT NULL,
    enabled    BOOLEAN NOT NULL,
    mandatory  BOOLEAN NOT NULL
);
CREATE INDEX vm_affinity_rule_vdc ON vm_affinity_rule (vdc_id);

CREATE TABLE vm_affinity_rule_vm (
    rule_id UUID NOT NULL REFERENCES vm_affinity_rule (id) ON DELETE CASCADE,
    vm_id   UUID NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (rule_id, vm_id)
);
CREATE INDEX vm_affinity_rule_vm_vm ON vm_affinity_rule_vm (vm_id);
