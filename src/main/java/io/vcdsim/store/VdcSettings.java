package io.vcdsim.store;

/**
 * What a VDC is set to beyond its name and limits: the guarantees, virtual CPU speed, provisioning, quotas and
 * allocations of AdminVdc and CreateVdcParams, and its storage profile's limit. vcdsim simulates {@code vCpuInMhz}
 * (what each virtual CPU counts against the CPU limit) and keeps the rest, given back as set ({@code overCommitAllowed}:
 * whether VMs may be started beyond the VDC's allocation, which vCD asks of a provider; kept, not enforced).
 */
public record VdcSettings(double guaranteedMemory, double guaranteedCpu, long vCpuInMhz, boolean thinProvision,
                          boolean fastProvisioning, int networkQuota, int nicQuota, boolean vmDiscovery,
                          boolean elastic, boolean includeMemoryOverhead, boolean overCommitAllowed,
                          Allocation allocation) {
    /** vCD's defaults for a pay-as-you-go VDC. */
    public static final VdcSettings DEFAULTS = new VdcSettings(1.0, 0.0, 1000, false, false, 0, 0, false, false,
            true, true, Allocation.NONE);

    /** The CPU (MHz) and memory (MB) allocated to the VDC, and its storage profile's limit (MB; 0: none). */
    public record Allocation(long cpuMhz, long memoryMb, long storageLimitMb) {
        public static final Allocation NONE = new Allocation(0, 0, 0);

        Allocation with(Long cpu, Long memory, Long storage) {
            return new Allocation(or(cpu, cpuMhz), or(memory, memoryMb), or(storage, storageLimitMb));
        }
    }

    /** The settings a request names; null ones stay as they are. */
    public record Changes(Double guaranteedMemory, Double guaranteedCpu, Long vCpuInMhz, Boolean thinProvision,
                          Boolean fastProvisioning, Integer networkQuota, Integer nicQuota, Boolean vmDiscovery,
                          Boolean elastic, Boolean includeMemoryOverhead, Boolean overCommitAllowed,
                          Long cpuAllocatedMhz, Long memoryAllocatedMb, Long storageLimitMb) {
        public static final Changes NONE = new Changes(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        /** Only the storage profile's limit. */
        public static Changes storageLimit(long mb) {
            return new Changes(null, null, null, null, null, null, null, null, null, null, null, null, null, mb);
        }
    }

    public VdcSettings with(Changes c) {
        return new VdcSettings(or(c.guaranteedMemory(), guaranteedMemory), or(c.guaranteedCpu(), guaranteedCpu),
                or(c.vCpuInMhz(), vCpuInMhz), or(c.thinProvision(), thinProvision),
                or(c.fastProvisioning(), fastProvisioning), or(c.networkQuota(), networkQuota),
                or(c.nicQuota(), nicQuota), or(c.vmDiscovery(), vmDiscovery), or(c.elastic(), elastic),
                or(c.includeMemoryOverhead(), includeMemoryOverhead), or(c.overCommitAllowed(), overCommitAllowed),
                allocation.with(c.cpuAllocatedMhz(), c.memoryAllocatedMb(), c.storageLimitMb()));
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
