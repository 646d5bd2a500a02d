package io.vcdsim.network;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.DhcpAddressing;
import io.vcdsim.core.IpScope;
import io.vcdsim.store.DhcpLeaseStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VmRow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The DHCP service of NSX-V edges: a VM starting with a DHCP NIC, connected to a vApp network bridged to an org VDC
 * network the edge routes, gets an address of the edge's DHCP pool for that network (the first one no lease holds),
 * and keeps it, as a DHCP client renewing its lease does, while it, the network and the edge exist. A NIC moved off
 * DHCP or to another network gives its lease back at the next start. No pool, or a full one: no address, as on a real network.
 */
public final class DhcpLeases implements DhcpAddressing {
    /** A pool holds at most this many addresses for the search; vCD's are far smaller. */
    private static final int MAX_POOL = 65_536;
    /** NSX-V's lease times: the weekday (0 is Sunday), then the UTC date and time. */
    private static final DateTimeFormatter LEASE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Supplier<Instant> now;

    /** {@code now}: the simulation's clock, which lease times follow. */
    public DhcpLeases(Supplier<Instant> now) {
        this.now = now;
    }

    @Override
    public void leaseFor(Tx tx, VmRow vm) {
        DhcpLeaseStore leases = tx.store(DhcpLeaseStore::new);
        Map<Integer, DhcpLeaseStore.Lease> held = new HashMap<>();
        leases.ofVm(vm.id()).forEach(l -> held.put(l.nicIndex(), l));
        Set<Integer> kept = new HashSet<>();
        for (Ovf.Nic nic : VmHardware.nics(vm)) {
            if (!"DHCP".equals(nic.ipModeOrDefault()) || !nic.connectedOrDefault() || nic.network() == null) {
                continue;
            }
            Optional<NetworkRow> routed = routedNetwork(tx, vm, nic.network());
            DhcpLeaseStore.Lease own = held.get(nic.index());
            if (routed.isEmpty()) {
                continue;
            }
            NetworkRow network = routed.get();
            if (own != null && own.networkId().equals(network.id())) {
                kept.add(nic.index());
                continue;
            }
            // the edge's row serializes the leases of VMs starting at once
            Optional<EdgeGatewayRow> edge = tx.edges().lock(network.edgeGatewayId());
            if (edge.isEmpty()) {
                continue;
            }
            if (own != null) { // the NIC moved to another network: its old lease goes
                leases.delete(own);
            }
            Set<String> taken = new HashSet<>();
            leases.ofEdge(edge.get().id()).forEach(l -> taken.add(l.ipAddress()));
            for (EdgeServices.DhcpPool pool : EdgeServices.dhcpPools(edge.get().services())) {
                Optional<String> free = !pool.networkId().equals(network.id()) ? Optional.empty()
                        : IpScope.addresses(new IpScope.IpRange(pool.low(), pool.high()), MAX_POOL).stream()
                        .filter(a -> !taken.contains(a)).findFirst();
                if (free.isPresent()) {
                    Instant starts = now.get();
                    leases.insert(new DhcpLeaseStore.Lease(edge.get().id(), free.get(), VmHardware.mac(vm,
                            nic.index()), vm.id(), nic.index(), network.id(), starts,
                            starts.plusSeconds(pool.defaultLeaseSeconds())));
                    kept.add(nic.index());
                    break;
                }
            }
        }
        held.values().stream().filter(l -> !kept.contains(l.nicIndex())).forEach(leases::delete);
    }

    /** The org VDC network an edge routes that the VM's vApp network {@code name} is bridged to, if any. */
    private static Optional<NetworkRow> routedNetwork(Tx tx, VmRow vm, String name) {
        return tx.vappNetworks().of(vm.parentId()).stream()
                .filter(n -> n.name().equals(name) && "bridged".equals(n.fenceMode()) && n.parentNetworkId() != null)
                .map(VAppNetworkRow::parentNetworkId).findFirst()
                .flatMap(id -> tx.networks().find(id)).filter(n -> n.edgeGatewayId() != null);
    }

    /** The edge's leases as NSX-V's {@code dhcp/leaseInfo} gives them. */
    public String leaseInfo(Tx tx, EdgeGatewayRow edge) {
        StringBuilder b = new StringBuilder("<dhcpLeases><timeStamp>").append(now.get().toEpochMilli())
                .append("</timeStamp><dhcpLeaseInfo>");
        for (DhcpLeaseStore.Lease l : tx.store(DhcpLeaseStore::new).ofEdge(edge.id())) {
            String starts = time(l.starts());
            b.append("<leaseInfo><uid>01:").append(l.mac()).append("</uid><macAddress>").append(l.mac())
                    .append("</macAddress><ipAddress>").append(l.ipAddress()).append("</ipAddress><clientHostname>")
                    .append("</clientHostname><bindingState>active</bindingState><nextBindingState>free")
                    .append("</nextBindingState><cltt>").append(starts).append("</cltt><starts>").append(starts)
                    .append("</starts><ends>").append(time(l.ends())).append("</ends><hardwareType>ethernet")
                    .append("</hardwareType></leaseInfo>");
        }
        return b.append("</dhcpLeaseInfo></dhcpLeases>").toString();
    }

    private static String time(Instant t) {
        return t.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() % 7 + " " + LEASE_TIME.format(t);
    }
}
