package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Global roles and rights bundles, their rights, the tenants they are published to, and the roles made from them. */
public final class RightsContainerStore {
    private static final RowMapper<RightsContainerRow> MAPPER = (rs, ctx) -> new RightsContainerRow(
            Rows.uuid(rs, "id"), rs.getString("kind"), rs.getString("name"), rs.getString("description"),
            rs.getString("bundle_key"), rs.getBoolean("read_only"), rs.getBoolean("publish_all"));
    private final Handle h;

    RightsContainerStore(Handle h) {
        this.h = h;
    }

    public void insert(RightsContainerRow c) {
        h.createUpdate("INSERT INTO rights_container (id, kind, name, name_key, description, bundle_key, read_only, "
                        + "publish_all) VALUES (:id, :kind, :name, :key, :description, :bundleKey, :readOnly, "
                        + ":publishAll)")
                .bind("id", c.id()).bind("kind", c.kind()).bind("name", c.name()).bind("key", Rows.key(c.name()))
                .bind("description", c.description()).bind("bundleKey", c.bundleKey())
                .bind("readOnly", c.readOnly()).bind("publishAll", c.publishAll()).execute();
    }

    public void update(RightsContainerRow c) {
        h.createUpdate("UPDATE rights_container SET name = :name, name_key = :key, description = :description, "
                        + "publish_all = :publishAll WHERE id = :id")
                .bind("id", c.id()).bind("name", c.name()).bind("key", Rows.key(c.name()))
                .bind("description", c.description()).bind("publishAll", c.publishAll()).execute();
    }

    public Optional<RightsContainerRow> find(String kind, UUID id) {
        return h.createQuery("SELECT * FROM rights_container WHERE id = :id AND kind = :kind").bind("id", id)
                .bind("kind", kind).map(MAPPER).findOne();
    }

    /** The container, locked until the transaction ends: changes to one container queue. */
    public Optional<RightsContainerRow> lock(String kind, UUID id) {
        return h.createQuery("SELECT * FROM rights_container WHERE id = :id AND kind = :kind FOR UPDATE")
                .bind("id", id).bind("kind", kind).map(MAPPER).findOne();
    }

    public Optional<RightsContainerRow> findByName(String kind, String name) {
        return h.createQuery("SELECT * FROM rights_container WHERE kind = :kind AND name_key = :key")
                .bind("kind", kind).bind("key", Rows.key(name)).map(MAPPER).findOne();
    }

    /** The bundle keys the containers of this kind carry. */
    public java.util.Set<String> bundleKeys(String kind) {
        return h.createQuery("SELECT DISTINCT bundle_key FROM rights_container WHERE kind = :kind").bind("kind", kind)
                .mapTo(String.class).set();
    }

    public List<RightsContainerRow> publishedToAll(String kind) {
        return h.createQuery("SELECT * FROM rights_container WHERE kind = :kind AND publish_all ORDER BY name_key")
                .bind("kind", kind).map(MAPPER).list();
    }

    public void delete(UUID id) {
        h.createUpdate("DELETE FROM rights_container WHERE id = :id").bind("id", id).execute();
    }

    public List<String> rights(UUID id) {
        return h.createQuery("SELECT right_name FROM rights_container_right WHERE container_id = :id "
                + "ORDER BY right_name").bind("id", id).mapTo(String.class).list();
    }

    public void setRights(UUID id, Collection<String> rights) {
        h.createUpdate("DELETE FROM rights_container_right WHERE container_id = :id").bind("id", id).execute();
        var batch = h.prepareBatch("INSERT INTO rights_container_right (container_id, right_name) VALUES (:c, :r)");
        for (String right : rights) {
            batch.bind("c", id).bind("r", right).add();
        }
        batch.execute();
    }

    /** The orgs the container is published to by name (publishing to all adds the others). */
    public List<UUID> tenants(UUID id) {
        return h.createQuery("SELECT org_id FROM rights_container_tenant WHERE container_id = :id")
                .bind("id", id).mapTo(UUID.class).list();
    }

    public void setTenants(UUID id, Collection<UUID> orgs) {
        h.createUpdate("DELETE FROM rights_container_tenant WHERE container_id = :id").bind("id", id).execute();
        var batch = h.prepareBatch("INSERT INTO rights_container_tenant (container_id, org_id) VALUES (:c, :o)");
        for (UUID org : orgs) {
            batch.bind("c", id).bind("o", org).add();
        }
        batch.execute();
    }

    /** The roles a global role is published as, one per tenant org. */
    public List<RoleRow> publishedRoles(UUID globalRoleId) {
        return h.createQuery("SELECT * FROM role WHERE global_role_id = :id").bind("id", globalRoleId)
                .map(RoleStore.MAPPER).list();
    }

    /** Makes {@code role} (already inserted) the published copy of a global role. */
    public void markPublished(UUID roleId, UUID globalRoleId) {
        h.createUpdate("UPDATE role SET global_role_id = :g WHERE id = :id").bind("g", globalRoleId)
                .bind("id", roleId).execute();
    }
}
