package io.vcdsim.api;

import io.vcdsim.catalog.CatalogService;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminCatalog;
import io.vcdsim.model.Catalog;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;

import java.util.UUID;

/** Catalogs: {@code /api/catalog/{id}} and the admin view {@code /api/admin/catalog/{id}}. */
public final class CatalogResource implements Routes {
    private final Database db;
    private final CatalogService catalogs;
    private final TaskViews tasks;

    public CatalogResource(Database db, CatalogService catalogs, TaskViews tasks) {
        this.db = db;
        this.catalogs = catalogs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/catalog/{id}", x -> Reply.ok(catalog(x, load(x, Right.CATALOG_VIEW), false), MediaTypes.CATALOG));
        r.get("/api/admin/catalog/{id}", x -> Reply.ok(catalog(x, load(x, Right.ADMIN_VIEW), true),
                MediaTypes.ADMIN_CATALOG));
        r.post("/api/admin/org/{id}/catalogs", this::create);
        r.delete("/api/admin/catalog/{id}", this::delete);
    }

    private CatalogRow load(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        CatalogRow c = Hrefs.found(db.read(tx -> tx.resources().catalog(id)), "catalog", id);
        x.principal().require(right, c.orgId());
        return c;
    }

    /** {@code POST /api/admin/org/{id}/catalogs}: 201 with the AdminCatalog, its creation task inside. */
    Reply create(Exchange x) {
        UUID orgId = Hrefs.id(x, "id");
        Hrefs.found(db.read(tx -> tx.orgs().find(orgId)), "organization", orgId);
        x.principal().require(Right.CATALOG_MANAGE, orgId);
        AdminCatalog body = x.read(AdminCatalog.class, "AdminCatalog", MediaTypes.ADMIN_CATALOG);
        CatalogService.Created created = catalogs.create(orgId, body.name, body.description,
                TaskResource.caller(x.principal()));
        return Reply.created(catalog(x, created.catalog(), true), MediaTypes.ADMIN_CATALOG,
                Hrefs.admin(x, Kind.CATALOG, created.catalog().id()));
    }

    Reply delete(Exchange x) {
        CatalogRow c = load(x, Right.CATALOG_MANAGE);
        return tasks.accepted(x, catalogs.delete(c.id(), x.flag("recursive"),
                TaskResource.caller(x.principal())));
    }

    private Catalog catalog(Exchange x, CatalogRow c, boolean admin) {
        String media = admin ? MediaTypes.ADMIN_CATALOG : MediaTypes.CATALOG;
        Catalog catalog = admin ? new AdminCatalog() : new Catalog();
        catalog.href = x.href((admin ? "/api/admin/catalog/" : "/api/catalog/") + c.id());
        catalog.type = MediaTypes.xml(media);
        MetadataResource.link(catalog);
        catalog.name = c.name();
        catalog.id = Kind.CATALOG.urn(c.id());
        catalog.description = c.description();
        catalog.isPublished = c.published();
        catalog.dateCreated = TaskViews.time(c.created());
        Hrefs.link(catalog, "up", x, Kind.ORG, c.orgId());
        if (admin) {
            Hrefs.link(catalog, "alternate", x, Kind.CATALOG, c.id());
            if (x.principal().has(Right.CATALOG_MANAGE)) {
                catalog.link("remove", catalog.href, null);
            }
        }
        String upload = x.href(CatalogItemResource.uploadPath(c.id()));
        catalog.link("add", upload, MediaTypes.xml(MediaTypes.MEDIA));
        catalog.link("add", upload, MediaTypes.xml(MediaTypes.UPLOAD_TEMPLATE_PARAMS));
        catalog.tasks = tasks.active(x, c.id());
        for (CatalogItemRow i : db.read(tx -> tx.catalogItems().inCatalog(c.id()))) {
            catalog.catalogItems.add(CatalogItemResource.reference(x, i));
        }
        return catalog;
    }
}
