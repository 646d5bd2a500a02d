package io.vcdsim.config;

/**
 * vCD's OperationLimitsSettings: how many long operations may run at once per user and per org
 * (more wait {@code queued}), and how many may wait (more are refused with 400). 0 means no limit.
 */
public record OperationLimits(int runningPerUser, int runningPerOrg, int queuedPerUser, int queuedPerOrg) {
    public static final OperationLimits NONE = new OperationLimits(0, 0, 0, 0);

    public static boolean reached(int limit, int count) {
        return limit > 0 && count >= limit;
    }
}
