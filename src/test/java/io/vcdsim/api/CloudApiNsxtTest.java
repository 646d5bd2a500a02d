package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated NSX-T manager as go-vcloud-director reads it: the nsxTManager query and the record's href as JSON
 * (nsxt_manager.go), importable tier-0 routers (nsxt_tier0_router.go), edge clusters (nsxt_edge_cluster.go) and
 * transport zones (nsxt_transport_zones.go).
 */
class CloudApiNsxtTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String managerUrn;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        managerUrn = "urn:vcloud:nsxtmanager:" + managerHref(admin).replaceAll(".*/", "");
    }

    static String managerUrn(Http admin) {
        return "urn:vcloud:nsxtmanager:" + managerHref(admin).replaceAll(".*/", "");
    }

    static String managerHref(Http admin) {
        Http.Res q = admin.get("/api/query?type=nsxTManager&format=records&filter=name==nsxt-manager-1");
        assertThat(q.children("NsxTManagerRecord")).hasSize(1);
        return q.children("NsxTManagerRecord").get(0).getAttribute("href");
    }

    @Test
    void theManagerIsFoundByNameAndReadAsJsonAtItsHref() {
        Http.Res q = admin.get("/api/query?type=nsxTManager&format=records&filter=name==nsxt-manager-1");
        assertThat(q.children("NsxTManagerRecord").get(0).getAttribute("url")).startsWith("https://nsxt-manager-1");
        String href = managerHref(admin);
        assertThat(href).contains("/api/admin/extension/nsxtManagers/");
        JsonNode m = get(admin, href.substring(href.indexOf("/api/"))).json();
        assertThat(m.get("id").asText()).isEqualTo(managerUrn);
        assertThat(m.get("name").asText()).isEqualTo("nsxt-manager-1");
        assertThat(m.get("url").asText()).startsWith("https://");
        assertThat(get(admin, "/api/admin/extension/nsxtManagers").json().get("nsxTManager")).hasSize(1);
    }

    @Test
    void theManagerIsASystemAdministratorsAndAnUnknownOneIsNotThere() {
        String href = managerHref(admin);
        assertThat(get(tenant, href.substring(href.indexOf("/api/"))).status).isEqualTo(403);
        assertThat(get(admin, "/api/admin/extension/nsxtManagers/" + java.util.UUID.randomUUID()).status)
                .isEqualTo(403);
        assertThat(tenant.get("/api/query?type=nsxTManager&format=records").status).isEqualTo(403);
    }

    @Test
    void tier0RoutersAreListedForTheManagerTheContextNames() {
        JsonNode page = get(admin, V1 + "/nsxTResources/importableTier0Routers?" + filter("_context=="
                + managerUrn)).json();
        assertThat(page.get("values").findValuesAsText("displayName")).contains("tier0-1", "tier0-2",
                "tier0-vrf-1");
        assertThat(page.get("values").get(0).get("id").asText()).isNotBlank();
    }

    @Test
    void aTier0ListNeedsAKnownManagerAndASystemAdministrator() {
        assertThat(get(admin, V1 + "/nsxTResources/importableTier0Routers").status).isEqualTo(400);
        assertThat(get(admin, V1 + "/nsxTResources/importableTier0Routers?" + filter("_context==urn:vcloud:"
                + "nsxtmanager:" + java.util.UUID.randomUUID())).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/nsxTResources/importableTier0Routers?" + filter("displayName==x")).status)
                .isEqualTo(400);
        assertThat(get(tenant, V1 + "/nsxTResources/importableTier0Routers?" + filter("_context==" + managerUrn))
                .status).isEqualTo(403);
    }

    @Test
    void edgeClustersAreListedToSystemAdministratorsAndForAVdcToItsOrg() {
        JsonNode all = get(admin, V1 + "/nsxTResources/edgeClusters").json();
        assertThat(names(all)).containsExactly("edge-cluster-1");
        assertThat(all.get("values").get(0).get("nodeType").asText()).isEqualTo("EDGE_NODE");
        String vdc = CloudApiCalls.acmeVdcUrn(tenant);
        assertThat(names(get(tenant, V1 + "/nsxTResources/edgeClusters?" + filter("orgVdcId==" + vdc)).json()))
                .containsExactly("edge-cluster-1");
        assertThat(get(tenant, V1 + "/nsxTResources/edgeClusters").status).isEqualTo(403);
        assertThat(get(tenant, V1 + "/nsxTResources/edgeClusters?" + filter("orgVdcId==urn:vcloud:vdc:"
                + java.util.UUID.randomUUID())).status).isEqualTo(403);
    }

    @Test
    void transportZonesSayWhetherAPoolHasImportedThem() {
        for (String key : new String[]{"_context", "networkProviderId"}) {
            JsonNode zones = get(admin, V1 + "/nsxTResources/importableTransportZones?" + filter(key + "=="
                    + managerUrn)).json().get("values");
            assertThat(zones.findValuesAsText("name")).containsExactly("overlay-tz-1", "overlay-tz-2");
            assertThat(zones.get(0).get("alreadyImported").asBoolean()).as("nsxt-pool-1 stands on it").isTrue();
            assertThat(zones.get(0).get("type").asText()).isEqualTo("OVERLAY_BACKED");
        }
    }
}
