package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.model.Task;
import io.vcdsim.store.TaskRow;
import io.vcdsim.views.TaskView;

/** Tasks as the API answers with them: representations (from {@link TaskView}) and 202 Accepted replies. */
public final class TaskViews {

    public Task task(Exchange x, TaskRow t) {
        return TaskView.of(Hrefs.viewer(x), t);
    }

    /** A 202 answer carrying the task, with the task id and href headers vCD defines. */
    public Reply accepted(Exchange x, TaskRow t) {
        return Reply.accepted(task(x, t), MediaTypes.TASK).header("X-VMWARE-VCLOUD-TASK-ID", Kind.TASK.urn(t.id()))
                .header("X-VMWARE-VCLOUD-TASK-HREF", Hrefs.of(x, Kind.TASK, t.id()));
    }
}
