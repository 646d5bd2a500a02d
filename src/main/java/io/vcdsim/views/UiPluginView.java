package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.UiPluginStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** A UI plugin's metadata as {@code /cloudapi/extensions/ui} shows it (snake-cased flags, as vCD names them). */
public final class UiPluginView {
    private UiPluginView() {
    }

    public static Map<String, Object> of(UiPluginStore.Row r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.UI_PLUGIN.urn(r.id()));
        v.put("vendor", r.vendor());
        v.put("license", r.license());
        v.put("link", r.link());
        v.put("pluginName", r.pluginName());
        v.put("version", r.version());
        v.put("description", r.description());
        v.put("provider_scoped", r.providerScoped());
        v.put("tenant_scoped", r.tenantScoped());
        v.put("enabled", r.enabled());
        v.put("plugin_status", r.status());
        return v;
    }

    /** An org a plugin is published to, as an OpenApiReference. */
    public static Map<String, Object> tenant(OrgRow o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", o.name());
        v.put("id", Kind.ORG.urn(o.id()));
        return v;
    }
}
