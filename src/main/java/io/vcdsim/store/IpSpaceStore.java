package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * NSX-T IP spaces, their uplinks to external networks, their org assignments and their allocations, and which
 * external networks use IP spaces; {@code tx.store(IpSpaceStore::new)}.
 */
public final class IpSpaceStore {
    /** An IP space: its checked configuration is JSON ({@code network.IpSpaceConfig}). */
    public record Space(UUID id, String name, String type, UUID orgId, String config, Instant created) {
    }

    public record Uplink(UUID id, String name, String description, UUID networkId, UUID ipSpaceId) {
    }

    /** An org's assignment to an IP space; custom quotas are JSON, or null. */
    public record Assignment(UUID id, UUID ipSpaceId, UUID orgId, String customQuotas) {
    }

    public record Allocation(UUID id, UUID ipSpaceId, UUID orgId, String type, String value, String usageState,
                             String description, Instant allocated) {
    }

    private static final RowMapper<Space> SPACE = (rs, ctx) -> new Space(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("type"), Rows.uuid(rs, "org_id"), rs.getString("config"), Rows.instant(rs, "created"));
    private static final RowMapper<Uplink> UPLINK = (rs, ctx) -> new Uplink(Rows.uuid(rs, "id"),
            rs.getString("name"), rs.getString("description"), Rows.uuid(rs, "network_id"),
            Rows.uuid(rs, "ip_space_id"));
    private static final RowMapper<Assignment> ASSIGNMENT = (rs, ctx) -> new Assignment(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "ip_space_id"), Rows.uuid(rs, "org_id"), rs.getString("custom_quotas"));
    private static final RowMapper<Allocation> ALLOCATION = (rs, ctx) -> new Allocation(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "ip_space_id"), Rows.uuid(rs, "org_id"), rs.getString("type"), rs.getString("ip_value"),
            rs.getString("usage_state"), rs.getString("description"), Rows.instant(rs, "allocated"));
    private final Handle h;

    public IpSpaceStore(Handle h) {
        this.h = h;
    }

    public List<Space> spaces() {
        return h.createQuery("SELECT * FROM ip_space ORDER BY name_key").map(SPACE).list();
    }

    public Optional<Space> space(UUID id) {
        return h.createQuery("SELECT * FROM ip_space WHERE id = :id").bind("id", id).map(SPACE).findOne();
    }

    /** The space, locked until the transaction ends: allocations from one space queue. */
    public Optional<Space> lockSpace(UUID id) {
        return h.createQuery("SELECT * FROM ip_space WHERE id = :id FOR UPDATE").bind("id", id).map(SPACE).findOne();
    }

    public Optional<Space> spaceNamed(String name) {
        return h.createQuery("SELECT * FROM ip_space WHERE name_key = :k").bind("k", Rows.key(name)).map(SPACE)
                .findOne();
    }

    /** Writes the space, replacing what was stored under its id (its type and org stay). */
    public void save(Space s) {
        if (Rows.execute(h, "UPDATE ip_space SET name = ?, name_key = ?, config = ? WHERE id = ?", s.name(),
                Rows.key(s.name()), s.config(), s.id()) == 0) {
            Rows.execute(h, "INSERT INTO ip_space (id, name, name_key, type, org_id, config, created) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), s.name(), Rows.key(s.name()), s.type(), s.orgId(),
                    s.config(), s.created());
        }
    }

    public void deleteSpace(UUID id) {
        Rows.execute(h, "DELETE FROM ip_space WHERE id = ?", id);
    }

    public List<Uplink> uplinks() {
        return h.createQuery("SELECT * FROM ip_space_uplink ORDER BY name, id").map(UPLINK).list();
    }

    public Optional<Uplink> uplink(UUID id) {
        return h.createQuery("SELECT * FROM ip_space_uplink WHERE id = :id").bind("id", id).map(UPLINK).findOne();
    }

    public List<Uplink> uplinksOf(UUID ipSpaceId) {
        return h.createQuery("SELECT * FROM ip_space_uplink WHERE ip_space_id = :s ORDER BY name, id")
                .bind("s", ipSpaceId).map(UPLINK).list();
    }

    public List<Uplink> uplinksOn(UUID networkId) {
        return h.createQuery("SELECT * FROM ip_space_uplink WHERE network_id = :n ORDER BY name, id")
                .bind("n", networkId).map(UPLINK).list();
    }

    public void saveUplink(Uplink u) {
        if (Rows.execute(h, "UPDATE ip_space_uplink SET name = ?, description = ? WHERE id = ?", u.name(),
                u.description(), u.id()) == 0) {
            Rows.execute(h, "INSERT INTO ip_space_uplink (id, name, description, network_id, ip_space_id) "
                    + "VALUES (?, ?, ?, ?, ?)", u.id(), u.name(), u.description(), u.networkId(), u.ipSpaceId());
        }
    }

    public void deleteUplink(UUID id) {
        Rows.execute(h, "DELETE FROM ip_space_uplink WHERE id = ?", id);
    }

    public List<Assignment> assignments(UUID ipSpaceId) {
        return h.createQuery("SELECT * FROM ip_space_org WHERE ip_space_id = :s ORDER BY id").bind("s", ipSpaceId)
                .map(ASSIGNMENT).list();
    }

    public List<Assignment> assignmentsOfOrg(UUID orgId) {
        return h.createQuery("SELECT * FROM ip_space_org WHERE org_id = :o ORDER BY id").bind("o", orgId)
                .map(ASSIGNMENT).list();
    }

    public Optional<Assignment> assignment(UUID id) {
        return h.createQuery("SELECT * FROM ip_space_org WHERE id = :id").bind("id", id).map(ASSIGNMENT).findOne();
    }

    /** Assigns the org to the space unless it already is. */
    public void assign(UUID ipSpaceId, UUID orgId) {
        h.createUpdate("INSERT INTO ip_space_org (id, ip_space_id, org_id) SELECT :id, :s, :o WHERE NOT EXISTS "
                        + "(SELECT 1 FROM ip_space_org WHERE ip_space_id = :s AND org_id = :o)")
                .bind("id", UUID.randomUUID()).bind("s", ipSpaceId).bind("o", orgId).execute();
    }

    public void setCustomQuotas(UUID assignmentId, String quotas) {
        Rows.execute(h, "UPDATE ip_space_org SET custom_quotas = ? WHERE id = ?", quotas, assignmentId);
    }

    /** The external network's use of IP spaces: empty when it has subnets of its own. */
    public Optional<Optional<UUID>> usingIpSpace(UUID networkId) {
        return h.createQuery("SELECT dedicated_org_id FROM external_network_ip_space WHERE network_id = :n")
                .bind("n", networkId).map((rs, ctx) -> Optional.ofNullable(Rows.uuid(rs, 1))).findOne();
    }

    public void useIpSpaces(UUID networkId, UUID dedicatedOrgId) {
        Rows.execute(h, "INSERT INTO external_network_ip_space (network_id, dedicated_org_id) VALUES (?, ?)",
                networkId, dedicatedOrgId);
    }

    public List<Allocation> allocations(UUID ipSpaceId) {
        return h.createQuery("SELECT * FROM ip_space_allocation WHERE ip_space_id = :s ORDER BY allocated, id")
                .bind("s", ipSpaceId).map(ALLOCATION).list();
    }

    public Optional<Allocation> allocation(UUID id) {
        return h.createQuery("SELECT * FROM ip_space_allocation WHERE id = :id").bind("id", id).map(ALLOCATION)
                .findOne();
    }

    public void insertAllocation(Allocation a) {
        Rows.execute(h, "INSERT INTO ip_space_allocation (id, ip_space_id, org_id, type, ip_value, usage_state, "
                + "description, allocated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.ipSpaceId(), a.orgId(),
                a.type(), a.value(), a.usageState(), a.description(), a.allocated());
    }

    public void updateAllocation(UUID id, String usageState, String description) {
        Rows.execute(h, "UPDATE ip_space_allocation SET usage_state = ?, description = ? WHERE id = ?", usageState,
                description, id);
    }

    public void deleteAllocation(UUID id) {
        Rows.execute(h, "DELETE FROM ip_space_allocation WHERE id = ?", id);
    }
}
