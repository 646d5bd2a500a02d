package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.provider.AlbClouds;
import io.vcdsim.provider.AlbControllers;
import io.vcdsim.store.AlbControllerStore.Controller;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NSX-T ALB objects as the cloudapi writes them (go-vcloud-director's types.NsxtAlbController and the types that
 * follow it in nsxt_types.go).
 */
public final class AlbView {
    /** From API 37.0 (vCD 10.4) on, a controller has no licenseType: service engine groups carry a feature set. */
    private static final ApiVersion NO_LICENSE_TYPE = new ApiVersion(37, 0);

    private AlbView() {
    }

    /** A controller, without its password (vCD never shows it); licenseType only for clients before 37.0. */
    public static Map<String, Object> controller(Controller c, ApiVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.ALB_CONTROLLER.urn(c.id()));
        json.put("name", c.name());
        json.put("description", c.description() == null ? "" : c.description());
        json.put("url", c.url());
        json.put("username", c.username());
        if (!version.atLeast(NO_LICENSE_TYPE)) {
            json.put("licenseType", c.licenseType());
        }
        json.put("version", AlbControllers.VERSION);
        return json;
    }

    /** A cloud a controller offers to import (types.NsxtAlbImportableCloud). */
    public static Map<String, Object> importableCloud(AlbClouds.Importable c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("displayName", c.displayName());
        json.put("alreadyImported", c.alreadyImported());
        json.put("networkPoolRef", OpenApiReference.ref(c.poolName(), Kind.NETWORK_POOL.urn(c.poolId())));
        json.put("transportZoneName", c.transportZoneName());
        return json;
    }

    /** Whether clients of this version may set a controller's licenseType. */
    public static boolean hasLicenseType(ApiVersion version) {
        return !version.atLeast(NO_LICENSE_TYPE);
    }
}
