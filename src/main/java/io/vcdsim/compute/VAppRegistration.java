package io.vcdsim.compute;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Database;
import io.vcdsim.store.DatastoreStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/admin/vdc/{id}/action/registerVApp} (API 5.5, a system administrator's): a vApp of a VDC made of
 * VMs whose files are already on a datastore of the vCenter the VDC's provider VDC stands on, as a replica's are.
 * RegisterVAppParams carries the source vApp's OVF descriptor and, for each of its virtual systems, the datastore
 * path of the .vmx that becomes it. vcdsim pairs the map's entries with the OVF's virtual systems in order (its OVF
 * reading keeps no BIOS UUID); a VM takes its name and NICs from its virtual system, the NICs' OVF networks mapped
 * to org VDC networks of the VDC (an unmapped one is disconnected), and its CPUs, memory, disk and guest OS from
 * the .vmx, the simulated vCenter's VM. The vCenter's VMs vCD does not manage have no file paths in the
 * inventory: a VM named {@code n} has its files at {@code [shared-disk-1] n/n.vmx}, on the vCenter's first
 * datastore, and a VM vCD manages at {@code [<its datastore>] n/n.vmx} (vcdsim keeps a VM's folder named after it).
 * The vApp is listed at once; the task takes the VMs off the vCenter's unmanaged list and leaves the vApp powered
 * off. A refused request changes nothing, a failed task leaves nothing behind.
 */
public final class VAppRegistration {
    /**
     * The reference and the clients do not name this task's operationName; named as vCD names the other vApp
     * creations of a VDC ({@code vdcComposeVapp}, {@code vdcInstantiateVapp}).
     */
    public static final String REGISTER = "vdcRegisterVapp";
    static final int MAX_VMS = 128;
    static final int MAX_MAP_ENTRIES = 1024;
    /** An OVF descriptor of a vApp of 128 VMs stays well under this. */
    static final int MAX_OVF_CHARS = 4 << 20;
    static final int MAX_PATH = 1024;
    /** {@code [datastore] folder/file.vmx}, as vSphere writes a datastore path. */
    private static final Pattern PATH = Pattern.compile("\\[([^\\]]+)] ([^/]+)/([^/]+)\\.vmx");

    private final Database db;
    private final TaskEngine engine;

    /** One VsToVmxMap entry. */
    public record Vmx(String biosUuid, String datastorePath, String storageProfile) {
    }

    /** One mapping of the request's ExternalNatIpMap or NicIpMap, from a source address to a new one. */
    public record IpMapping(String from, String to) {
    }

    /** What a RegisterVAppParams asks for; {@code networks} maps OVF network names to org VDC network names. */
    public record Request(String name, String description, String ovf, List<Vmx> vmx, Map<String, String> networks,
                          List<IpMapping> natIps, List<IpMapping> nicIps) {
    }

    /** The task's parameters: the vCenter and the VMs of it (by moref) that vCD now manages. */
    record Taken(UUID vcenterId, List<String> morefs) {
    }

    public record Registered(VAppRow vapp, TaskRow task) {
    }

    public VAppRegistration(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(REGISTER, Taken.class, (tx, task, t) -> take(tx, task.ownerId(), t),
                (tx, task, t) -> VAppService.removeVApp(tx, task.ownerId()));
        engine.announce(REGISTER, "vapp/create");
    }

    /** Checks the whole request, then lists the new vApp and starts its task, in one transaction. */
    public Registered register(VdcRow vdc, Request r, TaskEngine.Caller by) {
        List<Ovf.VirtualSystem> systems = checked(vdc, r);
        return db.tx(tx -> {
            // each VM on the storage profile of the VDC its entry names, by name or href (none: the default)
            List<VdcStorageProfileStore.Profile> profiles = tx.store(VdcStorageProfileStore::new).ofVdc(vdc.id());
            List<UUID> placed = new ArrayList<>();
            for (Vmx v : r.vmx()) {
                String sp = v.storageProfile() == null || v.storageProfile().isBlank() ? null
                        : v.storageProfile().trim();
                placed.add(sp == null ? null : profiles.stream().filter(p -> p.name().equals(sp)
                        || p.id().equals(Ids.fromAny(sp))).findFirst().orElseThrow(() -> ApiException
                        .invalidReference("VDC " + vdc.name() + " has no storage profile " + sp + ".")).id());
            }
            InventoryStore inventory = tx.store(InventoryStore::new);
            UUID vcenter = inventory.providerVdc(inventory.providerVdcOf(vdc.id())).orElseThrow(() ->
                    ApiException.badRequest("VDC " + vdc.name() + " stands on no provider VDC.")).vcenterId();
            Set<String> vdcNetworks = new HashSet<>();
            tx.networks().availableIn(vdc.id()).stream().map(NetworkRow::name).forEach(vdcNetworks::add);
            r.networks().forEach((ovfNetwork, vdcNetwork) -> {
                if (!vdcNetworks.contains(vdcNetwork)) {
                    throw ApiException.invalidReference("OVF network " + ovfNetwork + " is mapped to " + vdcNetwork
                            + ", which is not a network of VDC " + vdc.name() + ".");
                }
            });
            List<InventoryStore.UnmanagedVm> vms = new ArrayList<>();
            for (Vmx v : r.vmx()) {
                vms.add(resolve(tx, vcenter, v.datastorePath()));
            }
            VAppRow vapp = VAppCreation.newVApp(tx, vdc, r.name().trim(), r.description(), 0, by, engine.now());
            for (int i = 0; i < systems.size(); i++) {
                Ovf.VirtualSystem vs = systems.get(i);
                InventoryStore.UnmanagedVm source = vms.get(i);
                VmRow vm = VAppRecomposition.fromScratch(new VAppRecomposition.NewVm(vs.name(), null,
                        source.osType(), source.cpus(), source.memoryMb(), List.of(new Ovf.Disk(InternalDisks.newId(),
                        source.diskMb())), null, null,
                        null, null), vapp.id(), vapp.orgId(), i, engine.now());
                List<Ovf.Nic> nics = vs.nics().stream().map(n -> n.onNetwork(n.network() == null ? null
                        : r.networks().get(n.network()))).toList();
                tx.compute().insertVm(vm.withNics(VmHardware.json(nics)));
                Placement.vm(tx, vdc.id(), vm.id(), placed.get(i));
            }
            VAppNetworks.connect(tx, vapp, List.of()); // bridges the org VDC networks the NICs are on
            TaskRow task = engine.start(tx, new TaskEngine.Spec(REGISTER, "Registering Virtual Application "
                    + vapp.name() + "(" + vapp.id() + ")", by, VAppService.owner(vapp), true,
                    new Taken(vcenter, vms.stream().map(InventoryStore.UnmanagedVm::moref).toList())));
            return new Registered(vapp, task);
        });
    }

    /** Everything a request can be wrong in without reading the store; the OVF's virtual systems. */
    private static List<Ovf.VirtualSystem> checked(VdcRow vdc, Request r) {
        if (r.name() == null || r.name().isBlank() || r.name().trim().length() > 128) {
            throw ApiException.badRequest("RegisterVAppParams needs the vApp's name, 1 to 128 characters.");
        }
        Lengths.atMost(r.description(), 4096, "A vApp's Description");
        if (r.ovf() == null || r.ovf().isBlank()) {
            throw ApiException.badRequest("RegisterVAppParams needs the Ovf descriptor of the vApp.");
        }
        if (r.ovf().length() > MAX_OVF_CHARS) {
            throw ApiException.badRequest("The Ovf descriptor is at most " + MAX_OVF_CHARS + " characters.");
        }
        List<Ovf.VirtualSystem> systems = Ovf.parse(r.ovf().getBytes(StandardCharsets.UTF_8)).systems();
        if (r.vmx().isEmpty() || r.vmx().size() > MAX_VMS) {
            throw ApiException.badRequest("VsToVmxMap needs 1 to " + MAX_VMS + " entries, one for each VirtualSystem "
                    + "of the Ovf.");
        }
        if (r.vmx().size() != systems.size()) {
            throw ApiException.badRequest("The Ovf has " + systems.size() + " VirtualSystems and VsToVmxMap "
                    + r.vmx().size() + " entries: each virtual system needs the .vmx of its VM.");
        }
        Set<String> names = new HashSet<>();
        for (Ovf.VirtualSystem vs : systems) {
            if (!names.add(vs.name().toLowerCase(Locale.ROOT))) {
                throw ApiException.duplicateName("The Ovf names two VirtualSystems " + vs.name() + ".");
            }
        }
        Set<String> paths = new HashSet<>();
        Set<UUID> uuids = new HashSet<>();
        for (Vmx v : r.vmx()) {
            if (v.datastorePath() == null || v.datastorePath().length() > MAX_PATH
                    || !PATH.matcher(v.datastorePath()).matches()) {
                throw ApiException.badRequest("A VsToVmxMap Entry's datastorePath is a .vmx file's datastore path, "
                        + "\"[datastore] folder/name.vmx\", not " + v.datastorePath() + ".");
            }
            if (!paths.add(v.datastorePath())) {
                throw ApiException.badRequest("VsToVmxMap names " + v.datastorePath() + " twice.");
            }
            if (v.biosUuid() != null && !uuids.add(uuid(v.biosUuid()))) {
                throw ApiException.badRequest("VsToVmxMap names the BIOS UUID " + v.biosUuid() + " twice.");
            }
        }
        if (r.networks().size() > MAX_MAP_ENTRIES || r.natIps().size() > MAX_MAP_ENTRIES
                || r.nicIps().size() > MAX_MAP_ENTRIES) {
            throw ApiException.badRequest("Each map of RegisterVAppParams has at most " + MAX_MAP_ENTRIES
                    + " entries.");
        }
        for (IpMapping m : concat(r.natIps(), r.nicIps())) {
            IpScope.addressOf(m.from()); // both ends are IPv4 addresses; a malformed or missing one is a 400
            IpScope.addressOf(m.to());
        }
        return systems;
    }

    private static List<IpMapping> concat(List<IpMapping> a, List<IpMapping> b) {
        List<IpMapping> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("A VsToVmxMap Entry's biosUuid is a UUID, not " + text + ".");
        }
    }

    /** The datastore path of an unmanaged VM of the vCenter, as vcdsim derives it. */
    public static String pathOf(Tx tx, InventoryStore.UnmanagedVm vm) {
        return path(Provider.datastores(tx).get(0).name(), vm.name());
    }

    private static String path(String datastore, String vmName) {
        return "[" + datastore + "] " + vmName + "/" + vmName + ".vmx";
    }

    /**
     * The unmanaged VM of the vCenter a .vmx path names, locked until the transaction ends; a path of a VM vCD
     * manages, or of none, is refused.
     */
    private static InventoryStore.UnmanagedVm resolve(Tx tx, UUID vcenter, String datastorePath) {
        Matcher m = PATH.matcher(datastorePath);
        if (!m.matches()) {
            throw new IllegalStateException("a path checked before"); // checked() matched it
        }
        InventoryStore inventory = tx.store(InventoryStore::new);
        List<InventoryStore.UnmanagedVm> at = inventory.unmanagedVms(vcenter).stream()
                .filter(vm -> pathOf(tx, vm).equals(datastorePath)).toList();
        if (at.size() > 1) {
            throw ApiException.badRequest("More than one VM of the vCenter has its files at " + datastorePath + ".");
        }
        if (at.size() == 1) {
            return inventory.lockUnmanagedVm(vcenter, at.get(0).moref()).orElseThrow(() -> gone(datastorePath));
        }
        Optional<VmRow> managed = managedAt(tx, vcenter, m.group(1), datastorePath);
        if (managed.isPresent()) {
            throw ApiException.badRequest("The VM at " + datastorePath + " is managed by VMware Cloud Director "
                    + "already (VM " + managed.get().name() + ").");
        }
        throw gone(datastorePath);
    }

    private static ApiException gone(String datastorePath) {
        return ApiException.invalidReference("The vCenter server has no VM with its files at " + datastorePath + ".");
    }

    /** A VM of a VDC on this vCenter whose .vmx is at the path. */
    private static Optional<VmRow> managedAt(Tx tx, UUID vcenter, String datastore, String datastorePath) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        List<DatastoreStore.Datastore> datastores = Provider.datastores(tx); // read once for every VM below
        for (InventoryStore.ProviderVdc pvdc : inventory.providerVdcs()) {
            if (!pvdc.vcenterId().equals(vcenter)) {
                continue;
            }
            for (UUID vdcId : inventory.vdcsOn(pvdc.id())) {
                for (VAppRow a : tx.compute().vappsIn(vdcId)) {
                    for (VmRow vm : tx.compute().vms(a.id())) {
                        String on = Provider.datastoreOf(datastores, tx.compute().datastore(vm.id())).name();
                        if (on.equals(datastore) && path(on, vm.name()).equals(datastorePath)) {
                            return Optional.of(vm);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The task's work: vCD manages the VMs now (the vCenter lists them no longer), and the vApp is off. */
    private static void take(Tx tx, UUID vappId, Taken t) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        for (String moref : t.morefs()) {
            InventoryStore.UnmanagedVm vm = inventory.lockUnmanagedVm(t.vcenterId(), moref).orElseThrow(() ->
                    ApiException.badRequest("VM " + moref + " of the vCenter server was registered or removed "
                            + "meanwhile."));
            inventory.deleteUnmanagedVm(vm.id());
        }
        VAppCreation.finish(tx, vappId, false, false);
    }
}
