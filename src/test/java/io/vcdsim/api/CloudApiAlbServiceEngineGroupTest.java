package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T ALB service engine groups as go-vcloud-director's Test_GetAllAlbServiceEngineGroups makes them: imported from
 * what a cloud offers ({@code nsxAlbResources/importableServiceEngineGroups}), found, synced, changed and deleted.
 */
class CloudApiAlbServiceEngineGroupTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String GROUPS = V1 + "/loadBalancer/serviceEngineGroups/";
    static final String IMPORTABLE = V1 + "/nsxAlbResources/importableServiceEngineGroups";
    static Http admin;
    static Http tenant;
    static String controller;
    static String cloud;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        controller = CloudApiAlbCloudTest.controller(admin, "alb-seg", "https://avi-controller-1");
        cloud = CloudApiAlbCloudTest.imported(admin, "alb-seg-cloud", controller).get("id").asText();
    }

    static JsonNode importable(String cloudUrn) {
        Http.Res res = get(admin, IMPORTABLE + "?" + filter("_context==" + cloudUrn));
        assertThat(res.status).as(res.body).isEqualTo(200);
        return res.json().get("values");
    }

    static String body(String name, String backingId, String cloudUrn, String reservation) {
        return "{\"name\":\"" + name + "\",\"description\":\"made by a test\",\"reservationType\":\"" + reservation
                + "\",\"supportedFeatureSet\":\"PREMIUM\",\"serviceEngineGroupBacking\":{\"backingId\":\""
                + backingId + "\",\"loadBalancerCloudRef\":{\"id\":\"" + cloudUrn + "\"}}}";
    }

    @Test
    void aGroupIsImportedFoundSyncedChangedAndDeleted() {
        JsonNode offered = importable(cloud);
        assertThat(CloudApiAlbCloudTest.displayNames(offered)).containsExactly("Default-Group",
                "seg-active-active", "seg-active-standby");
        assertThat(offered.get(0).get("id").asText()).startsWith("serviceenginegroup-");
        assertThat(offered.get(0).get("haMode").asText()).isEqualTo("ELASTIC_N_PLUS_M_BUFFER");

        Http.Res made = send(admin, "POST", GROUPS, body("seg-crud", offered.get(0).get("id").asText(), cloud,
                "DEDICATED"));
        assertThat(made.status).as(made.body).isEqualTo(201);
        JsonNode g = made.json();
        String id = g.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:serviceEngineGroup:");
        assertThat(g.get("reservationType").asText()).isEqualTo("DEDICATED");
        assertThat(g.get("supportedFeatureSet").asText()).isEqualTo("PREMIUM");
        assertThat(g.get("haMode").asText()).isEqualTo("ELASTIC_N_PLUS_M_BUFFER");
        assertThat(g.get("serviceEngineGroupBacking").get("loadBalancerCloudRef").get("name").asText())
                .isEqualTo("alb-seg-cloud");
        assertThat(g.get("maxVirtualServices").asInt()).isPositive();
        assertThat(CloudApiAlbCloudTest.displayNames(importable(cloud))).doesNotContain("Default-Group");
        assertThat(get(admin, GROUPS + id).json()).isEqualTo(g);
        assertThat(get(admin, V1 + "/loadBalancer/serviceEngineGroups?" + filter("name==seg-crud")).json()
                .get("values").get(0)).isEqualTo(g);

        Http.Res sync = admin.send(admin.cloud(GROUPS + id + "/sync").POST(java.net.http.HttpRequest.BodyPublishers
                .noBody()));
        CloudApiNetworkTest.awaitOwner(admin, sync);

        ObjectNode change = ((ObjectNode) g.deepCopy()).put("name", "seg-crud-updated");
        Http.Res updated = send(admin, "PUT", GROUPS + id, change.toString());
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.json()).isEqualTo(change); // go-vcd compares the whole group
        Http.Res cloudGone = admin.delete(CloudApiAlbCloudTest.CLOUDS + cloud);
        assertThat(CloudApiAlbControllerTest.refused(cloudGone, 400, "BAD_REQUEST").body).contains("seg-crud");

        assertThat(admin.delete(GROUPS + id).status).isEqualTo(204);
        assertThat(get(admin, GROUPS + id).status).isEqualTo(403);
        assertThat(CloudApiAlbCloudTest.displayNames(importable(cloud))).contains("Default-Group");
    }

    @Test
    void clientsBefore37HaveNoFeatureSet() {
        Http old = Sim.admin(vcd.sim()).version("36.0");
        JsonNode offered = importable(cloud);
        Http.Res made = send(old, "POST", GROUPS, body("seg-old", offered.get(2).get("id").asText(), cloud,
                "SHARED"));
        assertThat(made.status).as(made.body).isEqualTo(201);
        assertThat(made.json().has("supportedFeatureSet")).isFalse();
        String id = made.json().get("id").asText();
        assertThat(get(admin, GROUPS + id).json().get("supportedFeatureSet").asText()).isEqualTo("STANDARD");
        assertThat(admin.delete(GROUPS + id).status).isEqualTo(204);
    }

    @Test
    void badGroupsAreRefusedAndGroupsAreSystemAdministrators() {
        String backing = importable(cloud).get(1).get("id").asText();
        for (String body : new String[]{body("seg-bad", "serviceenginegroup-" + UUID.randomUUID(), cloud, "SHARED"),
                body("seg-bad", backing, "urn:vcloud:loadBalancerCloud:" + UUID.randomUUID(), "SHARED"),
                body("seg-bad", backing, "nothing", "SHARED"),
                body("seg-bad", backing, cloud, "SOMETIMES"),
                body("seg-bad", backing, cloud, "SHARED").replace("PREMIUM", "GOLD"),
                body("", backing, cloud, "SHARED"), "{\"name\":\"seg-bad\"}"}) {
            Http.Res r = send(admin, "POST", GROUPS, body);
            assertThat(r.status).as(body + " " + r.body).isEqualTo(400);
        }
        String id = send(admin, "POST", GROUPS, body("seg-dup", backing, cloud, "SHARED")).json().get("id").asText();
        CloudApiAlbControllerTest.refused(send(admin, "POST", GROUPS, body("seg-other", backing, cloud, "SHARED")),
                400, "BAD_REQUEST");
        CloudApiAlbControllerTest.refused(send(admin, "POST", GROUPS, body("SEG-dup", importable(cloud).get(0)
                .get("id").asText(), cloud, "SHARED")), 400, "DUPLICATE_NAME");
        JsonNode g = get(admin, GROUPS + id).json();
        ObjectNode moved = g.deepCopy();
        ((ObjectNode) moved.get("serviceEngineGroupBacking")).put("backingId", importable(cloud).get(0).get("id")
                .asText());
        CloudApiAlbControllerTest.refused(send(admin, "PUT", GROUPS + id, moved.toString()), 400, "BAD_REQUEST");

        CloudApiAlbControllerTest.refused(get(tenant, V1 + "/loadBalancer/serviceEngineGroups"), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        CloudApiAlbControllerTest.refused(get(tenant, GROUPS + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        CloudApiAlbControllerTest.refused(get(tenant, IMPORTABLE + "?" + filter("_context==" + cloud)), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        CloudApiAlbControllerTest.refused(get(admin, IMPORTABLE), 400, "BAD_REQUEST");
        CloudApiAlbControllerTest.refused(get(admin, IMPORTABLE + "?" + filter("_context==urn:vcloud:"
                + "loadBalancerCloud:" + UUID.randomUUID())), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(admin.delete(GROUPS + id).status).isEqualTo(204);
    }
}
