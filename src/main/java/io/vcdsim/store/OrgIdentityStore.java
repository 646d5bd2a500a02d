package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.Optional;
import java.util.UUID;

/**
 * An org's LDAP and federation settings documents and its SAML service provider certificate ({@code
 * org_identity_setting}); each is absent until it is first set. Writers lock the org first, so the row's
 * insertion does not race.
 */
public final class OrgIdentityStore {
    private static final String[] COLUMNS = {"ldap", "federation", "sp_certificate"};
    private final Handle h;

    public OrgIdentityStore(Handle h) {
        this.h = h;
    }

    public Optional<String> ldap(UUID orgId) {
        return get(orgId, "ldap");
    }

    public Optional<String> federation(UUID orgId) {
        return get(orgId, "federation");
    }

    public Optional<String> certificate(UUID orgId) {
        return get(orgId, "sp_certificate");
    }

    public void putLdap(UUID orgId, String xml) {
        put(orgId, "ldap", xml);
    }

    public void putFederation(UUID orgId, String xml) {
        put(orgId, "federation", xml);
    }

    public void putCertificate(UUID orgId, String base64Der) {
        put(orgId, "sp_certificate", base64Der);
    }

    /** The column's value; empty without a row, or while the column is NULL (not set). */
    private Optional<String> get(UUID orgId, String column) {
        return h.createQuery("SELECT " + column(column) + " FROM org_identity_setting WHERE org_id = :o")
                .bind("o", orgId).mapTo(String.class).list().stream().filter(v -> v != null).findFirst();
    }

    private void put(UUID orgId, String column, String value) {
        String c = column(column);
        if (Rows.execute(h, "UPDATE org_identity_setting SET " + c + " = ? WHERE org_id = ?", value, orgId) == 0) {
            Rows.execute(h, "INSERT INTO org_identity_setting (org_id, " + c + ") VALUES (?, ?)", orgId, value);
        }
    }

    /** One of this table's columns: the only text ever put into its SQL. */
    private static String column(String name) {
        for (String c : COLUMNS) {
            if (c.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
