package io.vcdsim.api;

import io.vcdsim.api.CloudApiNetworkResource.Ref;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.NetworkService;
import io.vcdsim.network.SegmentProfiles;
import io.vcdsim.network.VdcNetworkProfiles;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.SegmentProfileStore.Profiles;
import io.vcdsim.store.SegmentProfileStore.Template;
import io.vcdsim.views.SegmentProfileView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Segment profiles on the cloudapi, as go-vcloud-director's nsxt_segment_profile_template.go,
 * openapi_org_network_segment_profiles.go and vdc_network_profile.go use them: {@code segmentProfileTemplates}
 * (system administrators'), the global defaults ({@code segmentProfileTemplates/default}), an org VDC network's
 * profiles ({@code orgVdcNetworks/{id}/segmentProfiles}) and a VDC's network profile
 * ({@code vdcs/{id}/networkProfile}). Changes are applied at once (200 with the new state, 204 for a DELETE).
 */
public final class CloudApiSegmentProfileResource implements Routes {
    private static final String TEMPLATES = V1 + "/segmentProfileTemplates";
    private final Database db;
    private final SegmentProfiles profiles;
    private final VdcNetworkProfiles vdcProfiles;
    private final NetworkService networks;
    private final VdcService vdcs;

    /** go-vcloud-director's NsxtSegmentProfileTemplate and OrgVdcNetworkSegmentProfiles, as far as they are set. */
    public static final class ProfilesBody {
        public String id;
        public String name;
        public String description;
        public Ref sourceNsxTManagerRef;
        public Ref ipDiscoveryProfile;
        public Ref macDiscoveryProfile;
        public Ref qosProfile;
        public Ref segmentSecurityProfile;
        public Ref spoofGuardProfile;
        public TemplateSource segmentProfileTemplate;

        Profiles profiles() {
            return new Profiles(id(ipDiscoveryProfile), id(macDiscoveryProfile), id(qosProfile),
                    id(segmentSecurityProfile), id(spoofGuardProfile));
        }

        private static String id(Ref r) {
            return r == null || r.id == null || r.id.isBlank() ? null : r.id;
        }
    }

    public static final class TemplateSource {
        public String source;
        public Ref templateRef;
    }

    public static final class DefaultsBody {
        public Ref vappNetworkSegmentProfileTemplateRef;
        public Ref vdcNetworkSegmentProfileTemplateRef;
    }

    public static final class EdgeClusterBody {
        public String backingId;
    }

    public static final class NetworkProfileBody {
        public Ref primaryEdgeCluster;
        public Ref secondaryEdgeCluster;
        public EdgeClusterBody servicesEdgeCluster;
        public Ref vappNetworkSegmentProfileTemplateRef;
        public Ref vdcNetworkSegmentProfileTemplateRef;
    }

    public CloudApiSegmentProfileResource(Database db, SegmentProfiles profiles, VdcNetworkProfiles vdcProfiles,
                                          NetworkService networks, VdcService vdcs) {
        this.db = db;
        this.profiles = profiles;
        this.vdcProfiles = vdcProfiles;
        this.networks = networks;
        this.vdcs = vdcs;
    }

    @Override
    public void register(Router r) {
        r.get(TEMPLATES, x -> CloudApi.contextPage(x, CloudApi.Paging.of(x).filter() == null ? templates(x)
                : byName(x), "SegmentProfileTemplates"));
        r.post(TEMPLATES, x -> Reply.json(201, view(profiles.create(x.principal(), spec(x)))));
        r.get(TEMPLATES + "/default", x -> Reply.json(200, defaults(profiles.globalDefaults(x.principal()))));
        r.put(TEMPLATES + "/default", x -> {
            DefaultsBody body = CloudApi.body(x, DefaultsBody.class, "SegmentProfileTemplateDefaultDefinition");
            return Reply.json(200, defaults(profiles.setGlobalDefaults(x.principal(),
                    template(body.vappNetworkSegmentProfileTemplateRef),
                    template(body.vdcNetworkSegmentProfileTemplateRef))));
        });
        r.get(TEMPLATES + "/{id}", x -> Reply.json(200, view(profiles.template(x.principal(), id(x)))));
        r.put(TEMPLATES + "/{id}", x -> Reply.json(200, view(profiles.update(x.principal(), id(x), spec(x)))));
        r.delete(TEMPLATES + "/{id}", x -> {
            profiles.delete(x.principal(), id(x));
            return Reply.noContent();
        });
        r.get(V1 + "/orgVdcNetworks/{id}/segmentProfiles", x -> networkProfiles(network(x, Right.NETWORK_VIEW)));
        r.put(V1 + "/orgVdcNetworks/{id}/segmentProfiles", x -> {
            NetworkRow n = network(x, Right.ORG_EDIT);
            ProfilesBody body = CloudApi.body(x, ProfilesBody.class, "VdcNetworkSegmentProfileConfig");
            profiles.setOfNetwork(x.principal(), n, body.segmentProfileTemplate == null ? null
                    : template(body.segmentProfileTemplate.templateRef), body.profiles());
            return networkProfiles(n);
        });
        r.get(V1 + "/vdcs/{id}/networkProfile", x -> vdcNetworkProfile(vdc(x, Right.VDC_VIEW)));
        r.put(V1 + "/vdcs/{id}/networkProfile", x -> {
            UUID vdc = vdc(x, Right.ORG_EDIT);
            NetworkProfileBody body = CloudApi.body(x, NetworkProfileBody.class, "VdcNetworkProfile");
            if (body.primaryEdgeCluster != null || body.secondaryEdgeCluster != null) {
                throw ApiException.badRequest("primaryEdgeCluster and secondaryEdgeCluster are NSX-V edge clusters, "
                        + "which vcdsim does not simulate.");
            }
            vdcProfiles.set(vdc, body.servicesEdgeCluster == null ? null : body.servicesEdgeCluster.backingId,
                    template(body.vdcNetworkSegmentProfileTemplateRef),
                    template(body.vappNetworkSegmentProfileTemplateRef));
            return vdcNetworkProfile(vdc);
        });
        r.delete(V1 + "/vdcs/{id}/networkProfile", x -> {
            vdcProfiles.set(vdc(x, Right.ORG_EDIT), null, null, null);
            return Reply.noContent();
        });
    }

    private List<Object> templates(Exchange x) {
        return db.read(tx -> profiles.templates(x.principal()).stream()
                .map(t -> (Object) SegmentProfileView.template(tx, t)).toList());
    }

    /** The templates of one name: the only filter go-vcloud-director sends ({@code name==}). */
    private List<Object> byName(Exchange x) {
        String filter = CloudApi.Paging.of(x).filter();
        if (!filter.startsWith("name==") || filter.contains(";") || filter.contains(",")) {
            throw ApiException.badRequest("Segment profile templates are filtered by name== only.");
        }
        String name = filter.substring("name==".length());
        return templates(x).stream().filter(t -> name.equals(((Map<?, ?>) t).get("name"))).toList();
    }

    private Object view(Template t) {
        return db.read(tx -> SegmentProfileView.template(tx, t));
    }

    private static Object defaults(List<Optional<Template>> d) {
        return SegmentProfileView.globalDefaults(d.get(0), d.get(1));
    }

    private Reply networkProfiles(NetworkRow n) {
        SegmentProfiles.Effective e = profiles.ofNetwork(n);
        return Reply.json(200, db.read(tx -> SegmentProfileView.network(tx, NsxtInventory.MANAGER_ID, e.template(),
                e.source(), e.profiles())));
    }

    private Reply vdcNetworkProfile(UUID vdc) {
        return Reply.json(200, db.read(tx -> SegmentProfileView.vdcNetworkProfile(tx, vdcProfiles.of(vdc))));
    }

    private static SegmentProfiles.TemplateSpec spec(Exchange x) {
        ProfilesBody body = CloudApi.body(x, ProfilesBody.class, "SegmentProfileTemplate");
        UUID manager = body.sourceNsxTManagerRef == null || body.sourceNsxTManagerRef.id == null ? null
                : Ids.fromAny(body.sourceNsxTManagerRef.id);
        String path = x.method().equals("PUT") ? x.pathParam("id") : null;
        if (path != null && body.id != null && !body.id.isBlank() && !path.equals(body.id)) {
            throw ApiException.badRequest("The body's id " + body.id + " is not the id in the URL.");
        }
        return new SegmentProfiles.TemplateSpec(body.name, body.description, manager, body.profiles());
    }

    /** A template a reference names: null when none is; a reference that is not a template's URN is a 400. */
    private static UUID template(Ref ref) {
        if (ref == null || ref.id == null || ref.id.isBlank()) {
            return null;
        }
        UUID id = ref.id.startsWith("urn:vcloud:" + Kind.SEGMENT_PROFILE_TEMPLATE.urnType + ":")
                ? Ids.fromAny(ref.id) : null;
        if (id == null) {
            throw ApiException.invalidReference("Not a segment profile template: " + (ref.id.length() > 64
                    ? ref.id.substring(0, 64) + "…" : ref.id) + ".");
        }
        return id;
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.SEGMENT_PROFILE_TEMPLATE);
    }

    private NetworkRow network(Exchange x, Right right) {
        return networks.network(x.principal(), CloudApi.id(x, "id", Kind.NETWORK), right);
    }

    private UUID vdc(Exchange x, Right right) {
        return vdcs.vdc(x.principal(), CloudApi.id(x, "id", Kind.VDC), right).id();
    }
}
