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
 * whether the vCenter is enabled again or not. Or all of them at once (DELETE .../strandedItems): no source names
 * the operationName vCD gives that task, so it is the single item's, owned by the System organization.
 */
public final class StrandedItems {
    public static final String PURGE = "systemPurgeStrandedItem";

    /** A purge task's parameters: none for one item (its owner), {@code all} for every item stranded when it runs. */
    public record Scope(boolean all) {
    }

    private final Database db;
    private final TaskEngine engine;

    public StrandedItems(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(PURGE, Scope.class, (tx, task, scope) -> {
            StrandedItemStore items = tx.store(StrandedItemStore::new);
            if (scope != null && scope.all()) {
                // each locked as a force-delete locks it: one running meanwhile has purged it, or waits and finds
                // it gone
                for (StrandedItemStore.Item item : items.all()) {
                    items.lock(item.id()).ifPresent(items::purge);
                }
            } else {
                items.lock(task.ownerId()).ifPresent(items::purge); // purged meanwhile: there is nothing left to do
            }
        });
    }

    /** A stranded item, for a system administrator; else 403. */
    public StrandedItemStore.Item item(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> tx.store(StrandedItemStore::new).item(id)).orElseThrow(() ->
                ApiException.forbidden("No stranded item with id " + id + " is accessible."));
    }

    /** DELETE /api/admin/extension/strandedItems: one task purges every item, for a system administrator; else 403. */
    public TaskRow purgeAll(Principal p, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(PURGE, "Purging all Stranded Items", by,
                ObjectRef.of(Kind.ORG, by.orgId(), by.orgName()), false, new Scope(true))));
    }

    public TaskRow forceDelete(StrandedItemStore.Item item, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(PURGE, "Purging Stranded Item (" + item.id() + ")",
                by, ObjectRef.of(Kind.STRANDED_ITEM, item.id(), item.name()), true, null)));
    }
}
