package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Urls;
import io.vcdsim.store.AssociationStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.SettingStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/**
 * Multisite associations (the Programming Guide's "Configuring and Managing Multisite Deployments"): this site's
 * local association data (its id, endpoints and public key) for another site to take; associations with other
 * sites made from theirs ({@code siteAssociate}) and removed ({@code siteDisassociate}); the same for an org and
 * orgs of associated sites ({@code orgAssociate}, {@code orgDisassociate}); key pairs regenerated
 * ({@code siteRegenerateKeyPair}, {@code orgRegenerateKeyPair}). An association made here is ASYMMETRIC: vcdsim
 * cannot see whether the other site made its half.
 */
public final class Associations {
    public static final String SITE_ASSOCIATE = "siteAssociate";
    public static final String SITE_DISASSOCIATE = "siteDisassociate";
    public static final String SITE_REGENERATE = "siteRegenerateKeyPair";
    public static final String ORG_ASSOCIATE = "orgAssociate";
    public static final String ORG_DISASSOCIATE = "orgDisassociate";
    public static final String ORG_REGENERATE = "orgRegenerateKeyPair";
    static final int MAX_NAME = 128;
    static final int MAX_URL = 1024;
    static final int MAX_KEY = 8192;
    static final int MAX_DESCRIPTION = 4096;
    private final Database db;
    private final TaskEngine engine;
    private final Clock clock;

    public Associations(Database db, TaskEngine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        engine.register(SITE_ASSOCIATE, AssociationStore.Site.class, (tx, task, site) -> {
            checkSite(tx, site);
            sites(tx).addSite(site);
        });
        engine.register(SITE_DISASSOCIATE, (tx, task) -> sites(tx).deleteSite(task.ownerId()));
        engine.register(ORG_ASSOCIATE, AssociationStore.OrgLink.class, (tx, task, link) -> {
            checkOrg(tx, link);
            sites(tx).addOrgLink(link);
        });
        engine.register(ORG_DISASSOCIATE, AssociationStore.OrgLink.class,
                (tx, task, link) -> sites(tx).deleteOrgLink(link.orgId(), link.remoteOrgId()));
        engine.register(SITE_REGENERATE, (tx, task) -> tx.settings().replaceInstallation(SITE_KEY, newPublicKey()));
        engine.register(ORG_REGENERATE,
                (tx, task) -> tx.settings().replaceInstallation(SettingStore.orgPublicKey(task.ownerId()),
                        newPublicKey()));
    }

    private static final String SITE_ID = "multisite.siteId";
    private static final String SITE_KEY = "multisite.sitePublicKey";

    private static AssociationStore sites(Tx tx) {
        return tx.store(AssociationStore::new);
    }

    /** This site's id, made once for the installation. */
    public UUID siteId(Tx tx) {
        return siteId(tx, clock);
    }

    /** {@link #siteId(Tx)}, for what names the site without associating it (VDC groups' siteRef). */
    public static UUID siteId(Tx tx, Clock clock) {
        return UUID.fromString(tx.settings().installation(SITE_ID, () -> UUID.randomUUID().toString(),
                clock.instant()));
    }

    public String sitePublicKey(Tx tx) {
        return tx.settings().installation(SITE_KEY, Associations::newPublicKey, clock.instant());
    }

    public String orgPublicKey(Tx tx, UUID orgId) {
        return tx.settings().installation(SettingStore.orgPublicKey(orgId), Associations::newPublicKey,
                clock.instant());
    }

    /** Takes another site's local association data; the association exists when the task ends. */
    public TaskRow associate(AssociationStore.Site site, TaskEngine.Caller by) {
        text(site.name(), MAX_NAME, "SiteName");
        Urls.http(site.restEndpoint(), MAX_URL, "RestEndpoint");
        Urls.http(site.baseUiEndpoint(), MAX_URL, "BaseUiEndpoint");
        key(site.publicKey(), "PublicKey");
        Lengths.atMost(site.description(), MAX_DESCRIPTION, "Description");
        return db.tx(tx -> {
            checkSite(tx, site);
            return engine.start(tx, new TaskEngine.Spec(SITE_ASSOCIATE, "Associating with site " + site.name(), by,
                    ObjectRef.of(Kind.SITE_ASSOCIATION, site.id(), site.name()), false, site));
        });
    }

    public AssociationStore.Site site(UUID id) {
        return db.read(tx -> sites(tx).site(id)).orElseThrow(() ->
                ApiException.forbidden("No site association with id " + id + " is accessible."));
    }

    public TaskRow disassociate(AssociationStore.Site site, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(SITE_DISASSOCIATE, "Removing the association with "
                + "site " + site.name(), by, ObjectRef.of(Kind.SITE_ASSOCIATION, site.id(), site.name()), false, null)));
    }

    public TaskRow regenerateSiteKey(TaskEngine.Caller by) {
        return db.tx(tx -> {
            UUID id = siteId(tx);
            return engine.start(tx, new TaskEngine.Spec(SITE_REGENERATE, "Regenerating the site's key pair", by,
                    ObjectRef.of(Kind.SITE_ASSOCIATION, id, "local site"), false, null));
        });
    }

    /** Associates an org with an org of a site this one is associated with. */
    public TaskRow associate(OrgRow org, AssociationStore.OrgLink link, TaskEngine.Caller by) {
        text(link.remoteOrgName(), MAX_NAME, "OrgName");
        key(link.publicKey(), "OrgPublicKey");
        return db.tx(tx -> {
            checkOrg(tx, link);
            return engine.start(tx, new TaskEngine.Spec(ORG_ASSOCIATE, "Associating org " + org.name() + " with "
                    + link.remoteOrgName(), by, ObjectRef.of(Kind.ORG, org.id(), org.name()), false, link));
        });
    }

    public TaskRow disassociate(OrgRow org, AssociationStore.OrgLink link, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(ORG_DISASSOCIATE, "Removing the association of org "
                + org.name() + " with " + link.remoteOrgName(), by, ObjectRef.of(Kind.ORG, org.id(), org.name()),
                false, link)));
    }

    public TaskRow regenerateOrgKey(OrgRow org, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(ORG_REGENERATE, "Regenerating the key pair of org "
                + org.name(), by, ObjectRef.of(Kind.ORG, org.id(), org.name()), false, null)));
    }

    /** A site's URN ({@code urn:vcloud:site:<uuid>}), or a 400. */
    public static UUID siteUrn(String urn, String element) {
        UUID id = urn != null && urn.startsWith("urn:vcloud:site:") ? Ids.fromAny(urn) : null;
        if (id == null) {
            throw ApiException.badRequest(element + " is a site's URN, urn:vcloud:site:<id>, not '" + urn + "'.");
        }
        return id;
    }

    private void checkSite(Tx tx, AssociationStore.Site site) {
        if (site.id().equals(siteId(tx))) {
            throw ApiException.badRequest("A site is not associated with itself.");
        }
        if (sites(tx).site(site.id()).isPresent()) {
            throw ApiException.duplicateName("This site is already associated with site " + site.id() + ".");
        }
    }

    private static void checkOrg(Tx tx, AssociationStore.OrgLink link) {
        if (sites(tx).site(link.siteId()).isEmpty()) {
            throw ApiException.badRequest("Site " + link.siteId() + " is not associated with this one: associate the "
                    + "sites first.");
        }
        if (sites(tx).orgLink(link.orgId(), link.remoteOrgId()).isPresent()) {
            throw ApiException.duplicateName("The org is already associated with org " + link.remoteOrgName() + ".");
        }
    }

    private static void text(String value, int max, String element) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw ApiException.badRequest(element + " is 1 to " + max + " characters.");
        }
    }

    private static void key(String value, String element) {
        text(value, MAX_KEY, element);
        if (!value.contains("-----BEGIN PUBLIC KEY-----")) {
            throw ApiException.badRequest(element + " is a PEM-encoded public key (-----BEGIN PUBLIC KEY-----).");
        }
    }

    /** A fresh public key, PEM-encoded (the private half is not kept: vcdsim signs nothing with it). */
    static String newPublicKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(g.generateKeyPair().getPublic().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
        } catch (NoSuchAlgorithmException | java.security.InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("the JVM has no EC key pair generator", e);
        }
    }
}
