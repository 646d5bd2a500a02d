package io.vcdsim.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * The running tasks this cell will finish, ordered by when they are due. Only a hint kept in memory:
 * the store is the truth, and a periodic pass re-adds anything overdue that got lost.
 */
public final class DueTasks {
    private final DelayQueue<Entry> queue = new DelayQueue<>();
    /** When each waiting task is due; an entry in the queue that disagrees was superseded. */
    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();

    /** Adds a task due in {@code delayMillis}, or brings a waiting one forward; never adds it twice. */
    public void add(UUID id, long delayMillis) {
        long at = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, delayMillis));
        if (pending.merge(id, at, Math::min) == at) {
            queue.add(new Entry(id, at));
        }
    }

    /** Waits for the next due task and returns it with every other task due by now, at most {@code max}. */
    public List<UUID> takeDue(int max) throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        while (ids.isEmpty()) {
            List<Entry> taken = new ArrayList<>();
            taken.add(queue.take());
            queue.drainTo(taken, max - 1);
            for (Entry e : taken) {
                if (pending.remove(e.id, e.atNanos)) {
                    ids.add(e.id);
                }
            }
        }
        return ids;
    }

    private record Entry(UUID id, long atNanos) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(atNanos, ((Entry) o).atNanos);
        }
    }
}
