package io.vcdsim.provider;

import io.vcdsim.compute.Provider;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

/**
 * What the simulated vCenter holds when a store is new, reset, or loaded from a state saved before it had one:
 * clusters, each with its root resource pool and pools under it, and storage profiles. The provider VDC stands on
 * the first cluster's root pool and offers the {@code *} profile. Ids come from names, so every cell seeds the same.
 */
public final class Inventory {
    /** How many clusters the vCenter has and how many resource pools each has under its root pool. */
    public record Shape(int clusters, int poolsPerCluster) {
        public static final Shape DEFAULT = new Shape(2, 2);
    }

    /** The vCenter's storage profiles; {@code *} is the one every org VDC draws on. */
    public static final List<String> STORAGE_PROFILES = List.of(Provider.STORAGE_PROFILE, "gold", "silver", "bronze");
    /** The provider VDC's primary resource pool (its {@code resourcePool/{id}}). */
    public static final UUID PRIMARY_POOL_ID = Provider.id("provider-vdc-pool:" + Provider.PROVIDER_VDC);
    static final long ROOT_CPU_MHZ = 96_000;
    static final long ROOT_MEMORY_MB = 1L << 20;
    static final long PROFILE_TOTAL_MB = 4L << 20;

    private Inventory() {
    }

    /** Seeds the inventory unless the store has one; another cell seeding at the same moment is not an error. */
    public static void ensure(Database db, Shape shape) {
        try {
            db.run(tx -> ensure(tx, shape));
        } catch (RuntimeException e) {
            if (!db.read(tx -> tx.store(InventoryStore::new).hasInventory())) {
                throw e;
            }
        }
    }

    public static void ensure(Tx tx, Shape shape) {
        InventoryStore s = tx.store(InventoryStore::new);
        if (s.hasInventory()) {
            return;
        }
        UUID primary = null;
        for (int c = 1; c <= shape.clusters(); c++) {
            String cluster = "domain-c" + c;
            InventoryStore.Pool root = pool("resgroup-" + c, "cluster-" + c, cluster, ROOT_CPU_MHZ, ROOT_MEMORY_MB);
            s.addPool(root);
            primary = primary == null ? root.id() : primary;
            for (int p = 1; p <= shape.poolsPerCluster(); p++) {
                s.addPool(pool("resgroup-" + (100 * c + p), "rp-" + c + "-" + p, cluster,
                        ROOT_CPU_MHZ / (shape.poolsPerCluster() + 1), ROOT_MEMORY_MB / (shape.poolsPerCluster() + 1)));
            }
        }
        for (String name : STORAGE_PROFILES) {
            UUID id = Provider.id("vcenter-storage-profile:" + name);
            s.addProfile(new InventoryStore.Profile(id, Provider.VCENTER_ID, "vm-storage-policy-" + id, name,
                    PROFILE_TOTAL_MB));
        }
        if (primary != null) {
            s.attachPool(PRIMARY_POOL_ID, Provider.PROVIDER_VDC_ID, primary, true);
        }
        s.addPvdcProfile(Provider.STORAGE_PROFILE_ID, Provider.PROVIDER_VDC_ID,
                Provider.id("vcenter-storage-profile:" + Provider.STORAGE_PROFILE));
    }

    private static InventoryStore.Pool pool(String moref, String name, String cluster, long cpu, long memory) {
        return new InventoryStore.Pool(Provider.id("resource-pool:" + moref), Provider.VCENTER_ID, moref, name,
                cluster, cpu, memory);
    }
}
