package io.vcdsim.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import io.vcdsim.store.Database;
import io.vcdsim.store.TokenKeyStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Issues and checks the access tokens (HMAC-signed JWTs, well over 32 characters as
 * go-vcloud-director wants). The keys live in the store, so that every cell checks every cell's
 * tokens, and rotate: a new key signs every week, and the older ones verify the tokens they signed
 * until they retire two weeks later (a session older than that logs in again). Which session a token
 * names, and whether that session still lives, is the session table's to say.
 */
public final class TokenSigner {
    private static final String ISSUER = "vcdsim";
    static final Duration ROTATION = Duration.ofDays(7);
    static final Duration RETIREMENT = Duration.ofDays(14);
    /** How often a cell reads the keys again, to learn another cell's new one before a token signed with it comes. */
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private volatile List<Signing> keys;
    private volatile Instant readAt;

    /** A key, with what signs and checks tokens by it made once (not per token). */
    private record Signing(String id, Algorithm algorithm, JWTVerifier verifier) {
        static Signing of(TokenKeyStore.Key key) {
            Algorithm algorithm = Algorithm.HMAC256(Base64.getDecoder().decode(key.secret()));
            // validity is decided by the session row (logout, idle timeout), not by the token's own times
            return new Signing(key.id(), algorithm, JWT.require(algorithm).withIssuer(ISSUER).ignoreIssuedAt().build());
        }
    }

    private TokenSigner(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The signer of every cell on this store. On the first start it makes the first key; a key file an
     * earlier version left in the data directory becomes that key, so its tokens stay good.
     */
    public static TokenSigner fromStore(Database db, Path legacyKeyFile, Clock clock) throws IOException {
        String legacy = Files.exists(legacyKeyFile) ? Files.readString(legacyKeyFile).trim() : null;
        db.run(tx -> {
            if (tx.tokenKeys().all().isEmpty()) {
                tx.tokenKeys().add(new TokenKeyStore.Key("k0", legacy != null ? legacy : newSecret(),
                        clock.instant()));
            }
        });
        TokenSigner signer = new TokenSigner(db, clock);
        signer.rotate();
        return signer;
    }

    /** Makes this week's key if there is none yet, and retires the ones past their time (every hour). */
    public void rotate() {
        Instant now = clock.instant();
        db.run(tx -> {
            if (tx.tokenKeys().all().get(0).created().isBefore(now.minus(ROTATION))) {
                // one id per period: cells rotating at the same time add one key between them
                tx.tokenKeys().add(new TokenKeyStore.Key("k" + now.getEpochSecond() / ROTATION.toSeconds(),
                        newSecret(), now));
            }
            tx.tokenKeys().retireBefore(now.minus(RETIREMENT));
        });
        reload();
    }

    public String sign(UUID sessionId, UUID userId, String orgName, Instant now) {
        Signing key = keys().get(0);
        return JWT.create().withKeyId(key.id()).withIssuer(ISSUER).withSubject(userId.toString())
                .withClaim("sid", sessionId.toString()).withClaim("org", orgName).withIssuedAt(now)
                .withJWTId(UUID.randomUUID().toString()).sign(key.algorithm());
    }

    /** The session id a valid token names, or null when the token is forged, malformed or its key retired. */
    public UUID sessionOf(String token) {
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(token);
        } catch (JWTDecodeException e) {
            return null;
        }
        Signing key = keyOf(jwt.getKeyId());
        if (key == null) {
            return null;
        }
        try {
            key.verifier().verify(jwt);
            String sid = jwt.getClaim("sid").asString();
            return sid == null ? null : UUID.fromString(sid);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The key a token names; tokens from before rotation name none and were signed with the first. */
    private Signing keyOf(String id) {
        String wanted = id == null ? "k0" : id;
        Signing known = find(keys(), wanted);
        if (known != null) {
            return known;
        }
        reload(); // another cell may have made it since we last read
        return find(keys, wanted);
    }

    private static Signing find(List<Signing> keys, String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
    }

    private List<Signing> keys() {
        if (keys == null || readAt.isBefore(clock.instant().minus(REFRESH))) {
            reload();
        }
        return keys;
    }

    private void reload() {
        keys = db.read(tx -> tx.tokenKeys().all()).stream().map(Signing::of).toList();
        readAt = clock.instant();
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
