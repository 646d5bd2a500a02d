package io.vcdsim.views;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ProviderDocs;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VimObjectRef;
import io.vcdsim.store.DatastoreStore;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Provider VDCs, their storage profiles and the network pool, as a system administrator reads them. */
public final class ProviderView {
    private ProviderView() {
    }

    public static ProviderDocs.ProviderVdc providerVdc(Tx tx, Viewer v, InventoryStore.ProviderVdc pvdc) {
        ProviderDocs.ProviderVdc p = fill(tx, v, new ProviderDocs.ProviderVdc(), pvdc);
        p.link("up", v.href("/api/admin"), MediaTypes.xml(MediaTypes.VCLOUD));
        p.link("alternate", v.href(EXTENSION_PATH + pvdc.id()), MediaTypes.xml(MediaTypes.VMW_PROVIDER_VDC));
        String action = pvdc.enabled() ? "disable" : "enable";
        p.link(action, v.adminHref(Kind.PROVIDER_VDC, pvdc.id()) + "/action/" + action, null);
        Viewer.metadataLink(p);
        return p;
    }

    /** Where a provider VDC's extension view is: {@code /api/admin/extension/providervdc/{id}}. */
    static final String EXTENSION_PATH = "/api/admin/extension/providervdc/";

    /**
     * What the admin and the extension view of a provider VDC share: its storage profiles, VDCs, network pool, and
     * the tasks running on it (go-vcloud-director waits for them after a creation).
     */
    static <P extends ProviderDocs.ProviderVdc> P fill(Tx tx, Viewer v, P p, InventoryStore.ProviderVdc pvdc) {
        v.entity(p, Kind.PROVIDER_VDC, pvdc.id(), pvdc.name());
        p.status = 1;
        p.description = pvdc.description();
        p.tasks = TaskView.active(tx, v, pvdc.id());
        InventoryStore inventory = tx.store(InventoryStore::new);
        for (InventoryStore.PvdcProfile s : inventory.pvdcProfiles(pvdc.id())) {
            p.storageProfiles.add(v.ref(Kind.PROVIDER_VDC_STORAGE_PROFILE, s.id(), s.profile().name()));
        }
        java.util.Set<java.util.UUID> on = new java.util.HashSet<>(inventory.vdcsOn(pvdc.id()));
        long cpuAllocated = 0;
        long memoryAllocated = 0;
        for (VdcRow vdc : tx.resources().allVdcs()) {
            if (on.contains(vdc.id())) {
                p.vdcs.add(v.adminRef(Kind.VDC, vdc.id(), vdc.name()));
                cpuAllocated += vdc.cpuLimitMhz();
                memoryAllocated += vdc.memoryLimitMb();
            }
        }
        List<InventoryStore.PvdcPool> pools = inventory.pvdcPools(pvdc.id()).stream()
                .filter(InventoryStore.PvdcPool::enabled).toList();
        p.computeCapacity = new ProviderDocs.RootComputeCapacity();
        p.computeCapacity.cpu = new ProviderDocs.RootComputeCapacity.Capacity("MHz", cpuAllocated,
                pools.stream().mapToLong(pool -> pool.pool().cpuMhz()).sum());
        p.computeCapacity.memory = new ProviderDocs.RootComputeCapacity.Capacity("MB", memoryAllocated,
                pools.stream().mapToLong(pool -> pool.pool().memoryMb()).sum());
        p.computeCapacity.isElastic = pools.size() > 1;
        p.computeCapacity.isHA = false;
        p.isEnabled = pvdc.enabled();
        if (pvdc.vcenterId().equals(Provider.VCENTER_ID)) { // external networks stand on vc1's port groups
            for (ExternalNetworkRow n : tx.networks().externals()) {
                p.availableNetworks.add(new Reference(v.adminHref(Kind.NETWORK, n.id()),
                        Kind.EXTERNAL_NETWORK.urn(n.id()), MediaTypes.xml(MediaTypes.ADMIN_NETWORK), n.name()));
            }
        }
        tx.store(NetworkPoolStore::new).ofProviderVdc(pvdc.id()).ifPresent(pool ->
                p.networkPoolReferences.add(v.adminRef(Kind.NETWORK_POOL, pool.id(), pool.name())));
        return p;
    }

    /**
     * A storage profile of the provider VDC, without a capacity limit (0 MB: unlimited, as vCD writes it), with the
     * extension's link to enable or disable it.
     */
    public static ProviderDocs.StorageProfile storageProfile(Viewer v, InventoryStore.PvdcProfile profile) {
        return storageProfile(v, profile, new ProviderDocs.StorageProfile());
    }

    static <S extends ProviderDocs.StorageProfile> S storageProfile(Viewer v, InventoryStore.PvdcProfile profile,
                                                                     S s) {
        v.entity(s, Kind.PROVIDER_VDC_STORAGE_PROFILE, profile.id(), profile.profile().name());
        v.link(s, "up", Kind.PROVIDER_VDC, profile.providerVdcId());
        s.link("edit", v.href(STORAGE_PROFILE_EXTENSION_PATH + profile.id()),
                MediaTypes.xml(MediaTypes.VMW_PVDC_STORAGE_PROFILE));
        s.link("down", v.adminHref(Kind.PROVIDER_VDC_STORAGE_PROFILE, profile.id()) + "/metadata",
                MediaTypes.xml(MediaTypes.METADATA));
        s.enabled = profile.enabled();
        s.units = "MB";
        s.capacityTotal = 0L;
        s.capacityUsed = 0L;
        return s;
    }

    /** Where a provider VDC storage profile is enabled or disabled. */
    static final String STORAGE_PROFILE_EXTENSION_PATH = "/api/admin/extension/pvdcStorageProfile/";

    /** An object of the simulated vc1 as vCD refers to one: its server, managed object reference and type. */
    static VimObjectRef vimRef(Viewer v, String moref, String type) {
        return vimRef(v, v.adminRef(Kind.VCENTER, Provider.VCENTER_ID, Provider.VCENTER), moref, type);
    }

    static VimObjectRef vimRef(Viewer v, io.vcdsim.model.Reference server, String moref, String type) {
        VimObjectRef ref = new VimObjectRef();
        ref.vimServerRef = server;
        ref.moRef = moref;
        ref.vimObjectType = type;
        return ref;
    }

    public static ProviderDocs.DatastoreReferences datastores(Tx tx, Viewer v) {
        ProviderDocs.DatastoreReferences refs = new ProviderDocs.DatastoreReferences();
        refs.href = v.href("/api/admin/extension/datastores");
        refs.type = MediaTypes.xml(MediaTypes.DATASTORE_LIST);
        refs.link("up", v.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        for (DatastoreStore.Datastore d : Provider.datastores(tx)) {
            refs.reference.add(v.adminRef(Kind.DATASTORE, d.id(), d.name()));
        }
        return refs;
    }

    /**
     * A datastore with what the VMs on it take: every disk of every vApp and template VM placed there, provisioned
     * in full (a simulated disk is never thin).
     */
    public static ProviderDocs.Datastore datastore(Tx tx, Viewer v, DatastoreStore.Datastore d) {
        ProviderDocs.Datastore ds = v.entity(new ProviderDocs.Datastore(), Kind.DATASTORE, d.id(), d.name());
        ds.link("up", v.href("/api/admin/extension/datastores"), MediaTypes.xml(MediaTypes.DATASTORE_LIST));
        ds.vimObjectRef = vimRef(v, d.moref(), "DATASTORE");
        ds.enabled = true;
        ds.busy = false;
        ds.thresholdYellowGb = 0;
        ds.thresholdRedGb = 0;
        ds.datastoreFsType = d.fsType();
        ds.vcDisplayName = Provider.VCENTER;
        ds.totalCapacityMb = d.capacityMb();
        long used = 0;
        List<DatastoreStore.Datastore> all = Provider.datastores(tx);
        java.util.Set<String> known = new java.util.HashSet<>();
        all.forEach(a -> known.add(a.moref()));
        for (Map.Entry<String, String> vm : tx.compute().disksByDatastore()) {
            // a VM with no datastore of its own sits on the first
            if ((known.contains(vm.getKey()) ? vm.getKey() : all.get(0).moref()).equals(d.moref())) {
                used += VmHardware.disks(vm.getValue()).stream().mapToLong(Ovf.Disk::capacityMb).sum();
            }
        }
        ds.usedCapacityMb = used;
        ds.usedCapacityPercent = (int) (100 * used / d.capacityMb());
        ds.provisionedSpaceMb = used;
        ds.requestedStorageMb = used;
        return ds;
    }

    /**
     * What a VDC (or, without an allocation model, a VDC group) can do, as the cloudapi lists it; go-vcloud-director's
     * IsNsxv/IsNsxt read networkProvider.
     */
    public static List<Map<String, Object>> capabilities(String networkProvider, String allocationModel) {
        List<Map<String, Object>> all = new java.util.ArrayList<>(List.of(
                capability("networkProvider", networkProvider, "String", "General",
                        "The overlay stack that provides the VDC's networks"),
                capability("crossVdc", allocationModel == null, "Boolean", "OrgVdcNetwork",
                        "Supports cross-VDC networks"),
                capability("vappNetworkRouting", true, "Boolean", "VappNetwork", "Supports routed vApp networks")));
        if (allocationModel != null) {
            all.add(capability("allocationModel", allocationModel, "String", "General",
                    "How the VDC's compute is allocated"));
        }
        return all;
    }

    private static Map<String, Object> capability(String name, Object value, String type, String category,
                                                  String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", description);
        m.put("value", value);
        m.put("type", type);
        m.put("category", category);
        return m;
    }
}
