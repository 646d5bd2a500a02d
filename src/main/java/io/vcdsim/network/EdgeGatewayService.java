package io.vcdsim.network;

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
import io.vcdsim.store.UplinkRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * NSX-V edge gateways of org VDCs: made by a system administrator with uplinks to external networks, each uplink
 * taking an address of the external network's static pool (the first free one when none is asked for; no address
 * goes to two uplinks) and optionally a range of it set aside; their services configured; deleted while no routed
 * network is on them. Routed org VDC networks are their internal interfaces.
 */
public final class EdgeGatewayService {
    public static final String CREATE = "networkEdgeGatewayCreate";
    public static final String UPDATE = "networkEdgeGatewayUpdate";
    public static final String CONFIGURE = "networkConfigureEdgeGatewayServices";
    public static final String DELETE = "networkEdgeGatewayDelete";
    static final Set<String> BACKINGS = Set.of("compact", "full", "full4", "x-large");
    /** An NSX-V edge has ten interfaces; uplinks take some of them. */
    static final int MAX_UPLINKS = 10;
    static final int MAX_SUBNETS = 16;
    private final Database db;
    private final TaskEngine engine;

    /** A subnet of the uplink's external network: the edge's address on it (null: the first free one). */
    public record Subnet(String gateway, String netmask, String ipAddress, List<IpScope.IpRange> ranges,
                         boolean defaultRoute) {
    }

    public record Uplink(UUID externalNetworkId, boolean defaultRoute, boolean applyRateLimit, Double inRateLimit,
                        Double outRateLimit, List<Subnet> subnets) {
    }

    public record Spec(String name, String description, String backingConfig, boolean haEnabled, boolean dnsRelay,
                       boolean advancedNetworking, boolean distributedRouting, List<Uplink> uplinks) {
    }

    /** What an update sets: the edge's name, description and switches. */
    public record Update(String name, String description, boolean haEnabled, boolean dnsRelay,
                         boolean advancedNetworking, boolean distributedRouting) {
    }

    /** The services sent to {@code configureServices}, as an XML fragment. */
    public record Services(String xml) {
    }

    public record Created(EdgeGatewayRow edge, TaskRow task) {
    }

    /** What an NSX-T edge's uplink subnet is to hold: these ranges, or (ranges null) this many addresses. */
    public record Allocation(List<IpScope.IpRange> ranges, Integer count) {
    }

    public EdgeGatewayService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(CREATE, (tx, task) -> tx.edges().find(task.ownerId())
                        .ifPresent(e -> tx.edges().update(e.withStatus(1))),
                (tx, task) -> tx.edges().delete(task.ownerId()));
        engine.register(UPDATE, Update.class, (tx, task, u) -> {
            EdgeGatewayRow e = locked(tx, task.ownerId());
            if (!u.distributedRouting() && tx.networks().routedBy(e.id()).stream()
                    .anyMatch(n -> NetworkRow.DISTRIBUTED.equals(n.edgeInterface()))) {
                throw ApiException.badRequest("Edge gateway " + e.name() + " keeps distributed routing while "
                        + "distributed networks are on it.");
            }
            tx.edges().update(e.with(u.name(), u.description(), u.haEnabled(), u.dnsRelay(), u.advancedNetworking(),
                    u.distributedRouting()));
        });
        engine.register(CONFIGURE, Services.class, (tx, task, s) -> {
            EdgeGatewayRow e = locked(tx, task.ownerId());
            tx.edges().update(e.withServices(EdgeServices.configure(e.services(), s.xml(), interfaces(tx, e))));
        });
        engine.register(DELETE, (tx, task) -> {
            EdgeGatewayRow e = locked(tx, task.ownerId());
            List<NetworkRow> routed = tx.networks().routedBy(e.id());
            if (!routed.isEmpty()) {
                throw ApiException.badRequest("Edge gateway " + e.name() + " cannot be deleted: org VDC network(s) "
                        + String.join(", ", routed.stream().map(NetworkRow::name).toList()) + " are routed by it.");
            }
            tx.metadata().deleteFor(e.id());
            tx.edges().delete(e.id());
        });
        engine.announce(CREATE, "edgeGateway/create");
        engine.announce(UPDATE, "edgeGateway/modify");
        engine.announce(CONFIGURE, "edgeGateway/modify");
        engine.announce(DELETE, "edgeGateway/delete");
    }

    /** The edge gateway, if the caller holds {@code right} in its org; else 403. */
    public EdgeGatewayRow edge(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.edges().find(id)), EdgeGatewayRow::orgId, "edge gateway", id);
    }

    /** An NSX-V edge the caller holds {@code right} on, for the NSX-V manager's API; 400 for an NSX-T one. */
    public EdgeGatewayRow nsxvEdge(Principal p, UUID id, Right right) {
        EdgeGatewayRow e = edge(p, id, right);
        if (db.read(tx -> tx.edges().edgeCluster(e.id())).isPresent()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is an NSX-T edge: the NSX-V API does not "
                    + "serve it.");
        }
        return e;
    }

    /** An edge in a VDC, on uplinks a system administrator chooses; the addresses are taken at once. */
    public Created create(Principal p, VdcRow vdc, Spec spec, TaskEngine.Caller by) {
        return create(p, vdc, spec, null, Map.of(), by);
    }

    /**
     * The same; with an edge cluster (of an NSX-T manager) it is an NSX-T edge gateway, whose uplinks are one
     * external network on a tier-0 router and any on NSX-T segments ({@link NsxtUplinks}), and whose uplink subnets
     * may hold a count of addresses ({@code counts}, by external network and subnet gateway, as
     * {@link EdgeAllocation#reallocate}).
     */
    public Created create(Principal p, VdcRow vdc, Spec spec, UUID edgeCluster,
                          Map<UUID, Map<String, Allocation>> counts, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        String name = checkName(spec.name());
        Lengths.atMost(spec.description(), NetworkService.MAX_DESCRIPTION, "Description");
        String backing = spec.backingConfig() == null ? "compact" : spec.backingConfig();
        if (!BACKINGS.contains(backing)) {
            throw ApiException.badRequest("GatewayBackingConfig is one of " + String.join(", ", BACKINGS.stream()
                    .sorted().toList()) + ".");
        }
        if (spec.uplinks().isEmpty() || spec.uplinks().size() > MAX_UPLINKS) {
            throw ApiException.badRequest("An edge gateway has 1 to " + MAX_UPLINKS + " uplinks to external networks.");
        }
        // one uplink per external network, as vCD has it; locked in one order, so two creations cannot deadlock
        List<UUID> externals = spec.uplinks().stream().map(Uplink::externalNetworkId).sorted().toList();
        if (new HashSet<>(externals).size() != externals.size()) {
            throw ApiException.badRequest("An edge gateway has one uplink per external network.");
        }
        return db.tx(tx -> {
            for (UUID id : externals) {
                tx.networks().lockExternal(id).filter(x -> x.status() == 1).orElseThrow(() ->
                        ApiException.invalidReference("An uplink's Network is not an external network ready for use."));
                if (edgeCluster != null) {
                    IpSpaceUplinks.assignOnEdge(tx, vdc.orgId(), id);
                }
            }
            if (tx.edges().ofOrg(vdc.orgId()).stream().anyMatch(e -> e.name().equalsIgnoreCase(name))) {
                throw ApiException.duplicateName("The organization already has an edge gateway named " + name + ".");
            }
            EdgeGatewayRow edge = new EdgeGatewayRow(UUID.randomUUID(), vdc.orgId(), vdc.id(), name,
                    spec.description(), backing, spec.haEnabled(), spec.dnsRelay(), spec.advancedNetworking(),
                    spec.advancedNetworking() && spec.distributedRouting(), EdgeServices.DEFAULT, 0, engine.now(),
                    null);
            tx.edges().insert(edge);
            if (edgeCluster != null) {
                tx.edges().setEdgeCluster(edge.id(), edgeCluster);
            }
            int position = 0;
            for (Uplink u : edgeCluster == null ? spec.uplinks() : NsxtUplinks.arranged(tx, spec.uplinks())) {
                for (UplinkRow row : uplinkRows(tx, edge.id(), position, u, edgeCluster == null)) {
                    tx.edges().insertUplink(row);
                    position++;
                }
            }
            EdgeAllocation.reallocate(tx, edge, counts);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating Edge Gateway " + name + "("
                    + edge.id() + ")", by, owner(edge), true, null));
            return new Created(edge, task);
        });
    }

    /** Name, description and switches (a system administrator's to flip); the uplinks stay as they were made. */
    public TaskRow update(Principal p, EdgeGatewayRow e, Update u, TaskEngine.Caller by) {
        return update(p, e, u, null, Map.of(), null, by);
    }

    /**
     * The same, and an NSX-T edge's uplinks as the new whole ({@code null}: the same networks; {@link
     * NsxtUplinkChanges}), its allocated ranges by external network and subnet gateway ({@link
     * EdgeAllocation#reallocate}) and its owner ({@code null}: it stays where it is), changed with the task's start.
     */
    public TaskRow update(Principal p, EdgeGatewayRow e, Update u, List<Uplink> uplinks,
                          Map<UUID, Map<String, Allocation>> ranges, EdgeOwners.Owner owner, TaskEngine.Caller by) {
        String name = checkName(u.name());
        boolean switches = u.haEnabled() != e.haEnabled() || u.dnsRelay() != e.dnsRelay()
                || u.advancedNetworking() != e.advancedNetworking() || u.distributedRouting() != e.distributedRouting();
        if (switches && !p.isSystemAdmin()) {
            throw ApiException.forbidden("Only a system administrator changes an edge gateway's HA, DNS relay, "
                    + "advanced networking and distributed routing.");
        }
        Lengths.atMost(u.description(), NetworkService.MAX_DESCRIPTION, "Description");
        Update checked = new Update(name, u.description(), u.haEnabled(), u.dnsRelay(), u.advancedNetworking(),
                u.advancedNetworking() && u.distributedRouting());
        return db.tx(tx -> {
            if (tx.edges().ofOrg(e.orgId()).stream().anyMatch(o -> !o.id().equals(e.id())
                    && o.name().equalsIgnoreCase(name))) {
                throw ApiException.duplicateName("The organization already has an edge gateway named " + name + ".");
            }
            if (uplinks != null || !ranges.isEmpty()) {
                NsxtUplinkChanges.apply(tx, p, e, uplinks, ranges);
            }
            EdgeOwners.move(tx, e, owner);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Edge Gateway " + e.name() + "(" + e.id()
                    + ")", by, owner(e), true, checked));
        });
    }

    /** Turns the edge's distributed router on or off (a system administrator's; an advanced edge's only). */
    public TaskRow distributedRouting(Principal p, EdgeGatewayRow e, boolean on, TaskEngine.Caller by) {
        if (on && !e.advancedNetworking()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " has no advanced networking, so no "
                    + "distributed routing.");
        }
        return update(p, e, new Update(e.name(), e.description(), e.haEnabled(), e.dnsRelay(), e.advancedNetworking(),
                on), by);
    }

    /** Replaces the services sent (an XML fragment of service elements); the others stay. */
    public TaskRow configureServices(EdgeGatewayRow e, String services, TaskEngine.Caller by) {
        // refuses what cannot be kept before a task starts
        db.read(tx -> EdgeServices.configure(e.services(), services, interfaces(tx, e)));
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(CONFIGURE, "Configuring services of Edge Gateway "
                + e.name() + "(" + e.id() + ")", by, owner(e), true, new Services(services))));
    }

    /** The task fails while routed networks are on the edge. */
    public TaskRow delete(EdgeGatewayRow e, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Edge Gateway " + e.name() + "("
                + e.id() + ")", by, owner(e), true, null)));
    }

    /** The uplink's rows, one per subnet (one without a subnet when it names none), with their addresses taken. */
    static List<UplinkRow> uplinkRows(Tx tx, UUID edgeId, int firstPosition, Uplink u) {
        return uplinkRows(tx, edgeId, firstPosition, u, false);
    }

    /**
     * The same; with {@code everySubnetWhenNone}, an uplink that names no subnet takes part in each subnet of its
     * network that has a free address, the first free one: vCD gives a new NSX-V edge an address on its uplink when
     * the request names none (pyvcloud's create_gateway sends no SubnetParticipation unless asked, then reads the
     * edge's address from it). Without a free address anywhere it stays without a subnet.
     */
    static List<UplinkRow> uplinkRows(Tx tx, UUID edgeId, int firstPosition, Uplink u, boolean everySubnetWhenNone) {
        ExternalNetworkRow ext = tx.networks().external(u.externalNetworkId()).orElseThrow(); // locked by the caller
        if (u.subnets().size() > MAX_SUBNETS) {
            throw ApiException.badRequest("An uplink takes part in at most " + MAX_SUBNETS + " subnets.");
        }
        List<UplinkRow> rows = new ArrayList<>();
        List<IpScope> scopes = tx.networks().scopes(ext.id());
        boolean chosenHere = u.subnets().isEmpty() && everySubnetWhenNone;
        List<Subnet> subnets = !chosenHere ? u.subnets() : scopes.stream().limit(MAX_SUBNETS)
                .map(sc -> new Subnet(sc.gateway(), sc.netmask(), null, null, false)).toList();
        if (subnets.isEmpty()) {
            rows.add(bareRow(edgeId, firstPosition, ext, u));
            return rows;
        }
        List<UplinkRow> others = tx.edges().uplinksOn(ext.id());
        Set<String> taken = new HashSet<>();
        List<IpScope.IpRange> setAside = new ArrayList<>();
        for (UplinkRow o : others) {
            if (o.ipAddress() != null) {
                taken.add(o.ipAddress());
            }
            if (o.ranges() != null) {
                setAside.addAll(o.ranges());
            }
        }
        // an uplink for the default route routes through one of its subnets: the first, unless one is named; one
        // with a subnet for the default route is the default route (pyvcloud says so on the subnet only)
        boolean anyDefault = subnets.stream().anyMatch(Subnet::defaultRoute);
        boolean defaultRoute = u.defaultRoute() || anyDefault;
        int position = firstPosition;
        for (Subnet s : subnets) {
            IpScope scope = scopes.stream().filter(sc -> sc.gateway().equals(s.gateway())).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("External network " + ext.name() + " has no subnet "
                            + "with gateway " + s.gateway() + "."));
            List<IpScope.IpRange> ranges = s.ranges();
            if (ranges != null) {
                EdgeAllocation.checkRanges(ext, scope, ranges, taken, setAside);
                setAside.addAll(ranges);
            }
            String asked = s.ipAddress();
            String ip;
            if (asked == null) {
                Optional<String> free = scope.firstFree(a -> taken.contains(a)
                        || setAside.stream().anyMatch(r -> IpScope.within(a, r)));
                if (free.isEmpty() && chosenHere) {
                    continue;
                }
                ip = free.orElseThrow(() -> ApiException.badRequest("No IP address is free in the static IP pool of "
                        + "external network " + ext.name() + " (subnet " + scope.gateway() + ")."));
            } else if (!scope.holds(asked)) {
                throw ApiException.badRequest("The address " + asked + " is not in the subnet of gateway "
                        + scope.gateway() + " of external network " + ext.name() + ".");
            } else if (taken.contains(asked) || setAside.stream().anyMatch(r -> IpScope.within(asked, r)
                    && (ranges == null || !ranges.contains(r)))) {
                throw ApiException.badRequest("The address " + asked + " of external network " + ext.name()
                        + " is already in use.");
            } else {
                ip = asked;
            }
            taken.add(ip);
            boolean subnetDefault = s.defaultRoute() || (defaultRoute && !anyDefault && position == firstPosition);
            rows.add(new UplinkRow(edgeId, position++, ext.id(), defaultRoute, u.applyRateLimit(), u.inRateLimit(),
                    u.outRateLimit(), scope.gateway(), scope.netmask(), ip, ranges, subnetDefault));
        }
        if (rows.isEmpty()) {
            rows.add(bareRow(edgeId, firstPosition, ext, u));
        }
        return rows;
    }

    /** The uplink's one row when it takes part in no subnet. */
    private static UplinkRow bareRow(UUID edgeId, int position, ExternalNetworkRow ext, Uplink u) {
        return new UplinkRow(edgeId, position, ext.id(), u.defaultRoute(), u.applyRateLimit(), u.inRateLimit(),
                u.outRateLimit(), null, null, null, null, false);
    }

    /** The networks a NAT rule of the edge may apply on, by id: its routed networks and its uplinks' networks. */
    private static Function<UUID, Optional<String>> interfaces(Tx tx, EdgeGatewayRow e) {
        Map<UUID, String> names = new HashMap<>();
        tx.networks().routedBy(e.id()).forEach(n -> names.put(n.id(), n.name()));
        tx.edges().uplinks(e.id()).forEach(u -> tx.networks().external(u.networkId())
                .ifPresent(x -> names.put(x.id(), x.name())));
        return id -> Optional.ofNullable(names.get(id));
    }

    /** The edge locked until the transaction ends, so that its changes and its actions queue; 400 once deleted. */
    static EdgeGatewayRow locked(Tx tx, UUID id) {
        return tx.edges().lock(id).orElseThrow(() -> ApiException.badRequest("The edge gateway was deleted."));
    }

    /** The edge as the owner of its tasks. */
    static ObjectRef owner(EdgeGatewayRow e) {
        return ObjectRef.of(Kind.EDGE_GATEWAY, e.id(), e.name());
    }

    private static String checkName(String name) {
        return NetworkService.checkName(name, "An edge gateway");
    }
}
