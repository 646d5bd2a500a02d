package io.vcdsim.store;

import io.vcdsim.core.RightsCatalog;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rights extension services registered; {@code tx.store(ServiceRightStore::new)}. */
public final class ServiceRightStore {
    /** A right as stored: its name is already {namespace}:name, its id {@link RightsCatalog#idOf} of that name. */
    public record Row(UUID id, UUID serviceId, String name, String description, String category, String bundleKey,
                      Instant created) {
        public RightsCatalog.Entry entry() {
            return new RightsCatalog.Entry(name, category, id);
        }
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "service_id"), rs.getString("name"), rs.getString("description"), rs.getString("category"),
            rs.getString("bundle_key"), Rows.instant(rs, "created"));
    private final Handle h;

    public ServiceRightStore(Handle h) {
        this.h = h;
    }

    /**
     * The built-in rights with every right a service registered and those of runtime defined entity types
     * ("vendor:nss: View", ...): what roles may hold.
     */
    public RightsCatalog.Lookup catalog() {
        return RightsCatalog.with(h.createQuery("SELECT name, category, id FROM extension_right UNION ALL "
                + "SELECT name, category, id FROM rde_right").map((rs, ctx) -> new RightsCatalog.Entry(
                rs.getString("name"), rs.getString("category"), Rows.uuid(rs, "id"))).list());
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM extension_right WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Row> ofService(UUID serviceId) {
        return h.createQuery("SELECT * FROM extension_right WHERE service_id = :s ORDER BY name")
                .bind("s", serviceId).map(MAPPER).list();
    }

    public Optional<Row> byName(String name) {
        return h.createQuery("SELECT * FROM extension_right WHERE name = :n").bind("n", name).map(MAPPER).findOne();
    }

    /** A right's texts changed (its name, and so its id, stays). */
    public void update(Row r) {
        Rows.execute(h, "UPDATE extension_right SET description = ?, category = ?, bundle_key = ? WHERE id = ?",
                r.description(), r.category(), r.bundleKey(), r.id());
    }

    public boolean nameTaken(String name) {
        return h.createQuery("SELECT COUNT(*) FROM extension_right WHERE name = :n").bind("n", name)
                .mapTo(Integer.class).one() > 0;
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO extension_right (id, service_id, name, description, category, bundle_key, created) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.serviceId(), r.name(), r.description(), r.category(),
                r.bundleKey(), r.created());
    }

    /** True when a role of an organization other than System holds the right. */
    public boolean inTenantRole(String name) {
        return h.createQuery("SELECT COUNT(*) FROM role_right rr JOIN role r ON r.id = rr.role_id "
                        + "JOIN org o ON o.id = r.org_id WHERE rr.right_name = :n AND NOT o.is_system")
                .bind("n", name).mapTo(Integer.class).one() > 0;
    }

    /** True when an ACL rule grants an action to holders of the right. */
    public boolean inAclRule(String name) {
        return h.createQuery("SELECT COUNT(*) FROM acl_rule WHERE principal_right = :n").bind("n", name)
                .mapTo(Integer.class).one() > 0;
    }

    /** Deletes the right, out of the roles and rights containers that hold it first. */
    public void delete(Row right) {
        Rows.execute(h, "DELETE FROM role_right WHERE right_name = ?", right.name());
        Rows.execute(h, "DELETE FROM rights_container_right WHERE right_name = ?", right.name());
        Rows.execute(h, "DELETE FROM extension_right WHERE id = ?", right.id());
    }

    /** Takes the service's rights out of every role and rights container, which hold rights by name. */
    public void revokeEverywhere(UUID serviceId) {
        String names = "(SELECT name FROM extension_right WHERE service_id = ?)";
        Rows.execute(h, "DELETE FROM role_right WHERE right_name IN " + names, serviceId);
        Rows.execute(h, "DELETE FROM rights_container_right WHERE right_name IN " + names, serviceId);
    }
}
