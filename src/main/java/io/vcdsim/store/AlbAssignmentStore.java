package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service engine groups assigned to NSX-T edge gateways' load balancers; {@code tx.store(AlbAssignmentStore::new)}.
 */
public final class AlbAssignmentStore {
    /** An assignment: {@code maxVirtualServices} and {@code minVirtualServices} are a SHARED group's (else null). */
    public record Assignment(UUID id, UUID orgId, UUID edgeId, UUID groupId, Integer maxVirtualServices,
                             Integer minVirtualServices, Instant created) {
        public Assignment withLimits(Integer max, Integer min) {
            return new Assignment(id, orgId, edgeId, groupId, max, min, created);
        }
    }

    private static final RowMapper<Assignment> MAPPER = (rs, ctx) -> new Assignment(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "edge_id"), Rows.uuid(rs, "group_id"),
            (Integer) rs.getObject("max_virtual_services"), (Integer) rs.getObject("min_virtual_services"),
            Rows.instant(rs, "created"));
    private final Handle h;

    public AlbAssignmentStore(Handle h) {
        this.h = h;
    }

    public Optional<Assignment> find(UUID id) {
        return h.createQuery("SELECT * FROM alb_seg_assignment WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The assignments of these ids, in this order (a page the query engine chose). */
    public List<Assignment> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM alb_seg_assignment WHERE id IN (<ids>)", ids, MAPPER, Assignment::id);
    }

    /** An edge's assignments, oldest first. */
    public List<Assignment> ofEdge(UUID edgeId) {
        return h.createQuery("SELECT * FROM alb_seg_assignment WHERE edge_id = :e ORDER BY created, id")
                .bind("e", edgeId).map(MAPPER).list();
    }

    /** A group's assignments, oldest first. */
    public List<Assignment> ofGroup(UUID groupId) {
        return h.createQuery("SELECT * FROM alb_seg_assignment WHERE group_id = :g ORDER BY created, id")
                .bind("g", groupId).map(MAPPER).list();
    }

    /** The names of the edges a group is assigned to. */
    public List<String> edgeNamesOf(UUID groupId) {
        return h.createQuery("SELECT e.name FROM alb_seg_assignment a JOIN edge_gateway e ON e.id = a.edge_id "
                + "WHERE a.group_id = :g ORDER BY e.name_key").bind("g", groupId).mapTo(String.class).list();
    }

    /** The sum of the virtual services a group's assignments reserve. */
    public int reservedIn(UUID groupId) {
        return h.createQuery("SELECT COALESCE(SUM(min_virtual_services), 0) FROM alb_seg_assignment "
                + "WHERE group_id = :g").bind("g", groupId).mapTo(Integer.class).one();
    }

    public void insert(Assignment a) {
        Rows.execute(h, "INSERT INTO alb_seg_assignment (id, org_id, edge_id, group_id, max_virtual_services, "
                        + "min_virtual_services, created) VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), a.orgId(), a.edgeId(),
                a.groupId(), a.maxVirtualServices(), a.minVirtualServices(), Rows.utc(a.created()));
    }

    public void updateLimits(Assignment a) {
        Rows.execute(h, "UPDATE alb_seg_assignment SET max_virtual_services = ?, min_virtual_services = ? WHERE id = ?",
                a.maxVirtualServices(), a.minVirtualServices(), a.id());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM alb_seg_assignment WHERE id = ?", id);
    }
}
