package io.vcdsim.provider;

import io.vcdsim.compute.Provider;
import io.vcdsim.store.DatastoreStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.DrsStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.Tx;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated vCenters and what each holds: clusters, each with its hosts, its root resource pool and pools under
 * it, and storage profiles; and vc1's datastores. {@code vc1} is registered when a store is new, reset, or loaded from a state saved
 * before the inventory; the provider VDC stands on its first cluster's root pool and offers its {@code *} profile.
 * {@code vc2} and {@code vc3} exist too, for a system administrator to register. Ids come from names, so every cell
 * seeds the same.
 */
public final class Inventory {
    /**
     * How many clusters a vCenter has, how many hosts and resource pools (under its root pool) each has, and how many
     * datastores vc1 has.
     */
    public record Shape(int clusters, int hostsPerCluster, int poolsPerCluster, int datastores) {
        public static final Shape DEFAULT = new Shape(2, 2, 2, 2);
        /** More than any test needs, few enough that a store seeds in a moment. */
        static final int MAX = 64;

        public Shape {
            if (clusters < 1 || clusters > MAX || hostsPerCluster < 0 || hostsPerCluster > MAX || poolsPerCluster < 0
                    || poolsPerCluster > MAX) {
                throw new IllegalArgumentException("a vCenter has 1 to " + MAX + " clusters, each with 0 to " + MAX
                        + " hosts and 0 to " + MAX + " resource pools");
            }
            if (datastores < 1 || datastores > MAX) {
                throw new IllegalArgumentException("a vCenter has 1 to " + MAX + " datastores");
            }
        }

        /** A shape with the default number of datastores. */
        public Shape(int clusters, int hostsPerCluster, int poolsPerCluster) {
            this(clusters, hostsPerCluster, poolsPerCluster, 2);
        }
    }

    /** The simulated vCenters, by the host name their URLs use. */
    public static final List<String> VCENTERS = List.of(Provider.VCENTER, "vc2", "vc3");
    /** The domain simulated hosts' names end in, which no DNS resolves. */
    public static final String DOMAIN = ".vcdsim.invalid";
    /** A vCenter's storage profiles; {@code *} is the one every org VDC draws on. */
    public static final List<String> STORAGE_PROFILES = List.of(Provider.STORAGE_PROFILE, "gold", "silver", "bronze");
    /** The provider VDC's primary resource pool (its {@code resourcePool/{id}}). */
    public static final UUID PRIMARY_POOL_ID = Provider.id("provider-vdc-pool:" + Provider.PROVIDER_VDC);
    /** The newest virtual hardware the simulated hosts run (vSphere 8.0 U2). */
    public static final String HIGHEST_HW_VERSION = "vmx-21";
    static final long ROOT_CPU_MHZ = 96_000;
    static final long ROOT_MEMORY_MB = 1L << 20;
    static final long PROFILE_TOTAL_MB = 4L << 20;

    private Inventory() {
    }

    /** The simulated vCenter a URL reaches ({@code vc2} or {@code vc2.vcdsim.invalid}), if any. */
    public static Optional<String> vCenterAt(String url) {
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        String name = h.endsWith(DOMAIN) ? h.substring(0, h.length() - DOMAIN.length()) : h;
        return VCENTERS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** Seeds vc1 unless the store has a registered vCenter; another cell seeding at the same moment is no error. */
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
        boolean fresh = !s.hasInventory();
        if (fresh) {
            seed(tx, s, shape);
        }
        DatastoreStore datastores = tx.store(DatastoreStore::new);
        if (datastores.all().isEmpty()) {
            // a store or state from before V78 had the two datastores that were fixed then; VMs may name them
            int count = fresh ? shape.datastores() : Shape.DEFAULT.datastores();
            for (int n = 1; n <= count; n++) {
                datastores.add(Provider.datastore(n));
            }
        }
        NsxtInventory.ensure(tx); // a state saved before V48 has a vCenter but no NSX-T manager
    }

    private static void seed(Tx tx, InventoryStore s, Shape shape) {
        s.saveServer(new InventoryStore.Server(Provider.VCENTER_ID, Provider.VCENTER,
                "The simulated vCenter server the provider VDC stands on",
                "https://" + Provider.VCENTER + DOMAIN + ":443",
                Provider.VCENTER, "administrator@vsphere.local", true, Provider.VCENTER_VERSION));
        UUID primary = discover(tx, Provider.VCENTER_ID, Provider.VCENTER, shape);
        s.saveProviderVdc(new InventoryStore.ProviderVdc(Provider.PROVIDER_VDC_ID, Provider.PROVIDER_VDC,
                "The simulated provider VDC every org VDC stands on", true, Provider.VCENTER_ID, HIGHEST_HW_VERSION));
        s.attachPool(PRIMARY_POOL_ID, Provider.PROVIDER_VDC_ID, primary, true);
        s.addPvdcProfile(Provider.STORAGE_PROFILE_ID, Provider.PROVIDER_VDC_ID,
                profileId(Provider.VCENTER, Provider.STORAGE_PROFILE));
    }

    /**
     * Stores what the simulated vCenter {@code host} holds, as vCD learns it when it connects to a registered
     * server; returns its first cluster's root pool.
     */
    static UUID discover(Tx tx, UUID serverId, String host, Shape shape) {
        InventoryStore s = tx.store(InventoryStore::new);
        UUID first = null;
        DrsStore drs = tx.store(DrsStore::new);
        for (int c = 1; c <= shape.clusters(); c++) {
            String cluster = "domain-c" + c;
            String clusterName = "cluster-" + c;
            // each cluster has a host group of all its hosts and an empty VM group, for VM-Host affinity rules
            DrsStore.Group hosts = group(serverId, host, cluster, clusterName, DrsStore.HOST, clusterName + "-hosts");
            drs.addGroup(hosts);
            drs.addGroup(group(serverId, host, cluster, clusterName, DrsStore.VM, clusterName + "-vms"));
            for (int n = 1; n <= shape.hostsPerCluster(); n++) {
                String moref = "host-" + (100 * c + n);
                UUID id = Provider.id("host:" + host + ":" + moref);
                s.addHost(new InventoryStore.Host(id, serverId, moref, "esx-" + c + "-" + n + "." + host + DOMAIN,
                        cluster, true));
                drs.addMember(hosts.id(), id);
            }
            InventoryStore.Pool root = pool(serverId, host, "resgroup-" + c, clusterName, cluster, ROOT_CPU_MHZ,
                    ROOT_MEMORY_MB);
            s.addPool(root);
            first = first == null ? root.id() : first;
            for (int p = 1; p <= shape.poolsPerCluster(); p++) {
                s.addPool(pool(serverId, host, "resgroup-" + (100 * c + p), "rp-" + c + "-" + p, cluster,
                        ROOT_CPU_MHZ / (shape.poolsPerCluster() + 1), ROOT_MEMORY_MB / (shape.poolsPerCluster() + 1)));
            }
        }
        // two VMs vCD does not manage yet, to import
        int vm = 1;
        for (String[] spec : new String[][]{{"legacy-app", "otherLinux64Guest"}, {"legacy-db", "windows2019srv_64Guest"}}) {
            String moref = "vm-" + (9000 + vm++);
            s.addUnmanagedVm(new InventoryStore.UnmanagedVm(Provider.id("vcenter-vm:" + host + ":" + moref), serverId,
                    moref, spec[0], spec[1], 2, 4096, 16384));
        }
        for (String name : STORAGE_PROFILES) {
            UUID id = profileId(host, name);
            s.addProfile(new InventoryStore.Profile(id, serverId, "vm-storage-policy-" + id, name, PROFILE_TOTAL_MB));
        }
        return first;
    }

    private static DrsStore.Group group(UUID serverId, String host, String cluster, String clusterName, String kind,
                                        String name) {
        return new DrsStore.Group(Provider.id("drs-group:" + host + ":" + cluster + ":" + kind + ":" + name), serverId,
                cluster, clusterName, kind, name, namedId(kind, name));
    }

    /** The id every same-named group shares (vCD's named VM group). */
    static UUID namedId(String kind, String name) {
        return Provider.id("named-group:" + kind + ":" + name);
    }

    private static UUID profileId(String host, String name) {
        return Provider.id("vcenter-storage-profile:" + host + ":" + name);
    }

    private static InventoryStore.Pool pool(UUID serverId, String host, String moref, String name, String cluster,
                                            long cpu, long memory) {
        return new InventoryStore.Pool(Provider.id("resource-pool:" + host + ":" + moref), serverId, moref, name,
                cluster, cpu, memory);
    }
}
