package io.vcdsim;

import io.vcdsim.config.Config;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop (what the SIGTERM hook runs) while clients write and tasks finish keeps every write a client was told
 * was done: requests in flight are answered, the task finishers and timers are stopped (by interrupts, which
 * wait while a thread is in the store), and the store is closed last.
 */
class StopUnderLoadTest {
    private static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";
    private static final String ORG = "application/vnd.vmware.vcloud.org+xml";

    @Test
    void aStopUnderLoadKeepsEveryWriteItAcknowledged() throws Exception {
        Path dir = Sim.tempDir();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        VcdSim sim = Sim.start(Config.forTests(dir));
        List<Thread> clients = new ArrayList<>();
        try {
            for (int c = 0; c < 4; c++) {
                Http tenant = Sim.tenant(sim);
                String add = tenant.get(tenant.get("/api/session").link("down", ORG)).link("add", ADMIN_CATALOG);
                int client = c;
                Thread t = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        String name = "stop-" + client + "-" + i;
                        try {
                            Http.Res created = tenant.post(add, ADMIN_CATALOG,
                                    "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"/>");
                            if (created.status == 201) {
                                acknowledged.add(name);
                            }
                        } catch (IllegalStateException e) {
                            return; // the server stopped listening
                        }
                    }
                });
                clients.add(t);
                t.start();
            }
            Thread.sleep(1_500);
        } finally {
            sim.close(); // what the shutdown hook does
        }
        for (Thread t : clients) {
            t.join(30_000);
        }
        assertThat(acknowledged).hasSizeGreaterThan(20);
        try (VcdSim again = Sim.start(Config.forTests(dir))) {
            Http tenant = Sim.tenant(again);
            StringBuilder catalogs = new StringBuilder();
            for (int page = 1; ; page++) {
                Http.Res records = tenant.get("/api/query?type=catalog&format=records&pageSize=128&page=" + page);
                catalogs.append(records.body);
                if (page * 128 >= Integer.parseInt(records.attr("total"))) {
                    break;
                }
            }
            assertThat(acknowledged).allSatisfy(name -> assertThat(catalogs).contains("name=\"" + name + "\""));
        }
    }
}
