package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Optional;
import java.util.UUID;

/** API tokens. The secret is kept as a hash: a stolen store hands out no credential. */
public final class ApiTokenStore {
    private static final RowMapper<ApiTokenRow> MAPPER = (rs, ctx) -> new ApiTokenRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "user_id"), rs.getString("name"),
            rs.getString("secret_hash") != null, Rows.instant(rs, "created"));
    private final Handle h;

    ApiTokenStore(Handle h) {
        this.h = h;
    }

    public void insert(ApiTokenRow t) {
        Rows.execute(h, "INSERT INTO api_token (id, org_id, user_id, name, name_key, created) VALUES (?, ?, ?, ?, ?, ?)",
                t.id(), t.orgId(), t.userId(), t.name(), Rows.key(t.name()), t.created());
    }

    public Optional<ApiTokenRow> find(UUID id) {
        return h.createQuery("SELECT * FROM api_token WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<ApiTokenRow> findByName(UUID userId, String name) {
        return h.createQuery("SELECT * FROM api_token WHERE user_id = :user AND name_key = :key")
                .bind("user", userId).bind("key", Rows.key(name)).map(MAPPER).findOne();
    }

    /** The token whose secret has this hash, locked until the transaction ends (a revoke waits for it). */
    public Optional<ApiTokenRow> lockBySecret(String secretHash) {
        return h.createQuery("SELECT * FROM api_token WHERE secret_hash = :hash FOR UPDATE").bind("hash", secretHash)
                .map(MAPPER).findOne();
    }

    /** The token, locked until the transaction ends. */
    public Optional<ApiTokenRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM api_token WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    /** Records the secret's hash if none was issued yet; false when another request issued it first. */
    public boolean issue(UUID id, String secretHash) {
        return h.createUpdate("UPDATE api_token SET secret_hash = :hash WHERE id = :id AND secret_hash IS NULL")
                .bind("hash", secretHash).bind("id", id).execute() == 1;
    }

    /** Replaces the secret of a token already issued (a service account's token is good for one use). */
    public void rotate(UUID id, String secretHash) {
        h.createUpdate("UPDATE api_token SET secret_hash = :hash WHERE id = :id").bind("hash", secretHash)
                .bind("id", id).execute();
    }

    /** Deletes every token of the user (the sessions they opened go with them). */
    public void deleteOfUser(UUID userId) {
        h.createUpdate("DELETE FROM api_token WHERE user_id = :user").bind("user", userId).execute();
    }

    public void delete(UUID id) {
        h.createUpdate("DELETE FROM api_token WHERE id = :id").bind("id", id).execute();
    }
}
