-- Who may use a catalog, vApp or VDC (ControlAccessParams): shared with everyone in the org at one
-- level, or with named users (and, for catalogs, orgs). The row goes with its object and subjects.
CREATE TABLE access_control (
    entity_id          UUID PRIMARY KEY,
    catalog_id         UUID REFERENCES catalog (id) ON DELETE CASCADE,
    vapp_id            UUID REFERENCES vapp (id) ON DELETE CASCADE,
    vdc_id             UUID REFERENCES vdc (id) ON DELETE CASCADE,
    shared_to_everyone BOOLEAN NOT NULL,
    everyone_level     VARCHAR(16)
);

CREATE TABLE access_setting (
    entity_id    UUID NOT NULL REFERENCES access_control (entity_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    user_id      UUID REFERENCES app_user (id) ON DELETE CASCADE,
    org_id       UUID REFERENCES org (id) ON DELETE CASCADE,
    access_level VARCHAR(16) NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE INDEX access_setting_user ON access_setting (user_id);
CREATE INDEX access_setting_org ON access_setting (org_id);
