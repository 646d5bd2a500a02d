-- Global roles and rights bundles: the provider's collections of rights, published to tenants.
-- A global role published to an org appears there as a read-only role of the same name whose
-- rights follow the global role's (role.global_role_id).
CREATE TABLE rights_container (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(32) NOT NULL,        -- globalRole or rightsBundle
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    bundle_key  VARCHAR(256) NOT NULL,
    read_only   BOOLEAN NOT NULL,
    publish_all BOOLEAN NOT NULL,
    CONSTRAINT rights_container_name_unique UNIQUE (kind, name_key)
);

CREATE TABLE rights_container_right (
    container_id UUID NOT NULL REFERENCES rights_container (id) ON DELETE CASCADE,
    right_name   VARCHAR(128) NOT NULL,
    PRIMARY KEY (container_id, right_name)
);

CREATE TABLE rights_container_tenant (
    container_id UUID NOT NULL REFERENCES rights_container (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    PRIMARY KEY (container_id, org_id)
);
CREATE INDEX rights_container_tenant_org ON rights_container_tenant (org_id);

ALTER TABLE role ADD COLUMN global_role_id UUID REFERENCES rights_container (id);
CREATE INDEX role_global_role ON role (global_role_id);
