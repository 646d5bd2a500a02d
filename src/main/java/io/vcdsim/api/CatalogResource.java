package io.vcdsim.api;

import io.vcdsim.catalog.CatalogService;
import io.vcdsim.catalog.CatalogSubscriptions;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminCatalog;
import io.vcdsim.model.Catalog;
import io.vcdsim.model.ExternalCatalogSubscriptionParams;
import io.vcdsim.model.PublishCatalogParams;
import io.vcdsim.model.PublishExternalCatalogParams;
import io.vcdsim.model.Reference;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.CatalogView;

import java.util.UUID;

/** Catalogs: {@code /api/catalog/{id}} and the admin view {@code /api/admin/catalog/{id}}. */
public final class CatalogResource implements Routes {
    private final Database db;
    private final CatalogService catalogs;
    private final CatalogSubscriptions subscriptions;
    private final OrgService orgs;
    private final TaskViews tasks;

    public CatalogResource(Database db, CatalogService catalogs, CatalogSubscriptions subscriptions, OrgService orgs,
                           TaskViews tasks) {
        this.db = db;
        this.catalogs = catalogs;
        this.subscriptions = subscriptions;
        this.orgs = orgs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/catalog/{id}", x -> Reply.ok(catalog(x, load(x, Right.CATALOG_VIEW), false), MediaTypes.CATALOG));
        r.put("/api/admin/catalog/{id}", this::update);
        r.post("/api/catalog/{id}/action/publish", this::publish);
        r.post("/api/admin/catalog/{id}/action/publish", this::publish); // go-vcloud-director's AdminCatalog posts here
        r.post("/api/catalog/{id}/action/publishToExternalOrganizations", this::publishExternally);
        r.post("/api/admin/catalog/{id}/action/publishToExternalOrganizations", this::publishExternally);
        // a Catalog Author reads the admin view of what they may edit (pyvcloud's update_catalog GETs it first)
        r.get("/api/admin/catalog/{id}", x -> Reply.ok(catalog(x, load(x, x.principal().has(Right.ADMIN_VIEW)
                ? Right.ADMIN_VIEW : Right.CATALOG_EDIT), true), MediaTypes.ADMIN_CATALOG));
        r.post("/api/admin/org/{id}/catalogs", this::create);
        r.delete("/api/admin/catalog/{id}", this::delete);
        // subscribed catalogs: synchronised as a whole or item by item, and subscribed anew
        r.post("/api/catalog/{id}/action/sync", x -> tasks.accepted(x, subscriptions.sync(load(x, Right.CATALOG_EDIT),
                TaskResource.caller(x.principal()))));
        r.post("/api/catalogItem/{id}/action/sync", x -> tasks.accepted(x, subscriptions.sync(
                catalogs.item(x.principal(), Hrefs.id(x, "id"), Right.CATALOG_EDIT), TaskResource.caller(x.principal()))));
        r.post("/api/admin/catalog/{id}/action/subscribeToExternalCatalog", this::resubscribe);
    }

    private CatalogRow load(Exchange x, Right right) {
        return catalogs.catalog(x.principal(), Hrefs.id(x, "id"), right);
    }

    /** {@code POST /api/admin/org/{id}/catalogs}: 201 with the AdminCatalog, its creation task inside. */
    Reply create(Exchange x) {
        UUID orgId = orgs.org(x.principal(), Hrefs.id(x, "id"), Right.CATALOG_MANAGE).id();
        AdminCatalog body = x.read(AdminCatalog.class, "AdminCatalog", MediaTypes.ADMIN_CATALOG);
        ExternalCatalogSubscriptionParams subscription = body.externalCatalogSubscriptionParams;
        TaskEngine.Caller caller = TaskResource.caller(x.principal());
        CatalogService.Storage storage = storage(body);
        CatalogService.Created created = subscription != null && Boolean.TRUE.equals(
                subscription.subscribeToExternalFeeds)
                ? subscriptions.subscribe(orgId, body.name, body.description, storage, request(subscription),
                x.baseUrl(), caller)
                : catalogs.create(orgId, body.name, body.description, storage, caller);
        return tasks.created(x, catalog(x, created.catalog(), true), MediaTypes.ADMIN_CATALOG,
                Hrefs.admin(x, Kind.CATALOG, created.catalog().id()), created.tasks());
    }

    /** go-vcloud-director's UpdateSubscriptionParams: the subscription as asked, synchronised; 204. */
    Reply resubscribe(Exchange x) {
        CatalogRow c = load(x, Right.CATALOG_EDIT);
        ExternalCatalogSubscriptionParams in = x.read(ExternalCatalogSubscriptionParams.class,
                "ExternalCatalogSubscriptionParams", MediaTypes.CATALOG_SUBSCRIPTION_PARAMS);
        subscriptions.resubscribe(c, !Boolean.FALSE.equals(in.subscribeToExternalFeeds), request(in), x.baseUrl(),
                TaskResource.caller(x.principal()));
        return Reply.noContent();
    }

    private static CatalogSubscriptions.Request request(ExternalCatalogSubscriptionParams p) {
        return new CatalogSubscriptions.Request(p.location, p.password, Boolean.TRUE.equals(p.localCopy));
    }

    /**
     * {@code PUT /api/admin/catalog/{id}}: a new name, description or storage profile; the AdminCatalog comes back.
     * Without CatalogStorageProfiles the profile stays; an empty one takes it away (terraform's vcd_catalog).
     */
    Reply update(Exchange x) {
        CatalogRow c = load(x, Right.CATALOG_EDIT);
        AdminCatalog body = x.read(AdminCatalog.class, "AdminCatalog", MediaTypes.ADMIN_CATALOG);
        return Reply.ok(catalog(x, catalogs.update(c.id(), body.name, body.description, storage(body),
                TaskResource.caller(x.principal())), true), MediaTypes.ADMIN_CATALOG);
    }

    /**
     * The storage profile an AdminCatalog names in CatalogStorageProfiles (go-vcloud-director's
     * CreateCatalogWithStorageProfile): null when it has no such element, {@link CatalogService.Storage#NONE} when
     * the element is empty. vcdsim keeps a catalog's items on one profile.
     */
    private static CatalogService.Storage storage(AdminCatalog body) {
        if (body.catalogStorageProfiles == null) {
            return null;
        }
        if (body.catalogStorageProfiles.size() > 1) {
            throw ApiException.badRequest("A catalog keeps its items on one storage profile: CatalogStorageProfiles "
                    + "names one VdcStorageProfile, or none.");
        }
        if (body.catalogStorageProfiles.isEmpty()) {
            return CatalogService.Storage.NONE;
        }
        Reference ref = body.catalogStorageProfiles.get(0);
        UUID id = Ids.fromAny(ref.href != null ? ref.href : ref.id);
        if (id == null) {
            throw ApiException.invalidReference("The catalog's VdcStorageProfile needs the href of a VDC storage "
                    + "profile.");
        }
        return new CatalogService.Storage(id);
    }

    /** pyvcloud's share_catalog, go-vcloud-director's publish: 204. */
    Reply publish(Exchange x) {
        CatalogRow c = load(x, Right.CATALOG_EDIT);
        PublishCatalogParams in = x.read(PublishCatalogParams.class, "PublishCatalogParams",
                MediaTypes.PUBLISH_CATALOG_PARAMS);
        if (in.isPublished == null) {
            throw ApiException.badRequest("PublishCatalogParams needs IsPublished.");
        }
        catalogs.publish(c.id(), in.isPublished, TaskResource.caller(x.principal()));
        return Reply.noContent();
    }

    /** go-vcloud-director's PublishToExternalOrganizations: 204, the catalog then shows how it is published. */
    Reply publishExternally(Exchange x) {
        CatalogRow c = load(x, Right.CATALOG_EDIT);
        PublishExternalCatalogParams in = x.read(PublishExternalCatalogParams.class, "PublishExternalCatalogParams",
                "application/vnd.vmware.admin.publishExternalCatalogParams");
        if (in.isPublishedExternally == null) {
            throw ApiException.badRequest("PublishExternalCatalogParams needs IsPublishedExternally.");
        }
        catalogs.publishExternally(c, in.isPublishedExternally, in.isCacheEnabled, in.preserveIdentityInfoFlag,
                in.password, TaskResource.caller(x.principal()));
        return Reply.noContent();
    }

    Reply delete(Exchange x) {
        CatalogRow c = load(x, Right.CATALOG_MANAGE);
        return tasks.accepted(x, catalogs.delete(c.id(), x.flag("recursive"),
                TaskResource.caller(x.principal())));
    }

    private Catalog catalog(Exchange x, CatalogRow c, boolean admin) {
        return db.read(tx -> CatalogView.catalog(tx, Hrefs.viewer(x), c, admin));
    }
}
