package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.ResourceClassStore;
import io.vcdsim.store.ResourceClassStore.ActionRow;
import io.vcdsim.store.ResourceClassStore.ClassRow;
import io.vcdsim.store.ResourceClassStore.ResourceRow;
import io.vcdsim.store.ServiceRow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extension service's resource classes, the actions on each (an HTTP method on URLs a pattern matches) and
 * the service resources of each, for system administrators. Everything is checked before anything is stored.
 */
public final class ResourceClasses {
    /** The methods vCD takes in a resource class action. */
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");
    /** A named group of a pattern: only {@code id}, the resource's id, may be named. */
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private final Database db;
    private final Clock clock;

    public ResourceClasses(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record ClassSpec(String name, String description, String mimeType, String urlTemplate, String nid,
                            String urnPattern) {
    }

    public record ActionSpec(String name, String description, String httpMethod, String urlPattern) {
    }

    /** A service resource as asked for: its org by href (or id), the service's own id for it. */
    public record ResourceSpec(String name, String description, String orgHref, String externalObjectId) {
    }

    public ClassRow resourceClass(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.store(ResourceClassStore::new).find(id)), "resource class", id);
    }

    public ActionRow action(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.store(ResourceClassStore::new).action(id)), "resource class action",
                id);
    }

    public ResourceRow resource(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.store(ResourceClassStore::new).resource(id)), "service resource", id);
    }

    /**
     * The resource classes that resolve a URN outside vCD's own ({@code urn:<nid>:<nss>}): those of its Nid whose
     * UrnPattern matches its NSS, each with the id the pattern's {@code id} group found. vCD's entity resolver links
     * to each; any authenticated user may ask.
     */
    public List<ResourceClassStore.UrnMatch> resolve(String urn) {
        String[] parts = urn.split(":", 3);
        if (parts.length != 3 || !parts[0].equalsIgnoreCase("urn")) {
            return List.of();
        }
        List<ResourceClassStore.UrnMatch> found = new ArrayList<>();
        for (ClassRow c : db.read(tx -> tx.store(ResourceClassStore::new).withNid(parts[1]))) {
            if (c.urnPattern() == null || c.urlTemplate() == null) {
                continue;
            }
            try {
                Matcher m = Pattern.compile(c.urnPattern()).matcher(parts[2]);
                if (m.matches()) {
                    found.add(new ResourceClassStore.UrnMatch(c, c.urnPattern().contains("(?<id>") ? m.group("id")
                            : null));
                }
            } catch (IllegalArgumentException e) {
                // a pattern that does not compile (a loaded state's), or whose "(?<id>" is no group: it resolves
                // nothing
            }
        }
        return found;
    }

    public ClassRow create(ServiceRow service, ClassSpec in) {
        String name = name(in.name(), "resource class");
        require(in.mimeType(), "A resource class needs a MimeType.");
        require(in.nid(), "A resource class needs a Nid.");
        Lengths.atMost(in.description(), 1024, "A resource class's Description");
        Lengths.atMost(in.mimeType(), 255, "A resource class's MimeType");
        Lengths.atMost(in.nid(), 255, "A resource class's Nid");
        Lengths.atMost(in.urlTemplate(), 1024, "A resource class's UrlTemplate");
        Lengths.atMost(in.urnPattern(), 1024, "A resource class's UrnPattern");
        if (in.urnPattern() != null) {
            compile(in.urnPattern(), "UrnPattern");
        }
        ClassRow row = new ClassRow(UUID.randomUUID(), service.id(), name, in.description(), in.mimeType().strip(),
                in.urlTemplate(), in.nid().strip(), in.urnPattern(), clock.instant());
        return db.tx(tx -> {
            ResourceClassStore store = tx.store(ResourceClassStore::new);
            if (store.classNameTaken(service.id(), name)) {
                throw ApiException.duplicateName("Extension service " + service.name() + " already has a resource "
                        + "class named " + name + ".");
            }
            store.insert(row);
            return row;
        });
    }

    public ActionRow addAction(ClassRow resourceClass, ActionSpec in) {
        String name = name(in.name(), "resource class action");
        Lengths.atMost(in.description(), 1024, "A resource class action's Description");
        require(in.httpMethod(), "A resource class action needs an HttpMethod.");
        String method = in.httpMethod().strip();
        if (!METHODS.contains(method)) {
            throw ApiException.badRequest("HttpMethod " + method + " is not one of GET, PUT, POST, DELETE.");
        }
        require(in.urlPattern(), "A resource class action needs a UrlPattern.");
        Lengths.atMost(in.urlPattern(), 1024, "A resource class action's UrlPattern");
        compile(in.urlPattern(), "UrlPattern");
        Matcher group = NAMED_GROUP.matcher(in.urlPattern());
        while (group.find()) {
            if (!group.group(1).equals("id")) {
                throw ApiException.badRequest("UrlPattern " + in.urlPattern() + " names a group " + group.group(1)
                        + ": the one named group it may have is id, the resource's id.");
            }
        }
        ActionRow row = new ActionRow(UUID.randomUUID(), resourceClass.id(), name, in.description(), method,
                in.urlPattern(), clock.instant());
        return db.tx(tx -> {
            ResourceClassStore store = tx.store(ResourceClassStore::new);
            if (store.actionNameTaken(resourceClass.id(), name)) {
                throw ApiException.duplicateName("Resource class " + resourceClass.name() + " already has an action "
                        + "named " + name + ".");
            }
            store.insertAction(row);
            return row;
        });
    }

    public ResourceRow addResource(ClassRow resourceClass, ResourceSpec in) {
        String name = name(in.name(), "service resource");
        Lengths.atMost(in.description(), 1024, "A service resource's Description");
        require(in.externalObjectId(), "A service resource needs an ExternalObjectId.");
        String externalId = Lengths.atMost(in.externalObjectId().strip(), 255, "A service resource's ExternalObjectId");
        UUID orgId = Ids.fromAny(in.orgHref());
        if (orgId == null) {
            throw ApiException.badRequest("A service resource needs the Org it belongs to.");
        }
        ResourceRow row = new ResourceRow(UUID.randomUUID(), resourceClass.id(), name, in.description(), orgId,
                externalId, clock.instant());
        return db.tx(tx -> {
            if (tx.orgs().find(orgId).isEmpty()) {
                throw ApiException.invalidReference("No organization " + in.orgHref() + " exists.");
            }
            ResourceClassStore store = tx.store(ResourceClassStore::new);
            if (store.resourceByExternalId(resourceClass.id(), externalId).isPresent()) {
                throw ApiException.duplicateName("Resource class " + resourceClass.name() + " already has a service "
                        + "resource with ExternalObjectId " + externalId + ".");
            }
            store.insertResource(row);
            return row;
        });
    }

    /** Deleting a class deletes its actions, their ACL rules and its service resources (the store's keys). */
    public void delete(ClassRow resourceClass) {
        db.run(tx -> tx.store(ResourceClassStore::new).delete(resourceClass.id()));
    }

    public void deleteAction(ActionRow action) {
        db.run(tx -> tx.store(ResourceClassStore::new).deleteAction(action.id()));
    }

    public void deleteResource(ResourceRow resource) {
        db.run(tx -> tx.store(ResourceClassStore::new).deleteResource(resource.id()));
    }

    private static String name(String name, String what) {
        require(name, "A " + what + " needs a name.");
        return Lengths.atMost(name.strip(), 128, "A " + what + "'s name");
    }

    private static void require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(message);
        }
    }

    static Pattern compile(String pattern, String what) {
        try {
            return Pattern.compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw ApiException.badRequest(what + " " + pattern + " is not a valid regular expression: "
                    + e.getDescription() + ".");
        }
    }
}
