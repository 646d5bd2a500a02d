package io.vcdsim.compute;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A vApp's networks, its NetworkConfigSection: isolated ones with their own addressing, and ones bridged to an
 * org VDC network of the vApp's VDC or routed (fenced) behind one. A change names the whole list, as clients PUT
 * the section: a network keeps its identity by its id (the uuid of its Link), so a rename keeps its NICs; a
 * network left out goes, and the NICs on it are disconnected. Checked when asked for, applied by the vApp's
 * vdcUpdateVapp task.
 */
public final class VAppNetworks {
    /** The network a disconnected NIC names; vCD lists it as a placeholder, never as a network of its own. */
    public static final String NONE = "none";
    static final int MAX_NETWORKS = 32;
    static final int MAX_FEATURES = 65_536;
    static final Set<String> FENCE_MODES = Set.of(NetworkRow.ISOLATED, NetworkRow.BRIDGED, NetworkRow.ROUTED);
    public static final String RESET = "networkReset";
    public static final String SYNC_SYSLOG = "networkSyncSyslogServerSettings";

    private final Database db;
    private final TaskEngine engine;
    private final VAppService vapps;

    public VAppNetworks(Database db, TaskEngine engine, VAppService vapps) {
        this.db = db;
        this.engine = engine;
        this.vapps = vapps;
        // nothing to simulate: a vApp network's services are "reset" and its syslog settings synchronized at once
        engine.register(RESET, (tx, task) -> { });
        engine.register(SYNC_SYSLOG, (tx, task) -> { });
    }

    /** A network's addressing as a request gives it: a netmask or a prefix length. */
    public record ScopeIn(String gateway, String netmask, Integer prefixLength, String dns1, String dns2,
                          String dnsSuffix, List<IpScope.IpRange> ranges) {
    }

    /**
     * A network as asked for: {@code id} names one the vApp has (null: a new one); {@code parentId} the org VDC
     * network it is bridged or routed to; an inherited one takes its parent's addressing.
     */
    public record Wanted(UUID id, String name, String description, String fenceMode, UUID parentId,
                         Boolean inherited, ScopeIn scope, Boolean retainNetInfo, Boolean guestVlanAllowed,
                         String features) {
    }

    public List<VAppNetworkRow> of(UUID vappId) {
        return db.read(tx -> tx.vappNetworks().of(vappId));
    }

    /** The vApp network with this id, if the caller holds {@code right} in its org; else 403. */
    public VAppNetworkRow network(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.vappNetworks().find(id)), VAppNetworkRow::orgId, "vApp network",
                id);
    }

    /** The parent org VDC network of a bridged or routed vApp network. */
    public NetworkRow parent(VAppNetworkRow n) {
        return n.parentNetworkId() == null ? null : db.read(tx -> tx.networks().find(n.parentNetworkId())).orElse(null);
    }

    /** Replaces the vApp's networks with {@code wanted} (a PUT of its NetworkConfigSection). */
    public TaskRow replace(VAppRow a, List<Wanted> wanted, TaskEngine.Caller by) {
        List<VAppNetworkRow> planned = db.read(tx -> plan(tx, a, wanted));
        return vapps.updateNetworks(a, planned, by);
    }

    /** Changes one network (a PUT of the VAppNetwork); the others stay. */
    public TaskRow update(VAppRow a, VAppNetworkRow n, Wanted w, TaskEngine.Caller by) {
        List<Wanted> all = new ArrayList<>();
        for (VAppNetworkRow other : of(a.id())) {
            all.add(other.id().equals(n.id()) ? new Wanted(n.id(), w.name(), w.description(), w.fenceMode(),
                    w.parentId(), w.inherited(), w.scope(), w.retainNetInfo(), w.guestVlanAllowed(), w.features())
                    : kept(other));
        }
        return replace(a, all, by);
    }

    /** Removes one network; the NICs on it are disconnected. */
    public TaskRow delete(VAppRow a, VAppNetworkRow n, TaskEngine.Caller by) {
        return replace(a, of(a.id()).stream().filter(o -> !o.id().equals(n.id())).map(VAppNetworks::kept).toList(),
                by);
    }

    /** Reset (rel=repair) or syslog sync of a vApp network: a task on the network, once its vApp is deployed. */
    public TaskRow action(VAppRow a, VAppNetworkRow n, String operationName, TaskEngine.Caller by) {
        if (RESET.equals(operationName) && !a.deployed()) {
            throw ApiException.badRequest("The vApp " + a.name() + " is not deployed: its network " + n.name()
                    + " has no services to reset.");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(operationName, (RESET.equals(operationName)
                ? "Resetting" : "Synchronizing syslog settings of") + " network " + n.name() + "(" + n.id() + ")",
                by, io.vcdsim.core.ObjectRef.of(io.vcdsim.core.Kind.VAPP_NETWORK, n.id(), n.name()), false, null)));
    }

    private static Wanted kept(VAppNetworkRow n) {
        IpScope s = n.scope();
        return new Wanted(n.id(), n.name(), n.description(), n.fenceMode(), n.parentNetworkId(), n.inherited(),
                s == null ? null : new ScopeIn(s.gateway(), s.netmask(), s.v6() ? s.prefixLength() : null, s.dns1(),
                        s.dns2(), s.dnsSuffix(), s.ranges()), n.retainNetInfo(), n.guestVlanAllowed(), n.features());
    }

    /** The rows the wanted list makes, checked against the vApp and its VDC; 400 for what vCD refuses. */
    static List<VAppNetworkRow> plan(Tx tx, VAppRow a, List<Wanted> wanted) {
        // names are compared as they are kept: trimmed
        List<Wanted> real = wanted.stream().map(w -> w.name() == null ? w : new Wanted(w.id(), w.name().trim(),
                w.description(), w.fenceMode(), w.parentId(), w.inherited(), w.scope(), w.retainNetInfo(),
                w.guestVlanAllowed(), w.features())).filter(w -> !NONE.equals(w.name())).toList();
        if (real.size() > MAX_NETWORKS) {
            throw ApiException.badRequest("A vApp has at most " + MAX_NETWORKS + " networks.");
        }
        Map<UUID, VAppNetworkRow> existing = new HashMap<>();
        tx.vappNetworks().of(a.id()).forEach(n -> existing.put(n.id(), n));
        Set<String> names = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        List<VAppNetworkRow> rows = new ArrayList<>();
        for (Wanted w : real) {
            if (w.name() == null || w.name().isBlank() || w.name().length() > 128) {
                throw ApiException.badRequest("A vApp network needs a networkName of 1 to 128 characters.");
            }
            if (!names.add(w.name().toLowerCase(Locale.ROOT))) {
                throw ApiException.duplicateName("The vApp has two networks named " + w.name() + ".");
            }
            Lengths.atMost(w.description(), 4096, "A vApp network's Description");
            Lengths.atMost(w.features(), MAX_FEATURES, "A vApp network's Features");
            String mode = w.fenceMode() == null ? NetworkRow.ISOLATED : w.fenceMode();
            if (!FENCE_MODES.contains(mode)) {
                throw ApiException.badRequest("FenceMode " + mode + " is not one of " + FENCE_MODES + ".");
            }
            // a network keeps its id: named by its link, or else by its name (a client that sends no links)
            UUID known = w.id() != null && existing.containsKey(w.id()) ? w.id() : existing.values().stream()
                    .filter(n -> w.id() == null && n.name().equalsIgnoreCase(w.name())).map(VAppNetworkRow::id)
                    .findFirst().orElse(null);
            UUID id = known != null && ids.add(known) ? known : UUID.randomUUID();
            NetworkRow parent = parent(tx, a, mode, w);
            boolean inherited = parent != null && (mode.equals(NetworkRow.BRIDGED) || Boolean.TRUE.equals(w.inherited())
                    || w.scope() == null);
            IpScope scope = inherited ? null : scope(w);
            VAppNetworkRow was = existing.get(id);
            // a bridged network has no services of its own: what a client sends back with it is dropped, as vCD does
            String features = mode.equals(NetworkRow.BRIDGED) ? null
                    : mode.equals(NetworkRow.ROUTED) && (was == null || !was.fenceMode().equals(mode))
                    ? RoutedFeatures.withDefaults(w.features()) : w.features();
            Lengths.atMost(features, MAX_FEATURES, "A vApp network's Features (vCD's default services included)");
            rows.add(new VAppNetworkRow(id, a.id(), a.orgId(), w.name(), w.description(), mode,
                    parent == null ? null : parent.id(), inherited, scope,
                    w.retainNetInfo() != null ? w.retainNetInfo() : was != null && was.retainNetInfo(),
                    w.guestVlanAllowed() != null ? w.guestVlanAllowed() : was != null && was.guestVlanAllowed(),
                    features, rows.size()));
        }
        return rows;
    }

    /** A bridged or routed network's parent: an org VDC network of the vApp's own VDC, ready; none for isolated. */
    private static NetworkRow parent(Tx tx, VAppRow a, String mode, Wanted w) {
        if (mode.equals(NetworkRow.ISOLATED)) {
            if (w.parentId() != null) {
                throw ApiException.badRequest("An isolated vApp network has no ParentNetwork; network " + w.name()
                        + " names one.");
            }
            return null;
        }
        if (w.parentId() == null) {
            throw ApiException.badRequest("A " + mode + " vApp network needs a ParentNetwork: network " + w.name()
                    + " names none.");
        }
        return tx.networks().find(w.parentId()).filter(n -> n.status() != 0
                        && tx.networks().vdcsUsing(n).contains(a.vdcId()))
                .orElseThrow(() -> ApiException.invalidReference("ParentNetwork of " + w.name() + " is not a network "
                        + "of the vApp's VDC."));
    }

    private static IpScope scope(Wanted w) {
        ScopeIn s = w.scope();
        if (s == null) {
            throw ApiException.badRequest("vApp network " + w.name() + " needs an IpScope (Gateway and Netmask).");
        }
        return IpScope.ofVAppNetwork(s.gateway(), IpScope.maskOf(s.gateway(), s.netmask(), s.prefixLength()),
                s.dns1(), s.dns2(), s.dnsSuffix(),
                s.ranges() == null ? List.of() : s.ranges());
    }

    /**
     * What the vApp's update task does with the planned networks: they replace the vApp's, NICs of a renamed
     * network follow it, NICs of a removed one are disconnected. A parent deleted meanwhile fails the task.
     */
    static void apply(Tx tx, UUID vappId, List<VAppNetworkRow> planned) {
        Map<UUID, VAppNetworkRow> before = new HashMap<>();
        tx.vappNetworks().of(vappId).forEach(n -> before.put(n.id(), n));
        for (VAppNetworkRow n : planned) {
            if (n.parentNetworkId() != null && tx.networks().find(n.parentNetworkId()).isEmpty()) {
                throw ApiException.invalidReference("The parent network of " + n.name() + " no longer exists.");
            }
        }
        Map<String, String> renamed = new HashMap<>();
        before.values().forEach(old -> renamed.put(old.name(), planned.stream().filter(n -> n.id().equals(old.id()))
                .map(VAppNetworkRow::name).findFirst().orElse(null)));
        tx.vappNetworks().deleteOf(vappId);
        planned.forEach(n -> tx.vappNetworks().insert(n));
        for (VmRow vm : tx.compute().vms(vappId)) {
            List<Ovf.Nic> nics = new ArrayList<>();
            boolean changed = false;
            for (Ovf.Nic nic : VmHardware.nics(vm)) {
                String to = nic.network() != null && renamed.containsKey(nic.network()) ? renamed.get(nic.network())
                        : nic.network();
                changed |= changed(nic, to);
                nics.add(changed(nic, to) ? nic.onNetwork(to) : nic);
            }
            if (changed) {
                tx.compute().updateVm(vm.withNics(VmHardware.json(nics)));
            }
        }
    }

    private static boolean changed(Ovf.Nic nic, String to) {
        return !Objects.equals(to, nic.network());
    }

    /**
     * A new vApp's networks: those its InstantiationParams declare, and a bridged one for each other org VDC
     * network its NICs name, as vCD makes them on instantiation. A NIC on a network it has neither way (the OVF's
     * own, say) is disconnected, as vCD leaves it.
     */
    static void connect(Tx tx, VAppRow a, List<VAppNetworkRow> declared) {
        Set<String> connected = new HashSet<>();
        declared.forEach(n -> {
            tx.vappNetworks().insert(n);
            connected.add(n.name());
        });
        Set<String> named = new HashSet<>();
        for (VmRow vm : tx.compute().vms(a.id())) {
            VmHardware.nics(vm).forEach(n -> {
                if (n.network() != null) {
                    named.add(n.network());
                }
            });
        }
        bridge(tx, a, named, connected, declared.size());
        for (VmRow vm : tx.compute().vms(a.id())) {
            List<Ovf.Nic> nics = VmHardware.nics(vm);
            if (nics.stream().anyMatch(n -> n.network() != null && !connected.contains(n.network()))) {
                tx.compute().updateVm(vm.withNics(VmHardware.json(nics.stream().map(n -> n.network() == null
                        || connected.contains(n.network()) ? n : n.onNetwork(null)).toList())));
            }
        }
    }

    /**
     * A standalone VM's hidden vApp takes on, bridged, each org VDC network of its VDC that {@code nics} name and it
     * lacks, as vCD does when such a VM's NICs are changed (terraform's empty {@code vcd_vm} sets them so).
     */
    static void bridgeNamed(Tx tx, VAppRow a, List<Ovf.Nic> nics) {
        List<VAppNetworkRow> present = tx.vappNetworks().of(a.id());
        Set<String> connected = new HashSet<>();
        present.forEach(n -> connected.add(n.name()));
        Set<String> named = new HashSet<>();
        nics.stream().filter(n -> n.network() != null).forEach(n -> named.add(n.network()));
        bridge(tx, a, named, connected, present.size());
    }

    /** Bridges to the vApp each org VDC network of its VDC in {@code named} and not yet {@code connected}. */
    private static void bridge(Tx tx, VAppRow a, Set<String> named, Set<String> connected, int position) {
        int next = position;
        for (NetworkRow n : tx.networks().availableIn(a.vdcId())) {
            if (named.contains(n.name()) && connected.add(n.name())) {
                tx.vappNetworks().insert(new VAppNetworkRow(UUID.randomUUID(), a.id(), a.orgId(), n.name(),
                        n.description(), NetworkRow.BRIDGED, n.id(), true, null, false, false, null, next++));
            }
        }
    }
}
