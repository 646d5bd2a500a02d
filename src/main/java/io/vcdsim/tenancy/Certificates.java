package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.AlbPoolStore;
import io.vcdsim.store.AlbVirtualServiceStore;
import io.vcdsim.store.CertificateStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The certificate library ({@code ssl/certificateLibrary}) as go-vcloud-director's certificate_management.go uses
 * it: each org keeps PEM certificates under aliases unique in the org, the System org's being the provider's. A
 * private key given with a certificate must be its own (and decrypt with its passphrase); it is kept, never shown.
 * Only the alias and the description change afterwards. Seeing one takes the org's view right, changing the library
 * its edit right (vCD's "Certificate Library" rights are not among the few vcdsim checks); a missing or foreign item
 * is vCD's 403.
 */
public final class Certificates {
    static final int MAX_ALIAS = 256;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_PEM = 65536;
    static final int MAX_PASSPHRASE = 1024;
    private final Database db;
    private final Clock clock;

    public Certificates(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a client sends: every field as go-vcloud-director's CertificateLibraryItem names it. */
    public record Request(String alias, String description, String certificate, String privateKey,
                          String privateKeyPassphrase) {
    }

    private static CertificateStore store(Tx tx) {
        return tx.store(CertificateStore::new);
    }

    /** A new certificate in the library of {@code orgId}. */
    public CertificateStore.Row add(Principal p, UUID orgId, Request r) {
        p.require(Right.ORG_EDIT, orgId);
        String alias = alias(r);
        Lengths.atMost(r.description(), MAX_DESCRIPTION, "description");
        Lengths.atMost(r.certificate(), MAX_PEM, "certificate");
        Lengths.atMost(r.privateKey(), MAX_PEM, "privateKey");
        Lengths.atMost(r.privateKeyPassphrase(), MAX_PASSPHRASE, "privateKeyPassphrase");
        X509Certificate certificate = CertificatePem.certificate(r.certificate());
        String keptKey = null;
        if (r.privateKey() != null && !r.privateKey().isBlank()) {
            PrivateKey key = CertificatePem.privateKey(r.privateKey(), r.privateKeyPassphrase());
            CertificatePem.requireMatch(key, certificate);
            keptKey = CertificatePem.pkcs8(key);
        }
        CertificateStore.Row row = new CertificateStore.Row(UUID.randomUUID(), orgId, alias, r.description(),
                r.certificate(), keptKey, clock.instant());
        return db.tx(tx -> {
            if (tx.orgs().find(orgId).isEmpty()) {
                throw ApiException.forbidden("No organization with id " + orgId + " is accessible.");
            }
            requireFreeAlias(tx, row);
            store(tx).insert(row);
            return row;
        });
    }

    /** The certificate with this id, if the caller may see it; else 403. */
    public CertificateStore.Row get(Principal p, UUID id) {
        return p.require(Right.ORG_VIEW, db.read(tx -> store(tx).find(id)), CertificateStore.Row::orgId,
                "certificate library item", id);
    }

    public List<CertificateStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    /** The new alias and description; the certificate and its key stay as they are (vCD changes only these). */
    public CertificateStore.Row update(Principal p, UUID id, Request r) {
        CertificateStore.Row now = get(p, id);
        p.require(Right.ORG_EDIT, now.orgId());
        CertificateStore.Row next = now.withLabels(alias(r),
                Lengths.atMost(r.description(), MAX_DESCRIPTION, "description"));
        return db.tx(tx -> {
            if (store(tx).find(id).isEmpty()) {
                throw ApiException.forbidden("No certificate library item " + Kind.CERTIFICATE.urn(id) + ".");
            }
            requireFreeAlias(tx, next);
            store(tx).relabel(next);
            return next;
        });
    }

    /** Refused (400, as vCD refuses it) while a load balancer pool or virtual service uses the certificate. */
    public void delete(Principal p, UUID id) {
        CertificateStore.Row now = get(p, id);
        p.require(Right.ORG_EDIT, now.orgId());
        db.run(tx -> {
            if (store(tx).lock(id).isEmpty()) {
                return;
            }
            List<String> users = new ArrayList<>();
            tx.store(AlbPoolStore::new).namingCertificate(now.orgId(), id).forEach(n -> users.add("load balancer "
                    + "pool " + n));
            tx.store(AlbVirtualServiceStore::new).namingCertificate(now.orgId(), id).forEach(n -> users.add(
                    "virtual service " + n));
            if (!users.isEmpty()) {
                throw ApiException.badRequest("Certificate " + now.alias() + " cannot be deleted: "
                        + String.join(", ", users) + " use it.");
            }
            store(tx).delete(id);
        });
    }

    private static String alias(Request r) {
        if (r.alias() == null || r.alias().isBlank() || r.alias().length() > MAX_ALIAS) {
            throw ApiException.badRequest("A certificate library item needs an alias of 1 to " + MAX_ALIAS
                    + " characters.");
        }
        return r.alias();
    }

    private static void requireFreeAlias(Tx tx, CertificateStore.Row row) {
        if (store(tx).aliasTaken(row.orgId(), row.alias(), row.id())) {
            throw ApiException.duplicateName("A certificate with the alias " + row.alias() + " exists already in "
                    + "this organization's library.");
        }
    }
}
