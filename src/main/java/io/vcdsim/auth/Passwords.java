package io.vcdsim.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;

/** Passwords are stored as bcrypt hashes only. */
public final class Passwords {
    private static final int COST = 10;
    /**
     * Checked when the user does not exist, so a wrong user name costs as much time as a wrong password: a hash
     * at the same cost of a random string nobody kept. Written out rather than made at start, where it cost a
     * first start or a first login about 75 ms.
     */
    private static final String DUMMY = "$2a$10$MwZEmyimX.0inyX/G0PZS.aARKl7W90Lk98xqztX0toHm9mE8XrBG";

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        String h = hash == null ? DUMMY : hash;
        boolean ok = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                h.getBytes(StandardCharsets.UTF_8)).verified;
        return ok && hash != null;
    }
}
