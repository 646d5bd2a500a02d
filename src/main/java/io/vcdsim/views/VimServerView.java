package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ProviderDocs;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registered vCenter servers and their hosts as a system administrator reads them, with the links to what each
 * server holds (free resource pools, storage profiles) and to the actions on it.
 */
public final class VimServerView {
    private VimServerView() {
    }

    private static InventoryStore inventory(Tx tx) {
        return tx.store(InventoryStore::new);
    }

    public static ProviderDocs.VimServer of(Viewer v, InventoryStore.Server s) {
        ProviderDocs.VimServer vc = v.entity(new ProviderDocs.VimServer(), Kind.VCENTER, s.id(), s.name());
        String self = vc.href;
        vc.link("edit", self, MediaTypes.xml(MediaTypes.VIM_SERVER));
        vc.link("down", self + "/resourcePoolList", MediaTypes.xml(MediaTypes.RESOURCE_POOL_LIST));
        vc.link("down", self + "/storageProfiles", MediaTypes.xml(MediaTypes.VMW_STORAGE_PROFILES));
        vc.link("down", self + "/vmsList", MediaTypes.xml(MediaTypes.VM_OBJECT_REFS_LIST));
        vc.link("importVmIntoExistingVApp", self + "/importVmIntoExistingVApp",
                MediaTypes.xml(MediaTypes.IMPORT_VM_PARAMS));
        for (String action : new String[]{"refresh", "refreshStorageProfiles", "forcevimserverreconnect"}) {
            vc.link(action, self + "/action/" + action, null);
        }
        if (!s.enabled()) {
            vc.link("unregister", self + "/action/unregister", null);
        }
        vc.description = s.description();
        vc.username = s.username();
        vc.url = s.url();
        vc.isEnabled = s.enabled();
        vc.isConnected = true;
        vc.useVsphereService = false;
        vc.version = s.version();
        vc.uuid = s.id().toString();
        return vc;
    }

    /** The registration's answer: the server, with the task that connects to it inside. */
    public static ProviderInventory.RegisterVimServerParams registered(Viewer v, InventoryStore.Server s,
                                                                       TaskRow task) {
        ProviderInventory.RegisterVimServerParams p = new ProviderInventory.RegisterVimServerParams();
        p.type = MediaTypes.xml(MediaTypes.REGISTER_VIM_SERVER_PARAMS);
        p.vimServer = of(v, s);
        p.vimServer.tasks = TaskView.of(v, List.of(task));
        return p;
    }

    public static ProviderDocs.VimServerReferences references(Tx tx, Viewer v) {
        ProviderDocs.VimServerReferences refs = new ProviderDocs.VimServerReferences();
        refs.href = v.href("/api/admin/extension/vimServerReferences");
        refs.type = MediaTypes.xml(MediaTypes.VIM_SERVER_REFERENCES);
        refs.link("add", v.href("/api/admin/extension/action/registervimserver"),
                MediaTypes.xml(MediaTypes.REGISTER_VIM_SERVER_PARAMS));
        for (InventoryStore.Server s : inventory(tx).servers()) {
            refs.vimServerReference.add(v.adminRef(Kind.VCENTER, s.id(), s.name()));
        }
        return refs;
    }

    /** The server's resource pools that back nothing yet, which a provider VDC may add. */
    public static ProviderInventory.ResourcePoolList freePools(Tx tx, Viewer v, InventoryStore.Server s) {
        ProviderInventory.ResourcePoolList list = new ProviderInventory.ResourcePoolList();
        list.href = v.adminHref(Kind.VCENTER, s.id()) + "/resourcePoolList";
        list.type = MediaTypes.xml(MediaTypes.RESOURCE_POOL_LIST);
        v.adminLink(list, "up", Kind.VCENTER, s.id());
        for (InventoryStore.Pool pool : inventory(tx).freePools(s.id())) {
            ProviderInventory.VimResourcePool r = new ProviderInventory.VimResourcePool();
            r.name = pool.name();
            r.moRef = pool.moref();
            r.vimObjectType = "RESOURCE_POOL";
            list.resourcePool.add(r);
        }
        return list;
    }

    /** Every storage profile of the server. */
    public static ProviderInventory.StorageProfiles storageProfiles(Tx tx, Viewer v, InventoryStore.Server s) {
        ProviderInventory.StorageProfiles list = new ProviderInventory.StorageProfiles();
        list.href = v.adminHref(Kind.VCENTER, s.id()) + "/storageProfiles";
        list.type = MediaTypes.xml(MediaTypes.VMW_STORAGE_PROFILES);
        v.adminLink(list, "up", Kind.VCENTER, s.id());
        inventory(tx).profiles(s.id()).forEach(p -> list.profiles.add(ProviderVdcView.vimProfile(tx, v, p)));
        return list;
    }

    /** The server's VMs vCD does not manage, which can be imported; one page of all of them. */
    public static ProviderInventory.VmObjectRefsList unmanagedVms(Tx tx, Viewer v, InventoryStore.Server s) {
        ProviderInventory.VmObjectRefsList list = new ProviderInventory.VmObjectRefsList();
        list.href = v.adminHref(Kind.VCENTER, s.id()) + "/vmsList";
        list.type = MediaTypes.xml(MediaTypes.VM_OBJECT_REFS_LIST);
        v.adminLink(list, "up", Kind.VCENTER, s.id());
        for (InventoryStore.UnmanagedVm vm : inventory(tx).unmanagedVms(s.id())) {
            ProviderInventory.NamedVimObjectRef ref = new ProviderInventory.NamedVimObjectRef();
            ref.name = vm.name();
            ref.vimServerRef = v.adminRef(Kind.VCENTER, s.id(), s.name());
            ref.moRef = vm.moref();
            ref.vimObjectType = "VIRTUAL_MACHINE";
            list.vmObjectRef.add(ref);
        }
        list.page = 1;
        list.pageSize = Math.max(1, list.vmObjectRef.size());
        list.numberOfPages = 1;
        return list;
    }

    public static ProviderInventory.HostReferences hostReferences(Tx tx, Viewer v) {
        ProviderInventory.HostReferences refs = new ProviderInventory.HostReferences();
        refs.href = v.href("/api/admin/extension/hostReferences");
        refs.type = MediaTypes.xml(MediaTypes.HOST_REFERENCES);
        refs.link("up", v.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        for (InventoryStore.Host h : inventory(tx).hosts()) {
            refs.hostReference.add(v.adminRef(Kind.HOST, h.id(), h.name()));
        }
        return refs;
    }

    /** A host, with the action its state allows (enable or disable). */
    public static ProviderInventory.Host host(Viewer v, InventoryStore.Host h) {
        ProviderInventory.Host host = v.entity(new ProviderInventory.Host(), Kind.HOST, h.id(), h.name());
        host.link("up", v.href("/api/admin/extension/hostReferences"), MediaTypes.xml(MediaTypes.HOST_REFERENCES));
        String action = h.enabled() ? "disable" : "enable";
        host.link(action, host.href + "/action/" + action, null);
        host.ready = true;
        host.available = true;
        host.enabled = h.enabled();
        host.busy = false;
        host.enableHostForHostSpanning = false;
        host.cpuType = "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz";
        host.numOfCpusPackages = 2;
        host.numOfCpusLogical = 80;
        host.cpuTotal = 84_000L;
        host.memUsed = 0L;
        host.memTotal = 786_432L;
        host.hostOsName = "VMware ESXi";
        host.hostOsVersion = "8.0.2";
        host.systemName = h.name();
        return host;
    }

    /** The server as the cloudapi's {@code virtualCenters} writes it (go-vcloud-director's VSphereVirtualCenter). */
    public static Map<String, Object> json(InventoryStore.Server s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vcId", Kind.VCENTER.urn(s.id()));
        m.put("name", s.name());
        m.put("description", s.description() == null ? "" : s.description());
        m.put("username", s.username());
        m.put("password", "******");
        m.put("url", s.url());
        m.put("isEnabled", s.enabled());
        m.put("vsphereWebClientServerUrl", "https://" + java.net.URI.create(s.url()).getHost() + "/ui");
        m.put("hasProxy", false);
        m.put("rootFolder", "group-d1");
        m.put("vcNoneNetwork", "");
        m.put("tenantVisibleName", s.name());
        m.put("isConnected", true);
        m.put("mode", "CLOUD");
        m.put("listenerState", "CONNECTED");
        m.put("clusterHealthStatus", "GREEN");
        m.put("vcVersion", s.version());
        m.put("buildNumber", "22617221");
        m.put("uuid", s.id().toString());
        return m;
    }

    /** Every pool of the server as {@code resourcePools/browseAll} lists them. */
    public static List<Map<String, Object>> poolsJson(Tx tx, InventoryStore.Server s) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        java.util.Set<UUID> free = inventory.freePools(s.id()).stream().map(InventoryStore.Pool::id)
                .collect(java.util.stream.Collectors.toSet());
        return inventory.pools(s.id()).stream().map(p -> json(p, free.contains(p.id()))).toList();
    }

    /** A pool as the cloudapi's {@code resourcePools/browseAll} lists it; eligible: free to back a provider VDC. */
    public static Map<String, Object> json(InventoryStore.Pool pool, boolean eligible) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("moref", pool.moref());
        m.put("clusterMoref", pool.clusterMoref());
        m.put("name", pool.name());
        m.put("vcId", Kind.VCENTER.urn(pool.vcenterId()));
        m.put("eligible", eligible);
        m.put("kubernetesEnabled", false);
        m.put("vgpuEnabled", false);
        return m;
    }

    /** The hardware versions a pool's hosts run, as {@code resourcePools/{moref}/hwv} lists them. */
    public static Map<String, Object> hardwareVersions(List<String> versions, String newest) {
        List<Map<String, Object>> supported = versions.stream().map(v -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("isDefault", v.equals(newest));
            one.put("name", v);
            return one;
        }).toList();
        return Map.of("versions", versions, "supportedVersions", supported);
    }
}
