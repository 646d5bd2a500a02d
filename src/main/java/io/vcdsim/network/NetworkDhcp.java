package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpAddresses;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeConfigStore;
import io.vcdsim.store.NetworkDhcpStore;
import io.vcdsim.store.NetworkDhcpStore.Binding;
import io.vcdsim.store.NetworkDhcpStore.Dhcp;
import io.vcdsim.store.NetworkDhcpStore.Pool;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcNetworkProfileStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.network.NetworkDhcpAddresses.inSubnet;
import static io.vcdsim.network.NetworkService.locked;
import static io.vcdsim.network.NetworkService.owner;
import static io.vcdsim.network.NetworkDhcpAddresses.range;
import static io.vcdsim.network.NetworkDhcpAddresses.shown;

/**
 * The DHCP service of an NSX-T org VDC network ({@code orgVdcNetworks/{id}/dhcp}), as vCD 10.3.1+ keeps it: EDGE mode
 * (the routed network's edge serves it), NETWORK mode (a DHCP server of the network's own, listening on
 * {@code ipAddress}, on the VDC's services edge cluster) or RELAY mode (the edge's DHCP forwarder relays requests).
 * The mode is fixed once set until the service is deleted. Pools lie in the subnet, clear of the gateway, the static
 * IP pool, each other and the bindings. Every change is a task owned by the network whose work checks it again, so
 * a failed task changes nothing; a network's DHCP goes with it.
 */
public final class NetworkDhcp {
    public static final String UPDATE = "orgVdcNetworkDhcpUpdate";
    public static final String DELETE = "orgVdcNetworkDhcpDelete";
    public static final String EDGE = "EDGE";
    public static final String NETWORK = "NETWORK";
    public static final String RELAY = "RELAY";
    static final List<String> MODES = List.of(EDGE, NETWORK, RELAY);
    /** Far more ranges than a subnet's DHCP needs; more would only be someone probing. */
    static final int MAX_POOLS = 64;
    /** What a network shows before its DHCP is set, and after it is deleted. */
    public static final Dhcp NONE = new Dhcp(false, NetworkDhcpAddresses.DEFAULT_LEASE, EDGE, null, List.of(),
            List.of());

    private final Database db;
    private final TaskEngine engine;

    /** A DHCP service as a request gives it: absent fields take vCD's defaults (enabled, a day's lease, EDGE). */
    public record Request(Boolean enabled, Long leaseTime, String mode, String ipAddress, List<PoolRequest> pools,
                          List<String> dnsServers) {
    }

    public record PoolRequest(Boolean enabled, String start, String end) {
    }

    /** A change as its task carries it: the network and its new DHCP service (null: deleted). */
    record Change(UUID networkId, Dhcp dhcp) {
    }

    public NetworkDhcp(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            NetworkRow n = locked(tx, c.networkId());
            rows(tx).setDhcp(n.id(), checked(tx, n, c.dhcp()));
        });
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            NetworkRow n = locked(tx, c.networkId());
            noBindings(tx, n);
            rows(tx).deleteDhcp(n.id());
        });
    }

    /** The network's DHCP service ({@link #NONE} until set). */
    public Dhcp of(NetworkRow n) {
        return db.read(tx -> rows(tx).dhcp(n.id()).orElse(NONE));
    }

    /** Sets the network's DHCP service (a task); what vCD refuses is a 400 now. */
    public TaskRow set(NetworkRow n, Request r, TaskEngine.Caller by) {
        Dhcp asked = asked(r);
        return db.tx(tx -> {
            Dhcp dhcp = checked(tx, n, asked);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating DHCP of network " + n.name() + "("
                    + n.id() + ")", by, owner(n), false, new Change(n.id(), dhcp)));
        });
    }

    /** Deletes the network's DHCP service (a task): refused while it has bindings, which go first. */
    public TaskRow delete(NetworkRow n, TaskEngine.Caller by) {
        return db.tx(tx -> {
            noBindings(tx, n);
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting DHCP of network " + n.name() + "("
                    + n.id() + ")", by, owner(n), false, new Change(n.id(), null)));
        });
    }

    /** The request with vCD's defaults, its mode and lease time checked. */
    private static Dhcp asked(Request r) {
        String mode = r.mode() == null || r.mode().isBlank() ? EDGE : r.mode().trim();
        if (!MODES.contains(mode)) {
            throw ApiException.badRequest("A DHCP service's mode is EDGE, NETWORK or RELAY, not '"
                    + Lengths.shown(mode) + "'.");
        }
        List<PoolRequest> sent = r.pools() == null ? List.of() : r.pools();
        if (sent.size() > MAX_POOLS) {
            throw ApiException.badRequest("A DHCP service has at most " + MAX_POOLS + " dhcpPools.");
        }
        List<Pool> pools = new ArrayList<>();
        for (PoolRequest p : sent) {
            if (p == null || p.start() == null || p.end() == null) {
                throw ApiException.badRequest("A DHCP pool needs its ipRange's startAddress and endAddress.");
            }
            pools.add(new Pool(p.enabled() == null || p.enabled(), p.start(), p.end()));
        }
        String ip = r.ipAddress() == null || r.ipAddress().isBlank() ? null : r.ipAddress();
        return new Dhcp(r.enabled() == null || r.enabled(), NetworkDhcpAddresses.leaseTime(r.leaseTime(),
                "A DHCP service's"), mode, ip, pools, r.dnsServers() == null ? List.of() : r.dnsServers());
    }

    /**
     * The DHCP service as it is stored (addresses in their one spelling), if the network can have it: vCD's rules
     * for the mode, and the pools' and listener's places in the subnet.
     */
    static Dhcp checked(Tx tx, NetworkRow n, Dhcp d) {
        requireNsxt(tx, n);
        IpScope scope = n.scope();
        rows(tx).dhcp(n.id()).filter(old -> !old.mode().equals(d.mode())).ifPresent(old -> {
            throw ApiException.badRequest("The DHCP service of network " + n.name() + " is in " + old.mode()
                    + " mode: its mode changes only once it is deleted.");
        });
        if (!d.mode().equals(NETWORK)) {
            if (n.edgeGatewayId() == null) {
                throw ApiException.badRequest("DHCP in " + d.mode() + " mode is served by the edge gateway of a "
                        + "routed network; network " + n.name() + " is not routed (use NETWORK mode).");
            }
            if (scope.v6()) {
                throw ApiException.badRequest("DHCP for IPv6 is served in NETWORK mode only.");
            }
            if (d.ipAddress() != null) {
                throw ApiException.badRequest("ipAddress is the listener of a NETWORK mode DHCP service; this one is "
                        + "in " + d.mode() + " mode.");
            }
        }
        if (d.mode().equals(RELAY)) {
            if (!d.pools().isEmpty()) {
                throw ApiException.badRequest("A RELAY mode DHCP service has no dhcpPools: the DHCP servers of the "
                        + "edge gateway's DHCP forwarder hand out the addresses.");
            }
            if (!forwarding(tx, n.edgeGatewayId())) {
                throw ApiException.badRequest("RELAY mode needs the DHCP forwarder of the network's edge gateway "
                        + "enabled.");
            }
        }
        List<Pool> pools = pools(n, d.pools());
        String listener = null;
        if (d.mode().equals(NETWORK)) {
            listener = listener(tx, n, d.ipAddress(), pools);
        }
        for (Binding b : rows(tx).bindings(n.id())) {
            Pool holding = b.ipAddress() == null ? null : NetworkDhcpAddresses.poolHolding(pools, b.ipAddress());
            if (holding != null || (b.ipAddress() != null && b.ipAddress().equals(listener))) {
                throw ApiException.badRequest("DHCP binding " + b.name() + " reserves " + b.ipAddress() + ", which "
                        + (holding != null ? "DHCP pool " + shown(range(holding)) + " would hold." : "is the "
                        + "listener ipAddress."));
            }
        }
        return new Dhcp(d.enabled(), d.leaseTime(), d.mode(), listener, pools,
                NetworkDhcpAddresses.dnsServers(d.dnsServers(), scope, "A DHCP service"));
    }

    /** The pools in the subnet, each in order, clear of the gateway, the static IP pool and each other. */
    private static List<Pool> pools(NetworkRow n, List<Pool> sent) {
        IpScope scope = n.scope();
        List<Pool> pools = new ArrayList<>();
        for (Pool p : sent) {
            String start = inSubnet(p.start(), scope, "A DHCP pool's startAddress");
            String end = inSubnet(p.end(), scope, "A DHCP pool's endAddress");
            IpScope.IpRange r = new IpScope.IpRange(start, end);
            if (IpAddresses.parse(start).value().compareTo(IpAddresses.parse(end).value()) > 0) {
                throw ApiException.badRequest("DHCP pool " + shown(r) + " ends before it starts.");
            }
            if (IpScope.within(scope.gateway(), r)) {
                throw ApiException.badRequest("DHCP pool " + shown(r) + " holds the network's gateway "
                        + scope.gateway() + ".");
            }
            for (IpScope.IpRange s : scope.ranges()) {
                if (IpScope.overlap(r, s)) {
                    throw ApiException.badRequest("DHCP pool " + shown(r) + " overlaps the static IP pool "
                            + shown(s) + " of network " + n.name() + ".");
                }
            }
            for (Pool other : pools) {
                if (IpScope.overlap(r, range(other))) {
                    throw ApiException.badRequest("DHCP pools " + shown(range(other)) + " and " + shown(r)
                            + " overlap.");
                }
            }
            pools.add(new Pool(p.enabled(), start, end));
        }
        return pools;
    }

    /**
     * A NETWORK mode service's listener: an address of the subnet outside the static IP pool and the DHCP pools,
     * on the services edge cluster of the VDC's network profile, without which vCD has nowhere to run it.
     */
    private static String listener(Tx tx, NetworkRow n, String ipAddress, List<Pool> pools) {
        if (ipAddress == null) {
            throw ApiException.badRequest("A NETWORK mode DHCP service needs ipAddress: the address its DHCP server "
                    + "listens on.");
        }
        String ip = inSubnet(ipAddress, n.scope(), "The DHCP service's ipAddress");
        IpScope.IpRange fixed = NetworkDhcpAddresses.staticRangeHolding(n.scope(), ip);
        if (fixed != null) {
            throw ApiException.badRequest("The DHCP service's ipAddress " + ip + " is in the static IP pool "
                    + shown(fixed) + " of network " + n.name() + ".");
        }
        Pool pool = NetworkDhcpAddresses.poolHolding(pools, ip);
        if (pool != null) {
            throw ApiException.badRequest("The DHCP service's ipAddress " + ip + " is in its DHCP pool "
                    + shown(range(pool)) + ".");
        }
        if (n.vdcId() != null && tx.store(VdcNetworkProfileStore::new).of(n.vdcId()).servicesEdgeCluster() == null) {
            throw ApiException.badRequest("NETWORK mode DHCP runs on the services edge cluster of the VDC's network "
                    + "profile, and the VDC of network " + n.name() + " has none.");
        }
        return ip;
    }

    /** A network's new static IP pool stays clear of its DHCP pools and listener, as vCD keeps them apart. */
    static void checkStaticPool(Tx tx, NetworkRow n, IpScope scope) {
        Dhcp d = rows(tx).dhcp(n.id()).orElse(null);
        if (d == null) {
            return;
        }
        for (IpScope.IpRange s : scope.ranges()) {
            for (Pool p : d.pools()) {
                if (IpScope.overlap(s, range(p))) {
                    throw ApiException.badRequest("Static IP pool " + shown(s) + " overlaps DHCP pool "
                            + shown(range(p)) + " of network " + n.name() + ".");
                }
            }
            if (d.ipAddress() != null && IpScope.within(d.ipAddress(), s)) {
                throw ApiException.badRequest("Static IP pool " + shown(s) + " holds " + d.ipAddress() + ", where "
                        + "the DHCP service of network " + n.name() + " listens.");
            }
        }
    }

    /** Only an NSX-T network's DHCP is here ({@link VdcNetworking#nsxt}); a direct network has none of its own. */
    static void requireNsxt(Tx tx, NetworkRow n) {
        if (NetworkRow.BRIDGED.equals(n.fenceMode())) {
            throw ApiException.badRequest("Direct network " + n.name() + " takes its addressing from its external "
                    + "network: it has no DHCP service of its own.");
        }
        if (!VdcNetworking.nsxt(tx, n)) {
            throw ApiException.badRequest("Network " + n.name() + " is an NSX-V network: its DHCP is its edge "
                    + "gateway's, which vcdsim does not configure here.");
        }
    }

    /** True if the edge's DHCP forwarder is enabled. */
    private static boolean forwarding(Tx tx, UUID edgeId) {
        return tx.store(EdgeConfigStore::new).find(edgeId, "dhcpForwarder", EdgeConfigStore.SINGLE)
                .map(d -> EdgeConfig.parse(d.body()).path("enabled").asBoolean(false)).orElse(false);
    }

    private static void noBindings(Tx tx, NetworkRow n) {
        int bindings = rows(tx).bindings(n.id()).size();
        if (bindings > 0) {
            throw ApiException.badRequest("The DHCP service of network " + n.name() + " has " + bindings
                    + " DHCP binding(s): delete them first.");
        }
    }

    static NetworkDhcpStore rows(Tx tx) {
        return tx.store(NetworkDhcpStore::new);
    }
}
