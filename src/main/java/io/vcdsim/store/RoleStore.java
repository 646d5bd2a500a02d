package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class RoleStore {
    static final RowMapper<RoleRow> MAPPER = (rs, ctx) -> new RoleRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("description"), rs.getBoolean("predefined"));
    private final Handle h;

    RoleStore(Handle h) {
        this.h = h;
    }

    public void insert(RoleRow r, Collection<String> rights) {
        h.createUpdate("INSERT INTO role (id, org_id, name, name_key, description, predefined) "
                        + "VALUES (:id, :org, :name, :key, :description, :predefined)")
                .bind("id", r.id()).bind("org", r.orgId()).bind("name", r.name()).bind("key", Rows.key(r.name()))
                .bind("description", r.description()).bind("predefined", r.predefined()).execute();
        var batch = h.prepareBatch("INSERT INTO role_right (role_id, right_name) VALUES (:role, :right)");
        for (String right : rights) {
            batch.bind("role", r.id()).bind("right", right).add();
        }
        batch.execute();
    }

    public Optional<RoleRow> find(UUID id) {
        return h.createQuery("SELECT * FROM role WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<RoleRow> findByName(UUID orgId, String name) {
        return h.createQuery("SELECT * FROM role WHERE org_id = :org AND name_key = :key")
                .bind("org", orgId).bind("key", Rows.key(name)).map(MAPPER).findOne();
    }

    public List<RoleRow> inOrg(UUID orgId) {
        return h.createQuery("SELECT * FROM role WHERE org_id = :org ORDER BY name_key").bind("org", orgId)
                .map(MAPPER).list();
    }

    public List<String> rights(UUID roleId) {
        return h.createQuery("SELECT right_name FROM role_right WHERE role_id = :id ORDER BY right_name")
                .bind("id", roleId).mapTo(String.class).list();
    }

    public void update(RoleRow r) {
        h.createUpdate("UPDATE role SET name = :name, name_key = :key, description = :description WHERE id = :id")
                .bind("id", r.id()).bind("name", r.name()).bind("key", Rows.key(r.name()))
                .bind("description", r.description()).execute();
    }

    /** Replaces the role's rights with {@code rights}. */
    public void setRights(UUID roleId, Collection<String> rights) {
        h.createUpdate("DELETE FROM role_right WHERE role_id = :id").bind("id", roleId).execute();
        var batch = h.prepareBatch("INSERT INTO role_right (role_id, right_name) VALUES (:role, :right)");
        for (String right : rights) {
            batch.bind("role", roleId).bind("right", right).add();
        }
        batch.execute();
    }

    public void delete(UUID id) {
        h.createUpdate("DELETE FROM role WHERE id = :id").bind("id", id).execute();
    }

    /** The users who hold this role: a role in use cannot be deleted, and a change of rights reaches them. */
    public List<UUID> holders(UUID roleId) {
        return h.createQuery("SELECT id FROM app_user WHERE role_id = :id").bind("id", roleId).mapTo(UUID.class).list();
    }

    /** Locks the role's row until the transaction ends, so two changes to one role queue, not interleave. */
    public Optional<RoleRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM role WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER).findOne();
    }
}
