package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runtime defined entity types, the interfaces they implement, their behavior overrides and behavior access
 * controls, and the rights of each vendor:nss; {@code tx.store(RdeTypeStore::new)}.
 */
public final class RdeTypeStore {
    /** A type; {@code schema} and {@code hooks} are JSON objects as sent (hooks may be null). */
    public record Row(UUID id, String vendor, String nss, String version, String name, String description,
                      String externalId, String inheritedVersion, String maxImplicitRight, boolean readOnly,
                      String schema, String hooks) {
    }

    /** A type's override of the behavior {@code name} of interface {@code interfaceId}. */
    public record Override(UUID typeId, UUID interfaceId, String name, String description, String execution) {
    }

    /** The access level a behavior needs, by the behavior id as it was given. */
    public record Access(String behaviorId, String accessLevel) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), rs.getString("vendor"),
            rs.getString("nss"), rs.getString("version"), rs.getString("name"), rs.getString("description"),
            rs.getString("external_id"), rs.getString("inherited_version"), rs.getString("max_implicit_right"),
            rs.getBoolean("read_only"), rs.getString("schema_json"), rs.getString("hooks"));
    private static final RowMapper<Override> OVERRIDE = (rs, ctx) -> new Override(Rows.uuid(rs, "type_id"),
            Rows.uuid(rs, "interface_id"), rs.getString("name"), rs.getString("description"),
            rs.getString("execution"));
    private final Handle h;

    public RdeTypeStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM rde_type WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<Row> find(String vendor, String nss, String version) {
        return h.createQuery("SELECT * FROM rde_type WHERE vendor = :v AND nss = :n AND version = :ver")
                .bind("v", vendor).bind("n", nss).bind("ver", version).map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM rde_type WHERE id IN (<ids>)", ids, MAPPER, Row::id);
    }

    /** Every type, for the checks of who may see which. */
    public List<Row> all() {
        return h.createQuery("SELECT * FROM rde_type ORDER BY vendor, nss, version").map(MAPPER).list();
    }

    /** Writes the type and the interfaces it implements, replacing what was stored under its id. */
    public void save(Row r, List<UUID> interfaces) {
        if (Rows.execute(h, "UPDATE rde_type SET name = ?, description = ?, external_id = ?, inherited_version = ?, "
                        + "max_implicit_right = ?, schema_json = ?, hooks = ? WHERE id = ?", r.name(), r.description(),
                r.externalId(), r.inheritedVersion(), r.maxImplicitRight(), r.schema(), r.hooks(), r.id()) == 0) {
            Rows.execute(h, "INSERT INTO rde_type (id, vendor, nss, version, name, description, external_id, "
                            + "inherited_version, max_implicit_right, read_only, schema_json, hooks) VALUES "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.vendor(), r.nss(), r.version(),
                    r.name(), r.description(), r.externalId(), r.inheritedVersion(), r.maxImplicitRight(),
                    r.readOnly(), r.schema(), r.hooks());
        }
        Rows.execute(h, "DELETE FROM rde_type_interface WHERE type_id = ?", r.id());
        for (int i = 0; i < interfaces.size(); i++) {
            Rows.execute(h, "INSERT INTO rde_type_interface (type_id, interface_id, position) VALUES (?, ?, ?)",
                    r.id(), interfaces.get(i), i);
        }
        // an override of a behavior of an interface the type no longer implements goes with it
        Rows.execute(h, "DELETE FROM rde_type_behavior WHERE type_id = ? AND interface_id NOT IN "
                + "(SELECT interface_id FROM rde_type_interface WHERE type_id = ?)", r.id(), r.id());
    }

    public List<UUID> interfaces(UUID typeId) {
        return h.createQuery("SELECT interface_id FROM rde_type_interface WHERE type_id = :id ORDER BY position")
                .bind("id", typeId).mapTo(UUID.class).list();
    }

    public boolean hasEntities(UUID typeId) {
        return h.createQuery("SELECT COUNT(*) FROM rde_entity WHERE type_id = :id").bind("id", typeId)
                .mapTo(Integer.class).one() > 0;
    }

    /** How many versions of vendor:nss there are. */
    public int versions(String vendor, String nss) {
        return h.createQuery("SELECT COUNT(*) FROM rde_type WHERE vendor = :v AND nss = :n").bind("v", vendor)
                .bind("n", nss).mapTo(Integer.class).one();
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM rde_type WHERE id = ?", id);
    }

    public List<Override> overrides(UUID typeId) {
        return h.createQuery("SELECT * FROM rde_type_behavior WHERE type_id = :id").bind("id", typeId)
                .map(OVERRIDE).list();
    }

    public void saveOverride(Override o) {
        deleteOverride(o.typeId(), o.interfaceId(), o.name());
        Rows.execute(h, "INSERT INTO rde_type_behavior (type_id, interface_id, name, description, execution) VALUES "
                + "(?, ?, ?, ?, ?)", o.typeId(), o.interfaceId(), o.name(), o.description(), o.execution());
    }

    public void deleteOverride(UUID typeId, UUID interfaceId, String name) {
        Rows.execute(h, "DELETE FROM rde_type_behavior WHERE type_id = ? AND interface_id = ? AND name = ?", typeId,
                interfaceId, name);
    }

    public List<Access> access(UUID typeId) {
        return h.createQuery("SELECT behavior_id, access_level FROM rde_type_behavior_access WHERE type_id = :id "
                + "ORDER BY position").bind("id", typeId)
                .map((rs, ctx) -> new Access(rs.getString(1), rs.getString(2))).list();
    }

    /** Replaces the type's behavior access controls. */
    public void setAccess(UUID typeId, List<Access> access) {
        Rows.execute(h, "DELETE FROM rde_type_behavior_access WHERE type_id = ?", typeId);
        for (int i = 0; i < access.size(); i++) {
            Rows.execute(h, "INSERT INTO rde_type_behavior_access (type_id, behavior_id, access_level, position) "
                    + "VALUES (?, ?, ?, ?)", typeId, access.get(i).behaviorId(), access.get(i).accessLevel(), i);
        }
    }

    /** The rights of vendor:nss, by name. */
    public List<String> rights(String vendor, String nss) {
        return h.createQuery("SELECT name FROM rde_right WHERE vendor = :v AND nss = :n ORDER BY name")
                .bind("v", vendor).bind("n", nss).mapTo(String.class).list();
    }

    public void insertRight(UUID id, String name, String vendor, String nss, String category) {
        Rows.execute(h, "INSERT INTO rde_right (id, name, vendor, nss, category) VALUES (?, ?, ?, ?, ?)", id, name,
                vendor, nss, category);
    }

    /** Deletes the rights of vendor:nss, out of the roles and rights containers that hold them first. */
    public void deleteRights(String vendor, String nss) {
        String names = "(SELECT name FROM rde_right WHERE vendor = ? AND nss = ?)";
        Rows.execute(h, "DELETE FROM role_right WHERE right_name IN " + names, vendor, nss);
        Rows.execute(h, "DELETE FROM rights_container_right WHERE right_name IN " + names, vendor, nss);
        Rows.execute(h, "DELETE FROM rde_right WHERE vendor = ? AND nss = ?", vendor, nss);
    }
}
