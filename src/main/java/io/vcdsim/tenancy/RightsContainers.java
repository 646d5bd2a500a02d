package io.vcdsim.tenancy;

import io.vcdsim.auth.PredefinedRole;
import io.vcdsim.auth.SessionInvalidation;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.RightsContainerRow;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Global roles and rights bundles: collections of rights a system administrator keeps and publishes to tenant orgs.
 * A global role published to an org is there a read-only role of the same name, whose rights follow the global
 * role's; a rights bundle's tenants are recorded (vcdsim does not narrow tenant roles by their bundles).
 */
public final class RightsContainers {
    /** The bundle key vCD gives collections made through the API, which have no translated name. */
    public static final String UNDEFINED_KEY = "com.vmware.vcloud.undefined.key";
    /** The bundle vCD publishes to every org from the start (go-vcloud-director's tests look it up by name). */
    static final String DEFAULT_BUNDLE_KEY = "BUNDLE_DEFAULT";
    private final Database db;
    private final Clock clock;
    private final SessionInvalidation sessions;

    public RightsContainers(Database db, Clock clock, SessionInvalidation sessions) {
        this.db = db;
        this.clock = clock;
        this.sessions = sessions;
    }

    public RightsContainerRow get(Principal p, Kind kind, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.rightsContainers().find(kind.name, id)), kind.name, id);
    }

    /** The containers a query found, read in one go, in the query's order. */
    public List<RightsContainerRow> found(Kind kind, List<UUID> ids) {
        return db.read(tx -> ids.stream().map(id -> tx.rightsContainers().find(kind.name, id))
                .flatMap(Optional::stream).toList());
    }

    public RightsContainerRow create(Principal p, Kind kind, String name, String description, boolean publishAll,
                                     TaskEngine.Caller by) {
        p.requireSystemAdmin();
        String checkedName = checkName(kind, name);
        String checkedDescription = Lengths.atMost(description, RoleService.MAX_DESCRIPTION, "description");
        return db.tx(tx -> {
            if (tx.rightsContainers().findByName(kind.name, checkedName).isPresent()) {
                throw ApiException.duplicateName("A " + kind + " named " + checkedName + " already exists.");
            }
            RightsContainerRow c = new RightsContainerRow(UUID.randomUUID(), kind.name, checkedName,
                    checkedDescription, UNDEFINED_KEY, false, publishAll);
            tx.rightsContainers().insert(c);
            reconcile(tx, c);
            record(tx, p, kind, c, "create", by);
            return c;
        });
    }

    /** Renames the container or changes its description (its published roles follow). */
    public RightsContainerRow update(Principal p, Kind kind, UUID id, String name, String description,
                                     TaskEngine.Caller by) {
        String checkedName = checkName(kind, name);
        String checkedDescription = Lengths.atMost(description, RoleService.MAX_DESCRIPTION, "description");
        return db.tx(tx -> {
            RightsContainerRow c = editable(tx, p, kind, id);
            if (!checkedName.equalsIgnoreCase(c.name())
                    && tx.rightsContainers().findByName(kind.name, checkedName).isPresent()) {
                throw ApiException.duplicateName("A " + kind + " named " + checkedName + " already exists.");
            }
            RightsContainerRow updated = new RightsContainerRow(c.id(), c.kind(), checkedName, checkedDescription,
                    c.bundleKey(), c.readOnly(), c.publishAll());
            tx.rightsContainers().update(updated);
            for (RoleRow r : tx.rightsContainers().publishedRoles(id)) {
                tx.roles().update(new RoleRow(r.id(), r.orgId(), checkedName, checkedDescription, true));
            }
            record(tx, p, kind, updated, "modify", by);
            return updated;
        });
    }

    /** Deletes the container; a global role goes with its published roles, unless a user holds one. */
    public void delete(Principal p, Kind kind, UUID id, TaskEngine.Caller by) {
        db.run(tx -> {
            RightsContainerRow c = editable(tx, p, kind, id);
            if (!c.bundleKey().equals(UNDEFINED_KEY)) {
                throw ApiException.badRequest("The " + kind + " " + c.name() + " is predefined: it cannot be deleted.");
            }
            for (RoleRow r : tx.rightsContainers().publishedRoles(id)) {
                unpublish(tx, r);
            }
            tx.rightsContainers().delete(id);
            record(tx, p, kind, c, "delete", by);
        });
    }

    /** The rights a rights container may hold: the built-in ones and those extension services registered. */
    public RightsCatalog.Lookup catalog() {
        return db.read(tx -> tx.store(ServiceRightStore::new).catalog());
    }

    public List<RightsCatalog.Entry> rights(Kind kind, UUID id) {
        return db.read(tx -> tx.store(ServiceRightStore::new).catalog().of(tx.rightsContainers().rights(id)));
    }

    /** Gives the container exactly {@code change(its rights now)}; published roles and their holders follow. */
    public List<RightsCatalog.Entry> changeRights(Principal p, Kind kind, UUID id,
                                                  UnaryOperator<Set<RightsCatalog.Entry>> change,
                                                  TaskEngine.Caller by) {
        return db.tx(tx -> {
            RightsContainerRow c = editable(tx, p, kind, id);
            RightsCatalog.Lookup catalog = tx.store(ServiceRightStore::new).catalog();
            Set<RightsCatalog.Entry> next = change.apply(new HashSet<>(catalog.of(tx.rightsContainers().rights(id))));
            List<String> names = next.stream().map(RightsCatalog.Entry::name).sorted().toList();
            tx.rightsContainers().setRights(id, names);
            List<UUID> holders = new ArrayList<>();
            for (RoleRow r : tx.rightsContainers().publishedRoles(id)) {
                tx.roles().setRights(r.id(), names);
                holders.addAll(tx.roles().holders(r.id()));
            }
            tx.handle().afterCommit(() -> holders.forEach(sessions::userChanged));
            record(tx, p, kind, c, "modify", by);
            return catalog.of(names);
        });
    }

    /** The orgs the container is published to: every tenant org when it is published to all. */
    public List<OrgRow> tenants(Principal p, Kind kind, UUID id) {
        RightsContainerRow c = get(p, kind, id);
        return db.read(tx -> tenantOrgs(tx, c));
    }

    /**
     * Publishes the container to exactly {@code change(the orgs it is published to now)}, and to every org or not
     * when {@code publishAll} is given. Otherwise a container published to every org stays so only while the change
     * leaves it every org (withdrawing one keeps the others, by name). Every org named must be a tenant org.
     */
    public void changeTenants(Principal p, Kind kind, UUID id, UnaryOperator<Set<UUID>> change, Boolean publishAll,
                              TaskEngine.Caller by) {
        db.run(tx -> {
            RightsContainerRow c = editable(tx, p, kind, id);
            Set<UUID> now = new LinkedHashSet<>(tenantOrgs(tx, c).stream().map(OrgRow::id).toList());
            Set<UUID> next = change.apply(new LinkedHashSet<>(now));
            boolean all = publishAll != null ? publishAll : c.publishAll() && next.equals(now);
            for (UUID org : next) {
                if (tx.orgs().find(org).filter(o -> !o.system()).isEmpty()) {
                    throw ApiException.invalidReference("No tenant org with id " + org + " exists.");
                }
            }
            tx.rightsContainers().setTenants(id, next);
            RightsContainerRow updated = new RightsContainerRow(c.id(), c.kind(), c.name(), c.description(),
                    c.bundleKey(), c.readOnly(), all);
            tx.rightsContainers().update(updated);
            reconcile(tx, updated);
            record(tx, p, kind, updated, "modify", by);
        });
    }

    /**
     * Makes the Default Rights Bundle and the predefined tenant roles, global roles published to every org, once: an
     * org's own read-only copy of a role (all an org had before) becomes the role published there and takes the
     * global role's rights. Runs at every start, before any org is made, and after a saved state is loaded.
     */
    public static void ensurePredefined(Tx tx) {
        if (!tx.rightsContainers().bundleKeys(Kind.RIGHTS_BUNDLE.name).contains(DEFAULT_BUNDLE_KEY)) {
            RightsContainerRow bundle = new RightsContainerRow(UUID.randomUUID(), Kind.RIGHTS_BUNDLE.name,
                    "Default Rights Bundle", "The rights every organization may be given", DEFAULT_BUNDLE_KEY, false,
                    true);
            tx.rightsContainers().insert(bundle);
            tx.rightsContainers().setRights(bundle.id(), PredefinedRole.ORGANIZATION_ADMINISTRATOR.rights.stream()
                    .map(r -> r.displayName).sorted().toList());
        }
        Set<String> have = tx.rightsContainers().bundleKeys(Kind.GLOBAL_ROLE.name);
        for (PredefinedRole predefined : PredefinedRole.TENANT_ROLES) {
            if (have.contains(predefined.bundleKey())) {
                continue;
            }
            RightsContainerRow g = new RightsContainerRow(UUID.randomUUID(), Kind.GLOBAL_ROLE.name,
                    predefined.roleName, predefined.description, predefined.bundleKey(), false, true);
            tx.rightsContainers().insert(g);
            List<String> rights = predefined.rights.stream().map(r -> r.displayName).sorted().toList();
            tx.rightsContainers().setRights(g.id(), rights);
            for (OrgRow org : tenantOrgs(tx, g)) {
                Optional<RoleRow> copy = tx.roles().findByName(org.id(), g.name()).filter(RoleRow::predefined);
                if (copy.isPresent()) {
                    tx.roles().setRights(copy.get().id(), rights);
                    tx.rightsContainers().markPublished(copy.get().id(), g.id());
                } else {
                    publish(tx, g, org.id());
                }
            }
        }
    }

    /** A new org gets the global roles published to every org. */
    static void publishToNewOrg(Tx tx, UUID orgId) {
        for (RightsContainerRow g : tx.rightsContainers().publishedToAll(Kind.GLOBAL_ROLE.name)) {
            publish(tx, g, orgId);
        }
    }

    private static List<OrgRow> tenantOrgs(Tx tx, RightsContainerRow c) {
        Collection<UUID> named = c.publishAll() ? null : new HashSet<>(tx.rightsContainers().tenants(c.id()));
        return tx.orgs().all().stream().filter(o -> !o.system() && (named == null || named.contains(o.id())))
                .toList();
    }

    /** Makes a global role's published roles match its tenants: one in each, none elsewhere. */
    private static void reconcile(Tx tx, RightsContainerRow c) {
        if (!c.kind().equals(Kind.GLOBAL_ROLE.name)) {
            return;
        }
        Set<UUID> wanted = new HashSet<>(tenantOrgs(tx, c).stream().map(OrgRow::id).toList());
        Set<UUID> have = new HashSet<>();
        for (RoleRow r : tx.rightsContainers().publishedRoles(c.id())) {
            if (wanted.contains(r.orgId())) {
                have.add(r.orgId());
            } else {
                unpublish(tx, r);
            }
        }
        for (UUID org : wanted) {
            if (!have.contains(org)) {
                publish(tx, c, org);
            }
        }
    }

    private static void publish(Tx tx, RightsContainerRow g, UUID orgId) {
        if (tx.roles().findByName(orgId, g.name()).isPresent()) {
            throw ApiException.duplicateName("The global role " + g.name() + " cannot be published to org " + orgId
                    + ": the org has a role of that name.");
        }
        RoleRow role = new RoleRow(UUID.randomUUID(), orgId, g.name(), g.description(), true);
        tx.roles().insert(role, tx.rightsContainers().rights(g.id()));
        tx.rightsContainers().markPublished(role.id(), g.id());
    }

    private static void unpublish(Tx tx, RoleRow published) {
        int holders = tx.roles().holders(published.id()).size();
        if (holders > 0) {
            throw ApiException.badRequest("The global role " + published.name() + " cannot be withdrawn from org "
                    + published.orgId() + ": " + holders + " user(s) there hold it.");
        }
        tx.roles().delete(published.id());
    }

    private static RightsContainerRow editable(Tx tx, Principal p, Kind kind, UUID id) {
        p.requireSystemAdmin();
        RightsContainerRow c = Principal.found(tx.rightsContainers().lock(kind.name, id), kind.name, id);
        if (c.readOnly()) {
            throw ApiException.badRequest("The " + kind + " " + c.name() + " is read-only.");
        }
        return c;
    }

    private static String checkName(Kind kind, String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("A " + kind + " needs a name.");
        }
        return Lengths.atMost(name.strip(), RoleService.MAX_NAME, kind + " name");
    }

    private void record(Tx tx, Principal p, Kind kind, RightsContainerRow c, String what, TaskEngine.Caller by) {
        ObjectEvents.record(tx, clock.instant(), kind.name + "/" + what, ObjectRef.of(kind, c.id(), c.name()),
                p.orgId(), by, null, true);
    }
}
