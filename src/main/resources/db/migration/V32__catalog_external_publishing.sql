-- A catalog published to external organizations (PublishExternalCatalogParams): a row while it is, with how.
CREATE TABLE catalog_external (
    catalog_id         UUID PRIMARY KEY REFERENCES catalog (id) ON DELETE CASCADE,
    cache_enabled      BOOLEAN NOT NULL,
    preserve_identity  BOOLEAN NOT NULL,
    password           VARCHAR(256)
);
