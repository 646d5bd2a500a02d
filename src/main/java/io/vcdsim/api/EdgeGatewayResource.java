package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AnyContent;
import io.vcdsim.model.EdgeGateway;
import io.vcdsim.model.EdgeGatewayFormFactor;
import io.vcdsim.model.SyslogServerSettings;
import io.vcdsim.model.QueryResult;
import io.vcdsim.network.EdgeGatewayActions;
import io.vcdsim.network.EdgeGatewayService;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.views.EdgeGatewayView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * NSX-V edge gateways on {@code /api}: made in a VDC ({@code POST /api/admin/vdc/{id}/edgeGateways}, which a GET
 * lists as query records), read, updated and deleted at {@code /api/admin/edgeGateway/{id}}, their services
 * configured ({@code action/configureServices}) and their appliance acted on (redeploy, syslog, form factor, ...).
 */
public final class EdgeGatewayResource implements Routes {
    private final Database db;
    private final EdgeGatewayService edges;
    private final EdgeGatewayActions actions;
    private final VdcService vdcs;
    private final QueryService queries;
    private final TaskViews tasks;

    public EdgeGatewayResource(Database db, EdgeGatewayService edges, EdgeGatewayActions actions, VdcService vdcs,
                               QueryService queries, TaskViews tasks) {
        this.db = db;
        this.edges = edges;
        this.actions = actions;
        this.vdcs = vdcs;
        this.queries = queries;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/admin/vdc/{id}/edgeGateways", this::create);
        r.get("/api/admin/vdc/{id}/edgeGateways", this::list);
        r.get("/api/admin/edgeGateway/{id}", x -> Reply.ok(view(x, edge(x, Right.NETWORK_VIEW)),
                MediaTypes.EDGE_GATEWAY));
        r.put("/api/admin/edgeGateway/{id}", this::update);
        r.delete("/api/admin/edgeGateway/{id}", x -> tasks.accepted(x, edges.delete(edge(x, Right.ORG_EDIT),
                TaskResource.caller(x.principal()))));
        r.post("/api/admin/edgeGateway/{id}/action/enableDistributedRouting", x -> tasks.accepted(x,
                edges.distributedRouting(x.principal(), edge(x, Right.ORG_EDIT), true,
                        TaskResource.caller(x.principal()))));
        r.post("/api/admin/edgeGateway/{id}/action/disableDistributedRouting", x -> tasks.accepted(x,
                edges.distributedRouting(x.principal(), edge(x, Right.ORG_EDIT), false,
                        TaskResource.caller(x.principal()))));
        r.post("/api/admin/edgeGateway/{id}/action/configureServices", x -> {
            EdgeGatewayRow e = edge(x, Right.ORG_EDIT);
            AnyContent in = x.read(AnyContent.class, "EdgeGatewayServiceConfiguration",
                    MediaTypes.EDGE_GATEWAY_SERVICES);
            return tasks.accepted(x, edges.configureServices(e, in.toXml(), TaskResource.caller(x.principal())));
        });
        registerActions(r);
    }

    /** The appliance's actions: an org administrator's, except its size, which is a system administrator's. */
    private void registerActions(Router r) {
        String action = "/api/admin/edgeGateway/{id}/action/";
        r.post(action + "redeploy", x -> tasks.accepted(x, actions.redeploy(nsxv(x), caller(x))));
        r.post(action + "reapplyServices", x -> tasks.accepted(x, actions.reapplyServices(nsxv(x), caller(x))));
        r.post(action + "syncSyslogServerSettings", x -> tasks.accepted(x,
                actions.syncSyslogServerSettings(nsxv(x), caller(x))));
        r.post(action + "configureSyslogServerSettings", x -> {
            EdgeGatewayRow e = nsxv(x);
            SyslogServerSettings in = x.read(SyslogServerSettings.class, "SyslogServerSettings",
                    MediaTypes.SYSLOG_SETTINGS);
            List<String> addresses = in.tenantSyslogServerSettings == null
                    || in.tenantSyslogServerSettings.syslogServerIp == null ? List.of()
                    : in.tenantSyslogServerSettings.syslogServerIp;
            return tasks.accepted(x, actions.configureSyslogServer(e, addresses, caller(x)));
        });
        r.post(action + "modifyFormFactor", x -> {
            EdgeGatewayRow e = nsxv(x);
            EdgeGatewayFormFactor in = x.read(EdgeGatewayFormFactor.class, "EdgeGatewayFormFactor",
                    MediaTypes.EDGE_GATEWAY_FORM_FACTOR);
            return tasks.accepted(x, actions.modifyFormFactor(x.principal(), e, in.gatewayType, caller(x)));
        });
        r.post(action + "upgradeConfig", x -> tasks.accepted(x, actions.upgradeConfig(x.principal(), nsxv(x),
                caller(x))));
        r.post(action + "convertToAdvancedGateway", x -> tasks.accepted(x, actions.convertToAdvanced(nsxv(x),
                caller(x))));
    }

    private EdgeGatewayRow nsxv(Exchange x) {
        return edges.nsxvEdge(x.principal(), Hrefs.id(x, "id"), Right.ORG_EDIT);
    }

    private static TaskEngine.Caller caller(Exchange x) {
        return TaskResource.caller(x.principal());
    }

    private EdgeGatewayRow edge(Exchange x, Right right) {
        return edges.edge(x.principal(), Hrefs.id(x, "id"), right);
    }

    private EdgeGateway view(Exchange x, EdgeGatewayRow e) {
        return db.read(tx -> EdgeGatewayView.of(tx, Hrefs.viewer(x), e));
    }

    /**
     * The VDC's edges as edgeGateway query records (pyvcloud's list_edge_gateways follows the VDC's link here). A
     * caller's filter is the query service's business (type=edgeGateway), not this list's.
     */
    private Reply list(Exchange x) {
        VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VDC_VIEW);
        QueryService.Request req = new QueryService.Request(Kind.EDGE_GATEWAY.query(), x.queryParam("format"),
                "vdc==" + Kind.VDC.urn(vdc.id()), false, x.queryParam("sortAsc"), x.queryParam("sortDesc"), null,
                null, null);
        QueryResult result = queries.run(x.principal(), req, x.baseUrl());
        return Reply.ok(result, result.type.substring(0, result.type.length() - "+xml".length()));
    }

    /** 201 with the edge, its creation task (networkEdgeGatewayCreate) inside, which both clients wait for. */
    private Reply create(Exchange x) {
        VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.ORG_EDIT);
        EdgeGateway in = x.read(EdgeGateway.class, "EdgeGateway", MediaTypes.EDGE_GATEWAY);
        EdgeGateway.Configuration c = in.configuration;
        if (c == null) {
            throw ApiException.badRequest("An EdgeGateway needs a Configuration with its GatewayInterfaces.");
        }
        List<EdgeGatewayService.Uplink> uplinks = new ArrayList<>();
        for (EdgeGateway.GatewayInterface i : Bodies.list(c.gatewayInterfaces, "GatewayInterfaces")) {
            if (i.interfaceType != null && !i.interfaceType.equals("uplink")) {
                throw ApiException.badRequest("A new edge gateway has uplinks only; routed networks connect to it "
                        + "once it exists.");
            }
            UUID network = i.network == null ? null : Ids.fromAny(i.network.href != null ? i.network.href
                    : i.network.id);
            if (network == null) {
                throw ApiException.badRequest("Each GatewayInterface needs the Network (an external network) it is "
                        + "an uplink to.");
            }
            List<EdgeGatewayService.Subnet> subnets = Bodies.list(i.subnetParticipation, "SubnetParticipation").stream()
                    .map(s ->
                    new EdgeGatewayService.Subnet(s.gateway, s.netmask, s.ipAddress == null || s.ipAddress.isBlank()
                            ? null : s.ipAddress, s.ipRanges == null ? null : Bodies.list(s.ipRanges, "IpRanges").stream()
                            .map(r -> new IpScope.IpRange(r.startAddress, r.endAddress)).toList(),
                            Boolean.TRUE.equals(s.useForDefaultRoute))).toList();
            uplinks.add(new EdgeGatewayService.Uplink(network, Boolean.TRUE.equals(i.useForDefaultRoute),
                    Boolean.TRUE.equals(i.applyRateLimit), i.inRateLimit, i.outRateLimit, subnets));
        }
        EdgeGatewayService.Spec spec = new EdgeGatewayService.Spec(in.name, in.description, c.gatewayBackingConfig,
                Boolean.TRUE.equals(c.haEnabled), Boolean.TRUE.equals(c.useDefaultRouteForDnsRelay),
                // vCD 10 makes every new NSX-V edge an advanced one: terraform's vcd_edgegateway does not ask for it
                // and then uses the NSX API, which serves advanced edges only
                !Boolean.FALSE.equals(c.advancedNetworkingEnabled), Boolean.TRUE.equals(c.distributedRoutingEnabled),
                uplinks);
        EdgeGatewayService.Created created = edges.create(x.principal(), vdc, spec,
                TaskResource.caller(x.principal()));
        EdgeGateway view = view(x, created.edge());
        return tasks.created(x, view, MediaTypes.EDGE_GATEWAY, view.href, java.util.List.of(created.task()));
    }

    /**
     * A PUT of the whole edge: its name, description and switches change, and its uplink subnets' sub-allocated pools
     * become those sent (pyvcloud's Gateway.add_sub_allocated_ip_pools and remove_sub_allocated_ip_pools PUT the edge
     * read back with IpRanges added or removed); uplinks, their addresses and services stay.
     */
    private Reply update(Exchange x) {
        EdgeGatewayRow e = edge(x, Right.ORG_EDIT);
        EdgeGateway in = x.read(EdgeGateway.class, "EdgeGateway", MediaTypes.EDGE_GATEWAY);
        EdgeGateway.Configuration c = in.configuration;
        EdgeGatewayService.Update u = new EdgeGatewayService.Update(in.name == null ? e.name() : in.name,
                in.description, c == null || c.haEnabled == null ? e.haEnabled() : c.haEnabled,
                c == null || c.useDefaultRouteForDnsRelay == null ? e.dnsRelay() : c.useDefaultRouteForDnsRelay,
                c == null || c.advancedNetworkingEnabled == null ? e.advancedNetworking()
                        : c.advancedNetworkingEnabled,
                c == null || c.distributedRoutingEnabled == null ? e.distributedRouting()
                        : c.distributedRoutingEnabled);
        return tasks.accepted(x, edges.update(x.principal(), e, u, null, c == null ? Map.of() : subAllocations(c),
                null, TaskResource.caller(x.principal())));
    }

    /** The IpRanges of each uplink subnet sent, by external network and subnet gateway (none sent: none kept). */
    private static Map<UUID, Map<String, EdgeGatewayService.Allocation>> subAllocations(EdgeGateway.Configuration c) {
        Map<UUID, Map<String, EdgeGatewayService.Allocation>> out = new HashMap<>();
        for (EdgeGateway.GatewayInterface i : Bodies.list(c.gatewayInterfaces, "GatewayInterfaces")) {
            UUID network = i.network == null ? null : Ids.fromAny(i.network.href != null ? i.network.href
                    : i.network.id);
            if (!"uplink".equals(i.interfaceType) || network == null) {
                continue;
            }
            for (EdgeGateway.SubnetParticipation s : Bodies.list(i.subnetParticipation, "SubnetParticipation")) {
                if (s.gateway != null) {
                    List<IpScope.IpRange> ranges = s.ipRanges == null ? List.of() : Bodies.list(s.ipRanges,
                            "IpRanges").stream().map(r -> new IpScope.IpRange(r.startAddress, r.endAddress)).toList();
                    out.computeIfAbsent(network, k -> new HashMap<>()).put(s.gateway,
                            new EdgeGatewayService.Allocation(ranges, null));
                }
            }
        }
        return out;
    }
}
