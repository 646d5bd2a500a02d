package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.store.NsxtStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NSX-T manager's profiles as vCD passes them on (go-vcloud-director's types.NsxtSegmentProfileIpDiscovery and
 * its siblings, NsxtEdgeGatewayQosProfile, NsxtNetworkContextProfile, NsxtImportableSwitch): NSX-T's own settings of
 * a default profile, which vcdsim does not vary.
 */
public final class NsxtProfileView {
    private NsxtProfileView() {
    }

    /** A segment profile of any of the five kinds, with the fields of its kind. */
    public static Map<String, Object> segmentProfile(NsxtStore.Resource r, NsxtStore.Manager m) {
        Map<String, Object> json = common(r, m);
        switch (r.kind()) {
            case NsxtStore.IP_DISCOVERY -> {
                json.put("arpBindingLimit", 1);
                json.put("arpNdBindingTimeout", 10);
                json.put("isArpSnoopingEnabled", true);
                json.put("isDhcpSnoopingV4Enabled", false);
                json.put("isDhcpSnoopingV6Enabled", false);
                json.put("isDuplicateIpDetectionEnabled", false);
                json.put("isNdSnoopingEnabled", false);
                json.put("isTofuEnabled", true);
                json.put("isVmToolsV4Enabled", true);
                json.put("isVmToolsV6Enabled", false);
                json.put("ndSnoopingLimit", 3);
            }
            case NsxtStore.MAC_DISCOVERY -> {
                json.put("isMacChangeEnabled", true);
                json.put("isMacLearningEnabled", false);
                json.put("isUnknownUnicastFloodingEnabled", true);
                json.put("macLearningAgingTime", 600);
                json.put("macLimit", 4096);
                json.put("macPolicy", "ALLOW");
            }
            case NsxtStore.SPOOF_GUARD -> json.put("isAddressBindingWhitelistEnabled", false);
            case NsxtStore.SEGMENT_QOS -> {
                json.put("classOfService", 0);
                json.put("dscpConfig", Map.of("priority", 0, "trustMode", "TRUSTED"));
                Map<String, Object> unlimited = Map.of("avgBandwidth", 0, "burstSize", 0, "peakBandwidth", 0);
                json.put("egressRateLimiter", unlimited);
                json.put("ingressBroadcastRateLimiter", unlimited);
                json.put("ingressRateLimiter", unlimited);
            }
            case NsxtStore.SEGMENT_SECURITY -> {
                json.put("bpduFilterAllowList", List.of());
                json.put("isBpduFilterEnabled", true);
                json.put("isDhcpClientBlockV4Enabled", false);
                json.put("isDhcpClientBlockV6Enabled", false);
                json.put("isDhcpServerBlockV4Enabled", true);
                json.put("isDhcpServerBlockV6Enabled", true);
                json.put("isNonIpTrafficBlockEnabled", false);
                json.put("isRaGuardEnabled", true);
                json.put("isRateLimitingEnabled", false);
                json.put("rateLimits", Map.of("rxBroadcast", 0, "rxMulticast", 0, "txBroadcast", 0,
                        "txMulticast", 0));
            }
            default -> throw new IllegalArgumentException("not a segment profile: " + r.kind());
        }
        return json;
    }

    public static Map<String, Object> gatewayQosProfile(NsxtStore.Resource r, NsxtStore.Manager m) {
        Map<String, Object> json = common(r, m);
        json.put("burstSize", 1_000_000);
        json.put("committedBandwidth", 100);
        json.put("excessAction", "DROP");
        return json;
    }

    /** A SYSTEM network context profile of the manager: one attribute, its application id. */
    public static Map<String, Object> contextProfile(NsxtStore.Resource r, NsxtStore.Manager m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orgRef", null);
        json.put("contextEntityId", null);
        json.put("networkProviderScope", null);
        json.put("id", Kind.NETWORK_CONTEXT_PROFILE.urn(r.id()));
        json.put("name", r.name());
        json.put("description", r.description());
        json.put("scope", "SYSTEM");
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("type", r.detail());
        attribute.put("values", List.of(r.nsxtId()));
        attribute.put("subAttributes", List.of());
        json.put("attributes", List.of(attribute));
        return json;
    }

    /** A segment an org VDC network may import: the manager's id for it and its name. */
    public static Map<String, Object> importableSwitch(NsxtStore.Resource r) {
        return OpenApiReference.ref(r.name(), r.nsxtId());
    }

    /** A segment profile as a template or a network names it. */
    public static Map<String, Object> profileRef(NsxtStore.Resource r) {
        return OpenApiReference.ref(r.name(), r.nsxtId());
    }

    private static Map<String, Object> common(NsxtStore.Resource r, NsxtStore.Manager m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.nsxtId());
        json.put("description", r.description());
        json.put("displayName", r.name());
        json.put("nsxTManagerRef", OpenApiReference.ref(m.name(), Kind.NSXT_MANAGER.urn(m.id())));
        return json;
    }
}
