package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.terraform.TfNetworkCalls.V1;
import static io.vcdsim.terraform.TfNetworkCalls.awaitTask;
import static io.vcdsim.terraform.TfNetworkCalls.get;
import static io.vcdsim.terraform.TfNetworkCalls.object;
import static io.vcdsim.terraform.TfNetworkCalls.orgVdcNetwork;
import static io.vcdsim.terraform.TfNetworkCalls.pools;
import static io.vcdsim.terraform.TfNetworkCalls.readNetworkMetadata;
import static io.vcdsim.terraform.TfNetworkCalls.ref;
import static io.vcdsim.terraform.TfNetworkCalls.send;
import static io.vcdsim.terraform.TfNetworkCalls.subnets;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_network_routed_v2}, its documented NSX-T example (on an existing NSX-T edge gateway, guest
 * VLAN tagging, two static pools) applied by an org administrator, refreshed, changed (description and a third pool)
 * and destroyed, replayed as the provider's calls send it. The NSX-T edge it routes through is made first by the
 * system administrator (a tier-0 network and an edge in the tenant's VDC). Taken from terraform-provider-vcd v3.11.0
 * {@code vcd/resource_vcd_network_routed_v2.go} (Create, Read, Update, Delete; getParentEdgeGatewayOwnerId,
 * getOpenApiOrgVdcRoutedNetworkType, setOpenApiOrgVdcRoutedNetworkData) and {@code vcd/metadata.go}, and from
 * go-vcloud-director v2.22.0 {@code govcd/anytypeedgegateway.go} (Org.GetAnyTypeEdgeGatewayById: the edge's ownerRef
 * becomes the network's), {@code govcd/openapi_org_network.go}, {@code govcd/openapi.go},
 * {@code govcd/metadata_v2.go} and {@code types/v56/nsxt_types.go} (OpenApiOrgVdcNetwork, Connection).
 */
class TfNetworkRoutedV2Test {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String vdcUrn;
    /** data.vcd_nsxt_edgegateway.existing.id of the example. */
    static String edgeId;

    @BeforeAll
    static void setUp() {
        Http admin = TfNetworkCalls.admin(vcd.sim());
        tenant = TfNetworkCalls.tenant(vcd.sim());
        vdcUrn = TfNetworkCalls.vdc(tenant, TfNetworkCalls.org(tenant, "acme"), "acme-vdc", false).attr("id");
        String tier0 = TfNetworkCalls.tier0Network(admin, "routed-t0", "tier0-1", "10.61.0");
        edgeId = awaitTask(admin, send(admin, "POST", V1 + "/edgeGateways/", TfNetworkCalls.nsxtEdge("existing",
                "", vdcUrn, tier0, "10.61.0.1", "10.61.0.10", "10.61.0.10", "10.61.0.11")));
    }

    /**
     * getParentEdgeGatewayOwnerId and getOpenApiOrgVdcRoutedNetworkType each look the org up and read the edge by id
     * (any type): its ownerRef is what the network is made in.
     */
    static String edgeOwner() {
        TfNetworkCalls.org(tenant, "acme");
        Http.Res edge = get(tenant, V1 + "/edgeGateways/" + edgeId);
        assertThat(edge.status).as(edge.body).isEqualTo(200);
        return edge.json().get("ownerRef").get("id").asText();
    }

    /**
     * getOpenApiOrgVdcRoutedNetworkType: what Create posts and Update puts (with the id), made in the VDC the edge's
     * ownerRef names (which it reads first).
     */
    static ObjectNode routed(String description, String... pools) {
        String owner = edgeOwner();
        assertThat(owner).isEqualTo(vdcUrn);
        ObjectNode n = object().put("name", "nsxt-routed 1").put("description", description);
        n.set("ownerRef", ref(owner));
        n.put("networkType", "NAT_ROUTED");
        n.putObject("connection").put("connectionType", "INTERNAL").set("routerRef", ref(edgeId));
        n.putNull("parentNetworkId").put("guestVlanTaggingAllowed", true);
        subnets(n, "1.1.1.1", pools);
        return n.putNull("totalIpCount").putNull("usedIpCount");
    }

    /** resourceVcdNetworkRoutedV2Read: the network by id, what setOpenApiOrgVdcRoutedNetworkData stores, metadata. */
    static JsonNode read(String id) {
        Http.Res r = orgVdcNetwork(tenant, "acme", id);
        assertThat(r.status).as(r.body).isEqualTo(200);
        JsonNode n = r.json();
        assertThat(n.get("name").asText()).isEqualTo("nsxt-routed 1");
        assertThat(n.get("networkType").asText()).isEqualTo("NAT_ROUTED");
        assertThat(n.get("ownerRef").get("id").asText()).as("owner_id").isEqualTo(vdcUrn);
        assertThat(n.get("ownerRef").get("name").asText()).as("vdc").isEqualTo("acme-vdc");
        assertThat(n.get("connection").get("routerRef").get("id").asText()).as("edge_gateway_id").isEqualTo(edgeId);
        assertThat(n.get("connection").get("connectionType").asText()).as("interface_type").isEqualTo("INTERNAL");
        assertThat(n.get("guestVlanTaggingAllowed").asBoolean()).as("guest_vlan_allowed").isTrue();
        JsonNode subnet = n.get("subnets").get("values").get(0);
        assertThat(subnet.get("gateway").asText()).isEqualTo("1.1.1.1");
        assertThat(subnet.get("prefixLength").asInt()).isEqualTo(24);
        assertThat(subnet.get("dnsServer1").asText()).isEmpty();
        assertThat(n.get("enableDualSubnetNetwork").asBoolean()).isFalse();
        readNetworkMetadata(tenant, id);
        return n;
    }

    @Test
    void applyRefreshChangeAndDestroyAsTerraformDoes() {
        // terraform apply: the parent edge's owner, the POST and its task, the GET at the Owner's URN, then Read
        edgeOwner();
        ObjectNode body = routed("My routed Org VDC network backed by NSX-T", "1.1.1.10", "1.1.1.20", "1.1.1.100",
                "1.1.1.103");
        String id = awaitTask(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks/", body));
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).status).isEqualTo(200);
        JsonNode created = read(id);
        assertThat(created.get("description").asText()).isEqualTo("My routed Org VDC network backed by NSX-T");
        assertThat(pools(created)).containsExactly("1.1.1.10-1.1.1.20", "1.1.1.100-1.1.1.103");
        // the edge counts it
        assertThat(get(tenant, V1 + "/edgeGateways/" + edgeId).json().get("orgVdcNetworkCount").asInt()).isEqualTo(1);

        // refresh
        assertThat(pools(read(id))).hasSize(2);

        // a change: the parent edge's owner, the network by id, the new body with the id, the PUT, its task, a GET
        edgeOwner();
        assertThat(orgVdcNetwork(tenant, "acme", id).status).isEqualTo(200);
        ObjectNode withId = object().put("id", id);
        withId.setAll(routed("changed by terraform", "1.1.1.10", "1.1.1.20", "1.1.1.100", "1.1.1.103", "1.1.1.200",
                "1.1.1.201"));
        assertThat(awaitTask(tenant, send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, withId))).isEqualTo(id);
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).status).isEqualTo(200);
        JsonNode after = read(id);
        assertThat(after.get("description").asText()).isEqualTo("changed by terraform");
        assertThat(pools(after)).containsExactly("1.1.1.10-1.1.1.20", "1.1.1.100-1.1.1.103", "1.1.1.200-1.1.1.201");

        // destroy: the parent edge's owner, the network by id, DELETE and its task; then the refresh finds it gone
        edgeOwner();
        assertThat(orgVdcNetwork(tenant, "acme", id).status).isEqualTo(200);
        awaitTask(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, null));
        assertThat(orgVdcNetwork(tenant, "acme", id).status).isEqualTo(403);
        assertThat(get(tenant, V1 + "/edgeGateways/" + edgeId).json().get("orgVdcNetworkCount").asInt()).isZero();
    }

    @Test
    void anUnknownEdgeOrInterfaceTypeIsRefusedBeforeAnythingIsMade() {
        // an edge_gateway_id that names no edge: GetAnyTypeEdgeGatewayById's 403, go-vcloud-director's not found
        Http.Res noEdge = get(tenant, V1 + "/edgeGateways/urn:vcloud:gateway:" + UUID.randomUUID());
        assertThat(noEdge.status).isEqualTo(403);
        assertThat(noEdge.json().get("minorErrorCode").asText()).isNotEmpty();

        ObjectNode bad = routed("", "1.1.1.10", "1.1.1.20");
        ((ObjectNode) bad.get("connection")).put("connectionType", "TRUNK");
        Http.Res refused = send(tenant, "POST", V1 + "/orgVdcNetworks/", bad);
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
        ObjectNode elsewhere = routed("", "1.1.1.10", "1.1.1.20");
        ((ObjectNode) elsewhere.get("connection")).set("routerRef", ref("urn:vcloud:gateway:" + UUID.randomUUID()));
        Http.Res unknown = send(tenant, "POST", V1 + "/orgVdcNetworks/", elsewhere);
        assertThat(unknown.status).as(unknown.body).isEqualTo(400);
        assertThat(get(tenant, V1 + "/orgVdcNetworks?filter=" + TfNetworkCalls.enc("name==nsxt-routed 1")).json()
                .get("resultTotal").asInt()).as("nothing made").isZero();
    }
}
