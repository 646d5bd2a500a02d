package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record VdcRow(UUID id, UUID orgId, String name, String description, boolean enabled, String allocationModel,
                     long cpuLimitMhz, long memoryLimitMb, int vmQuota, Instant created) {
    /** What each virtual CPU counts against the CPU limit (vCD's default vCpuInMhz). */
    public static final long MHZ_PER_VCPU = 1000;
}
