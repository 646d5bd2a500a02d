package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The DRS groups and VM-Host affinity rules of the vCenters' clusters; {@code tx.store(DrsStore::new)}. */
public final class DrsStore {
    public static final String VM = "VM";
    public static final String HOST = "HOST";

    /** A VM group or host group of a cluster. */
    public record Group(UUID id, UUID vcenterId, String clusterMoref, String clusterName, String kind, String name,
                        UUID namedId) {
    }

    /** A VM-Host affinity rule of a cluster. */
    public record Rule(UUID id, UUID vcenterId, String clusterMoref, String name, boolean enabled, boolean mandatory,
                       String polarity, String vmGroup, String hostGroup) {
        public Rule with(boolean enabled, boolean mandatory) {
            return new Rule(id, vcenterId, clusterMoref, name, enabled, mandatory, polarity, vmGroup, hostGroup);
        }
    }

    private static final RowMapper<Group> GROUP = (rs, ctx) -> new Group(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "vcenter_id"), rs.getString("cluster_moref"), rs.getString("cluster_name"),
            rs.getString("kind"), rs.getString("name"), Rows.uuid(rs, "named_id"));
    private static final RowMapper<Rule> RULE = (rs, ctx) -> new Rule(Rows.uuid(rs, "id"), Rows.uuid(rs, "vcenter_id"),
            rs.getString("cluster_moref"), rs.getString("name"), rs.getBoolean("enabled"), rs.getBoolean("mandatory"),
            rs.getString("polarity"), rs.getString("vm_group"), rs.getString("host_group"));
    private final Handle h;

    public DrsStore(Handle h) {
        this.h = h;
    }

    /** The name of a cluster, as its groups carry it (every cluster has its seeded host group). */
    public Optional<String> clusterName(UUID vcenterId, String clusterMoref) {
        return h.createQuery("SELECT cluster_name FROM vcenter_drs_group WHERE vcenter_id = :vc AND cluster_moref = :c")
                .bind("vc", vcenterId).bind("c", clusterMoref).mapTo(String.class).findFirst();
    }

    public void addGroup(Group g) {
        Rows.execute(h, "INSERT INTO vcenter_drs_group (id, vcenter_id, cluster_moref, cluster_name, kind, name, "
                + "named_id) VALUES (?, ?, ?, ?, ?, ?, ?)", g.id(), g.vcenterId(), g.clusterMoref(), g.clusterName(),
                g.kind(), g.name(), g.namedId());
    }

    public void deleteGroup(UUID id) {
        Rows.execute(h, "DELETE FROM vcenter_drs_group WHERE id = ?", id);
    }

    public Optional<Group> group(UUID id) {
        return h.createQuery("SELECT * FROM vcenter_drs_group WHERE id = :id").bind("id", id).map(GROUP).findOne();
    }

    /** The cluster's groups of a kind, by name. */
    public List<Group> groups(UUID vcenterId, String clusterMoref, String kind) {
        return h.createQuery("SELECT * FROM vcenter_drs_group WHERE vcenter_id = :vc AND cluster_moref = :c "
                        + "AND kind = :k ORDER BY name").bind("vc", vcenterId).bind("c", clusterMoref).bind("k", kind)
                .map(GROUP).list();
    }

    /** Every VM group of this name (one per cluster that has it). */
    public List<Group> vmGroupsNamed(String name) {
        return h.createQuery("SELECT * FROM vcenter_drs_group WHERE kind = 'VM' AND name = :n ORDER BY id")
                .bind("n", name).map(GROUP).list();
    }

    public List<UUID> members(UUID groupId) {
        return h.createQuery("SELECT member_id FROM vcenter_drs_group_member WHERE group_id = :g ORDER BY member_id")
                .bind("g", groupId).mapTo(UUID.class).list();
    }

    public void addMember(UUID groupId, UUID memberId) {
        if (!members(groupId).contains(memberId)) {
            Rows.execute(h, "INSERT INTO vcenter_drs_group_member (group_id, member_id) VALUES (?, ?)", groupId,
                    memberId);
        }
    }

    public void removeMember(UUID groupId, UUID memberId) {
        Rows.execute(h, "DELETE FROM vcenter_drs_group_member WHERE group_id = ? AND member_id = ?", groupId,
                memberId);
    }

    public void saveRule(Rule r) {
        if (Rows.execute(h, "UPDATE vcenter_host_rule SET enabled = ?, mandatory = ? WHERE id = ?", r.enabled(),
                r.mandatory(), r.id()) == 0) {
            Rows.execute(h, "INSERT INTO vcenter_host_rule (id, vcenter_id, cluster_moref, name, enabled, mandatory, "
                    + "polarity, vm_group, host_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.vcenterId(),
                    r.clusterMoref(), r.name(), r.enabled(), r.mandatory(), r.polarity(), r.vmGroup(), r.hostGroup());
        }
    }

    public void deleteRule(UUID id) {
        Rows.execute(h, "DELETE FROM vcenter_host_rule WHERE id = ?", id);
    }

    public Optional<Rule> rule(UUID id) {
        return h.createQuery("SELECT * FROM vcenter_host_rule WHERE id = :id").bind("id", id).map(RULE).findOne();
    }

    public Optional<Rule> lockRule(UUID id) {
        return h.createQuery("SELECT * FROM vcenter_host_rule WHERE id = :id FOR UPDATE").bind("id", id).map(RULE)
                .findOne();
    }

    public List<Rule> rules(UUID vcenterId, String clusterMoref) {
        return h.createQuery("SELECT * FROM vcenter_host_rule WHERE vcenter_id = :vc AND cluster_moref = :c "
                + "ORDER BY name").bind("vc", vcenterId).bind("c", clusterMoref).map(RULE).list();
    }

    /** Another rule of the cluster with this name, if any. */
    public Optional<Rule> ruleNamed(UUID vcenterId, String clusterMoref, String name) {
        return h.createQuery("SELECT * FROM vcenter_host_rule WHERE vcenter_id = :vc AND cluster_moref = :c "
                + "AND LOWER(name) = LOWER(:n)").bind("vc", vcenterId).bind("c", clusterMoref).bind("n", name)
                .map(RULE).findFirst();
    }
}
