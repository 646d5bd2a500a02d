package io.vcdsim.extensibility;

import com.rabbitmq.client.Delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object extensions a running task has asked, and their answers to come, kept between the runs of its work
 * (which is rolled back while it waits). In memory: a task another cell takes over after a crash asks again.
 */
final class PendingCalls {
    private record Key(UUID taskId, UUID extensionId) {
    }

    /** A message sent, its answer to come, and whether the extension was told its invocation failed. */
    private record Call(CompletableFuture<Delivery> reply, Instant sent, boolean failureTold) {
    }

    private final Map<Key, Call> calls = new ConcurrentHashMap<>();

    CompletableFuture<Delivery> get(UUID taskId, UUID extensionId) {
        Call c = calls.get(new Key(taskId, extensionId));
        return c == null ? null : c.reply();
    }

    void put(UUID taskId, UUID extensionId, CompletableFuture<Delivery> reply) {
        calls.put(new Key(taskId, extensionId), new Call(reply, Instant.now(), false));
    }

    /** True the first time it is asked for this call: the extension is told of its failed invocation once. */
    boolean firstFailure(UUID taskId, UUID extensionId) {
        boolean[] first = {false};
        calls.computeIfPresent(new Key(taskId, extensionId), (k, c) -> {
            first[0] = !c.failureTold();
            return new Call(c.reply(), c.sent(), true);
        });
        return first[0];
    }

    /** The task's placement is done: its answers are used. */
    void forget(UUID taskId) {
        calls.keySet().removeIf(k -> k.taskId().equals(taskId));
    }

    /**
     * Calls older than {@code age}: those of tasks that never came back for their answers (canceled or failed
     * while they waited), and of a task still waiting that long (it then asks again).
     */
    void forgetOlderThan(Duration age) {
        Instant before = Instant.now().minus(age);
        calls.values().removeIf(c -> c.sent().isBefore(before));
    }
}
