package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Task;
import io.vcdsim.model.TasksInProgress;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.views.TaskView;
import io.vcdsim.views.Viewer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tasks as the API answers with them: representations (from {@link TaskView}) and 202 Accepted replies. */
public final class TaskViews {
    private final Database db;

    public TaskViews(Database db) {
        this.db = db;
    }

    static String time(Instant t) {
        return Viewer.time(t);
    }

    static String href(Exchange x, UUID taskId) {
        return Hrefs.of(x, Kind.TASK, taskId);
    }

    public Task task(Exchange x, TaskRow t) {
        return TaskView.of(Hrefs.viewer(x), t);
    }

    /** The object the task works on, or null when it names none. */
    static Reference owner(Exchange x, TaskRow t) {
        return TaskView.owner(Hrefs.viewer(x), t);
    }

    /** A 202 answer carrying the task, with the task id and href headers vCD defines. */
    public Reply accepted(Exchange x, TaskRow t) {
        return Reply.accepted(task(x, t), MediaTypes.TASK).header("X-VMWARE-VCLOUD-TASK-ID", Kind.TASK.urn(t.id()))
                .header("X-VMWARE-VCLOUD-TASK-HREF", href(x, t.id()));
    }

    /** The entity's queued and running tasks, or null (no element) when it is idle. */
    public TasksInProgress active(Exchange x, UUID ownerId) {
        return db.read(tx -> TaskView.active(tx, Hrefs.viewer(x), ownerId));
    }

    public TasksInProgress tasks(Exchange x, List<TaskRow> rows) {
        return TaskView.of(Hrefs.viewer(x), rows);
    }
}
