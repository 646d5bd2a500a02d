package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;

/** The keys that sign access tokens, shared by every cell of the store. */
public final class TokenKeyStore {
    private final Handle h;

    TokenKeyStore(Handle h) {
        this.h = h;
    }

    /** A key: its id (a token's kid), its secret (Base64) and when it was made. */
    public record Key(String id, String secret, Instant created) {
    }

    /** Every key, newest first. */
    public List<Key> all() {
        return h.createQuery("SELECT id, secret, created FROM token_key ORDER BY created DESC, id DESC")
                .map((rs, ctx) -> new Key(rs.getString(1), rs.getString(2), Rows.instant(rs, 3))).list();
    }

    /** Adds a key unless one with its id exists: cells rotating at once agree on one id per period. */
    public void add(Key key) {
        Rows.execute(h, "INSERT INTO token_key (id, secret, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                key.id(), key.secret(), key.created());
    }

    /** Retires the keys made before {@code cutoff}, but never the newest. */
    public int retireBefore(Instant cutoff) {
        return Rows.execute(h, "DELETE FROM token_key WHERE created < ? AND id <> (SELECT id FROM token_key "
                + "ORDER BY created DESC, id DESC LIMIT 1)", cutoff);
    }
}
