-- What catalogs hold: catalog items pointing at media (and, later, vApp templates), and the files
-- clients upload into them through /transfer URLs.
CREATE TABLE media (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL,
    vdc_id      UUID,
    name        VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    image_type  VARCHAR(16) NOT NULL,           -- iso, floppy
    size        BIGINT NOT NULL,
    status      INTEGER NOT NULL,               -- 0 while its bytes arrive, 1 once they all have
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog_item (
    id          UUID PRIMARY KEY,
    catalog_id  UUID NOT NULL,
    org_id      UUID NOT NULL,
    name        VARCHAR(128) NOT NULL,
    description VARCHAR(4096),
    entity_id   UUID NOT NULL,
    entity_kind VARCHAR(16) NOT NULL,           -- media, vAppTemplate
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_item_catalog ON catalog_item (catalog_id);
CREATE INDEX catalog_item_org ON catalog_item (org_id);

-- One file an entity waits for; its bytes live in <data dir>/transfer/<id>.
CREATE TABLE transfer_file (
    id                UUID PRIMARY KEY,
    entity_id         UUID NOT NULL,
    org_id            UUID NOT NULL,
    task_id           UUID,                     -- the upload task that ends when every file is complete
    name              VARCHAR(255) NOT NULL,
    size              BIGINT NOT NULL,
    bytes_transferred BIGINT NOT NULL,
    created           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX transfer_file_entity ON transfer_file (entity_id);
