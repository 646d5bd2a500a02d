package io.vcdsim.provider;

import io.vcdsim.compute.Provider;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The simulated NSX-T manager {@code nsxt-manager-1} and what it offers vCD: two tier-0 routers and a VRF, an edge
 * cluster, two overlay transport zones (the first backs the GENEVE pool {@code nsxt-pool-1}), and the VLAN pool
 * {@code pool-1} on vc1's distributed switch that {@code pvdc-1} draws on. Seeded when missing (a new or reset store, a
 * state saved before V48), with ids from names so every cell seeds the same.
 */
public final class NsxtInventory {
    public static final String MANAGER = "nsxt-manager-1";
    public static final UUID MANAGER_ID = Provider.id("nsxt-manager:" + MANAGER);
    public static final String DOMAIN_URL = "https://" + MANAGER + Inventory.DOMAIN;
    public static final String GENEVE_POOL = "nsxt-pool-1";
    public static final UUID GENEVE_POOL_ID = Provider.id("network-pool:" + GENEVE_POOL);
    /** vc1's one distributed switch, which VLAN pools and the distributed port groups are on. */
    public static final String DV_SWITCH_MOREF = Provider.DV_SWITCH.moref();
    public static final String DV_SWITCH_NAME = Provider.DV_SWITCH.name();
    /** The VLAN ids of {@code pool-1}. */
    static final int VLAN_FROM = 100;
    static final int VLAN_TO = 199;

    private NsxtInventory() {
    }

    /** The stored id of a seeded object of the manager, by its kind and name. */
    public static UUID resourceId(String kind, String name) {
        return Provider.id("nsxt:" + MANAGER + ":" + kind + ":" + name);
    }

    /** Adds what is missing: the manager with its objects, and the two seeded network pools. */
    public static void ensure(Tx tx) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        if (nsxt.manager(MANAGER_ID).isEmpty()) {
            nsxt.addManager(new NsxtStore.Manager(MANAGER_ID, MANAGER, "The simulated NSX-T manager",
                    DOMAIN_URL, "admin", "4.1.2"));
            add(nsxt, NsxtStore.TIER0, "tier0-1", "Tier-0 router of the provider's first uplink", null);
            add(nsxt, NsxtStore.TIER0, "tier0-2", "Tier-0 router of the provider's second uplink", null);
            add(nsxt, NsxtStore.VRF_TIER0, "tier0-vrf-1", "A VRF of tier0-1", null);
            add(nsxt, NsxtStore.EDGE_CLUSTER, "edge-cluster-1", "The edge nodes NSX-T edge gateways run on", "2");
            add(nsxt, NsxtStore.TRANSPORT_ZONE, "overlay-tz-1", "Overlay transport zone", "OVERLAY_BACKED");
            add(nsxt, NsxtStore.TRANSPORT_ZONE, "overlay-tz-2", "Overlay transport zone", "OVERLAY_BACKED");
        }
        NsxtOfferings.ensure(nsxt);
        NetworkPoolStore pools = tx.store(NetworkPoolStore::new);
        Instant now = Instant.now();
        if (pools.find(Provider.NETWORK_POOL_ID).isEmpty()) {
            pools.save(new NetworkPoolStore.Row(Provider.NETWORK_POOL_ID, Provider.NETWORK_POOL,
                    "The simulated network pool org VDC networks are backed by", NetworkPools.VLAN,
                    Provider.VCENTER_ID, null, NetworkPools.vlanBacking(List.of(new int[]{VLAN_FROM, VLAN_TO})),
                    VLAN_TO - VLAN_FROM + 1, now));
        }
        if (pools.find(GENEVE_POOL_ID).isEmpty()) {
            pools.save(new NetworkPoolStore.Row(GENEVE_POOL_ID, GENEVE_POOL, "The NSX-T manager's overlay pool",
                    NetworkPools.GENEVE, MANAGER_ID, resourceId(NsxtStore.TRANSPORT_ZONE, "overlay-tz-1"), "{}",
                    NetworkPools.GENEVE_BACKINGS, now));
        }
        // pvdc-1 draws on pool-1 (a state saved before V48 has it without one)
        InventoryStore inventory = tx.store(InventoryStore::new);
        if (inventory.providerVdc(Provider.PROVIDER_VDC_ID).isPresent()
                && pools.ofProviderVdc(Provider.PROVIDER_VDC_ID).isEmpty()) {
            pools.setProviderVdcPool(Provider.PROVIDER_VDC_ID, Provider.NETWORK_POOL_ID);
        }
    }

    private static void add(NsxtStore nsxt, String kind, String name, String description, String detail) {
        // the manager's own ids: tier-0 routers made in its UI have their names, edge clusters and zones UUIDs
        seed(nsxt, kind, kind.equals(NsxtStore.EDGE_CLUSTER) || kind.equals(NsxtStore.TRANSPORT_ZONE)
                ? objectId(kind, name) : name, name, description, detail);
    }

    /** The manager's own UUID for an object it made, from the object's kind and name. */
    static String objectId(String kind, String name) {
        return Provider.id("nsxt-object:" + kind + ":" + name).toString();
    }

    /** Stores one object of the manager, with the stored id {@link #resourceId} gives its kind and name. */
    static void seed(NsxtStore nsxt, String kind, String nsxtId, String name, String description, String detail) {
        nsxt.addResource(new NsxtStore.Resource(resourceId(kind, name), MANAGER_ID, kind, nsxtId, name, description,
                detail));
    }
}
