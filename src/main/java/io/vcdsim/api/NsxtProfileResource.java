package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.views.NsxtProfileView;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The NSX-T manager's read-only offerings as go-vcloud-director reads them: segment profiles of five kinds
 * ({@code nsxTResources/segment*Profiles}, nsxt_segment_profiles.go) and gateway QoS profiles
 * ({@code nsxTResources/gatewayQoSProfiles}) for a manager, VDC or VDC group; network context profiles
 * ({@code networkContextProfiles}, nsxt_network_context_profile.go) filtered by name, scope and context; and the
 * segments an org VDC network may import ({@code /network/orgvdcnetworks/importableswitches}, a bare JSON list
 * outside the cloudapi, nsxt_importable_switch.go).
 */
public final class NsxtProfileResource implements Routes {
    private static final String MANAGER = "nsxTManagerRef.id";
    private static final String VDC = "orgVdcId";
    private static final String VDC_GROUP = "vdcGroupId";
    private static final String CONTEXT = "_context";
    private static final List<String> SCOPES = List.of("SYSTEM", "PROVIDER", "TENANT");
    private final Database db;
    private final NsxtContexts contexts;

    public NsxtProfileResource(Database db, NsxtContexts contexts) {
        this.db = db;
        this.contexts = contexts;
    }

    @Override
    public void register(Router r) {
        segmentProfiles(r, "segmentIpDiscoveryProfiles", NsxtStore.IP_DISCOVERY);
        segmentProfiles(r, "segmentMacDiscoveryProfiles", NsxtStore.MAC_DISCOVERY);
        segmentProfiles(r, "segmentSpoofGuardProfiles", NsxtStore.SPOOF_GUARD);
        segmentProfiles(r, "segmentQoSProfiles", NsxtStore.SEGMENT_QOS);
        segmentProfiles(r, "segmentSecurityProfiles", NsxtStore.SEGMENT_SECURITY);
        r.get(V1 + "/nsxTResources/gatewayQoSProfiles", x -> managerList(x, NsxtStore.GATEWAY_QOS,
                NsxtProfileView::gatewayQosProfile, "GatewayQoSProfiles"));
        r.get(V1 + "/networkContextProfiles", this::contextProfiles);
        r.get("/network/orgvdcnetworks/importableswitches", this::importableSwitches);
    }

    private void segmentProfiles(Router r, String path, String kind) {
        String model = Character.toUpperCase(path.charAt(0)) + path.substring(1);
        r.get(V1 + "/nsxTResources/" + path, x -> managerList(x, kind, NsxtProfileView::segmentProfile, model));
    }

    /** A list of one kind of the manager's objects, for the manager, VDC or VDC group the filter names. */
    private Reply managerList(Exchange x, String kind,
                              BiFunction<NsxtStore.Resource, NsxtStore.Manager, Map<String, Object>> view,
                              String model) {
        Map<String, String> filter = CloudApi.contextFilter(x, Set.of(MANAGER, VDC, VDC_GROUP));
        UUID manager = contexts.managerOf(x, MANAGER, filter.get(MANAGER), filter.get(VDC), filter.get(VDC_GROUP));
        return CloudApi.contextPage(x, db.read(tx -> {
            NsxtStore nsxt = tx.store(NsxtStore::new);
            NsxtStore.Manager m = nsxt.manager(manager).orElseThrow();
            return nsxt.resources(manager, List.of(kind)).stream().map(p -> view.apply(p, m)).toList();
        }), model);
    }

    /**
     * The context profiles: vcdsim has NSX-T's SYSTEM ones only (PROVIDER and TENANT profiles are none). A context
     * names the manager (system administrators'), or a VDC or VDC group the caller sees; without one, everyone may
     * read the SYSTEM profiles, which every tenant's firewall may use.
     */
    private Reply contextProfiles(Exchange x) {
        Map<String, String> filter = CloudApi.contextFilter(x, Set.of(CONTEXT, "name", "scope"));
        String context = filter.get(CONTEXT);
        if (context != null) {
            if (context.startsWith("urn:vcloud:" + Kind.VDC.urnType + ":")) {
                contexts.vdc(x, context);
            } else if (context.startsWith("urn:vcloud:" + Kind.VDC_GROUP.urnType + ":")) {
                contexts.vdcGroup(x, context);
            } else {
                contexts.manager(x, context, CONTEXT);
            }
        }
        String scope = filter.get("scope");
        if (scope != null && !SCOPES.contains(scope)) {
            throw ApiException.badRequest("scope is SYSTEM, PROVIDER or TENANT, not '" + Lengths.shown(scope) + "'.");
        }
        String name = filter.get("name");
        List<Map<String, Object>> profiles = scope != null && !scope.equals("SYSTEM") ? List.of() : db.read(tx -> {
            NsxtStore nsxt = tx.store(NsxtStore::new);
            NsxtStore.Manager m = nsxt.manager(NsxtInventory.MANAGER_ID).orElseThrow();
            return nsxt.resources(m.id(), List.of(NsxtStore.CONTEXT_PROFILE)).stream()
                    .filter(p -> name == null || p.name().equals(name))
                    .map(p -> NsxtProfileView.contextProfile(p, m)).toList();
        });
        return CloudApi.contextPage(x, profiles, "NetworkContextProfiles");
    }

    /**
     * The segments no org VDC network stands on, for a VDC ({@code orgVdc=<uuid>}), VDC group ({@code vdcGroup=})
     * or manager ({@code nsxTManager=}, system administrators'): one of them is needed.
     */
    private Reply importableSwitches(Exchange x) {
        String vdc = x.queryParam("orgVdc");
        String group = x.queryParam("vdcGroup");
        String manager = x.queryParam("nsxTManager");
        UUID managerId = contexts.managerOf(x, "nsxTManager",
                manager == null ? null : Kind.NSXT_MANAGER.urn(bare(manager, "nsxTManager")),
                vdc == null ? null : Kind.VDC.urn(bare(vdc, "orgVdc")),
                group == null ? null : Kind.VDC_GROUP.urn(bare(group, "vdcGroup")));
        return Reply.json(200, db.read(tx -> tx.store(NsxtStore::new).importableSegments(managerId)).stream()
                .map(NsxtProfileView::importableSwitch).toList());
    }

    private static UUID bare(String id, String param) {
        UUID uuid = Ids.fromAny(id);
        if (uuid == null) {
            throw ApiException.badRequest(param + " is an id, not '" + Lengths.shown(id) + "'.");
        }
        return uuid;
    }
}
