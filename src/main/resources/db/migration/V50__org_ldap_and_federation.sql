-- An org's own directory and SAML federation settings, each kept as the document its administrator sent
-- (OrgLdapSettings with its write-only password, OrgFederationSettings with the identity provider's metadata),
-- and the certificate the org signs and encrypts with as a SAML service provider (base64 DER), made on first
-- use. A column is NULL until its part is set; the row goes with its org.
CREATE TABLE org_identity_setting (
    org_id          UUID PRIMARY KEY REFERENCES org (id) ON DELETE CASCADE,
    ldap            VARCHAR(65536),
    federation      VARCHAR(262144),
    sp_certificate  VARCHAR(8192)
);
