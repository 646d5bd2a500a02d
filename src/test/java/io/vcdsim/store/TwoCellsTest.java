package io.vcdsim.store;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two cells on one PostgreSQL and one spool directory, each its own process: any request may go to
 * either. A token, an upload and a blocking-task approval cross them, and when one is killed its
 * running tasks end on the other within five seconds.
 */
class TwoCellsTest {
    static final String MEDIA = "application/vnd.vmware.vcloud.media+xml";
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    static final String PARAMS = "application/vnd.vmware.admin.blockingTaskOperationParams+xml";

    @Test
    void anyRequestToAnyCellAndADeadCellsTasksEndOnTheOther() throws Exception {
        Path spool = Sim.tempDir();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            List<String> shared = List.of("--db-url", postgres.getJdbcUrl("postgres", "postgres"), "--db-user",
                    "postgres", "--db-password", "postgres", "--spool-dir", spool.toString(), "--task-duration", "PT1S");
            try (CellProcess a = CellProcess.start(cell(shared)); CellProcess b = CellProcess.start(cell(shared))) {
                Http tenantOnA = Sim.tenantAt(a.base);
                Http tenantOnB = new Http(b.base).token(tenantOnA.token());
                assertThat(tenantOnB.get("/api/session").status).as("a token from cell A on cell B").isEqualTo(200);

                uploadAcrossCells(tenantOnA, tenantOnB, a.base, b.base);
                approveAcrossCells(tenantOnA, Sim.adminAt(b.base));

                Http.Res created = Sim.createCatalog(tenantOnA, "orphan-" + UUID.randomUUID().toString().substring(0, 8));
                String task = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("href")
                        .replace(a.base, b.base);
                a.kill();
                Instant killed = Instant.now();
                assertThat(CellProcess.awaitEnd(tenantOnB, task)).isEqualTo("success");
                Duration takeover = Duration.between(killed, Instant.now());
                System.out.println("a dead cell's task ended on the other " + takeover.toMillis() + " ms after the kill");
                assertThat(takeover).isLessThanOrEqualTo(Duration.ofSeconds(5));

                List<String> ownSpool = new java.util.ArrayList<>(cell(shared));
                ownSpool.set(ownSpool.indexOf("--spool-dir") + 1, Sim.tempDir().toString());
                assertThat(CellProcess.refusal(ownSpool)).as("a cell with a spool of its own")
                        .contains("not the one the other cells of this store use");
            }
        }
    }

    /** A cell of its own (data directory, cell id) on the shared store and spool. */
    private static List<String> cell(List<String> shared) throws Exception {
        List<String> flags = new java.util.ArrayList<>(shared);
        flags.addAll(List.of("--data-dir", Sim.tempDir().toString()));
        return flags;
    }

    /** Chunks of one file go to both cells; the file is whole, and each cell serves it. */
    private static void uploadAcrossCells(Http onA, Http onB, String a, String b) {
        byte[] iso = new byte[300_000];
        new Random(7).nextBytes(iso);
        String catalogOnA = onA.get(Sim.createCatalog(onA, "spool-" + UUID.randomUUID().toString().substring(0, 8))
                .attr("href").replace("/api/admin/", "/api/")).link("add", MEDIA);
        Http.Res item = onA.post(catalogOnA, MEDIA, "<Media xmlns=\"" + Http.NS + "\" name=\"both.iso\" size=\""
                + iso.length + "\" imageType=\"iso\"/>");
        assertThat(item.status).as(item.body).isEqualTo(201);
        Http.Res media = onA.get(item.child("Entity").getAttribute("href"));
        Element file = Http.Res.children(media.child("Files"), "File").get(0);
        String upload = Http.Res.children(file, "Link").get(0).getAttribute("href");
        assertThat(put(onA, upload, iso, 0, 150_000).status).isEqualTo(200);
        assertThat(put(onB, upload.replace(a, b), iso, 150_000, iso.length).status).isEqualTo(200);
        String task = Http.Res.children(media.child("Tasks"), "Task").get(0).getAttribute("href");
        assertThat(CellProcess.awaitEnd(onA, task)).isEqualTo("success");
        Element ready = Http.Res.children(onB.get(media.attr("href").replace(a, b)).child("Files"), "File").get(0);
        String download = Http.Res.children(ready, "Link").get(0).getAttribute("href");
        assertThat(onB.get(download).raw.body()).as("the file as cell B serves it").isEqualTo(iso);
    }

    private static Http.Res put(Http who, String href, byte[] bytes, int from, int to) {
        return who.send(who.request(href).header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + bytes.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(bytes, from, to))));
    }

    /** An operation blocked on cell A is resumed by an administrator on cell B, and ends. */
    private static void approveAcrossCells(Http tenantOnA, Http adminOnB) {
        String ext = "/api/admin/extension";
        Http.Res set = adminOnB.put(ext + "/settings/blockingTask", "application/vnd.vmware.admin.blockingTaskSettings"
                + "+xml", "<vmext:BlockingTaskSettings xmlns:vmext=\"" + VMEXT + "\"><vmext:TimeoutAction>abort"
                + "</vmext:TimeoutAction><vmext:BlockingTaskOperations><Operation xmlns=\"" + Http.NS + "\">"
                + "catalogCreateCatalog</Operation></vmext:BlockingTaskOperations><vmext:TimeoutInMilliseconds>600000"
                + "</vmext:TimeoutInMilliseconds></vmext:BlockingTaskSettings>");
        assertThat(set.status).as(set.body).isEqualTo(200);
        CellProcess.sleep(1_200); // each cell reads settings again at most a second after they change
        Http.Res created = Sim.createCatalog(tenantOnA, "approved-" + UUID.randomUUID().toString().substring(0, 8));
        String task = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("href");
        List<Element> waiting = adminOnB.get(ext + "/blockingTasks/").children("Reference");
        assertThat(waiting).hasSize(1);
        Http.Res blocking = adminOnB.get(waiting.get(0).getAttribute("href"));
        assertThat(adminOnB.post(blocking.link("resume", PARAMS), PARAMS, "<vmext:BlockingTaskOperationParams "
                + "xmlns:vmext=\"" + VMEXT + "\"><vmext:Message>approved on B</vmext:Message>"
                + "</vmext:BlockingTaskOperationParams>").status).isEqualTo(204);
        assertThat(CellProcess.awaitEnd(tenantOnA, task)).isEqualTo("success");
        assertThat(adminOnB.put(ext + "/settings/blockingTask/operations", "application/vnd.vmware.admin"
                + ".taskOperationList+xml", "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"/>").status).isEqualTo(200);
    }
}
