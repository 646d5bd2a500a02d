package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Catalog items, the media they point at, and the files clients upload into them. */
public final class CatalogItemStore {
    private static final RowMapper<CatalogItemRow> ITEM = (rs, ctx) -> new CatalogItemRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "catalog_id"), Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("description"),
            Rows.uuid(rs, "entity_id"), rs.getString("entity_kind"), Rows.instant(rs, "created"));
    private static final RowMapper<MediaRow> MEDIA = (rs, ctx) -> new MediaRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("description"),
            rs.getString("image_type"), rs.getLong("size"), rs.getInt("status"), Rows.instant(rs, "created"),
            Rows.uuid(rs, "owner_id"));
    private static final RowMapper<TransferFileRow> FILE = (rs, ctx) -> new TransferFileRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "entity_id"), Rows.uuid(rs, "org_id"), Rows.uuid(rs, "task_id"), rs.getString("name"),
            rs.getLong("size"), rs.getLong("bytes_transferred"), Rows.instant(rs, "created"));
    private final Handle h;

    CatalogItemStore(Handle h) {
        this.h = h;
    }

    public void insert(CatalogItemRow i) {
        Rows.execute(h, "INSERT INTO catalog_item (id, catalog_id, org_id, name, description, entity_id, entity_kind, "
                + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", i.id(), i.catalogId(), i.orgId(), i.name(), i.description(),
                i.entityId(), i.entityKind(), i.created());
    }

    /** The item named anew with its entity (a template renamed renames its item). */
    public void rename(UUID id, String name, String description) {
        Rows.execute(h, "UPDATE catalog_item SET name = ?, description = ? WHERE id = ?", name, description, id);
    }

    public Optional<CatalogItemRow> find(UUID id) {
        return h.createQuery("SELECT * FROM catalog_item WHERE id = :id").bind("id", id).map(ITEM).findOne();
    }

    public Optional<CatalogItemRow> forEntity(UUID entityId) {
        return h.createQuery("SELECT * FROM catalog_item WHERE entity_id = :e").bind("e", entityId).map(ITEM)
                .findOne();
    }

    public List<CatalogItemRow> inCatalog(UUID catalogId) {
        return h.createQuery("SELECT * FROM catalog_item WHERE catalog_id = :c ORDER BY name, id").bind("c", catalogId)
                .map(ITEM).list();
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM catalog_item WHERE id = ?", id);
    }

    public void insertMedia(MediaRow m) {
        Rows.execute(h, "INSERT INTO media (id, org_id, vdc_id, name, description, image_type, size, status, created, "
                + "owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.orgId(), m.vdcId(), m.name(),
                m.description(), m.imageType(), m.size(), m.status(), m.created(), m.ownerId());
    }

    public Optional<MediaRow> media(UUID id) {
        return h.createQuery("SELECT * FROM media WHERE id = :id").bind("id", id).map(MEDIA).findOne();
    }

    public List<MediaRow> mediaIn(UUID vdcId) {
        return h.createQuery("SELECT * FROM media WHERE vdc_id = :v ORDER BY name, id").bind("v", vdcId).map(MEDIA)
                .list();
    }

    public void mediaStatus(UUID id, int status) {
        Rows.execute(h, "UPDATE media SET status = ? WHERE id = ?", status, id);
    }

    public void deleteMedia(UUID id) {
        Rows.execute(h, "DELETE FROM media WHERE id = ?", id);
    }

    public void insertFile(TransferFileRow f) {
        Rows.execute(h, "INSERT INTO transfer_file (id, entity_id, org_id, task_id, name, size, bytes_transferred, "
                + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", f.id(), f.entityId(), f.orgId(), f.taskId(), f.name(),
                f.size(), f.bytesTransferred(), f.created());
    }

    public List<TransferFileRow> files(UUID entityId) {
        return h.createQuery("SELECT * FROM transfer_file WHERE entity_id = :e ORDER BY created, name")
                .bind("e", entityId).map(FILE).list();
    }

    public Optional<TransferFileRow> file(UUID id) {
        return h.createQuery("SELECT * FROM transfer_file WHERE id = :id").bind("id", id).map(FILE).findOne();
    }

    public Optional<TransferFileRow> fileNamed(UUID entityId, String name) {
        return h.createQuery("SELECT * FROM transfer_file WHERE entity_id = :e AND name = :n").bind("e", entityId)
                .bind("n", name).map(FILE).findOne();
    }

    /** Reads a file and locks it: chunks of one file are recorded one at a time. */
    public Optional<TransferFileRow> lockFile(UUID id) {
        return h.createQuery("SELECT * FROM transfer_file WHERE id = :id FOR UPDATE").bind("id", id).map(FILE)
                .findOne();
    }

    /** Gives a file whose OVF left its size out the size its first chunk announced; false if it had one already. */
    public boolean sized(UUID id, long size) {
        return h.createUpdate("UPDATE transfer_file SET size = :size WHERE id = :id AND size < 0").bind("size", size)
                .bind("id", id).execute() == 1;
    }

    public void transferred(UUID id, long bytes) {
        Rows.execute(h, "UPDATE transfer_file SET bytes_transferred = ? WHERE id = ?", bytes, id);
    }

    public java.util.Set<UUID> allFileIds() {
        return new java.util.HashSet<>(h.createQuery("SELECT id FROM transfer_file").mapTo(UUID.class).list());
    }

    public void deleteFiles(UUID entityId) {
        Rows.execute(h, "DELETE FROM transfer_file WHERE entity_id = ?", entityId);
    }

    /** Everything an org's catalogs hold (a recursive org delete); their bytes are removed by the caller. */
    public List<UUID> deleteAllOf(UUID orgId) {
        List<UUID> files = h.createQuery("SELECT id FROM transfer_file WHERE org_id = :o").bind("o", orgId)
                .mapTo(UUID.class).list();
        Rows.execute(h, "DELETE FROM transfer_file WHERE org_id = ?", orgId);
        Rows.execute(h, "DELETE FROM catalog_item WHERE org_id = ?", orgId);
        Rows.execute(h, "DELETE FROM media WHERE org_id = ?", orgId);
        return files;
    }
}
