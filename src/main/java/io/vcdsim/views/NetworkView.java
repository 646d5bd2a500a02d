package io.vcdsim.views;

import io.vcdsim.catalog.VmHardware;
import io.vcdsim.compute.Provider;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.core.Right;
import io.vcdsim.model.AllocatedIpAddresses;
import io.vcdsim.model.ExternalNetwork;
import io.vcdsim.model.NetworkConfiguration;
import io.vcdsim.model.OrgVdcNetwork;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VimObjectRef;
import io.vcdsim.network.VdcNetworking;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.vcdsim.core.OpenApiReference.ref;

/**
 * Networks: an org VDC network in its user view ({@code /api/network}) and its admin view
 * ({@code /api/admin/network}), and an external network ({@code /api/admin/extension/externalnet}).
 */
public final class NetworkView {
    /** The backing type of an external network (and an edge's uplink) on an NSX-T segment, as vCD names it. */
    public static final String SEGMENT_BACKING = "IMPORTED_T_LOGICAL_SWITCH";

    private NetworkView() {
    }

    public static OrgVdcNetwork of(Tx tx, Viewer v, NetworkRow n, boolean admin) {
        OrgVdcNetwork net = v.entity(new OrgVdcNetwork(), Kind.NETWORK, n.id(), n.name());
        if (admin) {
            net.href = v.adminHref(Kind.NETWORK, n.id());
        }
        net.status = n.status();
        net.description = n.description();
        Viewer.metadataLink(net);
        if (n.vdcId() != null) {
            v.link(net, "up", Kind.VDC, n.vdcId()); // pyvcloud follows this one from either view
            if (admin) {
                v.adminLink(net, "up", Kind.VDC, n.vdcId());
            }
        }
        if (admin) {
            v.link(net, "alternate", Kind.NETWORK, n.id());
        } else if (v.principal().has(Right.ADMIN_VIEW)) {
            v.adminLink(net, "alternate", Kind.NETWORK, n.id());
        }
        if (v.principal().has(Right.ORG_EDIT)) {
            String edit = v.adminHref(Kind.NETWORK, n.id());
            net.link("edit", edit, MediaTypes.xml(MediaTypes.ORG_VDC_NETWORK));
            net.link("remove", edit, null);
            if (n.edgeGatewayId() != null) {
                for (String to : new String[]{"InternalInterface", "SubInterface", "DistributedInterface"}) {
                    net.link("orgVdcNetwork:convertTo" + to, edit + "/action/convertTo" + to, null);
                }
            }
        }
        boolean bridged = NetworkRow.BRIDGED.equals(n.fenceMode());
        net.configuration = new NetworkConfiguration();
        net.configuration.backwardCompatibilityMode = false;
        net.configuration.ipScopes.add(scope(n.scope(), bridged));
        if (n.parentNetworkId() != null) {
            String parentName = tx.networks().external(n.parentNetworkId()).map(ExternalNetworkRow::name).orElse("");
            net.configuration.parentNetwork = v.adminRef(Kind.EXTERNAL_NETWORK, n.parentNetworkId(), parentName);
        }
        net.configuration.fenceMode = n.fenceMode();
        net.configuration.retainNetInfoAcrossDeployments = false;
        net.configuration.guestVlanAllowed = n.guestVlanAllowed();
        if (n.edgeGatewayId() != null) {
            net.configuration.subInterface = NetworkRow.SUBINTERFACE.equals(n.edgeInterface());
            net.configuration.distributedInterface = NetworkRow.DISTRIBUTED.equals(n.edgeInterface());
        }
        net.isShared = n.shared();
        net.link("down", v.href(Kind.NETWORK, n.id()) + "/allocatedAddresses/",
                MediaTypes.xml(MediaTypes.ALLOCATED_ADDRESSES));
        net.tasks = TaskView.active(tx, v, n.id());
        return net;
    }

    /**
     * The addresses an org VDC network has given out, in address order: its gateway on the edge (vsmAllocated)
     * when routed, and those of the VM NICs on vApp networks bridged to it (vmAllocated), as pyvcloud's
     * list_allocated_ip_address reads them.
     */
    public static AllocatedIpAddresses allocated(Tx tx, Viewer v, NetworkRow n) {
        AllocatedIpAddresses list = new AllocatedIpAddresses();
        String network = v.href(Kind.NETWORK, n.id());
        list.href = network + "/allocatedAddresses/";
        list.type = MediaTypes.xml(MediaTypes.ALLOCATED_ADDRESSES);
        list.link("up", network, MediaTypes.xml(MediaTypes.ORG_NETWORK));
        List<AllocatedIpAddresses.Allocated> given = new ArrayList<>();
        if (n.edgeGatewayId() != null && n.scope() != null && n.scope().gateway() != null) {
            given.add(AllocatedIpAddresses.Allocated.of(n.scope().gateway(), "vsmAllocated", true));
        }
        for (VAppNetworkRow bridged : tx.vappNetworks().onParent(n.id())) {
            if (!NetworkRow.BRIDGED.equals(bridged.fenceMode())) {
                continue; // a routed vApp network's VMs sit behind its own edge
            }
            for (VmRow vm : tx.compute().vms(bridged.vappId())) {
                VmHardware.nics(vm).stream().filter(nic -> bridged.name().equals(nic.network()) && nic.ip() != null)
                        .forEach(nic -> given.add(AllocatedIpAddresses.Allocated.of(nic.ip(), "vmAllocated",
                                vm.deployed())));
            }
        }
        given.sort(Comparator.comparing(a -> a.address, IpScope.ORDER));
        list.ipAddress.addAll(given);
        return list;
    }

    public static ExternalNetwork external(Tx tx, Viewer v, ExternalNetworkRow n) {
        ExternalNetwork net = v.entity(new ExternalNetwork(), Kind.EXTERNAL_NETWORK, n.id(), n.name());
        net.status = n.status();
        net.description = n.description();
        net.link("edit", net.href, MediaTypes.xml(MediaTypes.EXTERNAL_NETWORK));
        net.link("remove", net.href, null);
        net.configuration = new NetworkConfiguration();
        for (IpScope s : tx.networks().scopes(n.id())) {
            net.configuration.ipScopes.add(scope(s, false));
        }
        net.configuration.fenceMode = NetworkRow.ISOLATED; // vCD's for an external network
        net.configuration.retainNetInfoAcrossDeployments = false;
        Reference vc = v.adminRef(Kind.VCENTER, Provider.VCENTER_ID, Provider.VCENTER);
        for (String moref : tx.networks().portGroups(n.id())) {
            VimObjectRef ref = new VimObjectRef();
            ref.vimServerRef = vc;
            ref.moRef = moref;
            ref.vimObjectType = Provider.portGroup(moref).map(Provider.PortGroup::type).orElse(Provider.DV_PORTGROUP);
            net.vimPortGroupRefs.add(ref);
        }
        net.vimPortGroupRef = net.vimPortGroupRefs.isEmpty() ? null : net.vimPortGroupRefs.get(0);
        net.tasks = TaskView.active(tx, v, n.id());
        return net;
    }

    public static ExternalNetwork.References externals(Tx tx, Viewer v) {
        ExternalNetwork.References refs = new ExternalNetwork.References();
        refs.href = v.href("/api/admin/extension/externalNetworkReferences");
        refs.type = MediaTypes.xml(MediaTypes.EXTERNAL_NETWORK_REFERENCES);
        for (ExternalNetworkRow n : tx.networks().externals()) {
            refs.externalNetworkReference.add(v.adminRef(Kind.EXTERNAL_NETWORK, n.id(), n.name()));
        }
        return refs;
    }

    /** A stored scope as IpScopeType; {@code inherited} for a direct network, whose scope is its parent's. */
    static NetworkConfiguration.IpScope scope(IpScope s, boolean inherited) {
        NetworkConfiguration.IpScope scope = new NetworkConfiguration.IpScope();
        scope.isInherited = inherited;
        scope.gateway = s.gateway();
        scope.netmask = s.netmask();
        scope.subnetPrefixLength = s.prefixLength();
        scope.dns1 = s.dns1();
        scope.dns2 = s.dns2();
        scope.dnsSuffix = s.dnsSuffix();
        scope.isEnabled = true;
        if (!s.ranges().isEmpty()) {
            scope.ipRanges = s.ranges().stream().map(r -> {
                NetworkConfiguration.IpRange range = new NetworkConfiguration.IpRange();
                range.startAddress = r.start();
                range.endAddress = r.end();
                return range;
            }).toList();
        }
        return scope;
    }

    /** An external network as the cloudapi writes it (go-vcloud-director's {@code types.ExternalNetworkV2}). */
    public static Map<String, Object> externalJson(Tx tx, ExternalNetworkRow n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.EXTERNAL_NETWORK.urn(n.id()));
        m.put("name", n.name());
        m.put("description", n.description() == null ? "" : n.description());
        m.put("status", n.status() == 1 ? "REALIZED" : "PENDING");
        List<Map<String, Object>> subnets = new ArrayList<>();
        long total = 0;
        for (IpScope s : tx.networks().scopes(n.id())) {
            Map<String, Object> subnet = subnetJson(s);
            subnet.put("enabled", true);
            subnet.put("totalIpCount", s.poolSize());
            subnet.put("usedIpCount", 0);
            subnets.add(subnet);
            total += s.poolSize();
        }
        m.put("subnets", Map.of("values", subnets));
        List<Map<String, Object>> backings = new ArrayList<>();
        for (String moref : tx.networks().portGroups(n.id())) {
            Map<String, Object> b = new LinkedHashMap<>();
            Provider.PortGroup pg = Provider.portGroup(moref).orElse(new Provider.PortGroup(moref, moref,
                    Provider.DV_PORTGROUP));
            b.put("backingId", moref);
            b.put("name", pg.name());
            b.put("backingType", pg.type());
            b.put("backingTypeValue", pg.type());
            b.put("networkProvider", Map.of("name", Provider.VCENTER, "id", Kind.VCENTER.urn(Provider.VCENTER_ID)));
            backings.add(b);
        }
        NsxtStore nsxt = tx.store(NsxtStore::new);
        nsxt.tier0Of(n.id()).ifPresent(t -> backings.add(nsxtBacking(tx, t, NsxtStore.VRF_TIER0.equals(t.kind())
                ? "NSXT_VRF_TIER0" : "NSXT_TIER0")));
        nsxt.segmentOfExternal(n.id()).ifPresent(s -> backings.add(nsxtBacking(tx, s, SEGMENT_BACKING)));
        m.put("networkBackings", Map.of("values", backings));
        m.put("totalIpCount", total);
        m.put("usedIpCount", 0);
        Optional<Optional<UUID>> ipSpaces = tx.store(IpSpaceStore::new).usingIpSpace(n.id());
        m.put("usingIpSpace", ipSpaces.isPresent());
        m.put("dedicatedOrg", ipSpaces.flatMap(o -> o).map(org -> OpenApiReference.ref(tx.orgs().find(org)
                .map(OrgRow::name).orElse(""), Kind.ORG.urn(org))).orElse(null));
        m.put("dedicatedEdgeGateway", null);
        return m;
    }

    /** A backing on an NSX-T manager's tier-0 router or segment, named by the manager's id for it. */
    private static Map<String, Object> nsxtBacking(Tx tx, NsxtStore.Resource t, String type) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("backingId", t.nsxtId());
        b.put("name", t.name());
        b.put("backingType", type);
        b.put("backingTypeValue", type);
        b.put("networkProvider", tx.store(NsxtStore::new).manager(t.managerId()).map(mgr -> Map.of("name",
                mgr.name(), "id", Kind.NSXT_MANAGER.urn(mgr.id()))).orElse(Map.of()));
        return b;
    }

    /** An org VDC network as the cloudapi writes it (go-vcloud-director's {@code types.OpenApiOrgVdcNetwork}). */
    public static Map<String, Object> orgVdcNetworkJson(Tx tx, NetworkRow n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.NETWORK.urn(n.id()));
        m.put("name", n.name());
        m.put("description", n.description() == null ? "" : n.description());
        String vdcName = n.vdcId() == null ? "" : tx.resources().vdc(n.vdcId()).map(VdcRow::name).orElse("");
        Map<String, Object> vdc = n.vdcId() == null ? null : ref(vdcName, Kind.VDC.urn(n.vdcId()));
        Optional<UUID> group = tx.networks().vdcGroup(n.id());
        // a VDC group's network has no orgVdc, as vCD writes it: the group owns it
        if (group.isEmpty()) {
            m.put("orgVdc", vdc);
        }
        m.put("ownerRef", group.<Map<String, Object>>map(g -> ref(tx.store(VdcGroupStore::new).find(g)
                .map(VdcGroupStore.Row::name).orElse(""), Kind.VDC_GROUP.urn(g))).orElse(vdc));
        m.put("orgRef", ref(tx.orgs().find(n.orgId()).map(OrgRow::name).orElse(""), Kind.ORG.urn(n.orgId())));
        // go-vcloud-director's OpenApiOrgVdcNetwork.IsNsxt reads these two (IsDhcpEnabled asks it first)
        boolean nsxt = VdcNetworking.nsxt(tx, n);
        m.put("orgVdcIsNsxTBacked", nsxt && n.vdcId() != null);
        Optional<NsxtStore.Resource> segment = tx.store(NsxtStore::new).segmentOf(n.id());
        Optional<String> portGroup = tx.networks().portGroupOf(n.id());
        m.put("networkType", segment.isPresent() || portGroup.isPresent() ? "OPAQUE" : switch (n.fenceMode()) {
            case NetworkRow.BRIDGED -> "DIRECT";
            case NetworkRow.ROUTED -> "NAT_ROUTED";
            default -> "ISOLATED";
        });
        m.put("parentNetworkId", n.parentNetworkId() == null ? null : ref(tx.networks().external(n.parentNetworkId())
                .map(ExternalNetworkRow::name).orElse(""), Kind.EXTERNAL_NETWORK.urn(n.parentNetworkId())));
        m.put("connection", n.edgeGatewayId() == null ? null : Map.of("routerRef",
                ref(tx.edges().find(n.edgeGatewayId()).map(EdgeGatewayRow::name).orElse(""),
                        Kind.EDGE_GATEWAY.urn(n.edgeGatewayId())), "connectionType",
                n.edgeInterface() == null ? "INTERNAL" : n.edgeInterface().toUpperCase(Locale.ROOT)));
        Map<String, Object> subnet = subnetJson(n.scope());
        subnet.put("enabled", true);
        subnet.put("totalIpCount", n.scope().poolSize());
        subnet.put("usedIpCount", 0);
        m.put("subnets", Map.of("values", List.of(subnet)));
        m.put("status", n.status() == 1 ? "REALIZED" : "PENDING");
        m.put("shared", n.shared());
        m.put("guestVlanTaggingAllowed", n.guestVlanAllowed());
        m.put("totalIpCount", n.scope().poolSize());
        m.put("usedIpCount", 0);
        // an imported network names what it stands on: a segment by the manager's id, a port group by its moref
        m.put("backingNetworkId", segment.map(NsxtStore.Resource::nsxtId).or(() -> portGroup).orElse(null));
        m.put("backingNetworkType", portGroup.isPresent() || NetworkRow.BRIDGED.equals(n.fenceMode())
                && segment.isEmpty() ? Provider.DV_PORTGROUP
                : nsxt || segment.isPresent() ? "NSXT_FLEXIBLE_SEGMENT" : "VIRTUAL_WIRE");
        m.put("routeAdvertised", false);
        m.put("enableDualSubnetNetwork", false);
        return m;
    }

    static Map<String, Object> subnetJson(IpScope s) {
        Map<String, Object> subnet = new LinkedHashMap<>();
        subnet.put("gateway", s.gateway());
        subnet.put("prefixLength", s.prefixLength());
        subnet.put("dnsSuffix", s.dnsSuffix() == null ? "" : s.dnsSuffix());
        subnet.put("dnsServer1", s.dns1() == null ? "" : s.dns1());
        subnet.put("dnsServer2", s.dns2() == null ? "" : s.dns2());
        subnet.put("ipRanges", Map.of("values", s.ranges().stream()
                .map(r -> Map.of("startAddress", r.start(), "endAddress", r.end())).toList()));
        return subnet;
    }
}
