package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.model.OrgSettings;
import io.vcdsim.store.OrgSettingsRow;

/**
 * How an org's settings change: a section a request sends sets the values it carries, and every other value stays.
 * Quotas, delays and leases are 0 or more (a lease of 0 never expires). In a general settings section, an absent
 * value is false or 0, as go-vcloud-director (which leaves out false and 0) and vCD's replacing PUT have it.
 */
final class OrgSettingsRules {
    private OrgSettingsRules() {
    }

    static OrgSettingsRow merge(OrgSettingsRow now, OrgSettings in) {
        if (in == null) {
            return now;
        }
        OrgSettings.OrgGeneralSettings g = in.general;
        OrgSettings.VAppLeaseSettings l = in.vAppLease;
        OrgSettings.VAppTemplateLeaseSettings t = in.vAppTemplateLease;
        return new OrgSettingsRow(now.orgId(),
                g == null ? now.canPublishCatalogs() : Boolean.TRUE.equals(g.canPublishCatalogs),
                g == null ? now.canPublishExternally() : Boolean.TRUE.equals(g.canPublishExternally),
                g == null ? now.canSubscribe() : Boolean.TRUE.equals(g.canSubscribe),
                g == null ? now.deployedVmQuota() : atLeastZero(g.deployedVmQuota, "DeployedVMQuota"),
                g == null ? now.storedVmQuota() : atLeastZero(g.storedVmQuota, "StoredVmQuota"),
                g == null ? now.useServerBootSequence() : Boolean.TRUE.equals(g.useServerBootSequence),
                g == null ? now.delayAfterPowerOnSeconds() : atLeastZero(g.delayAfterPowerOnSeconds,
                        "DelayAfterPowerOnSeconds"),
                l == null || l.deleteOnStorageLeaseExpiration == null ? now.vAppDeleteOnStorageExpiry()
                        : l.deleteOnStorageLeaseExpiration,
                l == null || l.deploymentLeaseSeconds == null ? now.vAppDeploymentLeaseSeconds()
                        : lease(l.deploymentLeaseSeconds, "DeploymentLeaseSeconds"),
                l == null || l.storageLeaseSeconds == null ? now.vAppStorageLeaseSeconds()
                        : lease(l.storageLeaseSeconds, "StorageLeaseSeconds"),
                l == null || l.powerOffOnRuntimeLeaseExpiration == null ? now.vAppPowerOffOnRuntimeExpiry()
                        : l.powerOffOnRuntimeLeaseExpiration,
                t == null || t.deleteOnStorageLeaseExpiration == null ? now.templateDeleteOnStorageExpiry()
                        : t.deleteOnStorageLeaseExpiration,
                t == null || t.storageLeaseSeconds == null ? now.templateStorageLeaseSeconds()
                        : lease(t.storageLeaseSeconds, "VAppTemplateLeaseSettings/StorageLeaseSeconds"));
    }

    private static int atLeastZero(Integer value, String what) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw ApiException.badRequest(what + " is 0 (no limit) or more, not " + value + ".");
        }
        return value;
    }

    private static int lease(int seconds, String what) {
        if (seconds < 0) {
            throw ApiException.badRequest(what + " is 0 (never expires) or more seconds, not " + seconds + ".");
        }
        return seconds;
    }
}
