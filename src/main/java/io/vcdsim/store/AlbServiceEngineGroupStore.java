package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The NSX-T ALB service engine groups vCD imported from its clouds; {@code tx.store(AlbServiceEngineGroupStore::new)}.
 */
public final class AlbServiceEngineGroupStore {
    /** A group as stored: {@code backingId} is the controller's id of the group it imported. */
    public record Group(UUID id, String name, String description, UUID cloudId, String backingId, String haMode,
                        String reservationType, String supportedFeatureSet, int maxVirtualServices,
                        Instant created) {
        public Group changed(String newName, String newDescription, String newReservationType, String newFeatureSet) {
            return new Group(id, newName, newDescription, cloudId, backingId, haMode, newReservationType,
                    newFeatureSet, maxVirtualServices, created);
        }
    }

    private static final RowMapper<Group> MAPPER = (rs, ctx) -> new Group(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), Rows.uuid(rs, "cloud_id"), rs.getString("backing_id"),
            rs.getString("ha_mode"), rs.getString("reservation_type"), rs.getString("supported_feature_set"),
            rs.getInt("max_virtual_services"), Rows.instant(rs, "created"));
    private final Handle h;

    public AlbServiceEngineGroupStore(Handle h) {
        this.h = h;
    }

    public Optional<Group> find(UUID id) {
        return h.createQuery("SELECT * FROM alb_service_engine_group WHERE id = :id").bind("id", id).map(MAPPER)
                .findOne();
    }

    public Optional<Group> lock(UUID id) {
        return h.createQuery("SELECT * FROM alb_service_engine_group WHERE id = :id FOR UPDATE").bind("id", id)
                .map(MAPPER).findOne();
    }

    /** The groups of these ids, in this order (a page the query engine chose). */
    public List<Group> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM alb_service_engine_group WHERE id IN (<ids>)", ids, MAPPER, Group::id);
    }

    /** The controller's ids of the groups imported from a cloud. */
    public List<String> importedFrom(UUID cloudId) {
        return h.createQuery("SELECT backing_id FROM alb_service_engine_group WHERE cloud_id = :c")
                .bind("c", cloudId).mapTo(String.class).list();
    }

    /** The groups imported from a cloud, by name. */
    public List<Group> ofCloud(UUID cloudId) {
        return h.createQuery("SELECT * FROM alb_service_engine_group WHERE cloud_id = :c ORDER BY name_key")
                .bind("c", cloudId).map(MAPPER).list();
    }

    /** The names of the groups imported from a cloud. */
    public List<String> namesOfCloud(UUID cloudId) {
        return h.createQuery("SELECT name FROM alb_service_engine_group WHERE cloud_id = :c ORDER BY name_key")
                .bind("c", cloudId).mapTo(String.class).list();
    }

    public boolean nameTaken(String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM alb_service_engine_group WHERE name_key = :k AND id <> :id")
                .bind("k", Rows.key(name)).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    /** Writes the group; an existing one takes the new name, description, reservation type and feature set. */
    public void save(Group g) {
        if (Rows.execute(h, "UPDATE alb_service_engine_group SET name = ?, name_key = ?, description = ?, "
                        + "reservation_type = ?, supported_feature_set = ? WHERE id = ?", g.name(), Rows.key(g.name()),
                g.description(), g.reservationType(), g.supportedFeatureSet(), g.id()) == 0) {
            Rows.execute(h, "INSERT INTO alb_service_engine_group (id, name, name_key, description, cloud_id, "
                            + "backing_id, ha_mode, reservation_type, supported_feature_set, max_virtual_services, "
                            + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", g.id(), g.name(), Rows.key(g.name()),
                    g.description(), g.cloudId(), g.backingId(), g.haMode(), g.reservationType(),
                    g.supportedFeatureSet(), g.maxVirtualServices(), Rows.utc(g.created()));
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM alb_service_engine_group WHERE id = ?", id);
    }
}
