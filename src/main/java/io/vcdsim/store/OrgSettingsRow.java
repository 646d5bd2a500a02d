package io.vcdsim.store;

import java.util.UUID;

/** An org's general settings and its vApp and vApp template leases (0 seconds: never expires). */
public record OrgSettingsRow(UUID orgId, boolean canPublishCatalogs, boolean canPublishExternally,
                             boolean canSubscribe, int deployedVmQuota, int storedVmQuota,
                             boolean useServerBootSequence, int delayAfterPowerOnSeconds,
                             boolean vAppDeleteOnStorageExpiry, int vAppDeploymentLeaseSeconds,
                             int vAppStorageLeaseSeconds, boolean vAppPowerOffOnRuntimeExpiry,
                             boolean templateDeleteOnStorageExpiry, int templateStorageLeaseSeconds) {

    /** vCD's settings for a new org: nothing published, no quotas, 7-day runtime and 30/90-day storage leases. */
    public static OrgSettingsRow defaults(UUID orgId) {
        return new OrgSettingsRow(orgId, false, false, false, 0, 0, false, 0, false, 604_800, 2_592_000, false, false,
                7_776_000);
    }
}
