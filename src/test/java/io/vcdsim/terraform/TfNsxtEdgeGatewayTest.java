package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.vcdsim.terraform.TfNetworkCalls.V1;
import static io.vcdsim.terraform.TfNetworkCalls.awaitTask;
import static io.vcdsim.terraform.TfNetworkCalls.enc;
import static io.vcdsim.terraform.TfNetworkCalls.get;
import static io.vcdsim.terraform.TfNetworkCalls.nsxtEdge;
import static io.vcdsim.terraform.TfNetworkCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_nsxt_edgegateway}, its simple documented example (owner_id a VDC, a tier-0 external network,
 * one subnet with a primary address and an allocated range) applied by the system administrator, refreshed, changed
 * (description, one more allocated address) and destroyed, replayed as the provider's calls send it. Taken from
 * terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_nsxt_edgegateway.go} (Create, Read, Update, Delete;
 * getNsxtEdgeGatewayType, getNsxtEdgeGatewayUplinksType, setNsxtEdgeGatewayData, setNsxtEdgeGatewayUplinkData,
 * setNsxtEdgeGatewayAttachedExternalNetworkData) and {@code vcd/config.go} (GetAdminOrgFromResource,
 * GetOrgFromResource), and from go-vcloud-director v2.22.0 {@code govcd/nsxt_edgegateway.go}
 * (AdminOrg.CreateNsxtEdgeGateway, getNsxtEdgeGatewayById: anything but NSXT_BACKED is not found, reorderUplinks,
 * Update, Delete, GetUsedIpAddresses, GetAllUnusedExternalIPAddresses, GetAllocatedIpCount,
 * GetPrimaryNetworkAllocatedIpCount, GetAllocatedIpCountByUplinkType), {@code govcd/openapi.go},
 * {@code govcd/openapi_endpoints.go} (edgeGateways at 37.1) and {@code types/v56/nsxt_types.go} (OpenAPIEdgeGateway).
 */
class TfNsxtEdgeGatewayTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static String vdcUrn;
    /** data.vcd_external_network_v2.nsxt-ext-net.id: 10.62.0.0/24 on tier0-2, its pool .10-.50. */
    static String external;

    @BeforeAll
    static void setUp() {
        admin = TfNetworkCalls.admin(vcd.sim());
        vdcUrn = TfNetworkCalls.vdc(admin, TfNetworkCalls.org(admin, "acme"), "acme-vdc", true).attr("id");
        external = TfNetworkCalls.tier0Network(admin, "nsxt-edge", "tier0-2", "10.62.0");
    }

    /** GetNsxtEdgeGatewayById (after the org lookup): the edge by URN, which must be NSX-T backed. */
    static Http.Res byId(String id) {
        TfNetworkCalls.org(admin, "acme");
        return get(admin, V1 + "/edgeGateways/" + id);
    }

    /** GetUsedIpAddresses: every page of the edge's used addresses, 128 a page. */
    static List<String> usedIps(String id) {
        Http.Res r = get(admin, V1 + "/edgeGateways/" + id + "/usedIpAddresses?pageSize=128");
        assertThat(r.status).as(r.body).isEqualTo(200);
        assertThat(r.header("Link") == null || !r.header("Link").contains("nextPage")).isTrue();
        List<String> ips = new ArrayList<>();
        r.json().get("values").forEach(v -> ips.add(v.get("ipAddress").asText()));
        return ips;
    }

    /**
     * resourceVcdNsxtEdgeGatewayRead: the edge, every field setNsxtEdgeGatewayData and its helpers read (several are
     * dereferenced unchecked: edgeClusterConfig, each subnet's ipRanges and totalIpCount), the used addresses twice
     * (unused and used counts). Gives the first uplink's subnet.
     */
    static JsonNode read(String id, String description) {
        Http.Res r = byId(id);
        assertThat(r.status).as(r.body).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("gatewayBacking").get("gatewayType").asText()).isEqualTo("NSXT_BACKED");
        assertThat(e.get("name").asText()).isEqualTo("nsxt-edge");
        assertThat(e.get("description").asText()).isEqualTo(description);
        assertThat(e.get("edgeClusterConfig").get("primaryEdgeCluster").get("backingId").asText())
                .as("edge_cluster_id, the external network's when none is given").isNotEmpty();
        assertThat(e.get("ownerRef").get("id").asText()).as("owner_id").isEqualTo(vdcUrn);
        assertThat(e.get("ownerRef").get("name").asText()).as("vdc").isEqualTo("acme-vdc");
        JsonNode uplink = e.get("edgeGatewayUplinks").get(0);
        assertThat(uplink.get("uplinkId").asText()).as("external_network_id").isEqualTo(external);
        assertThat(uplink.get("dedicated").asBoolean()).as("dedicate_external_network").isFalse();
        assertThat(uplink.get("backingType").asText()).as("the tier-0 uplink, which reorderUplinks puts first")
                .isEqualTo("NSXT_TIER0");
        assertThat(uplink.get("usingIpSpace").asBoolean()).as("use_ip_spaces").isFalse();
        for (JsonNode s : uplink.get("subnets").get("values")) {
            assertThat(s.get("ipRanges").get("values").isArray()).isTrue();
            assertThat(s.get("totalIpCount").isInt()).isTrue();
        }
        List<String> used = usedIps(id);
        assertThat(usedIps(id)).isEqualTo(used).containsExactly("10.62.0.37");
        return uplink.get("subnets").get("values").get(0);
    }

    static List<String> allocated(JsonNode subnet) {
        List<String> out = new ArrayList<>();
        subnet.get("ipRanges").get("values").forEach(r -> out.add(r.get("startAddress").asText() + "-"
                + r.get("endAddress").asText()));
        return out;
    }

    @Test
    void applyRefreshChangeAndDestroyAsTerraformDoes() {
        // terraform apply: GetAdminOrgByName, the POST and its task, the GET at the Owner's URN, then Read
        TfNetworkCalls.adminOrg(admin, "acme");
        String id = awaitTask(admin, send(admin, "POST", V1 + "/edgeGateways/", nsxtEdge("nsxt-edge", "Description",
                vdcUrn, external, "10.62.0.1", "10.62.0.37", "10.62.0.37", "10.62.0.38")));
        assertThat(id).startsWith("urn:vcloud:gateway:");
        assertThat(get(admin, V1 + "/edgeGateways/" + id).status).isEqualTo(200);
        JsonNode subnet = read(id, "Description");
        assertThat(subnet.get("gateway").asText()).isEqualTo("10.62.0.1");
        assertThat(subnet.get("prefixLength").asInt()).isEqualTo(24);
        assertThat(subnet.get("primaryIp").asText()).as("primary_ip").isEqualTo("10.62.0.37");
        assertThat(allocated(subnet)).as("allocated_ips, with the primary address in them")
                .containsExactly("10.62.0.37-10.62.0.38");
        assertThat(subnet.get("totalIpCount").asInt()).as("total_allocated_ip_count").isEqualTo(2);

        // refresh
        assertThat(allocated(read(id, "Description"))).containsExactly("10.62.0.37-10.62.0.38");

        // a change of description and allocated_ips: the edge by id (its allocated count), then getNsxtEdgeGatewayType
        // for an update (the changed 'subnet' block, uplinkId) with the id, the PUT, its task and a GET
        TfNetworkCalls.adminOrg(admin, "acme");
        assertThat(get(admin, V1 + "/edgeGateways/" + id).json().get("edgeGatewayUplinks").get(0).get("subnets")
                .get("values").get(0).get("totalIpCount").asInt()).isEqualTo(2);
        ObjectNode changed = TfNetworkCalls.object().put("id", id);
        changed.setAll(nsxtEdge("nsxt-edge", "Changed", vdcUrn, external, "10.62.0.1", "10.62.0.37", "10.62.0.37",
                "10.62.0.39"));
        assertThat(awaitTask(admin, send(admin, "PUT", V1 + "/edgeGateways/" + id, changed))).isEqualTo(id);
        assertThat(get(admin, V1 + "/edgeGateways/" + id).status).isEqualTo(200);
        JsonNode after = read(id, "Changed");
        assertThat(allocated(after)).containsExactly("10.62.0.37-10.62.0.39");
        assertThat(after.get("totalIpCount").asInt()).isEqualTo(3);
        assertThat(after.get("primaryIp").asText()).isEqualTo("10.62.0.37");

        // destroy: the edge by id, DELETE and its task; the refresh then gets a 403, go-vcloud-director's not found
        assertThat(byId(id).status).isEqualTo(200);
        awaitTask(admin, send(admin, "DELETE", V1 + "/edgeGateways/" + id, null));
        Http.Res gone = byId(id);
        assertThat(gone.status).isEqualTo(403);
        assertThat(gone.json().get("minorErrorCode").asText()).isNotEmpty();
        // its addresses are free again
        assertThat(get(admin, V1 + "/edgeGateways?filter=" + enc("name==nsxt-edge")).json().get("resultTotal")
                .asInt()).isZero();
    }

    @Test
    void onlyTheSystemAdministratorMakesOneAndABadSubnetMakesNothing() {
        Http tenant = TfNetworkCalls.tenant(vcd.sim());
        Http.Res forbidden = send(tenant, "POST", V1 + "/edgeGateways/", nsxtEdge("tenant-edge", "", vdcUrn, external,
                "10.62.0.1", "10.62.0.40", "10.62.0.40", "10.62.0.40"));
        assertThat(forbidden.status).as(forbidden.body).isEqualTo(403);
        Http.Res outside = send(admin, "POST", V1 + "/edgeGateways/", nsxtEdge("outside-edge", "", vdcUrn, external,
                "10.62.0.1", "10.63.0.40", "10.63.0.40", "10.63.0.40"));
        assertThat(outside.status).as(outside.body).isEqualTo(400);
        assertThat(outside.json().get("minorErrorCode").asText()).isNotEmpty();
        assertThat(get(admin, V1 + "/edgeGateways?filter=" + enc("ownerRef.id==" + vdcUrn)).json().get("values")
                .findValuesAsText("name")).doesNotContain("tenant-edge", "outside-edge");
    }
}
