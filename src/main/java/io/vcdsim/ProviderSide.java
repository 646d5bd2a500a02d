package io.vcdsim;

import io.vcdsim.api.CloudApiAlbResource;
import io.vcdsim.api.CloudApiAlbServiceEngineGroupResource;
import io.vcdsim.api.CloudApiLogicalVmGroupResource;
import io.vcdsim.api.CloudApiNetworkPoolResource;
import io.vcdsim.api.DrsResource;
import io.vcdsim.api.MultisiteResource;
import io.vcdsim.api.ProviderResource;
import io.vcdsim.api.ProviderVdcBackingResource;
import io.vcdsim.api.ProviderVdcResource;
import io.vcdsim.api.Routes;
import io.vcdsim.api.StrandedItemResource;
import io.vcdsim.api.TaskViews;
import io.vcdsim.api.VimServerResource;
import io.vcdsim.config.Config;
import io.vcdsim.provider.AlbClouds;
import io.vcdsim.provider.AlbControllers;
import io.vcdsim.provider.AlbServiceEngineGroups;
import io.vcdsim.provider.Associations;
import io.vcdsim.provider.DrsRules;
import io.vcdsim.provider.LogicalVmGroups;
import io.vcdsim.provider.NetworkPools;
import io.vcdsim.provider.ProviderVdcBacking;
import io.vcdsim.provider.ProviderVdcs;
import io.vcdsim.provider.StrandedItems;
import io.vcdsim.provider.TenantMigration;
import io.vcdsim.provider.VSphereWebClient;
import io.vcdsim.provider.VimServers;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tenancy.OrgService;

import java.util.List;

/** The wiring of the provider side: the simulated vCenters' services and the resources that serve them. */
final class ProviderSide {
    private ProviderSide() {
    }

    static List<Routes> resources(Database db, TaskEngine engine, Config config, QueryService queries,
                                  TaskViews taskViews, OrgService orgs) {
        ProviderVdcs providerVdcs = new ProviderVdcs(db, engine);
        ProviderVdcBacking backing = new ProviderVdcBacking(db, engine);
        return List.of(new ProviderResource(db, new TenantMigration(db, engine), taskViews),
                new ProviderVdcResource(db, providerVdcs, taskViews),
                new ProviderVdcBackingResource(db, providerVdcs, backing, queries, taskViews),
                new DrsResource(db, new DrsRules(db, engine), backing, taskViews),
                new CloudApiLogicalVmGroupResource(new LogicalVmGroups(db, config.clock()), queries),
                new MultisiteResource(db, new Associations(db, engine, config.clock()), orgs, taskViews),
                new VimServerResource(db, new VimServers(db, engine, config.vcenterShape()), new VSphereWebClient(db),
                        queries, taskViews),
                new StrandedItemResource(db, new StrandedItems(db, engine), queries, taskViews),
                new CloudApiNetworkPoolResource(db, new NetworkPools(db, engine), queries, taskViews),
                new CloudApiAlbResource(db, new AlbControllers(db, config.clock()), new AlbClouds(db, config.clock()),
                        queries),
                new CloudApiAlbServiceEngineGroupResource(db, new AlbServiceEngineGroups(db, engine, config.clock()),
                        queries));
    }
}
