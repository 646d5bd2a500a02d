-- Metadata entries on orgs, VDCs, catalogs (and, later, every other object): one row per (object, domain, key).
CREATE TABLE metadata (
    entity_id   UUID NOT NULL,
    org_id      UUID NOT NULL,                  -- the object's org, so an org's deletion takes its metadata along
    domain      VARCHAR(16) NOT NULL,           -- GENERAL or SYSTEM
    meta_key    VARCHAR(255) NOT NULL,
    visibility  VARCHAR(16) NOT NULL,           -- READWRITE, READONLY or PRIVATE
    value_type  VARCHAR(32) NOT NULL,           -- MetadataStringValue, MetadataNumberValue, ...
    text        VARCHAR(8192) NOT NULL,
    PRIMARY KEY (entity_id, domain, meta_key)
);
CREATE INDEX metadata_org ON metadata (org_id);

-- A metadata task carries its entries to its work; they can be longer than other operations' parameters.
ALTER TABLE task ALTER COLUMN params SET DATA TYPE VARCHAR(1000000);
