package io.vcdsim.network;

import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.Provider;
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
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Networks, simulated: the provider's external networks, each on port groups of the simulated vCenter, and org VDC
 * networks, isolated (their own subnet), routed (an internal interface of an edge gateway of their VDC) or direct
 * (bridged to an external network, whose addressing they take).
 * Each exists, not ready (status 0), from the request on, until its creation task ends; an abort removes it.
 * A network in use (VM NICs on an org VDC network, direct networks on an external one) is not deleted.
 */
public final class NetworkService {
    public static final String CREATE_EXTERNAL = "networkCreateExternalNetwork";
    public static final String UPDATE_EXTERNAL = "networkUpdateExternalNetwork";
    public static final String DELETE_EXTERNAL = "networkDeleteExternalNetwork";
    public static final String CREATE = "networkCreateOrgVdcNetwork";
    public static final String UPDATE = "networkUpdateNetwork";
    public static final String DELETE = "networkDelete";
    public static final String CONVERT = "networkConvertInterface";
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    /** Subnets of one external network: a handful in practice. */
    static final int MAX_SCOPES = 16;
    private final Database db;
    private final TaskEngine engine;

    /** An external network's new name, description and subnets (null: unchanged). */
    public record ExternalChange(String name, String description, List<IpScope> subnets) {
    }

    /** How a routed network is to be on its edge (a {@link NetworkRow#INTERNAL} and the others). */
    public record Conversion(String edgeInterface) {
    }

    /** What an org VDC network update sets: all of it, as a PUT of the whole network does. */
    public record Update(String name, String description, IpScope scope, boolean shared, boolean guestVlanAllowed) {
    }

    /** An org VDC network as a client asks for it; {@code scope} is null for a direct one. */
    public record Spec(String name, String description, String fenceMode, IpScope scope, UUID parentNetworkId,
                       UUID edgeGatewayId, boolean subInterface, boolean distributedInterface, boolean shared,
                       boolean guestVlanAllowed) {
    }

    public record CreatedExternal(ExternalNetworkRow network, TaskRow task) {
    }

    public record Created(NetworkRow network, TaskRow task) {
    }

    public NetworkService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(CREATE_EXTERNAL, (tx, task) -> tx.networks().external(task.ownerId())
                        .ifPresent(n -> tx.networks().updateExternal(n.with(n.name(), n.description(), 1))),
                (tx, task) -> tx.networks().deleteExternal(task.ownerId()));
        engine.register(UPDATE_EXTERNAL, ExternalChange.class, (tx, task, r) -> {
            ExternalNetworkRow n = tx.networks().lockExternal(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The external network was deleted."));
            tx.networks().updateExternal(n.with(r.name() == null ? n.name() : r.name(),
                    r.description() == null ? n.description() : r.description(), n.status()));
            if (r.subnets() != null) { // checked again: an edge may have taken addresses meanwhile
                ExternalSubnets.requireKeptByUplinks(tx, n, r.subnets());
                tx.networks().replaceScopes(n.id(), r.subnets());
            }
        });
        engine.register(DELETE_EXTERNAL, (tx, task) -> {
            ExternalNetworkRow n = tx.networks().lockExternal(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The external network was deleted."));
            List<NetworkRow> bridged = tx.networks().bridgedTo(n.id());
            if (!bridged.isEmpty()) {
                throw ApiException.badRequest("External network " + n.name() + " cannot be deleted: org VDC "
                        + "network(s) " + String.join(", ", bridged.stream().map(NetworkRow::name).toList())
                        + " are connected to it.");
            }
            if (!tx.edges().uplinksOn(n.id()).isEmpty()) {
                throw ApiException.badRequest("External network " + n.name() + " cannot be deleted: edge gateways "
                        + "have uplinks on it.");
            }
            tx.networks().deleteExternal(n.id());
        });
        engine.register(CREATE, (tx, task) -> tx.networks().find(task.ownerId())
                        .ifPresent(n -> tx.networks().update(n.with(n.name(), n.description(), n.scope(), n.shared(),
                                n.guestVlanAllowed(), 1))),
                (tx, task) -> tx.networks().delete(task.ownerId()));
        engine.register(UPDATE, Update.class, (tx, task, u) -> {
            NetworkRow n = tx.networks().lock(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The network was deleted."));
            if (!n.name().equals(u.name())) {
                renameOnNics(tx, n, u.name());
            }
            tx.networks().update(n.with(u.name(), u.description(), u.scope(), u.shared(), u.guestVlanAllowed(),
                    n.status()));
        });
        engine.register(DELETE, (tx, task) -> {
            NetworkRow n = tx.networks().lock(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The network was deleted."));
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
            NetworkRow n = tx.networks().lock(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The network was deleted."));
            if (NetworkRow.DISTRIBUTED.equals(c.edgeInterface()) && tx.edges().find(n.edgeGatewayId())
                    .map(e -> !e.distributedRouting()).orElse(true)) {
                throw ApiException.badRequest("The edge gateway of network " + n.name() + " has no distributed "
                        + "routing: enable it first.");
            }
            tx.networks().setEdgeInterface(n.id(), c.edgeInterface());
        });
        engine.announce(CREATE_EXTERNAL, "network/create");
        engine.announce(DELETE_EXTERNAL, "network/delete");
        engine.announce(CREATE, "network/create");
        engine.announce(UPDATE, "network/modify");
        engine.announce(DELETE, "network/delete");
    }

    /** An external network: system administrators' to see and change; 403 for anyone else, or none. */
    public ExternalNetworkRow external(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.networks().external(id)), "external network", id);
    }

    /** The external network with this id, for a system administrator (vCD serves it at the admin network path). */
    public Optional<ExternalNetworkRow> externalAt(Principal p, UUID id) {
        return p.isSystemAdmin() ? db.read(tx -> tx.networks().external(id)) : Optional.empty();
    }

    /** An org VDC network, if the caller holds {@code right} in its org; else 403. */
    public NetworkRow network(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.networks().find(id)), NetworkRow::orgId, "network", id);
    }

    /**
     * A new external network on port groups of vc1 (their morefs), or (when {@code tier0} is given, and no port
     * groups) on an NSX-T tier-0 router that backs no other network.
     */
    public CreatedExternal createExternal(Principal p, String name, String description, List<IpScope> scopes,
                                          List<String> portGroups, Tier0Routers.Tier0 tier0,
                                          TaskEngine.Caller by) {
        p.requireSystemAdmin();
        String checkedName = checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        if (scopes.isEmpty() || scopes.size() > MAX_SCOPES) {
            throw ApiException.badRequest("An external network has 1 to " + MAX_SCOPES + " IpScopes, not "
                    + scopes.size() + ".");
        }
        if (scopes.stream().anyMatch(IpScope::v6)) {
            // edges take their uplinks' addresses from external networks, and those are simulated for IPv4 only
            throw ApiException.badRequest("An external network's subnets are IPv4 subnets in vcdsim.");
        }
        Set<String> morefs = new LinkedHashSet<>(portGroups);
        if (tier0 != null && !morefs.isEmpty()) {
            throw ApiException.badRequest("An external network stands on port groups or on one tier-0 router, not "
                    + "both.");
        }
        if (tier0 == null && morefs.isEmpty()) {
            throw ApiException.badRequest("An external network needs a port group (VimPortGroupRefs) to stand on.");
        }
        for (String moref : morefs) {
            if (Provider.portGroup(moref).isEmpty()) {
                throw ApiException.invalidReference("vCenter " + Provider.VCENTER + " has no port group "
                        + shown(moref) + ".");
            }
        }
        return db.tx(tx -> {
            if (tx.networks().externalNamed(checkedName).isPresent()) {
                throw ApiException.duplicateName("An external network named " + checkedName + " already exists.");
            }
            UUID router = tier0 == null ? null : Tier0Routers.importable(tx, tier0);
            ExternalNetworkRow n = new ExternalNetworkRow(UUID.randomUUID(), checkedName, description, 0,
                    engine.now());
            tx.networks().insertExternal(n, scopes);
            if (router != null) {
                tx.store(NsxtStore::new).backExternalNetwork(n.id(), router);
            }
            for (String moref : morefs) {
                if (!tx.networks().addPortGroup(n.id(), moref)) {
                    throw ApiException.badRequest("Port group " + moref + " already backs another external "
                            + "network.");
                }
            }
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE_EXTERNAL, "Creating External Network "
                    + checkedName + "(" + n.id() + ")", by, owner(n), true, null));
            return new CreatedExternal(n, task);
        });
    }

    /**
     * An external network renamed, re-described or given other subnets (null: unchanged); what its edge gateways
     * hold of it stays ({@link ExternalSubnets}).
     */
    public TaskRow updateExternal(ExternalNetworkRow n, String name, String description, List<IpScope> subnets,
                                  TaskEngine.Caller by) {
        String checkedName = name == null ? null : checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        List<IpScope> checkedSubnets = subnets == null ? null : ExternalSubnets.checked(subnets, MAX_SCOPES);
        return db.tx(tx -> {
            if (checkedName != null && tx.networks().externalNamed(checkedName)
                    .filter(other -> !other.id().equals(n.id())).isPresent()) {
                throw ApiException.duplicateName("An external network named " + checkedName + " already exists.");
            }
            if (checkedSubnets != null) {
                ExternalSubnets.requireKeptByUplinks(tx, n, checkedSubnets);
            }
            return engine.start(tx, new TaskEngine.Spec(UPDATE_EXTERNAL, "Updating External Network " + n.name()
                    + "(" + n.id() + ")", by, owner(n), true, new ExternalChange(checkedName, description,
                    checkedSubnets)));
        });
    }

    /** The task fails while direct org VDC networks are connected to it. */
    public TaskRow deleteExternal(ExternalNetworkRow n, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE_EXTERNAL, "Deleting External Network "
                + n.name() + "(" + n.id() + ")", by, owner(n), true, null)));
    }

    /** An org VDC network in a VDC: isolated or routed with its own scope, or direct on an external network. */
    public Created create(Principal p, VdcRow vdc, Spec spec, TaskEngine.Caller by) {
        String checkedName = checkName(spec.name());
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
            throw ApiException.badRequest("FenceMode is isolated, natRouted or bridged, not '" + shown(fence) + "'.");
        } else if (spec.scope() == null) {
            throw ApiException.badRequest("An isolated network needs an IpScope with its Gateway and Netmask.");
        }
        return db.tx(tx -> {
            IpScope scope = spec.scope();
            UUID parent = null;
            UUID edge = null;
            String edgeInterface = null;
            if (NetworkRow.ROUTED.equals(fence)) {
                EdgeGatewayRow e = tx.edges().lock(spec.edgeGatewayId())
                        .filter(g -> g.vdcId().equals(vdc.id()) && g.status() == 1)
                        .orElseThrow(() -> ApiException.invalidReference("The EdgeGateway is not a ready edge gateway "
                                + "of VDC " + vdc.name() + "."));
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
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating Network " + checkedName + "("
                    + n.id() + ")", by, owner(n), true, null));
            return new Created(n, task);
        });
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
        if (n.vdcId() == null) {
            return;
        }
        for (var vapp : tx.compute().vappsIn(n.vdcId())) {
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

    /** The VMs of the network's VDC with a NIC on it (NICs name their network). */
    private static List<String> nicUsers(Tx tx, NetworkRow n) {
        if (n.vdcId() == null) {
            return List.of();
        }
        return tx.compute().vappsIn(n.vdcId()).stream()
                .flatMap(a -> tx.compute().vms(a.id()).stream())
                .filter(vm -> VmHardware.nics(vm).stream().anyMatch(nic -> n.name().equals(nic.network())))
                .map(vm -> vm.name())
                .toList();
    }

    private static ObjectRef owner(ExternalNetworkRow n) {
        return ObjectRef.of(Kind.EXTERNAL_NETWORK, n.id(), n.name());
    }

    private static ObjectRef owner(NetworkRow n) {
        return ObjectRef.of(Kind.NETWORK, n.id(), n.name());
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

    private static String shown(String text) {
        return text == null ? "" : text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
