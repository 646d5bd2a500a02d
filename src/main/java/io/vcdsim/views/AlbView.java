package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.OpenApiReference;
import io.vcdsim.provider.AlbClouds;
import io.vcdsim.provider.AlbControllers;
import io.vcdsim.provider.AlbServiceEngineGroups;
import io.vcdsim.store.AlbAssignmentStore;
import io.vcdsim.store.AlbCloudStore;
import io.vcdsim.store.AlbCloudStore.Cloud;
import io.vcdsim.store.AlbControllerStore;
import io.vcdsim.store.AlbControllerStore.Controller;
import io.vcdsim.store.AlbServiceEngineGroupStore.Group;
import io.vcdsim.store.AlbVirtualServiceStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.Tx;

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

    /** An imported cloud (types.NsxtAlbCloud): vcdsim's clouds are always healthy. */
    public static Map<String, Object> cloud(Tx tx, Cloud c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.ALB_CLOUD.urn(c.id()));
        json.put("name", c.name());
        json.put("description", c.description() == null ? "" : c.description());
        Map<String, Object> backing = new LinkedHashMap<>();
        backing.put("backingId", c.backingId());
        backing.put("backingType", AlbClouds.BACKING_TYPE);
        backing.put("loadBalancerControllerRef", tx.store(AlbControllerStore::new).find(c.controllerId())
                .map(ctl -> OpenApiReference.ref(ctl.name(), Kind.ALB_CONTROLLER.urn(ctl.id()))).orElse(null));
        json.put("loadBalancerCloudBacking", backing);
        json.put("networkPoolRef", tx.store(NetworkPoolStore::new).find(c.networkPoolId())
                .map(pool -> OpenApiReference.ref(pool.name(), Kind.NETWORK_POOL.urn(pool.id()))).orElse(null));
        json.put("healthStatus", "UP");
        json.put("detailedHealthMessage", "");
        return json;
    }

    /** A group a cloud offers (types.NsxtAlbImportableServiceEngineGroups). */
    public static Map<String, Object> importableGroup(AlbServiceEngineGroups.Importable g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", g.id());
        json.put("displayName", g.displayName());
        json.put("haMode", g.haMode());
        return json;
    }

    /**
     * An imported group (types.NsxtAlbServiceEngineGroup): the virtual services it runs, what its SHARED assignments
     * reserve (more than it hosts is vCD's overAllocated); the feature set from 37.0.
     */
    public static Map<String, Object> serviceEngineGroup(Tx tx, Group g, ApiVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Kind.ALB_SERVICE_ENGINE_GROUP.urn(g.id()));
        json.put("name", g.name());
        json.put("description", g.description() == null ? "" : g.description());
        Map<String, Object> backing = new LinkedHashMap<>();
        backing.put("backingId", g.backingId());
        backing.put("backingType", "AVI_SERVICE_ENGINE_GROUP");
        backing.put("loadBalancerCloudRef", tx.store(AlbCloudStore::new).find(g.cloudId())
                .map(c -> OpenApiReference.ref(c.name(), Kind.ALB_CLOUD.urn(c.id()))).orElse(null));
        json.put("serviceEngineGroupBacking", backing);
        json.put("haMode", g.haMode());
        json.put("reservationType", g.reservationType());
        json.put("maxVirtualServices", g.maxVirtualServices());
        json.put("numDeployedVirtualServices", tx.store(AlbVirtualServiceStore::new).countOnGroup(g.id(), null));
        int reserved = tx.store(AlbAssignmentStore::new).reservedIn(g.id());
        json.put("reservedVirtualServices", reserved);
        json.put("overAllocated", reserved > g.maxVirtualServices());
        if (!hasLicenseType(version)) {
            json.put("supportedFeatureSet", g.supportedFeatureSet());
        }
        return json;
    }

    /** Whether clients of this version may set a controller's licenseType. */
    public static boolean hasLicenseType(ApiVersion version) {
        return !version.atLeast(NO_LICENSE_TYPE);
    }
}
