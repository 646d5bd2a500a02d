package io.vcdsim.tasks;

import io.vcdsim.store.TaskRow;
import org.slf4j.LoggerFactory;

/** Told of each task made and ended, once the transaction that did it committed (for metrics). */
public interface TaskObserver {
    TaskObserver NONE = new TaskObserver() {
        @Override
        public void created(TaskRow task) {
        }

        @Override
        public void ended(TaskRow task) {
        }
    };

    /** A task was made: queued, waiting for an approval, or running. */
    void created(TaskRow task);

    /** A task reached its end status. */
    void ended(TaskRow task);

    /**
     * {@code observer}, its failures logged rather than thrown: it is told from a commit's callbacks, and one that
     * throws would keep the others (scheduling the task's work) from running.
     */
    static TaskObserver guarded(TaskObserver observer) {
        return new TaskObserver() {
            @Override
            public void created(TaskRow task) {
                safely(() -> observer.created(task));
            }

            @Override
            public void ended(TaskRow task) {
                safely(() -> observer.ended(task));
            }

            private void safely(Runnable telling) {
                try {
                    telling.run();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(TaskObserver.class).warn("a task observer failed", e);
                }
            }
        };
    }
}
