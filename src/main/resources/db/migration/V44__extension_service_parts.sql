-- What a registered extension service adds to the cloud, each part going with its service (ON DELETE
-- CASCADE): the rights it registers, the links it puts into entities' representations, its resource
-- classes with their actions, service resources and ACL rules, and its API definitions with their files.

-- A right is named {namespace}:name, unique across the cloud; its id derives from that name, as the
-- built-in rights' ids do, so roles (which hold right names) need no key to it.
CREATE TABLE extension_right (
    id          UUID PRIMARY KEY,
    service_id  UUID NOT NULL REFERENCES extension_service (id) ON DELETE CASCADE,
    name        VARCHAR(400) NOT NULL UNIQUE,
    description VARCHAR(1024),
    category    VARCHAR(128) NOT NULL,
    bundle_key  VARCHAR(512) NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX extension_right_service ON extension_right (service_id);

CREATE TABLE service_link (
    id                   UUID PRIMARY KEY,
    service_id           UUID NOT NULL REFERENCES extension_service (id) ON DELETE CASCADE,
    link_href            VARCHAR(1024) NOT NULL,
    mime_type            VARCHAR(255),
    rel                  VARCHAR(255) NOT NULL,
    resource_type        VARCHAR(255) NOT NULL,
    resource_id          VARCHAR(255),
    external_resource_id VARCHAR(255),
    created              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_link_service ON service_link (service_id);

CREATE TABLE resource_class (
    id           UUID PRIMARY KEY,
    service_id   UUID NOT NULL REFERENCES extension_service (id) ON DELETE CASCADE,
    name         VARCHAR(128) NOT NULL,
    description  VARCHAR(1024),
    mime_type    VARCHAR(255) NOT NULL,
    url_template VARCHAR(1024),
    nid          VARCHAR(255) NOT NULL,
    urn_pattern  VARCHAR(1024),
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (service_id, name)
);

CREATE TABLE resource_class_action (
    id                UUID PRIMARY KEY,
    resource_class_id UUID NOT NULL REFERENCES resource_class (id) ON DELETE CASCADE,
    name              VARCHAR(128) NOT NULL,
    description       VARCHAR(1024),
    http_method       VARCHAR(8) NOT NULL,
    url_pattern       VARCHAR(1024) NOT NULL,
    created           TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (resource_class_id, name)
);

CREATE TABLE service_resource (
    id                 UUID PRIMARY KEY,
    resource_class_id  UUID NOT NULL REFERENCES resource_class (id) ON DELETE CASCADE,
    name               VARCHAR(128) NOT NULL,
    description        VARCHAR(1024),
    org_id             UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    external_object_id VARCHAR(255) NOT NULL,
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (resource_class_id, external_object_id)
);

-- Each access is Shared, Published or Entity; an Entity access names its entity in the column beside it.
-- A principal entity is a user (principal_user_id) or a right, by name (principal_right).
CREATE TABLE acl_rule (
    id                      UUID PRIMARY KEY,
    action_id               UUID NOT NULL REFERENCES resource_class_action (id) ON DELETE CASCADE,
    name                    VARCHAR(128) NOT NULL,
    description             VARCHAR(1024),
    service_resource_access VARCHAR(16),
    service_resource_id     UUID REFERENCES service_resource (id) ON DELETE CASCADE,
    org_access              VARCHAR(16) NOT NULL,
    org_id                  UUID REFERENCES org (id) ON DELETE CASCADE,
    principal_access        VARCHAR(16) NOT NULL,
    principal_user_id       UUID REFERENCES app_user (id) ON DELETE CASCADE,
    principal_right         VARCHAR(400),
    created                 TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX acl_rule_action ON acl_rule (action_id);

-- API definitions tell users where a service's API is (EntryPoint) and which files describe it; the versions
-- it supports are kept in order, joined by commas (a version has none).
CREATE TABLE api_definition (
    id                 UUID PRIMARY KEY,
    service_id         UUID NOT NULL REFERENCES extension_service (id) ON DELETE CASCADE,
    name               VARCHAR(128) NOT NULL,
    description        VARCHAR(1024),
    entry_point        VARCHAR(1024) NOT NULL,
    namespace          VARCHAR(255),
    api_vendor         VARCHAR(255),
    supported_versions VARCHAR(1024),
    created            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_definition_service ON api_definition (service_id);

CREATE TABLE file_descriptor (
    id                UUID PRIMARY KEY,
    api_definition_id UUID NOT NULL REFERENCES api_definition (id) ON DELETE CASCADE,
    description       VARCHAR(1024),
    file_name         VARCHAR(255),
    file_type         VARCHAR(255),
    file_href         VARCHAR(1024) NOT NULL,
    created           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX file_descriptor_definition ON file_descriptor (api_definition_id);
