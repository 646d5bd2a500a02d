package io.vcdsim.store;

/** The task status values, case-sensitive as on the wire. */
public enum TaskStatus {
    QUEUED("queued", false), PRE_RUNNING("preRunning", false), RUNNING("running", false),
    SUCCESS("success", true), ERROR("error", true), CANCELED("canceled", true), ABORTED("aborted", true);

    public final String wire;
    public final boolean terminal;

    TaskStatus(String wire, boolean terminal) {
        this.wire = wire;
        this.terminal = terminal;
    }

    /** The wire value, as messages name the status. */
    @Override
    public String toString() {
        return wire;
    }

    /** The status with exactly this wire value; null for anything else (vCD rejects "RUNNING"). */
    public static TaskStatus parse(String wire) {
        for (TaskStatus s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        return null;
    }

    static TaskStatus of(String wire) {
        TaskStatus s = parse(wire);
        if (s == null) {
            throw new IllegalStateException("stored task status " + wire);
        }
        return s;
    }
}
