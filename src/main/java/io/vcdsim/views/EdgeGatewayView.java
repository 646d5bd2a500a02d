package io.vcdsim.views;

import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.model.AnyContent;
import io.vcdsim.model.EdgeGateway;
import io.vcdsim.model.NetworkConfiguration;
import io.vcdsim.model.Reference;
import io.vcdsim.model.SyslogServerSettings;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;

/** An edge gateway as {@code /api/admin/edgeGateway/{id}} shows it: uplinks, then its routed networks' interfaces. */
public final class EdgeGatewayView {
    private EdgeGatewayView() {
    }

    public static EdgeGateway of(Tx tx, Viewer v, EdgeGatewayRow e) {
        EdgeGateway g = v.entity(new EdgeGateway(), Kind.EDGE_GATEWAY, e.id(), e.name());
        g.status = e.status();
        g.description = e.description();
        v.adminLink(g, "up", Kind.VDC, e.vdcId());
        if (v.principal().has(Right.ORG_EDIT)) {
            g.link("edit", g.href, MediaTypes.xml(MediaTypes.EDGE_GATEWAY));
            g.link("remove", g.href, null);
            g.link("edgeGateway:configureServices", g.href + "/action/configureServices",
                    MediaTypes.xml(MediaTypes.EDGE_GATEWAY_SERVICES));
        }
        if (v.principal().isSystemAdmin() && e.advancedNetworking()) {
            String verb = e.distributedRouting() ? "disableDistributedRouting" : "enableDistributedRouting";
            g.link("edgeGateway:" + verb, g.href + "/action/" + verb, null);
        }
        if (tx.edges().edgeCluster(e.id()).isEmpty()) {
            applianceLinks(v, g, e);
        }
        Viewer.metadataLink(g);
        EdgeGateway.Configuration c = new EdgeGateway.Configuration();
        c.gatewayBackingConfig = e.backingConfig();
        EdgeGateway.GatewayInterface current = null;
        int currentPosition = -1;
        for (UplinkRow u : tx.edges().uplinks(e.id())) {
            // an uplink's subnets are consecutive rows on one network; a subnet-less row is an uplink of its own
            if (current == null || u.subnetGateway() == null || current.subnetParticipation.isEmpty()
                    || !current.network.id.equals(Kind.EXTERNAL_NETWORK.urn(u.networkId()))
                    || u.position() != currentPosition + 1) {
                current = uplink(tx, v, u);
                c.gatewayInterfaces.add(current);
            }
            currentPosition = u.position();
            if (u.subnetGateway() != null) {
                EdgeGateway.SubnetParticipation s = new EdgeGateway.SubnetParticipation();
                s.gateway = u.subnetGateway();
                s.netmask = u.subnetNetmask();
                s.subnetPrefixLength = IpScope.prefixLength(u.subnetNetmask());
                s.ipAddress = u.ipAddress();
                s.ipRanges = u.ranges() == null ? null : u.ranges().stream().map(EdgeGatewayView::range).toList();
                s.useForDefaultRoute = u.subnetDefault();
                current.subnetParticipation.add(s);
            }
        }
        for (NetworkRow n : tx.networks().routedBy(e.id())) {
            c.gatewayInterfaces.add(internal(v, n));
        }
        // stored hrefs (a NAT rule's network) are paths
        c.edgeGatewayServiceConfiguration = AnyContent.of(e.services().replace("href=\"/api/",
                "href=\"" + v.href("/api/")));
        c.haEnabled = e.haEnabled();
        c.useDefaultRouteForDnsRelay = e.dnsRelay();
        c.advancedNetworkingEnabled = e.advancedNetworking();
        c.distributedRoutingEnabled = e.distributedRouting();
        c.syslogServerSettings = SyslogServerSettings.of(e.tenantSyslogIp());
        g.configuration = c;
        g.tasks = TaskView.active(tx, v, e.id());
        return g;
    }

    /** The NSX-V appliance's actions, by pyvcloud's and go-vcloud-director's rels. */
    private static void applianceLinks(Viewer v, EdgeGateway g, EdgeGatewayRow e) {
        if (!v.principal().has(Right.ORG_EDIT)) {
            return;
        }
        String action = g.href + "/action/";
        g.link("edgeGateway:redeploy", action + "redeploy", null);
        g.link("edgeGateway:reapplyServices", action + "reapplyServices", null);
        g.link("edgeGateway:syncSyslogSettings", action + "syncSyslogServerSettings", null);
        g.link("edgeGateway:configureSyslogServerSettings", action + "configureSyslogServerSettings",
                MediaTypes.xml(MediaTypes.SYSLOG_SETTINGS));
        if (!e.advancedNetworking()) {
            g.link("edgeGateway:convertToAdvancedGateway", action + "convertToAdvancedGateway", null);
        }
        if (v.principal().isSystemAdmin()) {
            g.link("edgeGateway:modifyFormFactor", action + "modifyFormFactor",
                    MediaTypes.xml(MediaTypes.EDGE_GATEWAY_FORM_FACTOR));
            if ("compact".equals(e.backingConfig())) {
                g.link("edgeGateway:upgrade", action + "upgradeConfig", null);
            }
        }
    }

    private static EdgeGateway.GatewayInterface uplink(Tx tx, Viewer v, UplinkRow u) {
        String name = tx.networks().external(u.networkId()).map(ExternalNetworkRow::name).orElse("");
        EdgeGateway.GatewayInterface i = new EdgeGateway.GatewayInterface();
        i.name = name;
        i.displayName = name;
        // vCD names an uplink's network by the generic admin network type (go-vcloud-director compares it)
        i.network = new Reference(v.adminHref(Kind.NETWORK, u.networkId()),
                Kind.EXTERNAL_NETWORK.urn(u.networkId()), MediaTypes.xml(MediaTypes.ADMIN_NETWORK), name);
        i.interfaceType = "uplink";
        i.applyRateLimit = u.applyRateLimit();
        i.inRateLimit = u.inRateLimit();
        i.outRateLimit = u.outRateLimit();
        i.useForDefaultRoute = u.defaultRoute();
        return i;
    }

    private static EdgeGateway.GatewayInterface internal(Viewer v, NetworkRow n) {
        EdgeGateway.GatewayInterface i = new EdgeGateway.GatewayInterface();
        i.name = n.name();
        i.displayName = n.name();
        i.network = new Reference(v.adminHref(Kind.NETWORK, n.id()), Kind.NETWORK.urn(n.id()),
                MediaTypes.xml(MediaTypes.ADMIN_NETWORK), n.name());
        i.interfaceType = "internal";
        EdgeGateway.SubnetParticipation s = new EdgeGateway.SubnetParticipation();
        s.gateway = n.scope().gateway();
        s.netmask = n.scope().netmask();
        s.subnetPrefixLength = n.scope().prefixLength();
        s.ipAddress = n.scope().gateway(); // the edge is the routed network's gateway
        s.useForDefaultRoute = false;
        i.subnetParticipation.add(s);
        i.applyRateLimit = false;
        i.useForDefaultRoute = false;
        return i;
    }

    private static NetworkConfiguration.IpRange range(IpScope.IpRange r) {
        NetworkConfiguration.IpRange out = new NetworkConfiguration.IpRange();
        out.startAddress = r.start();
        out.endAddress = r.end();
        return out;
    }
}
