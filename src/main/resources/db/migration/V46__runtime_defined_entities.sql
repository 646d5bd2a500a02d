-- Runtime defined entities (cloudapi interfaces, entityTypes, entities). Interfaces and types are named by
-- vendor:nss:version, which makes their URNs; their ids are vcdsim's own, derived from those URNs.
CREATE TABLE rde_interface (
    id         UUID PRIMARY KEY,
    vendor     VARCHAR(64) NOT NULL,
    nss        VARCHAR(64) NOT NULL,
    version    VARCHAR(64) NOT NULL,
    name       VARCHAR(255) NOT NULL,
    read_only  BOOLEAN NOT NULL,
    CONSTRAINT rde_interface_unique UNIQUE (vendor, nss, version)
);

-- An interface's behaviors, by name; execution is the JSON object as sent.
CREATE TABLE rde_interface_behavior (
    interface_id UUID NOT NULL REFERENCES rde_interface (id) ON DELETE CASCADE,
    name         VARCHAR(128) NOT NULL,
    description  VARCHAR(4096),
    execution    VARCHAR(65536) NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (interface_id, name)
);

CREATE TABLE rde_type (
    id                 UUID PRIMARY KEY,
    vendor             VARCHAR(64) NOT NULL,
    nss                VARCHAR(64) NOT NULL,
    version            VARCHAR(64) NOT NULL,
    name               VARCHAR(255) NOT NULL,
    description        VARCHAR(4096),
    external_id        VARCHAR(255),
    inherited_version  VARCHAR(64),
    max_implicit_right VARCHAR(128),
    read_only          BOOLEAN NOT NULL,
    schema_json        VARCHAR(1000000) NOT NULL,
    hooks              VARCHAR(65536),
    CONSTRAINT rde_type_unique UNIQUE (vendor, nss, version)
);

-- The interfaces a type implements, in the order given; an interface a type names is not deleted.
CREATE TABLE rde_type_interface (
    type_id      UUID NOT NULL REFERENCES rde_type (id) ON DELETE CASCADE,
    interface_id UUID NOT NULL REFERENCES rde_interface (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (type_id, interface_id)
);
CREATE INDEX rde_type_interface_interface ON rde_type_interface (interface_id);

-- A type's override of an interface behavior (its description and execution; the name stays the interface's).
CREATE TABLE rde_type_behavior (
    type_id      UUID NOT NULL REFERENCES rde_type (id) ON DELETE CASCADE,
    interface_id UUID NOT NULL REFERENCES rde_interface (id) ON DELETE CASCADE,
    name         VARCHAR(128) NOT NULL,
    description  VARCHAR(4096),
    execution    VARCHAR(65536) NOT NULL,
    PRIMARY KEY (type_id, interface_id, name)
);

-- Who may invoke a type's behaviors: the access level each behavior needs, by the behavior id as given.
CREATE TABLE rde_type_behavior_access (
    type_id      UUID NOT NULL REFERENCES rde_type (id) ON DELETE CASCADE,
    behavior_id  VARCHAR(512) NOT NULL,
    access_level VARCHAR(128) NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (type_id, behavior_id)
);

-- The rights vCD makes for every vendor:nss that has types ("vendor:nss: View" and the others); roles hold them
-- by name, as they hold built-in rights. They go when the last version of vendor:nss goes.
CREATE TABLE rde_right (
    id        UUID PRIMARY KEY,
    name      VARCHAR(128) NOT NULL UNIQUE,
    vendor    VARCHAR(64) NOT NULL,
    nss       VARCHAR(64) NOT NULL,
    category  VARCHAR(128) NOT NULL
);
CREATE INDEX rde_right_type ON rde_right (vendor, nss);

CREATE TABLE rde_entity (
    id          UUID PRIMARY KEY,
    type_id     UUID NOT NULL REFERENCES rde_type (id),
    org_id      UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    owner_id    UUID REFERENCES app_user (id) ON DELETE SET NULL,
    name        VARCHAR(255) NOT NULL,
    external_id VARCHAR(255),
    entity      VARCHAR(1000000) NOT NULL,
    state       VARCHAR(32) NOT NULL,
    revision    INTEGER NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rde_entity_type ON rde_entity (type_id);
CREATE INDEX rde_entity_org ON rde_entity (org_id);

-- vCD's built-in Kubernetes interface, which Container Service Extension's types implement.
INSERT INTO rde_interface (id, vendor, nss, version, name, read_only)
VALUES ('5b0f6c2a-8d3e-4f71-9c2b-6a1e0d4f7b21', 'vmware', 'k8s', '1.0.0', 'Kubernetes', FALSE);
INSERT INTO rde_interface_behavior (interface_id, name, description, execution, position)
VALUES ('5b0f6c2a-8d3e-4f71-9c2b-6a1e0d4f7b21', 'createKubeConfig', 'Creates and returns a kubeconfig',
        '{"id":"CreateKubeConfigActivity","type":"Activity"}', 0);

-- An entity's metadata (cloudapi entities/{id}/metadata): typed entries by domain, namespace ('' for none) and key;
-- value_json is the JSON value as sent (a string, number or boolean, as its type says).
CREATE TABLE rde_metadata (
    id          UUID PRIMARY KEY,
    entity_id   UUID NOT NULL REFERENCES rde_entity (id) ON DELETE CASCADE,
    domain      VARCHAR(16) NOT NULL,
    namespace   VARCHAR(255) NOT NULL,
    meta_key    VARCHAR(255) NOT NULL,
    value_type  VARCHAR(16) NOT NULL,
    value_json  VARCHAR(65536) NOT NULL,
    persistent  BOOLEAN NOT NULL,
    read_only   BOOLEAN NOT NULL,
    revision    INTEGER NOT NULL,
    CONSTRAINT rde_metadata_unique UNIQUE (entity_id, domain, namespace, meta_key)
);
