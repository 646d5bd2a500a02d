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
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Network pools as go-vcloud-director's network_pool.go makes them (network_pool_test.go): GENEVE on a transport zone,
 * VLAN on a distributed switch, port group backed; 202 with a task; one object on /api and the cloudapi.
 */
class CloudApiNetworkPoolTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String managerUrn;
    static String vcUrn;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        managerUrn = "urn:vcloud:nsxtmanager:" + CloudApiNsxtTest.managerHref(admin).replaceAll(".*/", "");
        vcUrn = get(admin, V1 + "/virtualCenters").json().get("values").get(0).get("vcId").asText();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String pool(String name, String type, String owner, String backing) {
        return "{\"name\":\"" + name + "\",\"description\":\"d\",\"poolType\":\"" + type + "\",\"managingOwnerRef\":"
                + "{\"id\":\"" + owner + "\"},\"backing\":{" + backing + ",\"providerRef\":{\"id\":\"" + owner + "\"}}}";
    }

    static String zoneId(String name) {
        JsonNode zones = get(admin, V1 + "/nsxTResources/importableTransportZones?" + filter("_context=="
                + managerUrn)).json().get("values");
        for (JsonNode z : zones) {
            if (z.get("name").asText().equals(name)) {
                return z.get("id").asText();
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void theSeededPoolsAreListedAndReadByUrnOnBothFaces() {
        JsonNode summaries = get(admin, V1 + "/networkPools/networkPoolSummaries?" + filter("name==pool-1")).json();
        assertThat(names(summaries)).containsExactly("pool-1");
        String id = summaries.get("values").get(0).get("id").asText();
        assertThat(id).startsWith("urn:vcloud:networkpool:");
        JsonNode pool = get(admin, V1 + "/networkPools/" + id).json();
        assertThat(pool.get("poolType").asText()).isEqualTo("VLAN");
        assertThat(pool.get("backing").get("vlanIdRanges").get("values")).hasSize(1);
        assertThat(names(get(admin, V1 + "/networkPools?pageSize=100").json())).contains("pool-1", "nsxt-pool-1");
        Http.Res xml = admin.get("/api/admin/extension/networkPool/" + id.replaceAll(".*:", ""));
        assertThat(xml.attr("name")).isEqualTo("pool-1");
        assertThat(xml.attr("id")).isEqualTo(id);
    }

    @Test
    void aGenevePoolImportsItsTransportZoneOnceIsRenamedAndDeleted() {
        String zone = zoneId("overlay-tz-2");
        String name = unique("geneve");
        String backing = "\"transportZoneRef\":{\"id\":\"" + zone + "\"}";
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/networkPools/", pool(name, "GENEVE", managerUrn,
                backing)));
        assertThat(id).startsWith("urn:vcloud:networkpool:");
        JsonNode made = get(admin, V1 + "/networkPools/" + id).json();
        assertThat(made.get("backing").get("transportZoneRef").get("name").asText()).isEqualTo("overlay-tz-2");
        assertThat(made.get("managingOwnerRef").get("id").asText()).isEqualTo(managerUrn);
        assertThat(get(admin, V1 + "/nsxTResources/importableTransportZones?" + filter("_context==" + managerUrn))
                .json().get("values").get(1).get("alreadyImported").asBoolean()).isTrue();
        Http.Res twice = send(admin, "POST", V1 + "/networkPools/", pool(unique("again"), "GENEVE", managerUrn,
                backing));
        assertThat(twice.status).as(twice.body).isEqualTo(400);

        ((ObjectNode) made).put("name", name + "-update");
        awaitOwner(admin, send(admin, "PUT", V1 + "/networkPools/" + id, made.toString()));
        assertThat(get(admin, V1 + "/networkPools/" + id).json().get("name").asText()).isEqualTo(name + "-update");
        awaitOwner(admin, send(admin, "DELETE", V1 + "/networkPools/" + id, ""));
        assertThat(get(admin, V1 + "/networkPools/" + id).status).isEqualTo(403);
    }

    @Test
    void aVlanPoolTakesRangesOnTheSwitchAndAnUpdateReplacesThem() {
        JsonNode switches = get(admin, V1 + "/virtualCenters/resources/dvSwitches?" + filter("virtualCenter.id=="
                + vcUrn)).json().get("values");
        String sw = switches.get(0).get("backingRef").get("id").asText();
        String backing = "\"vlanIdRanges\":{\"values\":[{\"startId\":1,\"endId\":100},{\"startId\":201,\"endId\":300}]},"
                + "\"vdsRefs\":[{\"id\":\"" + sw + "\"}]";
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/networkPools", pool(unique("vlan"), "VLAN", vcUrn,
                backing)));
        JsonNode made = get(admin, V1 + "/networkPools/" + id).json();
        assertThat(made.get("totalBackingsCount").asInt()).isEqualTo(200);
        ((ObjectNode) made.get("backing").get("vlanIdRanges")).putArray("values").addObject().put("startId", 1001)
                .put("endId", 2000);
        awaitOwner(admin, send(admin, "PUT", V1 + "/networkPools/" + id, made.toString()));
        assertThat(get(admin, V1 + "/networkPools/" + id).json().get("backing").get("vlanIdRanges").get("values"))
                .hasSize(1);
        for (String bad : new String[]{"{\"startId\":0,\"endId\":10}", "{\"startId\":20,\"endId\":10}",
                "{\"startId\":1,\"endId\":4095}"}) {
            Http.Res r = send(admin, "POST", V1 + "/networkPools", pool(unique("bad"), "VLAN", vcUrn,
                    "\"vlanIdRanges\":{\"values\":[" + bad + "]},\"vdsRefs\":[{\"id\":\"" + sw + "\"}]"));
            assertThat(r.status).as(bad).isEqualTo(400);
        }
        Http.Res overlap = send(admin, "POST", V1 + "/networkPools", pool(unique("bad"), "VLAN", vcUrn,
                "\"vlanIdRanges\":{\"values\":[{\"startId\":1,\"endId\":10},{\"startId\":5,\"endId\":20}]},"
                        + "\"vdsRefs\":[{\"id\":\"" + sw + "\"}]"));
        assertThat(overlap.status).isEqualTo(400);
    }

    @Test
    void aPortGroupPoolTakesImportablePortGroupsWhichThenAreNoLongerImportable() {
        String list = V1 + "/virtualCenters/resources/importableDvpgs?" + filter("virtualCenter.id==" + vcUrn);
        JsonNode dvpgs = get(admin, list).json().get("values");
        String moref = dvpgs.get(dvpgs.size() - 1).get("backingRef").get("id").asText();
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/networkPools", pool(unique("pg"),
                "PORTGROUP_BACKED", vcUrn, "\"portGroupRefs\":[{\"id\":\"" + moref + "\"}]")));
        assertThat(get(admin, V1 + "/networkPools/" + id).json().get("backing").get("portGroupRefs").get(0)
                .get("id").asText()).isEqualTo(moref);
        assertThat(get(admin, list).json().get("values").findValuesAsText("vlan")).hasSize(dvpgs.size() - 1);
        Http.Res taken = send(admin, "POST", V1 + "/networkPools", pool(unique("pg"), "PORTGROUP_BACKED", vcUrn,
                "\"portGroupRefs\":[{\"id\":\"" + moref + "\"}]"));
        assertThat(taken.status).isEqualTo(400);
        String vc = get(admin, V1 + "/virtualCenters").json().get("values").get(0).get("vcId").asText();
        Http.Res external = send(admin, "POST", V1 + "/externalNetworks", "{\"name\":\"" + unique("on-pool")
                + "\",\"subnets\":{\"values\":[{\"gateway\":\"1.1.1.1\",\"prefixLength\":24}]},\"networkBackings\":"
                + "{\"values\":[{\"backingId\":\"" + moref + "\",\"backingTypeValue\":\"DV_PORTGROUP\","
                + "\"networkProvider\":{\"id\":\"" + vc + "\"}}]}}");
        assertThat(external.status).as("an external network on the pool's port group: " + external.body)
                .isEqualTo(400);
        assertThat(external.json().get("message").asText()).contains(moref, "network pool");
        awaitOwner(admin, send(admin, "DELETE", V1 + "/networkPools/" + id, ""));
    }

    /**
     * go-vcloud-director's VCDClient.GetAllVcenterImportableDvpgs lists them unfiltered, and Vdc.GetAllVcenterImportableDvpgs
     * with orgVdcId==: the port groups of the vCenter behind the VDC's provider VDC (Test_VcenterImportableDvpg).
     */
    @Test
    void importablePortGroupsAreListedForAllVCentersOrForAVdc() {
        JsonNode ofVc1 = get(admin, V1 + "/virtualCenters/resources/importableDvpgs?" + filter("virtualCenter.id=="
                + vcUrn)).json().get("values");
        assertThat(ofVc1.size()).isPositive();
        JsonNode all = get(admin, V1 + "/virtualCenters/resources/importableDvpgs").json().get("values");
        assertThat(all.findValuesAsText("name")).containsAll(ofVc1.findValuesAsText("name"));
        String vdc = admin.get("/api/query?type=adminOrgVdc&format=references&filter=name==acme-vdc")
                .children("AdminVdcReference").get(0).getAttribute("href").replaceAll(".*/", "");
        JsonNode ofVdc = get(admin, V1 + "/virtualCenters/resources/importableDvpgs?" + filter("orgVdcId==urn:vcloud:vdc:"
                + vdc)).json().get("values");
        assertThat(ofVdc.findValuesAsText("name")).isEqualTo(ofVc1.findValuesAsText("name"));
        assertThat(ofVdc.get(0).get("virtualCenter").get("id").asText()).isEqualTo(vcUrn);
        assertThat(get(admin, V1 + "/virtualCenters/resources/importableDvpgs?" + filter("orgVdcId==urn:vcloud:vdc:"
                + UUID.randomUUID())).status).isEqualTo(400);
        assertThat(get(admin, V1 + "/virtualCenters/resources/importableDvpgs?" + filter("name==dvpg-external-1"))
                .status).isEqualTo(400);
        assertThat(get(tenant, V1 + "/virtualCenters/resources/importableDvpgs").status).isEqualTo(403);
    }

    @Test
    void aPoolAProviderVdcUsesIsNotDeleted() {
        String id = get(admin, V1 + "/networkPools/networkPoolSummaries?" + filter("name==pool-1")).json()
                .get("values").get(0).get("id").asText();
        Http.Res r = send(admin, "DELETE", V1 + "/networkPools/" + id, "");
        assertThat(r.status).as(r.body).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("pvdc-1");
    }

    @Test
    void badPoolsAndTenantsAreRefused() {
        String zone = zoneId("overlay-tz-1");
        for (String body : new String[]{pool(unique("x"), "SIDEWAYS", vcUrn, "\"vdsRefs\":[]"),
                pool("", "GENEVE", managerUrn, "\"transportZoneRef\":{\"id\":\"" + zone + "\"}"),
                pool("pool-1", "GENEVE", managerUrn, "\"transportZoneRef\":{\"id\":\"nope\"}"),
                pool(unique("x"), "GENEVE", managerUrn, "\"transportZoneRef\":{\"id\":\"nope\"}"),
                pool(unique("x"), "GENEVE", vcUrn, "\"transportZoneRef\":{\"id\":\"" + zone + "\"}"),
                pool(unique("x"), "VLAN", vcUrn, "\"vlanIdRanges\":{\"values\":[{\"startId\":1,\"endId\":2}]},"
                        + "\"vdsRefs\":[{\"id\":\"dvs-404\"}]")}) {
            Http.Res r = send(admin, "POST", V1 + "/networkPools", body);
            assertThat(r.status).as(body + " " + r.body).isEqualTo(400);
        }
        assertThat(get(admin, V1 + "/networkPools/urn:vcloud:networkpool:" + UUID.randomUUID()).status).isEqualTo(403);
        assertThat(get(tenant, V1 + "/networkPools").status).isEqualTo(403);
        assertThat(send(tenant, "POST", V1 + "/networkPools", pool(unique("x"), "GENEVE", managerUrn,
                "\"transportZoneRef\":{\"id\":\"" + zone + "\"}")).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/virtualCenters/resources/dvSwitches").status).isEqualTo(400);
    }

    @Test
    void repairAndSyncAreTasksThatLeaveThePoolAsItIs() {
        Http api = Sim.admin(vcd.sim());
        String id = get(admin, V1 + "/networkPools/networkPoolSummaries?" + filter("name==pool-1")).json()
                .get("values").get(0).get("id").asText();
        JsonNode before = get(admin, V1 + "/networkPools/" + id).json();
        Http.Res pool = api.get("/api/admin/extension/networkPool/" + id.replaceAll(".*:", ""));
        for (String[] action : new String[][]{{"repair", "networkRepairNetworkPool"},
                {"sync", "networkSyncNetworkPool"}}) {
            String href = pool.link(action[0], null);
            assertThat(href).isEqualTo(pool.attr("href") + "/action/" + action[0]);
            Http.Res task = api.post(href, null, null);
            assertThat(task.status).as(task.body).isEqualTo(202);
            assertThat(task.attr("operationName")).isEqualTo(action[1]);
            assertThat(task.child("Owner").getAttribute("href")).isEqualTo(pool.attr("href"));
            assertThat(api.awaitTask(task).attr("status")).isEqualTo("success");
        }
        assertThat(get(admin, V1 + "/networkPools/" + id).json()).isEqualTo(before);
    }

    @Test
    void repairAndSyncAreASystemAdministratorsOnAPoolThatExists() {
        Http api = Sim.admin(vcd.sim());
        String id = get(admin, V1 + "/networkPools/networkPoolSummaries?" + filter("name==pool-1")).json()
                .get("values").get(0).get("id").asText().replaceAll(".*:", "");
        for (String action : new String[]{"repair", "sync"}) {
            Http.Res refused = Sim.tenant(vcd.sim()).post("/api/admin/extension/networkPool/" + id + "/action/"
                    + action, null, null);
            assertThat(refused.status).isEqualTo(403);
            assertThat(refused.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
            Http.Res unknown = api.post("/api/admin/extension/networkPool/" + UUID.randomUUID() + "/action/"
                    + action, null, null);
            assertThat(unknown.status).isEqualTo(403);
        }
    }
}
