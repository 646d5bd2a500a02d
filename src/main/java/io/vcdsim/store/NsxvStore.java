package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.Optional;
import java.util.UUID;

/**
 * The NSX-V configuration documents of advanced edges and of VDCs (one XML document per section);
 * {@code tx.store(NsxvStore::new)}. They are deleted with their edge or VDC.
 */
public final class NsxvStore {
    /** Whose documents: an edge's or a VDC's, each in a table whose key goes with it. */
    public enum Scope {
        EDGE("nsxv_edge_config", "edge_id"), VDC("nsxv_vdc_config", "vdc_id");

        private final String table;
        private final String owner;

        Scope(String table, String owner) {
            this.table = table;
            this.owner = owner;
        }
    }

    private final Handle h;

    public NsxvStore(Handle h) {
        this.h = h;
    }

    /** The section's document, locked until the transaction ends (a change reads, edits and writes it). */
    public Optional<String> lock(Scope scope, UUID owner, String section) {
        return h.createQuery("SELECT body FROM " + scope.table + " WHERE " + scope.owner + " = :o AND section = :s "
                + "FOR UPDATE").bind("o", owner).bind("s", section).mapTo(String.class).findOne();
    }

    public Optional<String> find(Scope scope, UUID owner, String section) {
        return h.createQuery("SELECT body FROM " + scope.table + " WHERE " + scope.owner + " = :o AND section = :s")
                .bind("o", owner).bind("s", section).mapTo(String.class).findOne();
    }

    public void save(Scope scope, UUID owner, String section, String body) {
        if (Rows.execute(h, "UPDATE " + scope.table + " SET body = ? WHERE " + scope.owner + " = ? AND section = ?",
                body, owner, section) == 0) {
            Rows.execute(h, "INSERT INTO " + scope.table + " (" + scope.owner + ", section, body) VALUES (?, ?, ?)",
                    owner, section, body);
        }
    }

    public void delete(Scope scope, UUID owner, String section) {
        Rows.execute(h, "DELETE FROM " + scope.table + " WHERE " + scope.owner + " = ? AND section = ?", owner, section);
    }
}
