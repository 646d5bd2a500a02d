package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.views.NsxtView;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The registered NSX-T manager as go-vcloud-director reads it: {@code /api/admin/extension/nsxtManagers} (its
 * {@code nsxTManager} query record's href, read as JSON), and on the cloudapi the tier-0 routers an external network
 * may import ({@code nsxTResources/importableTier0Routers}, each saying whether a network has it already), the edge clusters
 * ({@code nsxTResources/edgeClusters}) and the transport zones a GENEVE pool may import
 * ({@code nsxTResources/importableTransportZones}). System administrators' only, but a VDC's edge clusters are also
 * its org administrators' (they pick one for an edge gateway).
 */
public final class NsxtResource implements Routes {
    private static final String CONTEXT = "_context";
    /** API 38.0's name for {@code _context} on the transport zones. */
    private static final String PROVIDER = "networkProviderId";
    private static final String VDC = "orgVdcId";
    private final Database db;
    private final NsxtContexts contexts;

    public NsxtResource(Database db, NsxtContexts contexts) {
        this.db = db;
        this.contexts = contexts;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/nsxtManagers", x -> {
            x.principal().requireSystemAdmin();
            return Reply.json(200, Map.of("nsxTManager", db.read(tx -> tx.store(NsxtStore::new).managers())
                    .stream().map(m -> NsxtView.manager(Hrefs.viewer(x), m)).toList()));
        });
        r.get("/api/admin/extension/nsxtManagers/{id}", x -> {
            x.principal().requireSystemAdmin();
            UUID id = Hrefs.id(x, "id");
            return Reply.json(200, NsxtView.manager(Hrefs.viewer(x), db.read(tx -> tx.store(NsxtStore::new)
                    .manager(id)).orElseThrow(() -> ApiException.forbidden("No NSX-T manager with id "
                    + x.pathParam("id") + " is accessible."))));
        });
        r.get(V1 + "/nsxTResources/importableTier0Routers", x -> {
            UUID manager = contexts.manager(x, CloudApi.contextFilter(x, Set.of(CONTEXT)).get(CONTEXT), CONTEXT);
            return CloudApi.contextPage(x, db.read(tx -> {
                NsxtStore nsxt = tx.store(NsxtStore::new);
                return nsxt.resources(manager, List.of(NsxtStore.TIER0, NsxtStore.VRF_TIER0)).stream()
                        .map(t -> NsxtView.tier0(t, nsxt.tier0Imported(t.id()))).toList();
            }), "NsxtTier0Routers");
        });
        r.get(V1 + "/nsxTResources/importableTransportZones", x -> {
            Map<String, String> filter = CloudApi.contextFilter(x, Set.of(CONTEXT, PROVIDER));
            UUID manager = contexts.manager(x, filter.getOrDefault(PROVIDER, filter.get(CONTEXT)), CONTEXT);
            return CloudApi.contextPage(x, db.read(tx -> {
                NsxtStore nsxt = tx.store(NsxtStore::new);
                return nsxt.resources(manager, List.of(NsxtStore.TRANSPORT_ZONE)).stream()
                        .map(z -> NsxtView.transportZone(z, nsxt.transportZoneImported(z.id()))).toList();
            }), "TransportZones");
        });
        r.get(V1 + "/nsxTResources/edgeClusters", this::edgeClusters);
    }

    /**
     * The edge clusters: a system administrator's of every manager, or those a VDC's edge gateways may run on
     * ({@code orgVdcId==}, also for the VDC's org administrators): every seeded VDC stands on the one manager.
     */
    private Reply edgeClusters(Exchange x) {
        String vdcUrn = CloudApi.contextFilter(x, Set.of(VDC)).get(VDC);
        if (vdcUrn == null) {
            x.principal().requireSystemAdmin();
        } else {
            contexts.vdc(x, vdcUrn);
        }
        return CloudApi.contextPage(x, db.read(tx -> tx.store(NsxtStore::new).resources(
                List.of(NsxtStore.EDGE_CLUSTER))).stream().map(NsxtView::edgeCluster).toList(), "EdgeClusters");
    }
}
