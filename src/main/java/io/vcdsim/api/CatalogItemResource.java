package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.catalog.MediaService;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.catalog.Transfers;
import io.vcdsim.core.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.CatalogItem;
import io.vcdsim.model.FileDescriptor;
import io.vcdsim.model.Media;
import io.vcdsim.model.Reference;
import io.vcdsim.model.UploadVAppTemplateParams;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.TransferFileRow;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

/**
 * What catalogs hold: {@code POST /api/catalog/{id}/action/upload} starts an upload (Media, or
 * UploadVAppTemplateParams), and catalog items and media are read and deleted here.
 */
public final class CatalogItemResource implements Routes {
    private final Database db;
    private final MediaService media;
    private final TemplateService templates;
    private final TaskViews tasks;

    public CatalogItemResource(Database db, MediaService media, TemplateService templates, TaskViews tasks) {
        this.db = db;
        this.media = media;
        this.templates = templates;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/catalog/{id}/action/upload", this::upload);
        r.get("/api/catalogItem/{id}", x -> Reply.ok(item(x, findItem(x, Right.CATALOG_ITEM_VIEW)),
                MediaTypes.CATALOG_ITEM));
        r.delete("/api/catalogItem/{id}", this::deleteItem);
        r.get("/api/media/{id}", x -> Reply.ok(media(x, findMedia(x, Right.CATALOG_ITEM_VIEW)), MediaTypes.MEDIA));
        r.post("/api/media/{id}/action/enableDownload", x -> tasks.accepted(x, media.enableDownload(
                findMedia(x, Right.CATALOG_ITEM_VIEW), TaskResource.caller(x.principal()))));
        r.delete("/api/media/{id}", x -> tasks.accepted(x, media.delete(findMedia(x, Right.CATALOG_ITEM_MANAGE),
                TaskResource.caller(x.principal()))));
    }

    /** The URL both add links of a catalog point at; the Content-Type says what is uploaded. */
    public static String uploadPath(UUID catalogId) {
        return "/api/catalog/" + catalogId + "/action/upload";
    }

    public static Reference reference(Exchange x, CatalogItemRow i) {
        return Hrefs.ref(x, Kind.CATALOG_ITEM, i.id(), i.name());
    }

    Reply upload(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        CatalogRow catalog = Hrefs.found(db.read(tx -> tx.resources().catalog(id)), "catalog", id);
        x.principal().require(Right.CATALOG_ITEM_MANAGE, catalog.orgId());
        String type = String.valueOf(x.header("content-type")).toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaTypes.UPLOAD_TEMPLATE_PARAMS.toLowerCase(Locale.ROOT) + "+")) {
            UploadVAppTemplateParams in = x.read(UploadVAppTemplateParams.class, "UploadVAppTemplateParams",
                    MediaTypes.UPLOAD_TEMPLATE_PARAMS);
            TemplateService.Started s = templates.upload(catalog, in.name, in.description,
                    TaskResource.caller(x.principal()));
            CatalogItem v = item(x, s.item());
            return Reply.created(v, MediaTypes.CATALOG_ITEM, v.href);
        }
        Media in = x.read(Media.class, "Media", MediaTypes.MEDIA);
        MediaService.Started s = media.upload(catalog, in.name, in.description, in.imageType, in.size,
                TaskResource.caller(x.principal()));
        CatalogItem v = item(x, s.item());
        return Reply.created(v, MediaTypes.CATALOG_ITEM, v.href);
    }

    Reply deleteItem(Exchange x) {
        CatalogItemRow i = findItem(x, Right.CATALOG_ITEM_MANAGE);
        var by = TaskResource.caller(x.principal());
        if (CatalogItemRow.TEMPLATE.equals(i.entityKind())) {
            TemplateRow t = db.read(tx -> tx.compute().template(i.entityId())).orElseThrow(() ->
                    ApiException.forbidden("No vApp template behind catalog item " + i.name() + "."));
            return tasks.accepted(x, templates.delete(t, by));
        }
        MediaRow m = db.read(tx -> tx.catalogItems().media(i.entityId())).orElseThrow(() ->
                ApiException.forbidden("No media behind catalog item " + i.name() + "."));
        return tasks.accepted(x, media.delete(m, by));
    }

    private CatalogItemRow findItem(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        CatalogItemRow i = Hrefs.found(db.read(tx -> tx.catalogItems().find(id)), "catalog item", id);
        x.principal().require(right, i.orgId());
        return i;
    }

    private MediaRow findMedia(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        MediaRow m = Hrefs.found(db.read(tx -> tx.catalogItems().media(id)), "media", id);
        x.principal().require(right, m.orgId());
        return m;
    }

    CatalogItem item(Exchange x, CatalogItemRow i) {
        CatalogItem v = new CatalogItem();
        v.href = Hrefs.of(x, Kind.CATALOG_ITEM, i.id());
        v.type = MediaTypes.xml(MediaTypes.CATALOG_ITEM);
        v.name = i.name();
        v.id = Kind.CATALOG_ITEM.urn(i.id());
        Hrefs.link(v, "up", x, Kind.CATALOG, i.catalogId());
        v.link("remove", v.href, null);
        MetadataResource.link(v);
        v.description = i.description();
        v.entity = Hrefs.ref(x, CatalogItemRow.MEDIA.equals(i.entityKind()) ? Kind.MEDIA : Kind.VAPP_TEMPLATE,
                i.entityId(), i.name());
        v.dateCreated = TaskViews.time(i.created());
        return v;
    }

    Media media(Exchange x, MediaRow m) {
        Media v = new Media();
        v.href = Hrefs.of(x, Kind.MEDIA, m.id());
        v.type = MediaTypes.xml(MediaTypes.MEDIA);
        v.name = m.name();
        v.id = Kind.MEDIA.urn(m.id());
        v.status = m.status();
        v.imageType = m.imageType();
        v.size = m.size();
        if (m.vdcId() != null) {
            Hrefs.link(v, "up", x, Kind.VDC, m.vdcId());
        }
        db.read(tx -> tx.catalogItems().forEntity(m.id())).ifPresent(i ->
                v.link("catalogItem", Hrefs.of(x, Kind.CATALOG_ITEM, i.id()), MediaTypes.xml(MediaTypes.CATALOG_ITEM)));
        v.link("remove", v.href, null);
        MetadataResource.link(v);
        v.description = m.description();
        v.tasks = tasks.active(x, m.id());
        v.files = new ArrayList<>();
        for (TransferFileRow f : db.read(tx -> tx.catalogItems().files(m.id()))) {
            FileDescriptor d = file(x, f);
            if (m.status() == MediaRow.READY) {
                // downloads need no enabling in vcdsim; the enable action exists for clients that call it
                d.link("download:default", x.href(Transfers.PREFIX + m.id() + "/" + f.name()), null);
            }
            v.files.add(d);
        }
        if (m.status() == MediaRow.READY) {
            v.link("enable", v.href + "/action/enableDownload", null);
        }
        return v;
    }

    /** A File with its upload link while bytes are missing: what pyvcloud PUTs its chunks to. */
    static FileDescriptor file(Exchange x, TransferFileRow f) {
        FileDescriptor d = new FileDescriptor();
        d.name = f.name();
        d.size = f.size();
        d.bytesTransferred = f.bytesTransferred();
        if (!f.complete()) {
            d.link("upload:default", x.href(Transfers.path(f)), null);
        }
        return d;
    }
}
