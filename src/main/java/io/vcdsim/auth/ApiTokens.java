package io.vcdsim.auth;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.ApiTokenRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.Tx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens, as vCD 10.3.1+ has them: a user registers one ({@code /oauth/.../register}), takes its secret once
 * by presenting their session ({@code jwt-bearer} grant), and from then on trades the secret for access tokens
 * ({@code refresh_token} grant) — terraform's {@code auth_type = "api_token"}. Revoking it ends those sessions.
 */
public final class ApiTokens {
    static final int MAX_NAME = 128;
    private final Database db;
    private final Sessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(Database db, Sessions sessions, Clock clock) {
        this.db = db;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** What a grant hands out: a session's access token and, the first time only, the API token itself. */
    public record Grant(Sessions.Login login, String refreshToken) {
    }

    /** A token issued inside a transaction: its secret, and the session it opened (see {@link Sessions#loginOf}). */
    record Issued(String secret, UUID session) {
    }

    /** Registers a token named {@code name} for the caller, at their org's endpoint ({@code org} null: provider). */
    public ApiTokenRow register(Principal p, String org, String name) {
        checkEndpoint(p.orgName(), p.systemOrg(), org);
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("An API token needs a client_name.");
        }
        String checked = Lengths.atMost(name.strip(), MAX_NAME, "client_name");
        return db.tx(tx -> {
            if (tx.apiTokens().findByName(p.userId(), checked).isPresent()) {
                throw ApiException.duplicateName("You already have an API token named " + checked + ".");
            }
            ApiTokenRow t = new ApiTokenRow(UUID.randomUUID(), p.orgId(), p.userId(), checked, false,
                    clock.instant());
            tx.apiTokens().insert(t);
            return t;
        });
    }

    /** The token with this id, if it is the caller's (or the caller is a system administrator); else 403. */
    public ApiTokenRow get(Principal p, UUID id) {
        Optional<ApiTokenRow> t = db.read(tx -> tx.apiTokens().find(id))
                .filter(row -> row.userId().equals(p.userId()) || p.isSystemAdmin());
        return Principal.found(t, "token", id);
    }

    /** The tokens a query found, in its order. */
    public List<ApiTokenRow> found(List<UUID> ids) {
        return db.read(tx -> ids.stream().map(id -> tx.apiTokens().find(id)).flatMap(Optional::stream).toList());
    }

    /** Revokes the token: its secret stops working and the sessions opened with it end. */
    public void revoke(Principal p, UUID id) {
        ApiTokenRow t = get(p, id);
        db.run(tx -> tx.apiTokens().delete(t.id()));
        sessions.userChanged(t.userId());
    }

    /** The {@code jwt-bearer} grant: the token's owner, by their session, takes its secret, once. */
    public Grant issue(String org, String assertion, String clientId) {
        Principal owner = assertion == null ? null : sessions.authenticate(assertion.trim());
        if (owner == null) {
            throw invalidGrant("The assertion is not a valid session token.");
        }
        UUID id = parseId(clientId);
        checkEndpoint(owner.orgName(), owner.systemOrg(), org);
        String secret = newSecret();
        // one transaction: the secret is used up only with the session it buys (a revoke waits on the lock)
        UUID session = db.tx(tx -> {
            ApiTokenRow t = tx.apiTokens().lock(id).filter(row -> row.userId().equals(owner.userId()))
                    .orElseThrow(() -> invalidGrant("No API token of yours has client_id " + clientId + "."));
            if (!tx.apiTokens().issue(t.id(), hash(secret))) {
                throw invalidGrant("The API token " + t.name() + " was already issued; its secret is shown once.");
            }
            return sessions.openIn(tx, t.userId(), t.id());
        });
        return new Grant(sessions.loginOf(session), secret);
    }

    /** Adds, in the caller's transaction, a token of {@code userId} handed out at once (a service account's). */
    Issued issueNew(Tx tx, UUID orgId, UUID userId, String name) {
        ApiTokenRow t = new ApiTokenRow(UUID.randomUUID(), orgId, userId, name, false, clock.instant());
        tx.apiTokens().insert(t);
        String secret = newSecret();
        tx.apiTokens().issue(t.id(), hash(secret));
        return new Issued(secret, sessions.openIn(tx, userId, t.id()));
    }

    /**
     * The {@code refresh_token} grant: an API token's secret buys a new session for its owner. A service account's
     * secret is good once: the answer carries the next one (go-vcloud-director saves it for the next login).
     */
    public Grant refresh(String org, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw invalidGrant("refresh_token is missing.");
        }
        Issued session = db.tx(tx -> {
            ApiTokenRow t = tx.apiTokens().lockBySecret(hash(refreshToken.trim()))
                    .orElseThrow(() -> invalidGrant("The refresh token is not valid, or was revoked."));
            OrgRow owner = tx.orgs().find(t.orgId()).orElseThrow(() -> invalidGrant("No such org."));
            checkEndpoint(owner.name(), owner.system(), org);
            String next = null;
            if (tx.serviceAccounts().findByUser(t.userId()).isPresent()) {
                next = newSecret();
                tx.apiTokens().rotate(t.id(), hash(next));
            }
            return new Issued(next, sessions.openIn(tx, t.userId(), t.id()));
        });
        return new Grant(sessions.loginOf(session.session()), session.secret());
    }

    /** System users use {@code /oauth/provider}, the others {@code /oauth/tenant/<their org>}. */
    private static void checkEndpoint(String orgName, boolean system, String org) {
        boolean right = org == null ? system : !system && org.equalsIgnoreCase(orgName);
        if (!right) {
            throw ApiException.forbidden(system ? "System users use /oauth/provider."
                    : "Use /oauth/tenant/" + orgName + ", the endpoint of your organization.");
        }
    }

    private static UUID parseId(String clientId) {
        try {
            return UUID.fromString(clientId == null ? "" : clientId.trim());
        } catch (IllegalArgumentException e) {
            throw invalidGrant("client_id must be the id of an API token.");
        }
    }

    private String newSecret() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException invalidGrant(String message) {
        return new ApiException(400, "BAD_REQUEST", message);
    }
}
