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
        return CloudApiAlbControllerTest.created(admin, name, url).get("id").asText();
    }

    static JsonNode importable(String controllerUrn) {
        Http.Res res = get(admin, IMPORTABLE + "?" + filter("_context==" + controllerUrn));
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
}
