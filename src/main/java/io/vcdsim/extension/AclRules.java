package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.AclRuleStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.ResourceClassStore;
import io.vcdsim.store.ResourceClassStore.ActionRow;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.Tx;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * The ACL rules of resource class actions, for system administrators: which service resources (all, Shared, or
 * one Entity), organizations (all, Published; the resource's own, Shared; or one Entity) and principals (everyone,
 * Shared; or one user or holders of one right, Entity) an action is granted to.
 */
public final class AclRules {
    public static final String SHARED = "Shared";
    public static final String PUBLISHED = "Published";
    public static final String ENTITY = "Entity";
    private final Database db;
    private final Clock clock;

    public AclRules(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One access of a rule as sent: its Access value and, for Entity, the entity's href and type. */
    public record Access(String access, String href, String type) {
    }

    public record Spec(String name, String description, Access serviceResource, Access organization,
                       Access principal) {
    }

    public AclRuleStore.Row rule(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.store(AclRuleStore::new).find(id)), "ACL rule", id);
    }

    public AclRuleStore.Row create(ActionRow action, Spec in) {
        if (in.name() == null || in.name().isBlank()) {
            throw ApiException.badRequest("An ACL rule needs a name.");
        }
        String name = Lengths.atMost(in.name().strip(), 128, "An ACL rule's name");
        Lengths.atMost(in.description(), 1024, "An ACL rule's Description");
        String resourceAccess = in.serviceResource() == null ? null
                : access(in.serviceResource(), "ServiceResourceAccess", Set.of(SHARED, ENTITY));
        String orgAccess = access(required(in.organization(), "OrganizationAccess"), "OrganizationAccess",
                Set.of(PUBLISHED, SHARED, ENTITY));
        String principalAccess = access(required(in.principal(), "PrincipalAccess"), "PrincipalAccess",
                Set.of(SHARED, ENTITY));
        return db.tx(tx -> {
            UUID resourceId = ENTITY.equals(resourceAccess) ? serviceResource(tx, action, in.serviceResource()) : null;
            UUID orgId = ENTITY.equals(orgAccess) ? org(tx, in.organization()) : null;
            boolean toRight = ENTITY.equals(principalAccess) && namesRight(in.principal());
            UUID userId = ENTITY.equals(principalAccess) && !toRight ? user(tx, in.principal()) : null;
            String right = toRight ? right(tx, in.principal()) : null;
            AclRuleStore.Row row = new AclRuleStore.Row(UUID.randomUUID(), action.id(), name, in.description(),
                    resourceAccess, resourceId, orgAccess, orgId, principalAccess, userId, right, clock.instant());
            tx.store(AclRuleStore::new).insert(row);
            return row;
        });
    }

    public void delete(AclRuleStore.Row rule) {
        db.run(tx -> tx.store(AclRuleStore::new).delete(rule.id()));
    }

    private static Access required(Access access, String what) {
        if (access == null) {
            throw ApiException.badRequest("An ACL rule needs a " + what + ".");
        }
        return access;
    }

    private static String access(Access a, String what, Set<String> allowed) {
        String value = a.access() == null ? null : a.access().strip();
        if (value == null || !allowed.contains(value)) {
            throw ApiException.badRequest(what + " Access " + a.access() + " is not one of " + String.join(", ",
                    allowed.stream().sorted().toList()) + ".");
        }
        if (ENTITY.equals(value) && (a.href() == null || Ids.fromAny(a.href()) == null)) {
            throw ApiException.badRequest(what + " Access Entity needs a reference to the entity.");
        }
        return value;
    }

    /** A principal Entity names a right when its href or type says so; anything else names a user. */
    private static boolean namesRight(Access a) {
        return a.href().contains("/admin/right/") || (a.type() != null && a.type().contains(".right+"));
    }

    private static UUID serviceResource(Tx tx, ActionRow action, Access a) {
        UUID id = Ids.fromAny(a.href());
        return tx.store(ResourceClassStore::new).resource(id)
                .filter(r -> r.resourceClassId().equals(action.resourceClassId())).map(r -> r.id())
                .orElseThrow(() -> ApiException.invalidReference("No service resource " + a.href()
                        + " of this action's resource class exists."));
    }

    private static UUID org(Tx tx, Access a) {
        return tx.orgs().find(Ids.fromAny(a.href())).map(o -> o.id())
                .orElseThrow(() -> ApiException.invalidReference("No organization " + a.href() + " exists."));
    }

    private static UUID user(Tx tx, Access a) {
        return tx.users().find(Ids.fromAny(a.href())).map(u -> u.id())
                .orElseThrow(() -> ApiException.invalidReference("No user " + a.href() + " exists."));
    }

    private static String right(Tx tx, Access a) {
        RightsCatalog.Lookup catalog = tx.store(ServiceRightStore::new).catalog();
        return catalog.byId(Ids.fromAny(a.href())).map(RightsCatalog.Entry::name)
                .orElseThrow(() -> ApiException.invalidReference("No right " + a.href() + " exists."));
    }
}
