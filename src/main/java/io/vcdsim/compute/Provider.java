package io.vcdsim.compute;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The simulated provider side: one vCenter server, one provider VDC on it with one storage profile, and one network
 * pool.
 * They are fixed (there is no hypervisor to describe), with ids that stay the same across restarts
 * and cells, so VDCs can be created the way clients do it.
 */
public final class Provider {
    public static final String VCENTER = "vc1";
    public static final UUID VCENTER_ID = id("vcenter:" + VCENTER);
    /** The version the simulated vCenter reports, one vCD 10.5 supports. */
    public static final String VCENTER_VERSION = "8.0.2";
    public static final String PROVIDER_VDC = "pvdc-1";
    public static final UUID PROVIDER_VDC_ID = id("provider-vdc:" + PROVIDER_VDC);
    public static final String STORAGE_PROFILE = "*";
    public static final UUID STORAGE_PROFILE_ID = id("storage-profile:" + STORAGE_PROFILE);
    public static final String NETWORK_POOL = "pool-1";
    public static final UUID NETWORK_POOL_ID = id("network-pool:" + NETWORK_POOL);

    private Provider() {
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("vcdsim-" + name).getBytes(StandardCharsets.UTF_8));
    }
}
