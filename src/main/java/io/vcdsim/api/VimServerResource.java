package io.vcdsim.api;

import io.vcdsim.compute.HardwareVersions;
import io.vcdsim.compute.Sections;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ProviderDocs;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.provider.VSphereWebClient;
import io.vcdsim.provider.VimServers;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.views.VimServerView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * vCenter servers, for system administrators: the list ({@code vimServerReferences}), registration
 * ({@code action/registervimserver}), a server at {@code vimServer/{id}} (GET, PUT, its actions, its free
 * {@code resourcePoolList} and {@code storageProfiles}, its unmanaged {@code vmsList} and
 * {@code importVmIntoExistingVApp}, the vSphere Web Client URL of an object of it), the cloudapi's {@code virtualCenters}; and the servers' hosts
 * ({@code hostReferences}, {@code host/{id}} with enable and disable).
 */
public final class VimServerResource implements Routes {
    private static final String SERVER = "/api/admin/extension/vimServer/{id}";
    private final Database db;
    private final VimServers servers;
    private final QueryService queries;
    private final TaskViews tasks;
    private final VSphereWebClient webClient;

    public VimServerResource(Database db, VimServers servers, VSphereWebClient webClient, QueryService queries,
                             TaskViews tasks) {
        this.db = db;
        this.webClient = webClient;
        this.servers = servers;
        this.queries = queries;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/vimServerReferences", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.read(tx -> VimServerView.references(tx, Hrefs.viewer(x))),
                    MediaTypes.VIM_SERVER_REFERENCES);
        });
        r.post("/api/admin/extension/action/registervimserver", this::register);
        r.get(SERVER, x -> Reply.ok(VimServerView.of(Hrefs.viewer(x), server(x)), MediaTypes.VIM_SERVER));
        r.put(SERVER, x -> {
            InventoryStore.Server server = server(x);
            ProviderDocs.VimServer in = x.read(ProviderDocs.VimServer.class, "VimServer", MediaTypes.VIM_SERVER);
            VimServers.Changes c = new VimServers.Changes(in.name != null ? in.name : server.name(),
                    in.description, in.isEnabled != null ? in.isEnabled : server.enabled());
            return tasks.accepted(x, servers.update(server, c, TaskResource.caller(x.principal())));
        });
        r.post(SERVER + "/action/unregister", x -> tasks.accepted(x, servers.unregister(server(x),
                TaskResource.caller(x.principal()))));
        action(r, "refresh", VimServers.REFRESH, "Refreshing vCenter server");
        action(r, "refreshStorageProfiles", VimServers.REFRESH_STORAGE_PROFILES,
                "Refreshing storage profiles of vCenter server");
        action(r, "forcevimserverreconnect", VimServers.RECONNECT, "Reconnecting to vCenter server");
        r.get(SERVER + "/resourcePoolList", x -> {
            InventoryStore.Server server = server(x);
            return Reply.ok(db.read(tx -> VimServerView.freePools(tx, Hrefs.viewer(x), server)),
                    MediaTypes.RESOURCE_POOL_LIST);
        });
        r.get(SERVER + "/storageProfiles", x -> {
            InventoryStore.Server server = server(x);
            return Reply.ok(db.read(tx -> VimServerView.storageProfiles(tx, Hrefs.viewer(x), server)),
                    MediaTypes.VMW_STORAGE_PROFILES);
        });
        r.get(SERVER + "/{type}/{moref}/vSphereWebClientUrl", x -> {
            ProviderInventory.VSphereWebClientUrl url = new ProviderInventory.VSphereWebClientUrl();
            url.url = webClient.url(server(x), x.pathParam("type"), x.pathParam("moref"));
            return Reply.ok(url, MediaTypes.VSPHERE_WEB_CLIENT_URL);
        });
        r.get(SERVER + "/vmsList", x -> {
            InventoryStore.Server server = server(x);
            return Reply.ok(db.read(tx -> VimServerView.unmanagedVms(tx, Hrefs.viewer(x), server)),
                    MediaTypes.VM_OBJECT_REFS_LIST);
        });
        r.post(SERVER + "/importVmIntoExistingVApp", x -> {
            InventoryStore.Server server = server(x);
            ProviderInventory.ImportVmParams in = x.read(ProviderInventory.ImportVmParams.class,
                    "ImportVmIntoExistingVAppParams", MediaTypes.IMPORT_VM_PARAMS);
            UUID vapp = in.vApp == null ? null : Ids.fromAny(in.vApp.href);
            if (vapp == null) {
                throw ApiException.badRequest("ImportVmIntoExistingVAppParams needs the VApp to import into, by href.");
            }
            return tasks.accepted(x, servers.importVm(server, new VimServers.Import(server.id(),
                    in.vmMoRef == null ? null : in.vmMoRef.trim(), vapp, in.vmName, in.vmDescription,
                    Boolean.TRUE.equals(in.sourceMove)), TaskResource.caller(x.principal())));
        });
        r.get(V1 + "/virtualCenters", x -> CloudApi.page(x, queries, Kind.VCENTER.query(), null, "VirtualCenters",
                ids -> db.read(tx -> ids.stream().map(id -> tx.store(InventoryStore::new).server(id))
                        .flatMap(java.util.Optional::stream).map(VimServerView::json).toList())));
        r.get(V1 + "/virtualCenters/{id}", x -> Reply.json(200, VimServerView.json(
                servers.server(x.principal(), CloudApi.id(x, "id", Kind.VCENTER)))));
        // what go-vcloud-director reads to make a provider VDC: the server's pools, their hardware versions and
        // the storage profiles (of a pool's cluster, with the filter _context==<pool moref>)
        r.get(V1 + "/virtualCenters/{id}/resourcePools/browseAll", x -> {
            InventoryStore.Server server = cloudServer(x);
            return CloudApi.listPage(x, db.read(tx -> VimServerView.poolsJson(tx, server)), "ResourcePools");
        });
        r.get(V1 + "/virtualCenters/{id}/resourcePools/{moref}/hwv", x -> {
            InventoryStore.Server server = cloudServer(x);
            if (db.read(tx -> tx.store(InventoryStore::new).poolByMoref(server.id(), x.pathParam("moref"))).isEmpty()) {
                throw ApiException.notFound("vCenter server " + server.name() + " has no resource pool "
                        + x.pathParam("moref") + ".");
            }
            return Reply.json(200, VimServerView.hardwareVersions(HardwareVersions.SUPPORTED,
                    Sections.NEWEST_HARDWARE_VERSION));
        });
        r.get(V1 + "/virtualCenters/{id}/storageProfiles", x -> {
            InventoryStore.Server server = cloudServer(x);
            CloudApi.Paging p = CloudApi.Paging.of(x);
            if (p.filter() != null) {
                String pool = p.filter().startsWith("_context==") ? p.filter().substring("_context==".length()) : "";
                if (db.read(tx -> tx.store(InventoryStore::new).poolByMoref(server.id(), pool)).isEmpty()) {
                    throw ApiException.badRequest("Storage profiles are filtered by _context==<resource pool moref> "
                            + "of the vCenter server only, not " + p.filter() + ".");
                }
                p = new CloudApi.Paging(p.page(), p.pageSize(), null, p.sortAsc(), p.sortDesc());
            }
            List<Map<String, Object>> profiles = db.read(tx -> tx.store(InventoryStore::new).profiles(server.id()))
                    .stream().map(s -> Map.<String, Object>of("moref", s.moref(), "name", s.name())).toList();
            return CloudApi.listPage(x, p, profiles, "StorageProfiles");
        });

        r.get("/api/admin/extension/hostReferences", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.read(tx -> VimServerView.hostReferences(tx, Hrefs.viewer(x))),
                    MediaTypes.HOST_REFERENCES);
        });
        r.get("/api/admin/extension/host/{id}", x -> Reply.ok(VimServerView.host(Hrefs.viewer(x),
                servers.host(x.principal(), Hrefs.id(x, "id"))), MediaTypes.HOST));
        r.post("/api/admin/extension/host/{id}/action/enable", x -> tasks.accepted(x, servers.enable(
                servers.host(x.principal(), Hrefs.id(x, "id")), true, TaskResource.caller(x.principal()))));
        r.post("/api/admin/extension/host/{id}/action/disable", x -> tasks.accepted(x, servers.enable(
                servers.host(x.principal(), Hrefs.id(x, "id")), false, TaskResource.caller(x.principal()))));
    }

    private void action(Router r, String action, String operationName, String operation) {
        r.post(SERVER + "/action/" + action, x -> tasks.accepted(x, servers.act(server(x), operationName, operation,
                TaskResource.caller(x.principal()))));
    }

    private InventoryStore.Server cloudServer(Exchange x) {
        return servers.server(x.principal(), CloudApi.id(x, "id", Kind.VCENTER));
    }

    private InventoryStore.Server server(Exchange x) {
        return servers.server(x.principal(), Hrefs.id(x, "id"));
    }

    /** 200 with RegisterVimServerParams: the server as registered, its connecting task inside (pyvcloud waits). */
    private Reply register(Exchange x) {
        x.principal().requireSystemAdmin();
        ProviderInventory.RegisterVimServerParams in = x.read(ProviderInventory.RegisterVimServerParams.class,
                "RegisterVimServerParams", MediaTypes.REGISTER_VIM_SERVER_PARAMS);
        ProviderDocs.VimServer vc = in.vimServer;
        if (vc == null) {
            throw ApiException.badRequest("RegisterVimServerParams needs a VimServer.");
        }
        VimServers.Registered done = servers.register(new VimServers.Registration(vc.name, vc.description, vc.url,
                vc.username, vc.password, !Boolean.FALSE.equals(vc.isEnabled)), TaskResource.caller(x.principal()));
        return Reply.ok(VimServerView.registered(Hrefs.viewer(x), done.server(), done.task()),
                MediaTypes.REGISTER_VIM_SERVER_PARAMS);
    }
}
