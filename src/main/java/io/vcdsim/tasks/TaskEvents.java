package io.vcdsim.tasks;

import io.vcdsim.store.EventRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.Tx;

import java.time.Instant;
import java.util.UUID;

/**
 * The events of a task's life ({@code com/vmware/vcloud/event/task/create}, start, complete, fail,
 * abort, cancel), written in the transaction of the transition they record, for the event log and AMQP.
 */
public final class TaskEvents {
    public static final String PREFIX = "com/vmware/vcloud/event/task/";
    /**
     * The longest operationName whose events' AMQP routing keys fit the 255 bytes AMQP allows. The
     * longest key is {@code false.<entity>.<org>.<user>.com.vmware.vcloud.event.task.complete.<operationName>}.
     */
    public static final int MAX_OPERATION_NAME_BYTES = 255 - ("false." + "x".repeat(3 * 37)
            + "com.vmware.vcloud.event.task.complete.").length();

    private TaskEvents() {
    }

    /** Records a task event in the caller's transaction. */
    public static void record(Tx tx, TaskRow t, String kind, boolean success, Instant at) {
        tx.events().insert(row(t, kind, success, at));
    }

    /** Records how a task ended: operationSuccess for success and for a cancel that was asked for. */
    public static void recordEnd(Tx tx, TaskRow t, Instant at) {
        record(tx, t, terminal(t.status()), t.status() == TaskStatus.SUCCESS || t.status() == TaskStatus.CANCELED,
                at);
    }

    static EventRow row(TaskRow t, String kind, boolean success, Instant at) {
        return new EventRow(UUID.randomUUID(), t.orgId(), PREFIX + kind, t.serviceNamespace(), at, success,
                t.userId(), t.userName(), t.owner(), t.id(), t.operationName());
    }

    /** The event kind of a terminal status: task/complete, fail, abort or cancel. */
    public static String terminal(TaskStatus status) {
        return switch (status) {
            case SUCCESS -> "complete";
            case ERROR -> "fail";
            case ABORTED -> "abort";
            case CANCELED -> "cancel";
            default -> throw new IllegalArgumentException(status.wire);
        };
    }
}
