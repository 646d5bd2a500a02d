package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The NSX-T ALB clouds vCD has imported from its controllers; {@code tx.store(AlbCloudStore::new)}. */
public final class AlbCloudStore {
    /** A cloud as stored: {@code backingId} is the controller's id of the NSX-T cloud it imported. */
    public record Cloud(UUID id, String name, String description, UUID controllerId, String backingId,
                        UUID networkPoolId, Instant created) {
    }

    private static final RowMapper<Cloud> MAPPER = (rs, ctx) -> new Cloud(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), Rows.uuid(rs, "controller_id"), rs.getString("backing_id"),
            Rows.uuid(rs, "network_pool_id"), Rows.instant(rs, "created"));
    /** The columns {@link #namesBy} takes: a cloud's controller, its network pool. */
    public static final String CONTROLLER = "controller_id";
    public static final String POOL = "network_pool_id";
    private final Handle h;

    public AlbCloudStore(Handle h) {
        this.h = h;
    }

    public Optional<Cloud> find(UUID id) {
        return h.createQuery("SELECT * FROM alb_cloud WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The cloud, locked until the transaction ends (so no group is imported from it while it goes). */
    public Optional<Cloud> lock(UUID id) {
        return h.createQuery("SELECT * FROM alb_cloud WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    /** The clouds of these ids, in this order (a page the query engine chose). */
    public List<Cloud> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM alb_cloud WHERE id IN (<ids>)", ids, MAPPER, Cloud::id);
    }

    /** The Avi ids of the clouds imported from a controller. */
    public List<String> importedFrom(UUID controllerId) {
        return h.createQuery("SELECT backing_id FROM alb_cloud WHERE controller_id = :c").bind("c", controllerId)
                .mapTo(String.class).list();
    }

    /** The names of the clouds of a controller or on a network pool ({@link #CONTROLLER} or {@link #POOL}). */
    public List<String> namesBy(String column, UUID id) {
        if (!column.equals(CONTROLLER) && !column.equals(POOL)) {
            throw new IllegalArgumentException(column);
        }
        return h.createQuery("SELECT name FROM alb_cloud WHERE " + column + " = :id ORDER BY name_key")
                .bind("id", id).mapTo(String.class).list();
    }

    public boolean nameTaken(String name) {
        return h.createQuery("SELECT COUNT(*) FROM alb_cloud WHERE name_key = :k").bind("k", Rows.key(name))
                .mapTo(Integer.class).one() > 0;
    }

    public void insert(Cloud c) {
        Rows.execute(h, "INSERT INTO alb_cloud (id, name, name_key, description, controller_id, backing_id, "
                        + "network_pool_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.name(),
                Rows.key(c.name()), c.description(), c.controllerId(), c.backingId(), c.networkPoolId(),
                Rows.utc(c.created()));
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM alb_cloud WHERE id = ?", id);
    }
}
