package io.vcdsim.api;

import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Event;
import io.vcdsim.model.Task;
import io.vcdsim.model.TasksList;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.ServiceTasks;
import io.vcdsim.tasks.TaskEngine;

import java.time.Duration;
import java.util.UUID;

/**
 * Tasks: {@code /api/task/{id}} (read, cancel, and update by extension services), an org's
 * {@code /api/tasksList/{org}} (list, and post a service task), and service events.
 */
public final class TaskResource implements Routes {
    private static final Duration RECENT = Duration.ofHours(1);
    private final Database db;
    private final TaskEngine engine;
    private final ServiceTasks serviceTasks;
    private final TaskViews views;

    public TaskResource(Database db, TaskEngine engine, ServiceTasks serviceTasks, TaskViews views) {
        this.db = db;
        this.engine = engine;
        this.serviceTasks = serviceTasks;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/api/task/{id}", x -> Reply.ok(views.task(x, visible(x)), MediaTypes.TASK));
        r.put("/api/task/{id}", this::update);
        r.post("/api/task/{id}/action/cancel", this::cancel);
        r.get("/api/tasksList/{org}", this::list);
        r.post("/api/tasksList/{org}", this::create);
        r.post("/api/admin/org/{id}/events", this::postEvent);
    }

    /** The task, if the caller may see it: their own, or any of their org's with the right to view tasks. */
    private TaskRow visible(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        TaskRow t = Hrefs.found(db.read(tx -> tx.tasks().find(id)), "task", id);
        Principal p = x.principal();
        if (!p.userId().equals(t.userId())) {
            p.require(Right.TASK_VIEW, t.orgId());
        }
        return t;
    }

    Reply cancel(Exchange x) {
        TaskRow t = visible(x);
        Principal p = x.principal();
        if (!p.userId().equals(t.userId())) {
            p.require(Right.TASK_UPDATE, t.orgId());
        }
        engine.cancel(t.id());
        return Reply.noContent();
    }

    Reply update(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        Hrefs.found(db.read(tx -> tx.tasks().find(id)), "task", id);
        Task body = x.read(Task.class, "Task", MediaTypes.TASK);
        return Reply.ok(views.task(x, serviceTasks.update(id, body)), MediaTypes.TASK);
    }

    private OrgRow org(Exchange x, String param, Right right) {
        UUID id = Hrefs.id(x, param);
        OrgRow o = Hrefs.found(db.read(tx -> tx.orgs().find(id)), "organization", id);
        x.principal().require(right, o.id());
        return o;
    }

    Reply list(Exchange x) {
        OrgRow o = org(x, "org", Right.TASK_VIEW);
        TasksList list = new TasksList();
        list.href = x.href("/api/tasksList/" + o.id());
        list.type = MediaTypes.xml(MediaTypes.TASKS_LIST);
        list.name = o.name();
        list.id = Kind.ORG.urn(o.id());
        for (TaskRow t : db.read(tx -> tx.tasks().recentInOrg(o.id(), engine.now().minus(RECENT), 1000))) {
            list.task.add(views.task(x, t));
        }
        return Reply.ok(list, MediaTypes.TASKS_LIST);
    }

    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        OrgRow o = org(x, "org", Right.ADMIN_CONTROL);
        Task body = x.read(Task.class, "Task", MediaTypes.TASK);
        UUID requestedUser = body.user == null ? null : Ids.fromAny(body.user.href);
        Principal p = x.principal();
        TaskRow t = serviceTasks.create(o.id(), body, caller(p),
                requestedUser);
        return Reply.ok(views.task(x, t), MediaTypes.TASK);
    }

    static TaskEngine.Caller caller(Principal p) {
        return new TaskEngine.Caller(p.userId(), p.userName(), p.orgId(), p.orgName());
    }

    Reply postEvent(Exchange x) {
        x.principal().requireSystemAdmin();
        OrgRow o = org(x, "id", Right.ADMIN_CONTROL);
        Event body = x.read(Event.class, "Event", MediaTypes.EVENT);
        Principal p = x.principal();
        serviceTasks.postEvent(o.id(), body, caller(p));
        return Reply.noContent();
    }
}
