package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

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
 * terraform's {@code vcd_network_isolated_v2}, its documented example (owner_id a VDC, guest VLAN tagging, two static
 * pools) applied by an org administrator, refreshed, changed (description and a third pool) and destroyed, replayed
 * as the provider's calls send it. Taken from terraform-provider-vcd v3.11.0
 * {@code vcd/resource_vcd_network_isolated_v2.go}
 * (Create, Read, Update, Delete; getOpenApiOrgVdcIsolatedNetworkType, setOpenApiOrgVdcIsolatedNetworkData),
 * {@code vcd/metadata.go} (updateMetadataInStateDeprecated) and {@code vcd/config.go} (GetOrgFromResource), and from
 * go-vcloud-director v2.22.0 {@code govcd/openapi_org_network.go} (Org.CreateOpenApiOrgVdcNetwork,
 * Org.GetOpenApiOrgVdcNetworkById, OpenApiOrgVdcNetwork.Update and Delete), {@code govcd/openapi.go}
 * (OpenApiPostItem, OpenApiGetItem: a 403 is ErrorEntityNotFound, OpenApiPutItem, OpenApiDeleteItem),
 * {@code govcd/metadata_v2.go} (OpenApiOrgVdcNetwork.GetMetadata), {@code govcd/system.go} (GetOrgByName) and
 * {@code types/v56/nsxt_types.go} (OpenApiOrgVdcNetwork).
 */
class TfNetworkIsolatedV2Test {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    /** data.vcd_org_vdc.main.id of the example. */
    static String vdcUrn;

    @BeforeAll
    static void logIn() {
        tenant = TfNetworkCalls.tenant(vcd.sim());
        vdcUrn = TfNetworkCalls.vdc(tenant, TfNetworkCalls.org(tenant, "acme"), "acme-vdc", false).attr("id");
    }

    /** getOpenApiOrgVdcIsolatedNetworkType: what Create posts and Update puts (with the id). */
    static ObjectNode isolated(String name, String description, String... pools) {
        ObjectNode n = object().put("name", name).put("description", description);
        n.set("ownerRef", ref(vdcUrn));
        n.put("networkType", "ISOLATED").putNull("parentNetworkId").put("guestVlanTaggingAllowed", true);
        subnets(n, "1.1.1.1", pools);
        n.putNull("totalIpCount").putNull("usedIpCount").put("shared", false);
        return n;
    }

    /** Org.GetOpenApiOrgVdcNetworkById, which Read, Update and Delete all start with. */
    static Http.Res byId(String id) {
        return orgVdcNetwork(tenant, "acme", id);
    }

    /** resourceVcdNetworkIsolatedV2Read: the network, what setOpenApiOrgVdcIsolatedNetworkData stores, metadata. */
    static JsonNode read(String id) {
        Http.Res r = byId(id);
        assertThat(r.status).as(r.body).isEqualTo(200);
        JsonNode n = r.json();
        assertThat(n.get("id").asText()).isEqualTo(id);
        assertThat(n.get("networkType").asText()).isEqualTo("ISOLATED");
        assertThat(n.get("ownerRef").get("id").asText()).as("owner_id").isEqualTo(vdcUrn);
        assertThat(n.get("ownerRef").get("name").asText()).as("vdc").isEqualTo("acme-vdc");
        JsonNode subnet = n.get("subnets").get("values").get(0);
        assertThat(subnet.get("gateway").asText()).isEqualTo("1.1.1.1");
        assertThat(subnet.get("prefixLength").asInt()).isEqualTo(24);
        for (String field : List.of("dnsServer1", "dnsServer2", "dnsSuffix")) {
            assertThat(subnet.get(field).asText()).as(field).isEmpty();
        }
        assertThat(n.get("shared").asBoolean()).as("is_shared").isFalse();
        assertThat(n.get("guestVlanTaggingAllowed").asBoolean()).as("guest_vlan_allowed").isTrue();
        assertThat(n.get("enableDualSubnetNetwork").asBoolean()).isFalse();
        readNetworkMetadata(tenant, id);
        return n;
    }

    @Test
    void applyRefreshChangeAndDestroyAsTerraformDoes() {
        // terraform apply: Create posts, follows the task, reads the network at the task Owner's URN, then Read
        TfNetworkCalls.org(tenant, "acme");
        String id = awaitTask(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks/", isolated("nsxt-isolated 1",
                "My isolated Org VDC network backed by NSX-T", "1.1.1.10", "1.1.1.20", "1.1.1.100", "1.1.1.103")));
        assertThat(id).startsWith("urn:vcloud:network:");
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).status).isEqualTo(200);
        JsonNode created = read(id);
        assertThat(created.get("name").asText()).isEqualTo("nsxt-isolated 1");
        assertThat(created.get("description").asText()).isEqualTo("My isolated Org VDC network backed by NSX-T");
        assertThat(pools(created)).containsExactly("1.1.1.10-1.1.1.20", "1.1.1.100-1.1.1.103");

        // terraform plan/apply refresh: Read again, nothing changed
        assertThat(pools(read(id))).containsExactly("1.1.1.10-1.1.1.20", "1.1.1.100-1.1.1.103");

        // a change of the example (description, a third pool): the network by id, the PUT, its task, the GET after
        assertThat(byId(id).status).isEqualTo(200);
        ObjectNode changed = isolated("nsxt-isolated 1", "changed by terraform", "1.1.1.10", "1.1.1.20", "1.1.1.100",
                "1.1.1.103", "1.1.1.200", "1.1.1.201");
        ObjectNode withId = object().put("id", id);
        withId.setAll(changed);
        assertThat(awaitTask(tenant, send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, withId))).isEqualTo(id);
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).json().get("description").asText())
                .isEqualTo("changed by terraform");
        JsonNode after = read(id);
        assertThat(pools(after)).containsExactly("1.1.1.10-1.1.1.20", "1.1.1.100-1.1.1.103", "1.1.1.200-1.1.1.201");
        assertThat(after.get("guestVlanTaggingAllowed").asBoolean()).isTrue();

        // terraform destroy: the network by id, then DELETE and its task
        assertThat(byId(id).status).isEqualTo(200);
        awaitTask(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, null));
        // the next refresh: a 403 is what OpenApiGetItem turns into ErrorEntityNotFound, and Read forgets the id
        Http.Res gone = byId(id);
        assertThat(gone.status).isEqualTo(403);
        assertThat(gone.json().get("minorErrorCode").asText()).isNotEmpty();
    }

    @Test
    void guestVlanTaggingIsKeptAsSetAndShownOnTheApiFaceToo() {
        ObjectNode body = isolated("vlan-off", "", "10.9.0.10", "10.9.0.20");
        ((ObjectNode) body.get("subnets").get("values").get(0)).put("gateway", "10.9.0.1");
        body.put("guestVlanTaggingAllowed", false);
        String id = awaitTask(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks/", body));
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).json().get("guestVlanTaggingAllowed").asBoolean())
                .isFalse();
        ObjectNode on = (ObjectNode) get(tenant, V1 + "/orgVdcNetworks/" + id).json();
        on.put("guestVlanTaggingAllowed", true);
        awaitTask(tenant, send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, on));
        Http.Res api = tenant.get("/api/network/" + TfNetworkCalls.uuid(id));
        assertThat(api.child("Configuration").getElementsByTagNameNS(Http.NS, "GuestVlanAllowed").item(0)
                .getTextContent()).isEqualTo("true");
        awaitTask(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, null));
    }

    @Test
    void aSecondApplyOfTheSameNameOrAChangedGatewayIsRefusedWithTheCloudApiError() {
        String id = awaitTask(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks/", isolated("twice", "",
                "1.1.1.10", "1.1.1.11")));
        Http.Res again = send(tenant, "POST", V1 + "/orgVdcNetworks/", isolated("twice", "", "1.1.1.12",
                "1.1.1.13"));
        assertThat(again.status).as(again.body).isEqualTo(400);
        assertThat(again.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        ObjectNode moved = isolated("twice", "", "1.1.1.10", "1.1.1.11");
        ((ObjectNode) moved.get("subnets").get("values").get(0)).put("gateway", "1.1.2.1");
        Http.Res refused = send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, moved);
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(read(id).get("subnets").get("values").get(0).get("gateway").asText()).isEqualTo("1.1.1.1");
        awaitTask(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, null));
    }
}
