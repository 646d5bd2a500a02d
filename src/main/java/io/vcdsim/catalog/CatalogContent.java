package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.CatalogStorageProfileStore;
import io.vcdsim.store.CatalogSubscriptionStore;
import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcStorageProfileStore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What catalog items name (media or templates): where they are stored, and removing them the one way. */
final class CatalogContent {
    private CatalogContent() {
    }

    /**
     * What an item added to a catalog (uploaded, captured, copied or moved there) needs: a catalog whose content is
     * its own, not a subscription's, and no item of the same name in it.
     */
    static void requireRoomFor(Tx tx, UUID catalogId, String name) {
        if (tx.store(CatalogSubscriptionStore::new).subscribed(catalogId)) {
            throw ApiException.badRequest("The catalog is subscribed to an external catalog: its items come from "
                    + "there only.");
        }
        if (tx.catalogItems().inCatalog(catalogId).stream().anyMatch(i -> i.name().equalsIgnoreCase(name))) {
            throw ApiException.duplicateName("The catalog already has an item named " + name + ".");
        }
    }

    /**
     * The VDC an item added to the catalog is stored in: that of the storage profile the catalog keeps its items on
     * (its CatalogStorageProfiles), else its org's first, or none.
     */
    static UUID vdcFor(Tx tx, CatalogRow catalog) {
        return tx.store(CatalogStorageProfileStore::new).of(catalog.id()).map(VdcStorageProfileStore.Profile::vdcId)
                .orElseGet(() -> tx.resources().vdcs(catalog.orgId()).stream().map(io.vcdsim.store.VdcRow::id)
                        .findFirst().orElse(null));
    }

    /**
     * The entity, its catalog item, VMs, files, metadata of all of them, and its bytes: set aside at once,
     * so that no one finds them once the removal is visible, deleted after the commit, put back on rollback.
     */
    static void remove(Tx tx, UUID entityId, Spool spool) {
        removeFiles(tx, entityId, spool);
        tx.catalogItems().forEntity(entityId).ifPresent(i -> {
            tx.catalogItems().delete(i.id());
            tx.metadata().deleteFor(i.id());
        });
        tx.catalogItems().deleteMedia(entityId);
        tx.compute().vms(entityId).forEach(vm -> tx.metadata().deleteFor(vm.id()));
        tx.compute().deleteTemplate(entityId);
        tx.metadata().deleteFor(entityId);
    }

    /** The entity's uploaded files and their bytes, set aside now and deleted once the removal commits. */
    static List<UUID> removeFiles(Tx tx, UUID entityId, Spool spool) {
        List<UUID> files = tx.catalogItems().files(entityId).stream().map(TransferFileRow::id).toList();
        tx.catalogItems().deleteFiles(entityId);
        files.forEach(spool::setAside);
        tx.handle().afterCommit(() -> files.forEach(spool::discard));
        tx.handle().afterRollback(() -> files.forEach(spool::restore));
        return files;
    }

    /**
     * A catalog item taken out of its catalog when its entity's deletion is accepted, as vCD does (pyvcloud
     * deletes the items, then at once the catalog, without waiting for the items' tasks). The deletion task
     * keeps it, to put it back if the deletion is aborted, canceled or fails. Null: the entity had no item.
     */
    record Withdrawn(UUID id, UUID catalogId, UUID orgId, String name, String description, String entityKind,
                     String created) {
    }

    /** The deletion's parameters: the entity's withdrawn item, if it had one. */
    record Deletion(Withdrawn item) {
    }

    static Deletion withdraw(Tx tx, UUID entityId) {
        return new Deletion(tx.catalogItems().forEntity(entityId).map(i -> {
            tx.catalogItems().delete(i.id());
            return new Withdrawn(i.id(), i.catalogId(), i.orgId(), i.name(), i.description(), i.entityKind(),
                    i.created().toString());
        }).orElse(null));
    }

    /** The deletion done: the entity goes, and with it the withdrawn item's metadata. */
    static void removeWithdrawn(Tx tx, UUID entityId, Deletion d, Spool spool) {
        remove(tx, entityId, spool);
        if (d != null && d.item() != null) { // a deletion started by an older version withdrew nothing
            tx.metadata().deleteFor(d.item().id());
        }
    }

    /**
     * The deletion undone: the item goes back to its catalog, unless the catalog is gone or another item took
     * its name meanwhile (the entity then stays, reachable by its href and queries, in no catalog).
     */
    static void putBack(Tx tx, UUID entityId, Deletion d) {
        Withdrawn w = d == null ? null : d.item();
        if (w == null || tx.resources().catalog(w.catalogId()).isEmpty()
                || tx.catalogItems().inCatalog(w.catalogId()).stream().anyMatch(i -> i.name().equalsIgnoreCase(w.name()))) {
            return;
        }
        tx.catalogItems().insert(new CatalogItemRow(w.id(), w.catalogId(), w.orgId(), w.name(), w.description(),
                entityId, w.entityKind(), Instant.parse(w.created())));
    }
}
