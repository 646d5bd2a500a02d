package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Provider VDCs (the Programming Guide's "Create a Provider VDC"): made from free resource pools and storage profiles
 * of a registered vCenter ({@code providerVdcCreate}), renamed ({@code providerVdcUpdate}), enabled and disabled at
 * once, and deleted once disabled and drawn on by no org VDC ({@code providerVdcDelete}).
 */
public final class ProviderVdcs {
    public static final String CREATE = "providerVdcCreate";
    public static final String UPDATE = "providerVdcUpdate";
    public static final String DELETE = "providerVdcDelete";
    public static final String MERGE = "providerVdcMerge";
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_ITEMS = 100;
    private static final Pattern HW_VERSION = Pattern.compile("vmx-\\d{1,3}");
    private final Database db;
    private final TaskEngine engine;

    /**
     * A new provider VDC: its vCenter, pools (by moref; the first is primary) and storage profiles (by name), and
     * optionally its NSX-T manager and the network pool its org VDCs draw on.
     */
    public record Creation(String name, String description, UUID vcenterId, List<String> poolMorefs,
                           List<String> storageProfiles, String highestHwVersion, boolean enabled, UUID nsxtManagerId,
                           UUID networkPoolId) {
    }

    public ProviderVdcs(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        // the provider VDC exists from the request on; a failed or aborted creation removes it
        engine.register(CREATE, (tx, task) -> locked(tx, task.ownerId()),
                (tx, task) -> inventory(tx).deleteProviderVdc(task.ownerId()));
        engine.register(UPDATE, InventoryStore.ProviderVdc.class, (tx, task, changed) -> {
            InventoryStore.ProviderVdc now = locked(tx, task.ownerId());
            checkName(tx, changed.name(), now.id());
            inventory(tx).saveProviderVdc(now.with(changed.name(), changed.description(), now.enabled()));
        });
        engine.register(DELETE, (tx, task) -> {
            checkDelete(tx, locked(tx, task.ownerId()));
            inventory(tx).deleteProviderVdc(task.ownerId());
        });
        engine.register(MERGE, Merge.class, (tx, task, m) -> {
            InventoryStore.ProviderVdc target = locked(tx, task.ownerId());
            for (UUID id : m.merged()) {
                checkMerge(tx, target, locked(tx, id));
                inventory(tx).mergeProviderVdc(id, target.id());
            }
        });
    }

    /** The provider VDCs merged into another. */
    public record Merge(List<UUID> merged) {
    }

    private static InventoryStore inventory(Tx tx) {
        return tx.store(InventoryStore::new);
    }

    public static ObjectRef owner(InventoryStore.ProviderVdc pvdc) {
        return ObjectRef.of(Kind.PROVIDER_VDC, pvdc.id(), pvdc.name());
    }

    static InventoryStore.ProviderVdc locked(Tx tx, UUID id) {
        return inventory(tx).lockProviderVdc(id).orElseThrow(() ->
                ApiException.badRequest("The provider VDC was deleted."));
    }

    /** A provider VDC, for a system administrator; else 403. */
    public InventoryStore.ProviderVdc providerVdc(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> inventory(tx).providerVdc(id)).orElseThrow(() ->
                ApiException.forbidden("No provider VDC with id " + id + " is accessible."));
    }

    /** The new provider VDC, listed at once with its pools and profiles, and its creation task. */
    public Created create(Creation c, TaskEngine.Caller by) {
        String name = name(c.name());
        description(c.description());
        if (c.poolMorefs().isEmpty() || c.poolMorefs().size() > MAX_ITEMS
                || new LinkedHashSet<>(c.poolMorefs()).size() != c.poolMorefs().size()) {
            throw ApiException.badRequest("A provider VDC needs 1 to " + MAX_ITEMS + " distinct resource pools in "
                    + "ResourcePoolRefs.");
        }
        if (c.storageProfiles().isEmpty() || c.storageProfiles().size() > MAX_ITEMS
                || new LinkedHashSet<>(c.storageProfiles()).size() != c.storageProfiles().size()) {
            throw ApiException.badRequest("A provider VDC needs 1 to " + MAX_ITEMS + " distinct StorageProfile names.");
        }
        String hw = c.highestHwVersion() == null ? Inventory.HIGHEST_HW_VERSION : c.highestHwVersion().trim();
        if (!HW_VERSION.matcher(hw).matches()) {
            throw ApiException.badRequest("HighestSupportedHardwareVersion is a version like vmx-19, not '" + hw
                    + "'.");
        }
        return db.tx(tx -> {
            // locked: two creations on one vCenter take turns, so the second sees the pools the first took
            InventoryStore.Server vc = inventory(tx).lockServer(c.vcenterId()).orElseThrow(() ->
                    ApiException.invalidReference("No vCenter server " + c.vcenterId() + " is registered."));
            checkName(tx, name, null);
            if (c.nsxtManagerId() != null && tx.store(NsxtStore::new).manager(c.nsxtManagerId()).isEmpty()) {
                throw ApiException.invalidReference("No NSX-T manager " + c.nsxtManagerId() + " is registered.");
            }
            if (c.networkPoolId() != null && tx.store(NetworkPoolStore::new).find(c.networkPoolId()).isEmpty()) {
                throw ApiException.invalidReference("No network pool " + c.networkPoolId() + " exists.");
            }
            InventoryStore.ProviderVdc pvdc = new InventoryStore.ProviderVdc(UUID.randomUUID(), name, c.description(),
                    c.enabled(), vc.id(), hw);
            inventory(tx).saveProviderVdc(pvdc);
            tx.store(NetworkPoolStore::new).setProviderVdcPool(pvdc.id(), c.networkPoolId());
            List<InventoryStore.Pool> free = inventory(tx).freePools(vc.id());
            boolean primary = true;
            for (String moref : c.poolMorefs()) {
                InventoryStore.Pool pool = free.stream().filter(p -> p.moref().equals(moref)).findFirst()
                        .orElseThrow(() -> ApiException.invalidReference("Resource pool " + moref + " of vCenter "
                                + vc.name() + " does not exist or already backs a provider VDC."));
                inventory(tx).attachPool(UUID.randomUUID(), pvdc.id(), pool.id(), primary);
                primary = false;
            }
            for (String profileName : c.storageProfiles()) {
                InventoryStore.Profile profile = inventory(tx).profileByName(vc.id(), profileName).orElseThrow(() ->
                        ApiException.invalidReference("vCenter server " + vc.name() + " has no storage profile '"
                                + profileName + "'."));
                inventory(tx).addPvdcProfile(UUID.randomUUID(), pvdc.id(), profile.id());
            }
            return new Created(pvdc, engine.start(tx, new TaskEngine.Spec(CREATE, "Creating provider VDC " + name, by,
                    owner(pvdc), true, null)));
        });
    }

    /** A provider VDC just made, and its creation task. */
    public record Created(InventoryStore.ProviderVdc providerVdc, TaskRow task) {
    }

    /** A new name and description, when the task runs. */
    public TaskRow update(InventoryStore.ProviderVdc pvdc, String name, String description, TaskEngine.Caller by) {
        InventoryStore.ProviderVdc changed = pvdc.with(name(name), description(description), pvdc.enabled());
        return db.tx(tx -> {
            checkName(tx, changed.name(), pvdc.id());
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating provider VDC " + pvdc.name(), by,
                    owner(pvdc), true, changed));
        });
    }

    /**
     * Merges provider VDCs into {@code target}: their resource pools (none primary any more), storage profiles and
     * org VDCs become the target's, and they are gone. All must stand on the target's vCenter.
     */
    public TaskRow merge(InventoryStore.ProviderVdc target, List<UUID> merged, TaskEngine.Caller by) {
        if (merged.isEmpty() || merged.size() > MAX_ITEMS || new LinkedHashSet<>(merged).size() != merged.size()) {
            throw ApiException.badRequest("ProviderVdcMergeParams names 1 to " + MAX_ITEMS
                    + " distinct provider VDCs.");
        }
        return db.tx(tx -> {
            for (UUID id : merged) {
                checkMerge(tx, target, inventory(tx).providerVdc(id).orElseThrow(() ->
                        ApiException.invalidReference("No provider VDC with id " + id + " exists.")));
            }
            return engine.start(tx, new TaskEngine.Spec(MERGE, "Merging provider VDCs into " + target.name(), by,
                    owner(target), true, new Merge(merged)));
        });
    }

    private static void checkMerge(Tx tx, InventoryStore.ProviderVdc target, InventoryStore.ProviderVdc merged) {
        if (merged.id().equals(target.id())) {
            throw ApiException.badRequest("A provider VDC is not merged with itself.");
        }
        if (!merged.vcenterId().equals(target.vcenterId())) {
            throw ApiException.badRequest("Provider VDC " + merged.name() + " stands on another vCenter server than "
                    + target.name() + ".");
        }
    }

    /** Enables or disables at once (vCD answers 204): nothing moves, new org VDCs may or may not draw on it. */
    public void enable(InventoryStore.ProviderVdc pvdc, boolean enabled) {
        db.run(tx -> {
            InventoryStore.ProviderVdc now = locked(tx, pvdc.id());
            inventory(tx).saveProviderVdc(now.with(now.name(), now.description(), enabled));
        });
    }

    public TaskRow delete(InventoryStore.ProviderVdc pvdc, TaskEngine.Caller by) {
        return db.tx(tx -> {
            checkDelete(tx, locked(tx, pvdc.id()));
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting provider VDC " + pvdc.name(), by,
                    owner(pvdc), true, null));
        });
    }

    private static void checkDelete(Tx tx, InventoryStore.ProviderVdc pvdc) {
        if (pvdc.enabled()) {
            throw ApiException.badRequest("Provider VDC " + pvdc.name() + " must be disabled before it is deleted.");
        }
        int vdcs = inventory(tx).vdcsOn(pvdc.id()).size();
        if (vdcs > 0) {
            throw ApiException.badRequest("Provider VDC " + pvdc.name() + " backs " + vdcs + " org VDC(s) and cannot "
                    + "be deleted.");
        }
    }

    private static void checkName(Tx tx, String name, UUID except) {
        inventory(tx).providerVdcNamed(name).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw ApiException.duplicateName("A provider VDC named " + other.name() + " already exists.");
        });
    }

    private static String name(String name) {
        return Lengths.name(name, MAX_NAME, "provider VDC").trim();
    }

    private static String description(String description) {
        return Lengths.atMost(description, MAX_DESCRIPTION, "A provider VDC's Description");
    }
}
