package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of an NSX-T edge's service configurations ({@code tx.store(EdgeConfigStore::new)}): JSON documents by
 * edge, section and item (the nil UUID for a section's one document per edge), listed in position order.
 */
public final class EdgeConfigStore {
    /** The item id of a section that is one document per edge. */
    public static final UUID SINGLE = new UUID(0, 0);

    public record Doc(UUID edgeId, String section, UUID itemId, long position, String body) {
    }

    private static final RowMapper<Doc> DOC = (rs, ctx) -> new Doc(Rows.uuid(rs, "edge_id"), rs.getString("section"),
            Rows.uuid(rs, "item_id"), rs.getLong("position"), rs.getString("body"));

    private final Handle h;

    public EdgeConfigStore(Handle h) {
        this.h = h;
    }

    public Optional<Doc> find(UUID edgeId, String section, UUID itemId) {
        return h.createQuery("SELECT * FROM nsxt_edge_config WHERE edge_id = :e AND section = :s AND item_id = :i")
                .bind("e", edgeId).bind("s", section).bind("i", itemId).map(DOC).findOne();
    }

    public List<Doc> list(UUID edgeId, String section) {
        return h.createQuery("SELECT * FROM nsxt_edge_config WHERE edge_id = :e AND section = :s "
                + "ORDER BY position, item_id").bind("e", edgeId).bind("s", section).map(DOC).list();
    }

    /** Inserts the document, or replaces the body of the one already there (which keeps its position). */
    public void put(UUID edgeId, String section, UUID itemId, String body) {
        if (Rows.execute(h, "UPDATE nsxt_edge_config SET body = ? WHERE edge_id = ? AND section = ? AND item_id = ?",
                body, edgeId, section, itemId) == 0) {
            long position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM nsxt_edge_config "
                    + "WHERE edge_id = :e AND section = :s").bind("e", edgeId).bind("s", section)
                    .mapTo(Long.class).one();
            Rows.execute(h, "INSERT INTO nsxt_edge_config (edge_id, section, item_id, position, body) "
                    + "VALUES (?, ?, ?, ?, ?)", edgeId, section, itemId, position, body);
        }
    }

    public void delete(UUID edgeId, String section, UUID itemId) {
        Rows.execute(h, "DELETE FROM nsxt_edge_config WHERE edge_id = ? AND section = ? AND item_id = ?", edgeId,
                section, itemId);
    }
}
