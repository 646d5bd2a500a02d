package io.vcdsim.simulation;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tester's controls: failure injection, durations, reset, and the state saved and loaded. */
class SimulationTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    static Http.Res putJson(Http who, String path, String json) {
        return who.send(who.request(path).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    static long catalogsNamed(Http who, String name) {
        return Long.parseLong(who.get("/api/query?type=catalog&format=references&filter=name==" + name).attr("total"));
    }

    @Test
    void anInjectedFailureFailsExactlyAsOftenAsAskedAndUndoesTheOperation() {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        Http.Res set = putJson(admin, "/api/vcdsim/simulation", "{\"failures\": [{\"operationName\": "
                + "\"catalogCreateCatalog\", \"majorErrorCode\": 507, \"minorErrorCode\": \"INSUFFICIENT_STORAGE\", "
                + "\"message\": \"disk full\", \"count\": 1}]}");
        assertThat(set.status).as(set.body).isEqualTo(200);
        try {
            String name = "doomed-" + UUID.randomUUID().toString().substring(0, 8);
            Http.Res failed = tenant.awaitTask(Sim.createCatalog(tenant, name));
            assertThat(failed.attr("status")).isEqualTo("error");
            Http.Res.children(failed.root(), "Error").forEach(e -> {
                assertThat(e.getAttribute("message")).isEqualTo("disk full");
                assertThat(e.getAttribute("minorErrorCode")).isEqualTo("INSUFFICIENT_STORAGE");
                assertThat(e.getAttribute("majorErrorCode")).isEqualTo("507");
            });
            assertThat(Http.Res.children(failed.root(), "Error")).hasSize(1);
            assertThat(catalogsNamed(tenant, name)).as("the catalog went with the failure").isZero();

            assertThat(tenant.awaitTask(Sim.createCatalog(tenant, name)).attr("status")).isEqualTo("success");
            assertThat(admin.get("/api/vcdsim/simulation").body).contains("\"count\":0");
        } finally {
            putJson(admin, "/api/vcdsim/simulation", "{}");
        }
    }

    @Test
    void durationsChangeAtRuntime() {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        assertThat(putJson(admin, "/api/vcdsim/simulation", "{\"durations\": {\"catalogCreateCatalog\": \"PT1.5S\"}}")
                .status).isEqualTo(200);
        try {
            Http.Res done = tenant.awaitTask(Sim.createCatalog(tenant, "slow-" + UUID.randomUUID().toString()
                    .substring(0, 8)));
            Duration took = Duration.between(OffsetDateTime.parse(done.attr("startTime")),
                    OffsetDateTime.parse(done.attr("endTime")));
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        } finally {
            putJson(admin, "/api/vcdsim/simulation", "{}");
        }
        assertThat(putJson(admin, "/api/vcdsim/simulation", "{\"durations\": {\"x\": \"soon\"}}").status)
                .isEqualTo(400);
        assertThat(putJson(admin, "/api/vcdsim/simulation", "{\"failures\": [{\"operationName\": \"x\", "
                + "\"probability\": 2}]}").status).isEqualTo(400);
        assertThat(putJson(admin, "/api/vcdsim/simulation", "{\"surprise\": 1}").status).isEqualTo(400);
        Http.Res noChoices = putJson(admin, "/api/vcdsim/simulation", "{\"questions\": [{\"vmName\": \"*\", "
                + "\"question\": \"Moved or copied?\", \"choices\": []}]}");
        assertThat(noChoices.status).as("a question offers an answer").isEqualTo(400);
        assertThat(noChoices.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.get("/api/vcdsim/simulation").body).as("nothing changed").doesNotContain("Moved or copied");
        assertThat(putJson(tenant, "/api/vcdsim/simulation", "{}").status).isEqualTo(403);
    }

    @Test
    void aSavedStateLoadsBackAndAResetReturnsToTheSeededModel() {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        String kept = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        tenant.awaitTask(Sim.createCatalog(tenant, kept));
        Http.Res saved = admin.get("/api/vcdsim/state");
        assertThat(saved.status).isEqualTo(200);
        assertThat(saved.body).contains(kept);

        String later = "later-" + UUID.randomUUID().toString().substring(0, 8);
        tenant.awaitTask(Sim.createCatalog(tenant, later));
        assertThat(putJson(admin, "/api/vcdsim/state", saved.body).status).isEqualTo(204);
        assertThat(catalogsNamed(tenant, kept)).isEqualTo(1);
        assertThat(catalogsNamed(tenant, later)).isZero();
        assertThat(putJson(admin, "/api/vcdsim/state", "{\"no_such_table\": []}").status).isEqualTo(400);
        assertThat(catalogsNamed(tenant, kept)).as("a bad state changes nothing").isEqualTo(1);

        Http.Res reset = admin.post("/api/vcdsim/reset", null, null);
        assertThat(reset.status).isEqualTo(204);
        assertThat(tenant.get("/api/org").status).as("sessions end with the reset").isEqualTo(401);
        Http again = Sim.tenant(vcd.sim());
        assertThat(catalogsNamed(again, kept)).isZero();
        assertThat(catalogsNamed(again, "acme-catalog")).isEqualTo(1);
        // the seeded policy every VDC has comes back with the model (VDC and VM views name it)
        String vdc = again.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        Http.Res adminVdc = Sim.admin(vcd.sim()).get(vdc.replace("/api/vdc/", "/api/admin/vdc/"));
        assertThat(adminVdc.status).as(adminVdc.body).isEqualTo(200);
        assertThat(adminVdc.child("DefaultComputePolicy").getAttribute("name")).isEqualTo("System Default");
        // so does the simulated vCenter's inventory: the provider VDC on its one primary pool and "*" profile
        Http admin2 = Sim.admin(vcd.sim());
        assertThat(admin2.get("/api/query?type=resourcePool&format=records").children("ResourcePoolRecord"))
                .extracting(r -> r.getAttribute("name")).containsExactly("cluster-1");
        assertThat(admin2.get("/api/query?type=providerVdcStorageProfile&format=records")
                .children("ProviderVdcStorageProfileRecord")).extracting(r -> r.getAttribute("name"))
                .containsExactly("*");
    }

    @Test
    void aStateSavedBeforeTheVCenterInventoryLoadsWithTheSeededOne() throws Exception {
        Http admin = Sim.admin(vcd.sim());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var state = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                admin.get("/api/vcdsim/state").body);
        assertThat(state.has("vcenter_resource_pool")).isTrue();
        // what V40 added: its tables, and the columns it gave VDCs and VMs
        for (String table : List.of("vim_server", "vcenter_resource_pool", "vcenter_storage_profile", "vcenter_host",
                "vcenter_drs_group", "vcenter_drs_group_member", "vcenter_host_rule", "vcenter_vm", "provider_vdc",
                "provider_vdc_resource_pool", "provider_vdc_storage_profile")) {
            state.remove(table);
        }
        state.withArray("vdc").forEach(row -> ((com.fasterxml.jackson.databind.node.ObjectNode) row)
                .remove("provider_vdc_id"));
        state.withArray("vm").forEach(row -> ((com.fasterxml.jackson.databind.node.ObjectNode) row)
                .remove("resource_pool_id"));
        Http.Res loaded = putJson(admin, "/api/vcdsim/state", mapper.writeValueAsString(state));
        assertThat(loaded.status).as(loaded.body).isEqualTo(204);
        assertThat(admin.get("/api/query?type=resourcePool&format=records").children("ResourcePoolRecord"))
                .extracting(r -> r.getAttribute("isPrimary")).containsExactly("true");
        String vdc = admin.get("/api/query?type=adminOrgVdc&format=references").children("AdminVdcReference").get(0)
                .getAttribute("href");
        assertThat(admin.get(vdc.replace("/api/vdc/", "/api/admin/vdc/")).child("ProviderVdcReference")
                .getAttribute("name")).isEqualTo("pvdc-1");
    }
    @Test
    void aStateSavedBeforeThePredefinedGlobalRolesLoadsWithThemAndTheOrgsRolesFollowThem() throws Exception {
        Http admin = Sim.admin(vcd.sim()).version("37.1");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var state = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                admin.get("/api/vcdsim/state").body);
        // before, an org's predefined roles were its own read-only copies, and there was no global role of theirs
        java.util.Set<String> predefined = new java.util.HashSet<>();
        state.withArray("rights_container").forEach(row -> {
            if (row.get("bundle_key").asText().startsWith("ROLE_")) {
                predefined.add(row.get("id").asText());
            }
        });
        assertThat(predefined).hasSize(5);
        for (String table : List.of("rights_container", "rights_container_right", "rights_container_tenant")) {
            var rows = state.withArray(table);
            for (int i = rows.size() - 1; i >= 0; i--) {
                String id = rows.get(i).has("container_id") ? rows.get(i).get("container_id").asText()
                        : rows.get(i).get("id").asText();
                if (predefined.contains(id)) {
                    rows.remove(i);
                }
            }
        }
        state.withArray("role").forEach(row -> {
            if (predefined.contains(row.path("global_role_id").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) row).putNull("global_role_id");
            }
        });
        String roleBefore = orgAdminRoleOfAcme();
        Http.Res loaded = putJson(admin, "/api/vcdsim/state", mapper.writeValueAsString(state));
        assertThat(loaded.status).as(loaded.body).isEqualTo(204);

        var globals = admin.send(admin.cloud("/cloudapi/1.0.0/globalRoles?filter="
                + java.net.URLEncoder.encode("name==Console Access Only", java.nio.charset.StandardCharsets.UTF_8))
                .GET()).json().get("values");
        assertThat(globals).hasSize(1);
        assertThat(globals.get(0).get("publishAll").asBoolean()).isTrue();
        // acme's own copy became the published role: the same role, its holders keep it
        assertThat(orgAdminRoleOfAcme()).isEqualTo(roleBefore);
        assertThat(Sim.tenant(vcd.sim()).get("/api/session").attr("roles")).isEqualTo("Organization Administrator");
    }

    /** The href of acme's Organization Administrator role, as acme's administrator's role query finds it. */
    static String orgAdminRoleOfAcme() {
        List<String> found = Sim.tenant(vcd.sim())
                .get("/api/query?type=role&format=records&filter=name==Organization%20Administrator")
                .children("RoleRecord").stream().map(r -> r.getAttribute("href")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
