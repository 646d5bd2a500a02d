-- Service accounts (vCD 10.4): an org's account for software, with a role, that logs in only by an API token it
-- obtains through OAuth's device authorization flow. It acts through a user of its own (user_id), which holds
-- its role and its API token, so sessions and rights work for it as for any user; that user has no password.
CREATE TABLE service_account (
    id               UUID PRIMARY KEY,
    org_id           UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    user_id          UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name             VARCHAR(128) NOT NULL,
    name_key         VARCHAR(128) NOT NULL,
    software_id      VARCHAR(36) NOT NULL,
    software_version VARCHAR(128),
    uri              VARCHAR(1024),
    status           VARCHAR(16) NOT NULL,
    user_code        VARCHAR(16),
    device_code      VARCHAR(64),
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT service_account_name_unique UNIQUE (org_id, name_key)
);
CREATE UNIQUE INDEX service_account_user ON service_account (user_id);
CREATE UNIQUE INDEX service_account_user_code ON service_account (user_code);
