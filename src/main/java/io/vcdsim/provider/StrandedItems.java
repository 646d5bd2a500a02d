package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.StrandedItemStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.UUID;

/**
 * Stranded items (the store makes them: a VM deleted while its vCenter is disabled stays in vCenter). A system
 * administrator force-deletes one ({@code systemPurgeStrandedItem}): vCD removes it from vCenter without asking,
 * whether the vCenter is enabled again or not.
 */
public final class StrandedItems {
    public static final String PURGE = "systemPurgeStrandedItem";
    private final Database db;
    private final TaskEngine engine;

    public StrandedItems(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(PURGE, (tx, task) -> {
            StrandedItemStore items = tx.store(StrandedItemStore::new);
            items.lock(task.ownerId()).ifPresent(items::purge); // purged meanwhile: there is nothing left to do
        });
    }

    /** A stranded item, for a system administrator; else 403. */
    public StrandedItemStore.Item item(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> tx.store(StrandedItemStore::new).item(id)).orElseThrow(() ->
                ApiException.forbidden("No stranded item with id " + id + " is accessible."));
    }

    public TaskRow forceDelete(StrandedItemStore.Item item, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(PURGE, "Purging Stranded Item (" + item.id() + ")",
                by, ObjectRef.of(Kind.STRANDED_ITEM, item.id(), item.name()), true, null)));
    }
}
