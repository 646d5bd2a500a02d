package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ACL rules of resource class actions; {@code tx.store(AclRuleStore::new)}. */
public final class AclRuleStore {
    /**
     * A rule as stored. Each access is Shared, Published or Entity; an Entity access names its entity beside it
     * (a principal entity is a user, or a right by name). A null service resource access is Shared.
     */
    public record Row(UUID id, UUID actionId, String name, String description, String serviceResourceAccess,
                      UUID serviceResourceId, String orgAccess, UUID orgId, String principalAccess,
                      UUID principalUserId, String principalRight, Instant created) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "action_id"),
            rs.getString("name"), rs.getString("description"), rs.getString("service_resource_access"),
            Rows.uuid(rs, "service_resource_id"), rs.getString("org_access"), Rows.uuid(rs, "org_id"),
            rs.getString("principal_access"), Rows.uuid(rs, "principal_user_id"), rs.getString("principal_right"),
            Rows.instant(rs, "created"));
    private final Handle h;

    public AclRuleStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM acl_rule WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Row> ofAction(UUID actionId) {
        return h.createQuery("SELECT * FROM acl_rule WHERE action_id = :a ORDER BY created, id").bind("a", actionId)
                .map(MAPPER).list();
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO acl_rule (id, action_id, name, description, service_resource_access, "
                        + "service_resource_id, org_access, org_id, principal_access, principal_user_id, principal_right, "
                        + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.actionId(), r.name(),
                r.description(), r.serviceResourceAccess(), r.serviceResourceId(), r.orgAccess(), r.orgId(),
                r.principalAccess(), r.principalUserId(), r.principalRight(), r.created());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM acl_rule WHERE id = ?", id);
    }

    /** The names of the rights the user's role holds (built-in and services'), which principal rules may name. */
    public List<String> rightsOfUser(UUID userId) {
        return h.createQuery("SELECT rr.right_name FROM role_right rr JOIN app_user u ON u.role_id = rr.role_id "
                + "WHERE u.id = :u").bind("u", userId).mapTo(String.class).list();
    }
}
