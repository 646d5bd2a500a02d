package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public final class SessionStore {
    private final Handle h;

    SessionStore(Handle h) {
        this.h = h;
    }

    public void insert(UUID id, UUID userId, Instant now) {
        insert(id, userId, null, now);
    }

    /** A session; {@code apiTokenId} names the API token it was opened with (it ends with the token). */
    public void insert(UUID id, UUID userId, UUID apiTokenId, Instant now) {
        // plain JDBC: a null token id goes as a null of no type, which PostgreSQL takes for the uuid column
        Rows.execute(h, "INSERT INTO login_session (id, user_id, api_token_id, created, last_access) "
                + "VALUES (?, ?, ?, ?, ?)", id, userId, apiTokenId, now, now);
    }

    public void touch(UUID id, Instant now) {
        h.createUpdate("UPDATE login_session SET last_access = :now WHERE id = :id")
                .bind("id", id).bind("now", Rows.utc(now)).execute();
    }

    public boolean delete(UUID id) {
        return h.createUpdate("DELETE FROM login_session WHERE id = :id").bind("id", id).execute() > 0;
    }

    public void deleteForUser(UUID userId) {
        h.createUpdate("DELETE FROM login_session WHERE user_id = :user").bind("user", userId).execute();
    }

    public int deleteIdleSince(Instant cutoff) {
        return h.createUpdate("DELETE FROM login_session WHERE last_access < :cutoff")
                .bind("cutoff", Rows.utc(cutoff)).execute();
    }

    /** Everything needed to authorize a request, in one query: session, user, org and role. */
    public Optional<Caller> caller(UUID sessionId) {
        return h.createQuery("SELECT s.created, s.last_access, u.id AS user_id, u.name AS user_name, u.enabled AS user_enabled, "
                        + "o.id AS org_id, o.name AS org_name, o.enabled AS org_enabled, o.is_system, "
                        + "r.id AS role_id, r.name AS role_name FROM login_session s "
                        + "JOIN app_user u ON u.id = s.user_id JOIN org o ON o.id = u.org_id "
                        + "JOIN role r ON r.id = u.role_id WHERE s.id = :id")
                .bind("id", sessionId)
                .map((rs, ctx) -> new Caller(Rows.instant(rs, "created"), Rows.instant(rs, "last_access"),
                        Rows.uuid(rs, "user_id"),
                        rs.getString("user_name"), rs.getBoolean("user_enabled"), Rows.uuid(rs, "org_id"),
                        rs.getString("org_name"), rs.getBoolean("org_enabled"), rs.getBoolean("is_system"),
                        Rows.uuid(rs, "role_id"), rs.getString("role_name")))
                .findOne();
    }

    public record Caller(Instant created, Instant lastAccess, UUID userId, String userName, boolean userEnabled, UUID orgId,
                         String orgName, boolean orgEnabled, boolean systemOrg, UUID roleId, String roleName) {
    }

    /** The org's password policy, or vCD's defaults when none was set. */
    public PasswordPolicy policy(UUID orgId) {
        return h.createQuery("SELECT lockout_enabled, invalid_logins_before_lockout, lockout_minutes FROM password_policy "
                        + "WHERE org_id = :org").bind("org", orgId)
                .map((rs, ctx) -> new PasswordPolicy(rs.getBoolean(1), rs.getInt(2), rs.getInt(3))).findOne()
                .orElse(PasswordPolicy.DEFAULT);
    }

    public void putPolicy(UUID orgId, PasswordPolicy p) {
        if (Rows.execute(h, "UPDATE password_policy SET lockout_enabled = ?, invalid_logins_before_lockout = ?, "
                + "lockout_minutes = ? WHERE org_id = ?", p.lockoutEnabled(), p.invalidLogins(), p.lockoutMinutes(),
                orgId) == 0) {
            Rows.execute(h, "INSERT INTO password_policy (org_id, lockout_enabled, invalid_logins_before_lockout, "
                    + "lockout_minutes) VALUES (?, ?, ?, ?)", orgId, p.lockoutEnabled(), p.invalidLogins(),
                    p.lockoutMinutes());
        }
    }

    /** A user's failed logins since the last good one: until when the account is locked (null: it is not). */
    public record LoginFailures(Instant lockedUntil) {
    }

    /** The user's failed logins, if any were counted since the last good one. */
    public Optional<LoginFailures> failures(UUID userId) {
        return h.createQuery("SELECT locked_until FROM login_failure WHERE user_id = :u").bind("u", userId)
                .map((rs, ctx) -> new LoginFailures(Rows.instant(rs, 1))).findOne();
    }

    /** Counts a failed login; at the policy's limit the account locks and the count starts again. */
    public void recordFailure(UUID userId, PasswordPolicy p, Instant now) {
        Rows.execute(h, "INSERT INTO login_failure (user_id, failures) VALUES (?, 0) ON CONFLICT DO NOTHING", userId);
        Rows.execute(h, "UPDATE login_failure SET failures = failures + 1 WHERE user_id = ?", userId);
        if (p.lockoutEnabled()) {
            Rows.execute(h, "UPDATE login_failure SET locked_until = ?, failures = 0 WHERE user_id = ? AND failures >= ?",
                    now.plusSeconds(60L * p.lockoutMinutes()), userId, p.invalidLogins());
        }
    }

    /** A login succeeded (or the lock ran out): the count starts again. */
    public void clearFailures(UUID userId) {
        Rows.execute(h, "DELETE FROM login_failure WHERE user_id = ?", userId);
    }
}
