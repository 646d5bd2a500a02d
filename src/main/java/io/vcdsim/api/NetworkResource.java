package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ExternalNetwork;
import io.vcdsim.model.NetworkConfiguration;
import io.vcdsim.model.OrgVdcNetwork;
import io.vcdsim.network.ExternalNetworks;
import io.vcdsim.network.NetworkService;
import io.vcdsim.store.Database;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.NetworkView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Networks on {@code /api}, as pyvcloud and go-vcloud-director use them: external networks
 * ({@code /api/admin/extension/externalnets}, {@code externalnet/{id}}, {@code externalNetworkReferences}) and org VDC
 * networks ({@code POST /api/admin/vdc/{id}/networks}, {@code /api/network/{id}} and its admin view).
 */
public final class NetworkResource implements Routes {
    private final Database db;
    private final VAppNetworkResource vappNetworks;
    private final NetworkService networks;
    private final ExternalNetworks externals;
    private final VdcService vdcs;
    private final TaskViews tasks;

    public NetworkResource(Database db, NetworkService networks, ExternalNetworks externals, VdcService vdcs, TaskViews tasks,
                           VAppNetworkResource vappNetworks) {
        this.vappNetworks = vappNetworks;
        this.db = db;
        this.networks = networks;
        this.externals = externals;
        this.vdcs = vdcs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/externalNetworkReferences", x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(db.read(tx -> NetworkView.externals(tx, Hrefs.viewer(x))),
                    MediaTypes.EXTERNAL_NETWORK_REFERENCES);
        });
        r.post("/api/admin/extension/externalnets", this::createExternal);
        r.get("/api/admin/extension/externalnet/{id}", x -> Reply.ok(external(x, external(x)),
                MediaTypes.EXTERNAL_NETWORK));
        r.put("/api/admin/extension/externalnet/{id}", x -> {
            ExternalNetworkRow n = external(x);
            ExternalNetwork in = x.read(ExternalNetwork.class, "VMWExternalNetwork", MediaTypes.EXTERNAL_NETWORK);
            return tasks.accepted(x, externals.updateExternal(n, in.name, in.description, in.configuration == null
                    || in.configuration.ipScopes == null ? null : in.configuration.ipScopes.stream()
                    .map(NetworkResource::scope).toList(), TaskResource.caller(x.principal())));
        });
        r.delete("/api/admin/extension/externalnet/{id}", x -> tasks.accepted(x,
                externals.deleteExternal(external(x), TaskResource.caller(x.principal()))));

        r.post("/api/admin/vdc/{id}/networks", this::create);
        // vApp networks share the path
        r.get("/api/network/{id}", x -> vappNetworks.get(x).orElseGet(() -> Reply.ok(view(x,
                network(x, Right.NETWORK_VIEW), false), MediaTypes.ORG_NETWORK)));
        r.get("/api/network/{id}/allocatedAddresses", x -> vappNetworks.allocated(x).orElseGet(() -> Reply.ok(
                db.read(tx -> NetworkView.allocated(tx, Hrefs.viewer(x), network(x, Right.NETWORK_VIEW))),
                MediaTypes.ALLOCATED_ADDRESSES)));
        r.get("/api/admin/network/{id}", x -> {
            // edges name their uplinks' external networks here, as vCD does
            var external = externals.externalAt(x.principal(), Hrefs.id(x, "id"));
            if (external.isPresent()) {
                return Reply.ok(external(x, external.get()), MediaTypes.EXTERNAL_NETWORK);
            }
            return Reply.ok(view(x, network(x, Right.NETWORK_VIEW), true), MediaTypes.ORG_NETWORK);
        });
        r.put("/api/admin/network/{id}", this::update);
        for (var c : Map.of("convertToInternalInterface", NetworkRow.INTERNAL, "convertToSubInterface",
                NetworkRow.SUBINTERFACE, "convertToDistributedInterface", NetworkRow.DISTRIBUTED).entrySet()) {
            r.post("/api/admin/network/{id}/action/" + c.getKey(), x -> tasks.accepted(x,
                    networks.convert(network(x, Right.ORG_EDIT), c.getValue(), TaskResource.caller(x.principal()))));
        }
        r.delete("/api/admin/network/{id}", x -> tasks.accepted(x, networks.delete(network(x, Right.ORG_EDIT),
                TaskResource.caller(x.principal()))));
    }

    private ExternalNetworkRow external(Exchange x) {
        return externals.external(x.principal(), Hrefs.id(x, "id"));
    }

    private ExternalNetwork external(Exchange x, ExternalNetworkRow n) {
        return db.read(tx -> NetworkView.external(tx, Hrefs.viewer(x), n));
    }

    private NetworkRow network(Exchange x, Right right) {
        return networks.network(x.principal(), Hrefs.id(x, "id"), right);
    }

    private OrgVdcNetwork view(Exchange x, NetworkRow n, boolean admin) {
        return db.read(tx -> NetworkView.of(tx, Hrefs.viewer(x), n, admin));
    }

    /** 201 with the network, its creation task inside (pyvcloud and go-vcloud-director wait for Tasks/Task[0]). */
    private Reply createExternal(Exchange x) {
        x.principal().requireSystemAdmin();
        ExternalNetwork in = x.read(ExternalNetwork.class, "VMWExternalNetwork", MediaTypes.EXTERNAL_NETWORK);
        if (in.configuration == null || Bodies.list(in.configuration.ipScopes, "IpScopes").isEmpty()) {
            throw ApiException.badRequest("An external network needs Configuration/IpScopes/IpScope with its "
                    + "Gateway and Netmask.");
        }
        List<String> portGroups = new ArrayList<>();
        if (in.vimPortGroupRef != null) { // the older, singular element
            portGroups.add(in.vimPortGroupRef.moRef);
        }
        Bodies.list(in.vimPortGroupRefs, "VimPortGroupRefs").forEach(ref -> portGroups.add(ref.moRef));
        if (portGroups.stream().anyMatch(m -> m == null)) {
            throw ApiException.badRequest("Each VimObjectRef needs a MoRef.");
        }
        ExternalNetworks.CreatedExternal created = externals.createExternal(x.principal(), in.name, in.description,
                in.configuration.ipScopes.stream().map(NetworkResource::scope).toList(), portGroups,
                null, TaskResource.caller(x.principal()));
        ExternalNetwork view = external(x, created.network());
        return tasks.created(x, view, MediaTypes.EXTERNAL_NETWORK, view.href, java.util.List.of(created.task()));
    }

    /** 201 with the network, its creation task inside (go-vcloud-director dereferences Tasks unchecked). */
    private Reply create(Exchange x) {
        VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.ORG_EDIT);
        OrgVdcNetwork in = x.read(OrgVdcNetwork.class, "OrgVdcNetwork", MediaTypes.ORG_VDC_NETWORK,
                MediaTypes.ORG_NETWORK);
        NetworkConfiguration c = in.configuration;
        if (c == null) {
            throw ApiException.badRequest("An OrgVdcNetwork needs a Configuration with its FenceMode.");
        }
        UUID parent = c.parentNetwork == null ? null : Ids.fromAny(c.parentNetwork.href != null
                ? c.parentNetwork.href : c.parentNetwork.id);
        UUID edge = in.edgeGateway == null ? null : Ids.fromAny(in.edgeGateway.href != null ? in.edgeGateway.href
                : in.edgeGateway.id);
        NetworkService.Spec spec = new NetworkService.Spec(in.name, in.description, c.fenceMode,
                NetworkRow.BRIDGED.equals(c.fenceMode) ? null : onlyScope(c), parent, edge,
                Boolean.TRUE.equals(c.subInterface), Boolean.TRUE.equals(c.distributedInterface),
                Boolean.TRUE.equals(in.isShared), Boolean.TRUE.equals(c.guestVlanAllowed), null);
        NetworkService.Created created = networks.create(x.principal(), vdc, spec,
                TaskResource.caller(x.principal()));
        OrgVdcNetwork view = view(x, created.network(), true);
        return tasks.created(x, view, MediaTypes.ORG_NETWORK, view.href, java.util.List.of(created.task()));
    }

    private Reply update(Exchange x) {
        NetworkRow n = network(x, Right.ORG_EDIT);
        OrgVdcNetwork in = x.read(OrgVdcNetwork.class, "OrgVdcNetwork", MediaTypes.ORG_VDC_NETWORK,
                MediaTypes.ORG_NETWORK);
        IpScope scope = in.configuration == null || NetworkRow.BRIDGED.equals(n.fenceMode()) ? null
                : onlyScope(in.configuration);
        return tasks.accepted(x, networks.update(n, in.name, in.description, scope, in.isShared,
                in.configuration == null ? null : in.configuration.guestVlanAllowed,
                TaskResource.caller(x.principal())));
    }

    /** The one IpScope a network has (vCD allows one per network), checked; null when none was sent. */
    private static IpScope onlyScope(NetworkConfiguration c) {
        if (c == null || Bodies.list(c.ipScopes, "IpScopes").isEmpty()) {
            return null;
        }
        if (c.ipScopes.size() > 1) {
            throw ApiException.badRequest("A network has one IpScope, not " + c.ipScopes.size() + ".");
        }
        return scope(c.ipScopes.get(0));
    }

    private static IpScope scope(NetworkConfiguration.IpScope in) {
        List<IpScope.IpRange> ranges = Bodies.list(in.ipRanges, "IpRanges").stream()
                .map(r -> new IpScope.IpRange(r.startAddress, r.endAddress)).toList();
        return IpScope.of(in.gateway, IpScope.maskOf(in.gateway, in.netmask, in.subnetPrefixLength), in.dns1, in.dns2,
                in.dnsSuffix, ranges);
    }
}
