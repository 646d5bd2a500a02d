package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The NSX-T ALB virtual services of edge gateways; {@code tx.store(AlbVirtualServiceStore::new)}. */
public final class AlbVirtualServiceStore {
    /**
     * A virtual service as stored: its name, edge, pool, service engine group and addresses (null when it has none of
     * a family), the rest in {@code body} (the domain's JSON).
     */
    public record Service(UUID id, UUID orgId, UUID edgeId, String name, UUID poolId, UUID groupId, String virtualIp,
                          String ipv6VirtualIp, String body, Instant created) {
    }

    private static final RowMapper<Service> MAPPER = (rs, ctx) -> new Service(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "edge_id"), rs.getString("name"), Rows.uuid(rs, "pool_id"),
            Rows.uuid(rs, "service_engine_group_id"), rs.getString("virtual_ip"), rs.getString("ipv6_virtual_ip"),
            rs.getString("body"), Rows.instant(rs, "created"));
    private final Handle h;

    public AlbVirtualServiceStore(Handle h) {
        this.h = h;
    }

    public Optional<Service> find(UUID id) {
        return h.createQuery("SELECT * FROM alb_virtual_service WHERE id = :id").bind("id", id).map(MAPPER)
                .findOne();
    }

    public Optional<Service> lock(UUID id) {
        return h.createQuery("SELECT * FROM alb_virtual_service WHERE id = :id FOR UPDATE").bind("id", id)
                .map(MAPPER).findOne();
    }

    /** The services of these ids, in this order (a page the query engine chose). */
    public List<Service> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM alb_virtual_service WHERE id IN (<ids>)", ids, MAPPER, Service::id);
    }

    /** The edge's services, by name. */
    public List<Service> ofEdge(UUID edgeId) {
        return h.createQuery("SELECT * FROM alb_virtual_service WHERE edge_id = :e ORDER BY name_key")
                .bind("e", edgeId).map(MAPPER).list();
    }

    /** The services a pool serves (one at most: vCD's rule). */
    public List<Service> ofPool(UUID poolId) {
        return h.createQuery("SELECT * FROM alb_virtual_service WHERE pool_id = :p ORDER BY name_key")
                .bind("p", poolId).map(MAPPER).list();
    }

    /**
     * The names of the org's services that serve with this certificate (the certificateRef of their body: the only id
     * a service's body holds).
     */
    public List<String> namingCertificate(UUID orgId, UUID certificateId) {
        return h.createQuery("SELECT name FROM alb_virtual_service WHERE org_id = :o AND body LIKE :c "
                + "ORDER BY name_key").bind("o", orgId).bind("c", "%" + certificateId + "%").mapTo(String.class)
                .list();
    }

    /** How many services a service engine group runs: on one edge, or on every edge for a null one. */
    public int countOnGroup(UUID groupId, UUID edgeId) {
        return h.createQuery("SELECT COUNT(*) FROM alb_virtual_service WHERE service_engine_group_id = :g"
                        + (edgeId == null ? "" : " AND edge_id = :e")).bind("g", groupId).bind("e", edgeId)
                .mapTo(Integer.class).one();
    }

    public boolean nameTaken(UUID edgeId, String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM alb_virtual_service WHERE edge_id = :e AND name_key = :k "
                        + "AND id <> :id").bind("e", edgeId).bind("k", Rows.key(name)).bind("id", except)
                .mapTo(Integer.class).one() > 0;
    }

    /** Writes the service; an existing one takes the new name, pool, group, addresses and body. */
    public void save(Service s) {
        if (Rows.execute(h, "UPDATE alb_virtual_service SET name = ?, name_key = ?, pool_id = ?, "
                        + "service_engine_group_id = ?, virtual_ip = ?, ipv6_virtual_ip = ?, body = ? WHERE id = ?",
                s.name(), Rows.key(s.name()), s.poolId(), s.groupId(), s.virtualIp(), s.ipv6VirtualIp(), s.body(),
                s.id()) == 0) {
            Rows.execute(h, "INSERT INTO alb_virtual_service (id, org_id, edge_id, name, name_key, pool_id, "
                            + "service_engine_group_id, virtual_ip, ipv6_virtual_ip, body, created) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.orgId(), s.edgeId(), s.name(),
                    Rows.key(s.name()), s.poolId(), s.groupId(), s.virtualIp(), s.ipv6VirtualIp(), s.body(),
                    Rows.utc(s.created()));
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM alb_virtual_service WHERE id = ?", id);
    }
}
