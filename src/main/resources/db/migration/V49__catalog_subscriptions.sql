-- A catalog subscribed to another's external publication (ExternalCatalogSubscriptionParams): where it subscribed,
-- the publishing catalog that URL names on this cloud, the password it gives, and whether it keeps local copies.
CREATE TABLE catalog_subscription (
    catalog_id         UUID PRIMARY KEY REFERENCES catalog (id) ON DELETE CASCADE,
    location           VARCHAR(2048) NOT NULL,
    source_catalog_id  UUID NOT NULL,
    password           VARCHAR(256),
    local_copy         BOOLEAN NOT NULL
);

-- An item of a subscribed catalog and the publisher's item it copies (which may be gone until the next sync).
CREATE TABLE subscribed_item (
    item_id         UUID PRIMARY KEY REFERENCES catalog_item (id) ON DELETE CASCADE,
    catalog_id      UUID NOT NULL,
    source_item_id  UUID NOT NULL,
    CONSTRAINT subscribed_item_source_unique UNIQUE (catalog_id, source_item_id)
);
