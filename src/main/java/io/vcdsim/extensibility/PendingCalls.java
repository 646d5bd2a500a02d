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

    private record Call(CompletableFuture<Delivery> reply, Instant sent) {
    }

    private final Map<Key, Call> calls = new ConcurrentHashMap<>();

    CompletableFuture<Delivery> get(UUID taskId, UUID extensionId) {
        Call c = calls.get(new Key(taskId, extensionId));
        return c == null ? null : c.reply();
    }

    void put(UUID taskId, UUID extensionId, CompletableFuture<Delivery> reply) {
        calls.put(new Key(taskId, extensionId), new Call(reply, Instant.now()));
    }

    /** The task's placement is done: its answers are used. */
    void forget(UUID taskId) {
        calls.keySet().removeIf(k -> k.taskId().equals(taskId));
    }

    /** Calls of tasks that never came back for their answers (canceled while they waited). */
    void forgetOlderThan(Duration age) {
        Instant before = Instant.now().minus(age);
        calls.values().removeIf(c -> c.sent().isBefore(before));
    }
}
