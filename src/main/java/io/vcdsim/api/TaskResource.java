package io.vcdsim.api;

import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Event;
import io.vcdsim.model.Task;
import io.vcdsim.store.Database;
import io.vcdsim.store.EventRow;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.ServiceTasks;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tasks.TaskService;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.EventView;
import io.vcdsim.views.TaskView;

import java.util.UUID;

/**
 * Tasks: {@code /api/task/{id}} (read, cancel, and update by extension services), an org's
 * {@code /api/tasksList/{org}} (list, and post a service task), and service events.
 */
public final class TaskResource implements Routes {
    private final Database db;
    private final TaskEngine engine;
    private final TaskService tasks;
    private final ServiceTasks serviceTasks;
    private final OrgService orgs;
    private final TaskViews views;

    public TaskResource(Database db, TaskEngine engine, TaskService tasks, ServiceTasks serviceTasks, OrgService orgs,
                        TaskViews views) {
        this.db = db;
        this.engine = engine;
        this.tasks = tasks;
        this.serviceTasks = serviceTasks;
        this.orgs = orgs;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/api/task/{id}", x -> Reply.ok(views.task(x, tasks.task(x.principal(), Hrefs.id(x, "id"),
                Right.TASK_VIEW)), MediaTypes.TASK));
        r.put("/api/task/{id}", this::update);
        r.post("/api/task/{id}/action/cancel", this::cancel);
        r.get("/api/tasksList/{org}", this::list);
        r.post("/api/tasksList/{org}", this::create);
        r.post("/api/admin/org/{id}/events", this::postEvent);
        r.get("/api/event/{id}", this::event);
    }

    /** One event of the log, which the event query's records point at. */
    Reply event(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        EventRow e = x.principal().require(Right.TASK_VIEW, db.read(tx -> tx.events().find(id)), EventRow::orgId,
                "event", id);
        return Reply.ok(EventView.of(Hrefs.viewer(x), e), MediaTypes.EVENT);
    }

    Reply cancel(Exchange x) {
        tasks.cancel(x.principal(), Hrefs.id(x, "id"));
        return Reply.noContent();
    }

    /** System administrators only, checked before the id is parsed; they hold ADMIN_CONTROL in every org. */
    Reply update(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = tasks.task(x.principal(), Hrefs.id(x, "id"), Right.ADMIN_CONTROL).id();
        Task body = x.read(Task.class, "Task", MediaTypes.TASK);
        return Reply.ok(views.task(x, serviceTasks.update(id, body)), MediaTypes.TASK);
    }

    private OrgRow org(Exchange x, String param, Right right) {
        return orgs.org(x.principal(), Hrefs.id(x, param), right);
    }

    Reply list(Exchange x) {
        OrgRow o = org(x, "org", Right.TASK_VIEW);
        return Reply.ok(db.read(tx -> TaskView.list(tx, Hrefs.viewer(x), o, engine.now())), MediaTypes.TASKS_LIST);
    }

    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        OrgRow o = org(x, "org", Right.ADMIN_CONTROL);
        Task body = x.read(Task.class, "Task", MediaTypes.TASK);
        UUID requestedUser = body.user == null ? null : Ids.fromAny(body.user.href);
        TaskRow t = serviceTasks.create(o.id(), body, caller(x.principal()), requestedUser);
        return Reply.ok(views.task(x, t), MediaTypes.TASK);
    }

    static TaskEngine.Caller caller(Principal p) {
        return new TaskEngine.Caller(p.userId(), p.userName(), p.orgId(), p.orgName());
    }

    Reply postEvent(Exchange x) {
        x.principal().requireSystemAdmin();
        OrgRow o = org(x, "id", Right.ADMIN_CONTROL);
        Event body = x.read(Event.class, "Event", MediaTypes.EVENT);
        serviceTasks.postEvent(o.id(), body, caller(x.principal()));
        return Reply.noContent();
    }
}
