package io.vcdsim.store;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
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
    void withoutItsStoreACellIsAliveNotReadyAndAnswers503() throws Exception {
        try (EmbeddedPostgres own = EmbeddedPostgres.builder().start()) {
            VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withDb(own.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres"));
            try {
                Http anyone = new Http(sim.httpUrl());
                assertThat(anyone.get("/ready").status).isEqualTo(200);
                own.close(); // the database server goes away under a running cell
                Http.Res ready = anyone.get("/ready");
                assertThat(ready.status).isEqualTo(503);
                assertThat(ready.json().get("status").asText()).isEqualTo("STORE_UNAVAILABLE");
                long before = System.nanoTime();
                assertThat(anyone.get("/health").status).isEqualTo(200); // the process itself is alive
                assertThat(java.time.Duration.ofNanos(System.nanoTime() - before)).isLessThan(
                        java.time.Duration.ofSeconds(1)); // and says so without waiting for the store
                Http.Res versions = anyone.get("/api/versions"); // a request that needs the store
                assertThat(versions.status).isEqualTo(503);
                assertThat(versions.minor()).isEqualTo("SERVICE_UNAVAILABLE");
            } finally {
                long stopping = System.nanoTime();
                sim.close();
                // the stop reaches the background threads waiting for a connection (10 s each) rather than waiting
                assertThat(java.time.Duration.ofNanos(System.nanoTime() - stopping))
                        .isLessThan(java.time.Duration.ofSeconds(10));
            }
        }
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

    /** The compute model's SQL (aggregates, CASE, EXISTS), metadata and the state snapshot, on PostgreSQL. */
    @Test
    void vAppsMetadataAndStateSnapshotsRunOnPostgres() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withDb(url, "postgres", "postgres"))) {
            Http admin = Sim.admin(sim);
            Http tenant = Sim.tenant(sim);
            Http.Res created = Sim.createCatalog(tenant, "pg-catalog");
            tenant.awaitTask(created);
            String catalog = tenant.get(created.attr("href").replace("/api/admin/", "/api/"))
                    .link("add", "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml");
            Http.Res item = tenant.post(catalog, "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml",
                    "<UploadVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"pg-template\"/>");
            String template = item.child("Entity").getAttribute("href");
            String put = Http.Res.children(Http.Res.children(tenant.get(template).child("Files"), "File").get(0),
                    "Link").get(0).getAttribute("href");
            assertThat(tenant.send(tenant.request(put).header("Content-Type", "text/xml").PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString("<Envelope xmlns=\"http://schemas.dmtf.org/ovf/"
                            + "envelope/1\"><VirtualSystem><Name>pg-vm</Name></VirtualSystem></Envelope>"))).status)
                    .isEqualTo(200);
            long deadline = System.currentTimeMillis() + 10_000;
            while (!tenant.get(template).attr("status").equals("8") && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                    .getAttribute("href");
            Http.Res vapp = tenant.post(vdc + "/action/instantiateVAppTemplate",
                    "application/vnd.vmware.vcloud.instantiateVAppTemplateParams+xml",
                    "<InstantiateVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"pg-vapp\" deploy=\"true\" "
                            + "powerOn=\"true\"><Source href=\"" + template + "\"/></InstantiateVAppTemplateParams>");
            assertThat(tenant.awaitTask(vapp).attr("status")).isEqualTo("success");
            Http.Res record = tenant.get("/api/query?type=vApp&format=records&filter=name==pg-vapp");
            assertThat(record.children("VAppRecord").get(0).getAttribute("status")).isEqualTo("POWERED_ON");
            assertThat(record.children("VAppRecord").get(0).getAttribute("isBusy")).isEqualTo("false");
            assertThat(tenant.get(vdc).body).contains("<Allocated>512</Allocated>");
            assertThat(tenant.get("/api/query?type=catalogItem&format=records&filter=name==pg-template")
                    .children("CatalogItemRecord").get(0).getAttribute("status")).isEqualTo("RESOLVED");
            assertThat(tenant.awaitTask(tenant.post(vapp.attr("href") + "/metadata",
                    "application/vnd.vmware.vcloud.metadata+xml", "<Metadata xmlns=\"" + Http.NS + "\" xmlns:xsi="
                            + "\"http://www.w3.org/2001/XMLSchema-instance\"><MetadataEntry><Key>k</Key><TypedValue "
                            + "xsi:type=\"MetadataNumberValue\"><Value>7</Value></TypedValue></MetadataEntry>"
                            + "</Metadata>")).attr("status")).isEqualTo("success");

            Http.Res saved = admin.get("/api/vcdsim/state");
            assertThat(saved.status).isEqualTo(200);
            assertThat(admin.awaitTask(admin.delete(vapp.attr("href") + "?force=true")).attr("status"))
                    .isEqualTo("success");
            Http.Res load = admin.send(admin.request("/api/vcdsim/state").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(saved.body)));
            assertThat(load.status).as(load.body).isEqualTo(204);
            Http again = Sim.tenant(sim);
            assertThat(again.get(vapp.attr("href") + "/metadata").body).contains("<Value>7</Value>");
        }
    }

    /** The networks' SQL (the port groups' VALUES table, the records' CASE and sub-selects) on PostgreSQL. */
    @Test
    void networksRunOnPostgres() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withDb(url, "postgres", "postgres"))) {
            Http admin = Sim.admin(sim);
            org.w3c.dom.Element pg = admin.get("/api/query?type=portgroup&format=records&filter=networkName==--;"
                    + "portgroupType==DV_PORTGROUP").children("PortgroupRecord").get(0);
            String ext = "application/vnd.vmware.admin.vmwexternalnet+xml";
            Http.Res created = admin.post(admin.get("/api/admin/extension").link("add", ext), ext,
                    "<VMWExternalNetwork xmlns=\"http://www.vmware.com/vcloud/extension/v1.5\" name=\"pg-ext\">"
                            + "<Configuration xmlns=\"" + Http.NS + "\"><IpScopes><IpScope><Gateway>10.8.0.1</Gateway>"
                            + "<Netmask>255.255.255.0</Netmask><IpRanges><IpRange><StartAddress>10.8.0.9</StartAddress>"
                            + "<EndAddress>10.8.0.9</EndAddress></IpRange></IpRanges></IpScope></IpScopes></Configuration>"
                            + "<VimPortGroupRefs>"
                            + "<VimObjectRef><MoRef>" + pg.getAttribute("moref") + "</MoRef></VimObjectRef>"
                            + "</VimPortGroupRefs></VMWExternalNetwork>");
            assertThat(created.status).as(created.body).isEqualTo(201);
            assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
            String vdc = admin.get("/api/query?type=adminOrgVdc&format=references").children("AdminVdcReference")
                    .get(0).getAttribute("href");
            String net = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
            Http.Res direct = admin.post(admin.get(vdc).link("add", net), net, "<OrgVdcNetwork xmlns=\"" + Http.NS
                    + "\" name=\"pg-direct\"><Configuration><ParentNetwork href=\"" + created.attr("href") + "\"/>"
                    + "<FenceMode>bridged</FenceMode></Configuration></OrgVdcNetwork>");
            assertThat(admin.awaitTask(direct).attr("status")).isEqualTo("success");
            org.w3c.dom.Element record = admin.get("/api/query?type=orgVdcNetwork&format=records"
                    + "&filter=name==pg-direct")
                    .children("OrgVdcNetworkRecord").get(0);
            assertThat(record.getAttribute("connectedTo")).isEqualTo("pg-ext");
            assertThat(record.getAttribute("linkType")).isEqualTo("0");
            assertThat(admin.get("/api/query?type=portgroup&format=records&filter=moref==" + pg.getAttribute("moref"))
                    .children("PortgroupRecord").get(0).getAttribute("networkName")).isEqualTo("pg-ext");
            String edge = "application/vnd.vmware.admin.edgeGateway+xml";
            Http.Res gateway = admin.post(vdc.replace("/api/vdc/", "/api/admin/vdc/") + "/edgeGateways", edge,
                    "<EdgeGateway xmlns=\"" + Http.NS + "\" name=\"pg-edge\"><Configuration><GatewayInterfaces><GatewayInterface><Network href=\""
                    + created.attr("href") + "\"/><SubnetParticipation><Gateway>10.8.0.1</Gateway>"
                    + "</SubnetParticipation></GatewayInterface></GatewayInterfaces></Configuration></EdgeGateway>");
            assertThat(gateway.status).as(gateway.body).isEqualTo(201);
            assertThat(admin.awaitTask(gateway).attr("status")).isEqualTo("success");
            org.w3c.dom.Element edgeRecord = admin.get("/api/query?type=edgeGateway&format=records"
                    + "&filter=name==pg-edge").children("EdgeGatewayRecord").get(0);
            assertThat(edgeRecord.getAttribute("numberOfExtNetworks")).isEqualTo("1");
            assertThat(edgeRecord.getAttribute("haStatus")).isEqualTo("DISABLED");
        }
    }

    /**
     * The cloudapi's SQL (the rights table made of VALUES, paging by ids, FIQL on dotted fields), roles, global roles,
     * API tokens, org settings, access control and disks, on PostgreSQL, with a state save and load across them.
     */
    @Test
    void cloudapiRolesTokensSettingsSharingAndDisksRunOnPostgres() throws Exception {
        // a database of its own: the other tests' cells may still count as alive in theirs
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE cloudapi");
        }
        String url = postgres.getJdbcUrl("postgres", "cloudapi");
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withDb(url, "postgres", "postgres"))) {
            Http admin = Sim.admin(sim).version("37.1");
            Http tenant = Sim.tenant(sim).version("37.1");
            String v1 = "/cloudapi/1.0.0";
            java.util.function.BiFunction<Http, String, Http.Res> get = (who, path) -> who.send(who.cloud(path).GET());
            java.util.function.BiFunction<String, String, java.net.http.HttpRequest.BodyPublisher> json =
                    (a, b) -> java.net.http.HttpRequest.BodyPublishers.ofString(a + b);
            Http.Res rights = get.apply(tenant, v1 + "/rights?pageSize=3&page=2&sortAsc=name&filter="
                    + java.net.URLEncoder.encode("name==vApp:*", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(rights.status).as(rights.body).isEqualTo(200);
            assertThat(rights.json().get("values")).hasSize(3);
            String right = rights.json().get("values").get(0).get("id").asText();

            Http.Res role = tenant.send(tenant.cloud(v1 + "/roles").header("Content-Type", "application/json")
                    .POST(json.apply("{\"name\":\"pg-role\"}", "")));
            assertThat(role.status).as(role.body).isEqualTo(201);
            String roleId = role.json().get("id").asText();
            assertThat(tenant.send(tenant.cloud(v1 + "/roles/" + roleId + "/rights")
                    .header("Content-Type", "application/json")
                    .PUT(json.apply("{\"values\":[{\"id\":\"" + right + "\"}]}", ""))).status).isEqualTo(200);

            Http.Res global = admin.send(admin.cloud(v1 + "/globalRoles").header("Content-Type", "application/json")
                    .POST(json.apply("{\"name\":\"pg-global\"}", "")));
            String globalId = global.json().get("id").asText();
            assertThat(admin.send(admin.cloud(v1 + "/globalRoles/" + globalId + "/tenants/publishAll")
                    .header("Content-Type", "application/json").POST(json.apply("{}", ""))).status).isEqualTo(200);
            assertThat(get.apply(tenant, v1 + "/roles?filter=name==pg-global").json().get("resultTotal").asInt())
                    .isEqualTo(1);

            Http.Res registered = tenant.send(tenant.cloud("/oauth/tenant/acme/register")
                    .header("Content-Type", "application/json").POST(json.apply("{\"client_name\":\"pg\"}", "")));
            assertThat(registered.status).as(registered.body).isEqualTo(200);
            Http.Res issued = tenant.send(tenant.request("/oauth/tenant/acme/token")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(json.apply("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="
                            + tenant.token() + "&client_id=", registered.json().get("client_id").asText())));
            assertThat(issued.status).as(issued.body).isEqualTo(200);
            assertThat(get.apply(tenant, v1 + "/tokens?filter=name==pg;owner.name==acmeadmin").json()
                    .get("resultTotal").asInt()).isEqualTo(1);

            String acme = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                    .replace("/api/", "/api/admin/");
            assertThat(tenant.put(acme + "/settings/vAppLeaseSettings",
                    "application/vnd.vmware.admin.vAppLeaseSettings+xml", "<VAppLeaseSettings xmlns=\"" + Http.NS
                            + "\"><DeploymentLeaseSeconds>7200</DeploymentLeaseSeconds></VAppLeaseSettings>").status)
                    .isEqualTo(200);

            Http.Res catalog = Sim.createCatalog(tenant, "pg-shared");
            tenant.awaitTask(catalog);
            String catalogHref = catalog.attr("href").replace("/api/admin/", "/api/");
            assertThat(tenant.post(catalogHref + "/action/controlAccess",
                    "application/vnd.vmware.vcloud.controlAccess+xml", "<ControlAccessParams xmlns=\"" + Http.NS
                            + "\"><IsSharedToEveryone>true</IsSharedToEveryone><EveryoneAccessLevel>ReadOnly"
                            + "</EveryoneAccessLevel></ControlAccessParams>").status).isEqualTo(200);

            String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                    .getAttribute("href");
            Http.Res disk = tenant.post(vdc + "/disk", "application/vnd.vmware.vcloud.diskCreateParams+xml",
                    "<DiskCreateParams xmlns=\"" + Http.NS + "\"><Disk name=\"pg-disk\" sizeMb=\"10\"/>"
                            + "</DiskCreateParams>");
            assertThat(tenant.awaitTask(disk).attr("status")).isEqualTo("success");
            // the id of the VDC's profile * the disk names is derived in Java as PostgreSQL's view (V56) derives it
            Http.Res star = tenant.get(tenant.get(disk.attr("href")).child("StorageProfile").getAttribute("href"));
            assertThat(star.status).as(star.body).isEqualTo(200);
            assertThat(star.attr("name")).isEqualTo("*");
            assertThat(tenant.get("/api/query?type=disk&format=records&filter=name==pg-disk").children("DiskRecord")
                    .get(0).getAttribute("isAttached")).isEqualTo("false");
            assertThat(get.apply(tenant, v1 + "/auditTrail?sortDesc=timestamp&pageSize=5").status).isEqualTo(200);
            // fields that are constants (one storage profile name, one token type): PostgreSQL orders by none
            assertThat(tenant.get("/api/query?type=orgVdcStorageProfile&format=records").status).isEqualTo(200);
            assertThat(get.apply(tenant, v1 + "/tokens?sortAsc=type").status).isEqualTo(200);

            Http.Res saved = admin.get("/api/vcdsim/state");
            Http.Res load = admin.send(admin.request("/api/vcdsim/state").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(saved.body)));
            assertThat(load.status).as(load.body).isEqualTo(204);
            Http again = Sim.tenant(sim);
            assertThat(again.get(catalogHref + "/controlAccess").childText("IsSharedToEveryone")).isEqualTo("true");
            assertThat(again.get(disk.attr("href")).attr("name")).isEqualTo("pg-disk");
        }
    }

    /** A cell that stops on purpose says so: another may start at once, even with a spool of its own. */
    @Test
    void aCellStoppedGracefullyNoLongerCountsAsAlive() throws Exception {
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE graceful");
        }
        String url = postgres.getJdbcUrl("postgres", "graceful");
        try (VcdSim first = Sim.start(Config.forTests(Sim.tempDir()).withDb(url, "postgres", "postgres"))) {
            assertThat(first.seeded()).isTrue();
        }
        // a cell alive (or stopped without saying so) would refuse this other spool directory
        try (VcdSim second = Sim.start(Config.forTests(Sim.tempDir()).withDb(url, "postgres", "postgres"))) {
            assertThat(Sim.tenant(second).get("/api/org").status).isEqualTo(200);
        }
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

    /**
     * A new embedded store is a copy of the one the build migrated: at the current schema, every migration
     * recorded as Flyway recorded it, and never copied over a store that is there.
     */
    @Test
    void aNewEmbeddedStoreStartsAsTheBuildsMigratedTemplate() throws Exception {
        Path dir = Sim.tempDir();
        assertThat(SchemaTemplate.copyInto(dir)).as("the build made a template").isTrue();
        long migrations;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        String history = "SELECT COUNT(*), MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL";
        try (var c = java.sql.DriverManager.getConnection(Database.h2Url(dir));
             var rs = c.createStatement().executeQuery(history)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).as("migrations recorded").isEqualTo(migrations);
            assertThat(rs.getInt(2)).isEqualTo(Database.SCHEMA_VERSION);
        }
        var written = java.nio.file.Files.getLastModifiedTime(Database.h2File(dir));
        assertThat(SchemaTemplate.copyInto(dir)).as("a store is there").isFalse();
        assertThat(java.nio.file.Files.getLastModifiedTime(Database.h2File(dir))).isEqualTo(written);
    }

    /** Tasks still running when the previous version stopped keep their parameters across the upgrade. */
    @Test
    void unfinishedTasksWithTextParametersCanStillRunAfterTheUpgrade() throws Exception {
        String url = Database.h2Url(Sim.tempDir());
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target("12").load().migrate();
        java.util.Map<String, String> before = java.util.Map.of("vappPowerOff", "POWER_OFF,false,true",
                "vdcInstantiateVapp", "true,false", "orgDelete", "recursive");
        try (var c = java.sql.DriverManager.getConnection(url);
             var insert = c.prepareStatement("INSERT INTO task (id, org_id, name, operation_name, service_namespace, "
                     + "status, cancel_requested, created, expiry_time, params) VALUES (?, ?, 'task', ?, "
                     + "'com.vmware.vcloud', 'running', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)")) {
            for (var e : before.entrySet()) {
                insert.setObject(1, java.util.UUID.randomUUID());
                insert.setObject(2, java.util.UUID.randomUUID());
                insert.setString(3, e.getKey());
                insert.setString(4, e.getValue());
                insert.executeUpdate();
            }
        }
        Database db = new Database(url, null, null);
        try {
            java.util.Map<String, String> after = db.read(tx -> tx.handle().createQuery("SELECT operation_name, "
                    + "params FROM task").setMapKeyColumn("operation_name").setMapValueColumn("params")
                    .collectInto(new org.jdbi.v3.core.generic.GenericType<java.util.Map<String, String>>() { }));
            assertThat(after).containsEntry("vappPowerOff", "{\"power\":\"POWER_OFF\",\"powerOn\":false,\"suspend\":true}")
                    .containsEntry("vdcInstantiateVapp", "{\"deploy\":true,\"powerOn\":false}")
                    .containsEntry("orgDelete", "{\"recursive\":true}");
        } finally {
            db.close();
        }
    }

    /**
     * Stores from before owners keep their catalogs and vApps, without owners, and their predefined administrator
     * roles gain the rights to change owners (tenants cannot edit those roles to add them).
     */
    @Test
    void administratorRolesGainTheChangeOwnerRightsOnTheUpgradeToOwners() throws Exception {
        String url = Database.h2Url(Sim.tempDir());
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target("23").load().migrate();
        java.util.UUID org = java.util.UUID.randomUUID();
        java.util.UUID orgAdmin = java.util.UUID.randomUUID();
        java.util.UUID vAppUser = java.util.UUID.randomUUID();
        java.util.UUID catalog = java.util.UUID.randomUUID();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org (id, name, name_key, full_name, enabled, is_system, created) VALUES ('"
                    + org + "', 'old', 'old', 'Old', TRUE, FALSE, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO role (id, org_id, name, name_key, predefined) VALUES ('" + orgAdmin + "', '"
                    + org + "', 'Organization Administrator', 'organization administrator', TRUE), ('" + vAppUser
                    + "', '" + org + "', 'vApp User', 'vapp user', TRUE)");
            s.executeUpdate("INSERT INTO role_right (role_id, right_name) VALUES ('" + orgAdmin + "', 'vApp: Edit "
                    + "Properties'), ('" + vAppUser + "', 'vApp: Edit Properties')");
            s.executeUpdate("INSERT INTO catalog (id, org_id, name, name_key, published, created) VALUES ('" + catalog
                    + "', '" + org + "', 'old', 'old', FALSE, CURRENT_TIMESTAMP)");
        }
        Database db = new Database(url, null, null);
        try {
            db.run(tx -> {
                assertThat(tx.roles().rights(orgAdmin)).contains("vApp: Edit Properties", "vApp: Change Owner",
                        "Catalog: Change Owner");
                assertThat(tx.roles().rights(vAppUser)).containsExactly("vApp: Edit Properties");
                assertThat(tx.resources().catalog(catalog).orElseThrow().ownerId()).isNull();
            });
        } finally {
            db.close();
        }
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

    /**
     * H2 records its event sequence once per 4,096 numbers, not per 32 (each record wrote the store out);
     * PostgreSQL's cache, per connection, stays 1, so numbers keep following commit order.
     */
    @Test
    void theEventSequenceIsCachedOnH2Only() throws Exception {
        try (Database h2 = new Database(Database.h2Url(Sim.tempDir()), null, null)) {
            assertThat((long) h2.read(tx -> tx.handle().createQuery("SELECT identity_cache FROM information_schema.columns "
                    + "WHERE table_name = 'event' AND column_name = 'seq'").mapTo(Long.class).one())).isEqualTo(4096);
        }
        try (Database pg = new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            assertThat((long) pg.read(tx -> tx.handle().createQuery("SELECT seqcache FROM pg_sequence WHERE seqrelid = "
                    + "pg_get_serial_sequence('event', 'seq')::regclass").mapTo(Long.class).one())).isEqualTo(1);
        }
    }
}
