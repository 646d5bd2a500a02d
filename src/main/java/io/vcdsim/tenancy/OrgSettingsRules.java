package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.model.OrgSettings;
import io.vcdsim.store.OrgSettingsRow;

/**
 * How an org's settings change: a section a request sends sets the values it carries, and every other value stays.
 * Ranges are vCD's: quotas and delays are 0 or more, a lease is 0 (never expires) or at least an hour.
 */
final class OrgSettingsRules {
    static final int MIN_LEASE_SECONDS = 3600;

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
                g == null || g.canPublishCatalogs == null ? now.canPublishCatalogs() : g.canPublishCatalogs,
                g == null || g.canPublishExternally == null ? now.canPublishExternally() : g.canPublishExternally,
                g == null || g.canSubscribe == null ? now.canSubscribe() : g.canSubscribe,
                g == null || g.deployedVmQuota == null ? now.deployedVmQuota() : atLeastZero(g.deployedVmQuota,
                        "DeployedVMQuota"),
                g == null || g.storedVmQuota == null ? now.storedVmQuota() : atLeastZero(g.storedVmQuota,
                        "StoredVmQuota"),
                g == null || g.useServerBootSequence == null ? now.useServerBootSequence() : g.useServerBootSequence,
                g == null || g.delayAfterPowerOnSeconds == null ? now.delayAfterPowerOnSeconds()
                        : atLeastZero(g.delayAfterPowerOnSeconds, "DelayAfterPowerOnSeconds"),
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

    private static int atLeastZero(int value, String what) {
        if (value < 0) {
            throw ApiException.badRequest(what + " is 0 (no limit) or more, not " + value + ".");
        }
        return value;
    }

    private static int lease(int seconds, String what) {
        if (seconds != 0 && seconds < MIN_LEASE_SECONDS) {
            throw ApiException.badRequest(what + " is 0 (never expires) or at least " + MIN_LEASE_SECONDS
                    + " seconds, not " + seconds + ".");
        }
        return seconds;
    }
}
