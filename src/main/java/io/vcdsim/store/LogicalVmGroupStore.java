package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Logical VM groups: a provider VDC's named VM groups under one name, and the placement policies that name them;
 * {@code tx.store(LogicalVmGroupStore::new)}.
 */
public final class LogicalVmGroupStore {
    /** A logical VM group as stored; its named VM groups are {@link #members}. */
    public record Row(UUID id, String name, String description, UUID providerVdcId, Instant created) {
    }

    /** A named VM group: what the VM groups of one name share ({@code vcenter_drs_group.named_id}), and that name. */
    public record Named(UUID id, String name) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), Rows.uuid(rs, "provider_vdc_id"), Rows.instant(rs, "created"));
    private static final RowMapper<Named> NAMED = (rs, ctx) -> new Named(Rows.uuid(rs, "named_id"),
            rs.getString("name"));
    private final Handle h;

    public LogicalVmGroupStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM logical_vm_group WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM logical_vm_group WHERE id IN (<ids>)", ids, MAPPER, Row::id);
    }

    /** Writes the group and its named VM groups (in this order), replacing what was stored under its id. */
    public void save(Row r, List<UUID> namedGroups) {
        if (Rows.execute(h, "UPDATE logical_vm_group SET name = ?, description = ? WHERE id = ?", r.name(),
                r.description(), r.id()) == 0) {
            Rows.execute(h, "INSERT INTO logical_vm_group (id, name, description, provider_vdc_id, created) "
                    + "VALUES (?, ?, ?, ?, ?)", r.id(), r.name(), r.description(), r.providerVdcId(), r.created());
        }
        Rows.execute(h, "DELETE FROM logical_vm_group_member WHERE group_id = ?", r.id());
        for (int i = 0; i < namedGroups.size(); i++) {
            Rows.execute(h, "INSERT INTO logical_vm_group_member (group_id, named_group_id, position) VALUES (?, ?, ?)",
                    r.id(), namedGroups.get(i), i);
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM logical_vm_group WHERE id = ?", id);
    }

    /** The group's named VM groups, in the order they were given, each with its name. */
    public List<Named> members(UUID groupId) {
        return h.createQuery("SELECT m.named_group_id AS named_id, (SELECT MIN(g.name) FROM vcenter_drs_group g "
                        + "WHERE g.kind = 'VM' AND g.named_id = m.named_group_id) AS name "
                        + "FROM logical_vm_group_member m WHERE m.group_id = :g ORDER BY m.position")
                .bind("g", groupId).map(NAMED).list();
    }

    /** Whether a VM group of this named group exists in any cluster of any vCenter. */
    public boolean namedGroupExists(UUID namedId) {
        return h.createQuery("SELECT COUNT(*) FROM vcenter_drs_group WHERE kind = 'VM' AND named_id = :n")
                .bind("n", namedId).mapTo(Integer.class).one() > 0;
    }

    /** The named VM groups of the clusters the provider VDC's resource pools are in. */
    public List<Named> namedGroupsOf(UUID providerVdcId) {
        return h.createQuery("SELECT g.named_id, MIN(g.name) AS name FROM vcenter_drs_group g "
                        + "JOIN vcenter_resource_pool r ON r.vcenter_id = g.vcenter_id "
                        + "AND r.cluster_moref = g.cluster_moref "
                        + "JOIN provider_vdc_resource_pool pp ON pp.pool_id = r.id "
                        + "WHERE g.kind = 'VM' AND pp.provider_vdc_id = :p GROUP BY g.named_id ORDER BY MIN(g.name)")
                .bind("p", providerVdcId)
                .map(NAMED).list();
    }

    /** Replaces the logical VM groups a placement policy names. */
    public void setForPolicy(UUID policyId, List<UUID> groups) {
        Rows.execute(h, "DELETE FROM vdc_compute_policy_logical_vm_group WHERE policy_id = ?", policyId);
        for (UUID g : groups) {
            Rows.execute(h, "INSERT INTO vdc_compute_policy_logical_vm_group (policy_id, group_id) VALUES (?, ?)",
                    policyId, g);
        }
    }

    /** The names of the placement policies that name the group. */
    public List<String> policiesNaming(UUID groupId) {
        return h.createQuery("SELECT p.name FROM vdc_compute_policy_logical_vm_group l JOIN vdc_compute_policy p "
                + "ON p.id = l.policy_id WHERE l.group_id = :g ORDER BY p.name").bind("g", groupId)
                .mapTo(String.class).list();
    }
}
