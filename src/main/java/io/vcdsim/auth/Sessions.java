package io.vcdsim.auth;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.SessionStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UserRow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logins, tokens and logouts. A token is only as good as the session row it names: logging out,
 * idling past the timeout, or disabling the user or the org ends it. A cell remembers a checked
 * token for {@link #CACHE_TTL} so most requests cost no database round trip; changes made on this
 * cell take effect at once, changes made on another cell within that time.
 */
public final class Sessions implements SessionInvalidation {
    private static final String LOGIN_FAILED = "Login failed: unknown user name or organization, or wrong password.";

    /** Which login URL was used: the provider endpoint admits only the System organization. */
    public enum Scope { PROVIDER, TENANT, ANY }

    /** A new session: its token and who it belongs to. */
    public record Login(String token, Principal principal) {
    }

    static final Duration CACHE_TTL = Duration.ofSeconds(2);
    private static final int CACHE_MAX = 100_000;

    private record Cached(Principal principal, Instant until) {
    }

    private final Map<String, Cached> recent = new ConcurrentHashMap<>();
    private final Database db;
    private final TokenSigner signer;
    private final Clock clock;
    /** The system settings' session timeouts, which an administrator may change while sessions run. */
    private final Supplier<Duration> idleTimeout;
    private final Supplier<Duration> absoluteTimeout;

    /** Sessions that end after {@code idleTimeout} without a request, or {@code absoluteTimeout} after login. */
    public Sessions(Database db, TokenSigner signer, Clock clock, Supplier<Duration> idleTimeout,
                    Supplier<Duration> absoluteTimeout) {
        this.db = db;
        this.signer = signer;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout.get();
    }

    /** Logs in with an {@code Authorization: Basic base64(user@org:password)} header. */
    public Login login(String authorization, Scope scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiException.unauthorized("Login needs an Authorization: Basic header with user@org:password.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("The Basic credentials are not valid base64.");
        }
        int colon = decoded.indexOf(':');
        int at = colon < 0 ? -1 : decoded.lastIndexOf('@', colon);
        if (colon < 0 || at <= 0) {
            throw ApiException.unauthorized("Credentials must have the form user@org:password.");
        }
        String userName = decoded.substring(0, at);
        String orgName = decoded.substring(at + 1, colon);
        String password = decoded.substring(colon + 1);

        Optional<OrgRow> org = db.tx(tx -> tx.orgs().findByName(orgName));
        Optional<UserRow> user = org.flatMap(o -> db.tx(tx -> tx.users().findByName(o.id(), userName)));
        // Always pay for one hash check, so probing for names is no faster than guessing passwords.
        boolean passwordOk = Passwords.matches(password, user.map(UserRow::passwordHash).orElse(null));
        Instant now = clock.instant();
        Optional<SessionStore.LoginFailures> failures = user.flatMap(u -> db.read(tx -> tx.sessions().failures(u.id())));
        Optional<Instant> locked = failures.map(SessionStore.LoginFailures::lockedUntil)
                .filter(until -> until.isAfter(now));
        if (locked.isPresent()) {
            // refused even with the right password, until the lock runs out (the org's password policy)
            throw ApiException.unauthorized("Login failed: the account is locked after repeated failed logins, "
                    + "until " + locked.get() + ".");
        }
        if (org.isEmpty() || user.isEmpty() || !passwordOk) {
            user.ifPresent(u -> db.run(tx -> tx.sessions().recordFailure(u.id(), tx.sessions().policy(u.orgId()),
                    now)));
            throw ApiException.unauthorized(LOGIN_FAILED);
        }
        if (failures.isPresent()) { // a good login starts the count again (no write when there was none)
            db.run(tx -> tx.sessions().clearFailures(user.get().id()));
        }
        if (scope == Scope.PROVIDER && !org.get().system()) {
            throw ApiException.unauthorized("Only users of the System organization log in at /sessions/provider; "
                    + "tenants use /cloudapi/1.0.0/sessions.");
        }
        if (scope == Scope.TENANT && org.get().system()) {
            throw ApiException.unauthorized("Users of the System organization log in at "
                    + "/cloudapi/1.0.0/sessions/provider.");
        }
        if (!org.get().enabled()) {
            throw ApiException.unauthorized("Login failed: organization " + org.get().name() + " is disabled.");
        }
        if (!user.get().enabled()) {
            throw ApiException.unauthorized("Login failed: the user account is disabled.");
        }
        UUID sessionId = UUID.randomUUID();
        db.run(tx -> tx.sessions().insert(sessionId, user.get().id(), now));
        Principal p = principal(sessionId);
        return new Login(signer.sign(sessionId, user.get().id(), org.get().name(), now), p);
    }

    /**
     * Adds, in the caller's transaction, a session for a user an API token stands for (no password: the token
     * is the credential); it ends when the token is revoked. The user and their org must be enabled, as for a login.
     * Once the transaction commits, {@link #loginOf} gives its token.
     */
    public UUID openIn(Tx tx, UUID userId, UUID apiTokenId) {
        boolean active = tx.users().find(userId).filter(UserRow::enabled)
                .flatMap(u -> tx.orgs().find(u.orgId())).filter(OrgRow::enabled).isPresent();
        if (!active) {
            throw ApiException.unauthorized("The token's user or organization is disabled.");
        }
        UUID sessionId = UUID.randomUUID();
        tx.sessions().insert(sessionId, userId, apiTokenId, clock.instant());
        return sessionId;
    }

    /** The token of a session {@link #openIn} added. */
    public Login loginOf(UUID sessionId) {
        Principal p = principal(sessionId);
        if (p == null) {
            throw ApiException.unauthorized("The session ended before it could be used.");
        }
        return new Login(signer.sign(sessionId, p.userId(), p.orgName(), clock.instant()), p);
    }

    /** Forgets every token it trusted (the store was reset or replaced). */
    public void forgetAll() {
        recent.clear();
    }

    /** The principal a token stands for, or null when it is not (or no longer) valid. */
    public Principal authenticate(String token) {
        Instant now = clock.instant();
        Cached c = recent.get(token);
        if (c != null && c.until().isAfter(now)) {
            return c.principal();
        }
        UUID sessionId = signer.sessionOf(token);
        Principal p = sessionId == null ? null : principal(sessionId);
        if (p == null) {
            recent.remove(token);
        } else {
            if (recent.size() >= CACHE_MAX) {
                recent.clear();
            }
            recent.put(token, new Cached(p, now.plus(CACHE_TTL)));
        }
        return p;
    }

    @Override
    public void userChanged(UUID userId) {
        recent.values().removeIf(c -> c.principal().userId().equals(userId));
    }

    @Override
    public void orgChanged(UUID orgId) {
        recent.values().removeIf(c -> c.principal().orgId().equals(orgId));
    }

    private Principal principal(UUID sessionId) {
        // read before the transaction: the settings may take a connection of their own to refresh
        Duration idle = idleTimeout.get();
        Duration absolute = absoluteTimeout.get();
        return db.tx(tx -> {
            Optional<SessionStore.Caller> found = tx.sessions().caller(sessionId);
            if (found.isEmpty()) {
                return null;
            }
            SessionStore.Caller c = found.get();
            Instant now = clock.instant();
            if (c.lastAccess().plus(idle).isBefore(now) || c.created().plus(absolute).isBefore(now)) {
                tx.sessions().delete(sessionId);
                return null;
            }
            if (!c.userEnabled() || !c.orgEnabled()) {
                return null;
            }
            // Record activity at most once per tenth of the idle timeout: keeps reads mostly read-only.
            if (c.lastAccess().plus(idle.dividedBy(10)).isBefore(now)) {
                tx.sessions().touch(sessionId, now);
            }
            return new Principal(sessionId, c.userId(), c.userName(), c.orgId(), c.orgName(), c.systemOrg(),
                    c.roleId(), c.roleName(), Right.fromNames(tx.roles().rights(c.roleId())));
        });
    }

    public void logout(Principal p) {
        db.run(tx -> tx.sessions().delete(p.sessionId()));
        recent.values().removeIf(c -> c.principal().sessionId().equals(p.sessionId()));
    }

    /** Drops sessions idle past the timeout; run periodically so the table does not grow. */
    public int purgeIdle() {
        Instant now = clock.instant();
        recent.values().removeIf(c -> !c.until().isAfter(now));
        Instant cutoff = now.minus(idleTimeout.get());
        return db.tx(tx -> tx.sessions().deleteIdleSince(cutoff));
    }
}
