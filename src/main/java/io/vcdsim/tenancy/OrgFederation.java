package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.model.OrgFederationSettings;
import io.vcdsim.model.OrgIdentityDocuments;
import io.vcdsim.model.SettingsFields;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgIdentityStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An org's SAML federation: its identity provider settings (OrgFederationSettings) and what it shows as a service
 * provider (its entity id and certificate, the certificate made the first time anyone asks). A change replaces the
 * settings, as vCD's PUT does, except that an entity id once set is only ever replaced, never emptied (vCD keeps
 * it). Metadata must be SAML 2.0 metadata, and SAML is enabled only with some.
 */
public final class OrgFederation {
    private final Database db;
    private final Clock clock;

    /** An org's federation as stored, and its service provider certificate (base64 DER) with its expiry. */
    public record Federation(OrgRow org, OrgFederationSettings settings, String certificate, Instant expires) {
    }

    public OrgFederation(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The org's federation (the caller was checked); its certificate is made if it had none. */
    public Federation of(UUID orgId) {
        return db.tx(tx -> read(tx, tx.orgs().find(orgId).orElseThrow(OrgFederation::noOrg)));
    }

    /** The federation of the org with this name, for its public service provider metadata: 404 if none. */
    public Federation ofName(String orgName) {
        return db.tx(tx -> read(tx, tx.orgs().findByName(orgName).orElseThrow(() -> ApiException.notFound(
                "No organization named " + orgName + "."))));
    }

    /** Replaces the org's federation settings with {@code in}, checked whole before anything is stored. */
    public Federation update(UUID orgId, OrgFederationSettings in, TaskEngine.Caller by) {
        return db.tx(tx -> {
            OrgRow o = tx.orgs().lock(orgId).orElseThrow(OrgFederation::noOrg);
            OrgIdentityStore store = tx.store(OrgIdentityStore::new);
            String entityId = OrgIdentityDocuments.federation(store.federation(orgId)).samlSPEntityId;
            OrgFederationSettings next = OrgIdentityDocuments.federation(Optional.empty());
            SettingsFields.merge(next, in);
            if (next.samlSPEntityId == null || next.samlSPEntityId.isBlank()) {
                next.samlSPEntityId = entityId;
            }
            SettingsFields.check(next, "");
            if (next.samlMetadata != null && !next.samlMetadata.isBlank()) {
                SamlMetadataCheck.check(next.samlMetadata);
            } else if (Boolean.TRUE.equals(next.enabled)) {
                throw ApiException.badRequest("SAML is enabled only with the identity provider's SAMLMetadata.");
            }
            store.putFederation(orgId, OrgIdentityDocuments.write(next));
            ObjectEvents.record(tx, clock.instant(), "org/modify", ObjectEvents.org(orgId, o.name()), orgId, by,
                    null, true);
            return read(tx, o);
        });
    }

    private Federation read(Tx tx, OrgRow o) {
        OrgIdentityStore store = tx.store(OrgIdentityStore::new);
        Optional<String> certificate = store.certificate(o.id());
        if (certificate.isEmpty()) {
            tx.orgs().lock(o.id()); // two first readers: one makes it, the other reads it
            certificate = store.certificate(o.id());
        }
        String c = certificate.orElseGet(() -> {
            String made = SamlCertificate.make(o.name(), clock.instant());
            store.putCertificate(o.id(), made);
            return made;
        });
        return new Federation(o, OrgIdentityDocuments.federation(store.federation(o.id())), c,
                SamlCertificate.expires(c));
    }

    private static ApiException noOrg() {
        return ApiException.forbidden("No such organization.");
    }
}
