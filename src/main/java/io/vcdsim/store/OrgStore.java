package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class OrgStore {
    private static final RowMapper<OrgRow> MAPPER = (rs, ctx) -> new OrgRow(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("full_name"), rs.getString("description"), rs.getBoolean("enabled"),
            rs.getBoolean("is_system"), Rows.instant(rs, "created"));
    private final Handle h;

    OrgStore(Handle h) {
        this.h = h;
    }

    public void insert(OrgRow o) {
        h.createUpdate("INSERT INTO org (id, name, name_key, full_name, description, enabled, is_system, created) "
                        + "VALUES (:id, :name, :key, :fullName, :description, :enabled, :system, :created)")
                .bind("id", o.id()).bind("name", o.name()).bind("key", Rows.key(o.name()))
                .bind("fullName", o.fullName()).bind("description", o.description()).bind("enabled", o.enabled())
                .bind("system", o.system()).bind("created", Rows.utc(o.created())).execute();
    }

    public void update(OrgRow o) {
        h.createUpdate("UPDATE org SET name = :name, name_key = :key, full_name = :fullName, "
                        + "description = :description, enabled = :enabled WHERE id = :id")
                .bind("id", o.id()).bind("name", o.name()).bind("key", Rows.key(o.name()))
                .bind("fullName", o.fullName()).bind("description", o.description()).bind("enabled", o.enabled())
                .execute();
    }

    public Optional<OrgRow> find(UUID id) {
        return h.createQuery("SELECT * FROM org WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<OrgRow> findByName(String name) {
        return h.createQuery("SELECT * FROM org WHERE name_key = :key").bind("key", Rows.key(name))
                .map(MAPPER).findOne();
    }

    public Optional<OrgRow> system() {
        return h.createQuery("SELECT * FROM org WHERE is_system").map(MAPPER).findFirst();
    }

    public List<OrgRow> all() {
        return h.createQuery("SELECT * FROM org ORDER BY name_key").map(MAPPER).list();
    }

    /** Deletes the org with its users (and so their sessions) and roles, in the order the foreign keys allow. */
    public void delete(UUID id) {
        h.createUpdate("DELETE FROM app_user WHERE org_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM role WHERE org_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM org WHERE id = :id").bind("id", id).execute();
    }
}
