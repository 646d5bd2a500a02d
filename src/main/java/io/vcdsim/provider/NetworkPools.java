package io.vcdsim.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
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

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Network pools (the cloudapi's {@code networkPools}, also {@code /api/admin/extension/networkPool/{id}}): GENEVE on
 * an NSX-T manager's transport zone (one pool each), VLAN on a distributed switch of a vCenter with VLAN id ranges,
 * or PORTGROUP_BACKED on its distributed port groups. A system administrator's to make ({@code networkPoolCreate}: the
 * pool is listed at once, a failed task removes it), rename ({@code networkPoolUpdate}) and delete
 * ({@code networkPoolDelete}), which a pool a provider VDC draws on refuses; and to repair or sync with its transport
 * zone ({@code /api}'s {@code action/repair} and {@code action/sync}, API 32.0 to 35.0), tasks that leave it as it is:
 * a simulated pool's scope is its transport zone's, nothing is out of step.
 */
public final class NetworkPools {
    public static final String GENEVE = "GENEVE";
    public static final String VLAN = "VLAN";
    public static final String PORTGROUP = "PORTGROUP_BACKED";
    /** The segments a GENEVE pool offers (NSX-T's VNI range is far larger; vCD shows a count like this). */
    static final int GENEVE_BACKINGS = 65535;
    public static final String CREATE = "networkPoolCreate";
    public static final String UPDATE = "networkPoolUpdate";
    public static final String DELETE = "networkPoolDelete";
    /** vCD's operationName (its blocking task operations list it). */
    public static final String REPAIR = "networkRepairNetworkPool";
    /** Not in vCD's lists that are public; named as vCD names its repair. */
    public static final String SYNC = "networkSyncNetworkPool";
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_ITEMS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final TaskEngine engine;

    /** A VLAN id range, both ends included. */
    public record VlanRange(int startId, int endId) {
    }

    /** A reference to a vCenter object by its moref and name. */
    public record VimRef(String id, String name) {
    }

    /** What backs a VLAN or port group pool, as stored in its {@code backing} column. */
    public record Backing(List<VlanRange> vlanIdRanges, List<VimRef> vdsRefs, List<VimRef> portGroupRefs) {
        public Backing {
            vlanIdRanges = vlanIdRanges == null ? List.of() : List.copyOf(vlanIdRanges);
            vdsRefs = vdsRefs == null ? List.of() : List.copyOf(vdsRefs);
            portGroupRefs = portGroupRefs == null ? List.of() : List.copyOf(portGroupRefs);
        }
    }

    /**
     * A new pool: its type, the manager or vCenter managing it, and by type the transport zone (the manager's id for
     * it), or the switch morefs and VLAN ranges, or the port group morefs.
     */
    public record Spec(String name, String description, String poolType, UUID ownerId, String transportZone,
                       List<String> switches, List<VlanRange> ranges, List<String> portGroups) {
    }

    public record Created(NetworkPoolStore.Row pool, TaskRow task) {
    }

    /** A changed name and description, and for a VLAN pool its VLAN ranges (null: unchanged); the task's parameters. */
    public record Change(String name, String description, List<VlanRange> ranges) {
    }

    public NetworkPools(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(CREATE, (tx, task) -> locked(tx, task.ownerId()), (tx, task) -> pools(tx).delete(task.ownerId()));
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            NetworkPoolStore.Row now = locked(tx, task.ownerId());
            checkName(tx, c.name(), now.id());
            NetworkPoolStore.Row changed = now.renamed(c.name(), c.description());
            if (c.ranges() != null) {
                Backing b = backing(now);
                changed = changed.rebacked(json(new Backing(c.ranges(), b.vdsRefs(), b.portGroupRefs())),
                        vlanCount(c.ranges()));
            }
            pools(tx).save(changed);
        });
        for (String nothingChanges : new String[]{REPAIR, SYNC}) {
            engine.register(nothingChanges, (tx, task) -> locked(tx, task.ownerId()));
        }
        engine.register(DELETE, (tx, task) -> {
            checkUnused(tx, locked(tx, task.ownerId()));
            pools(tx).delete(task.ownerId());
        });
    }

    private static NetworkPoolStore pools(Tx tx) {
        return tx.store(NetworkPoolStore::new);
    }

    private static NetworkPoolStore.Row locked(Tx tx, UUID id) {
        return pools(tx).lock(id).orElseThrow(() -> ApiException.badRequest("The network pool was deleted."));
    }

    public static ObjectRef owner(NetworkPoolStore.Row pool) {
        return ObjectRef.of(Kind.NETWORK_POOL, pool.id(), pool.name());
    }

    /** A network pool, for a system administrator; else 403, as vCD's cloudapi answers. */
    public NetworkPoolStore.Row pool(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> pools(tx).find(id)).orElseThrow(() ->
                ApiException.forbidden("No network pool with id " + id + " is accessible."));
    }

    /** What backs a VLAN or port group pool (empty for GENEVE). */
    public static Backing backing(NetworkPoolStore.Row pool) {
        try {
            return JSON.readValue(pool.backing(), Backing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("network pool " + pool.id() + " has a backing that is not JSON", e);
        }
    }

    static String json(Backing b) {
        try {
            return JSON.writeValueAsString(b);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The backing of a VLAN pool on vc1's distributed switch. */
    static String vlanBacking(List<int[]> ranges) {
        return json(new Backing(ranges.stream().map(r -> new VlanRange(r[0], r[1])).toList(),
                List.of(new VimRef(NsxtInventory.DV_SWITCH_MOREF, NsxtInventory.DV_SWITCH_NAME)), List.of()));
    }

    public Created create(Principal p, Spec s, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        String name = Lengths.name(s.name(), MAX_NAME, "network pool");
        Lengths.atMost(s.description(), MAX_DESCRIPTION, "A network pool's description");
        if (s.poolType() == null) {
            throw ApiException.badRequest("A network pool needs its poolType: GENEVE, VLAN or PORTGROUP_BACKED.");
        }
        if (s.ownerId() == null) {
            throw ApiException.badRequest("A network pool needs managingOwnerRef: its NSX-T manager or vCenter server.");
        }
        return db.tx(tx -> {
            checkName(tx, name, null);
            NetworkPoolStore.Row row = switch (s.poolType()) {
                case GENEVE -> geneve(tx, s, name);
                case VLAN -> vlan(tx, s, name);
                case PORTGROUP -> portGroups(tx, s, name);
                default -> throw ApiException.badRequest("poolType is GENEVE, VLAN or PORTGROUP_BACKED, not '"
                        + (s.poolType().length() > 32 ? s.poolType().substring(0, 32) + "…" : s.poolType()) + "'.");
            };
            pools(tx).save(row);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating network pool " + name, by,
                    owner(row), true, null));
            return new Created(row, task);
        });
    }

    private static NetworkPoolStore.Row geneve(Tx tx, Spec s, String name) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        if (nsxt.manager(s.ownerId()).isEmpty()) {
            throw ApiException.invalidReference("A GENEVE pool's managingOwnerRef is a registered NSX-T manager, not "
                    + s.ownerId() + ".");
        }
        NsxtStore.Resource zone = s.transportZone() == null ? null
                : nsxt.resource(s.ownerId(), NsxtStore.TRANSPORT_ZONE, s.transportZone()).orElse(null);
        if (zone == null) {
            throw ApiException.invalidReference("A GENEVE pool's backing.transportZoneRef names a transport zone of "
                    + "its NSX-T manager.");
        }
        if (nsxt.transportZoneImported(zone.id())) {
            throw ApiException.badRequest("The transport zone " + zone.name() + " backs a network pool already.");
        }
        return new NetworkPoolStore.Row(UUID.randomUUID(), name, s.description(), GENEVE, s.ownerId(), zone.id(), "{}",
                GENEVE_BACKINGS, Instant.now());
    }

    private static NetworkPoolStore.Row vlan(Tx tx, Spec s, String name) {
        vCenter(tx, s.ownerId());
        List<String> switches = distinct(s.switches(), "backing.vdsRefs", "distributed switch");
        if (switches.size() != 1 || !switches.get(0).equals(NsxtInventory.DV_SWITCH_MOREF)
                || !s.ownerId().equals(Provider.VCENTER_ID)) {
            throw ApiException.invalidReference("A VLAN pool's backing.vdsRefs names one distributed switch of its "
                    + "vCenter (" + Provider.VCENTER + " has " + NsxtInventory.DV_SWITCH_MOREF + ").");
        }
        List<VlanRange> ranges = s.ranges() == null ? List.of() : s.ranges();
        int total = vlanCount(ranges);
        return new NetworkPoolStore.Row(UUID.randomUUID(), name, s.description(), VLAN, s.ownerId(), null,
                json(new Backing(ranges, List.of(new VimRef(NsxtInventory.DV_SWITCH_MOREF,
                        NsxtInventory.DV_SWITCH_NAME)), List.of())), total, Instant.now());
    }

    /** How many VLAN ids the ranges hold: 1 to 100 ranges within 1-4094 that do not overlap, else 400. */
    private static int vlanCount(List<VlanRange> ranges) {
        if (ranges.isEmpty() || ranges.size() > MAX_ITEMS || ranges.contains(null)) {
            throw ApiException.badRequest("A VLAN pool needs 1 to " + MAX_ITEMS + " backing.vlanIdRanges.");
        }
        int total = 0;
        List<VlanRange> sorted = ranges.stream().sorted(java.util.Comparator.comparingInt(VlanRange::startId)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            VlanRange r = sorted.get(i);
            if (r.startId() < 1 || r.endId() > 4094 || r.startId() > r.endId()) {
                throw ApiException.badRequest("A VLAN id range runs from startId to endId within 1 to 4094, not "
                        + r.startId() + "-" + r.endId() + ".");
            }
            if (i > 0 && sorted.get(i - 1).endId() >= r.startId()) {
                throw ApiException.badRequest("The VLAN id ranges " + sorted.get(i - 1).startId() + "-"
                        + sorted.get(i - 1).endId() + " and " + r.startId() + "-" + r.endId() + " overlap.");
            }
            total += r.endId() - r.startId() + 1;
        }
        return total;
    }

    private static NetworkPoolStore.Row portGroups(Tx tx, Spec s, String name) {
        vCenter(tx, s.ownerId());
        List<String> morefs = distinct(s.portGroups(), "backing.portGroupRefs", "port group");
        List<VimRef> refs = morefs.stream().map(m -> importablePortGroups(tx, s.ownerId()).stream()
                .filter(pg -> pg.moref().equals(m)).findFirst().map(pg -> new VimRef(pg.moref(), pg.name()))
                .orElseThrow(() -> ApiException.invalidReference("No importable distributed port group " + m
                        + " on the pool's vCenter."))).toList();
        return new NetworkPoolStore.Row(UUID.randomUUID(), name, s.description(), PORTGROUP, s.ownerId(), null,
                json(new Backing(List.of(), List.of(), refs)), refs.size(), Instant.now());
    }

    /**
     * The vCenters whose port groups may be imported: the one {@code vcenter} names, the one behind the provider VDC of
     * the VDC {@code vdc} names (go-vcloud-director's Vdc.GetAllVcenterImportableDvpgs filters by orgVdcId), or, with
     * neither, every registered one (its VCDClient.GetAllVcenterImportableDvpgs). Both named at once is a 400, as is
     * a VDC that does not exist; an unknown vCenter has no port groups.
     */
    public List<InventoryStore.Server> importableFrom(Principal p, String vcenter, String vdc) {
        p.requireSystemAdmin();
        if (vcenter != null && vdc != null) {
            throw ApiException.badRequest("Filter by virtualCenter.id== or orgVdcId==, not both.");
        }
        return db.read(tx -> {
            InventoryStore inventory = tx.store(InventoryStore::new);
            if (vdc != null) {
                UUID id = Ids.fromAny(vdc);
                if (id == null || tx.resources().vdc(id).isEmpty()) {
                    throw ApiException.badRequest("No VDC " + Lengths.shown(vdc) + ".");
                }
                return inventory.providerVdc(inventory.providerVdcOf(id)).flatMap(pvdc ->
                        inventory.server(pvdc.vcenterId())).stream().toList();
            }
            if (vcenter != null) {
                UUID id = Ids.fromAny(vcenter);
                return id == null ? List.<InventoryStore.Server>of() : inventory.server(id).stream().toList();
            }
            return inventory.servers();
        });
    }

    /** {@link #importablePortGroups(Tx, UUID)} in a read of its own. */
    public List<Provider.PortGroup> importablePortGroups(UUID vcenterId) {
        return db.read(tx -> importablePortGroups(tx, vcenterId));
    }

    /**
     * The distributed port groups of a vCenter that no external network, imported org VDC network or network pool
     * stands on (only vc1 has port groups).
     */
    public static List<Provider.PortGroup> importablePortGroups(Tx tx, UUID vcenterId) {
        if (!Provider.VCENTER_ID.equals(vcenterId)) {
            return List.of();
        }
        List<String> taken = Stream.concat(tx.networks().externals().stream()
                .flatMap(n -> tx.networks().portGroups(n.id()).stream()), tx.networks().importedPortGroups().stream())
                .toList();
        return Provider.PORT_GROUPS.stream().filter(pg -> Provider.DV_PORTGROUP.equals(pg.type()))
                .filter(pg -> !taken.contains(pg.moref()) && !inAPool(tx, pg.moref())).toList();
    }

    /** Whether a port group backs a network pool (then no external or imported network stands on it). */
    public static boolean inAPool(Tx tx, String moref) {
        return pools(tx).all().stream().anyMatch(p -> backing(p).portGroupRefs().stream()
                .anyMatch(r -> r.id().equals(moref)));
    }

    private static void vCenter(Tx tx, UUID id) {
        Optional<InventoryStore.Server> server = tx.store(InventoryStore::new).server(id);
        if (server.isEmpty()) {
            throw ApiException.invalidReference("A VLAN or port group pool's managingOwnerRef is a registered vCenter "
                    + "server, not " + id + ".");
        }
    }

    private static List<String> distinct(List<String> ids, String field, String what) {
        List<String> list = ids == null ? List.of() : ids;
        if (list.isEmpty() || list.size() > MAX_ITEMS || list.contains(null)
                || new LinkedHashSet<>(list).size() != list.size()) {
            throw ApiException.badRequest(field + " names 1 to " + MAX_ITEMS + " distinct " + what + "s by id.");
        }
        return list;
    }

    /** Renames a pool and, for a VLAN pool, sets its VLAN ranges (null: unchanged). */
    public TaskRow update(Principal p, UUID id, String name, String description, List<VlanRange> ranges,
                          TaskEngine.Caller by) {
        NetworkPoolStore.Row pool = pool(p, id);
        String newName = Lengths.name(name, MAX_NAME, "network pool");
        Lengths.atMost(description, MAX_DESCRIPTION, "A network pool's description");
        List<VlanRange> newRanges = VLAN.equals(pool.poolType()) && ranges != null && !ranges.isEmpty() ? ranges : null;
        if (newRanges != null) {
            vlanCount(newRanges);
        }
        return db.tx(tx -> {
            checkName(tx, newName, pool.id());
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating network pool " + pool.name(), by,
                    owner(pool), true, new Change(newName, description, newRanges)));
        });
    }

    public TaskRow delete(Principal p, UUID id, TaskEngine.Caller by) {
        NetworkPoolStore.Row pool = pool(p, id);
        return db.tx(tx -> {
            checkUnused(tx, pool);
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting network pool " + pool.name(), by,
                    owner(pool), true, null));
        });
    }

    /** {@code action/repair} or {@code action/sync}: a task on the pool, for a system administrator. */
    public TaskRow repairOrSync(Principal p, UUID id, boolean repair, TaskEngine.Caller by) {
        NetworkPoolStore.Row pool = pool(p, id);
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(repair ? REPAIR : SYNC,
                (repair ? "Repairing network pool " : "Synchronizing network pool ") + pool.name(), by, owner(pool),
                true, null)));
    }

    private static void checkName(Tx tx, String name, UUID except) {
        if (pools(tx).nameTaken(name, except == null ? new UUID(0, 0) : except)) {
            throw ApiException.duplicateName("A network pool named " + name + " exists already.");
        }
    }

    private static void checkUnused(Tx tx, NetworkPoolStore.Row pool) {
        List<String> users = pools(tx).providerVdcsUsing(pool.id());
        if (!users.isEmpty()) {
            throw ApiException.badRequest("The network pool " + pool.name() + " cannot be deleted: provider VDC "
                    + String.join(", ", users) + " uses it.");
        }
        List<String> clouds = AlbClouds.onPool(tx, pool.id());
        if (!clouds.isEmpty()) {
            throw ApiException.badRequest("The network pool " + pool.name() + " cannot be deleted: load balancer "
                    + "cloud " + String.join(", ", clouds) + " stands on it.");
        }
    }
}
