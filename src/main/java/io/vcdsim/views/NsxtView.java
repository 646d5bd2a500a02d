package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.store.NsxtStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The NSX-T manager and its objects as vCD shows them (go-vcloud-director's NsxtManager, NsxtTier0Router, ...). */
public final class NsxtView {
    private NsxtView() {
    }

    /** {@code /api/admin/extension/nsxtManagers/{id}} as JSON (go-vcloud-director's types.NsxtManager). */
    public static Map<String, Object> manager(Viewer v, NsxtStore.Manager m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("otherAttributes", Map.of());
        json.put("link", List.of());
        json.put("href", v.adminHref(Kind.NSXT_MANAGER, m.id()));
        json.put("type", MediaTypes.NSXT_MANAGER + "+json");
        json.put("id", Kind.NSXT_MANAGER.urn(m.id()));
        json.put("operationKey", null);
        json.put("description", m.description());
        json.put("tasks", null);
        json.put("name", m.name());
        json.put("username", m.username());
        json.put("password", null);
        json.put("url", m.url());
        json.put("deploymentType", "");
        json.put("virtualCenterReference", null);
        json.put("serviceAppReference", null);
        json.put("networkProviderScope", null);
        json.put("version", m.version());
        json.put("proxyConfigurationReference", null);
        json.put("globalManager", false);
        json.put("localNsxTManagerRef", List.of());
        json.put("localManagerLocationName", null);
        json.put("vCloudExtension", List.of());
        return json;
    }

    /** A tier-0 router (or VRF) that an external network may import. */
    /** An importable tier-0 router; {@code alreadyImported} when an external network stands on it. */
    public static Map<String, Object> tier0(NsxtStore.Resource r, boolean alreadyImported) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.nsxtId());
        json.put("description", r.description());
        json.put("displayName", r.name());
        json.put("alreadyImported", alreadyImported);
        return json;
    }

    public static Map<String, Object> edgeCluster(NsxtStore.Resource r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.nsxtId());
        json.put("name", r.name());
        json.put("description", r.description());
        json.put("nodeCount", r.detail() == null ? 0 : Integer.parseInt(r.detail()));
        json.put("nodeType", "EDGE_NODE");
        json.put("deploymentType", "VIRTUAL_MACHINE");
        return json;
    }

    public static Map<String, Object> transportZone(NsxtStore.Resource r, boolean imported) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.nsxtId());
        json.put("name", r.name());
        json.put("type", r.detail());
        json.put("alreadyImported", imported);
        return json;
    }
}
