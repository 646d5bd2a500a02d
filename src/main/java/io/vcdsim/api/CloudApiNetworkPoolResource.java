package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ProviderParams;
import io.vcdsim.provider.NetworkPools;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.views.NetworkPoolView;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Network pools on both faces, one object: the cloudapi's {@code networkPools} (list, create, read, rename, delete;
 * changes answer 202 with the task in {@code Location}) and {@code networkPoolSummaries}, {@code /api}'s
 * {@code networkPool/{id}} (with its {@code action/repair} and {@code action/sync} tasks) and
 * {@code networkPoolReferences}; and what VLAN and port group pools are made of, vCenter's
 * distributed switches ({@code virtualCenters/resources/dvSwitches}) and importable port groups
 * ({@code virtualCenters/resources/importableDvpgs}).
 */
public final class CloudApiNetworkPoolResource implements Routes {
    private static final String VCENTER_FILTER = "virtualCenter.id";
    private static final String VDC_FILTER = "orgVdcId";
    private final Database db;
    private final NetworkPools pools;
    private final QueryService queries;
    private final TaskViews tasks;

    public CloudApiNetworkPoolResource(Database db, NetworkPools pools, QueryService queries, TaskViews tasks) {
        this.db = db;
        this.pools = pools;
        this.queries = queries;
        this.tasks = tasks;
    }

    public static final class Ref {
        public String id;
        public String name;
    }

    public static final class Backing {
        public VlanIdRanges vlanIdRanges;
        public List<Ref> vdsRefs;
        public List<Ref> portGroupRefs;
        public Ref transportZoneRef;
        public Ref providerRef;
    }

    public static final class VlanIdRanges {
        public List<NetworkPools.VlanRange> values;
    }

    /** go-vcloud-director's NetworkPool, as far as a request sets it. */
    public static final class NetworkPoolBody {
        public String id;
        public String name;
        public String description;
        public String poolType;
        public Ref managingOwnerRef;
        public Backing backing;
    }

    @Override
    public void register(Router r) {
        for (String path : List.of(V1 + "/networkPools", V1 + "/networkPools/networkPoolSummaries")) {
            r.get(path, x -> CloudApi.page(x, queries, Kind.NETWORK_POOL.query(), null,
                    path.endsWith("Summaries") ? "NetworkPoolSummaries" : "NetworkPools",
                    ids -> db.read(tx -> tx.store(NetworkPoolStore::new).found(ids).stream()
                            .map(p -> (Object) NetworkPoolView.json(tx, p)).toList())));
        }
        r.get(V1 + "/networkPools/{id}", x -> Reply.json(200, db.read(tx -> NetworkPoolView.json(tx, pool(x)))));
        r.post(V1 + "/networkPools", this::create);
        r.put(V1 + "/networkPools/{id}", x -> {
            NetworkPoolStore.Row pool = pool(x);
            NetworkPoolBody body = x.read(NetworkPoolBody.class, "NetworkPool", "application/json");
            CloudApi.sameId(body.id, pool.id());
            List<NetworkPools.VlanRange> ranges = body.backing == null || body.backing.vlanIdRanges == null ? null
                    : body.backing.vlanIdRanges.values;
            return CloudApi.accepted(x, pools.update(x.principal(), pool.id(), body.name, body.description, ranges,
                    TaskResource.caller(x.principal())));
        });
        r.delete(V1 + "/networkPools/{id}", x -> CloudApi.accepted(x, pools.delete(x.principal(), pool(x).id(),
                TaskResource.caller(x.principal()))));

        r.get("/api/admin/extension/networkPool/{id}", x -> {
            NetworkPoolStore.Row pool = pools.pool(x.principal(), Hrefs.id(x, "id"));
            return Reply.ok(NetworkPoolView.xml(Hrefs.viewer(x), pool), MediaTypes.NETWORK_POOL);
        });
        r.get("/api/admin/extension/networkPoolReferences", this::references);
        for (String action : List.of("repair", "sync")) {
            r.post("/api/admin/extension/networkPool/{id}/action/" + action, x -> tasks.accepted(x,
                    pools.repairOrSync(x.principal(), Hrefs.id(x, "id"), action.equals("repair"),
                            TaskResource.caller(x.principal()))));
        }

        r.get(V1 + "/virtualCenters/resources/dvSwitches", x -> CloudApi.contextPage(x,
                vCenter(x).map(vc -> List.of(Map.of("backingRef", Map.of("id", NsxtInventory.DV_SWITCH_MOREF,
                        "name", NsxtInventory.DV_SWITCH_NAME), "virtualCenter", vcRef(vc)))).orElse(List.of()),
                "DvSwitches"));
        r.get(V1 + "/virtualCenters/resources/importableDvpgs", x -> CloudApi.contextPage(x,
                importableFrom(x).stream().flatMap(vc -> pools.importablePortGroups(vc.id()).stream()
                        .map(pg -> (Object) Map.of("backingRef", Map.of("id", pg.moref(), "name",
                                pg.name()), "dvSwitch", Map.of("backingRef", Map.of("id",
                                NsxtInventory.DV_SWITCH_MOREF, "name", NsxtInventory.DV_SWITCH_NAME), "virtualCenter",
                                vcRef(vc)), "virtualCenter", vcRef(vc), "vlan", ""))).toList(),
                "VcenterImportableDvpgs"));
    }

    /** The vCenters an importable port group list covers, as its filter says (NetworkPools.importableFrom). */
    private List<InventoryStore.Server> importableFrom(Exchange x) {
        Map<String, String> f = CloudApi.contextFilter(x, Set.of(VCENTER_FILTER, VDC_FILTER));
        return pools.importableFrom(x.principal(), f.get(VCENTER_FILTER), f.get(VDC_FILTER));
    }

    private NetworkPoolStore.Row pool(Exchange x) {
        return pools.pool(x.principal(), CloudApi.id(x, "id", Kind.NETWORK_POOL));
    }

    /** The vCenter a {@code virtualCenter.id==} filter names (every list is one vCenter's); none if unregistered. */
    private java.util.Optional<InventoryStore.Server> vCenter(Exchange x) {
        x.principal().requireSystemAdmin();
        String urn = CloudApi.contextFilter(x, Set.of(VCENTER_FILTER)).get(VCENTER_FILTER);
        if (urn == null) {
            throw ApiException.badRequest("This list needs filter=" + VCENTER_FILTER + "==<vCenter URN>.");
        }
        UUID id = Ids.fromAny(urn);
        return id == null ? java.util.Optional.empty()
                : db.read(tx -> tx.store(InventoryStore::new).server(id));
    }

    private static Map<String, Object> vcRef(InventoryStore.Server vc) {
        return Map.of("id", Kind.VCENTER.urn(vc.id()), "name", vc.name());
    }

    private Reply create(Exchange x) {
        NetworkPoolBody body = x.read(NetworkPoolBody.class, "NetworkPool", "application/json");
        Backing b = body.backing == null ? new Backing() : body.backing;
        Ref owner = body.managingOwnerRef != null && body.managingOwnerRef.id != null ? body.managingOwnerRef
                : b.providerRef;
        NetworkPools.Spec spec = new NetworkPools.Spec(body.name, body.description, body.poolType,
                owner == null ? null : Ids.fromAny(owner.id), b.transportZoneRef == null ? null : b.transportZoneRef.id,
                ids(b.vdsRefs), b.vlanIdRanges == null ? null : b.vlanIdRanges.values, ids(b.portGroupRefs));
        return CloudApi.accepted(x, pools.create(x.principal(), spec, TaskResource.caller(x.principal())).task());
    }

    private static List<String> ids(List<Ref> refs) {
        return refs == null ? null : refs.stream().map(r -> r == null ? null : r.id).toList();
    }

    /** Every network pool, which CreateVdcParams may name. */
    private Reply references(Exchange x) {
        x.principal().requireSystemAdmin();
        ProviderParams.NetworkPools list = new ProviderParams.NetworkPools();
        list.href = x.href("/api/admin/extension/networkPoolReferences");
        list.type = MediaTypes.xml(MediaTypes.NETWORK_POOL_REFERENCES);
        db.read(tx -> tx.store(NetworkPoolStore::new).all()).forEach(p ->
                list.networkPoolReference.add(Hrefs.viewer(x).adminRef(Kind.NETWORK_POOL, p.id(), p.name())));
        return Reply.ok(list, MediaTypes.NETWORK_POOL_REFERENCES);
    }
}
