package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Kinds;
import io.vcdsim.core.Principal;
import io.vcdsim.store.AclRuleStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.ResourceClassStore;
import io.vcdsim.store.ResourceClassStore.ActionRow;
import io.vcdsim.store.ResourceClassStore.ClassRow;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * What vCD checks before it forwards a request to a service whose authorization is enabled: an action of one
 * of its resource classes must match the method and URL, the URL's {@code id} group must name a resource of
 * that class (a vCD entity when the class's MimeType is one of vCD's, else one of its service resources), and
 * an ACL rule of the action must grant the caller access to it. Anything else is vCD's 403.
 */
final class ServiceAuthorization {
    /** The resource an action's URL names: its service resource (null for a vCD entity) and owning org. */
    private record Target(UUID serviceResourceId, UUID orgId) {
    }

    /** Who asks: a user of an org. */
    private record Caller(UUID userId, UUID orgId) {
    }

    private final Database db;

    ServiceAuthorization(Database db) {
        this.db = db;
    }

    void check(ServiceRow service, String method, String path, Principal caller) {
        if (!granted(service, method, path, caller.userId(), caller.orgId())) {
            throw ApiException.forbidden("Access to " + method + " " + path + " is not granted by any ACL rule of "
                    + "extension service " + service.name() + ".");
        }
    }

    /** Whether an ACL rule of the service grants this user of this org the request. */
    boolean granted(ServiceRow service, String method, String path, UUID userId, UUID orgId) {
        Caller caller = new Caller(userId, orgId);
        return db.read(tx -> {
            ResourceClassStore classes = tx.store(ResourceClassStore::new);
            CallerRights rights = new CallerRights(tx, caller.userId());
            for (ActionRow action : classes.actionsOfService(service.id())) {
                Optional<String> id = resourceId(action, method, path);
                Optional<Target> target = id.flatMap(i -> target(tx, classes.find(action.resourceClassId()), i));
                if (target.isPresent() && tx.store(AclRuleStore::new).ofAction(action.id()).stream()
                        .anyMatch(rule -> grants(rule, target.get(), caller, rights))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The id the action's URL pattern finds in the path; none when the method or URL differ, or no id is named. */
    private static Optional<String> resourceId(ActionRow action, String method, String path) {
        if (!action.httpMethod().equalsIgnoreCase(method)) {
            return Optional.empty();
        }
        try {
            Matcher m = java.util.regex.Pattern.compile(action.urlPattern()).matcher(path);
            return m.matches() && action.urlPattern().contains("(?<id>") ? Optional.ofNullable(m.group("id"))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            // a pattern that does not compile (a loaded state's), or whose "(?<id>" is no group (escaped, in a
            // character class): it grants nothing
            return Optional.empty();
        }
    }

    private static Optional<Target> target(Tx tx, Optional<ClassRow> resourceClass, String id) {
        if (resourceClass.isEmpty()) {
            return Optional.empty();
        }
        ClassRow c = resourceClass.get();
        Optional<Kind> kind = Kinds.ofMediaType(c.mimeType()).filter(k -> k.stored() != null);
        if (kind.isPresent()) {
            UUID entityId = Ids.fromAny(id);
            return entityId == null ? Optional.empty() : tx.objects().find(kind.get(), entityId)
                    .map(found -> new Target(null, found.orgId()));
        }
        return tx.store(ResourceClassStore::new).resourceByExternalId(c.id(), id)
                .map(r -> new Target(r.id(), r.orgId()));
    }

    private static boolean grants(AclRuleStore.Row rule, Target target, Caller caller,
                                  CallerRights rights) {
        boolean resource = !AclRules.ENTITY.equals(rule.serviceResourceAccess())
                || rule.serviceResourceId().equals(target.serviceResourceId());
        boolean org = switch (rule.orgAccess()) {
            case AclRules.PUBLISHED -> true;
            case AclRules.SHARED -> caller.orgId().equals(target.orgId());
            default -> caller.orgId().equals(rule.orgId());
        };
        boolean principal = AclRules.SHARED.equals(rule.principalAccess())
                || caller.userId().equals(rule.principalUserId())
                || (rule.principalRight() != null && rights.has(rule.principalRight()));
        return resource && org && principal;
    }

    /** The rights of the caller's role, read once, and only if a rule names a right. */
    private static final class CallerRights {
        private final Tx tx;
        private final UUID userId;
        private List<String> names;

        CallerRights(Tx tx, UUID userId) {
            this.tx = tx;
            this.userId = userId;
        }

        boolean has(String right) {
            if (names == null) {
                names = tx.store(AclRuleStore::new).rightsOfUser(userId);
            }
            return names.contains(right);
        }
    }
}
