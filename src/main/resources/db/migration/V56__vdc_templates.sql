-- VDC templates (API 5.7): a system administrator's recipe for an org VDC (allocation model, compute values,
-- storage profiles, quotas) on one of several provider VDCs, which the orgs it is published to instantiate. The
-- recipe is kept as the JSON of its specification; names, as the two audiences see them, are columns for queries.
CREATE TABLE vdc_template (
    id                   UUID PRIMARY KEY,
    name                 VARCHAR(256) NOT NULL,
    name_key             VARCHAR(256) NOT NULL UNIQUE,
    description          VARCHAR(4096),
    tenant_name          VARCHAR(256) NOT NULL,
    tenant_description   VARCHAR(4096),
    network_backing_type VARCHAR(16) NOT NULL,
    spec                 VARCHAR(262144) NOT NULL,
    created              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The orgs a template is published to (its controlAccess: ReadOnly for each): they see and instantiate it.
CREATE TABLE vdc_template_access (
    template_id UUID NOT NULL REFERENCES vdc_template (id) ON DELETE CASCADE,
    org_id      UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    PRIMARY KEY (template_id, org_id)
);
CREATE INDEX vdc_template_access_org ON vdc_template_access (org_id);
