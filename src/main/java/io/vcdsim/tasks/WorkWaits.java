package io.vcdsim.tasks;

/**
 * Thrown by work that cannot end yet because it waits for something outside vcdsim (an object extension's
 * answer). Its changes are rolled back, the task stays running, and its work runs again when
 * {@link TaskEngine#poke poked} or after {@code retryInMillis}: no finisher thread waits meanwhile.
 */
public final class WorkWaits extends RuntimeException {
    public final long retryInMillis;

    public WorkWaits(long retryInMillis) {
        super(null, null, false, false); // control flow, not an error: no stack trace
        this.retryInMillis = retryInMillis;
    }
}
