package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.ServiceRow;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rights an extension service registers. vCD names each {namespace}:name, so no service can claim a
 * built-in right's name or another service's; once registered, a right is in the catalog roles are given
 * from, and it goes (out of every role too) when its service is unregistered; another service's ACL rule that
 * names it is not removed (and grants it again if the namespace is registered again). A service registers and
 * removes several at once with {@link #update}.
 */
public final class ServiceRights {
    private final Database db;
    private final Clock clock;

    public ServiceRights(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a client asks to register: the name without the namespace, and optional texts. */
    public record Request(String name, String description, String category, String bundleKey) {
    }

    public ServiceRightStore.Row register(ServiceRow service, Request in) {
        ServiceRightStore.Row row = checked(service, in);
        String name = row.name();
        return db.tx(tx -> {
            ServiceRightStore rights = tx.store(ServiceRightStore::new);
            if (rights.nameTaken(name)) {
                throw ApiException.duplicateName("The right " + name + " is already registered.");
            }
            rights.insert(row);
            return row;
        });
    }

    /** The right a request asks to register, named {namespace}:name and checked; 400 when it cannot be. */
    private ServiceRightStore.Row checked(ServiceRow service, Request in) {
        if (in.name() == null || in.name().isBlank()) {
            throw ApiException.badRequest("A right needs a name.");
        }
        String name = "{" + service.namespace() + "}:" + Lengths.atMost(in.name().strip(), 128, "A right's name");
        Lengths.atMost(in.description(), 256, "A right's Description");
        String category = blankTo(Lengths.atMost(in.category(), 128, "A right's Category"), service.namespace());
        String bundleKey = blankTo(Lengths.atMost(in.bundleKey(), 128, "A right's BundleKey"),
                new RightsCatalog.Entry(name, category, null).bundleKey());
        return new ServiceRightStore.Row(RightsCatalog.idOf(name), service.id(), name, in.description(), category,
                bundleKey, clock.instant());
    }

    /**
     * POST .../service/{id}/rights/action/updateRights: registers the service's rights {@code adds} (one it already
     * has gets the texts sent) and removes {@code removes} (its rights' names, with or without the {namespace}:
     * prefix), all or nothing; a removal obeys DELETE /api/admin/right/{id}'s rules. The service's rights after.
     */
    public List<ServiceRightStore.Row> update(ServiceRow service, List<Request> adds, List<String> removes) {
        List<ServiceRightStore.Row> rows = adds.stream().map(in -> checked(service, in)).toList();
        Set<String> added = new HashSet<>();
        for (ServiceRightStore.Row r : rows) {
            if (!added.add(r.name())) {
                throw ApiException.badRequest("The right " + r.name() + " is added twice.");
            }
        }
        Set<String> removed = new HashSet<>();
        for (String r : removes) {
            if (r == null || r.isBlank()) {
                throw ApiException.badRequest("A RemoveRight needs the name of a right.");
            }
            String name = Lengths.atMost(r.strip(), 400, "A RemoveRight");
            name = name.startsWith("{") ? name : "{" + service.namespace() + "}:" + name;
            if (added.contains(name) || !removed.add(name)) {
                throw ApiException.badRequest("The right " + name + " is named twice.");
            }
        }
        return db.tx(tx -> {
            ServiceRightStore rights = tx.store(ServiceRightStore::new);
            for (ServiceRightStore.Row r : rows) {
                Optional<ServiceRightStore.Row> existing = rights.byName(r.name());
                if (existing.isEmpty()) {
                    rights.insert(r);
                } else if (existing.get().serviceId().equals(service.id())) {
                    ServiceRightStore.Row old = existing.get();
                    rights.update(new ServiceRightStore.Row(old.id(), old.serviceId(), old.name(), r.description(),
                            r.category(), r.bundleKey(), old.created()));
                } else {
                    throw ApiException.duplicateName("The right " + r.name() + " is another service's.");
                }
            }
            for (String name : removed) {
                ServiceRightStore.Row right = rights.byName(name).filter(r -> r.serviceId().equals(service.id()))
                        .orElseThrow(() -> ApiException.invalidReference("Extension service " + service.name()
                                + " has no right " + name + "."));
                deletable(rights, right);
                rights.delete(right);
            }
            return rights.ofService(service.id());
        });
    }

    /**
     * DELETE /api/admin/right/{id}, which vCD allows for a service's right that no tenant role holds and no ACL rule
     * names; the System org's roles lose it.
     */
    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        if (RightsCatalog.byId(id).isPresent()) {
            throw ApiException.badRequest("The right " + RightsCatalog.byId(id).get().name() + " is one of vCD's own: "
                    + "only extension services' rights can be deleted.");
        }
        db.run(tx -> {
            ServiceRightStore rights = tx.store(ServiceRightStore::new);
            ServiceRightStore.Row right = Principal.found(rights.find(id), "right", id);
            deletable(rights, right);
            rights.delete(right);
        });
    }

    /**
     * POST .../service/action/clearunusedrights: vCD clears the rights of services already deleted that no role
     * holds and no ACL rule names. vcdsim deletes a service's rights with the service, so none is ever left over:
     * there is nothing to clear, and a system administrator gets vCD's 204.
     */
    public void clearUnused(Principal p) {
        p.requireSystemAdmin();
    }

    /** vCD keeps a right a tenant role holds or an ACL rule names: 400. */
    private static void deletable(ServiceRightStore rights, ServiceRightStore.Row right) {
        if (rights.inTenantRole(right.name())) {
            throw ApiException.badRequest("The right " + right.name() + " is held by a role of an organization.");
        }
        if (rights.inAclRule(right.name())) {
            throw ApiException.badRequest("The right " + right.name() + " is named by an ACL rule.");
        }
    }

    public List<ServiceRightStore.Row> of(ServiceRow service) {
        return db.read(tx -> tx.store(ServiceRightStore::new).ofService(service.id()));
    }

    private static String blankTo(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
