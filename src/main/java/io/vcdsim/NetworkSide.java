package io.vcdsim;

import io.vcdsim.api.CloudApiAlbEdgeResource;
import io.vcdsim.api.CloudApiAlbPoolResource;
import io.vcdsim.api.CloudApiAlbVirtualServiceResource;
import io.vcdsim.api.CloudApiDfwRuleResource;
import io.vcdsim.api.CloudApiEdgeGatewayResource;
import io.vcdsim.api.CloudApiIpSpaceResource;
import io.vcdsim.api.CloudApiNetworkDhcpResource;
import io.vcdsim.api.CloudApiNetworkResource;
import io.vcdsim.api.CloudApiNsxtFirewallResource;
import io.vcdsim.api.CloudApiEdgeConfigResource;
import io.vcdsim.api.CloudApiNsxtNatResource;
import io.vcdsim.api.CloudApiSegmentProfileResource;
import io.vcdsim.api.CloudApiVdcGroupResource;
import io.vcdsim.network.AlbAssignments;
import io.vcdsim.network.AlbEdgeSettings;
import io.vcdsim.network.AlbEdgeUses;
import io.vcdsim.network.AlbPools;
import io.vcdsim.network.AlbVirtualServices;
import io.vcdsim.network.AppPortProfiles;
import io.vcdsim.network.DistributedFirewallRules;
import io.vcdsim.network.EdgeFirewall;
import io.vcdsim.network.EdgeConfig;
import io.vcdsim.network.EdgeNat;
import io.vcdsim.network.FirewallGroups;
import io.vcdsim.network.IpSpaceAllocations;
import io.vcdsim.network.IpSpaceOrgs;
import io.vcdsim.network.IpSpaceUplinks;
import io.vcdsim.network.IpSpaces;
import io.vcdsim.network.NsxtEdges;
import io.vcdsim.api.EdgeGatewayResource;
import io.vcdsim.api.NetworkResource;
import io.vcdsim.api.NsxvFirewallResource;
import io.vcdsim.api.NsxvResource;
import io.vcdsim.api.Routes;
import io.vcdsim.api.TaskViews;
import io.vcdsim.api.VAppNetworkResource;
import io.vcdsim.compute.VdcService;
import io.vcdsim.network.DhcpLeases;
import io.vcdsim.network.EdgeGatewayActions;
import io.vcdsim.network.EdgeGatewayService;
import io.vcdsim.network.ExternalNetworks;
import io.vcdsim.network.NetworkDhcp;
import io.vcdsim.network.NetworkDhcpBindings;
import io.vcdsim.network.NetworkService;
import io.vcdsim.network.SegmentProfiles;
import io.vcdsim.network.VdcGroupFirewall;
import io.vcdsim.network.VdcGroups;
import io.vcdsim.network.VdcNetworkProfiles;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;

/**
 * The wiring of the simulated networking: org VDC networks and edge gateways on /api, the cloudapi and NSX-V's API,
 * and VDC groups.
 */
final class NetworkSide {
    private NetworkSide() {
    }

    static List<Routes> resources(Database db, TaskEngine engine, VdcService vdcs, VdcGroups vdcGroups,
                                  QueryService queries, TaskViews taskViews, VAppNetworkResource vappNetworks) {
        NetworkService networks = new NetworkService(db, engine);
        ExternalNetworks externals = new ExternalNetworks(db, engine);
        EdgeGatewayService edgeGateways = new EdgeGatewayService(db, engine);
        NsxtEdges nsxtEdges = new NsxtEdges(db, edgeGateways);
        AppPortProfiles profiles = new AppPortProfiles(db, engine);
        SegmentProfiles segmentProfiles = new SegmentProfiles(db, engine::now);
        // what stands on an edge's load balancer (pools, virtual services) registers here
        AlbEdgeUses albUses = new AlbEdgeUses();
        AlbPools albPools = new AlbPools(db, engine, nsxtEdges, albUses);
        return List.of(new NetworkResource(db, networks, externals, vdcs, taskViews, vappNetworks),
                new CloudApiNetworkResource(db, networks, externals, vdcs, queries, segmentProfiles),
                new CloudApiNetworkDhcpResource(networks, new NetworkDhcp(db, engine),
                        new NetworkDhcpBindings(db, engine)),
                new EdgeGatewayResource(db, edgeGateways, new EdgeGatewayActions(db, engine), vdcs, queries,
                        taskViews),
                new CloudApiEdgeGatewayResource(db, edgeGateways, vdcs, queries),
                new NsxvResource(db, edgeGateways, vdcs, new DhcpLeases(engine::now)),
                new NsxvFirewallResource(db, vdcs),
                new CloudApiVdcGroupResource(vdcGroups, new VdcGroupFirewall(db, vdcGroups), queries),
                new CloudApiDfwRuleResource(new DistributedFirewallRules(db, engine, vdcGroups)),
                new CloudApiNsxtFirewallResource(new FirewallGroups(db, engine, nsxtEdges, vdcGroups),
                        new EdgeFirewall(db, engine, nsxtEdges), profiles),
                new CloudApiNsxtNatResource(db, new EdgeNat(db, engine, nsxtEdges), profiles),
                new CloudApiEdgeConfigResource(new EdgeConfig(db, engine, nsxtEdges)),
                new CloudApiIpSpaceResource(db, new IpSpaces(db, engine), new IpSpaceUplinks(db), new IpSpaceOrgs(db),
                        new IpSpaceAllocations(db, engine)),
                new CloudApiSegmentProfileResource(db, segmentProfiles, new VdcNetworkProfiles(db),
                        networks, vdcs),
                new CloudApiAlbEdgeResource(db, new AlbEdgeSettings(db, engine, nsxtEdges, albUses),
                        new AlbAssignments(db, engine, albUses, engine::now), queries),
                new CloudApiAlbPoolResource(db, albPools, queries),
                new CloudApiAlbVirtualServiceResource(db, new AlbVirtualServices(db, engine, nsxtEdges, albUses),
                        queries));
    }
}
