-- Object extensions (vCD's object extensibility, API 16.0): an extension registered with the AMQP exchange vcdsim
-- publishes to at extension points of its workflows, and the selector extensions that say where it is invoked.
CREATE TABLE object_extension (
    id            UUID PRIMARY KEY,
    namespace     VARCHAR(255) NOT NULL UNIQUE,  -- "must be unique among all registered services"
    vendor        VARCHAR(255),
    enabled       BOOLEAN NOT NULL,
    exchange      VARCHAR(255) NOT NULL,
    content_type  VARCHAR(8) NOT NULL,           -- XML or JSON: the AMQP messages' body
    selectors     VARCHAR(255) NOT NULL          -- the selector types it may be selected on, space separated; '' = any
);
-- A selector extension: the object extension at some phases of workflows running in the context of one selector
-- (selector_id) or of any selector of its type (selector_id NULL).
CREATE TABLE selector_extension (
    id                   UUID PRIMARY KEY,
    object_extension_id  UUID NOT NULL REFERENCES object_extension (id) ON DELETE CASCADE,
    selector_type        VARCHAR(32) NOT NULL,   -- providerVdc, organizationVdc, organization
    selector_id          UUID,
    enabled              BOOLEAN NOT NULL,
    priority             INTEGER NOT NULL
);
CREATE INDEX selector_extension_selector ON selector_extension (selector_type, selector_id);
CREATE TABLE selector_extension_phase (
    selector_extension_id  UUID NOT NULL REFERENCES selector_extension (id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    name                   VARCHAR(255) NOT NULL,
    type                   VARCHAR(16) NOT NULL,  -- blocking, async, needsApproval
    optional               BOOLEAN NOT NULL,
    PRIMARY KEY (selector_extension_id, position)
);
-- The host a placement extension put a VM on (without a row, the host is one of its pool's cluster, by its id).
CREATE TABLE vm_host_placement (
    vm_id    UUID PRIMARY KEY REFERENCES vm (id) ON DELETE CASCADE,
    host_id  UUID NOT NULL REFERENCES vcenter_host (id) ON DELETE CASCADE
);
