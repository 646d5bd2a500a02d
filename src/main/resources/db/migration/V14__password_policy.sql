-- An org's password policy (vCD's OrgPasswordPolicySettings): after this many failed logins in a row
-- a user's account is locked for this many minutes. Orgs without a row have vCD's defaults.
CREATE TABLE password_policy (
    org_id                        UUID PRIMARY KEY REFERENCES org (id) ON DELETE CASCADE,
    lockout_enabled               BOOLEAN NOT NULL,
    invalid_logins_before_lockout INTEGER NOT NULL,
    lockout_minutes               INTEGER NOT NULL
);

-- A user's failed logins in a row, and until when the account is locked.
CREATE TABLE login_failure (
    user_id      UUID PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    failures     INTEGER NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
