package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The metadata entries of runtime defined entities; {@code tx.store(RdeMetadataStore::new)}. */
public final class RdeMetadataStore {
    /** An entry; {@code valueJson} is its JSON value, {@code revision} counts its changes (its ETag). */
    public record Row(UUID id, UUID entityId, String domain, String namespace, String key, String type,
                      String valueJson, boolean persistent, boolean readOnly, int revision) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "entity_id"), rs.getString("domain"), rs.getString("namespace"), rs.getString("meta_key"),
            rs.getString("value_type"), rs.getString("value_json"), rs.getBoolean("persistent"),
            rs.getBoolean("read_only"), rs.getInt("revision"));
    private final Handle h;

    public RdeMetadataStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM rde_metadata WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM rde_metadata WHERE id IN (<ids>)", ids, MAPPER, Row::id);
    }

    public boolean taken(UUID entityId, String domain, String namespace, String key) {
        return h.createQuery("SELECT COUNT(*) FROM rde_metadata WHERE entity_id = :e AND domain = :d AND "
                        + "namespace = :n AND meta_key = :k").bind("e", entityId).bind("d", domain)
                .bind("n", namespace).bind("k", key).mapTo(Integer.class).one() > 0;
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO rde_metadata (id, entity_id, domain, namespace, meta_key, value_type, value_json, "
                        + "persistent, read_only, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                r.entityId(), r.domain(), r.namespace(), r.key(), r.type(), r.valueJson(), r.persistent(),
                r.readOnly(), r.revision());
    }

    /** Stores a new value and persistence if the entry is still at the revision it was read at. */
    public boolean update(Row r, int readRevision) {
        return Rows.execute(h, "UPDATE rde_metadata SET value_json = ?, persistent = ?, revision = ? WHERE id = ? AND "
                + "revision = ?", r.valueJson(), r.persistent(), r.revision(), r.id(), readRevision) == 1;
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM rde_metadata WHERE id = ?", id);
    }
}
