package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.core.Uploads;
import io.vcdsim.store.Database;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code PUT /transfer/{file id}/{name}}: a chunk of an upload, placed by its Content-Range
 * ({@code bytes first-last/total}). The bytes go to the spool first, then the file's count of
 * bytes moves on and the upload task's progress with it; the last byte pokes the task to finish.
 * Chunks arrive in order (pyvcloud sends them so); one that would leave a gap is refused with 416.
 */
public final class Transfers implements Uploads {
    public static final String PREFIX = "/transfer/";
    /** At most 18 digits: every such number fits a long, so none of them overflows when read. */
    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)");
    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;
    private final TemplateService templates;

    public Transfers(Database db, TaskEngine engine, Spool spool, TemplateService templates) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        this.templates = templates;
    }

    /** Where a template's OVF descriptor is PUT (whole, as text/xml). */
    public static String descriptorPath(UUID templateId) {
        return PREFIX + templateId + "/" + TemplateService.DESCRIPTOR;
    }

    /** The URL a file is uploaded to. */
    public static String path(TransferFileRow f) {
        return PREFIX + f.id() + "/" + f.name();
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(PREFIX);
    }

    @Override
    public void receive(String path, String contentType, String contentRange, long contentLength, InputStream body,
                         Principal who) {
        String[] parts = parts(path);
        if (parts[1].equals(TemplateService.DESCRIPTOR)) {
            UUID entityId = Ids.fromAny(parts[0]);
            Waiting w = entityId == null ? null : db.read(tx -> waiting(tx, entityId));
            if (w == null || !who.canSee(w.orgId())) {
                throw ApiException.notFound("No upload is waiting at " + path + ".");
            }
            who.require(w.right(), w.orgId());
            templates.descriptor(entityId, body);
            return;
        }
        TransferFileRow found = find(parts, path, who);
        who.require(db.read(tx -> templates.target(tx, found.entityId()).map(OvfTarget::uploadRight)
                .orElse(Right.CATALOG_ITEM_MANAGE)), found.orgId());
        TransferFileRow file = found.size() >= 0 ? found : sized(found, contentRange, contentLength);
        long first;
        long last;
        if (contentRange == null) { // a whole file in one PUT (the OVF descriptor)
            first = 0;
            last = contentLength >= 0 ? contentLength - 1 : file.size() - 1;
        } else {
            Matcher m = RANGE.matcher(contentRange.trim());
            if (!m.matches()) {
                throw ApiException.badRequest("Content-Range must read 'bytes first-last/total', not '" + contentRange
                        + "'.");
            }
            first = Long.parseLong(m.group(1));
            last = Long.parseLong(m.group(2));
            if (!m.group(3).equals("*") && Long.parseLong(m.group(3)) != file.size()) {
                throw ApiException.badRequest("The file " + file.name() + " has " + file.size() + " bytes, not "
                        + m.group(3) + ".");
            }
        }
        if (last < first || last >= file.size()) {
            throw new ApiException(416, "BAD_REQUEST", "Bytes " + first + "-" + last + " are outside file "
                    + file.name() + " (" + file.size() + " bytes).");
        }
        if (file.complete()) {
            throw new ApiException(416, "BAD_REQUEST", "All " + file.size() + " bytes of " + file.name()
                    + " have arrived; the upload is over.");
        }
        if (first > file.bytesTransferred()) {
            throw new ApiException(416, "BAD_REQUEST", "Bytes " + first + "-" + last + " leave a gap: "
                    + file.name() + " has its first " + file.bytesTransferred() + " bytes.");
        }
        spool.write(file.id(), first, last - first + 1, body);
        db.run(tx -> arrived(tx, engine, file, last + 1));
    }

    /**
     * Records that a file holds its bytes up to {@code end} (exclusive): its task's progress follows the bytes of all
     * its entity's files, and the task is woken when they are all in. A canceled upload has no file left (403).
     */
    static void arrived(Tx tx, TaskEngine engine, TransferFileRow file, long end) {
        TransferFileRow now = tx.catalogItems().lockFile(file.id()).orElseThrow(() ->
                ApiException.forbidden("The upload of " + file.name() + " was canceled."));
        tx.catalogItems().transferred(now.id(), Math.max(now.bytesTransferred(), end));
        List<TransferFileRow> all = tx.catalogItems().files(now.entityId());
        long size = all.stream().mapToLong(TransferFileRow::size).sum();
        long have = all.stream().mapToLong(f -> Math.min(f.size(), f.bytesTransferred())).sum();
        if (now.taskId() != null) {
            engine.progress(tx, now.taskId(), (int) (have * 100 / Math.max(1, size)));
            if (have >= size) {
                String operation = tx.tasks().find(now.taskId()).map(t -> t.operationName()).orElse("");
                tx.handle().afterCommit(() -> engine.pokeAfterDuration(now.taskId(), operation));
            }
        }
    }

    /**
     * {@code GET /transfer/{id}/{name}}: by upload id, or by the entity's id and the file's name (pyvcloud
     * builds an OVF's file URLs next to its descriptor's). Only complete files are served.
     */
    @Override
    public Download download(String path, Principal who) {
        String[] parts = parts(path);
        UUID id = Ids.fromAny(parts[0]);
        TransferFileRow f = id == null ? null : db.read(tx -> tx.catalogItems().file(id)
                .filter(x -> x.name().equals(parts[1])).or(() -> tx.catalogItems().fileNamed(id, parts[1])))
                .orElse(null);
        if (f == null || !who.canSee(f.orgId()) || !f.complete() || !java.nio.file.Files.exists(spool.path(f.id()))) {
            throw ApiException.notFound("Nothing can be downloaded from " + path + ".");
        }
        who.require(Right.CATALOG_ITEM_VIEW, f.orgId());
        return new Download(spool.path(f.id()), f.size(), f.name().endsWith(".ovf") ? "text/xml"
                : "application/octet-stream");
    }

    /**
     * A file whose OVF left its size out, sized by the first chunk: its Content-Range total, or the length of a
     * whole-file PUT. A chunk that says neither is a 400.
     */
    private TransferFileRow sized(TransferFileRow file, String contentRange, long contentLength) {
        long total;
        if (contentRange == null) {
            total = contentLength;
        } else {
            Matcher m = RANGE.matcher(contentRange.trim());
            total = m.matches() && !m.group(3).equals("*") ? Long.parseLong(m.group(3)) : -1;
        }
        if (total < 0) {
            throw ApiException.badRequest("The OVF gives no size for " + file.name() + ": its first chunk's "
                    + "Content-Range must give the total (bytes first-last/total).");
        }
        db.run(tx -> tx.catalogItems().sized(file.id(), total));
        return db.read(tx -> tx.catalogItems().file(file.id())).orElseThrow(() ->
                ApiException.forbidden("The upload of " + file.name() + " was canceled."));
    }

    /** An entity an OVF package is uploaded into: its org, and the right an uploader holds there. */
    private record Waiting(UUID orgId, Right right) {
    }

    /** The template, or another target's entity (a vApp), this id names; null if none. */
    private Waiting waiting(Tx tx, UUID entityId) {
        var template = tx.compute().template(entityId);
        if (template.isPresent()) {
            return new Waiting(template.get().orgId(), Right.CATALOG_ITEM_MANAGE);
        }
        return templates.target(tx, entityId).flatMap(t -> tx.objects().find(t.kind(), entityId)
                .map(f -> new Waiting(f.orgId(), t.uploadRight()))).orElse(null);
    }

    /** {@code /transfer/{id}/{name}} as its two parts; anything else names no transfer. */
    private static String[] parts(String path) {
        String[] parts = path.substring(PREFIX.length()).split("/", 2);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw ApiException.notFound("No transfer at " + path + ".");
        }
        return parts;
    }

    private TransferFileRow find(String[] parts, String path, Principal who) {
        UUID id = Ids.fromAny(parts[0]);
        TransferFileRow f = id == null ? null : db.read(tx -> tx.catalogItems().file(id)).orElse(null);
        if (f == null || !parts[1].equals(f.name()) || !who.canSee(f.orgId())) {
            throw ApiException.notFound("No upload is waiting at " + path + ".");
        }
        return f;
    }
}
