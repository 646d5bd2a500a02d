package io.vcdsim.tasks;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TaskStatus;
import io.vcdsim.store.Tx;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * vCD's operation limits applied to native tasks: over a running limit a new task waits queued, over a
 * queued limit the request is refused, and a queued task runs when the limits let it.
 */
final class Admission {
    private final Supplier<OperationLimits> limits;

    Admission(Supplier<OperationLimits> limits) {
        this.limits = limits;
    }

    /** True when some limit is set: only then does anything wait. */
    boolean limited() {
        return limits.get().any();
    }

    /**
     * True when a new task of this user must wait. When the queue is full too, the request fails with
     * 400, as vCD's QueuedOperationsPerUser/PerOrg settings say.
     */
    boolean mustQueue(Tx tx, UUID userId, UUID orgId) {
        OperationLimits l = limits.get();
        if (!runningLimitReached(tx, l, userId, orgId)) {
            return false;
        }
        if (OperationLimits.reached(l.queuedPerUser(), () -> tx.tasks().countByUser(orgId, userId,
                TaskStatus.QUEUED.wire))
                || OperationLimits.reached(l.queuedPerOrg(), () -> tx.tasks().countByOrg(orgId,
                TaskStatus.QUEUED.wire))) {
            throw ApiException.badRequest("Too many operations are running and queued for this user or "
                    + "organization; try again when some have finished.");
        }
        return true;
    }

    /** True when a queued task may start now. */
    boolean mayRun(Tx tx, TaskRow queued) {
        return !queued.cancelRequested() && !runningLimitReached(tx, limits.get(), queued.userId(), queued.orgId());
    }

    private static boolean runningLimitReached(Tx tx, OperationLimits l, UUID userId, UUID orgId) {
        return OperationLimits.reached(l.runningPerUser(), () -> tx.tasks().countByUser(orgId, userId,
                TaskStatus.RUNNING.wire))
                || OperationLimits.reached(l.runningPerOrg(), () -> tx.tasks().countByOrg(orgId,
                TaskStatus.RUNNING.wire));
    }
}
