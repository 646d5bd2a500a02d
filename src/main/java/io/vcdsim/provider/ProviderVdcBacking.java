package io.vcdsim.provider;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a provider VDC stands on: its resource pools and storage profiles (the Programming Guide's "Update Provider
 * VDC Resource Pools" and "Update Provider VDC Storage Profiles"), and moving VMs between its pools
 * ({@code migrateVms}). Each change is checked when it is asked for and again when its task runs, so what the task
 * applies still holds then.
 */
public final class ProviderVdcBacking {
    public static final String UPDATE_RESOURCE_POOLS = "providerVdcUpdateResourcePools";
    public static final String UPDATE_STORAGE_PROFILES = "providerVdcUpdateStorageProfiles";
    public static final String MIGRATE_VMS = "resourcePoolMigrateVms";
    /** More items than a provider VDC has pools or profiles in any real cloud. */
    static final int MAX_ITEMS = 100;
    static final int MAX_VMS = 1000;
    private final Database db;
    private final TaskEngine engine;

    /** Pools to add (vCenter morefs) and to remove (provider VDC pool ids). */
    public record PoolChanges(List<String> add, List<UUID> remove) {
    }

    /** Storage profiles to add (vCenter names) and to remove (provider VDC storage profile ids). */
    public record ProfileChanges(List<String> add, List<UUID> remove) {
    }

    /** VMs to move out of a pool, and the pool they go to (its moref; null: one vcdsim chooses). */
    public record Migration(List<UUID> vms, String targetMoref) {
    }

    public ProviderVdcBacking(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(UPDATE_RESOURCE_POOLS, PoolChanges.class, (tx, task, c) -> applyPools(tx, task.ownerId(), c));
        engine.register(UPDATE_STORAGE_PROFILES, ProfileChanges.class,
                (tx, task, c) -> applyProfiles(tx, task.ownerId(), c));
        engine.register(MIGRATE_VMS, Migration.class, (tx, task, m) -> applyMigration(tx, task.ownerId(), m));
    }

    private static InventoryStore inventory(Tx tx) {
        return tx.store(InventoryStore::new);
    }

    /** A provider VDC resource pool, for a system administrator; else 403. */
    public InventoryStore.PvdcPool pool(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> inventory(tx).pvdcPool(id)).orElseThrow(() ->
                ApiException.forbidden("No resource pool with id " + id + " is accessible."));
    }

    /** A provider VDC storage profile, for a system administrator; else 403. */
    public InventoryStore.PvdcProfile profile(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> inventory(tx).pvdcProfile(id)).orElseThrow(() ->
                ApiException.forbidden("No provider VDC storage profile with id " + id + " is accessible."));
    }

    public TaskRow updatePools(InventoryStore.ProviderVdc pvdc, PoolChanges c, TaskEngine.Caller by) {
        limit(c.add().size() + c.remove().size(), "UpdateResourcePoolSetParams", "AddItem or DeleteItem");
        return db.tx(tx -> {
            checkPools(tx, pvdc.id(), c);
            return engine.start(tx, new TaskEngine.Spec(UPDATE_RESOURCE_POOLS, "Updating resource pools of provider "
                    + "VDC " + pvdc.name(), by, ProviderVdcs.owner(pvdc), true, c));
        });
    }

    public TaskRow updateProfiles(InventoryStore.ProviderVdc pvdc, ProfileChanges c, TaskEngine.Caller by) {
        limit(c.add().size() + c.remove().size(), "UpdateProviderVdcStorageProfiles",
                "AddStorageProfile or RemoveStorageProfile");
        return db.tx(tx -> {
            checkProfiles(tx, pvdc.id(), c);
            return engine.start(tx, new TaskEngine.Spec(UPDATE_STORAGE_PROFILES, "Updating storage profiles of "
                    + "provider VDC " + pvdc.name(), by, ProviderVdcs.owner(pvdc), true, c));
        });
    }

    public TaskRow migrate(InventoryStore.PvdcPool from, Migration m, TaskEngine.Caller by) {
        if (m.vms().isEmpty() || m.vms().size() > MAX_VMS) {
            throw ApiException.badRequest("MigrateParams names 1 to " + MAX_VMS + " VMs in VmRef elements.");
        }
        return db.tx(tx -> {
            target(tx, from, m);
            return engine.start(tx, new TaskEngine.Spec(MIGRATE_VMS, "Migrating VMs out of resource pool "
                    + from.pool().name(), by, ObjectRef.of(Kind.RESOURCE_POOL, from.id(), from.pool().name()), false,
                    m));
        });
    }

    /** Enables or disables a pool at once: no VM moves, so vCD answers 204 without a task. */
    public void enable(InventoryStore.PvdcPool pool, boolean enabled) {
        db.run(tx -> inventory(tx).enablePool(pool.id(), enabled));
    }

    public InventoryStore.PvdcProfile enable(InventoryStore.PvdcProfile profile, boolean enabled) {
        return db.tx(tx -> {
            inventory(tx).enableProfile(profile.id(), enabled);
            return inventory(tx).pvdcProfile(profile.id()).orElseThrow(() ->
                    ApiException.badRequest("The storage profile was removed."));
        });
    }

    private static void limit(int items, String element, String children) {
        if (items == 0) {
            throw ApiException.badRequest(element + " names no " + children + ".");
        }
        if (items > MAX_ITEMS) {
            throw ApiException.badRequest(element + " names at most " + MAX_ITEMS + " items.");
        }
    }

    private static void applyPools(Tx tx, UUID pvdc, PoolChanges c) {
        List<InventoryStore.Pool> added = checkPools(tx, pvdc, c);
        for (InventoryStore.Pool pool : added) {
            inventory(tx).attachPool(UUID.randomUUID(), pvdc, pool.id(), false);
        }
        c.remove().forEach(inventory(tx)::detachPool);
    }

    /**
     * What a pool change adds, once its rules hold: a pool added is a free pool of the provider VDC's vCenter; a
     * pool removed is one of its own, not the primary, disabled first and with no VM left in it (the Guide's order).
     */
    private static List<InventoryStore.Pool> checkPools(Tx tx, UUID pvdcId, PoolChanges c) {
        InventoryStore.ProviderVdc pvdc = ProviderVdcs.locked(tx, pvdcId);
        List<InventoryStore.PvdcPool> own = inventory(tx).lockPvdcPools(pvdcId);
        List<InventoryStore.Pool> added = new ArrayList<>();
        List<InventoryStore.Pool> free = c.add().isEmpty() ? List.of() : inventory(tx).freePools(pvdc.vcenterId());
        for (String moref : distinct(c.add(), "resource pool")) {
            InventoryStore.Pool pool = inventory(tx).poolByMoref(pvdc.vcenterId(), moref).orElseThrow(() ->
                    ApiException.invalidReference("The vCenter server of provider VDC " + pvdc.name()
                            + " has no resource pool " + moref + "."));
            if (free.stream().noneMatch(f -> f.id().equals(pool.id()))) {
                throw ApiException.badRequest("Resource pool " + pool.name() + " (" + moref
                        + ") already backs a provider VDC.");
            }
            added.add(pool);
        }
        for (UUID id : distinct(c.remove(), "resource pool")) {
            InventoryStore.PvdcPool pool = own.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                    ApiException.invalidReference("Provider VDC " + pvdc.name() + " has no resource pool " + id
                            + "."));
            if (pool.primary()) {
                throw ApiException.badRequest("The primary resource pool " + pool.pool().name()
                        + " of a provider VDC cannot be removed.");
            }
            if (pool.enabled()) {
                throw ApiException.badRequest("Resource pool " + pool.pool().name()
                        + " must be disabled before it is removed.");
            }
            if (!inventory(tx).vmsIn(pool.id()).isEmpty()) {
                throw ApiException.badRequest("VMs still run in resource pool " + pool.pool().name()
                        + ": migrate them to another pool first.");
            }
        }
        return added;
    }

    private static void applyProfiles(Tx tx, UUID pvdc, ProfileChanges c) {
        for (InventoryStore.Profile profile : checkProfiles(tx, pvdc, c)) {
            inventory(tx).addPvdcProfile(UUID.randomUUID(), pvdc, profile.id());
        }
        c.remove().forEach(inventory(tx)::removePvdcProfile);
    }

    /**
     * A profile added is one of the vCenter's the provider VDC does not offer yet; one removed is its own and
     * disabled, and not {@code *} while org VDCs draw on it.
     */
    private static List<InventoryStore.Profile> checkProfiles(Tx tx, UUID pvdcId, ProfileChanges c) {
        InventoryStore.ProviderVdc pvdc = ProviderVdcs.locked(tx, pvdcId);
        List<InventoryStore.PvdcProfile> own = inventory(tx).lockPvdcProfiles(pvdcId);
        List<InventoryStore.Profile> added = new ArrayList<>();
        for (String name : distinct(c.add(), "storage profile")) {
            InventoryStore.Profile profile = inventory(tx).profileByName(pvdc.vcenterId(), name)
                    .orElseThrow(() -> ApiException.invalidReference("The vCenter server of provider VDC "
                            + pvdc.name() + " has no storage profile '" + name + "'."));
            if (own.stream().anyMatch(p -> p.profile().id().equals(profile.id()))) {
                throw ApiException.badRequest("Provider VDC " + pvdc.name() + " already offers storage profile "
                        + name + ".");
            }
            added.add(profile);
        }
        for (UUID id : distinct(c.remove(), "storage profile")) {
            InventoryStore.PvdcProfile profile = own.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.invalidReference("Provider VDC " + pvdc.name()
                            + " has no storage profile " + id + "."));
            if (profile.enabled()) {
                throw ApiException.badRequest("Storage profile " + profile.profile().name()
                        + " must be disabled before it is removed.");
            }
            if (Provider.STORAGE_PROFILE.equals(profile.profile().name()) && !inventory(tx).vdcsOn(pvdcId).isEmpty()
                    || tx.store(VdcStorageProfileStore::new).inUseOn(pvdcId, profile.profile().name())) {
                throw ApiException.badRequest("Storage profile " + profile.profile().name()
                        + " is in use by org VDCs and cannot be removed.");
            }
        }
        return added;
    }

    private static void applyMigration(Tx tx, UUID fromId, Migration m) {
        InventoryStore.PvdcPool from = inventory(tx).pvdcPool(fromId).orElseThrow(() ->
                ApiException.badRequest("The resource pool was removed."));
        inventory(tx).placeVms(m.vms(), target(tx, from, m).id());
    }

    /** Where the VMs go, once every one of them is in {@code from}: the named pool, else the first other one. */
    private static InventoryStore.PvdcPool target(Tx tx, InventoryStore.PvdcPool from, Migration m) {
        List<UUID> inPool = inventory(tx).vmsIn(from.id());
        for (UUID vm : distinct(m.vms(), "VM")) {
            if (!inPool.contains(vm)) {
                throw ApiException.invalidReference("VM " + vm + " does not run in resource pool "
                        + from.pool().name() + ".");
            }
        }
        List<InventoryStore.PvdcPool> others = inventory(tx).pvdcPools(from.providerVdcId()).stream()
                .filter(p -> !p.id().equals(from.id())).toList();
        if (m.targetMoref() == null) {
            return others.stream().filter(InventoryStore.PvdcPool::enabled).findFirst().orElseThrow(() ->
                    ApiException.badRequest("The provider VDC has no other enabled resource pool to migrate VMs "
                            + "to."));
        }
        Optional<InventoryStore.PvdcPool> named = others.stream()
                .filter(p -> p.pool().moref().equals(m.targetMoref())).findFirst();
        InventoryStore.PvdcPool target = named.orElseThrow(() -> ApiException.invalidReference("Resource pool "
                + m.targetMoref() + " is not another resource pool of the same provider VDC."));
        if (!target.enabled()) {
            throw ApiException.badRequest("Resource pool " + target.pool().name() + " is disabled.");
        }
        return target;
    }

    private static <T> List<T> distinct(List<T> items, String what) {
        if (new LinkedHashSet<>(items).size() != items.size()) {
            throw ApiException.badRequest("A " + what + " is named more than once.");
        }
        return items;
    }
}
