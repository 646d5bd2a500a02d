package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NSX-T clouds of ALB controllers as go-vcloud-director's nsxt_alb_importable_clouds.go and nsxt_alb_clouds.go
 * use them: a simulated controller offers one cloud per GENEVE network pool ({@code nsxAlbResources/importableClouds}).
 */
class CloudApiAlbCloudTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String IMPORTABLE = V1 + "/nsxAlbResources/importableClouds/";
    static final String CLOUDS = V1 + "/loadBalancer/clouds/";
    static Http admin;
    static Http tenant;
    static String controller;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        controller = controller("alb-clouds", "https://avi-controller-1");
    }

    static String controller(String name, String url) {
        return controller(admin, name, url);
    }

    static String controller(Http who, String name, String url) {
        return CloudApiAlbControllerTest.created(who, name, url).get("id").asText();
    }

    static JsonNode importable(String controllerUrn) {
        return importable(admin, controllerUrn);
    }

    static JsonNode importable(Http who, String controllerUrn) {
        Http.Res res = get(who, IMPORTABLE + "?" + filter("_context==" + controllerUrn));
        assertThat(res.status).as(res.body).isEqualTo(200);
        return res.json().get("values");
    }

    static List<String> displayNames(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.get("displayName").asText()));
        return names;
    }

    @Test
    void aControllerOffersACloudForEachGenevePool() {
        JsonNode clouds = importable(controller);
        assertThat(displayNames(clouds)).containsExactly("nsxt-pool-1-cloud");
        JsonNode cloud = clouds.get(0);
        assertThat(cloud.get("id").asText()).startsWith("cloud-");
        assertThat(cloud.get("alreadyImported").asBoolean()).isFalse();
        assertThat(cloud.get("transportZoneName").asText()).isEqualTo("overlay-tz-1");
        assertThat(cloud.get("networkPoolRef").get("name").asText()).isEqualTo("nsxt-pool-1");
        assertThat(cloud.get("networkPoolRef").get("id").asText()).startsWith("urn:vcloud:networkpool:");
        assertThat(importable(controller).get(0).get("id")).isEqualTo(cloud.get("id"));
        String other = controller("alb-clouds-other", "https://avi-controller-2");
        assertThat(importable(other).get(0).get("id")).isNotEqualTo(cloud.get("id"));
        assertThat(admin.delete(CloudApiAlbControllerTest.CONTROLLERS + other).status).isEqualTo(204);

        String manager = CloudApiNsxtTest.managerUrn(admin);
        String zone = null;
        for (JsonNode z : get(admin, V1 + "/nsxTResources/importableTransportZones?" + filter("_context=="
                + manager)).json().get("values")) {
            zone = z.get("name").asText().equals("overlay-tz-2") ? z.get("id").asText() : zone;
        }
        String pool = CloudApiNetworkTest.awaitOwner(admin, send(admin, "POST", V1 + "/networkPools/",
                "{\"name\":\"alb-geneve\",\"poolType\":\"GENEVE\",\"managingOwnerRef\":{\"id\":\"" + manager + "\"},"
                        + "\"backing\":{\"transportZoneRef\":{\"id\":\"" + zone + "\"}}}"));
        JsonNode two = importable(controller);
        assertThat(displayNames(two)).containsExactly("alb-geneve-cloud", "nsxt-pool-1-cloud");
        assertThat(two.get(0).get("transportZoneName").asText()).isEqualTo("overlay-tz-2");
        CloudApiNetworkTest.awaitOwner(admin, send(admin, "DELETE", V1 + "/networkPools/" + pool, ""));
        assertThat(displayNames(importable(controller))).containsExactly("nsxt-pool-1-cloud");
    }

    @Test
    void importableCloudsNeedAKnownControllerAndASystemAdministrator() {
        for (String query : new String[]{"", "?" + filter("name==x"), "?" + filter("_context==nothing"),
                "?" + filter("_context==urn:vcloud:vdc:" + UUID.randomUUID())}) {
            CloudApiAlbControllerTest.refused(get(admin, IMPORTABLE + query), 400, "BAD_REQUEST");
        }
        CloudApiAlbControllerTest.refused(get(admin, IMPORTABLE + "?" + filter("_context==urn:vcloud:"
                + "loadBalancerController:" + UUID.randomUUID())), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        CloudApiAlbControllerTest.refused(get(tenant, IMPORTABLE + "?" + filter("_context==" + controller)), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }

    static String cloudBody(String name, String controllerUrn, String backingId, String poolUrn) {
        return "{\"name\":\"" + name + "\",\"description\":\"alb-cloud-description\",\"loadBalancerCloudBacking\":"
                + "{\"backingId\":\"" + backingId + "\",\"backingType\":\"NSXALB_NSXT\",\"loadBalancerControllerRef\":"
                + "{\"id\":\"" + controllerUrn + "\"}},\"networkPoolRef\":{\"id\":\"" + poolUrn + "\"}}";
    }

    /** A cloud imported from the controller's first importable cloud, as go-vcd's spawnAlbControllerAndCloud does. */
    static JsonNode imported(String name, String controllerUrn) {
        return imported(admin, name, controllerUrn);
    }

    static JsonNode imported(Http who, String name, String controllerUrn) {
        JsonNode offered = importable(who, controllerUrn).get(0);
        Http.Res res = send(who, "POST", CLOUDS, cloudBody(name, controllerUrn, offered.get("id").asText(),
                offered.get("networkPoolRef").get("id").asText()));
        assertThat(res.status).as(res.body).isEqualTo(201);
        return res.json();
    }

    @Test
    void aCloudIsImportedOnceFoundByNameAndIdAndDeleted() {
        String ctl = controller("alb-import", "https://avi-controller-3");
        JsonNode offered = importable(ctl).get(0);
        JsonNode cloud = imported("alb-cloud-1", ctl);
        String id = cloud.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:loadBalancerCloud:");
        assertThat(cloud.get("description").asText()).isEqualTo("alb-cloud-description");
        assertThat(cloud.get("loadBalancerCloudBacking").get("backingId")).isEqualTo(offered.get("id"));
        assertThat(cloud.get("loadBalancerCloudBacking").get("backingType").asText()).isEqualTo("NSXALB_NSXT");
        assertThat(cloud.get("loadBalancerCloudBacking").get("loadBalancerControllerRef").get("name").asText())
                .isEqualTo("alb-import");
        assertThat(cloud.get("networkPoolRef").get("name").asText()).isEqualTo("nsxt-pool-1");
        assertThat(cloud.get("healthStatus").asText()).isEqualTo("UP");
        assertThat(importable(ctl).get(0).get("alreadyImported").asBoolean()).isTrue();
        assertThat(get(admin, CLOUDS + id).json()).isEqualTo(cloud);
        for (String fiql : new String[]{"name==alb-cloud-1", "id==" + id}) {
            JsonNode page = get(admin, V1 + "/loadBalancer/clouds?" + filter(fiql)).json();
            assertThat(page.get("resultTotal").asInt()).as(fiql).isEqualTo(1);
            assertThat(page.get("values").get(0)).isEqualTo(cloud);
        }

        Http.Res again = send(admin, "POST", CLOUDS, cloudBody("alb-cloud-2", ctl, offered.get("id").asText(),
                offered.get("networkPoolRef").get("id").asText()));
        CloudApiAlbControllerTest.refused(again, 400, "BAD_REQUEST");
        Http.Res controllerGone = admin.delete(CloudApiAlbControllerTest.CONTROLLERS + ctl);
        assertThat(CloudApiAlbControllerTest.refused(controllerGone, 400, "BAD_REQUEST").body).contains("alb-cloud-1");
        Http.Res poolGone = send(admin, "DELETE", V1 + "/networkPools/" + offered.get("networkPoolRef").get("id")
                .asText(), "");
        assertThat(CloudApiAlbControllerTest.refused(poolGone, 400, "BAD_REQUEST").body).contains("alb-cloud-1");

        assertThat(admin.delete(CLOUDS + id).status).isEqualTo(204);
        assertThat(get(admin, CLOUDS + id).status).isEqualTo(403);
        assertThat(importable(ctl).get(0).get("alreadyImported").asBoolean()).isFalse();
        assertThat(admin.delete(CloudApiAlbControllerTest.CONTROLLERS + ctl).status).isEqualTo(204);
    }

    @Test
    void badImportsAreRefusedAndCloudsAreSystemAdministrators() {
        String ctl = controller("alb-bad-import", "https://avi-controller-2.vcdsim.invalid");
        JsonNode offered = importable(ctl).get(0);
        String backing = offered.get("id").asText();
        String pool = offered.get("networkPoolRef").get("id").asText();
        String otherPool = get(admin, V1 + "/networkPools?" + filter("name==pool-1")).json().get("values").get(0)
                .get("id").asText();
        for (String body : new String[]{cloudBody("alb-bad", ctl, "cloud-" + UUID.randomUUID(), pool),
                cloudBody("alb-bad", ctl, backing, otherPool),
                cloudBody("alb-bad", "urn:vcloud:loadBalancerController:" + UUID.randomUUID(), backing, pool),
                cloudBody("alb-bad", ctl, backing, "nothing"),
                cloudBody("", ctl, backing, pool),
                cloudBody("alb-bad", ctl, backing, pool).replace("NSXALB_NSXT", "AVI"),
                "{\"name\":\"alb-bad\"}", "[]"}) {
            Http.Res r = send(admin, "POST", CLOUDS, body);
            assertThat(r.status).as(body + " " + r.body).isEqualTo(400);
        }
        assertThat(get(admin, V1 + "/loadBalancer/clouds?" + filter("name==alb-bad")).json().get("resultTotal")
                .asInt()).isZero();
        String id = imported("alb-dup", ctl).get("id").asText();
        CloudApiAlbControllerTest.refused(send(admin, "POST", CLOUDS, cloudBody("ALB-dup", controller,
                importable(controller).get(0).get("id").asText(), pool)), 400, "DUPLICATE_NAME");
        CloudApiAlbControllerTest.refused(get(tenant, V1 + "/loadBalancer/clouds"), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        CloudApiAlbControllerTest.refused(get(tenant, CLOUDS + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        CloudApiAlbControllerTest.refused(send(tenant, "POST", CLOUDS, cloudBody("alb-t", controller, backing, pool)),
                403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(tenant.delete(CLOUDS + id).status).isEqualTo(403);
        assertThat(admin.delete(CLOUDS + id).status).isEqualTo(204);
        assertThat(admin.delete(CloudApiAlbControllerTest.CONTROLLERS + ctl).status).isEqualTo(204);
    }
}
