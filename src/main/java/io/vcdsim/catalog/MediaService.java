package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.Set;
import java.util.UUID;

/**
 * Media in catalogs. An upload creates the media (status 0), its catalog item, one file to PUT and
 * a vdcUploadMedia task that runs until the last byte has arrived; then the media is ready (status 1).
 */
public final class MediaService {
    public static final String UPLOAD = "vdcUploadMedia";
    /** vCD copies the bits to its transfer area first; vcdsim's are there already, so this only records a task. */
    public static final String ENABLE_DOWNLOAD = "vdcEnableDownload";
    public static final String DELETE = "vdcDeleteMedia";
    /** The name of a media's one file, as vCD calls it in the Files list and the transfer URL. */
    public static final String FILE = "file";
    private static final Set<String> IMAGE_TYPES = Set.of("iso", "floppy");
    private static final long MAX_SIZE = 1L << 40;

    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;

    public MediaService(Database db, TaskEngine engine, Spool spool) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        engine.registerOpen(UPLOAD, (tx, task) -> tx.catalogItems().mediaStatus(task.ownerId(), MediaRow.READY),
                this::remove, (tx, task) -> tx.catalogItems().files(task.ownerId()).stream()
                        .allMatch(TransferFileRow::complete));
        engine.register(DELETE, CatalogContent.Deletion.class,
                (tx, task, d) -> CatalogContent.removeWithdrawn(tx, task.ownerId(), d, spool),
                (tx, task, d) -> CatalogContent.putBack(tx, task.ownerId(), d));
        engine.register(ENABLE_DOWNLOAD, (tx, task) -> { });
    }

    public record Started(CatalogItemRow item, MediaRow media, TaskRow task) {
    }

    /** POST Media to a catalog: validates, then creates media, item, file and task together. */
    public Started upload(CatalogRow catalog, String name, String description, String imageType, Long size,
                          TaskEngine.Caller by) {
        Lengths.name(name, 128, "media");
        String type = imageType == null ? "iso" : imageType.toLowerCase(java.util.Locale.ROOT);
        if (!IMAGE_TYPES.contains(type)) {
            throw ApiException.badRequest("Unknown imageType " + imageType + "; use iso or floppy.");
        }
        if (size == null || size <= 0 || size > MAX_SIZE) {
            throw ApiException.badRequest("A media needs a size: its length in bytes, from 1 to " + MAX_SIZE + ".");
        }
        return db.tx(tx -> {
            CatalogContent.requireRoomFor(tx, catalog.id(), name);
            UUID vdc = CatalogContent.vdcFor(tx, catalog);
            MediaRow media = new MediaRow(UUID.randomUUID(), catalog.orgId(), vdc, name, description, type, size,
                    MediaRow.UPLOADING, engine.now(), by == null ? null : by.userId());
            tx.catalogItems().insertMedia(media);
            CatalogItemRow item = new CatalogItemRow(UUID.randomUUID(), catalog.id(), catalog.orgId(), name, description,
                    media.id(), CatalogItemRow.MEDIA, engine.now());
            tx.catalogItems().insert(item);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(UPLOAD, "Uploading Media " + name + "(" + media.id()
                    + ")", by, owner(media), true, null));
            tx.catalogItems().insertFile(new TransferFileRow(UUID.randomUUID(), media.id(), catalog.orgId(), task.id(),
                    FILE, size, 0, engine.now()));
            return new Started(item, media, task);
        });
    }

    public TaskRow delete(MediaRow media, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Media " + media.name() + "("
                + media.id() + ")", by, owner(media), true, CatalogContent.withdraw(tx, media.id()))));
    }

    public TaskRow enableDownload(MediaRow media, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(ENABLE_DOWNLOAD, "Enabling download of Media "
                + media.name(), by, owner(media), false, null)));
    }

    /** Removes it with its catalog item and bytes (a delete, or an upload aborted, canceled or failed). */
    private void remove(Tx tx, TaskRow task) {
        CatalogContent.remove(tx, task.ownerId(), spool);
    }

    /** The medium with this id, if the caller holds {@code right} in its org (or reads it shared); else 403. */
    public MediaRow media(Principal p, UUID id, Right right) {
        return db.read(tx -> CatalogSharing.require(tx, p, right, tx.catalogItems().media(id), MediaRow::orgId,
                m -> CatalogSharing.catalogOf(tx, m.id()), "media", id));
    }

    public static ObjectRef owner(MediaRow m) {
        return ObjectRef.of(Kind.MEDIA, m.id(), m.name());
    }
}
