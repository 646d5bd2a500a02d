package io.vcdsim.compute;

import io.vcdsim.store.TransferFileRow;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

/** Removing what a catalog item names (media or template), the same way whoever removes it. */
final class CatalogContent {
    private CatalogContent() {
    }

    /** The entity, its catalog item, VMs, files, metadata of all of them, and (after commit) its bytes. */
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
        tx.handle().afterCommit(() -> files.forEach(spool::delete));
    }
}
