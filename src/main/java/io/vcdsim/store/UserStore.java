package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class UserStore {
    private static final RowMapper<UserRow> MAPPER = (rs, ctx) -> new UserRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("full_name"), rs.getString("description"),
            rs.getString("email"), rs.getString("telephone"), rs.getString("im"), rs.getBoolean("enabled"),
            rs.getBoolean("external"), rs.getString("password_hash"), Rows.uuid(rs, "role_id"),
            rs.getInt("stored_vm_quota"), rs.getInt("deployed_vm_quota"), Rows.instant(rs, "created"));
    private final Handle h;

    UserStore(Handle h) {
        this.h = h;
    }

    public void insert(UserRow u) {
        bind(h.createUpdate("INSERT INTO app_user (id, org_id, name, name_key, full_name, description, email, "
                + "telephone, im, enabled, external, password_hash, role_id, stored_vm_quota, deployed_vm_quota, "
                + "created) VALUES (:id, :org, :name, :key, :fullName, :description, :email, :telephone, :im, "
                + ":enabled, :external, :hash, :role, :stored, :deployed, :created)"), u).execute();
    }

    public void update(UserRow u) {
        bind(h.createUpdate("UPDATE app_user SET name = :name, name_key = :key, full_name = :fullName, "
                + "description = :description, email = :email, telephone = :telephone, im = :im, enabled = :enabled, "
                + "external = :external, password_hash = :hash, role_id = :role, stored_vm_quota = :stored, "
                + "deployed_vm_quota = :deployed WHERE id = :id"), u).execute();
    }

    private static Update bind(Update q, UserRow u) {
        return q.bind("id", u.id()).bind("org", u.orgId()).bind("name", u.name()).bind("key", Rows.key(u.name()))
                .bind("fullName", u.fullName()).bind("description", u.description()).bind("email", u.email())
                .bind("telephone", u.telephone()).bind("im", u.im()).bind("enabled", u.enabled())
                .bind("external", u.external()).bind("hash", u.passwordHash()).bind("role", u.roleId())
                .bind("stored", u.storedVmQuota()).bind("deployed", u.deployedVmQuota())
                .bind("created", Rows.utc(u.created()));
    }

    public Optional<UserRow> find(UUID id) {
        return h.createQuery("SELECT * FROM app_user WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<UserRow> findByName(UUID orgId, String name) {
        return h.createQuery("SELECT * FROM app_user WHERE org_id = :org AND name_key = :key")
                .bind("org", orgId).bind("key", Rows.key(name)).map(MAPPER).findOne();
    }

    /** The org's users, without those its service accounts act as. */
    public List<UserRow> inOrg(UUID orgId) {
        return h.createQuery("SELECT * FROM app_user WHERE org_id = :org AND id NOT IN (SELECT user_id FROM "
                        + "service_account) ORDER BY name_key").bind("org", orgId).map(MAPPER).list();
    }

    public void delete(UUID id) {
        h.createUpdate("DELETE FROM app_user WHERE id = :id").bind("id", id).execute();
    }
}
