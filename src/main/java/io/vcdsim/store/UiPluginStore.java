package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** UI plugins and the orgs each is published to; {@code tx.store(UiPluginStore::new)}. */
public final class UiPluginStore {
    /** What a plugin declares and how far its upload is; {@code upload} is the zip awaited, if any. */
    public record Row(UUID id, String vendor, String pluginName, String version, String license, String link,
                      String description, boolean providerScoped, boolean tenantScoped, boolean enabled,
                      String status, Upload upload, String fileName, Long fileSize, Instant created) {
        public Row withUpload(Upload next) {
            return new Row(id, vendor, pluginName, version, license, link, description, providerScoped, tenantScoped,
                    enabled, status, next, fileName, fileSize, created);
        }

        /** The plugin once its zip arrived: ready, and no longer awaiting one. */
        public Row withFile(String name, long size) {
            return new Row(id, vendor, pluginName, version, license, link, description, providerScoped, tenantScoped,
                    enabled, "ready", null, name, size, created);
        }
    }

    /** A zip awaited at {@code /transfer/uiPlugin-<id>}: its name, size and sha256 (hex, or null). */
    public record Upload(UUID id, String fileName, long size, String sha256) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> {
        UUID upload = Rows.uuid(rs, "upload_id");
        long fileSize = rs.getLong("file_size");
        Long size = rs.wasNull() ? null : fileSize;
        return new Row(Rows.uuid(rs, "id"), rs.getString("vendor"), rs.getString("plugin_name"),
                rs.getString("version"), rs.getString("license"), rs.getString("link"), rs.getString("description"),
                rs.getBoolean("provider_scoped"), rs.getBoolean("tenant_scoped"), rs.getBoolean("enabled"),
                rs.getString("status"), upload == null ? null : new Upload(upload, rs.getString("upload_name"),
                rs.getLong("upload_size"), rs.getString("upload_checksum")), rs.getString("file_name"), size,
                Rows.instant(rs, "created"));
    };
    private final Handle h;

    public UiPluginStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM ui_plugin WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<Row> lock(UUID id) {
        return h.createQuery("SELECT * FROM ui_plugin WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    public Optional<Row> byUpload(UUID uploadId) {
        return h.createQuery("SELECT * FROM ui_plugin WHERE upload_id = :u").bind("u", uploadId).map(MAPPER)
                .findOne();
    }

    public List<Row> all() {
        return h.createQuery("SELECT * FROM ui_plugin ORDER BY created, id").map(MAPPER).list();
    }

    /** The plugins a tenant's org sees: enabled, tenant scoped and published to it. */
    public List<Row> publishedTo(UUID orgId) {
        return h.createQuery("SELECT p.* FROM ui_plugin p JOIN ui_plugin_tenant t ON t.plugin_id = p.id "
                        + "WHERE t.org_id = :o AND p.enabled AND p.tenant_scoped ORDER BY p.created, p.id")
                .bind("o", orgId).map(MAPPER).list();
    }

    public boolean identityTaken(String vendor, String pluginName, String version) {
        return h.createQuery("SELECT COUNT(*) FROM ui_plugin WHERE vendor = :v AND plugin_name = :n AND version = :r")
                .bind("v", vendor).bind("n", pluginName).bind("r", version).mapTo(Integer.class).one() > 0;
    }

    /** Writes the plugin, replacing what was stored under its id. */
    public void save(Row r) {
        Upload u = r.upload();
        Object[] values = {r.vendor(), r.pluginName(), r.version(), r.license(), r.link(), r.description(),
            r.providerScoped(), r.tenantScoped(), r.enabled(), r.status(), u == null ? null : u.id(),
            u == null ? null : u.fileName(), u == null ? null : u.size(), u == null ? null : u.sha256(), r.fileName(),
            r.fileSize(), r.id()};
        if (Rows.execute(h, "UPDATE ui_plugin SET vendor = ?, plugin_name = ?, version = ?, license = ?, link = ?, "
                + "description = ?, provider_scoped = ?, tenant_scoped = ?, enabled = ?, status = ?, upload_id = ?, "
                + "upload_name = ?, upload_size = ?, upload_checksum = ?, file_name = ?, file_size = ? WHERE id = ?",
                values) == 0) {
            Object[] withCreated = java.util.Arrays.copyOf(values, values.length + 1);
            withCreated[values.length] = r.created();
            Rows.execute(h, "INSERT INTO ui_plugin (vendor, plugin_name, version, license, link, description, "
                    + "provider_scoped, tenant_scoped, enabled, status, upload_id, upload_name, upload_size, "
                    + "upload_checksum, file_name, file_size, id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?)", withCreated);
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM ui_plugin WHERE id = ?", id);
    }

    /** The orgs the plugin is published to, by name. */
    public List<UUID> tenants(UUID pluginId) {
        return h.createQuery("SELECT t.org_id FROM ui_plugin_tenant t JOIN org o ON o.id = t.org_id "
                + "WHERE t.plugin_id = :p ORDER BY o.name").bind("p", pluginId).mapTo(UUID.class).list();
    }

    public void publish(UUID pluginId, UUID orgId) {
        Rows.execute(h, "DELETE FROM ui_plugin_tenant WHERE plugin_id = ? AND org_id = ?", pluginId, orgId);
        Rows.execute(h, "INSERT INTO ui_plugin_tenant (plugin_id, org_id) VALUES (?, ?)", pluginId, orgId);
    }

    public void unpublish(UUID pluginId, UUID orgId) {
        Rows.execute(h, "DELETE FROM ui_plugin_tenant WHERE plugin_id = ? AND org_id = ?", pluginId, orgId);
    }

    public void unpublishAll(UUID pluginId) {
        Rows.execute(h, "DELETE FROM ui_plugin_tenant WHERE plugin_id = ?", pluginId);
    }
}
