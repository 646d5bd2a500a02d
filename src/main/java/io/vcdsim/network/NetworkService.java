package io.vcdsim.network;

import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Org VDC networks, simulated: isolated (their own subnet), routed (an internal interface of an edge gateway of their
 * VDC) or direct (bridged to one of the {@link ExternalNetworks}, whose addressing they take).
 * Each exists, not ready (status 0), from the request on, until its creation task ends; an abort removes it.
 * A network in use (VM NICs on it) is not deleted.
 */
public final class NetworkService {
    public static final String CREATE = "networkCreateOrgVdcNetwork";
    public static final String UPDATE = "networkUpdateNetwork";
    public static final String DELETE = "networkDelete";
    public static final String CONVERT = "networkConvertInterface";
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    private final Database db;
    private final TaskEngine engine;

    /** How a routed network is to be on its edge (a {@link NetworkRow#INTERNAL} and the others). */
    public record Conversion(String edgeInterface) {
    }

    /** What an org VDC network update sets: all of it, as a PUT of the whole network does. */
    public record Update(String name, String description, IpScope scope, boolean shared, boolean guestVlanAllowed) {
    }

    /**
     * An org VDC network as a client asks for it; {@code scope} is null for a direct one, {@code imported} (an
     * isolated one's) is what an imported network stands on, null for any other.
     */
    public record Spec(String name, String description, String fenceMode, IpScope scope, UUID parentNetworkId,
                       UUID edgeGatewayId, boolean subInterface, boolean distributedInterface, boolean shared,
                       boolean guestVlanAllowed, ImportedBacking imported) {
    }

    public record Created(NetworkRow network, TaskRow task) {
    }

    public NetworkService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(CREATE, (tx, task) -> tx.networks().find(task.ownerId())
                        .ifPresent(n -> tx.networks().update(n.with(n.name(), n.description(), n.scope(), n.shared(),
                                n.guestVlanAllowed(), 1))),
                (tx, task) -> tx.networks().delete(task.ownerId()));
        engine.register(UPDATE, Update.class, (tx, task, u) -> {
            NetworkRow n = locked(tx, task.ownerId());
            if (!n.name().equals(u.name())) {
                renameOnNics(tx, n, u.name());
            }
            tx.networks().update(n.with(u.name(), u.description(), u.scope(), u.shared(), u.guestVlanAllowed(),
                    n.status()));
        });
        engine.register(DELETE, (tx, task) -> {
            NetworkRow n = locked(tx, task.ownerId());
            List<String> users = nicUsers(tx, n);
            if (!users.isEmpty()) {
                throw ApiException.badRequest("Network " + n.name() + " cannot be deleted: it is in use by VM(s) "
                        + String.join(", ", users) + ".");
            }
            List<String> vappNetworks = tx.vappNetworks().onParent(n.id()).stream().map(v -> v.name()).toList();
            if (!vappNetworks.isEmpty()) {
                throw ApiException.badRequest("Network " + n.name() + " cannot be deleted: vApp network(s) "
                        + String.join(", ", vappNetworks) + " are connected to it.");
            }
            tx.metadata().deleteFor(n.id());
            tx.networks().delete(n.id());
        });
        engine.register(CONVERT, Conversion.class, (tx, task, c) -> {
            NetworkRow n = locked(tx, task.ownerId());
            if (NetworkRow.DISTRIBUTED.equals(c.edgeInterface()) && tx.edges().find(n.edgeGatewayId())
                    .map(e -> !e.distributedRouting()).orElse(true)) {
                throw ApiException.badRequest("The edge gateway of network " + n.name() + " has no distributed "
                        + "routing: enable it first.");
            }
            tx.networks().setEdgeInterface(n.id(), c.edgeInterface());
        });
        engine.announce(CREATE, "network/create");
        engine.announce(UPDATE, "network/modify");
        engine.announce(DELETE, "network/delete");
    }

    /** An org VDC network, if the caller holds {@code right} in its org; else 403. */
    public NetworkRow network(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.networks().find(id)), NetworkRow::orgId, "network", id);
    }

    /** An org VDC network in a VDC: isolated or routed with its own scope, or direct on an external network. */
    public Created create(Principal p, VdcRow vdc, Spec spec, TaskEngine.Caller by) {
        checked(p, spec);
        return db.tx(tx -> insert(tx, vdc, null, spec, by));
    }

    /**
     * A data center group network: an isolated one, or one routed by an edge gateway the group owns, which every member
     * VDC's vApps may use. It is kept with a VDC of the group: its edge's, or else the group's first member.
     */
    public Created createInVdcGroup(Principal p, UUID groupId, Spec spec, TaskEngine.Caller by) {
        checked(p, spec);
        if (NetworkRow.BRIDGED.equals(spec.fenceMode())) {
            throw ApiException.badRequest("A direct network belongs to a VDC, not to a VDC group.");
        }
        return db.tx(tx -> {
            VdcGroupStore.Row g = p.require(Right.ORG_EDIT, tx.store(VdcGroupStore::new).lock(groupId),
                    VdcGroupStore.Row::orgId, "VDC group", groupId);
            UUID home = spec.edgeGatewayId() != null ? tx.edges().find(spec.edgeGatewayId())
                    .filter(e -> tx.edges().vdcGroup(e.id()).filter(groupId::equals).isPresent())
                    .map(EdgeGatewayRow::vdcId).orElseThrow(() -> ApiException.invalidReference("The edge gateway is "
                            + "not one VDC group " + g.name() + " owns: move it into the group first."))
                    : g.members().stream().findFirst().orElse(null);
            VdcRow vdc = Optional.ofNullable(home).flatMap(tx.resources()::vdc).orElseThrow(() ->
                    ApiException.badRequest("VDC group " + g.name() + " has no member VDC."));
            return insert(tx, vdc, groupId, spec, by);
        });
    }

    /** What is checked of a new network before a transaction opens. */
    private static void checked(Principal p, Spec spec) {
        checkName(spec.name());
        Lengths.atMost(spec.description(), MAX_DESCRIPTION, "Description");
        String fence = spec.fenceMode();
        if (spec.subInterface() && spec.distributedInterface()) {
            throw ApiException.badRequest("A routed network is a SubInterface or a DistributedInterface, not both.");
        }
        if (NetworkRow.ROUTED.equals(fence)) {
            if (spec.edgeGatewayId() == null) {
                throw ApiException.badRequest("A natRouted network needs the EdgeGateway that routes it.");
            }
            if (spec.scope() == null) {
                throw ApiException.badRequest("A natRouted network needs an IpScope with its Gateway and Netmask.");
            }
        } else if (NetworkRow.BRIDGED.equals(fence)) {
            p.requireSystemAdmin(); // only a system administrator connects an org to a provider's network
            if (spec.parentNetworkId() == null) {
                throw ApiException.badRequest("A direct (bridged) network needs a ParentNetwork: the external "
                        + "network it connects to.");
            }
        } else if (!NetworkRow.ISOLATED.equals(fence)) {
            throw ApiException.badRequest("FenceMode is isolated, natRouted or bridged, not '" + Lengths.shown(fence) + "'.");
        } else if (spec.scope() == null) {
            throw ApiException.badRequest("An isolated network needs an IpScope with its Gateway and Netmask.");
        }
    }

    /** Makes the network in {@code vdc}, owned by the VDC group {@code groupId} if it is not null. */
    private Created insert(Tx tx, VdcRow vdc, UUID groupId, Spec spec, TaskEngine.Caller by) {
        String checkedName = checkName(spec.name());
        String fence = spec.fenceMode();
        IpScope scope = spec.scope();
        UUID parent = null;
        UUID edge = null;
        String edgeInterface = null;
        if (NetworkRow.ROUTED.equals(fence)) {
            EdgeGatewayRow e = tx.edges().lock(spec.edgeGatewayId())
                    .filter(g -> g.vdcId().equals(vdc.id()) && g.status() == 1)
                    .orElseThrow(() -> ApiException.invalidReference("The EdgeGateway is not a ready edge gateway "
                            + "of VDC " + vdc.name() + "."));
            if (!tx.edges().vdcGroup(e.id()).equals(Optional.ofNullable(groupId))) {
                throw ApiException.badRequest("A network routed by edge gateway " + e.name() + " has the edge's "
                        + "owner (ownerRef): " + (groupId == null ? "the VDC group the edge is in" : "its VDC")
                        + ".");
            }
            edgeInterface = spec.subInterface() ? NetworkRow.SUBINTERFACE
                    : spec.distributedInterface() ? NetworkRow.DISTRIBUTED : NetworkRow.INTERNAL;
            if (NetworkRow.DISTRIBUTED.equals(edgeInterface) && !e.distributedRouting()) {
                throw ApiException.badRequest("Edge gateway " + e.name() + " has no distributed routing.");
            }
            edge = e.id();
        }
        if (NetworkRow.BRIDGED.equals(fence)) {
            // one being made (status 0) would be in its creation's way if that were aborted
            ExternalNetworkRow ext = tx.networks().lockExternal(spec.parentNetworkId()).filter(x -> x.status() == 1)
                    .orElseThrow(() -> ApiException.invalidReference("The ParentNetwork is not an external "
                            + "network ready for use."));
            scope = tx.networks().scopes(ext.id()).get(0);
            parent = ext.id();
        }
        if (tx.networks().ofOrg(vdc.orgId()).stream().anyMatch(n -> n.name().equalsIgnoreCase(checkedName))) {
            throw ApiException.duplicateName("The organization already has a network named " + checkedName
                    + ".");
        }
        NetworkRow n = new NetworkRow(UUID.randomUUID(), vdc.orgId(), vdc.id(), checkedName, spec.description(),
                fence, scope, parent, edge, edgeInterface, spec.shared(), spec.guestVlanAllowed(), 0, engine.now());
        tx.networks().insert(n);
        if (groupId != null) {
            tx.networks().setVdcGroup(n.id(), groupId);
        }
        if (spec.imported() != null) {
            spec.imported().back(tx, n, vdc, groupId);
        }
        TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating Network " + checkedName + "("
                + n.id() + ")", by, owner(n), true, null));
        return new Created(n, task);
    }

    /**
     * A PUT of the whole network: name, description, sharing, guest VLAN tagging (null: as they were), and (isolated
     * networks) its scope; the fence mode and
     * the network it bridges to stay. A network VMs use keeps its name: their NICs name it.
     */
    public TaskRow update(NetworkRow n, String name, String description, IpScope scope, Boolean shared,
                          Boolean guestVlanAllowed, TaskEngine.Caller by) {
        String checkedName = checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        IpScope newScope = n.scope();
        if (scope != null && !NetworkRow.BRIDGED.equals(n.fenceMode())) {
            if (!scope.gateway().equals(n.scope().gateway()) || !scope.mask().equals(n.scope().mask())) {
                throw ApiException.badRequest("A network's gateway and netmask stay as they were created ("
                        + n.scope().gateway() + (n.scope().v6() ? "/" + n.scope().prefixLength()
                        : ", " + n.scope().mask()) + ").");
            }
            newScope = scope;
        }
        Update u = new Update(checkedName, description, newScope, shared == null ? n.shared() : shared,
                guestVlanAllowed == null ? n.guestVlanAllowed() : guestVlanAllowed);
        return db.tx(tx -> {
            if (tx.networks().ofOrg(n.orgId()).stream().anyMatch(o -> !o.id().equals(n.id())
                    && o.name().equalsIgnoreCase(checkedName))) {
                throw ApiException.duplicateName("The organization already has a network named " + checkedName
                        + ".");
            }
            NetworkDhcp.checkStaticPool(tx, n, u.scope());
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Network " + n.name() + "(" + n.id() + ")",
                    by, owner(n), true, u));
        });
    }

    /**
     * Makes a routed network its edge's own interface, a sub-interface of its trunk, or an interface of its
     * distributed router (which the edge must have when the task runs).
     */
    public TaskRow convert(NetworkRow n, String edgeInterface, TaskEngine.Caller by) {
        if (n.edgeGatewayId() == null) {
            throw ApiException.badRequest("Network " + n.name() + " is not routed: only a routed network's interface "
                    + "converts.");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(CONVERT, "Converting the interface of Network "
                + n.name() + "(" + n.id() + ")", by, owner(n), true, new Conversion(edgeInterface))));
    }

    /** The task fails while VMs are connected to the network. */
    public TaskRow delete(NetworkRow n, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Network " + n.name() + "("
                + n.id() + ")", by, owner(n), true, null)));
    }

    /**
     * A renamed org VDC network keeps its VMs: the NICs that name it (in vApps without a vApp network of that name,
     * which would be what they are on) name it anew. A vApp network bridged to it keeps its own name.
     */
    private static void renameOnNics(Tx tx, NetworkRow n, String newName) {
        for (var vapp : tx.networks().vdcsUsing(n).stream().flatMap(v -> tx.compute().vappsIn(v).stream()).toList()) {
            if (tx.vappNetworks().of(vapp.id()).stream().anyMatch(v -> v.name().equals(n.name()))) {
                continue;
            }
            boolean taken = tx.vappNetworks().of(vapp.id()).stream().anyMatch(v -> v.name().equals(newName));
            for (var vm : tx.compute().vms(vapp.id())) {
                var nics = VmHardware.nics(vm);
                if (nics.stream().anyMatch(nic -> n.name().equals(nic.network()))) {
                    if (taken) { // its NICs would land on that vApp network
                        throw ApiException.badRequest("Network " + n.name() + " cannot be named " + newName + ": vApp "
                                + vapp.name() + " has a network of that name and VMs on " + n.name() + ".");
                    }
                    tx.compute().updateVm(vm.withNics(VmHardware.json(nics.stream().map(nic ->
                            n.name().equals(nic.network()) ? nic.onNetwork(newName) : nic).toList())));
                }
            }
        }
    }

    /** The VMs of the network's VDCs with a NIC on it (NICs name their network). */
    private static List<String> nicUsers(Tx tx, NetworkRow n) {
        return nicUsers(tx, n, tx.networks().vdcsUsing(n));
    }

    /** The VMs of {@code vdcIds} with a NIC on the network. */
    static List<String> nicUsers(Tx tx, NetworkRow n, List<UUID> vdcIds) {
        return vdcIds.stream().flatMap(v -> tx.compute().vappsIn(v).stream())
                .flatMap(a -> tx.compute().vms(a.id()).stream())
                .filter(vm -> VmHardware.nics(vm).stream().anyMatch(nic -> n.name().equals(nic.network())))
                .map(vm -> vm.name())
                .toList();
    }

    /** A network's changes are owned by it: their tasks name it. */
    static ObjectRef owner(NetworkRow n) {
        return ObjectRef.of(Kind.NETWORK, n.id(), n.name());
    }

    /** The network a task changes, locked until the transaction ends; one deleted meanwhile fails the task. */
    static NetworkRow locked(Tx tx, UUID networkId) {
        return tx.networks().lock(networkId).orElseThrow(() -> ApiException.badRequest("The network was deleted."));
    }

    private static String checkName(String name) {
        return checkName(name, "A network");
    }

    /** A name of 1 to 128 characters, its lower-case key too (some letters lengthen when lowered). */
    static String checkName(String name, String what) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME
                || name.toLowerCase(Locale.ROOT).length() > MAX_NAME) {
            throw ApiException.badRequest(what + " needs a name of 1 to " + MAX_NAME + " characters.");
        }
        return name;
    }
}
