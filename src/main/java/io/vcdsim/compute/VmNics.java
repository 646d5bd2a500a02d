package io.vcdsim.compute;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A VM's NICs as a NetworkConnectionSection or reconfigureVm sets them: each on a network of its vApp (or on
 * none), addressed by DHCP, from the network's static pool (POOL: the first free address when the change is
 * applied), by hand (MANUAL) or not at all. A manual address is taken as given, also one another NIC has
 * (pyvcloud's tests give two NICs the same one, and vCD takes it).
 */
final class VmNics {
    static final int MAX_NICS = 10;
    static final Set<String> MODES = Set.of("NONE", "DHCP", "POOL", "MANUAL");
    static final Set<String> ADAPTERS = Set.of("VMXNET3", "VMXNET2", "VMXNET", "E1000", "E1000E", "PCNet32",
            "FLEXIBLE", "SRIOVETHERNETCARD", "VLANCE");

    private VmNics() {
    }

    /**
     * The NICs, checked against the VM's vApp; 400 for what vCD refuses. A standalone VM's NIC may also name any
     * org VDC network of its VDC: its hidden vApp takes it on ({@link VAppNetworks#bridgeNamed}).
     */
    static List<Ovf.Nic> check(Tx tx, VmRow vm, List<Ovf.Nic> nics) {
        Set<String> networks = new HashSet<>();
        VmHardware.nics(vm).forEach(n -> networks.add(n.network())); // a NIC may stay where it is
        if (tx.compute().standalone(vm.parentId())) {
            tx.compute().vapp(vm.parentId()).ifPresent(a -> tx.networks().availableIn(a.vdcId())
                    .forEach(n -> networks.add(n.name())));
        }
        return check(tx, vm.parentId(), networks, nics);
    }

    /** The NICs of a VM to be made in the vApp {@code vappId}, on its networks or on {@code alsoAllowed}. */
    static List<Ovf.Nic> check(Tx tx, java.util.UUID vappId, Set<String> alsoAllowed, List<Ovf.Nic> nics) {
        if (nics.size() > MAX_NICS) {
            throw ApiException.badRequest("A VM has at most " + MAX_NICS + " NICs.");
        }
        Set<String> networks = new HashSet<>(alsoAllowed);
        tx.vappNetworks().of(vappId).forEach(n -> networks.add(n.name()));
        Set<Integer> indexes = new HashSet<>();
        for (Ovf.Nic n : nics) {
            if (n.index() < 0 || n.index() >= MAX_NICS || !indexes.add(n.index())) {
                throw ApiException.badRequest("Each NetworkConnectionIndex is its own, from 0 to " + (MAX_NICS - 1)
                        + ".");
            }
            if (n.network() != null && !networks.contains(n.network())) {
                throw ApiException.badRequest("NIC " + n.index() + " names network " + n.network()
                        + ", which is not a network of the vApp.");
            }
            if (!MODES.contains(n.ipModeOrDefault())) {
                throw ApiException.badRequest("IpAddressAllocationMode " + n.ipMode() + " is not one of " + MODES + ".");
            }
            if (!ADAPTERS.contains(n.adapterTypeOrDefault())) {
                throw ApiException.badRequest("NetworkAdapterType " + n.adapterType() + " is not one of " + ADAPTERS
                        + ".");
            }
            if ("MANUAL".equals(n.ipMode())) {
                if (n.ip() == null || n.network() == null) {
                    throw ApiException.badRequest("NIC " + n.index() + " is MANUAL: it needs a network and an "
                            + "IpAddress.");
                }
                IpScope.canonical(n.ip(), "IpAddress"); // of either family; a malformed one is a 400
            }
        }
        return nics;
    }

    /** The NICs as they are kept: POOL ones get a free address of their network's pool (or keep theirs). */
    static List<Ovf.Nic> allocate(Tx tx, VmRow vm, List<Ovf.Nic> nics) {
        List<Ovf.Nic> out = new ArrayList<>();
        for (Ovf.Nic n : nics) {
            if (!"POOL".equals(n.ipMode()) || n.network() == null) {
                out.add("MANUAL".equals(n.ipMode()) ? n : n.withIp(null));
                continue;
            }
            VAppNetworkRow network = tx.vappNetworks().of(vm.parentId()).stream()
                    .filter(x -> x.name().equals(n.network())).findFirst().orElse(null);
            IpScope scope = network == null ? null : scopeOf(tx, network);
            if (scope == null) {
                throw ApiException.badRequest("Network " + n.network() + " has no static pool for NIC " + n.index()
                        + ".");
            }
            Set<String> taken = taken(tx, vm, network, out);
            if (n.ip() != null && scope.holds(n.ip()) && !taken.contains(n.ip())) {
                out.add(n);
                continue;
            }
            out.add(n.withIp(scope.firstFree(taken::contains).orElseThrow(() -> ApiException.badRequest(
                    "No IP address is free in the static pool of network " + n.network() + "."))));
        }
        return out;
    }

    private static IpScope scopeOf(Tx tx, VAppNetworkRow n) {
        if (!n.inherited()) {
            return n.scope();
        }
        return Optional.ofNullable(n.parentNetworkId()).flatMap(p -> tx.networks().find(p)).map(NetworkRow::scope)
                .orElse(null);
    }

    /**
     * The addresses NICs hold on the network: in the vApp for its own networks; for one bridged to an org VDC
     * network, in every vApp of the VDC bridged to that network (they share its pool).
     */
    private static Set<String> taken(Tx tx, VmRow vm, VAppNetworkRow network, List<Ovf.Nic> alreadyHere) {
        Set<String> taken = new HashSet<>();
        alreadyHere.stream().filter(n -> Objects.equals(n.network(), network.name()) && n.ip() != null)
                .forEach(n -> taken.add(n.ip()));
        List<VAppRow> vapps = new ArrayList<>();
        VAppRow own = tx.compute().vapp(vm.parentId()).orElseThrow();
        boolean shared = network.inherited() && network.fenceMode().equals(NetworkRow.BRIDGED);
        if (shared) {
            vapps.addAll(tx.compute().vappsIn(own.vdcId()));
        } else {
            vapps.add(own);
        }
        for (VAppRow a : vapps) {
            Set<String> names = new HashSet<>();
            for (VAppNetworkRow n : tx.vappNetworks().of(a.id())) {
                if (n.id().equals(network.id()) || shared && n.inherited()
                        && Objects.equals(n.parentNetworkId(), network.parentNetworkId())) {
                    names.add(n.name());
                }
            }
            for (VmRow other : tx.compute().vms(a.id())) {
                if (other.id().equals(vm.id())) {
                    continue;
                }
                VmHardware.nics(other).stream().filter(n -> names.contains(n.network()) && n.ip() != null)
                        .forEach(n -> taken.add(n.ip()));
            }
        }
        return taken;
    }
}
