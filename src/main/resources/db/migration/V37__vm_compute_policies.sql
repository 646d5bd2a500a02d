-- The compute policies a VM was given (API 33.0+ ComputePolicy): its sizing policy and its placement policy, each
-- optional; no row: neither (the VM's VDC's default applies). A policy a VM has is not deleted.
CREATE TABLE vm_compute_policy (
    vm_id               UUID PRIMARY KEY REFERENCES vm (id) ON DELETE CASCADE,
    sizing_policy_id    UUID REFERENCES vdc_compute_policy (id),
    placement_policy_id UUID REFERENCES vdc_compute_policy (id)
);
CREATE INDEX vm_compute_policy_sizing ON vm_compute_policy (sizing_policy_id);
CREATE INDEX vm_compute_policy_placement ON vm_compute_policy (placement_policy_id);
