package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkDhcpStore.Binding;
import io.vcdsim.store.NetworkDhcpStore.Dhcp;
import io.vcdsim.store.NetworkDhcpStore.Pool;
import io.vcdsim.store.NetworkDhcpStore.V4Options;
import io.vcdsim.store.NetworkDhcpStore.V6Options;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.vcdsim.network.NetworkDhcp.rows;
import static io.vcdsim.network.NetworkService.locked;
import static io.vcdsim.network.NetworkService.owner;

/**
 * The static DHCP bindings of an NSX-T org VDC network ({@code orgVdcNetworks/{id}/dhcp/bindings}, vCD 10.3.1+): a MAC
 * address bound to an address of the subnet outside the DHCP pools, neither repeated within the network. They need
 * the network's DHCP service enabled in EDGE or NETWORK mode (IPv6 ones NETWORK mode). An update names the version
 * it read, so that no change overwrites one it has not seen. Every change is a task owned by the network whose work
 * checks it again; a new binding's id is the creating task's {@code Details}, where go-vcloud-director reads it.
 */
public final class NetworkDhcpBindings {
    public static final String CREATE = "orgVdcNetworkDhcpBindingCreate";
    public static final String UPDATE = "orgVdcNetworkDhcpBindingUpdate";
    public static final String DELETE = "orgVdcNetworkDhcpBindingDelete";
    public static final String IPV4 = "IPV4";
    public static final String IPV6 = "IPV6";
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_HOST_NAME = 255;
    static final int MAX_LIST = 16;
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");

    private final Database db;
    private final TaskEngine engine;

    /** A binding as a request gives it (version: the one an update read). */
    public record Request(String name, String description, String bindingType, String macAddress, String ipAddress,
                          Long leaseTime, List<String> dnsServers, V4Options v4, V6Options v6, Long version) {
    }

    /** A change as its task carries it: the binding stored (null: the one of {@code bindingId} deleted). */
    record Change(UUID networkId, UUID bindingId, Binding binding) {
    }

    public NetworkDhcpBindings(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(CREATE, Change.class, (tx, task, c) -> {
            NetworkRow n = locked(tx, c.networkId());
            rows(tx).putBinding(n.id(), checked(tx, n, c.binding()));
        });
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            NetworkRow n = locked(tx, c.networkId());
            sameVersion(binding(tx, n, c.bindingId()), c.binding().version() - 1);
            rows(tx).putBinding(n.id(), checked(tx, n, c.binding()));
        });
        engine.register(DELETE, Change.class, (tx, task, c) -> {
            NetworkRow n = locked(tx, c.networkId());
            rows(tx).deleteBinding(n.id(), c.bindingId());
        });
    }

    /** The network's bindings, oldest first. */
    public List<Binding> list(NetworkRow n) {
        return db.read(tx -> rows(tx).bindings(n.id()));
    }

    public Binding get(NetworkRow n, UUID id) {
        return db.read(tx -> binding(tx, n, id));
    }

    /** A new binding (a task whose Details name its id). */
    public TaskRow create(NetworkRow n, Request r, TaskEngine.Caller by) {
        UUID id = UUID.randomUUID();
        Binding asked = asked(id, r, 0);
        return db.tx(tx -> {
            Binding b = checked(tx, n, asked);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating DHCP binding " + b.name()
                    + " of network " + n.name() + "(" + n.id() + ")", by, owner(n), false, new Change(n.id(), id, b)));
            TaskRow named = task.withDetails(id.toString());
            tx.tasks().update(named);
            return named;
        });
    }

    /** Replaces a binding: the request names the version it read, which must still be the binding's. */
    public TaskRow update(NetworkRow n, UUID id, Request r, TaskEngine.Caller by) {
        return db.tx(tx -> {
            Binding old = binding(tx, n, id);
            if (r.version() == null) {
                throw ApiException.badRequest("An update of a DHCP binding needs the version it read.");
            }
            sameVersion(old, r.version());
            Binding b = checked(tx, n, asked(id, r, old.version() + 1));
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating DHCP binding " + old.name()
                    + " of network " + n.name() + "(" + n.id() + ")", by, owner(n), false, new Change(n.id(), id, b)));
        });
    }

    public TaskRow delete(NetworkRow n, UUID id, TaskEngine.Caller by) {
        return db.tx(tx -> {
            Binding old = binding(tx, n, id);
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting DHCP binding " + old.name()
                    + " of network " + n.name() + "(" + n.id() + ")", by, owner(n), false,
                    new Change(n.id(), id, null)));
        });
    }

    /** The request's binding with vCD's defaults; its lengths, type, MAC and lease time checked. */
    private static Binding asked(UUID id, Request r, long version) {
        String name = Lengths.name(r.name(), MAX_NAME, "DHCP binding");
        Lengths.atMost(r.description(), MAX_DESCRIPTION, "A DHCP binding's description");
        if (!IPV4.equals(r.bindingType()) && !IPV6.equals(r.bindingType())) {
            throw ApiException.badRequest("A DHCP binding's bindingType is IPV4 or IPV6, not '"
                    + Lengths.shown(r.bindingType()) + "'.");
        }
        if (r.macAddress() == null || !MAC.matcher(r.macAddress()).matches()) {
            throw ApiException.badRequest("A DHCP binding's macAddress is six pairs of hex digits separated by "
                    + "colons (00:11:22:33:44:55), not '" + Lengths.shown(r.macAddress()) + "'.");
        }
        V4Options v4 = r.v4();
        if (v4 != null) {
            Lengths.atMost(v4.hostName(), MAX_HOST_NAME, "A DHCP binding's hostName");
        }
        V6Options v6 = r.v6();
        if (v6 != null && (v6.domainNames().size() > MAX_LIST || v6.sntpServers().size() > MAX_LIST)) {
            throw ApiException.badRequest("A DHCP binding has at most " + MAX_LIST + " domainNames and sntpServers.");
        }
        if (v6 != null) {
            v6.domainNames().forEach(d -> Lengths.atMost(d, MAX_HOST_NAME, "A DHCP binding's domain name"));
        }
        String ip = r.ipAddress() == null || r.ipAddress().isBlank() ? null : r.ipAddress();
        return new Binding(id, name, r.description() == null ? "" : r.description(), r.bindingType(), r.macAddress(),
                ip, NetworkDhcpAddresses.leaseTime(r.leaseTime(), "A DHCP binding's"),
                r.dnsServers() == null ? List.of() : r.dnsServers(), v4, v6, version);
    }

    /**
     * The binding as it is stored (addresses in their one spelling), if the network's DHCP allows it and no other
     * binding has its MAC or IP address.
     */
    static Binding checked(Tx tx, NetworkRow n, Binding b) {
        NetworkDhcp.requireNsxt(tx, n);
        Dhcp dhcp = rows(tx).dhcp(n.id()).filter(Dhcp::enabled).orElseThrow(() -> ApiException.badRequest(
                "DHCP bindings need the DHCP service of network " + n.name() + " enabled first."));
        if (dhcp.mode().equals(NetworkDhcp.RELAY)) {
            throw ApiException.badRequest("The DHCP service of network " + n.name() + " relays to the edge's DHCP "
                    + "forwarder (RELAY mode), which takes no bindings.");
        }
        IpScope scope = n.scope();
        boolean v6 = b.bindingType().equals(IPV6);
        if (v6 != scope.v6()) {
            throw ApiException.badRequest("An " + b.bindingType() + " binding needs an " + (v6 ? "IPv6" : "IPv4")
                    + " subnet; network " + n.name() + " has " + (scope.v6() ? "IPv6" : "IPv4") + ".");
        }
        if (v6 && !dhcp.mode().equals(NetworkDhcp.NETWORK)) {
            throw ApiException.badRequest("IPv6 DHCP bindings need the network's DHCP service in NETWORK mode.");
        }
        String ip = address(n, dhcp, b);
        List<Binding> others = rows(tx).bindings(n.id()).stream().filter(o -> !o.id().equals(b.id())).toList();
        for (Binding o : others) {
            if (o.macAddress().equalsIgnoreCase(b.macAddress())) {
                throw ApiException.badRequest("DHCP binding " + o.name() + " of network " + n.name() + " already "
                        + "binds MAC address " + b.macAddress() + ".");
            }
            if (ip != null && ip.equals(o.ipAddress())) {
                throw ApiException.badRequest("DHCP binding " + o.name() + " of network " + n.name() + " already "
                        + "binds IP address " + ip + ".");
            }
        }
        V4Options v4 = b.v4() == null ? null : new V4Options(b.v4().gatewayIpAddress() == null
                || b.v4().gatewayIpAddress().isBlank() ? b.v4().gatewayIpAddress()
                : NetworkDhcpAddresses.ofFamily(b.v4().gatewayIpAddress(), scope, "The binding's gatewayIpAddress"),
                b.v4().hostName());
        V6Options v6Options = b.v6() == null ? null : new V6Options(b.v6().domainNames(), sntp(b.v6(), scope));
        return new Binding(b.id(), b.name(), b.description(), b.bindingType(), b.macAddress(), ip, b.leaseTime(),
                NetworkDhcpAddresses.dnsServers(b.dnsServers(), scope, "A DHCP binding"), v4, v6Options, b.version());
    }

    /** The bound address: in the subnet, outside the DHCP pools and not the listener (IPv6: may be left to SLAAC). */
    private static String address(NetworkRow n, Dhcp dhcp, Binding b) {
        if (b.ipAddress() == null) {
            if (b.bindingType().equals(IPV4)) {
                throw ApiException.badRequest("An IPV4 DHCP binding needs its ipAddress.");
            }
            return null;
        }
        String ip = NetworkDhcpAddresses.inSubnet(b.ipAddress(), n.scope(), "The binding's ipAddress");
        Pool pool = NetworkDhcpAddresses.poolHolding(dhcp.pools(), ip);
        if (pool != null) {
            throw ApiException.badRequest("The binding's ipAddress " + ip + " is in DHCP pool "
                    + NetworkDhcpAddresses.shown(NetworkDhcpAddresses.range(pool)) + ": a binding's address lies "
                    + "outside the pools.");
        }
        if (ip.equals(dhcp.ipAddress())) {
            throw ApiException.badRequest("The binding's ipAddress " + ip + " is the DHCP service's listener.");
        }
        return ip;
    }

    private static List<String> sntp(V6Options v6, IpScope scope) {
        List<String> out = new ArrayList<>();
        for (String s : v6.sntpServers()) {
            out.add(NetworkDhcpAddresses.ofFamily(s, scope, "An SNTP server of the binding"));
        }
        return out;
    }

    private static void sameVersion(Binding old, long version) {
        if (old.version() != version) {
            throw ApiException.badRequest("DHCP binding " + old.name() + " is at version " + old.version()
                    + ", not " + version + ": read it again before changing it.");
        }
    }

    /** One binding of the network; one it does not have is vCD's 403. */
    private static Binding binding(Tx tx, NetworkRow n, UUID id) {
        return rows(tx).binding(n.id(), id).orElseThrow(() -> ApiException.forbidden("No DHCP binding with id "
                + id + " is accessible on network " + n.name() + "."));
    }
}
