package io.vcdsim.views;

import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.VAppNetworks;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.AllocatedIpAddresses;
import io.vcdsim.model.AnyContent;
import io.vcdsim.model.Link;
import io.vcdsim.model.NetworkConfigSection;
import io.vcdsim.model.NetworkConfiguration;
import io.vcdsim.model.VAppNetwork;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VAppRow;

import java.util.Comparator;
import java.util.List;

/**
 * A vApp's networks as vCD writes them: its NetworkConfigSection (with the "none" placeholder last while a NIC
 * is disconnected) and each network at {@code /api/network/{id}}. Ranges come in address order; an inherited
 * network shows its parent's addressing.
 */
public final class VAppNetworkView {
    private VAppNetworkView() {
    }

    public static NetworkConfigSection section(Tx tx, Viewer v, VAppRow a, boolean editable) {
        NetworkConfigSection s = new NetworkConfigSection();
        s.href = v.href(Kind.VAPP, a.id()) + "/networkConfigSection/";
        s.type = MediaTypes.xml(MediaTypes.NETWORK_CONFIG_SECTION);
        s.required = false;
        s.info = "The configuration parameters for logical networks";
        if (editable) {
            s.link.add(new Link("edit", s.href, s.type));
        }
        for (VAppNetworkRow n : tx.vappNetworks().of(a.id())) {
            NetworkConfigSection.NetworkConfig c = new NetworkConfigSection.NetworkConfig();
            c.networkName = n.name();
            if (editable) {
                c.link.addAll(actionLinks(v, n));
            }
            c.description = n.description();
            c.configuration = configuration(tx, v, n);
            c.isDeployed = a.deployed();
            s.networkConfig.add(c);
        }
        boolean disconnected = tx.compute().vms(a.id()).stream().flatMap(vm -> VmHardware.nics(vm).stream())
                .anyMatch(nic -> nic.network() == null || nic.network().equals(VAppNetworks.NONE));
        if (disconnected) {
            s.networkConfig.add(none());
        }
        return s;
    }

    /** The vApp's links to its networks, by name (pyvcloud finds a network so). */
    public static List<Link> downLinks(Tx tx, Viewer v, VAppRow a) {
        return tx.vappNetworks().of(a.id()).stream().map(n -> new Link("down", v.href(Kind.VAPP_NETWORK, n.id()),
                MediaTypes.xml(MediaTypes.VAPP_NETWORK), n.name())).toList();
    }

    public static VAppNetwork network(Tx tx, Viewer v, VAppRow a, VAppNetworkRow n, boolean editable) {
        VAppNetwork view = new VAppNetwork();
        view.href = v.href(Kind.VAPP_NETWORK, n.id());
        view.type = MediaTypes.xml(MediaTypes.VAPP_NETWORK);
        view.name = n.name();
        view.id = Kind.VAPP_NETWORK.urn(n.id());
        view.deployed = a.deployed();
        view.link("up", v.href(Kind.VAPP, a.id()), MediaTypes.xml(MediaTypes.VAPP));
        if (editable) {
            view.link("edit", view.href, view.type);
        }
        view.link("down", view.href + "/allocatedAddresses/", MediaTypes.xml(MediaTypes.ALLOCATED_ADDRESSES));
        if (editable) {
            actionLinks(v, n).forEach(view::link);
        }
        view.description = n.description();
        view.tasks = TaskView.active(tx, v, n.id());
        view.configuration = configuration(tx, v, n);
        return view;
    }

    /** The addresses the vApp's VM NICs hold on the network (vmAllocated), as pyvcloud's list_ip_allocations reads. */
    public static AllocatedIpAddresses allocated(Tx tx, Viewer v, VAppRow a, VAppNetworkRow n) {
        AllocatedIpAddresses list = new AllocatedIpAddresses();
        String network = v.href(Kind.VAPP_NETWORK, n.id());
        list.href = network + "/allocatedAddresses/";
        list.type = MediaTypes.xml(MediaTypes.ALLOCATED_ADDRESSES);
        list.link("up", network, MediaTypes.xml(MediaTypes.VAPP_NETWORK));
        for (var vm : tx.compute().vms(a.id())) {
            for (var nic : VmHardware.nics(vm)) {
                if (n.name().equals(nic.network()) && nic.ip() != null) {
                    list.ipAddress.add(AllocatedIpAddresses.Allocated.of(nic.ip(), "vmAllocated", vm.deployed()));
                }
            }
        }
        return list;
    }

    /** vCD's repair (reset, no type: pyvcloud asks for none) and syslog synchronization links. */
    private static List<Link> actionLinks(Viewer v, VAppNetworkRow n) {
        String admin = v.adminHref(Kind.VAPP_NETWORK, n.id());
        return List.of(new Link("repair", admin + "/action/reset", null),
                new Link("syncSyslogSettings", admin + "/action/syncSyslogServerSettings",
                        MediaTypes.xml(MediaTypes.TASK)));
    }

    private static NetworkConfiguration configuration(Tx tx, Viewer v, VAppNetworkRow n) {
        NetworkConfiguration c = new NetworkConfiguration();
        NetworkRow parent = n.parentNetworkId() == null ? null : tx.networks().find(n.parentNetworkId()).orElse(null);
        IpScope scope = n.inherited() && parent != null ? parent.scope() : n.scope();
        if (scope != null) {
            NetworkConfiguration.IpScope view = NetworkView.scope(scope, n.inherited());
            if (view.ipRanges != null) {
                view.ipRanges = view.ipRanges.stream().sorted(Comparator.comparing(
                        (NetworkConfiguration.IpRange r) -> r.startAddress, IpScope.ORDER)).toList();
            }
            c.ipScopes.add(view);
        }
        if (parent != null) {
            c.parentNetwork = v.adminRef(Kind.NETWORK, parent.id(), parent.name());
        }
        c.fenceMode = n.fenceMode();
        c.retainNetInfoAcrossDeployments = n.retainNetInfo();
        c.features = n.features() == null ? null : AnyContent.of(n.features());
        c.guestVlanAllowed = n.guestVlanAllowed();
        return c;
    }

    /** The placeholder of disconnected NICs, as vCD lists it: isolated, never deployed, no links. */
    private static NetworkConfigSection.NetworkConfig none() {
        NetworkConfigSection.NetworkConfig c = new NetworkConfigSection.NetworkConfig();
        c.networkName = VAppNetworks.NONE;
        c.description = "This is a special place-holder used for disconnected network interfaces.";
        c.configuration = new NetworkConfiguration();
        NetworkConfiguration.IpScope scope = new NetworkConfiguration.IpScope();
        scope.isInherited = false;
        scope.gateway = "196.254.254.254";
        scope.netmask = "255.255.0.0";
        scope.subnetPrefixLength = 16;
        scope.dns1 = "196.254.254.254";
        scope.isEnabled = true;
        c.configuration.ipScopes.add(scope);
        c.configuration.fenceMode = "isolated";
        c.configuration.retainNetInfoAcrossDeployments = false;
        c.isDeployed = false;
        return c;
    }
}
