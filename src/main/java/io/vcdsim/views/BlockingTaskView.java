package io.vcdsim.views;

import io.vcdsim.blocking.BlockingSettings;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.BlockingTask;
import io.vcdsim.model.BlockingTaskReferences;
import io.vcdsim.model.BlockingTaskSettings;
import io.vcdsim.model.Reference;
import io.vcdsim.model.TaskOperation;
import io.vcdsim.model.TaskOperationList;
import io.vcdsim.store.BlockingTaskRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.util.Collection;

/** Blocking tasks, the list of active ones, their settings and the operations that can block. */
public final class BlockingTaskView {
    private static final String EXTENSION = "/api/admin/extension";
    private static final String SETTINGS = EXTENSION + "/settings/blockingTask";
    private static final String ALL_OPERATIONS = "/api/task/operations";

    private BlockingTaskView() {
    }

    /** A blocking task, with the organization, user and owner of the task it holds back. */
    public static BlockingTask of(Tx tx, Viewer v, BlockingTaskRow b) {
        TaskRow task = tx.tasks().find(b.taskId()).orElse(null);
        BlockingTask view = v.entity(new BlockingTask(), Kind.BLOCKING_TASK, b.id(), b.name());
        view.status = b.status();
        view.createdTime = Viewer.time(b.created());
        view.timeoutDate = Viewer.time(b.timeoutDate());
        view.timeoutAction = b.timeoutAction();
        if (b.active()) {
            String params = MediaTypes.xml(MediaTypes.BLOCKING_TASK_PARAMS);
            view.link("resume", view.href + "/action/resume", params);
            view.link("abort", view.href + "/action/abort", params);
            view.link("fail", view.href + "/action/fail", params);
            view.link("updateProgress", view.href + "/action/updateProgress",
                    MediaTypes.xml(MediaTypes.BLOCKING_TASK_PROGRESS_PARAMS));
        }
        v.link(view, "up", Kind.TASK, b.taskId());
        view.organization = new Reference(v.adminHref(Kind.ORG, b.orgId()), null,
                MediaTypes.xml(MediaTypes.ADMIN_ORG), task == null ? null : task.orgName());
        if (task != null && task.userId() != null) {
            view.user = new Reference(v.href(Kind.USER, task.userId()), null, MediaTypes.xml(MediaTypes.USER),
                    task.userName());
        }
        if (task != null) {
            view.taskOwner = TaskView.owner(v, task);
        }
        return view;
    }

    /** The active blocking tasks. */
    public static BlockingTaskReferences active(Tx tx, Viewer v) {
        BlockingTaskReferences refs = new BlockingTaskReferences();
        refs.href = v.href(EXTENSION + "/blockingTasks/");
        refs.type = MediaTypes.xml(MediaTypes.BLOCKING_TASK_LIST);
        refs.link("up", v.href(EXTENSION), MediaTypes.xml(MediaTypes.EXTENSION));
        for (BlockingTaskRow b : tx.blockingTasks().active()) {
            refs.reference.add(new Reference(v.href(Kind.BLOCKING_TASK, b.id()), null,
                    MediaTypes.xml(MediaTypes.BLOCKING_TASK), b.name()));
        }
        return refs;
    }

    public static BlockingTaskSettings settings(Viewer v, BlockingSettings s) {
        BlockingTaskSettings view = new BlockingTaskSettings();
        view.href = v.href(SETTINGS);
        view.type = MediaTypes.xml(MediaTypes.BLOCKING_TASK_SETTINGS);
        view.link("edit", view.href, view.type);
        view.link("down", v.href(SETTINGS + "/operations"), MediaTypes.xml(MediaTypes.TASK_OPERATION_LIST));
        view.timeoutAction = s.timeoutAction();
        view.operations = operations(v, s);
        view.timeoutInMilliseconds = s.timeoutMillis();
        return view;
    }

    /** The operations that block. */
    public static TaskOperationList operations(Viewer v, BlockingSettings s) {
        TaskOperationList view = operationList(v, v.href(SETTINGS + "/operations"), s.operations());
        view.link("edit", view.href, view.type);
        if (v.version().atLeast(ApiVersion.V33)) {
            view.link("down:allTaskOperations", v.href(ALL_OPERATIONS), view.type);
        }
        return view;
    }

    /** Every operation that can block (33.0+), with its category. */
    public static TaskOperationList allOperations(Viewer v, Collection<String> names) {
        return operationList(v, v.href(ALL_OPERATIONS), names);
    }

    /** The names as the viewer's version writes them: Operation before 33.0, TaskOperationType after. */
    private static TaskOperationList operationList(Viewer v, String href, Collection<String> names) {
        TaskOperationList view = new TaskOperationList();
        view.href = href;
        view.type = MediaTypes.xml(MediaTypes.TASK_OPERATION_LIST);
        for (String name : names) {
            if (v.version().atLeast(ApiVersion.V33)) {
                view.taskOperation.add(new TaskOperation(category(name), name));
            } else {
                view.operation.add(name);
            }
        }
        return view;
    }

    /** vCD's category values are not in our sources: the object word an operationName starts with ("catalog"). */
    private static String category(String operationName) {
        int i = 0;
        while (i < operationName.length() && Character.isLowerCase(operationName.charAt(i))) {
            i++;
        }
        return operationName.substring(0, i);
    }
}
