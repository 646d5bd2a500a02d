package io.vcdsim.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Issues and checks the access tokens (HMAC-signed JWTs, well over 32 characters as
 * go-vcloud-director wants). The key lives in the data directory and is made on first start.
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

    public static TokenSigner fromKeyFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return new TokenSigner(Base64.getDecoder().decode(Files.readString(file).trim()));
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
