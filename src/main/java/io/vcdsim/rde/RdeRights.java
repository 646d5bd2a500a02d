package io.vcdsim.rde;

import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.store.RightsContainerRow;
import io.vcdsim.store.Tx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rights vCD makes for the types of a vendor:nss ("vendor:nss: View", "Modify", "Full Access", "Administrator
 * View", "Administrator Full access"), gathered in the rights bundle "vendor:nss Entitlement"; every version of the
 * type shares them, and they go with its last version. A tenant's access to entities of the type is what its role
 * holds of them: the plain rights for the entities the user owns, the administrator ones for every entity of the org.
 */
final class RdeRights {
    static final String VIEW = "View";
    static final String MODIFY = "Modify";
    static final String FULL = "Full Access";
    static final String ADMIN_VIEW = "Administrator View";
    static final String ADMIN_FULL = "Administrator Full access";
    private static final List<String> ALL = List.of(ADMIN_FULL, ADMIN_VIEW, FULL, MODIFY, VIEW);

    private RdeRights() {
    }

    static String name(String vendor, String nss, String right) {
        return vendor + ":" + nss + ": " + right;
    }

    static String bundleName(String vendor, String nss) {
        return vendor + ":" + nss + " Entitlement";
    }

    /**
     * Makes the rights and bundle of vendor:nss unless an earlier version of the type made them. The rights of
     * vCD's built-in types (vmware:tkgcluster) are in its rights catalog already: only their bundle is made.
     */
    static void ensure(Tx tx, String vendor, String nss, String typeName) {
        RdeTypeStore types = tx.store(RdeTypeStore::new);
        if (!types.rights(vendor, nss).isEmpty()) {
            return;
        }
        List<String> names = ALL.stream().map(r -> name(vendor, nss, r)).toList();
        for (String n : names) {
            if (RightsCatalog.byName(n).isEmpty()) {
                types.insertRight(RightsCatalog.idOf(n), n, vendor, nss, typeName);
            }
        }
        String bundle = bundleName(vendor, nss);
        RightsContainerRow row = tx.rightsContainers().findByName(Kind.RIGHTS_BUNDLE.name, bundle).orElseGet(() -> {
            RightsContainerRow made = new RightsContainerRow(UUID.randomUUID(), Kind.RIGHTS_BUNDLE.name, bundle,
                    "Rights of the runtime defined entity type " + vendor + ":" + nss,
                    "com.vmware.vcloud.undefined.key", false, false);
            tx.rightsContainers().insert(made);
            return made;
        });
        Set<String> held = new HashSet<>(tx.rightsContainers().rights(row.id()));
        held.addAll(names);
        tx.rightsContainers().setRights(row.id(), held);
    }

    /** Takes the rights of vendor:nss out of every role and container, deletes them and the bundle. */
    static void remove(Tx tx, String vendor, String nss) {
        tx.store(RdeTypeStore::new).deleteRights(vendor, nss);
        tx.rightsContainers().findByName(Kind.RIGHTS_BUNDLE.name, bundleName(vendor, nss))
                .ifPresent(b -> tx.rightsContainers().delete(b.id()));
    }

    /** What a caller may do with entities of vendor:nss: everything for a system administrator. */
    record Held(boolean view, boolean modify, boolean full, boolean adminView, boolean adminFull) {
        boolean any() {
            return view || modify || full || adminView || adminFull;
        }

        /** May read an entity, owned by the caller or not. */
        boolean reads(boolean owns) {
            return adminView || adminFull || owns && (view || modify || full);
        }

        /** May change (or create, or resolve) an entity. */
        boolean changes(boolean owns) {
            return adminFull || owns && (modify || full);
        }

        /** May delete an entity. */
        boolean deletes(boolean owns) {
            return adminFull || owns && full;
        }
    }

    static Held held(Tx tx, Principal p, String vendor, String nss) {
        if (p.isSystemAdmin()) {
            return new Held(true, true, true, true, true);
        }
        Set<String> role = new HashSet<>(tx.roles().rights(p.roleId()));
        return new Held(role.contains(name(vendor, nss, VIEW)), role.contains(name(vendor, nss, MODIFY)),
                role.contains(name(vendor, nss, FULL)), role.contains(name(vendor, nss, ADMIN_VIEW)),
                role.contains(name(vendor, nss, ADMIN_FULL)));
    }
}
