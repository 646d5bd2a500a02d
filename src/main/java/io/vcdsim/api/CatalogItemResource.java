package io.vcdsim.api;

import io.vcdsim.catalog.CatalogItemCloning;
import io.vcdsim.catalog.CatalogService;
import io.vcdsim.catalog.MediaService;
import io.vcdsim.catalog.OvfLinks;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.compute.VAppService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.CaptureVAppParams;
import io.vcdsim.model.CatalogItem;
import io.vcdsim.model.CopyOrMoveCatalogItemParams;
import io.vcdsim.model.Media;
import io.vcdsim.model.UploadVAppTemplateParams;
import io.vcdsim.model.VAppTemplate;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.views.CatalogView;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * What catalogs hold: {@code POST /api/catalog/{id}/action/upload} starts an upload (Media, or
 * UploadVAppTemplateParams), {@code action/captureVApp} captures a vApp, {@code action/copy} and {@code move} take
 * an item of another catalog; catalog items and media are read and deleted here.
 */
public final class CatalogItemResource implements Routes {
    private final Database db;
    private final CatalogService catalogs;
    private final MediaService media;
    private final TemplateService templates;
    private final CatalogItemCloning cloning;
    private final OvfLinks links;
    private final VAppService vapps;
    private final TaskViews tasks;

    public CatalogItemResource(Database db, CatalogService catalogs, MediaService media, TemplateService templates,
                               CatalogItemCloning cloning, OvfLinks links, VAppService vapps, TaskViews tasks) {
        this.cloning = cloning;
        this.db = db;
        this.vapps = vapps;
        this.catalogs = catalogs;
        this.media = media;
        this.templates = templates;
        this.links = links;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/catalog/{id}/action/upload", this::upload);
        r.post("/api/catalog/{id}/action/captureVApp", this::capture);
        r.post("/api/catalog/{id}/action/copy", x -> copyOrMove(x, false));
        r.post("/api/catalog/{id}/action/move", x -> copyOrMove(x, true));
        r.get("/api/catalogItem/{id}", x -> Reply.ok(CatalogView.item(Hrefs.viewer(x), findItem(x, Right.CATALOG_ITEM_VIEW)),
                MediaTypes.CATALOG_ITEM));
        r.delete("/api/catalogItem/{id}", this::deleteItem);
        r.get("/api/media/{id}", x -> Reply.ok(media(x, findMedia(x, Right.CATALOG_ITEM_VIEW)), MediaTypes.MEDIA));
        r.post("/api/media/{id}/action/enableDownload", x -> {
            MediaRow m = findMedia(x, Right.CATALOG_ITEM_VIEW);
            x.principal().require(Right.CATALOG_ITEM_VIEW, m.orgId()); // not from a catalog another org shares
            return tasks.accepted(x, media.enableDownload(m, TaskResource.caller(x.principal())));
        });
        r.delete("/api/media/{id}", x -> tasks.accepted(x, media.delete(findMedia(x, Right.CATALOG_ITEM_MANAGE),
                TaskResource.caller(x.principal()))));
    }

    Reply upload(Exchange x) {
        CatalogRow catalog = catalogs.catalog(x.principal(), Hrefs.id(x, "id"), Right.CATALOG_ITEM_MANAGE);
        String type = String.valueOf(x.header("content-type")).toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaTypes.UPLOAD_TEMPLATE_PARAMS.toLowerCase(Locale.ROOT) + "+")) {
            UploadVAppTemplateParams in = x.read(UploadVAppTemplateParams.class, "UploadVAppTemplateParams",
                    MediaTypes.UPLOAD_TEMPLATE_PARAMS);
            URI source = in.sourceHref == null ? null : OvfLinks.check(in.sourceHref);
            TemplateService.Started s = templates.upload(catalog, in.name, in.description,
                    TaskResource.caller(x.principal()));
            if (source != null) {
                links.fetch(s, source);
            }
            CatalogItem v = CatalogView.item(Hrefs.viewer(x), s.item());
            return Reply.created(v, MediaTypes.CATALOG_ITEM, v.href);
        }
        Media in = x.read(Media.class, "Media", MediaTypes.MEDIA);
        MediaService.Started s = media.upload(catalog, in.name, in.description, in.imageType, in.size,
                TaskResource.caller(x.principal()));
        CatalogItem v = CatalogView.item(Hrefs.viewer(x), s.item());
        return Reply.created(v, MediaTypes.CATALOG_ITEM, v.href);
    }

    /** pyvcloud's capture_vapp: 201 with the new template, its vdcCaptureTemplate task inside. */
    Reply capture(Exchange x) {
        CatalogRow catalog = catalogs.catalog(x.principal(), Hrefs.id(x, "id"), Right.CATALOG_ITEM_MANAGE);
        CaptureVAppParams in = x.read(CaptureVAppParams.class, "CaptureVAppParams", MediaTypes.CAPTURE_VAPP_PARAMS);
        UUID source = in.source == null ? null : Ids.fromAny(in.source.href);
        if (source == null) {
            throw ApiException.badRequest("CaptureVAppParams needs a Source: the vApp's href.");
        }
        if (in.targetCatalogItem != null) {
            throw ApiException.badRequest("vcdsim does not overwrite a catalog item (TargetCatalogItem) yet: delete "
                    + "it first, or capture under another name.");
        }
        VAppRow vapp = vapps.vapp(x.principal(), source, Right.VDC_VIEW);
        TemplateService.Started s = templates.capture(catalog, vapp, in.name, in.description,
                TaskResource.caller(x.principal()));
        VAppTemplate v = db.read(tx -> CatalogView.template(tx, Hrefs.viewer(x), s.template()));
        return tasks.created(x, v, MediaTypes.VAPP_TEMPLATE, v.href, java.util.List.of(s.task()));
    }

    /** A catalog item of another catalog copied or moved into this one: 202 with the task. */
    Reply copyOrMove(Exchange x, boolean move) {
        CatalogRow target = catalogs.catalog(x.principal(), Hrefs.id(x, "id"), Right.CATALOG_ITEM_MANAGE);
        CopyOrMoveCatalogItemParams in = x.read(CopyOrMoveCatalogItemParams.class, "CopyOrMoveCatalogItemParams",
                MediaTypes.COPY_OR_MOVE_CATALOG_ITEM_PARAMS);
        UUID source = in.source == null ? null : Ids.fromAny(in.source.href);
        if (source == null) {
            throw ApiException.badRequest("CopyOrMoveCatalogItemParams needs a Source: the catalog item's href.");
        }
        // a move takes the item from its catalog: the caller must be able to remove it there
        CatalogItemRow item = catalogs.item(x.principal(), source, move ? Right.CATALOG_ITEM_MANAGE
                : Right.CATALOG_ITEM_VIEW);
        var by = TaskResource.caller(x.principal());
        return tasks.accepted(x, move ? cloning.move(target, item, in.name, in.description, by)
                : cloning.copy(target, item, in.name, in.description, by));
    }

    Reply deleteItem(Exchange x) {
        CatalogItemRow i = findItem(x, Right.CATALOG_ITEM_MANAGE);
        var by = TaskResource.caller(x.principal());
        if (CatalogItemRow.TEMPLATE.equals(i.entityKind())) {
            return tasks.accepted(x, templates.delete(templates.template(x.principal(), i.entityId(),
                    Right.CATALOG_ITEM_MANAGE), by));
        }
        return tasks.accepted(x, media.delete(media.media(x.principal(), i.entityId(), Right.CATALOG_ITEM_MANAGE), by));
    }

    private CatalogItemRow findItem(Exchange x, Right right) {
        return catalogs.item(x.principal(), Hrefs.id(x, "id"), right);
    }

    private MediaRow findMedia(Exchange x, Right right) {
        return media.media(x.principal(), Hrefs.id(x, "id"), right);
    }

    private Media media(Exchange x, MediaRow m) {
        return db.read(tx -> CatalogView.media(tx, Hrefs.viewer(x), m));
    }
}
