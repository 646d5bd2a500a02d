package io.vcdsim.model;

import java.util.Optional;

/**
 * An org's LDAP and federation settings as the store keeps them (XML documents, secrets in): read back, or a new
 * org's values when none was set.
 */
public final class OrgIdentityDocuments {
    private static final class Context { // made on first use: a JAXB context takes a while
        static final StoredXml INSTANCE = new StoredXml(OrgLdapSettings.class, OrgFederationSettings.class);
    }

    private OrgIdentityDocuments() {
    }

    public static String write(Object settings) {
        return Context.INSTANCE.write(settings);
    }

    /** The stored LDAP settings, or NONE: an org has only its local users until told otherwise. */
    public static OrgLdapSettings ldap(Optional<String> stored) {
        return stored.flatMap(xml -> Context.INSTANCE.read(OrgLdapSettings.class, xml)).orElseGet(() -> {
            OrgLdapSettings none = new OrgLdapSettings();
            none.orgLdapMode = OrgLdapSettings.NONE;
            return none;
        });
    }

    /** The stored federation settings, or a new org's: no identity provider, SAML disabled. */
    public static OrgFederationSettings federation(Optional<String> stored) {
        return stored.flatMap(xml -> Context.INSTANCE.read(OrgFederationSettings.class, xml)).orElseGet(() -> {
            OrgFederationSettings none = new OrgFederationSettings();
            none.samlMetadata = "";
            none.enabled = false;
            none.samlSPEntityId = "";
            none.samlAttributeMapping = new OrgFederationSettings.AttributeMapping();
            none.signingCertLibraryItemId = "";
            none.encryptionCertLibraryItemId = "";
            return none;
        });
    }
}
