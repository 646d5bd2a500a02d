package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** VDC groups and the VDCs taking part in them; {@code tx.store(VdcGroupStore::new)}. */
public final class VdcGroupStore {
    /** The distributed firewall of a group: on or off, and its default policy's state and version. */
    public record Firewall(boolean enabled, boolean defaultPolicyEnabled, int defaultPolicyVersion) {
    }

    /** A group as stored; {@code members} are its VDCs' ids in the order they were given. */
    public record Row(UUID id, UUID orgId, String name, String description, UUID networkPoolId, String providerType,
                      String type, Firewall firewall, Instant created, List<UUID> members) {
        public Row with(String newName, String newDescription, List<UUID> newMembers) {
            return new Row(id, orgId, newName, newDescription, networkPoolId, providerType, type, firewall, created,
                    newMembers);
        }

        public Row with(Firewall newFirewall) {
            return new Row(id, orgId, name, description, networkPoolId, providerType, type, newFirewall, created,
                    members);
        }
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"),
            rs.getString("name"), rs.getString("description"), Rows.uuid(rs, "network_pool_id"),
            rs.getString("network_provider_type"), rs.getString("group_type"),
            new Firewall(rs.getBoolean("dfw_enabled"), rs.getBoolean("default_policy_enabled"),
                    rs.getInt("default_policy_version")), Rows.instant(rs, "created"), List.of());
    private final Handle h;

    public VdcGroupStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM vdc_group WHERE id = :id").bind("id", id).map(MAPPER).findOne()
                .map(this::withMembers);
    }

    /** The group, locked until the transaction ends, so changes to it take turns. */
    public Optional<Row> lock(UUID id) {
        return h.createQuery("SELECT * FROM vdc_group WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne().map(this::withMembers);
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM vdc_group WHERE id IN (<ids>)", ids, MAPPER, Row::id).stream()
                .map(this::withMembers).toList();
    }

    /** The names of the groups a VDC takes part in. */
    public List<String> groupsOf(UUID vdcId) {
        return h.createQuery("SELECT g.name FROM vdc_group g JOIN vdc_group_member m ON m.group_id = g.id "
                + "WHERE m.vdc_id = :v ORDER BY g.name").bind("v", vdcId).mapTo(String.class).list();
    }

    /** True when another group of the org has this name (ignoring case). */
    public boolean nameTaken(UUID orgId, String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM vdc_group WHERE org_id = :o AND name_key = :k AND id <> :id")
                .bind("o", orgId).bind("k", Rows.key(name)).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO vdc_group (id, org_id, name, name_key, description, network_pool_id, "
                        + "network_provider_type, group_type, dfw_enabled, default_policy_enabled, "
                        + "default_policy_version, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                r.orgId(), r.name(), Rows.key(r.name()), r.description(), r.networkPoolId(), r.providerType(),
                r.type(), r.firewall().enabled(), r.firewall().defaultPolicyEnabled(),
                r.firewall().defaultPolicyVersion(), r.created());
        saveMembers(r);
    }

    /** Writes what may change: name, description, members and the firewall. */
    public void update(Row r) {
        Rows.execute(h, "UPDATE vdc_group SET name = ?, name_key = ?, description = ?, dfw_enabled = ?, "
                        + "default_policy_enabled = ?, default_policy_version = ? WHERE id = ?", r.name(),
                Rows.key(r.name()), r.description(), r.firewall().enabled(), r.firewall().defaultPolicyEnabled(),
                r.firewall().defaultPolicyVersion(), r.id());
        Rows.execute(h, "DELETE FROM vdc_group_member WHERE group_id = ?", r.id());
        saveMembers(r);
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM vdc_group WHERE id = ?", id);
    }

    private void saveMembers(Row r) {
        for (int i = 0; i < r.members().size(); i++) {
            Rows.execute(h, "INSERT INTO vdc_group_member (group_id, vdc_id, position) VALUES (?, ?, ?)", r.id(),
                    r.members().get(i), i);
        }
    }

    private Row withMembers(Row r) {
        List<UUID> members = h.createQuery("SELECT vdc_id FROM vdc_group_member WHERE group_id = :g "
                + "ORDER BY position").bind("g", r.id()).mapTo(UUID.class).list();
        return new Row(r.id(), r.orgId(), r.name(), r.description(), r.networkPoolId(), r.providerType(), r.type(),
                r.firewall(), r.created(), members);
    }
}
