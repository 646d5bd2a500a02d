package io.vcdsim.tenancy;

import io.vcdsim.auth.SessionInvalidation;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.Database;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * An org's roles: created, renamed, given rights and deleted by those who hold the Role management right in it.
 * The predefined roles every org gets are read-only, as the roles vCD publishes from its global roles are.
 */
public final class RoleService {
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    private final Database db;
    private final Clock clock;
    private final SessionInvalidation sessions;

    public RoleService(Database db, Clock clock, SessionInvalidation sessions) {
        this.db = db;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** The role with this id, if the caller may see roles in its org; else 403. */
    public RoleRow role(Principal p, UUID id) {
        return p.require(Right.ROLE_VIEW, db.read(tx -> tx.roles().find(id)), RoleRow::orgId, "role", id);
    }

    /** The roles a query found, read in one go, in the query's order. */
    public List<RoleRow> found(List<UUID> ids) {
        return db.read(tx -> ids.stream().map(id -> tx.roles().find(id)).flatMap(java.util.Optional::stream).toList());
    }

    /** The rights a role may be given: the built-in ones and those extension services registered. */
    public RightsCatalog.Lookup catalog() {
        return db.read(tx -> tx.store(ServiceRightStore::new).catalog());
    }

    /** The role's rights, in catalog order. */
    public List<RightsCatalog.Entry> rights(UUID roleId) {
        return db.read(tx -> tx.store(ServiceRightStore::new).catalog().of(tx.roles().rights(roleId)));
    }

    public RoleRow create(Principal p, UUID orgId, String name, String description,
                          Collection<RightsCatalog.Entry> rights, TaskEngine.Caller by) {
        p.require(Right.ROLE_MANAGE, orgId);
        mayGrant(p, rights);
        String checkedName = checkName(name);
        String checkedDescription = Lengths.atMost(description, MAX_DESCRIPTION, "description");
        return db.tx(tx -> {
            if (tx.orgs().find(orgId).isEmpty()) {
                throw ApiException.forbidden("No org with id " + orgId + " is accessible.");
            }
            if (tx.roles().findByName(orgId, checkedName).isPresent()) {
                throw ApiException.duplicateName("A role named " + checkedName + " already exists in this organization.");
            }
            RoleRow row = new RoleRow(UUID.randomUUID(), orgId, checkedName, checkedDescription, false);
            tx.roles().insert(row, names(rights));
            record(tx, "role/create", row, by);
            return row;
        });
    }

    /** Renames the role or changes its description; its rights stay. */
    public RoleRow update(Principal p, UUID id, String name, String description, TaskEngine.Caller by) {
        String checkedName = checkName(name);
        String checkedDescription = Lengths.atMost(description, MAX_DESCRIPTION, "description");
        return db.tx(tx -> {
            RoleRow r = editable(tx, p, id);
            if (!checkedName.equalsIgnoreCase(r.name()) && tx.roles().findByName(r.orgId(), checkedName).isPresent()) {
                throw ApiException.duplicateName("A role named " + checkedName + " already exists in this organization.");
            }
            RoleRow updated = new RoleRow(r.id(), r.orgId(), checkedName, checkedDescription, false);
            tx.roles().update(updated);
            record(tx, "role/modify", updated, by);
            return updated;
        });
    }

    /** PUT Role on /api: the name, description and rights as sent, in one change. */
    public RoleRow replace(Principal p, UUID id, String name, String description,
                           Collection<RightsCatalog.Entry> rights, TaskEngine.Caller by) {
        String checkedName = checkName(name);
        String checkedDescription = Lengths.atMost(description, MAX_DESCRIPTION, "description");
        mayGrant(p, rights);
        return db.tx(tx -> {
            RoleRow r = editable(tx, p, id);
            if (!checkedName.equalsIgnoreCase(r.name()) && tx.roles().findByName(r.orgId(), checkedName).isPresent()) {
                throw ApiException.duplicateName("A role named " + checkedName + " already exists in this organization.");
            }
            RoleRow updated = new RoleRow(r.id(), r.orgId(), checkedName, checkedDescription, false);
            tx.roles().update(updated);
            tx.roles().setRights(id, names(rights));
            record(tx, "role/modify", updated, by);
            List<UUID> holders = tx.roles().holders(id);
            tx.handle().afterCommit(() -> holders.forEach(sessions::userChanged));
            return updated;
        });
    }

    /** Gives the role exactly {@code change(its rights now)}; its holders' sessions see the new rights. */
    public List<RightsCatalog.Entry> changeRights(Principal p, UUID id,
                                                  UnaryOperator<Set<RightsCatalog.Entry>> change, TaskEngine.Caller by) {
        return db.tx(tx -> {
            RoleRow r = editable(tx, p, id);
            RightsCatalog.Lookup catalog = tx.store(ServiceRightStore::new).catalog();
            Set<RightsCatalog.Entry> next = change.apply(new HashSet<>(catalog.of(tx.roles().rights(id))));
            mayGrant(p, next);
            tx.roles().setRights(id, names(next));
            record(tx, "role/modify", r, by);
            List<UUID> holders = tx.roles().holders(id);
            tx.handle().afterCommit(() -> holders.forEach(sessions::userChanged));
            return catalog.of(names(next));
        });
    }

    public void delete(Principal p, UUID id, TaskEngine.Caller by) {
        db.run(tx -> {
            RoleRow r = editable(tx, p, id);
            int holders = tx.roles().holders(id).size();
            if (holders > 0) {
                throw ApiException.badRequest("The role " + r.name() + " cannot be deleted: " + holders
                        + " user(s) hold it.");
            }
            tx.roles().delete(id);
            record(tx, "role/delete", r, by);
        });
    }

    /**
     * Outside the system administrators, a role manager gives only rights vcdsim checks that they hold themselves:
     * no one makes a role that does more than they may (a role manager of the System org is no administrator). An
     * extension service's rights are the provider's to give: the ACL rules that name them would trust any role.
     */
    private static void mayGrant(Principal p, Collection<RightsCatalog.Entry> rights) {
        if (p.isSystemAdmin()) {
            return;
        }
        for (RightsCatalog.Entry e : rights) {
            if (e.ofService()) {
                throw ApiException.forbidden("You cannot give the right [" + e.name() + "]: an extension service's "
                        + "rights are given by a system administrator.");
            }
            Right checked = Right.byDisplayName(e.name());
            if (checked != null && !p.has(checked)) {
                throw ApiException.forbidden("You cannot give the right [" + e.name() + "]: you do not hold it.");
            }
        }
    }

    /** The role, locked for the change, if the caller may manage roles in its org and it is not read-only. */
    private static RoleRow editable(Tx tx, Principal p, UUID id) {
        RoleRow r = p.require(Right.ROLE_MANAGE, tx.roles().lock(id), RoleRow::orgId, "role", id);
        if (r.predefined()) {
            throw ApiException.badRequest("The role " + r.name() + " is read-only: it is one of the predefined roles.");
        }
        return r;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("A role needs a name.");
        }
        return Lengths.atMost(name.strip(), MAX_NAME, "role name");
    }

    private void record(Tx tx, String type, RoleRow r, TaskEngine.Caller by) {
        ObjectEvents.record(tx, clock.instant(), type, ObjectRef.of(Kind.ROLE, r.id(), r.name()), r.orgId(), by, null,
                true);
    }

    private static List<String> names(Collection<RightsCatalog.Entry> rights) {
        return rights.stream().map(RightsCatalog.Entry::name).distinct().sorted().toList();
    }
}
