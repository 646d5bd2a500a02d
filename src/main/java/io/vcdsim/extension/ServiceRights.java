package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.ServiceRow;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The rights an extension service registers. vCD names each {namespace}:name, so no service can claim a
 * built-in right's name or another service's; once registered, a right is in the catalog roles are given
 * from, and it goes (out of every role too) when its service is unregistered; another service's ACL rule that
 * names it is not removed (and grants it again if the namespace is registered again).
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
        if (in.name() == null || in.name().isBlank()) {
            throw ApiException.badRequest("A right needs a name.");
        }
        String name = "{" + service.namespace() + "}:" + Lengths.atMost(in.name().strip(), 128, "A right's name");
        Lengths.atMost(in.description(), 256, "A right's Description");
        String category = blankTo(Lengths.atMost(in.category(), 128, "A right's Category"), service.namespace());
        String bundleKey = blankTo(Lengths.atMost(in.bundleKey(), 128, "A right's BundleKey"),
                new RightsCatalog.Entry(name, category, null).bundleKey());
        ServiceRightStore.Row row = new ServiceRightStore.Row(RightsCatalog.idOf(name), service.id(), name,
                in.description(), category, bundleKey, clock.instant());
        return db.tx(tx -> {
            ServiceRightStore rights = tx.store(ServiceRightStore::new);
            if (rights.nameTaken(name)) {
                throw ApiException.duplicateName("The right " + name + " is already registered.");
            }
            rights.insert(row);
            return row;
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
            if (rights.inTenantRole(right.name())) {
                throw ApiException.badRequest("The right " + right.name() + " is held by a role of an organization.");
            }
            if (rights.inAclRule(right.name())) {
                throw ApiException.badRequest("The right " + right.name() + " is named by an ACL rule.");
            }
            rights.delete(right);
        });
    }

    public List<ServiceRightStore.Row> of(ServiceRow service) {
        return db.read(tx -> tx.store(ServiceRightStore::new).ofService(service.id()));
    }

    private static String blankTo(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
