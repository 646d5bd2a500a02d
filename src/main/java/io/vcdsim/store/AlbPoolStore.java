package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The NSX-T ALB pools of edge gateways; {@code tx.store(AlbPoolStore::new)}. */
public final class AlbPoolStore {
    /**
     * A pool as stored: its name, edge and the firewall group its members are (null when it lists them), the rest in
     * {@code body} (the domain's JSON).
     */
    public record Pool(UUID id, UUID orgId, UUID edgeId, String name, UUID memberGroupId, String body,
                       Instant created) {
    }

    private static final RowMapper<Pool> MAPPER = (rs, ctx) -> new Pool(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"),
            Rows.uuid(rs, "edge_id"), rs.getString("name"), Rows.uuid(rs, "member_group_id"), rs.getString("body"), Rows.instant(rs, "created"));
    private final Handle h;

    public AlbPoolStore(Handle h) {
        this.h = h;
    }

    public Optional<Pool> find(UUID id) {
        return h.createQuery("SELECT * FROM alb_pool WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<Pool> lock(UUID id) {
        return h.createQuery("SELECT * FROM alb_pool WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    /** The pools of these ids, in this order (a page the query engine chose). */
    public List<Pool> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM alb_pool WHERE id IN (<ids>)", ids, MAPPER, Pool::id);
    }

    public boolean nameTaken(UUID edgeId, String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM alb_pool WHERE edge_id = :e AND name_key = :k AND id <> :id")
                .bind("e", edgeId).bind("k", Rows.key(name)).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    /** The names of the edge's pools. */
    public List<String> namesOfEdge(UUID edgeId) {
        return h.createQuery("SELECT name FROM alb_pool WHERE edge_id = :e ORDER BY name_key").bind("e", edgeId)
                .mapTo(String.class).list();
    }

    /** The names of the pools whose members are this firewall group. */
    public List<String> namingGroup(UUID groupId) {
        return h.createQuery("SELECT name FROM alb_pool WHERE member_group_id = :g ORDER BY name_key")
                .bind("g", groupId).mapTo(String.class).list();
    }

    /**
     * The names of the org's pools that check their members with this certificate (a CA certificate of their body:
     * the only ids a pool's body holds are its certificates').
     */
    public List<String> namingCertificate(UUID orgId, UUID certificateId) {
        return h.createQuery("SELECT name FROM alb_pool WHERE org_id = :o AND body LIKE :c ORDER BY name_key")
                .bind("o", orgId).bind("c", "%" + certificateId + "%").mapTo(String.class).list();
    }

    /** Writes the pool; an existing one takes the new name, member group and body. */
    public void save(Pool p) {
        if (Rows.execute(h, "UPDATE alb_pool SET name = ?, name_key = ?, member_group_id = ?, body = ? WHERE id = ?",
                p.name(), Rows.key(p.name()), p.memberGroupId(), p.body(), p.id()) == 0) {
            Rows.execute(h, "INSERT INTO alb_pool (id, org_id, edge_id, name, name_key, member_group_id, body, "
                            + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.orgId(), p.edgeId(), p.name(),
                    Rows.key(p.name()), p.memberGroupId(), p.body(), Rows.utc(p.created()));
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM alb_pool WHERE id = ?", id);
    }
}
