package io.vcdsim.provider;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.compute.InternalDisks;
import io.vcdsim.compute.Provider;
import io.vcdsim.compute.VAppRecomposition;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Urls;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.tasks.TaskEngine;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * The vCenter servers vCD manages (the Programming Guide's "Attach a vCenter Server"): registered
 * ({@code vimServerRegister}; its task connects, which fails for a host no simulated vCenter answers at), changed
 * ({@code vimServerUpdate}), unregistered once disabled and backing no provider VDC ({@code vimServerUnregister}),
 * refreshed and reconnected; VMs they hold that vCD does not manage imported into vApps ({@code vimServerImportVm});
 * and their hosts, enabled and disabled ({@code hostEnable}, {@code hostDisable}).
 */
public final class VimServers {
    public static final String REGISTER = "vimServerRegister";
    public static final String UPDATE = "vimServerUpdate";
    public static final String UNREGISTER = "vimServerUnregister";
    public static final String REFRESH = "vimServerRefresh";
    public static final String REFRESH_STORAGE_PROFILES = "vimServerRefreshStorageProfiles";
    public static final String RECONNECT = "vimServerForceReconnect";
    public static final String IMPORT_VM = "vimServerImportVm";
    public static final String HOST_ENABLE = "hostEnable";
    public static final String HOST_DISABLE = "hostDisable";
    static final int MAX_NAME = 128;
    static final int MAX_URL = 1024;
    static final int MAX_HOST = 255;
    static final int MAX_USERNAME = 256;
    static final int MAX_DESCRIPTION = 4096;
    private final Database db;
    private final TaskEngine engine;
    private final Inventory.Shape shape;

    /** What a server is registered as. */
    public record Registration(String name, String description, String url, String username, String password,
                               boolean enabled) {
    }

    /** A VM of a server to import into a vApp, under a name; moved (it leaves the server's list) or copied. */
    public record Import(UUID serverId, String moref, UUID vappId, String name, String description, boolean move) {
    }

    /** What an edit of a server sets. */
    public record Changes(String name, String description, boolean enabled) {
    }

    public VimServers(Database db, TaskEngine engine, Inventory.Shape shape) {
        this.db = db;
        this.engine = engine;
        this.shape = shape;
        // the server is listed from the request on; a connection that fails forgets it again
        engine.register(REGISTER, (tx, task) -> connect(tx, task.ownerId()),
                (tx, task) -> inventory(tx).deleteServer(task.ownerId()));
        engine.register(UPDATE, Changes.class, (tx, task, c) -> apply(tx, task.ownerId(), c));
        engine.register(UNREGISTER, (tx, task) -> {
            checkUnregister(tx, locked(tx, task.ownerId()));
            inventory(tx).deleteServer(task.ownerId());
        });
        for (String nothingChanges : new String[]{REFRESH, REFRESH_STORAGE_PROFILES, RECONNECT}) {
            engine.register(nothingChanges, (tx, task) -> locked(tx, task.ownerId()));
        }
        engine.register(IMPORT_VM, Import.class, (tx, task, i) -> importVm(tx, i));
        engine.register(HOST_ENABLE, (tx, task) -> inventory(tx).enableHost(task.ownerId(), true));
        engine.register(HOST_DISABLE, (tx, task) -> inventory(tx).enableHost(task.ownerId(), false));
    }

    private static InventoryStore inventory(Tx tx) {
        return tx.store(InventoryStore::new);
    }

    /** A registered server, for a system administrator; else 403. */
    public InventoryStore.Server server(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> inventory(tx).server(id)).orElseThrow(() ->
                ApiException.forbidden("No vCenter server with id " + id + " is accessible."));
    }

    public InventoryStore.Host host(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> inventory(tx).host(id)).orElseThrow(() ->
                ApiException.forbidden("No host with id " + id + " is accessible."));
    }

    /** The new server, listed at once, and the task that connects to it. */
    public Registered register(Registration r, TaskEngine.Caller by) {
        String name = name(r.name());
        Lengths.atMost(r.description(), MAX_DESCRIPTION, "Description");
        String url = url(r.url());
        if (r.username() == null || r.username().isBlank() || r.username().length() > MAX_USERNAME) {
            throw ApiException.badRequest("A VimServer needs a Username of 1 to " + MAX_USERNAME + " characters.");
        }
        if (r.password() == null || r.password().isEmpty()) {
            throw ApiException.badRequest("A VimServer needs the Password of its Username.");
        }
        // the simulated vCenter the URL reaches; any other host is kept as written until the connection fails
        String host = Inventory.vCenterAt(url).orElse(URI.create(url).getHost().toLowerCase(Locale.ROOT));
        InventoryStore.Server server = new InventoryStore.Server(UUID.randomUUID(), name, r.description(), url, host,
                r.username().trim(), r.enabled(), Provider.VCENTER_VERSION);
        return db.tx(tx -> {
            inventory(tx).clash(name, host, server.id()).ifPresent(other -> {
                throw ApiException.duplicateName("vCenter server " + other.name() + " already has the name " + name
                        + " or the host " + host + ".");
            });
            inventory(tx).saveServer(server);
            return new Registered(server, engine.start(tx, new TaskEngine.Spec(REGISTER, "Registering vCenter server "
                    + name, by, owner(server), true, null)));
        });
    }

    /** A server just registered, and its connecting task. */
    public record Registered(InventoryStore.Server server, TaskRow task) {
    }

    public TaskRow update(InventoryStore.Server server, Changes c, TaskEngine.Caller by) {
        Changes checked = new Changes(name(c.name()), Lengths.atMost(c.description(), MAX_DESCRIPTION, "Description"),
                c.enabled());
        return db.tx(tx -> {
            checkName(tx, server, checked.name());
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating vCenter server " + server.name(), by,
                    owner(server), true, checked));
        });
    }

    public TaskRow unregister(InventoryStore.Server server, TaskEngine.Caller by) {
        return db.tx(tx -> {
            checkUnregister(tx, server);
            return engine.start(tx, new TaskEngine.Spec(UNREGISTER, "Unregistering vCenter server " + server.name(),
                    by, owner(server), true, null));
        });
    }

    /** {@code refresh}, {@code refreshStorageProfiles} or {@code forcevimserverreconnect}: a task on the server. */
    public TaskRow act(InventoryStore.Server server, String operationName, String operation, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(operationName, operation + " " + server.name(), by,
                owner(server), true, null)));
    }

    public TaskRow enable(InventoryStore.Host host, boolean enabled, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(enabled ? HOST_ENABLE : HOST_DISABLE,
                (enabled ? "Enabling host " : "Disabling host ") + host.name(), by,
                ObjectRef.of(Kind.HOST, host.id(), host.name()), true, null)));
    }

    /** Imports a VM the server has into a vApp (any org's: a system administrator's call), as a task on the vApp. */
    public TaskRow importVm(InventoryStore.Server server, Import i, TaskEngine.Caller by) {
        if (i.moref() == null || i.moref().isBlank()) {
            throw ApiException.badRequest("ImportVmIntoExistingVAppParams needs the VmMoRef of a VM of the server.");
        }
        Lengths.atMost(i.name(), MAX_NAME, "VmName");
        Lengths.atMost(i.description(), MAX_DESCRIPTION, "VmDescription");
        return db.tx(tx -> {
            VAppRow vapp = vappOn(tx, server.id(), i.vappId());
            InventoryStore.UnmanagedVm vm = unmanaged(tx, server.id(), i.moref());
            return engine.start(tx, new TaskEngine.Spec(IMPORT_VM, "Importing VM " + vm.name() + " into vApp "
                    + vapp.name(), by, ObjectRef.of(Kind.VAPP, vapp.id(), vapp.name()), true, i));
        });
    }

    /** A vApp whose VDC's provider VDC stands on this server: where a VM of it may run. */
    private static VAppRow vappOn(Tx tx, UUID server, UUID vappId) {
        VAppRow vapp = tx.compute().vapp(vappId).orElseThrow(() ->
                ApiException.invalidReference("No vApp with id " + vappId + " exists."));
        UUID pvdc = inventory(tx).providerVdcOf(vapp.vdcId());
        if (inventory(tx).providerVdc(pvdc).filter(p -> p.vcenterId().equals(server)).isEmpty()) {
            throw ApiException.badRequest("vApp " + vapp.name() + " is in a VDC of another vCenter server's "
                    + "provider VDC.");
        }
        return vapp;
    }

    private static InventoryStore.UnmanagedVm unmanaged(Tx tx, UUID server, String moref) {
        return inventory(tx).lockUnmanagedVm(server, moref).orElseThrow(() -> ApiException.invalidReference(
                "The vCenter server has no VM " + moref + " that vCD does not manage."));
    }

    private void importVm(Tx tx, Import i) {
        InventoryStore.UnmanagedVm vm = unmanaged(tx, i.serverId(), i.moref());
        VAppRow vapp = vappOn(tx, i.serverId(), i.vappId());
        VAppRecomposition.addNew(tx, vapp, new VAppRecomposition.NewVm(i.name() != null ? i.name() : vm.name(),
                i.description(), vm.osType(), vm.cpus(), vm.memoryMb(), java.util.List.of(new Ovf.Disk(
                        InternalDisks.newId(), vm.diskMb())), null, null,
                null, null), engine.now());
        if (i.move()) {
            inventory(tx).deleteUnmanagedVm(vm.id());
        }
    }

    private static ObjectRef owner(InventoryStore.Server server) {
        return ObjectRef.of(Kind.VCENTER, server.id(), server.name());
    }

    private static InventoryStore.Server locked(Tx tx, UUID id) {
        return inventory(tx).lockServer(id).orElseThrow(() ->
                ApiException.badRequest("The vCenter server was unregistered."));
    }

    /** Connecting learns the simulated vCenter's inventory; a host none answers at fails as vCD's does. */
    private void connect(Tx tx, UUID id) {
        InventoryStore.Server server = locked(tx, id);
        if (Inventory.vCenterAt(server.url()).isEmpty()) {
            throw ApiException.badRequest("Unable to connect to the vCenter server at " + server.url()
                    + ": no vCenter server answers at host " + server.host() + " (vcdsim simulates "
                    + String.join(", ", Inventory.VCENTERS) + ").");
        }
        if (!inventory(tx).hasInventory(id)) {
            Inventory.discover(tx, id, server.host(), shape);
        }
    }

    private static void apply(Tx tx, UUID id, Changes c) {
        InventoryStore.Server server = locked(tx, id);
        checkName(tx, server, c.name());
        inventory(tx).saveServer(server.with(c.name(), c.description(), c.enabled()));
    }

    private static void checkName(Tx tx, InventoryStore.Server server, String name) {
        inventory(tx).clash(name, server.host(), server.id()).ifPresent(other -> {
            throw ApiException.duplicateName("A vCenter server named " + name + " is already registered.");
        });
    }

    private static void checkUnregister(Tx tx, InventoryStore.Server server) {
        if (server.enabled()) {
            throw ApiException.badRequest("vCenter server " + server.name() + " must be disabled before it is "
                    + "unregistered.");
        }
        if (inventory(tx).backsProviderVdc(server.id())) {
            throw ApiException.badRequest("vCenter server " + server.name() + " backs a provider VDC and cannot be "
                    + "unregistered.");
        }
    }

    private static String name(String name) {
        return Lengths.name(name, MAX_NAME, "vCenter server").trim();
    }

    /** An http(s) URL with a host of at most 255 characters (the store's), as vCD takes a server's address. */
    private static String url(String url) {
        URI u = Urls.http(url, MAX_URL, "A VimServer's Url");
        if (u.getHost().length() > MAX_HOST) {
            throw ApiException.badRequest("The host of a VimServer's Url is at most " + MAX_HOST + " characters.");
        }
        return url.trim();
    }
}
