package io.vcdsim.tenancy;

import io.vcdsim.auth.Passwords;
import io.vcdsim.auth.SessionInvalidation;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UserRow;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.UUID;

/** Users of an organization: creation, changes (a disabled user's sessions end) and deletion. */
public final class UserService {
    private final Database db;
    private final Clock clock;
    private final SessionInvalidation sessions;

    public UserService(Database db, Clock clock, SessionInvalidation sessions) {
        this.db = db;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** The fields a User document may set; null means unchanged (or the default on create). */
    public record Changes(String name, String fullName, String description, String email, String telephone, String im,
                          Boolean enabled, Boolean external, String password, UUID roleId, Integer storedVmQuota,
                          Integer deployedVmQuota) {
    }

    /** The user with this id, if the caller holds {@code right} in its org; else 403. */
    public UserRow user(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.users().find(id)), UserRow::orgId, "user", id);
    }

    public UserRow create(UUID orgId, Changes c, TaskEngine.Caller by) {
        String name = Names.check("user", c.name());
        boolean external = c.external() != null && c.external();
        if (!external && (c.password() == null || c.password().isEmpty())) {
            throw ApiException.badRequest("A local user needs a Password.");
        }
        if (c.roleId() == null) {
            throw ApiException.badRequest("A user needs a Role (an href to one of the organization's roles).");
        }
        return db.tx(tx -> {
            role(tx, orgId, c.roleId());
            if (tx.users().findByName(orgId, name).isPresent()) {
                throw ApiException.duplicateName("A user named " + name + " already exists in this organization.");
            }
            UserRow u = new UserRow(UUID.randomUUID(), orgId, name, nz(c.fullName()), c.description(), c.email(),
                    c.telephone(), c.im(), c.enabled() == null || c.enabled(), external,
                    external ? null : Passwords.hash(c.password()), c.roleId(), quota(c.storedVmQuota()),
                    quota(c.deployedVmQuota()), clock.instant());
            tx.users().insert(u);
            ObjectEvents.record(tx, clock.instant(), "user/create", ObjectEvents.user(u.id(), name), orgId, by, null,
                    true);
            return u;
        });
    }

    public UserRow update(UUID userId, Changes c, TaskEngine.Caller by) {
        return db.tx(tx -> {
            UserRow u = tx.users().find(userId).orElseThrow(() -> ApiException.forbidden("No such user."));
            String name = c.name() == null ? u.name() : Names.check("user", c.name());
            if (!name.equalsIgnoreCase(u.name()) && tx.users().findByName(u.orgId(), name).isPresent()) {
                throw ApiException.duplicateName("A user named " + name + " already exists in this organization.");
            }
            UUID roleId = c.roleId() == null ? u.roleId() : role(tx, u.orgId(), c.roleId()).id();
            boolean enabled = c.enabled() == null ? u.enabled() : c.enabled();
            if (!enabled && userId.equals(by.userId())) {
                throw ApiException.badRequest("You cannot disable your own account.");
            }
            String hash = c.password() == null || c.password().isEmpty() ? u.passwordHash()
                    : Passwords.hash(c.password());
            UserRow updated = new UserRow(u.id(), u.orgId(), name, c.fullName() == null ? u.fullName() : c.fullName(),
                    c.description() == null ? u.description() : c.description(),
                    c.email() == null ? u.email() : c.email(), c.telephone() == null ? u.telephone() : c.telephone(),
                    c.im() == null ? u.im() : c.im(), enabled, u.external(), hash, roleId,
                    c.storedVmQuota() == null ? u.storedVmQuota() : quota(c.storedVmQuota()),
                    c.deployedVmQuota() == null ? u.deployedVmQuota() : quota(c.deployedVmQuota()), u.created());
            tx.users().update(updated);
            ObjectEvents.record(tx, clock.instant(), "user/modify", ObjectEvents.user(userId, name), u.orgId(), by, null,
                    true);
            if (!enabled || !java.util.Objects.equals(hash, u.passwordHash())) {
                tx.sessions().deleteForUser(userId); // a disabled user, or a new password, ends every session
            }
            tx.handle().afterCommit(() -> sessions.userChanged(userId));
            return updated;
        });
    }

    public void delete(UUID userId, TaskEngine.Caller by) {
        if (userId.equals(by.userId())) {
            throw ApiException.badRequest("You cannot delete your own account.");
        }
        db.run(tx -> {
            UserRow u = tx.users().find(userId).orElseThrow(() -> ApiException.forbidden("No such user."));
            tx.users().delete(userId);
            ObjectEvents.record(tx, clock.instant(), "user/delete", ObjectEvents.user(userId, u.name()), u.orgId(), by,
                    null, true);
            tx.handle().afterCommit(() -> sessions.userChanged(userId));
        });
    }

    private static RoleRow role(Tx tx, UUID orgId, UUID roleId) {
        return tx.roles().find(roleId).filter(r -> r.orgId().equals(orgId)).orElseThrow(() ->
                ApiException.invalidReference("The Role does not name a role of this organization."));
    }

    private static int quota(Integer q) {
        if (q != null && q < 0) {
            throw ApiException.badRequest("VM quotas are 0 (unlimited) or more.");
        }
        return q == null ? 0 : q;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
