package io.vcdsim.tasks;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskTest {
    static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";
    static final String TASK = "application/vnd.vmware.vcloud.task+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withTaskDurations(TaskDurations.parse("PT0.1S", "")));
    static Http admin;
    static Http tenant;
    static String acme;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
    }

    /** A defect inside an operation fails its task with a message that names no Java class, only where to look. */
    @Test
    void anInternalErrorFailsTheTaskWithoutShowingItsJavaInsides() throws Exception {
        String op = "testBrokenWork";
        vcd.sim().engine().register(op, (tx, task) -> {
            throw new NullPointerException("the simulated defect");
        });
        var org = vcd.sim().db().read(tx -> tx.orgs().findByName("acme")).orElseThrow();
        var user = vcd.sim().db().read(tx -> tx.users().findByName(org.id(), "acmeadmin")).orElseThrow();
        var task = vcd.sim().db().tx(tx -> vcd.sim().engine().start(tx, new TaskEngine.Spec(op, "Breaking",
                new TaskEngine.Caller(user.id(), user.name(), org.id(), org.name()),
                io.vcdsim.core.ObjectRef.of(io.vcdsim.core.Kind.ORG, org.id(), org.name()), false, null)));
        Http.Res ended = tenant.awaitTask(tenant.get("/api/task/" + task.id()));
        assertThat(ended.attr("status")).isEqualTo("error");
        Element error = ended.child("Error");
        assertThat(error.getAttribute("message")).contains("internal error").contains(task.id().toString())
                .doesNotContain("java.").doesNotContain("NullPointerException").doesNotContain("simulated defect");
    }

    static Http.Res createCatalog(Http who, String name) {
        String add = who.get(acme).link("add", ADMIN_CATALOG);
        return who.post(add, ADMIN_CATALOG, "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name
                + "\"><Description>made by a test</Description></AdminCatalog>");
    }

    @Test
    void catalogCreationReturnsTheCatalogWithARunningTaskThatSucceeds() {
        Http.Res created = createCatalog(tenant, "cat-a");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getLocalName()).isEqualTo("AdminCatalog");
        Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);
        assertThat(task.getAttribute("status")).isEqualTo("running");
        assertThat(task.getAttribute("operationName")).isEqualTo("catalogCreateCatalog");
        assertThat(task.getAttribute("id")).startsWith("urn:vcloud:task:");
        assertThat(task.getAttribute("serviceNamespace")).isEqualTo("com.vmware.vcloud");
        assertThat(task.getAttribute("cancelRequested")).isEqualTo("false");
        Instant start = Instant.parse(task.getAttribute("startTime"));
        Instant expiry = Instant.parse(task.getAttribute("expiryTime"));
        assertThat(Duration.between(start, expiry)).isEqualTo(Duration.ofDays(90));
        // children in schema order: Link, Owner, User, Organization, Progress, Details
        List<String> order = new java.util.ArrayList<>();
        for (var n = task.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                order.add(e.getLocalName());
            }
        }
        assertThat(order).containsExactly("Link", "Owner", "User", "Organization", "Progress", "Details");
        assertThat(Http.Res.children(task, "Owner").get(0).getAttribute("href")).isEqualTo(
                created.link("alternate", "application/vnd.vmware.vcloud.catalog+xml"));
        assertThat(Http.Res.children(task, "User").get(0).getAttribute("name")).isEqualTo("acmeadmin");
        assertThat(Http.Res.children(task, "Organization").get(0).getAttribute("href")).isEqualTo(acme);

        Http.Res done = tenant.awaitTask(created);
        assertThat(done.attr("status")).isEqualTo("success");
        assertThat(done.attr("endTime")).isNotBlank();
        assertThat(done.childText("Progress")).isEqualTo("100");
        assertThat(done.links("task:cancel", null)).isEmpty();
        assertThat(tenant.get(created.attr("href")).child("Tasks")).isNull(); // idle again

        Http.Res dup = createCatalog(tenant, "CAT-A");
        assertThat(dup.status).isEqualTo(400);
        assertThat(dup.minor()).isEqualTo("DUPLICATE_NAME");
    }

    @Test
    void busyEntitiesRefuseASecondOperationAndCancelEndsTheTask() throws Exception {
        try (VcdSim slow = Sim.start(Config.forTests(Sim.tempDir()).withTaskDurations(
                TaskDurations.parse("PT0.1S", "catalogCreateCatalog=PT30S")))) {
            Http t = new Http(slow.httpUrl()).login("acmeadmin", "acme", "vcdsim-tenant");
            String org = t.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
            Http.Res created = t.post(t.get(org).link("add", ADMIN_CATALOG), ADMIN_CATALOG,
                    "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"busy\"/>");
            assertThat(created.status).isEqualTo(201);
            Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);

            Http.Res busy = t.delete(created.attr("href"));
            assertThat(busy.status).isEqualTo(400);
            assertThat(busy.minor()).isEqualTo("BUSY_ENTITY");
            assertThat(busy.attr("message")).contains("catalogCreateCatalog");
            assertThat(Integer.parseInt(busy.attr("majorErrorCode"))).isEqualTo(400);

            String cancel = Http.Res.children(task, "Link").get(0).getAttribute("href");
            assertThat(cancel).endsWith("/action/cancel");
            Http.Res canceled = t.post(cancel, null, null);
            assertThat(canceled.status).isEqualTo(204);
            Http.Res ended = t.awaitTask(created);
            assertThat(ended.attr("status")).isEqualTo("canceled");
            assertThat(ended.attr("cancelRequested")).isEqualTo("true");
            assertThat(ended.attr("endTime")).isNotBlank();
            Http.Res again = t.post(cancel, null, null);
            assertThat(again.status).isEqualTo(400);
            assertThat(again.attr("message")).contains("already finished");

            // a canceled creation is undone: the catalog went with its task
            assertThat(t.get(created.attr("href")).status).isEqualTo(403);

            slow.simulation().update(new io.vcdsim.simulation.SimulationSettings(java.util.Map.of(
                    "catalogCreateCatalog", "PT0.1S"), java.util.List.of()));
            Http.Res other = t.post(t.get(org).link("add", ADMIN_CATALOG), ADMIN_CATALOG,
                    "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"other\"/>");
            t.awaitTask(other);
            Http.Res deleting = t.delete(other.attr("href"));
            assertThat(deleting.status).isEqualTo(202);
            assertThat(deleting.header("X-VMWARE-VCLOUD-TASK-HREF")).isEqualTo(deleting.attr("href"));
            assertThat(t.awaitTask(deleting).attr("status")).isEqualTo("success");
            assertThat(t.get(other.attr("href")).status).isEqualTo(403);
        }
    }

    @Test
    void anExtensionServicePostsATaskAndDrivesItToSuccess() {
        String taskCreate = admin.get(acme.replace("/api/", "/api/admin/")).link("task:create", TASK);
        assertThat(taskCreate).endsWith("/api/tasksList/" + acme.substring(acme.lastIndexOf('/') + 1));
        String body = "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" serviceNamespace=\"com.example"
                + ".backup\" operationName=\"backupOrg\" operation=\"Backing up acme\"><Owner href=\"" + acme
                + "\" type=\"application/vnd.vmware.vcloud.org+xml\" name=\"acme\"/><Progress>5</Progress>"
                + "<Params><b:Backup xmlns:b=\"urn:example:backup\" level=\"full\">acme</b:Backup></Params>"
                + "<Details>starting</Details></Task>";
        Http.Res posted = admin.post(taskCreate, TASK, body);
        assertThat(posted.status).as(posted.body).isEqualTo(200);
        assertThat(posted.attr("id")).startsWith("urn:vcloud:task:");
        assertThat(posted.attr("startTime")).isNotBlank();
        assertThat(posted.attr("expiryTime")).isNotBlank();
        assertThat(posted.attr("serviceNamespace")).isEqualTo("com.example.backup");
        // the entity resolver names a task by its operation, not by its stored name ("task")
        assertThat(admin.get("/api/entity/" + posted.attr("id")).attr("name")).isEqualTo("backupOrg");
        assertThat(posted.child("Organization").getAttribute("href")).isEqualTo(acme);
        assertThat(posted.child("User").getAttribute("name")).isEqualTo("administrator");
        Element params = (Element) posted.child("Params").getElementsByTagNameNS("urn:example:backup", "Backup").item(0);
        assertThat(params.getNamespaceURI()).isEqualTo("urn:example:backup");
        assertThat(params.getAttribute("level")).isEqualTo("full");
        String edit = posted.link("edit", TASK);

        Http.Res progress = admin.put(edit, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" "
                + "serviceNamespace=\"com.example.backup\"><Progress>150</Progress><Details>half way</Details></Task>");
        assertThat(progress.status).as(progress.body).isEqualTo(200);
        assertThat(progress.childText("Progress")).isEqualTo("100"); // clamped
        assertThat(progress.childText("Details")).isEqualTo("half way");

        // the tenant follows it like any task, and finds it in its task list and task query
        assertThat(tenant.get(posted.attr("href")).attr("status")).isEqualTo("running");
        String tasksList = tenant.get(acme).link("down", "application/vnd.vmware.vcloud.tasksList+xml");
        assertThat(tenant.get(tasksList).children("Task")).extracting(e -> e.getAttribute("href"))
                .contains(posted.attr("href"));
        Http.Res running = tenant.get("/api/query?type=task&format=records&filter=serviceNamespace==com.example.backup"
                + ";status==running");
        assertThat(running.children("TaskRecord")).extracting(e -> e.getAttribute("name")).containsExactly("backupOrg");

        Http.Res done = admin.put(edit, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"success\" "
                + "serviceNamespace=\"com.example.backup\"><Details>done</Details><Result><ResultContent>"
                + "<b:Archive xmlns:b=\"urn:example:backup\">s3://backups/acme.tgz</b:Archive></ResultContent>"
                + "<ResultReference href=\"" + acme + "\" type=\"application/vnd.vmware.vcloud.org+xml\" name=\"acme\"/>"
                + "</Result></Task>");
        assertThat(done.attr("status")).isEqualTo("success");
        Element result = done.child("Result");
        assertThat(Http.Res.children(result, "ResultContent").get(0).getTextContent())
                .isEqualTo("s3://backups/acme.tgz");
        assertThat(Http.Res.children(result, "ResultReference").get(0).getAttribute("href")).isEqualTo(acme);
        // the element order is the schema's: Params before Details, Result last
        assertThat(done.body.indexOf("<Params>")).isLessThan(done.body.indexOf("<Details>"));
        assertThat(done.body.indexOf("<Result>")).isGreaterThan(done.body.indexOf("</Details>"));
        assertThat(done.attr("endTime")).isNotBlank();
        Http.Res late = admin.put(edit, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" "
                + "serviceNamespace=\"com.example.backup\"/>");
        assertThat(late.status).isEqualTo(400);
        assertThat(admin.get(posted.attr("href")).attr("status")).isEqualTo("success");
    }

    @Test
    void aServiceTaskStaysRunningUntilItsServiceEndsIt() throws Exception {
        String tasksList = "/api/tasksList/" + acme.substring(acme.lastIndexOf('/') + 1);
        Http.Res posted = admin.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" "
                + "status=\"running\" serviceNamespace=\"com.example.approvals\" operationName=\"approveThings\"/>");
        assertThat(posted.status).as(posted.body).isEqualTo(200);
        Thread.sleep(2_500); // the orphan adopter sweeps every second: it must leave a service's task alone
        assertThat(admin.get(posted.attr("href")).attr("status")).isEqualTo("running");
        Http.Res done = admin.put(posted.link("edit", TASK), TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" "
                + "status=\"success\" serviceNamespace=\"com.example.approvals\"/>");
        assertThat(done.status).as(done.body).isEqualTo(200);
        assertThat(done.attr("status")).isEqualTo("success");
    }

    @Test
    void twoConcurrentDeletesOfOneCatalogEndInOneTaskAndOneBusyEntity() {
        for (int i = 0; i < 10; i++) {
            Http.Res created = createCatalog(tenant, "race-" + i + "-" + UUID.randomUUID().toString().substring(0, 8));
            tenant.awaitTask(created);
            String href = created.attr("href");
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> tenant.delete(href));
            var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> tenant.delete(href));
            List<Http.Res> both = List.of(first.join(), second.join());
            // one winner; the loser finds the catalog busy (400) or, when the winner's task already ended, gone (403)
            assertThat(both).extracting(r -> r.status).as(both.toString()).containsOnlyOnce(202)
                    .allMatch(st -> st == 202 || st == 400 || st == 403);
            assertThat(both).filteredOn(r -> r.status == 400).extracting(Http.Res::minor).containsOnly("BUSY_ENTITY");
        }
    }

    @Test
    void overLongServiceTaskFieldsAreRefusedUpFront() {
        String tasksList = "/api/tasksList/" + acme.substring(acme.lastIndexOf('/') + 1);
        long before = taskCount();
        for (String attrs : List.of("operationName=\"" + "o".repeat(101) + "\"", "name=\"" + "n".repeat(5000) + "\"",
                "operation=\"" + "p".repeat(1025) + "\"")) {
            Http.Res r = admin.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS + "\" status=\"running\" "
                    + "serviceNamespace=\"com.example\" " + attrs + "/>");
            assertThat(r.status).as(attrs.substring(0, 20)).isEqualTo(400);
            assertThat(r.minor()).isEqualTo("BAD_REQUEST");
        }
        Http.Res details = admin.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" "
                + "serviceNamespace=\"com.example\"><Details>" + "d".repeat(4097) + "</Details></Task>");
        assertThat(details.status).isEqualTo(400);
        assertThat(taskCount()).isEqualTo(before);
        String bigResult = "<Result><ResultContent><r>" + "r".repeat(16_384) + "</r></ResultContent></Result>";
        Http.Res result = admin.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" "
                + "serviceNamespace=\"com.example\">" + bigResult + "</Task>");
        assertThat(result.status).isEqualTo(400);
        assertThat(result.minor()).isEqualTo("BAD_REQUEST");
        assertThat(taskCount()).isEqualTo(before);
        Http.Res longest = admin.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" "
                + "serviceNamespace=\"com.example\" operationName=\"" + "o".repeat(100) + "\"/>");
        assertThat(longest.status).as(longest.body).isEqualTo(200);
        // an update is held to the same bounds, and a refused one changes nothing
        String href = longest.attr("href");
        for (String tooBig : List.of(bigResult, "<Params><p>" + "p".repeat(1_000_001) + "</p></Params>")) {
            Http.Res update = admin.put(href, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"success\" "
                    + "serviceNamespace=\"com.example\">" + tooBig + "</Task>");
            assertThat(update.status).isEqualTo(400);
            assertThat(update.minor()).isEqualTo("BAD_REQUEST");
        }
        assertThat(admin.get(href).attr("status")).isEqualTo("running");
    }

    @Test
    void badServiceTasksAreRefusedAndNothingIsCreated() {
        String tasksList = "/api/tasksList/" + acme.substring(acme.lastIndexOf('/') + 1);
        long before = taskCount();
        for (String attrs : List.of("status=\"RUNNING\" serviceNamespace=\"com.example\"",
                "status=\"running\" serviceNamespace=\"com.vmware.vcloud.fake\"", "status=\"running\"",
                "status=\"running\" serviceNamespace=\"" + "x".repeat(129) + "\"")) {
            Http.Res r = admin.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" " + attrs + "/>");
            assertThat(r.status).as(attrs).isEqualTo(400);
            assertThat(r.minor()).isEqualTo("BAD_REQUEST");
        }
        Http.Res tenantPost = tenant.post(tasksList, TASK, "<Task xmlns=\"" + Http.NS
                + "\" name=\"task\" status=\"running\" serviceNamespace=\"com.example\"/>");
        assertThat(tenantPost.status).isEqualTo(403);
        assertThat(taskCount()).isEqualTo(before);
        // native tasks are not for extension services to edit
        Http.Res created = createCatalog(tenant, "native-" + UUID.randomUUID().toString().substring(0, 8));
        String href = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("href");
        assertThat(admin.put(href, TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"success\" "
                + "serviceNamespace=\"com.example\"/>").status).isEqualTo(400);
    }

    static long taskCount() {
        return vcd.sim().db().tx(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM task").mapTo(Long.class).one());
    }

    @Test
    void tasksOfOneOrgAreInvisibleToAnother() {
        Http.Res adminTask = admin.post("/api/tasksList/"
                + vcd.sim().db().tx(tx -> tx.orgs().system()).orElseThrow().id(),
                TASK, "<Task xmlns=\"" + Http.NS + "\" name=\"task\" status=\"running\" serviceNamespace=\"com.x\"/>");
        assertThat(adminTask.status).isEqualTo(200);
        assertThat(tenant.get(adminTask.attr("href")).status).isEqualTo(403);
        assertThat(tenant.post(adminTask.attr("href") + "/action/cancel", null, null).status).isEqualTo(403);
        String systemTasks = "/api/tasksList/" + vcd.sim().db().tx(tx -> tx.orgs().system()).orElseThrow().id();
        assertThat(tenant.get(systemTasks).status).isEqualTo(403);
        assertThat(tenant.get("/api/query?type=task&format=records&pageSize=128").children("TaskRecord"))
                .extracting(e -> e.getAttribute("href")).doesNotContain(adminTask.attr("href"));
        assertThat(admin.get("/api/query?type=adminTask&format=records&pageSize=128").children("AdminTaskRecord"))
                .extracting(e -> e.getAttribute("href")).contains(adminTask.attr("href"));
        assertThat(tenant.get("/api/query?type=adminTask&format=records").children("AdminTaskRecord"))
                .extracting(e -> e.getAttribute("orgName")).containsOnly("acme");
    }

    @Test
    void taskQueriesAsPyvcloudAndVcdCliSendThem() {
        tenant.awaitTask(createCatalog(tenant, "q-" + UUID.randomUUID().toString().substring(0, 8)));
        Http.Res list = tenant.get("/api/query?type=task&format=idrecords&page=1&pageSize=25&sortDesc=startDate"
                + "&filter=status==success,status==running");
        assertThat(list.status).isEqualTo(200);
        Element first = list.children("TaskRecord").get(0);
        assertThat(first.getAttribute("id")).startsWith("urn:vcloud:task:");
        assertThat(first.getAttribute("name")).isNotBlank();
        assertThat(first.getAttribute("objectName")).isNotBlank();
        assertThat(first.getAttribute("startDate")).isNotBlank();
        Http.Res wrongCase = tenant.get("/api/query?type=task&format=records&filter=status==RUNNING");
        assertThat(wrongCase.status).isEqualTo(400);
        assertThat(wrongCase.attr("message")).contains("Value 'RUNNING' not found");
    }

    @Test
    void everyTransitionIsAnEventAndServicesPostTheirOwn() {
        Http.Res created = createCatalog(tenant, "ev-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res done = tenant.awaitTask(created);
        String taskUrn = done.attr("id");
        Http.Res events = admin.get("/api/query?type=adminEvent&format=records&pageSize=128&sortAsc=timeStamp"
                + "&filter=task==" + taskUrn);
        // the task's transitions, and the object event its end announces, in the order they were written
        assertThat(events.children("AdminEventRecord")).extracting(e -> e.getAttribute("eventType")).containsExactly(
                "com/vmware/vcloud/event/task/create", "com/vmware/vcloud/event/task/start",
                "com/vmware/vcloud/event/catalog/create", "com/vmware/vcloud/event/task/complete");

        String acmeAdmin = acme.replace("/api/", "/api/admin/");
        String eventCreate = admin.get(acmeAdmin).link("event:create", "application/vnd.vmware.admin.event+xml");
        Http.Res posted = admin.post(eventCreate, "application/vnd.vmware.admin.event+xml", "<Event xmlns=\""
                + Http.NS + "\" type=\"com/example/backup/done\" serviceNamespace=\"com.example.backup\" "
                + "success=\"true\" typeFull=\"Backup of acme finished\"/>");
        assertThat(posted.status).isEqualTo(204);
        Http.Res mine = tenant.get("/api/query?type=event&format=records&filter=eventType==com/example/backup/done");
        assertThat(mine.children("EventRecord")).hasSize(1);
        assertThat(mine.children("EventRecord").get(0).getAttribute("eventStatus")).isEqualTo("2");
        Http.Res reserved = admin.post(eventCreate, "application/vnd.vmware.admin.event+xml", "<Event xmlns=\""
                + Http.NS + "\" type=\"com/vmware/vcloud/event/fake\" serviceNamespace=\"com.example\"/>");
        assertThat(reserved.status).isEqualTo(400);
    }

    @Test
    void aTaskRunningWhenTheProcessStopsFinishesAfterTheRestart() throws Exception {
        var dir = Sim.tempDir();
        Config config = Config.forTests(dir).withTaskDurations(TaskDurations.parse("PT0.1S", "catalogDelete=PT1S"));
        String taskHref;
        String catalogHref;
        try (VcdSim first = Sim.start(config)) {
            Http t = new Http(first.httpUrl()).login("acmeadmin", "acme", "vcdsim-tenant");
            String org = t.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
            Http.Res created = t.post(t.get(org).link("add", ADMIN_CATALOG), ADMIN_CATALOG,
                    "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"doomed\"/>");
            t.awaitTask(created);
            catalogHref = created.attr("href");
            Http.Res deleting = t.delete(catalogHref);
            assertThat(deleting.status).isEqualTo(202);
            assertThat(deleting.attr("status")).isEqualTo("running");
            taskHref = deleting.attr("href");
        } // the process "dies" with the delete still running
        try (VcdSim second = Sim.start(config)) {
            Http t = new Http(second.httpUrl()).login("acmeadmin", "acme", "vcdsim-tenant");
            String base = second.httpUrl();
            Http.Res task = t.get(taskHref.replaceFirst("http://[^/]+", base));
            Http.Res done = t.awaitTask(task);
            assertThat(done.attr("status")).isEqualTo("success");
            assertThat(t.get(catalogHref.replaceFirst("http://[^/]+", base)).status).isEqualTo(403);
        }
    }

    @Test
    void tasksAreFinishedFromWhatIsStoredNotOnlyFromInMemoryTimers() throws Exception {
        try (VcdSim slow = Sim.start(Config.forTests(Sim.tempDir()).withTaskDurations(
                TaskDurations.parse("PT0.1S", "catalogDelete=PT1H")))) {
            Http t = Sim.tenant(slow);
            String org = t.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
            String add = t.get(org).link("add", ADMIN_CATALOG);
            List<String> deletes = new java.util.ArrayList<>();
            for (String name : List.of("orphan", "forgotten")) {
                Http.Res created = t.post(add, ADMIN_CATALOG, "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\""
                        + name + "\"/>");
                t.awaitTask(created);
                deletes.add(t.delete(created.attr("href")).attr("href"));
            }
            UUID orphan = UUID.fromString(deletes.get(0).substring(deletes.get(0).lastIndexOf('/') + 1));
            UUID forgotten = UUID.fromString(deletes.get(1).substring(deletes.get(1).lastIndexOf('/') + 1));
            slow.db().run(tx -> {
                // a cell that stopped beating a minute ago held the first task...
                tx.handle().createUpdate("INSERT INTO cell (id, started, heartbeat_until) VALUES ('dead-cell', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP - INTERVAL '1' MINUTE)").execute();
                tx.handle().createUpdate("UPDATE task SET cell_id = 'dead-cell', due_at = CURRENT_TIMESTAMP "
                        + "WHERE id = :id").bind("id", orphan).execute();
                // ...and this cell's timer for the second one says an hour, though the store says it is overdue
                tx.handle().createUpdate("UPDATE task SET due_at = CURRENT_TIMESTAMP - INTERVAL '10' SECOND "
                        + "WHERE id = :id").bind("id", forgotten).execute();
            });
            for (String href : deletes) {
                Http.Res done = t.awaitTask(t.get(href));
                assertThat(done.attr("status")).as(href).isEqualTo("success");
            }
        }
    }
}
