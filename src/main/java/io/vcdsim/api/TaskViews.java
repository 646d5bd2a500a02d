package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.model.Entity;
import io.vcdsim.model.Task;
import io.vcdsim.store.TaskRow;
import io.vcdsim.views.TaskView;

import java.util.List;

/** Tasks as the API answers with them: representations (from {@link TaskView}) and 202 Accepted replies. */
public final class TaskViews {

    public Task task(Exchange x, TaskRow t) {
        return TaskView.of(Hrefs.viewer(x), t);
    }

    /**
     * A 201 answer with what a POST made, its Tasks holding the tasks the making started when the view shows none:
     * pyvcloud and go-vcloud-director wait on Tasks/Task[0] of the answer, and the tasks may end before the view is
     * read (zero durations, a busy machine).
     */
    public Reply created(Exchange x, Entity view, String mediaType, String location, List<TaskRow> started) {
        if (view.tasks == null || view.tasks.task == null || view.tasks.task.isEmpty()) {
            view.tasks = TaskView.of(Hrefs.viewer(x), started);
        }
        return Reply.created(view, mediaType, location);
    }

    /** A 202 answer carrying the task, with the task id and href headers vCD defines. */
    public Reply accepted(Exchange x, TaskRow t) {
        return Reply.accepted(task(x, t), MediaTypes.TASK).header("X-VMWARE-VCLOUD-TASK-ID", Kind.TASK.urn(t.id()))
                .header("X-VMWARE-VCLOUD-TASK-HREF", Hrefs.of(x, Kind.TASK, t.id()));
    }
}
