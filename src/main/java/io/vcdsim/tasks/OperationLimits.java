package io.vcdsim.tasks;

/**
 * vCD's OperationLimitsSettings: how many long operations may run at once per user and per org
 * (more wait {@code queued}), and how many may wait (more are refused with 400). 0 means no limit.
 */
public record OperationLimits(int runningPerUser, int runningPerOrg, int queuedPerUser, int queuedPerOrg) {
    public static final OperationLimits NONE = new OperationLimits(0, 0, 0, 0);

    /** True when some limit is set: only then is anything counted or queued. */
    public boolean any() {
        return runningPerUser > 0 || runningPerOrg > 0 || queuedPerUser > 0 || queuedPerOrg > 0;
    }

    /** Whether {@code limit} (0: none) is reached; {@code count} is only asked for when there is a limit. */
    public static boolean reached(int limit, java.util.function.IntSupplier count) {
        return limit > 0 && count.getAsInt() >= limit;
    }
}
