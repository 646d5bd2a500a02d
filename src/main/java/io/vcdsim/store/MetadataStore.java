package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Metadata entries of any object, by its id. */
public final class MetadataStore {
    private static final RowMapper<MetadataRow> MAPPER = (rs, ctx) -> new MetadataRow(Rows.uuid(rs, "entity_id"),
            Rows.uuid(rs, "org_id"), rs.getString("domain"), rs.getString("meta_key"), rs.getString("visibility"),
            rs.getString("value_type"), rs.getString("text"));
    private final Handle h;

    MetadataStore(Handle h) {
        this.h = h;
    }

    public List<MetadataRow> of(UUID entityId) {
        return h.createQuery("SELECT * FROM metadata WHERE entity_id = :e ORDER BY domain, meta_key")
                .bind("e", entityId).map(MAPPER).list();
    }

    /** The entries under these keys of these objects (a query page's records), in one read. */
    public List<MetadataRow> ofAll(List<UUID> entityIds, List<String> keys) {
        if (entityIds.isEmpty() || keys.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM metadata WHERE entity_id IN (<e>) AND meta_key IN (<k>)")
                .bindList("e", entityIds).bindList("k", keys).map(MAPPER).list();
    }

    public Optional<MetadataRow> find(UUID entityId, String domain, String key) {
        return h.createQuery("SELECT * FROM metadata WHERE entity_id = :e AND domain = :d AND meta_key = :k")
                .bind("e", entityId).bind("d", domain).bind("k", key).map(MAPPER).findOne();
    }

    /** Adds the entry, or replaces the value of the one with this domain and key. */
    public void put(MetadataRow m) {
        if (Rows.execute(h, "UPDATE metadata SET visibility = ?, value_type = ?, text = ? WHERE entity_id = ? "
                + "AND domain = ? AND meta_key = ?", m.visibility(), m.valueType(), m.value(), m.entityId(), m.domain(),
                m.key()) == 0) {
            Rows.execute(h, "INSERT INTO metadata (entity_id, org_id, domain, meta_key, visibility, value_type, text) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", m.entityId(), m.orgId(), m.domain(), m.key(), m.visibility(),
                    m.valueType(), m.value());
        }
    }

    public void delete(UUID entityId, String domain, String key) {
        Rows.execute(h, "DELETE FROM metadata WHERE entity_id = ? AND domain = ? AND meta_key = ?", entityId, domain,
                key);
    }

    /** What a deleted object carried. */
    public void deleteFor(UUID entityId) {
        Rows.execute(h, "DELETE FROM metadata WHERE entity_id = ?", entityId);
    }

    public void deleteAllOf(UUID orgId) {
        Rows.execute(h, "DELETE FROM metadata WHERE org_id = ?", orgId);
    }
}
