package io.vcdsim.views;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.model.Reference;
import io.vcdsim.provider.NetworkPools;
import io.vcdsim.store.DatastoreStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.util.UUID;

/**
 * The provider VDC as the extension shows it to a system administrator: what vCenter objects back it, its resource
 * pools with their actions, and what the vCenter still has to offer it (free pools, storage profiles).
 */
public final class ProviderVdcView {
    private ProviderVdcView() {
    }

    private static InventoryStore inventory(Tx tx) {
        return tx.store(InventoryStore::new);
    }

    public static ProviderInventory.VmwProviderVdc extension(Tx tx, Viewer v, InventoryStore.ProviderVdc pvdc) {
        ProviderInventory.VmwProviderVdc p = ProviderView.fill(tx, v, new ProviderInventory.VmwProviderVdc(), pvdc);
        UUID id = pvdc.id();
        String self = v.href(ProviderView.EXTENSION_PATH + id);
        p.href = self;
        p.type = MediaTypes.xml(MediaTypes.VMW_PROVIDER_VDC);
        p.link("up", v.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        v.adminLink(p, "alternate", Kind.PROVIDER_VDC, id);
        p.link("down", self + "/resourcePools", MediaTypes.xml(MediaTypes.PVDC_RESOURCE_POOL_SET));
        p.link("update:resourcePools", self + "/action/updateResourcePools",
                MediaTypes.xml(MediaTypes.RESOURCE_POOL_SET_UPDATE_PARAMS));
        p.link("down", self + "/availableStorageProfiles", MediaTypes.xml(MediaTypes.VMW_STORAGE_PROFILES));
        p.link("edit", self + "/storageProfiles", MediaTypes.xml(MediaTypes.UPDATE_PVDC_STORAGE_PROFILES));
        p.link("edit", self, MediaTypes.xml(MediaTypes.VMW_PROVIDER_VDC));
        p.link("merge", self + "/action/merge", MediaTypes.xml(MediaTypes.PROVIDER_VDC_MERGE_PARAMS));
        String action = pvdc.enabled() ? "disable" : "enable";
        p.link(action, self + "/action/" + action, null);
        if (!pvdc.enabled()) {
            p.link("remove", self, null);
        }
        Reference vc = server(tx, v, pvdc.vcenterId());
        if (pvdc.vcenterId().equals(Provider.VCENTER_ID)) { // the simulated datastores are vc1's
            for (DatastoreStore.Datastore d : Provider.datastores(tx)) {
                p.dataStoreRefs.add(ProviderView.vimRef(v, vc, d.moref(), "DATASTORE"));
            }
        }
        p.computeProviderScope = vc.name;
        p.networkProviderScope = vc.name;
        tx.store(NetworkPoolStore::new).ofProviderVdc(id).filter(pool -> NetworkPools.GENEVE.equals(pool.poolType()))
                .flatMap(pool -> tx.store(NsxtStore::new).manager(pool.ownerId())).ifPresent(m ->
                        p.nsxTManagerReference = v.adminRef(Kind.NSXT_MANAGER, m.id(), m.name()));
        p.highestSupportedHardwareVersion = pvdc.highestHwVersion();
        java.util.Set<String> clusters = new java.util.TreeSet<>();
        for (InventoryStore.PvdcPool pool : inventory(tx).pvdcPools(id)) {
            p.resourcePoolRefs.add(ProviderView.vimRef(v, vc, pool.pool().moref(), "RESOURCE_POOL"));
            clusters.add(pool.pool().clusterMoref());
        }
        for (String cluster : clusters) { // the hosts of its pools' clusters
            inventory(tx).hostsIn(pvdc.vcenterId(), cluster).forEach(h -> p.hostReferences.add(v.adminRef(Kind.HOST,
                    h.id(), h.name())));
        }
        p.vimServer.add(vc);
        return p;
    }

    public static ProviderInventory.ResourcePoolSet resourcePools(Tx tx, Viewer v, UUID id) {
        ProviderInventory.ResourcePoolSet set = new ProviderInventory.ResourcePoolSet();
        set.href = v.href(ProviderView.EXTENSION_PATH + id + "/resourcePools");
        set.type = MediaTypes.xml(MediaTypes.PVDC_RESOURCE_POOL_SET);
        set.link("up", v.href(ProviderView.EXTENSION_PATH + id), MediaTypes.xml(MediaTypes.VMW_PROVIDER_VDC));
        for (InventoryStore.PvdcPool pool : inventory(tx).pvdcPools(id)) {
            set.pools.add(resourcePool(tx, v, pool));
        }
        return set;
    }

    /** A pool of the provider VDC, with the action its state allows (enable or disable) and its VMs' actions. */
    public static ProviderInventory.PvdcResourcePool resourcePool(Tx tx, Viewer v, InventoryStore.PvdcPool pool) {
        ProviderInventory.PvdcResourcePool p = new ProviderInventory.PvdcResourcePool();
        String self = v.adminHref(Kind.RESOURCE_POOL, pool.id());
        p.href = self;
        p.type = MediaTypes.xml(MediaTypes.PVDC_RESOURCE_POOL);
        p.primary = pool.primary();
        p.link("up", v.href(ProviderView.EXTENSION_PATH + pool.providerVdcId()),
                MediaTypes.xml(MediaTypes.VMW_PROVIDER_VDC));
        p.link("migrateVms", self + "/action/migrateVms", null);
        p.link("resourcePoolVmList", self + "/vmList", null);
        p.link(pool.enabled() ? "disable" : "enable", self + "/action/" + (pool.enabled() ? "disable" : "enable"),
                null);
        p.resourcePoolVimObjectRef = ProviderView.vimRef(v, server(tx, v, pool.pool().vcenterId()),
                pool.pool().moref(), "RESOURCE_POOL");
        p.resourcePoolRef = v.adminRef(Kind.RESOURCE_POOL, pool.id(), pool.pool().name());
        p.enabled = pool.enabled();
        p.cpuReservationUsed = 0L;
        p.cpuMaxUsage = pool.pool().cpuMhz();
        p.memReservationUsed = 0L;
        p.memMaxUsage = pool.pool().memoryMb();
        return p;
    }

    /** The vCenter's storage profiles the provider VDC does not offer yet. */
    public static ProviderInventory.StorageProfiles availableProfiles(Tx tx, Viewer v,
                                                                      InventoryStore.ProviderVdc pvdc) {
        UUID id = pvdc.id();
        ProviderInventory.StorageProfiles list = new ProviderInventory.StorageProfiles();
        list.href = v.href(ProviderView.EXTENSION_PATH + id + "/availableStorageProfiles");
        list.type = MediaTypes.xml(MediaTypes.VMW_STORAGE_PROFILES);
        list.link("up", v.href(ProviderView.EXTENSION_PATH + id), MediaTypes.xml(MediaTypes.VMW_PROVIDER_VDC));
        var offered = inventory(tx).pvdcProfiles(id).stream().map(p -> p.profile().id()).toList();
        for (InventoryStore.Profile profile : inventory(tx).profiles(pvdc.vcenterId())) {
            if (!offered.contains(profile.id())) {
                list.profiles.add(vimProfile(tx, v, profile));
            }
        }
        return list;
    }

    /** A storage profile of a vCenter, on every datastore of vc1 (the simulated datastores are vc1's). */
    static ProviderInventory.VimStorageProfile vimProfile(Tx tx, Viewer v, InventoryStore.Profile profile) {
        ProviderInventory.VimStorageProfile s = new ProviderInventory.VimStorageProfile();
        s.name = profile.name();
        s.moRef = profile.moref();
        s.vimObjectType = "STORAGE_PROFILE";
        s.totalStorageMb = (double) profile.totalMb();
        s.freeStorageMb = (double) profile.totalMb();
        if (profile.vcenterId().equals(Provider.VCENTER_ID)) {
            Reference vc = server(tx, v, profile.vcenterId());
            for (DatastoreStore.Datastore d : Provider.datastores(tx)) {
                s.dataStoreRefs.add(ProviderView.vimRef(v, vc, d.moref(), "DATASTORE"));
            }
        }
        return s;
    }

    /** An object of a registered vCenter server. */
    static io.vcdsim.model.VimObjectRef vimRef(Tx tx, Viewer v, UUID vcenterId, String moref, String type) {
        return ProviderView.vimRef(v, server(tx, v, vcenterId), moref, type);
    }

    /** A reference to a registered vCenter server, by its id. */
    static Reference server(Tx tx, Viewer v, UUID id) {
        return inventory(tx).server(id).map(s -> v.adminRef(Kind.VCENTER, s.id(), s.name())).orElseThrow();
    }

    /** A storage profile as the extension shows it. */
    public static ProviderInventory.VmwStorageProfile storageProfile(Viewer v, InventoryStore.PvdcProfile profile) {
        ProviderInventory.VmwStorageProfile s = ProviderView.storageProfile(v, profile,
                new ProviderInventory.VmwStorageProfile());
        s.href = v.href(ProviderView.STORAGE_PROFILE_EXTENSION_PATH + profile.id());
        s.type = MediaTypes.xml(MediaTypes.VMW_PVDC_STORAGE_PROFILE);
        return s;
    }
}
