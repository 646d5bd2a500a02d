package io.vcdsim.api;

import io.vcdsim.auth.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Catalog;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Catalogs: {@code /api/catalog/{id}} and the admin view {@code /api/admin/catalog/{id}}. */
public final class CatalogResource implements Routes {
    private final Database db;

    public CatalogResource(Database db) {
        this.db = db;
    }

    @Override
    public void register(Router r) {
        r.get("/api/catalog/{id}", x -> catalog(x, false));
        r.get("/api/admin/catalog/{id}", x -> catalog(x, true));
    }

    Reply catalog(Exchange x, boolean admin) {
        UUID id = Hrefs.id(x, "id");
        CatalogRow c = Hrefs.found(db.tx(tx -> tx.resources().catalog(id)), "catalog", id);
        x.principal().require(admin ? Right.ADMIN_VIEW : Right.CATALOG_VIEW, c.orgId());
        String media = admin ? MediaTypes.ADMIN_CATALOG : MediaTypes.CATALOG;
        Catalog catalog = new Catalog();
        catalog.href = x.href((admin ? "/api/admin/catalog/" : "/api/catalog/") + c.id());
        catalog.type = MediaTypes.xml(media);
        catalog.name = c.name();
        catalog.id = Hrefs.urn("catalog", c.id());
        catalog.description = c.description();
        catalog.isPublished = c.published();
        catalog.dateCreated = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.created().atOffset(ZoneOffset.UTC));
        catalog.link("up", Hrefs.org(x, c.orgId()), MediaTypes.xml(MediaTypes.ORG));
        if (admin) {
            catalog.link("alternate", Hrefs.catalog(x, c.id()), MediaTypes.xml(MediaTypes.CATALOG));
        }
        return Reply.ok(catalog, media);
    }
}
