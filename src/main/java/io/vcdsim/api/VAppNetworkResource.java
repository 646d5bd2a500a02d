package io.vcdsim.api;

import io.vcdsim.compute.VAppNetworks;
import io.vcdsim.compute.VAppService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Link;
import io.vcdsim.model.NetworkConfigSection;
import io.vcdsim.model.NetworkConfiguration;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VAppNetwork;
import io.vcdsim.store.Database;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.views.VAppNetworkView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vApp's networks: its {@code networkConfigSection} (GET, and PUT of the whole list), each network at
 * {@code /api/network/{id}} (GET, PUT, DELETE; the ids of org VDC networks are served by {@link NetworkResource}),
 * and its reset and syslog synchronization actions. Changes answer 202 with the vApp's task.
 */
public final class VAppNetworkResource implements Routes {
    private static final Pattern UUID_IN_HREF = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final Database db;
    private final VAppService vapps;
    private final VAppNetworks networks;
    private final TaskViews tasks;

    public VAppNetworkResource(Database db, VAppService vapps, VAppNetworks networks, TaskViews tasks) {
        this.db = db;
        this.vapps = vapps;
        this.networks = networks;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vApp/{id}/networkConfigSection", x -> {
            VAppRow a = vapp(x, Right.VDC_VIEW);
            return Reply.ok(db.read(tx -> VAppNetworkView.section(tx, Hrefs.viewer(x), a,
                    x.principal().has(Right.VAPP_EDIT))), MediaTypes.NETWORK_CONFIG_SECTION);
        });
        r.put("/api/vApp/{id}/networkConfigSection", this::putSection);
        r.put("/api/network/{id}", this::putNetwork);
        r.delete("/api/network/{id}", x -> {
            VAppNetworkRow n = network(x, Right.VAPP_EDIT);
            return tasks.accepted(x, networks.delete(vappOf(x, n), n, TaskResource.caller(x.principal())));
        });
        r.post("/api/admin/network/{id}/action/reset", x -> action(x, VAppNetworks.RESET));
        r.post("/api/admin/network/{id}/action/syncSyslogServerSettings", x -> action(x, VAppNetworks.SYNC_SYSLOG));
    }

    /** The vApp network an id names, if it is one (org VDC networks share the path). */
    Optional<Reply> get(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        if (db.read(tx -> tx.vappNetworks().find(id)).isEmpty()) {
            return Optional.empty();
        }
        VAppNetworkRow n = network(x, Right.VDC_VIEW);
        VAppRow a = vappOf(x, n);
        return Optional.of(Reply.ok(db.read(tx -> VAppNetworkView.network(tx, Hrefs.viewer(x), a, n,
                x.principal().has(Right.VAPP_EDIT))), MediaTypes.VAPP_NETWORK));
    }

    /** The addresses of the vApp network an id names, if it is one (org VDC networks share the path). */
    Optional<Reply> allocated(Exchange x) {
        if (db.read(tx -> tx.vappNetworks().find(Hrefs.id(x, "id"))).isEmpty()) {
            return Optional.empty();
        }
        VAppNetworkRow n = network(x, Right.VDC_VIEW);
        VAppRow a = vappOf(x, n);
        return Optional.of(Reply.ok(db.read(tx -> VAppNetworkView.allocated(tx, Hrefs.viewer(x), a, n)),
                MediaTypes.ALLOCATED_ADDRESSES));
    }

    private VAppRow vapp(Exchange x, Right right) {
        return vapps.vapp(x.principal(), Hrefs.id(x, "id"), right);
    }

    private VAppNetworkRow network(Exchange x, Right right) {
        return networks.network(x.principal(), Hrefs.id(x, "id"), right);
    }

    private VAppRow vappOf(Exchange x, VAppNetworkRow n) {
        return vapps.vapp(x.principal(), n.vappId(), Right.VDC_VIEW);
    }

    Reply putSection(Exchange x) {
        VAppRow a = vapp(x, Right.VAPP_EDIT);
        NetworkConfigSection in = x.read(NetworkConfigSection.class, "NetworkConfigSection",
                MediaTypes.NETWORK_CONFIG_SECTION);
        return tasks.accepted(x, networks.replace(a, wanted(in), TaskResource.caller(x.principal())));
    }

    /** The networks a NetworkConfigSection asks for (a PUT of it, or a new vApp's InstantiationParams). */
    static List<VAppNetworks.Wanted> wanted(NetworkConfigSection in) {
        List<VAppNetworks.Wanted> wanted = new ArrayList<>();
        for (NetworkConfigSection.NetworkConfig c : Bodies.list(in.networkConfig, "NetworkConfig")) {
            wanted.add(wanted(idIn(c.link), c.networkName, c.description, c.configuration));
        }
        return wanted;
    }

    Reply putNetwork(Exchange x) {
        VAppNetworkRow n = network(x, Right.VAPP_EDIT);
        VAppNetwork in = x.read(VAppNetwork.class, "VAppNetwork", MediaTypes.VAPP_NETWORK);
        return tasks.accepted(x, networks.update(vappOf(x, n), n, wanted(n.id(),
                in.name == null ? n.name() : in.name, in.description, in.configuration),
                TaskResource.caller(x.principal())));
    }

    Reply action(Exchange x, String operationName) {
        VAppNetworkRow n = network(x, Right.VAPP_EDIT);
        return tasks.accepted(x, networks.action(vappOf(x, n), n, operationName, TaskResource.caller(x.principal())));
    }

    /** A network's id from its links (vCD's repair link, or go-vcloud-director's single Link), if any. */
    private static UUID idIn(List<Link> links) {
        for (Link l : links == null ? List.<Link>of() : links) {
            Matcher m = l.href == null ? null : UUID_IN_HREF.matcher(l.href);
            if (m != null && m.find()) {
                return UUID.fromString(m.group());
            }
        }
        return null;
    }

    private static VAppNetworks.Wanted wanted(UUID id, String name, String description, NetworkConfiguration c) {
        if (c == null) {
            throw ApiException.badRequest("vApp network " + name + " needs a Configuration.");
        }
        NetworkConfiguration.IpScope s = c.ipScopes == null || c.ipScopes.isEmpty() ? null : c.ipScopes.get(0);
        VAppNetworks.ScopeIn scope = null;
        if (s != null && s.gateway != null) {
            List<IpScope.IpRange> ranges = new ArrayList<>();
            for (NetworkConfiguration.IpRange r : Bodies.list(s.ipRanges, "IpRanges")) {
                ranges.add(new IpScope.IpRange(r.startAddress, r.endAddress));
            }
            scope = new VAppNetworks.ScopeIn(s.gateway, s.netmask, s.subnetPrefixLength, s.dns1, s.dns2, s.dnsSuffix,
                    ranges);
        }
        Reference parent = c.parentNetwork;
        UUID parentId = parent == null ? null : idIn(List.of(new Link(null, parent.href != null ? parent.href
                : parent.id, null)));
        if (parent != null && parentId == null) {
            throw ApiException.invalidReference("ParentNetwork of " + name + " names no network.");
        }
        String features = c.features == null ? null : c.features.toXml();
        return new VAppNetworks.Wanted(id, name, description, c.fenceMode, parentId,
                s == null ? null : s.isInherited, scope, c.retainNetInfoAcrossDeployments, c.guestVlanAllowed,
                features == null || features.isBlank() ? null : features);
    }
}
