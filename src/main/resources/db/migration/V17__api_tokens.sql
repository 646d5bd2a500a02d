-- API tokens: a user's long-lived credential, exchanged at /oauth/.../token for access tokens.
-- Only a hash of the token is kept; it is shown once, when first issued.
CREATE TABLE api_token (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    secret_hash VARCHAR(64),
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_token_name_unique UNIQUE (user_id, name_key)
);
CREATE UNIQUE INDEX api_token_secret ON api_token (secret_hash);

-- A session opened with an API token ends when the token is revoked.
ALTER TABLE login_session ADD COLUMN api_token_id UUID REFERENCES api_token (id) ON DELETE CASCADE;
