package io.vcdsim.tasks;

import io.vcdsim.Http;
import io.vcdsim.MutableClock;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.tasks.OperationLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation limits (queued tasks) and task expiry. */
class TaskLimitsTest {
    static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";

    static Http.Res createCatalog(Http who, String addHref, String name) {
        return who.post(addHref, ADMIN_CATALOG, "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"/>");
    }

    static Http.Res firstTask(Http who, Http.Res entity) {
        return who.get(Http.Res.children(entity.child("Tasks"), "Task").get(0).getAttribute("href"));
    }

    @Test
    void overTheRunningLimitTasksQueueAndOverTheQueuedLimitRequestsFail() throws Exception {
        Config config = Config.forTests(Sim.tempDir())
                .withTaskDurations(TaskDurations.parse("PT0.1S", "catalogCreateCatalog=PT1S"))
                .withLimits(new OperationLimits(1, 0, 1, 0));
        try (VcdSim sim = Sim.start(config)) {
            Http t = Sim.tenant(sim);
            String org = t.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
            String add = t.get(org).link("add", ADMIN_CATALOG);

            Http.Res a = createCatalog(t, add, "first");
            assertThat(firstTask(t, a).attr("status")).isEqualTo("running");
            Http.Res b = createCatalog(t, add, "second");
            Http.Res queued = firstTask(t, b);
            assertThat(queued.attr("status")).isEqualTo("queued");
            assertThat(queued.root().hasAttribute("startTime")).isFalse();
            Http.Res c = createCatalog(t, add, "third");
            assertThat(c.status).isEqualTo(400);
            assertThat(c.minor()).isEqualTo("BAD_REQUEST");
            assertThat(t.get("/api/query?type=catalog&format=records&filter=name==third").attr("total")).isEqualTo("0");

            assertThat(t.awaitTask(a).attr("status")).isEqualTo("success");
            Http.Res second = t.awaitTask(b);
            assertThat(second.attr("status")).isEqualTo("success");
            assertThat(second.attr("startTime")).isNotBlank();
            // the queued task started only once the first had ended
            assertThat(second.attr("startTime").compareTo(t.get(firstTask(t, a).attr("href")).attr("endTime")))
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aQueuedOperationThatBlocksWaitsForItsApprovalOnceItsTurnComes() throws Exception {
        Config config = Config.forTests(Sim.tempDir())
                .withTaskDurations(TaskDurations.parse("PT0.1S", "catalogCreateCatalog=PT1S"))
                .withLimits(new OperationLimits(1, 0, 5, 0));
        try (VcdSim sim = Sim.start(config)) {
            Http admin = Sim.admin(sim);
            Http t = Sim.tenant(sim);
            String org = t.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
            String add = t.get(org).link("add", ADMIN_CATALOG);
            Http.Res victim = createCatalog(t, add, "victim");
            assertThat(t.awaitTask(victim).attr("status")).isEqualTo("success");
            assertThat(admin.put("/api/admin/extension/settings/blockingTask/operations",
                    "application/vnd.vmware.admin.taskOperationList+xml", "<BlockingTaskOperations xmlns=\""
                            + Http.NS + "\"><Operation>catalogDelete</Operation></BlockingTaskOperations>").status)
                    .isEqualTo(200);

            Http.Res holder = createCatalog(t, add, "holder"); // takes the one running place for a second
            Http.Res delete = t.delete(victim.attr("href"));
            assertThat(delete.status).as(delete.body).isEqualTo(202);
            assertThat(delete.attr("status")).isEqualTo("queued");
            assertThat(t.awaitTask(holder).attr("status")).isEqualTo("success");

            String taskUrn = delete.attr("id");
            long deadline = System.currentTimeMillis() + 10_000;
            Http.Res waiting = t.get(delete.attr("href"));
            while (!waiting.attr("status").equals("preRunning") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                waiting = t.get(delete.attr("href"));
            }
            assertThat(waiting.attr("status")).isEqualTo("preRunning");
            Http.Res blocking = admin.get("/api/query?type=blockingTask&format=references&filter=task==" + taskUrn);
            String href = blocking.children("BlockingTaskReference").get(0).getAttribute("href");
            assertThat(admin.post(href + "/action/resume", "application/vnd.vmware.admin.blockingTaskOperationParams+xml",
                    "<vmext:BlockingTaskOperationParams xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:Message>go"
                            + "</vmext:Message></vmext:BlockingTaskOperationParams>").status).isEqualTo(204);
            assertThat(t.awaitTask(delete).attr("status")).isEqualTo("success");
        }
    }

    @Test
    void finishedTasksExpireAfterTheRetention() throws Exception {
        MutableClock clock = new MutableClock();
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withClock(clock))) {
            Http t = Sim.tenant(sim);
            String org = t.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
            Http.Res done = t.awaitTask(createCatalog(t, t.get(org).link("add", ADMIN_CATALOG), "kept"));
            String href = done.attr("href");
            clock.advance(Duration.ofDays(89));
            sim.engine().purgeExpired();
            t.login("acmeadmin", "acme", "vcdsim-tenant"); // the session idled out meanwhile
            assertThat(t.get(href).status).isEqualTo(200);
            clock.advance(Duration.ofDays(2));
            sim.engine().purgeExpired();
            t.login("acmeadmin", "acme", "vcdsim-tenant");
            Http.Res gone = t.get(href);
            assertThat(gone.status).isEqualTo(403);
            assertThat(gone.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        }
    }
}
