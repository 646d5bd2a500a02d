package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.model.OrgIdentityDocuments;
import io.vcdsim.model.OrgLdapSettings;
import io.vcdsim.model.SettingsFields;
import io.vcdsim.store.OrgIdentityStore;
import io.vcdsim.store.Tx;

import java.util.UUID;

/**
 * How an org's LDAP settings change. A change replaces them, as vCD's PUT does, and keeps only what its mode uses:
 * NONE nothing more, SYSTEM the users' OU, CUSTOM the org's own directory (whose password stays when a change
 * leaves it out: it is never shown, so clients cannot send it back). Everything is checked before it is stored.
 */
final class OrgLdapRules {
    private OrgLdapRules() {
    }

    static void apply(Tx tx, UUID orgId, OrgLdapSettings in) {
        OrgIdentityStore store = tx.store(OrgIdentityStore::new);
        OrgLdapSettings next = settle(OrgIdentityDocuments.ldap(store.ldap(orgId)), in);
        store.putLdap(orgId, OrgIdentityDocuments.write(next));
    }

    private static OrgLdapSettings settle(OrgLdapSettings now, OrgLdapSettings in) {
        if (in.orgLdapMode == null) {
            throw ApiException.badRequest("OrgLdapSettings needs an OrgLdapMode: NONE, SYSTEM or CUSTOM.");
        }
        OrgLdapSettings next = new OrgLdapSettings();
        next.orgLdapMode = in.orgLdapMode;
        if (OrgLdapSettings.SYSTEM.equals(in.orgLdapMode)) {
            next.customUsersOu = in.customUsersOu;
        } else if (OrgLdapSettings.CUSTOM.equals(in.orgLdapMode)) {
            next.customOrgLdapSettings = custom(now, in.customOrgLdapSettings);
        }
        SettingsFields.check(next, "");
        return next;
    }

    private static OrgLdapSettings.Custom custom(OrgLdapSettings now, OrgLdapSettings.Custom c) {
        if (c == null || blank(c.hostName) || c.port == null || blank(c.searchBase)
                || blank(c.authenticationMechanism) || blank(c.connectorType)) {
            throw ApiException.badRequest("The CUSTOM LDAP mode needs CustomOrgLdapSettings with a HostName, Port, "
                    + "SearchBase, AuthenticationMechanism and ConnectorType.");
        }
        c.href = null; // what a client read and sends back: the settings' own links are not settings
        c.type = null;
        c.link = null;
        c.vCloudExtension = null;
        if (c.password == null && now.customOrgLdapSettings != null) {
            c.password = now.customOrgLdapSettings.password;
        }
        return c;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
