-- VDC groups (cloudapi vdcGroups): NSX-T org VDCs of one org that share networks, as one group with its network
-- pool. Names are unique within an org, ignoring case. The distributed firewall of a group and its default policy
-- are columns: vCD keeps one default policy per group, versioned so concurrent changes are refused.
CREATE TABLE vdc_group (
    id                      UUID PRIMARY KEY,
    org_id                  UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    name                    VARCHAR(256) NOT NULL,
    name_key                VARCHAR(256) NOT NULL,
    description             VARCHAR(4096),
    network_pool_id         UUID,            -- the pool its members draw on when it was made (no key: a pool outlives it)
    network_provider_type   VARCHAR(16) NOT NULL,
    group_type              VARCHAR(16) NOT NULL,
    dfw_enabled             BOOLEAN NOT NULL,
    default_policy_enabled  BOOLEAN NOT NULL,
    default_policy_version  INTEGER NOT NULL,
    created                 TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (org_id, name_key)
);

-- The VDCs taking part in a group, in the order they were given. vcdsim refuses to delete a VDC that is in a group
-- (as vCD does); the cascade is for an org's deletion, which removes its VDCs and groups together.
CREATE TABLE vdc_group_member (
    group_id  UUID NOT NULL REFERENCES vdc_group (id) ON DELETE CASCADE,
    vdc_id    UUID NOT NULL REFERENCES vdc (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (group_id, vdc_id)
);
CREATE INDEX vdc_group_member_vdc ON vdc_group_member (vdc_id);
