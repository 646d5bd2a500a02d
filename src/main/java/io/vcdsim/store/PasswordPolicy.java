package io.vcdsim.store;

/**
 * An org's password policy: with lockout enabled, a user's account is locked for {@code lockoutMinutes}
 * after {@code invalidLogins} failed logins in a row.
 */
public record PasswordPolicy(boolean lockoutEnabled, int invalidLogins, int lockoutMinutes) {
    /**
     * Off until an organization administrator turns it on (then after 5 failures, for 10 minutes): a
     * test that tries wrong passwords on purpose must not lock the seeded accounts for what follows.
     */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(false, 5, 10);
}
