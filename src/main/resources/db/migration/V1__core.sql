-- Core tenancy: organizations, roles (per-org copies of the predefined roles, as vCD 9.x does),
-- users and login sessions. Written in the SQL subset that H2 (PostgreSQL mode) and PostgreSQL share.

CREATE TABLE org (
    id          UUID PRIMARY KEY,
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,      -- lower-cased name: org names are unique ignoring case
    full_name   VARCHAR(256) NOT NULL,
    description VARCHAR(4096),
    enabled     BOOLEAN NOT NULL,
    is_system   BOOLEAN NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT org_name_unique UNIQUE (name_key)
);

CREATE TABLE role (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    predefined  BOOLEAN NOT NULL,
    CONSTRAINT role_name_unique UNIQUE (org_id, name_key)
);

CREATE TABLE role_right (
    role_id     UUID NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    right_name  VARCHAR(128) NOT NULL,
    PRIMARY KEY (role_id, right_name)
);

CREATE TABLE app_user (
    id                UUID PRIMARY KEY,
    org_id            UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    name              VARCHAR(128) NOT NULL,
    name_key          VARCHAR(128) NOT NULL,
    full_name         VARCHAR(256) NOT NULL,
    description       VARCHAR(4096),
    email             VARCHAR(256),
    telephone         VARCHAR(64),
    im                VARCHAR(256),
    enabled           BOOLEAN NOT NULL,
    external          BOOLEAN NOT NULL,
    password_hash     VARCHAR(128),
    role_id           UUID NOT NULL REFERENCES role (id),
    stored_vm_quota   INTEGER NOT NULL,
    deployed_vm_quota INTEGER NOT NULL,
    created           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_name_unique UNIQUE (org_id, name_key)
);
CREATE INDEX app_user_role ON app_user (role_id);

-- A login session. The token a client holds is a signed reference to a row here, so logout and
-- idle expiry work on every cell that shares the database.
CREATE TABLE login_session (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_access  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_session_user ON login_session (user_id);
CREATE INDEX login_session_access ON login_session (last_access);

-- The org's resources seeded for now; the simulated compute issue fills them out.
CREATE TABLE vdc (
    id               UUID PRIMARY KEY,
    org_id           UUID NOT NULL REFERENCES org (id),
    name             VARCHAR(128) NOT NULL,
    name_key         VARCHAR(128) NOT NULL,
    description      VARCHAR(4096),
    enabled          BOOLEAN NOT NULL,
    allocation_model VARCHAR(32) NOT NULL,
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vdc_name_unique UNIQUE (org_id, name_key)
);

CREATE TABLE org_network (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES org (id),
    vdc_id      UUID REFERENCES vdc (id),
    name        VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    fence_mode  VARCHAR(32) NOT NULL,
    gateway     VARCHAR(64) NOT NULL,
    netmask     VARCHAR(64) NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES org (id),
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    published   BOOLEAN NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT catalog_name_unique UNIQUE (org_id, name_key)
);
