package io.vcdsim.auth;

import io.vcdsim.MutableClock;
import io.vcdsim.Sim;
import io.vcdsim.store.Database;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Token keys rotate: tokens signed before a rotation still verify until their key retires. */
class TokenSignerTest {

    @Test
    void aRotatedKeyStillVerifiesItsTokensUntilItRetires() throws Exception {
        Path dir = Sim.tempDir();
        MutableClock clock = new MutableClock();
        Database db = new Database(Database.h2Url(dir), null, null);
        try {
            TokenSigner signer = TokenSigner.fromStore(db, dir.resolve("token.key"), clock);
            UUID first = UUID.randomUUID();
            String before = signer.sign(first, UUID.randomUUID(), "acme", Instant.now());
            assertThat(signer.sessionOf(before)).isEqualTo(first);

            clock.advance(TokenSigner.ROTATION.plusDays(1));
            signer.rotate();
            UUID second = UUID.randomUUID();
            String after = signer.sign(second, UUID.randomUUID(), "acme", Instant.now());
            assertThat(kid(after)).isNotEqualTo(kid(before));
            assertThat(signer.sessionOf(before)).as("signed with the previous key").isEqualTo(first);
            // another cell on the same store learns the new key from it
            TokenSigner otherCell = TokenSigner.fromStore(db, dir.resolve("token.key"), clock);
            assertThat(otherCell.sessionOf(after)).isEqualTo(second);

            clock.advance(TokenSigner.RETIREMENT.minusDays(1)); // the first key is 21 days old, the second 13
            signer.rotate();
            assertThat(signer.sessionOf(before)).as("its key retired").isNull();
            assertThat(signer.sessionOf(after)).isEqualTo(second);
            assertThat(signer.sessionOf(after.substring(0, after.length() - 2) + "xx")).as("forged").isNull();
        } finally {
            db.close();
        }
    }

    private static String kid(String token) {
        return com.auth0.jwt.JWT.decode(token).getKeyId();
    }
}
