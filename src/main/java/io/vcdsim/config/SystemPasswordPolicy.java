package io.vcdsim.config;

import io.vcdsim.model.SystemPasswordPolicySettings;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.PasswordPolicy;
import io.vcdsim.store.Tx;

/**
 * The system password policy is the System organization's password policy row, which its users' logins
 * obey (lockout after failed logins); only AdminAccountLockoutEnabled is a setting of its own.
 */
final class SystemPasswordPolicy implements SettingsPart.Storage<SystemPasswordPolicySettings> {
    private static final String ADMIN_LOCKOUT = "settings.passwordPolicy.adminAccountLockoutEnabled";

    @Override
    public SystemPasswordPolicySettings load(Tx tx, SettingsPart<SystemPasswordPolicySettings> part) {
        PasswordPolicy p = tx.sessions().policy(systemOrg(tx));
        SystemPasswordPolicySettings s = part.defaults().get();
        s.accountLockoutEnabled = p.lockoutEnabled();
        s.adminAccountLockoutEnabled = tx.settings().get(ADMIN_LOCKOUT).map(Boolean::parseBoolean).orElse(false);
        s.invalidLoginsBeforeLockout = p.invalidLogins();
        s.accountLockoutIntervalMinutes = p.lockoutMinutes();
        return s;
    }

    @Override
    public void save(Tx tx, SettingsPart<SystemPasswordPolicySettings> part, SystemPasswordPolicySettings s) {
        tx.sessions().putPolicy(systemOrg(tx), new PasswordPolicy(s.accountLockoutEnabled,
                s.invalidLoginsBeforeLockout, s.accountLockoutIntervalMinutes));
        tx.settings().put(ADMIN_LOCKOUT, Boolean.toString(s.adminAccountLockoutEnabled));
    }

    private static java.util.UUID systemOrg(Tx tx) {
        return tx.orgs().system().map(OrgRow::id).orElseThrow(() -> new IllegalStateException("no System org"));
    }
}
