package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.SegmentProfileStore;
import io.vcdsim.store.SegmentProfileStore.Profiles;
import io.vcdsim.store.SegmentProfileStore.Template;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcNetworkProfileStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Segment profile templates, the global defaults, a network's segment profiles and a VDC's network profile as the
 * cloudapi writes them (go-vcloud-director's types.NsxtSegmentProfileTemplate,
 * NsxtGlobalDefaultSegmentProfileTemplate, OrgVdcNetworkSegmentProfiles and VdcNetworkProfile).
 */
public final class SegmentProfileView {
    private SegmentProfileView() {
    }

    public static Map<String, Object> template(Tx tx, Template t) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.SEGMENT_PROFILE_TEMPLATE.urn(t.id()));
        json.put("name", t.name());
        json.put("description", t.description() == null ? "" : t.description());
        json.put("sourceNsxTManagerRef", nsxt.manager(t.managerId()).map(m -> OpenApiReference.ref(m.name(),
                Kind.NSXT_MANAGER.urn(m.id()))).orElse(null));
        profiles(json, nsxt, t.managerId(), t.profiles());
        json.put("lastModified", t.lastModified().toString());
        return json;
    }

    public static Map<String, Object> templateRef(Template t) {
        return OpenApiReference.ref(t.name(), Kind.SEGMENT_PROFILE_TEMPLATE.urn(t.id()));
    }

    public static Map<String, Object> globalDefaults(Optional<Template> vapp, Optional<Template> vdc) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("vappNetworkSegmentProfileTemplateRef", vapp.map(SegmentProfileView::templateRef).orElse(null));
        json.put("vdcNetworkSegmentProfileTemplateRef", vdc.map(SegmentProfileView::templateRef).orElse(null));
        return json;
    }

    /** A network's profiles, with the template they come from and where that comes from (none: set one by one). */
    public static Map<String, Object> network(Tx tx, UUID managerId, Template template, String source,
                                              Profiles profiles) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("segmentProfileTemplate", template == null ? null : Map.of("source", source, "templateRef",
                templateRef(template)));
        profiles(json, tx.store(NsxtStore::new), managerId, profiles);
        return json;
    }

    public static Map<String, Object> vdcNetworkProfile(Tx tx, VdcNetworkProfileStore.Profile p) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        SegmentProfileStore templates = tx.store(SegmentProfileStore::new);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("primaryEdgeCluster", null);
        json.put("secondaryEdgeCluster", null);
        json.put("servicesEdgeCluster", p.servicesEdgeCluster() == null ? null : nsxt.resource(p.servicesEdgeCluster())
                .map(c -> Map.of("backingId", c.nsxtId())).orElse(null));
        json.put("vappNetworkSegmentProfileTemplateRef", p.vappTemplate() == null ? null
                : templates.template(p.vappTemplate()).map(SegmentProfileView::templateRef).orElse(null));
        json.put("vdcNetworkSegmentProfileTemplateRef", p.vdcTemplate() == null ? null
                : templates.template(p.vdcTemplate()).map(SegmentProfileView::templateRef).orElse(null));
        return json;
    }

    private static void profiles(Map<String, Object> json, NsxtStore nsxt, UUID managerId, Profiles p) {
        json.put("ipDiscoveryProfile", ref(nsxt, managerId, NsxtStore.IP_DISCOVERY, p.ipDiscovery()));
        json.put("macDiscoveryProfile", ref(nsxt, managerId, NsxtStore.MAC_DISCOVERY, p.macDiscovery()));
        json.put("qosProfile", ref(nsxt, managerId, NsxtStore.SEGMENT_QOS, p.qos()));
        json.put("segmentSecurityProfile", ref(nsxt, managerId, NsxtStore.SEGMENT_SECURITY, p.segmentSecurity()));
        json.put("spoofGuardProfile", ref(nsxt, managerId, NsxtStore.SPOOF_GUARD, p.spoofGuard()));
    }

    private static Map<String, Object> ref(NsxtStore nsxt, UUID managerId, String kind, String nsxtId) {
        return nsxtId == null ? null : nsxt.resource(managerId, kind, nsxtId).map(NsxtProfileView::profileRef)
                .orElse(null);
    }
}
