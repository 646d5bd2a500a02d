package io.vcdsim.tenancy;

import io.vcdsim.auth.PredefinedRole;
import io.vcdsim.auth.SessionInvalidation;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.model.OrgIdentityDocuments;
import io.vcdsim.model.OrgLdapSettings;
import io.vcdsim.model.OrgPasswordPolicySettings;
import io.vcdsim.model.OrgSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgIdentityStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.OrgSettingsRow;
import io.vcdsim.store.PasswordPolicy;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creating, changing and deleting organizations, with the rules vCloud Director applies. */
public final class OrgService {
    public static final String DELETE = "orgDelete";
    private final Database db;
    private final Clock clock;
    private final TaskEngine engine;

    private final SessionInvalidation sessions;

    /**
     * An org's deletion: force takes an enabled org, recursive its VDCs, catalogs and vApps along. A deletion
     * stored by an older version has no force: it was checked when it started, as if forced.
     */
    record Deletion(Boolean force, boolean recursive) {
        boolean forced() {
            return force == null || force;
        }
    }

    public OrgService(Database db, Clock clock, TaskEngine engine, SessionInvalidation sessions) {
        this.db = db;
        this.clock = clock;
        this.engine = engine;
        this.sessions = sessions;
        engine.register(DELETE, Deletion.class, (tx, task, deletion) -> {
            // checked when the task completes, as vCD does: an enabled or non-empty org fails the task
            if (tx.orgs().find(task.ownerId()).isPresent()) {
                checkDeletable(tx, task.ownerId(), deletion.forced(), deletion.recursive());
                deleteNow(tx, task.ownerId());
                tx.handle().afterCommit(() -> sessions.orgChanged(task.ownerId()));
            }
        });
        engine.announce(DELETE, "org/delete");
    }

    /** The org with this id, if the caller holds {@code right} in it; else 403. */
    public OrgRow org(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.orgs().find(id)), OrgRow::id, "organization", id);
    }

    /**
     * Another org that shares a catalog with the caller's (which go-vcloud-director reads through a shared catalog's
     * {@code up} link), or empty: the caller's own orgs, and orgs sharing nothing with it, are not read this way.
     */
    public Optional<OrgRow> sharingCatalogsWith(Principal p, UUID id) {
        if (p.canSee(id) || !p.has(Right.CATALOG_VIEW)) {
            return Optional.empty();
        }
        return db.read(tx -> tx.resources().catalogsSharedWith(p.orgId()).stream().anyMatch(c -> c.orgId().equals(id))
                ? tx.orgs().find(id) : Optional.<OrgRow>empty());
    }

    /** The org's password policy: lockout after failed logins. */
    public PasswordPolicy passwordPolicy(UUID orgId) {
        return db.read(tx -> tx.sessions().policy(orgId));
    }

    /** The org's LDAP settings as stored (the password in): NONE until set. */
    public OrgLdapSettings ldap(UUID orgId) {
        return OrgIdentityDocuments.ldap(db.read(tx -> tx.store(OrgIdentityStore::new).ldap(orgId)));
    }

    /** The org's general and lease settings. */
    public OrgSettingsRow settings(UUID orgId) {
        return db.read(tx -> tx.orgs().settings(orgId));
    }

    /** Changes the org's settings: the sections {@code in} sends, and in them the values it carries. */
    public void updateSettings(UUID orgId, OrgSettings in, TaskEngine.Caller by) {
        db.run(tx -> {
            OrgRow o = tx.orgs().find(orgId).orElseThrow(() -> ApiException.forbidden("No such organization."));
            applySettings(tx, orgId, in);
            ObjectEvents.record(tx, clock.instant(), "org/modify", ObjectEvents.org(orgId, o.name()), orgId, by,
                    null, true);
        });
    }

    private static void applySettings(Tx tx, UUID orgId, OrgSettings in) {
        if (in == null) {
            return;
        }
        tx.orgs().lock(orgId); // two changes of one org's settings queue: neither section is lost
        OrgSettingsRow now = tx.orgs().settings(orgId);
        OrgSettingsRow next = OrgSettingsRules.merge(now, in);
        if (!next.equals(now)) {
            tx.orgs().putSettings(next);
        }
        if (in.ldap != null) {
            OrgLdapRules.apply(tx, orgId, in.ldap);
        }
        OrgPasswordPolicySettings p = in.passwordPolicy;
        if (p != null) {
            putPolicy(tx, orgId, p.accountLockoutEnabled, p.invalidLoginsBeforeLockout,
                    p.accountLockoutIntervalMinutes);
        }
    }

    /** Sets the org's password policy; values absent from the request keep what the policy has. */
    public PasswordPolicy updatePasswordPolicy(UUID orgId, Boolean enabled, Integer invalidLogins, Integer minutes) {
        return db.tx(tx -> putPolicy(tx, orgId, enabled, invalidLogins, minutes));
    }

    private static PasswordPolicy putPolicy(Tx tx, UUID orgId, Boolean enabled, Integer invalidLogins,
                                            Integer minutes) {
        PasswordPolicy now = tx.sessions().policy(orgId);
        PasswordPolicy next = new PasswordPolicy(enabled == null ? now.lockoutEnabled() : enabled,
                invalidLogins == null ? now.invalidLogins() : invalidLogins,
                minutes == null ? now.lockoutMinutes() : minutes);
        if (next.invalidLogins() < 1 || next.invalidLogins() > 1000) {
            throw ApiException.badRequest("InvalidLoginsBeforeLockout is 1 to 1000.");
        }
        if (next.lockoutMinutes() < 1 || next.lockoutMinutes() > 525_600) {
            throw ApiException.badRequest("AccountLockoutIntervalMinutes is 1 to 525600 (a year).");
        }
        tx.sessions().putPolicy(orgId, next);
        return next;
    }

    /** The role with this id, if the caller holds {@code right} in its org; else 403. */
    public RoleRow role(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.roles().find(id)), RoleRow::orgId, "role", id);
    }

    /**
     * Starts deleting an org; the System org is refused at once. The org goes when the task completes,
     * and the task fails there if the org is enabled without {@code force} or holds things without
     * {@code recursive} (rules in {@link #checkDeletable}): vCD reports those in the task, and
     * pyvcloud's tests wait for its failure.
     */
    public TaskRow delete(UUID id, boolean force, boolean recursive, TaskEngine.Caller caller) {
        return db.tx(tx -> {
            OrgRow o = tx.orgs().find(id).orElseThrow(() -> ApiException.forbidden("No such organization."));
            if (o.system()) {
                throw ApiException.badRequest("The System organization cannot be deleted.");
            }
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Organization " + o.name() + "(" + o.id()
                    + ")", caller, ObjectRef.of(Kind.ORG, o.id(), o.name()), true, new Deletion(force, recursive)));
        });
    }

    /** What a caller may change about an org; null fields (and settings sections) stay as they are. */
    public record Changes(String name, String fullName, String description, Boolean enabled, OrgSettings settings) {
        public Changes(String name, String fullName, String description, Boolean enabled) {
            this(name, fullName, description, enabled, null);
        }
    }

    /** Creates an org with its predefined roles; {@code by} null (seeding) announces nothing. */
    public OrgRow create(Changes c, TaskEngine.Caller by) {
        String name = Names.check("organization", c.name());
        OrgRow org = new OrgRow(UUID.randomUUID(), name, c.fullName() == null || c.fullName().isBlank() ? name
                : c.fullName(), c.description(), c.enabled() != null && c.enabled(), false, clock.instant());
        return db.tx(tx -> {
            if (tx.orgs().findByName(name).isPresent()) {
                throw ApiException.duplicateName("An organization named " + name + " already exists.");
            }
            tx.orgs().insert(org);
            applySettings(tx, org.id(), c.settings());
            RightsContainers.publishToNewOrg(tx, org.id()); // the predefined roles among them
            ObjectEvents.record(tx, clock.instant(), "org/create", ObjectEvents.org(org.id(), name), org.id(), by, null,
                    true);
            return org;
        });
    }

    /** Creates the System organization (first start only). */
    public OrgRow createSystem(String name, String fullName) {
        OrgRow org = new OrgRow(UUID.randomUUID(), name, fullName, "The provider's organization", true, true,
                clock.instant());
        db.run(tx -> {
            tx.orgs().insert(org);
            addRole(tx, org.id(), PredefinedRole.SYSTEM_ADMINISTRATOR);
        });
        return org;
    }

    private void addRole(Tx tx, UUID orgId, PredefinedRole r) {
        Set<String> rights = r.rights.stream().map(x -> x.displayName).collect(Collectors.toSet());
        tx.roles().insert(new RoleRow(UUID.randomUUID(), orgId, r.roleName, r.description, true), rights);
    }

    /** Applies changes; only a system administrator ({@code asSystemAdmin}) renames, enables or disables. */
    public OrgRow update(UUID id, Changes c, boolean asSystemAdmin, TaskEngine.Caller by) {
        return db.tx(tx -> {
            OrgRow o = tx.orgs().find(id).orElseThrow(() -> ApiException.forbidden("No such organization."));
            String name = c.name() == null ? o.name() : Names.check("organization", c.name());
            boolean enabled = c.enabled() == null ? o.enabled() : c.enabled();
            boolean renamed = !name.equals(o.name());
            if ((renamed || enabled != o.enabled()) && !asSystemAdmin) {
                throw ApiException.forbidden("Only a system administrator renames, enables or disables an "
                        + "organization.");
            }
            if (o.system() && (renamed || !enabled)) {
                throw ApiException.badRequest("The System organization cannot be renamed or disabled.");
            }
            if (renamed && tx.orgs().findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
                throw ApiException.duplicateName("An organization named " + name + " already exists.");
            }
            OrgRow updated = new OrgRow(o.id(), name, c.fullName() == null ? o.fullName() : c.fullName(),
                    c.description() == null ? o.description() : c.description(), enabled, o.system(), o.created());
            tx.orgs().update(updated);
            applySettings(tx, id, c.settings());
            ObjectEvents.record(tx, clock.instant(), "org/modify", ObjectEvents.org(id, name), id, by, null, true);
            tx.handle().afterCommit(() -> sessions.orgChanged(id));
            return updated;
        });
    }

    public void setEnabled(UUID id, boolean enabled, TaskEngine.Caller by) {
        update(id, new Changes(null, null, null, enabled), true, by);
    }

    /**
     * Checks that an org may be deleted. An enabled org needs {@code force}; one that still holds
     * VDCs, networks or catalogs needs {@code recursive}.
     */
    public static OrgRow checkDeletable(Tx tx, UUID id, boolean force, boolean recursive) {
        OrgRow o = tx.orgs().find(id).orElseThrow(() -> ApiException.forbidden("No such organization."));
        if (o.system()) {
            throw ApiException.badRequest("The System organization cannot be deleted.");
        }
        if (o.enabled() && !force) {
            throw ApiException.badRequest("Organization " + o.name() + " is enabled: disable it first, or "
                    + "delete with force=true.");
        }
        var res = tx.resources();
        boolean empty = res.vdcs(id).isEmpty() && res.catalogs(id).isEmpty()
                && tx.networks().ofOrg(id).isEmpty();
        if (!empty && !recursive) {
            throw ApiException.badRequest("Organization " + o.name() + " still has VDCs, networks or catalogs: "
                    + "delete them first, or delete with recursive=true.");
        }
        return o;
    }

    /** Deletes the org with everything in it (users, roles and their sessions too); nothing if it is gone. */
    public static void deleteNow(Tx tx, UUID id) {
        if (tx.orgs().find(id).isPresent()) {
            tx.resources().deleteAllOf(id);
            tx.orgs().delete(id);
        }
    }

}
