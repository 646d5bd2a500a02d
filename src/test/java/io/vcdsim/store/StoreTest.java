package io.vcdsim.store;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store keeps everything across restarts, on the embedded H2 and on a real PostgreSQL. */
class StoreTest {
    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void everythingSurvivesARestartOnH2() throws Exception {
        scenarioAcrossRestart(Config.forTests(Sim.tempDir()));
    }

    @Test
    void sameCodeRunsOnPostgres() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        assertThat(url).startsWith("jdbc:postgresql:");
        scenarioAcrossRestart(Config.forTests(Sim.tempDir()).withDb(url, "postgres", "postgres"));
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        int newest;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
        }
        // Database skips Flyway when the store is at SCHEMA_VERSION: a forgotten bump would skip a migration
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    /** Creates an org and a user, restarts on the same store, and finds both and the session again. */
    private static void scenarioAcrossRestart(Config config) throws Exception {
        String token;
        String orgHref;
        try (VcdSim first = Sim.start(config)) {
            assertThat(first.seeded()).isTrue();
            Http admin = new Http(first.httpUrl()).login("administrator", "System", "vcdsim-admin");
            Http.Res org = admin.post("/api/admin/orgs", "application/vnd.vmware.admin.organization+xml",
                    "<AdminOrg xmlns=\"" + Http.NS + "\" name=\"durable\"><FullName>Durable</FullName>"
                            + "<IsEnabled>true</IsEnabled><Settings/></AdminOrg>");
            assertThat(org.status).as(org.body).isEqualTo(201);
            orgHref = org.attr("href");
            String role = admin.get("/api/query?type=adminRole&format=records&filter=name==Catalog%20Author;org=="
                    + org.attr("id")).children("AdminRoleRecord").get(0).getAttribute("href");
            Http.Res user = admin.post(orgHref + "/users", "application/vnd.vmware.admin.user+xml",
                    "<User xmlns=\"" + Http.NS + "\" name=\"keeper\"><IsEnabled>true</IsEnabled><Role href=\"" + role
                            + "\"/><Password>kept-1</Password></User>");
            assertThat(user.status).as(user.body).isEqualTo(201);
            token = admin.token();
            // the query engine's SQL (filters, wildcards, sorting, paging, counts) runs on this store too
            Http.Res q = admin.get("/api/query?type=adminUser&format=records&filter=name==*e*;isEnabled==true"
                    + "&sortDesc=name&pageSize=1");
            assertThat(q.status).as(q.body).isEqualTo(200);
            assertThat(Integer.parseInt(q.attr("total"))).isGreaterThanOrEqualTo(2);
            assertThat(q.links("nextPage", "application/vnd.vmware.vcloud.query.records+xml")).hasSize(1);
            assertThat(q.children("AdminUserRecord").get(0).getAttribute("creationDate")).matches("\\d{4}-.*Z");
        }
        try (VcdSim second = Sim.start(config)) {
            assertThat(second.seeded()).isFalse();
            String base = second.httpUrl();
            Http admin = new Http(base).token(token); // the session outlives the process
            assertThat(admin.get("/api/session").status).isEqualTo(200);
            Http.Res org = admin.get(orgHref.replaceFirst("http://[^/]+", base));
            assertThat(org.status).isEqualTo(200);
            assertThat(org.childText("FullName")).isEqualTo("Durable");
            Http keeper = new Http(base).login("keeper", "durable", "kept-1");
            assertThat(keeper.get("/api/session").attr("roles")).isEqualTo("Catalog Author");
            Http.Res deleting = admin.delete(org.attr("href") + "?force=true&recursive=true");
            assertThat(deleting.status).isEqualTo(202);
            assertThat(admin.awaitTask(deleting).attr("status")).isEqualTo("success");
            assertThat(new Http(base).loginRaw("keeper", "durable", "kept-1", "/sessions").status).isEqualTo(401);
            List<String> names = admin.get("/api/org").children("Org").stream().map(e -> e.getAttribute("name"))
                    .toList();
            assertThat(names).containsExactlyInAnyOrder("System", "acme");
        }
    }

}
