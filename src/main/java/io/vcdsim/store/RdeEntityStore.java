package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runtime defined entities; {@code tx.store(RdeEntityStore::new)}. */
public final class RdeEntityStore {
    /**
     * An entity; {@code entity} is its JSON object as sent, {@code revision} counts its changes (its ETag), and
     * {@code ownerName}/{@code orgName} are read with it.
     */
    public record Row(UUID id, UUID typeId, UUID orgId, String orgName, UUID ownerId, String ownerName, String name,
                      String externalId, String entity, String state, int revision, Instant created) {
        public Row with(String newName, String newExternalId, String newEntity, String newState) {
            return new Row(id, typeId, orgId, orgName, ownerId, ownerName, newName, newExternalId, newEntity,
                    newState, revision + 1, created);
        }
    }

    private static final String SELECT = "SELECT e.*, o.name AS org_name, u.name AS owner_name FROM rde_entity e "
            + "JOIN org o ON o.id = e.org_id LEFT JOIN app_user u ON u.id = e.owner_id";
    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "type_id"),
            Rows.uuid(rs, "org_id"), rs.getString("org_name"), Rows.uuid(rs, "owner_id"), rs.getString("owner_name"),
            rs.getString("name"), rs.getString("external_id"), rs.getString("entity"), rs.getString("state"),
            rs.getInt("revision"), Rows.instant(rs, "created"));
    private final Handle h;

    public RdeEntityStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery(SELECT + " WHERE e.id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, SELECT + " WHERE e.id IN (<ids>)", ids, MAPPER, Row::id);
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO rde_entity (id, type_id, org_id, owner_id, name, external_id, entity, state, "
                        + "revision, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.typeId(), r.orgId(),
                r.ownerId(), r.name(), r.externalId(), r.entity(), r.state(), r.revision(), r.created());
    }

    /** Stores a changed entity if it is still at the revision it was read at; false when another change came first. */
    public boolean update(Row r, int readRevision) {
        return Rows.execute(h, "UPDATE rde_entity SET name = ?, external_id = ?, entity = ?, state = ?, revision = ? "
                        + "WHERE id = ? AND revision = ?", r.name(), r.externalId(), r.entity(), r.state(),
                r.revision(), r.id(), readRevision) == 1;
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM rde_entity WHERE id = ?", id);
    }
}
