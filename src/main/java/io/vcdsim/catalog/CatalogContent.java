package io.vcdsim.catalog;

import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

/** What catalog items name (media or templates): where they are stored, and removing them the one way. */
final class CatalogContent {
    private CatalogContent() {
    }

    /** The VDC an org's uploads are stored in (vcdsim does not ask): its first, or none. */
    static UUID vdcFor(Tx tx, UUID orgId) {
        return tx.resources().vdcs(orgId).stream().map(io.vcdsim.store.VdcRow::id).findFirst().orElse(null);
    }

    /**
     * The entity, its catalog item, VMs, files, metadata of all of them, and its bytes: set aside at once,
     * so that no one finds them once the removal is visible, deleted after the commit, put back on rollback.
     */
    static void remove(Tx tx, UUID entityId, Spool spool) {
        List<UUID> files = tx.catalogItems().files(entityId).stream().map(TransferFileRow::id).toList();
        tx.catalogItems().forEntity(entityId).ifPresent(i -> {
            tx.catalogItems().delete(i.id());
            tx.metadata().deleteFor(i.id());
        });
        tx.catalogItems().deleteFiles(entityId);
        tx.catalogItems().deleteMedia(entityId);
        tx.compute().vms(entityId).forEach(vm -> tx.metadata().deleteFor(vm.id()));
        tx.compute().deleteTemplate(entityId);
        tx.metadata().deleteFor(entityId);
        files.forEach(spool::setAside);
        tx.handle().afterCommit(() -> files.forEach(spool::discard));
        tx.handle().afterRollback(() -> files.forEach(spool::restore));
    }
}
