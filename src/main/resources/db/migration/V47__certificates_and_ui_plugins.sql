-- The certificate library (cloudapi ssl/certificateLibrary): PEM certificates an org keeps, the System org's being
-- the provider's. The alias is unique within an org, ignoring case. A private key is kept as PKCS#8 PEM, decrypted
-- when it came encrypted (so no passphrase is stored), and is never given back.
CREATE TABLE certificate_library_item (
    id           UUID PRIMARY KEY,
    org_id       UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    alias        VARCHAR(256) NOT NULL,
    alias_key    VARCHAR(256) NOT NULL,
    description  VARCHAR(4096),
    certificate  VARCHAR(65536) NOT NULL,
    private_key  VARCHAR(65536),
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (org_id, alias_key)
);

-- UI plugins (cloudapi extensions/ui): what a plugin's manifest declares, whether its zip arrived (status
-- 'unavailable' until then, 'ready' after), and the transfer its zip is awaited at. vCD tells plugins apart by
-- vendor, name and version.
CREATE TABLE ui_plugin (
    id              UUID PRIMARY KEY,
    vendor          VARCHAR(256) NOT NULL,
    plugin_name     VARCHAR(256) NOT NULL,
    version         VARCHAR(128) NOT NULL,
    license         VARCHAR(4096),
    link            VARCHAR(2048),
    description     VARCHAR(4096),
    provider_scoped BOOLEAN NOT NULL,
    tenant_scoped   BOOLEAN NOT NULL,
    enabled         BOOLEAN NOT NULL,
    status          VARCHAR(32) NOT NULL,
    upload_id       UUID UNIQUE,        -- the transfer a zip is awaited at (NULL: none)
    upload_name     VARCHAR(256),
    upload_size     BIGINT,
    upload_checksum VARCHAR(128),       -- sha256 in hex, when the client gave one
    file_name       VARCHAR(256),       -- the zip that arrived
    file_size       BIGINT,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (vendor, plugin_name, version)
);

-- The orgs a UI plugin is published to.
CREATE TABLE ui_plugin_tenant (
    plugin_id  UUID NOT NULL REFERENCES ui_plugin (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    PRIMARY KEY (plugin_id, org_id)
);
CREATE INDEX ui_plugin_tenant_org ON ui_plugin_tenant (org_id);
