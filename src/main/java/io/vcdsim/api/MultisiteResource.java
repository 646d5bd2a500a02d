package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Multisite;
import io.vcdsim.provider.Associations;
import io.vcdsim.store.AssociationStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.MultisiteView;

import java.util.UUID;

/**
 * Multisite: {@code /api/site}, its {@code associations} (list, add from another site's local association data,
 * read and remove one) and {@code localAssociationData} (with {@code action/regenerateKeyPair}), for system
 * administrators; an org's {@code associations} under {@code /api/admin/org/{id}}, likewise, for its administrators.
 */
public final class MultisiteResource implements Routes {
    private static final String SITE = "/api/site/associations";
    private static final String ORG = "/api/admin/org/{id}/associations";
    private final Database db;
    private final Associations associations;
    private final OrgService orgs;
    private final TaskViews tasks;

    public MultisiteResource(Database db, Associations associations, OrgService orgs, TaskViews tasks) {
        this.db = db;
        this.associations = associations;
        this.orgs = orgs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/site", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.tx(tx -> MultisiteView.site(Hrefs.viewer(x), associations.siteId(tx),
                    tx.store(AssociationStore::new).sites())), MediaTypes.SITE);
        });
        r.get(SITE, x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.read(tx -> MultisiteView.associations(Hrefs.viewer(x),
                    tx.store(AssociationStore::new).sites())), MediaTypes.SITE_ASSOCIATIONS);
        });
        r.post(SITE, x -> {
            x.principal().requireSystemAdmin();
            Multisite.SiteMember in = x.read(Multisite.SiteMember.class, "SiteAssociationMember",
                    MediaTypes.SITE_ASSOCIATION);
            UUID id = Associations.siteUrn(in.siteId, "SiteId");
            return tasks.accepted(x, associations.associate(new AssociationStore.Site(id, in.siteName,
                    in.description, in.restEndpoint, in.baseUiEndpoint, in.publicKey),
                    TaskResource.caller(x.principal())));
        });
        r.get(SITE + "/localAssociationData", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.tx(tx -> MultisiteView.local(Hrefs.viewer(x), associations.siteId(tx),
                    associations.sitePublicKey(tx))), MediaTypes.SITE_ASSOCIATION);
        });
        r.post(SITE + "/localAssociationData/action/regenerateKeyPair", x -> {
            x.principal().requireSystemAdmin();
            return tasks.accepted(x, associations.regenerateSiteKey(TaskResource.caller(x.principal())));
        });
        r.get(SITE + "/{id}", x -> Reply.ok(MultisiteView.associated(Hrefs.viewer(x), site(x)),
                MediaTypes.SITE_ASSOCIATION));
        r.delete(SITE + "/{id}", x -> tasks.accepted(x, associations.disassociate(site(x),
                TaskResource.caller(x.principal()))));

        r.get(ORG, x -> {
            OrgRow org = org(x, Right.ORG_EDIT);
            return Reply.ok(db.read(tx -> MultisiteView.orgAssociations(Hrefs.viewer(x), org,
                    tx.store(AssociationStore::new).orgLinks(org.id()), tx.store(AssociationStore::new).sites())),
                    MediaTypes.ORG_ASSOCIATIONS);
        });
        r.post(ORG, x -> {
            OrgRow org = org(x, Right.ORG_EDIT);
            Multisite.OrgMember in = x.read(Multisite.OrgMember.class, "OrgAssociationMember",
                    MediaTypes.ORG_ASSOCIATION);
            UUID remote = in.orgId != null && in.orgId.startsWith("urn:vcloud:org:") ? Ids.fromAny(in.orgId) : null;
            if (remote == null) {
                throw ApiException.badRequest("OrgId is an org's URN, urn:vcloud:org:<id>.");
            }
            return tasks.accepted(x, associations.associate(org, new AssociationStore.OrgLink(org.id(), remote,
                    in.orgName, Associations.siteUrn(in.siteId, "SiteId"), in.orgPublicKey),
                    TaskResource.caller(x.principal())));
        });
        r.get(ORG + "/localAssociationData", x -> {
            OrgRow org = org(x, Right.ORG_EDIT);
            return Reply.ok(db.tx(tx -> MultisiteView.orgLocal(Hrefs.viewer(x), org, associations.siteId(tx),
                    associations.orgPublicKey(tx, org.id()))), MediaTypes.ORG_ASSOCIATION);
        });
        r.post(ORG + "/localAssociationData/action/regenerateKeyPair", x -> tasks.accepted(x,
                associations.regenerateOrgKey(org(x, Right.ORG_EDIT), TaskResource.caller(x.principal()))));
        r.delete(ORG + "/{remote}", x -> {
            OrgRow org = org(x, Right.ORG_EDIT);
            AssociationStore.OrgLink link = db.read(tx -> tx.store(AssociationStore::new).orgLink(org.id(),
                    Hrefs.id(x, "remote"))).orElseThrow(() -> ApiException.forbidden("No association of org "
                    + org.name() + " with org " + x.pathParam("remote") + " is accessible."));
            return tasks.accepted(x, associations.disassociate(org, link, TaskResource.caller(x.principal())));
        });
    }

    private AssociationStore.Site site(Exchange x) {
        x.principal().requireSystemAdmin();
        return associations.site(Hrefs.id(x, "id"));
    }

    private OrgRow org(Exchange x, Right right) {
        return orgs.org(x.principal(), Hrefs.id(x, "id"), right);
    }
}
