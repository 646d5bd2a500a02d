package io.vcdsim.store;

/**
 * What a VDC is set to beyond its name and limits: the guarantees, virtual CPU speed, provisioning and
 * quotas of AdminVdc and CreateVdcParams. vcdsim simulates {@code vCpuInMhz} (what each virtual CPU counts
 * against the CPU limit) and keeps the rest, given back as set.
 */
public record VdcSettings(double guaranteedMemory, double guaranteedCpu, long vCpuInMhz, boolean thinProvision,
                          boolean fastProvisioning, int networkQuota, int nicQuota, boolean vmDiscovery,
                          boolean elastic, boolean includeMemoryOverhead) {
    /** vCD's defaults for a pay-as-you-go VDC. */
    public static final VdcSettings DEFAULTS = new VdcSettings(1.0, 0.0, 1000, false, false, 0, 0, false, false,
            true);

    /** The settings a request names; null ones stay as they are. */
    public record Changes(Double guaranteedMemory, Double guaranteedCpu, Long vCpuInMhz, Boolean thinProvision,
                          Boolean fastProvisioning, Integer networkQuota, Integer nicQuota, Boolean vmDiscovery,
                          Boolean elastic, Boolean includeMemoryOverhead) {
        public static final Changes NONE = new Changes(null, null, null, null, null, null, null, null, null, null);
    }

    public VdcSettings with(Changes c) {
        return new VdcSettings(or(c.guaranteedMemory(), guaranteedMemory), or(c.guaranteedCpu(), guaranteedCpu),
                or(c.vCpuInMhz(), vCpuInMhz), or(c.thinProvision(), thinProvision),
                or(c.fastProvisioning(), fastProvisioning), or(c.networkQuota(), networkQuota),
                or(c.nicQuota(), nicQuota), or(c.vmDiscovery(), vmDiscovery), or(c.elastic(), elastic),
                or(c.includeMemoryOverhead(), includeMemoryOverhead));
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
