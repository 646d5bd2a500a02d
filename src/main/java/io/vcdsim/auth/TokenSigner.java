package io.vcdsim.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.vcdsim.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Issues and checks the access tokens (HMAC-signed JWTs, well over 32 characters as
 * go-vcloud-director wants). The key lives in the store, so that every cell checks every cell's tokens.
 */
public final class TokenSigner {
    private static final String ISSUER = "vcdsim";
    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    public TokenSigner(byte[] key) {
        this.algorithm = Algorithm.HMAC256(key);
        // validity is decided by the session row (logout, idle timeout), not by the token's own times
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).ignoreIssuedAt().build();
    }

    /**
     * The signer of every cell on this store: its key lives in the store, made on the first start. A
     * key file an earlier version left in the data directory becomes that key, so its tokens stay good.
     */
    public static TokenSigner fromStore(Database db, Path legacyKeyFile, Instant now) throws IOException {
        String candidate;
        if (Files.exists(legacyKeyFile)) {
            candidate = Files.readString(legacyKeyFile).trim();
        } else {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            candidate = Base64.getEncoder().encodeToString(key);
        }
        String stored = db.tx(tx -> tx.settings().installation("tokens.key", candidate, now));
        return new TokenSigner(Base64.getDecoder().decode(stored));
    }

    public String sign(UUID sessionId, UUID userId, String orgName, Instant now) {
        return JWT.create().withIssuer(ISSUER).withSubject(userId.toString()).withClaim("sid", sessionId.toString())
                .withClaim("org", orgName).withIssuedAt(now).withJWTId(UUID.randomUUID().toString()).sign(algorithm);
    }

    /** The session id a valid token names, or null when the token is forged or malformed. */
    public UUID sessionOf(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            String sid = jwt.getClaim("sid").asString();
            return sid == null ? null : UUID.fromString(sid);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return null;
        }
    }
}
