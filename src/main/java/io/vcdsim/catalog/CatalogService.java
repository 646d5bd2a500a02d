package io.vcdsim.catalog;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.CatalogStorageProfileStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.util.Optional;
import java.util.UUID;

/** Catalogs: created at once with a catalogCreateCatalog task, deleted by a catalogDelete task. */
public final class CatalogService {
    public static final String CREATE = "catalogCreateCatalog";
    public static final String DELETE = "catalogDelete";
    private final Database db;
    private final TaskEngine engine;
    private final Spool spool;

    /** The catalog table's description column holds this much. */
    static final int MAX_DESCRIPTION = 4096;

    public CatalogService(Database db, TaskEngine engine, Spool spool) {
        this.db = db;
        this.engine = engine;
        this.spool = spool;
        // the catalog exists from the start and the task marks it ready; an abort (blocking task) removes it
        engine.register(CREATE, (tx, task) -> { }, (tx, task) -> tx.resources().deleteCatalog(task.ownerId()));
        engine.register(DELETE, (tx, task) -> {
            // a recursive delete takes the items along, and ends their uploads still under way
            for (var item : tx.catalogItems().inCatalog(task.ownerId())) {
                for (TaskRow running : tx.tasks().activeFor(item.entityId())) {
                    engine.end(tx, running.withDetails("The catalog was deleted."), TaskStatus.ABORTED, null);
                }
                CatalogContent.remove(tx, item.entityId(), spool);
            }
            tx.resources().deleteCatalog(task.ownerId());
        });
        engine.announce(CREATE, "catalog/create");
        engine.announce(DELETE, "catalog/delete");
    }

    /** A catalog made, and the tasks its making started. */
    public record Created(CatalogRow catalog, java.util.List<TaskRow> tasks) {
    }

    /**
     * Where a catalog keeps its items (AdminCatalog CatalogStorageProfiles): on this VDC storage profile of its org,
     * or, {@code profileId} null, on none (its org's first VDC).
     */
    public record Storage(UUID profileId) {
        public static final Storage NONE = new Storage(null);
    }

    /** A catalog made, its items kept as {@code storage} says (null: on none). */
    public Created create(UUID orgId, String name, String description, Storage storage, TaskEngine.Caller caller) {
        checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        return db.tx(tx -> {
            Created made = create(tx, orgId, name, description, caller);
            keepOn(tx, made.catalog(), storage);
            return made;
        });
    }

    /** The catalog's items kept from now on as {@code storage} says (null: as they are). */
    static void keepOn(Tx tx, CatalogRow c, Storage storage) {
        if (storage == null) {
            return;
        }
        VdcStorageProfileStore.Profile profile = storage.profileId() == null ? null
                : tx.store(VdcStorageProfileStore::new).find(storage.profileId())
                .filter(p -> p.orgId().equals(c.orgId())).orElseThrow(() -> ApiException.invalidReference(
                        "The catalog's storage profile is not a storage profile of a VDC of its organization."));
        tx.store(CatalogStorageProfileStore::new).put(c.id(), profile);
    }

    /** The catalog made in the caller's transaction, its name checked and free, with its creation task. */
    Created create(Tx tx, UUID orgId, String name, String description, TaskEngine.Caller caller) {
        checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        requireUniqueName(tx, orgId, name, null);
        // the creator owns the catalog, as in vCD
        CatalogRow c = new CatalogRow(UUID.randomUUID(), orgId, name, description, false,
                caller == null ? null : caller.userId(), engine.now());
        tx.resources().insertCatalog(c);
        TaskRow t = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating Catalog " + name + "(" + c.id() + ")",
                caller, owner(c), true, null));
        return new Created(c, java.util.List.of(t));
    }

    /**
     * Renames a catalog, changes its description or where it keeps its items (null: unchanged), as PUT AdminCatalog
     * does. Items already in it stay where they are.
     */
    public CatalogRow update(UUID catalogId, String name, String description, Storage storage,
                             TaskEngine.Caller caller) {
        if (name != null) {
            checkName(name);
        }
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        return db.tx(tx -> {
            CatalogRow c = tx.resources().lockCatalog(catalogId).orElseThrow(() ->
                    ApiException.forbidden("No such catalog."));
            String newName = name == null ? c.name() : name;
            requireUniqueName(tx, c.orgId(), newName, c.id());
            CatalogRow updated = new CatalogRow(c.id(), c.orgId(), newName,
                    description == null ? c.description() : description, c.published(), c.ownerId(), c.created());
            tx.resources().updateCatalog(updated);
            keepOn(tx, updated, storage);
            ObjectEvents.record(tx, engine.now(), "catalog/modify", owner(updated), c.orgId(), caller, null, true);
            return updated;
        });
    }

    /**
     * Publishes the catalog to the other orgs of the cloud, or withdraws it (PublishCatalogParams). vcdsim keeps and
     * shows the flag; other orgs' users do not see published catalogs yet.
     */
    public CatalogRow publish(UUID catalogId, boolean published, TaskEngine.Caller caller) {
        return db.tx(tx -> {
            CatalogRow c = tx.resources().lockCatalog(catalogId).orElseThrow(() ->
                    ApiException.forbidden("No such catalog."));
            CatalogRow updated = new CatalogRow(c.id(), c.orgId(), c.name(), c.description(), published, c.ownerId(),
                    c.created());
            tx.resources().updateCatalog(updated);
            ObjectEvents.record(tx, engine.now(), "catalog/modify", owner(updated), c.orgId(), caller, null, true);
            return updated;
        });
    }

    /**
     * PublishExternalCatalogParams: the catalog published to external organizations (or no longer), if its org may
     * publish externally. Settings left out keep theirs; a password is kept as given, and never shown.
     */
    public void publishExternally(CatalogRow catalog, boolean published, Boolean cacheEnabled,
                                  Boolean preserveIdentity, String password, TaskEngine.Caller caller) {
        io.vcdsim.core.Lengths.atMost(password, 256, "The Password");
        db.run(tx -> {
            CatalogRow c = tx.resources().lockCatalog(catalog.id()).orElseThrow(() ->
                    ApiException.forbidden("No such catalog."));
            if (published && !tx.orgs().settings(c.orgId()).canPublishExternally()) {
                throw ApiException.badRequest("The organization may not publish catalogs externally "
                        + "(OrgGeneralSettings CanPublishExternally).");
            }
            var now = tx.resources().externalPublishing(c.id());
            tx.resources().putExternalPublishing(c.id(), !published ? null : new io.vcdsim.store.ExternalPublishingRow(
                    c.id(), cacheEnabled != null ? cacheEnabled : now.map(p -> p.cacheEnabled()).orElse(false),
                    preserveIdentity != null ? preserveIdentity
                            : now.map(p -> p.preserveIdentity()).orElse(false),
                    // the masked password a client read and sends back keeps the one set, as in vCD
                    password != null && !password.equals(MASKED_PASSWORD) ? password
                            : now.map(p -> p.password()).orElse(null)));
            ObjectEvents.record(tx, engine.now(), "catalog/modify", owner(c), c.orgId(), caller, null, true);
        });
    }

    /** How a catalog's external publishing password is shown, and, sent back, "keep it". */
    public static final String MASKED_PASSWORD = "******";

    private static void checkName(String name) {
        Lengths.name(name, 128, "catalog");
    }

    private static void requireUniqueName(Tx tx, UUID orgId, String name, UUID except) {
        if (tx.resources().catalogs(orgId).stream().anyMatch(c -> c.name().equalsIgnoreCase(name)
                && !c.id().equals(except))) {
            throw ApiException.duplicateName("A catalog named " + name + " already exists in this organization.");
        }
    }

    /** Deletes a catalog; one that still holds items needs {@code recursive}. */
    public TaskRow delete(UUID catalogId, boolean recursive, TaskEngine.Caller caller) {
        return db.tx(tx -> {
            CatalogRow c = tx.resources().catalog(catalogId).orElseThrow(() ->
                    ApiException.forbidden("No such catalog."));
            if (!recursive && !tx.catalogItems().inCatalog(catalogId).isEmpty()) {
                throw ApiException.badRequest("You must remove all items from catalog " + c.name()
                        + " before deleting it, or delete it with recursive=true.");
            }
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Catalog " + c.name() + "(" + c.id() + ")",
                    caller, owner(c), true, null));
        });
    }

    /** The catalog with this id, if the caller holds {@code right} in its org (or reads it shared); else 403. */
    public CatalogRow catalog(Principal p, UUID id, Right right) {
        return db.read(tx -> CatalogSharing.require(tx, p, right, tx.resources().catalog(id), CatalogRow::orgId,
                c -> Optional.of(c.id()), "catalog", id));
    }

    /** The catalog item with this id, if the caller holds {@code right} in its org (or reads it shared); else 403. */
    public CatalogItemRow item(Principal p, UUID id, Right right) {
        return db.read(tx -> CatalogSharing.require(tx, p, right, tx.catalogItems().find(id), CatalogItemRow::orgId,
                i -> Optional.of(i.catalogId()), "catalog item", id));
    }

    private static ObjectRef owner(CatalogRow c) {
        return ObjectRef.of(Kind.CATALOG, c.id(), c.name());
    }
}
