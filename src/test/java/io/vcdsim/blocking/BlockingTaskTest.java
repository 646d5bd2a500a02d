package io.vcdsim.blocking;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator makes catalog creation blocking; the approvals and timeouts decide how it ends. */
class BlockingTaskTest {
    static final String EXT = "/api/admin/extension";
    static final String PARAMS = "application/vnd.vmware.admin.blockingTaskOperationParams+xml";
    static final String PROGRESS = "application/vnd.vmware.admin.blockingTaskUpdateProgressOperationParams+xml";
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withTaskDurations(TaskDurations.parse("PT0.1S", "")));
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    @BeforeEach
    void catalogCreationBlocks() {
        settings("abort", 3_600_000, "catalogCreateCatalog");
    }

    static void settings(String action, long timeoutMillis, String... operations) {
        StringBuilder ops = new StringBuilder();
        for (String op : operations) {
            ops.append("<Operation xmlns=\"").append(Http.NS).append("\">").append(op).append("</Operation>");
        }
        Http.Res r = admin.put(EXT + "/settings/blockingTask", "application/vnd.vmware.admin.blockingTaskSettings+xml",
                "<vmext:BlockingTaskSettings xmlns:vmext=\"" + VMEXT + "\"><vmext:TimeoutAction>" + action
                        + "</vmext:TimeoutAction><vmext:BlockingTaskOperations>" + ops
                        + "</vmext:BlockingTaskOperations><vmext:TimeoutInMilliseconds>" + timeoutMillis
                        + "</vmext:TimeoutInMilliseconds></vmext:BlockingTaskSettings>");
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    static Http.Res createCatalog(String name) {
        return Sim.createCatalog(tenant, name);
    }

    static Element task(Http.Res created) {
        return Http.Res.children(created.child("Tasks"), "Task").get(0);
    }

    /** The active blocking task of a task, found the way an administrator would: the list, then the href. */
    static Http.Res blockingTaskOf(Element task) {
        Http.Res list = admin.get(EXT + "/blockingTasks/");
        assertThat(list.status).isEqualTo(200);
        for (Element ref : list.children("Reference")) {
            Http.Res b = admin.get(ref.getAttribute("href"));
            if (b.link("up", "application/vnd.vmware.vcloud.task+xml").equals(task.getAttribute("href"))) {
                return b;
            }
        }
        throw new AssertionError("no blocking task for " + task.getAttribute("href") + " in " + list.body);
    }

    static String params(String message) {
        return "<vmext:BlockingTaskOperationParams xmlns:vmext=\"" + VMEXT + "\"><vmext:Message>" + message
                + "</vmext:Message></vmext:BlockingTaskOperationParams>";
    }

    @Test
    void aBlockedTaskWaitsInPreRunningUntilResumed() {
        Http.Res created = createCatalog("blocked-" + UUID.randomUUID().toString().substring(0, 8));
        Element task = task(created);
        assertThat(task.getAttribute("status")).isEqualTo("preRunning");

        Http.Res b = blockingTaskOf(task);
        assertThat(b.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(b.attr("name")).isEqualTo("catalogCreateCatalog");
        assertThat(b.attr("status")).isEqualTo("active");
        assertThat(b.attr("timeoutAction")).isEqualTo("abort");
        assertThat(Duration.between(Instant.parse(b.attr("createdTime")), Instant.parse(b.attr("timeoutDate"))))
                .isEqualTo(Duration.ofHours(1));
        assertThat(b.child("Organization").getAttribute("name")).isEqualTo("acme");
        assertThat(b.child("User").getAttribute("name")).isEqualTo("acmeadmin");
        String catalogId = created.attr("href").substring(created.attr("href").lastIndexOf('/'));
        assertThat(b.child("TaskOwner").getAttribute("href")).endsWith("/api/catalog" + catalogId);

        // the entity resolver turns the notification's URN into the blocking task
        Http.Res entity = admin.get("/api/entity/" + b.attr("id"));
        assertThat(entity.status).as(entity.body).isEqualTo(200);
        assertThat(entity.link("alternate", "application/vnd.vmware.admin.blockingTask+xml")).isEqualTo(b.attr("href"));

        Http.Res extended = admin.post(b.link("updateProgress", PROGRESS), PROGRESS, "<vmext:BlockingTaskUpdateProgressParams "
                + "xmlns:vmext=\"" + VMEXT + "\"><vmext:Message>still checking</vmext:Message>"
                + "<vmext:TimeoutValueInMilliseconds>7200000</vmext:TimeoutValueInMilliseconds>"
                + "</vmext:BlockingTaskUpdateProgressParams>");
        assertThat(extended.status).as(extended.body).isEqualTo(200);
        assertThat(Instant.parse(extended.attr("timeoutDate"))).isAfter(Instant.parse(b.attr("timeoutDate")));
        assertThat(tenant.get(task.getAttribute("href")).attr("status")).isEqualTo("preRunning");

        Http.Res records = admin.get("/api/query?type=blockingTask&format=records&filter=task=="
                + task.getAttribute("id"));
        assertThat(records.status).as(records.body).isEqualTo(200);
        Element record = records.children("BlockingTaskRecord").get(0);
        assertThat(record.getAttribute("operationName")).isEqualTo("catalogCreateCatalog");
        assertThat(record.getAttribute("jobStatus")).isEqualTo("preRunning");
        assertThat(record.getAttribute("originatingOrgName")).isEqualTo("acme");
        assertThat(record.getAttribute("href")).isEqualTo(b.attr("href"));
        assertThat(tenant.get("/api/query?type=blockingTask&format=records").status).isEqualTo(403);

        Http.Res resumed = admin.post(b.link("resume", PARAMS), PARAMS, params("approved"));
        assertThat(resumed.status).as(resumed.body).isEqualTo(204);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        assertThat(admin.get("/api/query?type=blockingTask&format=records&filter=task==" + task.getAttribute("id"))
                .children("BlockingTaskRecord")).isEmpty();
        Http.Res again = admin.post(b.link("resume", PARAMS), PARAMS, params("twice"));
        assertThat(again.status).isEqualTo(400);
        assertThat(again.attr("message")).contains("already been resolved");
        assertThat(admin.get(EXT + "/blockingTasks").children("Reference"))
                .extracting(e -> e.getAttribute("href")).doesNotContain(b.attr("href"));

        Http.Res events = admin.get("/api/query?type=adminEvent&format=records&pageSize=128&sortAsc=timeStamp"
                + "&filter=task==" + task.getAttribute("id"));
        assertThat(events.children("AdminEventRecord")).extracting(e -> e.getAttribute("eventType")).containsExactly(
                "com/vmware/vcloud/event/task/create", "com/vmware/vcloud/event/blockingtask/create",
                "com/vmware/vcloud/event/blockingtask/resume", "com/vmware/vcloud/event/task/start",
                "com/vmware/vcloud/event/catalog/create", "com/vmware/vcloud/event/task/complete");
    }

    @Test
    void theEntityResolverFindsAnyStoredKindTheCallerMaySee() {
        settings("abort", 3_600_000);
        Http.Res catalog = createCatalog("resolved-" + UUID.randomUUID().toString().substring(0, 8));
        String catalogId = catalog.attr("href").substring(catalog.attr("href").lastIndexOf('/'));
        Http.Res entity = tenant.get("/api/entity/" + catalog.attr("id"));
        assertThat(entity.status).as(entity.body).isEqualTo(200);
        assertThat(entity.attr("id")).isEqualTo(catalog.attr("id"));
        assertThat(entity.attr("name")).isEqualTo(catalog.attr("name"));
        assertThat(entity.link("alternate", "application/vnd.vmware.vcloud.catalog+xml")).endsWith("/api/catalog"
                + catalogId);

        String systemOrg = admin.get(admin.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml"))
                .attr("id");
        assertThat(admin.get("/api/entity/" + systemOrg).status).isEqualTo(200);
        assertThat(tenant.get("/api/entity/" + systemOrg).status).isEqualTo(403);
    }

    @Test
    void abortRemovesWhatTheOperationMadeAndFailEndsInError() {
        Http.Res aborted = createCatalog("aborted-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res b = blockingTaskOf(task(aborted));
        assertThat(admin.post(b.link("abort", PARAMS), PARAMS, params("not this week")).status).isEqualTo(204);
        Http.Res abortedTask = tenant.awaitTask(aborted);
        assertThat(abortedTask.attr("status")).isEqualTo("aborted");
        assertThat(abortedTask.childText("Details")).isEqualTo("not this week");
        assertThat(tenant.get(aborted.attr("href")).status).isEqualTo(403); // the catalog is gone

        Http.Res failed = createCatalog("failed-" + UUID.randomUUID().toString().substring(0, 8));
        b = blockingTaskOf(task(failed));
        assertThat(admin.post(b.link("fail", PARAMS), PARAMS, params("quota exceeded")).status).isEqualTo(204);
        Http.Res failedTask = tenant.awaitTask(failed);
        assertThat(failedTask.attr("status")).isEqualTo("error");
        assertThat(failedTask.child("Error").getAttribute("message")).isEqualTo("quota exceeded");
        assertThat(admin.get(b.attr("href")).attr("status")).isEqualTo("failed");
    }

    @Test
    void aCancelRacingAResumeEndsTheTaskOnceWithoutAServerError() {
        for (int i = 0; i < 8; i++) {
            Http.Res created = createCatalog("cancel-race-" + i + "-" + UUID.randomUUID().toString().substring(0, 8));
            Element task = task(created);
            Http.Res b = blockingTaskOf(task);
            var resume = CompletableFuture.supplyAsync(() -> admin.post(b.link("resume", PARAMS), PARAMS, params("go")));
            var cancel = CompletableFuture.supplyAsync(() -> tenant.post(task.getAttribute("href") + "/action/cancel",
                    null, null));
            List<Http.Res> both = List.of(resume.join(), cancel.join());
            assertThat(both).extracting(r -> r.status).as(both.toString()).allMatch(st -> st < 500);
            assertThat(tenant.awaitTask(created).attr("status")).isIn("success", "canceled", "aborted");
        }
    }

    @Test
    void twoConcurrentActionsResolveItOnce() {
        Http.Res created = createCatalog("race-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res b = blockingTaskOf(task(created));
        var resume = CompletableFuture.supplyAsync(() -> admin.post(b.link("resume", PARAMS), PARAMS, params("yes")));
        var abort = CompletableFuture.supplyAsync(() -> admin.post(b.link("abort", PARAMS), PARAMS, params("no")));
        List<Integer> statuses = List.of(resume.join().status, abort.join().status);
        assertThat(statuses).containsExactlyInAnyOrder(204, 400);
        String ended = tenant.awaitTask(created).attr("status");
        assertThat(ended).isEqualTo(resume.join().status == 204 ? "success" : "aborted");
    }

    @Test
    void theTimeoutActionRunsOnTime() {
        settings("resume", 500, "catalogCreateCatalog");
        Http.Res created = createCatalog("timeout-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res b = blockingTaskOf(task(created));
        Http.Res done = tenant.awaitTask(created);
        assertThat(done.attr("status")).isEqualTo("success");
        Http.Res resolved = admin.get(b.attr("href"));
        assertThat(resolved.attr("status")).isEqualTo("resumed");
        assertThat(resolved.links("resume", PARAMS)).isEmpty();
    }

    @Test
    void aTimeoutThatCannotBeAppliedDoesNotHoldUpTheOthersDueWithIt() {
        settings("resume", 1_500, "catalogCreateCatalog");
        List<Http.Res> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(createCatalog("batch-" + i + "-" + UUID.randomUUID().toString().substring(0, 8)));
        }
        Http.Res bad = blockingTaskOf(task(created.get(1)));
        String badId = bad.attr("id").substring(bad.attr("id").lastIndexOf(':') + 1);
        // a stored action this version cannot read (as a newer version might have written): its timeout fails
        vcd.sim().db().run(tx -> tx.handle().createUpdate("UPDATE blocking_task SET timeout_action = 'bogus' WHERE "
                + "id = :id").bind("id", UUID.fromString(badId)).execute());
        assertThat(tenant.awaitTask(created.get(0)).attr("status")).isEqualTo("success");
        assertThat(tenant.awaitTask(created.get(2)).attr("status")).isEqualTo("success");
        assertThat(admin.get(bad.attr("href")).attr("status")).isEqualTo("active");
        // an administrator still decides it
        assertThat(admin.post(bad.link("resume", PARAMS), PARAMS, params("by hand")).status).isEqualTo(204);
        assertThat(tenant.awaitTask(created.get(1)).attr("status")).isEqualTo("success");
    }

    @Test
    void aTimedOutBlockingTaskIsAnnouncedForTheUserWhoAskedForTheOperation() {
        settings("abort", 300, "catalogCreateCatalog");
        Http.Res created = createCatalog("asked-" + UUID.randomUUID().toString().substring(0, 8));
        String blockingId = blockingTaskOf(task(created)).attr("id");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("aborted");
        List<Element> aborts = admin.get("/api/query?type=adminEvent&format=records&pageSize=128&sortDesc=timeStamp"
                + "&filter=eventType==com/vmware/vcloud/event/blockingtask/abort").children("AdminEventRecord");
        Element abort = aborts.stream().filter(e -> e.getAttribute("entity").endsWith(blockingId.substring(
                blockingId.lastIndexOf(':') + 1))).findFirst().orElseThrow();
        assertThat(abort.getAttribute("userName")).isEqualTo("acmeadmin"); // the requester, not the timeout
    }

    @Test
    void onlySystemAdministratorsSeeOrActOnBlockingTasks() {
        Http.Res created = createCatalog("private-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res b = blockingTaskOf(task(created));
        assertThat(tenant.get(EXT + "/blockingTasks/").status).isEqualTo(403);
        assertThat(tenant.get(b.attr("href")).status).isEqualTo(403);
        assertThat(tenant.post(b.link("resume", PARAMS), PARAMS, params("self-approval")).status).isEqualTo(403);
        assertThat(tenant.put(EXT + "/settings/blockingTask/operations", "application/vnd.vmware.admin"
                + ".taskOperationList+xml", "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"/>").status).isEqualTo(403);
        Http.Res bad = admin.post(b.link("resume", PARAMS), PARAMS, "<vmext:BlockingTaskOperationParams xmlns:vmext=\""
                + VMEXT + "\"/>");
        assertThat(bad.status).isEqualTo(400);
        assertThat(admin.post(b.link("abort", PARAMS), PARAMS, params("cleanup")).status).isEqualTo(204);
    }

    @Test
    void cancelingABlockedTaskEndsItsBlockingTask() {
        Http.Res created = createCatalog("canceled-" + UUID.randomUUID().toString().substring(0, 8));
        Element task = task(created);
        Http.Res b = blockingTaskOf(task);
        assertThat(tenant.post(task.getAttribute("href") + "/action/cancel", null, null).status).isEqualTo(204);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("canceled");
        Http.Res after = admin.get(b.attr("href"));
        assertThat(after.attr("status")).isEqualTo("aborted");
        assertThat(admin.post(b.link("resume", PARAMS), PARAMS, params("too late")).status).isEqualTo(400);
    }

    @Test
    void systemSettingsHoldEveryPartAndAPutChangesOnlyThePartsItCarries() {
        Http.Res all = admin.get(EXT + "/settings");
        assertThat(all.status).isEqualTo(200);
        List<String> parts = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = all.root().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && VMEXT.equals(e.getNamespaceURI())) {
                parts.add(e.getLocalName());
            }
        }
        // the other parts and their order: config.SystemSettingsPartsTest
        assertThat(parts).containsSubsequence("NotificationsSettings", "AmqpSettings", "BlockingTaskSettings");

        Http.Res put = admin.put(all.link("edit", "application/vnd.vmware.admin.systemSettings+xml"),
                "application/vnd.vmware.admin.systemSettings+xml", "<vmext:SystemSettings xmlns:vmext=\"" + VMEXT
                        + "\"><vmext:BlockingTaskSettings><vmext:TimeoutAction>fail</vmext:TimeoutAction>"
                        + "<vmext:TimeoutInMilliseconds>1234</vmext:TimeoutInMilliseconds></vmext:BlockingTaskSettings>"
                        + "</vmext:SystemSettings>");
        assertThat(put.status).as(put.body).isEqualTo(200);
        Element blocking = admin.get(EXT + "/settings/blockingTask").root();
        assertThat(blocking.getElementsByTagNameNS(VMEXT, "TimeoutAction").item(0).getTextContent()).isEqualTo("fail");
        assertThat(blocking.getElementsByTagNameNS(VMEXT, "TimeoutInMilliseconds").item(0).getTextContent())
                .isEqualTo("1234");
        assertThat(blocking.getTextContent()).contains("catalogCreateCatalog"); // the operations it left out stay
        Http.Res half = admin.put(EXT + "/settings", "application/vnd.vmware.admin.systemSettings+xml",
                "<vmext:SystemSettings xmlns:vmext=\"" + VMEXT + "\"><vmext:NotificationsSettings>"
                        + "<vmext:EnableNotifications>false</vmext:EnableNotifications></vmext:NotificationsSettings>"
                        + "<vmext:BlockingTaskSettings><vmext:TimeoutAction>explode</vmext:TimeoutAction>"
                        + "</vmext:BlockingTaskSettings></vmext:SystemSettings>");
        assertThat(half.status).isEqualTo(400);
        assertThat(admin.get(EXT + "/settings/notifications").body).as("a refused PUT changes nothing")
                .contains("<vmext:EnableNotifications>true</vmext:EnableNotifications>");
        assertThat(tenant.put(EXT + "/settings", "application/vnd.vmware.admin.systemSettings+xml",
                "<vmext:SystemSettings xmlns:vmext=\"" + VMEXT + "\"/>").status).isEqualTo(403);
    }

    @Test
    void settingsAreReadAndReplacedAsAWhole() {
        Http.Res ops = admin.put(EXT + "/settings/blockingTask/operations", "application/vnd.vmware.admin"
                + ".taskOperationList+xml", "<vmext:BlockingTaskOperations xmlns:vmext=\"" + VMEXT + "\" xmlns=\""
                + Http.NS + "\"><Operation>vdcInstantiateVapp</Operation><Operation>catalogCreateCatalog</Operation>"
                + "</vmext:BlockingTaskOperations>");
        assertThat(ops.status).as(ops.body).isEqualTo(200);
        // 33.0 and later write each as TaskOperationType (Category, Operation); older clients get Operation
        assertThat(ops.children("TaskOperationType")).extracting(e -> Http.Res.children(e, "Operation").get(0)
                .getTextContent()).containsExactly("vdcInstantiateVapp", "catalogCreateCatalog");
        Http.Res old = new Http(vcd.httpUrl()).token(admin.token()).version("32.0")
                .get(EXT + "/settings/blockingTask/operations");
        assertThat(old.children("Operation")).extracting(Element::getTextContent)
                .containsExactly("vdcInstantiateVapp", "catalogCreateCatalog");
        assertThat(old.children("TaskOperationType")).isEmpty();

        Http.Res newForm = admin.put(EXT + "/settings/blockingTask/operations", "application/vnd.vmware.admin"
                + ".taskOperationList+xml", "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"><TaskOperationType>"
                + "<Operation>catalogCreateCatalog</Operation></TaskOperationType></BlockingTaskOperations>");
        assertThat(newForm.status).as(newForm.body).isEqualTo(200);
        Element only = newForm.children("TaskOperationType").get(0);
        assertThat(Http.Res.children(only, "Category").get(0).getTextContent()).isEqualTo("catalog");
        Http.Res all33 = admin.get(newForm.link("down:allTaskOperations",
                "application/vnd.vmware.admin.taskOperationList+xml"));
        assertThat(all33.children("TaskOperationType")).extracting(e -> Http.Res.children(e, "Operation").get(0)
                .getTextContent()).contains("catalogCreateCatalog", "orgDelete");
        assertThat(tenant.get("/api/task/operations").status).isEqualTo(403);
        Http.Res all = admin.get(EXT + "/settings");
        assertThat(all.status).isEqualTo(200);
        assertThat(all.body).contains("catalogCreateCatalog");
        Http.Res bad = admin.put(EXT + "/settings/blockingTask", "application/vnd.vmware.admin.blockingTaskSettings+xml",
                "<vmext:BlockingTaskSettings xmlns:vmext=\"" + VMEXT + "\"><vmext:TimeoutAction>explode"
                        + "</vmext:TimeoutAction></vmext:BlockingTaskSettings>");
        assertThat(bad.status).isEqualTo(400);
        Element kept = admin.get(EXT + "/settings/blockingTask").root();
        assertThat(kept.getElementsByTagNameNS(VMEXT, "TimeoutAction").item(0).getTextContent()).isEqualTo("abort");
    }

    @Test
    void aStoredTimeoutFiresAfterARestart() throws Exception {
        Path own = Sim.tempDir();
        Config config = Config.forTests(own).withTaskDurations(TaskDurations.parse("PT0.1S", ""));
        String taskHref;
        try (VcdSim first = Sim.start(config)) {
            Http a = Sim.admin(first);
            assertThat(a.put(EXT + "/settings/blockingTask", "application/vnd.vmware.admin.blockingTaskSettings+xml",
                    "<vmext:BlockingTaskSettings xmlns:vmext=\"" + VMEXT + "\"><vmext:TimeoutAction>fail"
                            + "</vmext:TimeoutAction><vmext:BlockingTaskOperations><Operation xmlns=\"" + Http.NS
                            + "\">catalogCreateCatalog</Operation></vmext:BlockingTaskOperations>"
                            + "<vmext:TimeoutInMilliseconds>3000</vmext:TimeoutInMilliseconds>"
                            + "</vmext:BlockingTaskSettings>").status).isEqualTo(200);
            Http.Res created = Sim.createCatalog(Sim.tenant(first), "restarted");
            taskHref = task(created).getAttribute("href");
            assertThat(task(created).getAttribute("status")).isEqualTo("preRunning");
        } // stopped with the blocking task waiting
        try (VcdSim second = Sim.start(config)) {
            Http t = Sim.tenant(second);
            Http.Res done = t.awaitTask(t.get(taskHref.replaceFirst("http://[^/]+", second.httpUrl())));
            assertThat(done.attr("status")).isEqualTo("error");
            assertThat(done.child("Error").getAttribute("message")).isEqualTo("timeout");
        }
    }
}
