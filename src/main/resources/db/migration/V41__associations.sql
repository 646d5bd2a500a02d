-- Multisite: the sites this one is associated with, and the orgs of other sites an org is associated with (vCD's
-- SiteAssociationMember and OrgAssociationMember). The local site's id and the key pairs are installation values.
CREATE TABLE site_association (
    id                UUID PRIMARY KEY,      -- the remote site's id: urn:vcloud:site:<id>
    name              VARCHAR(128) NOT NULL,
    description       VARCHAR(4096),
    rest_endpoint     VARCHAR(1024) NOT NULL,
    base_ui_endpoint  VARCHAR(1024) NOT NULL,
    public_key        VARCHAR(8192) NOT NULL
);
CREATE TABLE org_association (
    org_id           UUID NOT NULL REFERENCES org (id) ON DELETE CASCADE,
    remote_org_id    UUID NOT NULL,
    remote_org_name  VARCHAR(128) NOT NULL,
    site_id          UUID NOT NULL,
    public_key       VARCHAR(8192) NOT NULL,
    PRIMARY KEY (org_id, remote_org_id)
);
