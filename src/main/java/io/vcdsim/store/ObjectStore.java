package io.vcdsim.store;

import io.vcdsim.core.Kind;
import io.vcdsim.core.KindTable;
import org.jdbi.v3.core.Handle;

import java.util.Optional;
import java.util.UUID;

/** What every stored kind has, read the same way for all of them from the table its declaration names. */
public final class ObjectStore {
    private final Handle h;

    ObjectStore(Handle h) {
        this.h = h;
    }

    /** An object of some kind: its id, the organization it belongs to, and its name. */
    public record Found(Kind kind, UUID id, UUID orgId, String name) {
    }

    /** The object of this kind with this id, if there is one (none for kinds without a table). */
    public Optional<Found> find(Kind kind, UUID id) {
        KindTable t = kind.stored();
        if (t == null || id == null) {
            return Optional.empty();
        }
        // table, column and condition come from the kind declarations, never from a request
        return Rows.queryOne(h, "SELECT " + t.orgColumn() + ", " + t.nameColumn() + " FROM " + t.table()
                        + " WHERE id = ?" + (t.where() == null ? "" : " AND " + t.where()),
                (rs, ctx) -> new Found(kind, id, Rows.uuid(rs, 1), rs.getString(2)), id);
    }

    /** Locks the object's row until the transaction ends, so two changes to what hangs off it queue; false if gone. */
    public boolean lock(Kind kind, UUID id) {
        if (kind.stored() == null || id == null) {
            return false;
        }
        return Rows.queryOne(h, "SELECT id FROM " + kind.stored().table() + " WHERE id = ? FOR UPDATE",
                (rs, ctx) -> true, id).isPresent();
    }

    /**
     * The user who owns the object, for kinds whose table has an {@code owner_id} column (vApps, catalogs); empty
     * when the object is gone or has no owner.
     */
    public Optional<UUID> owner(Kind kind, UUID id) {
        return Rows.queryOne(h, "SELECT owner_id FROM " + kind.stored().table() + " WHERE id = ?",
                (rs, ctx) -> Optional.ofNullable(Rows.uuid(rs, 1)), id).flatMap(o -> o);
    }

    /** Gives every object of {@code kind} that {@code from} owns to {@code to}; how many there were. */
    public int transferOwned(Kind kind, UUID from, UUID to) {
        return Rows.execute(h, "UPDATE " + kind.stored().table() + " SET owner_id = ? WHERE owner_id = ?", to, from);
    }

    /** Gives the object (of a kind whose table has an {@code owner_id} column) to this user. */
    public void setOwner(Kind kind, UUID id, UUID userId) {
        Rows.execute(h, "UPDATE " + kind.stored().table() + " SET owner_id = ? WHERE id = ?", userId, id);
    }
}
