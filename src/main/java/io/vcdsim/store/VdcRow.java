package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

public record VdcRow(UUID id, UUID orgId, String name, String description, boolean enabled, String allocationModel,
                     long cpuLimitMhz, long memoryLimitMb, int vmQuota, VdcSettings settings, Instant created) {
    /** What its VMs' virtual CPUs count against the CPU limit, in MHz. */
    public long cpuMhz(long cpus) {
        return cpus * settings.vCpuInMhz();
    }

    public VdcRow withSettings(VdcSettings changed) {
        return new VdcRow(id, orgId, name, description, enabled, allocationModel, cpuLimitMhz, memoryLimitMb, vmQuota,
                changed, created);
    }

    public VdcRow withEnabled(boolean on) {
        return new VdcRow(id, orgId, name, description, on, allocationModel, cpuLimitMhz, memoryLimitMb, vmQuota,
                settings, created);
    }
}
