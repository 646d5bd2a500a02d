package io.vcdsim.tasks;

import io.vcdsim.store.TaskRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;

/** An observer the engine tells from a commit's callbacks never throws into them. */
class TaskObserverTest {

    @Test
    void aFailingObserverIsLoggedNotThrown() {
        List<String> told = new ArrayList<>();
        TaskObserver failing = new TaskObserver() {
            @Override
            public void created(TaskRow task) {
                told.add("created");
                throw new IllegalArgumentException("a metric name the registry refuses");
            }

            @Override
            public void ended(TaskRow task) {
                told.add("ended");
                throw new IllegalStateException("no");
            }
        };
        TaskObserver guarded = TaskObserver.guarded(failing);
        assertThatCode(() -> guarded.created(null)).doesNotThrowAnyException();
        assertThatCode(() -> guarded.ended(null)).doesNotThrowAnyException();
        assertThat(told).containsExactly("created", "ended");
    }
}
