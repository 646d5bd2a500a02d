package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.CloudApiVdcGroupFirewallGroupTest.unique;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NSX-T edge gateway moved into a VDC group of its VDC and back, as go-vcloud-director's
 * NsxtEdgeGateway.MoveToVdcOrVdcGroup sends it (the edge PUT with {@code ownerRef} the group and {@code orgVdc}
 * cleared) and Org.GetNsxtEdgeGatewayByNameAndOwnerId / VdcGroup.GetNsxtEdgeGatewayByName find it
 * ({@code ownerRef.id==} filter); Test_NsxtEdgeVdcGroup and Test_NsxtIpSet do this.
 */
class CloudApiEdgeVdcGroupTest {
    static final String EDGES = V1 + "/edgeGateways";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static String orgHref;
    static String pvdc;
    static String nsxtVdc;
    static String external;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        pvdc = CloudApiVdcGroupTest.nsxtProviderVdc(admin, "egv-pvdc");
        nsxtVdc = CloudApiVdcGroupTest.vdc(admin, orgHref, "egv-nsxt", pvdc);
        external = NsxtServiceCalls.tier0Network(admin, "tier0-2", "10.57.0");
    }

    private static String group(String name, String... vdcs) {
        return CloudApiVdcGroupTest.group(admin, orgHref, name, vdcs);
    }

    /** The edge as read, with ownerRef set to {@code owner} and orgVdc cleared, PUT back. */
    private static Http.Res move(String edge, String owner) {
        ObjectNode e = (ObjectNode) get(admin, EDGES + "/" + edge).json();
        e.putObject("ownerRef").put("id", owner);
        e.remove("orgVdc");
        return send(admin, "PUT", EDGES + "/" + edge, e.toString());
    }

    @Test
    void anEdgeMovesIntoAVdcGroupOfItsVdcIsFoundThereAndMovesBack() {
        String name = unique("egv-edge");
        String edge = NsxtServiceCalls.edge(admin, name, nsxtVdc, external, "10.57.0.1");
        String group = group(unique("egv-group"), nsxtVdc);

        awaitOwner(admin, move(edge, group));
        JsonNode moved = get(admin, EDGES + "/" + edge).json();
        assertThat(moved.get("ownerRef").get("id").asText()).isEqualTo(group);
        assertThat(moved.get("ownerRef").get("name").asText()).startsWith("egv-group-");
        assertThat(moved.has("orgVdc")).as("an edge in a group has no orgVdc").isFalse();
        assertThat(moved.get("edgeGatewayUplinks").get(0).get("uplinkId").asText()).isEqualTo(external);
        assertThat(names(get(admin, EDGES + "?" + filter("ownerRef.id==" + group + ";name==" + name)).json()))
                .containsExactly(name);
        assertThat(names(get(admin, EDGES + "?" + filter("ownerRef.id==" + nsxtVdc + ";name==" + name)).json()))
                .isEmpty();

        // the group keeps what its edge stands on
        refused(send(admin, "DELETE", V1 + "/vdcGroups/" + group, ""),
                400, "BAD_REQUEST");

        awaitOwner(admin, move(edge, nsxtVdc));
        JsonNode back = get(admin, EDGES + "/" + edge).json();
        assertThat(back.get("ownerRef").get("id").asText()).isEqualTo(nsxtVdc);
        assertThat(back.get("orgVdc").get("id").asText()).isEqualTo(nsxtVdc);
        assertThat(names(get(admin, EDGES + "?" + filter("ownerRef.id==" + nsxtVdc + ";name==" + name)).json()))
                .containsExactly(name);
    }

    @Test
    void anEdgeMovesOnlyIntoAGroupOfItsVdcAndNeverToAnotherVdc() {
        String edge = NsxtServiceCalls.edge(admin, unique("egv-edge"), nsxtVdc, external, "10.57.0.1");
        String otherVdc = CloudApiVdcGroupTest.vdc(admin, orgHref, unique("egv-other"), pvdc);
        String otherGroup = group(unique("egv-other-group"), otherVdc);
        refused(move(edge, otherGroup), 400, "BAD_REQUEST");
        refused(move(edge, otherVdc), 400, "BAD_REQUEST");
        assertThat(get(admin, EDGES + "/" + edge).json().get("ownerRef").get("id").asText()).isEqualTo(nsxtVdc);
    }

    @Test
    void aForcedGroupDeletionHandsTheEdgeBackToItsVdc() {
        String edge = NsxtServiceCalls.edge(admin, unique("egv-edge"), nsxtVdc, external, "10.57.0.1");
        String group = group(unique("egv-group"), nsxtVdc);
        awaitOwner(admin, move(edge, group));
        awaitOwner(admin, send(admin, "DELETE", V1 + "/vdcGroups/" + group + "?force=true", ""));
        JsonNode back = get(admin, EDGES + "/" + edge).json();
        assertThat(back.get("ownerRef").get("id").asText()).isEqualTo(nsxtVdc);
        assertThat(back.get("orgVdc").get("id").asText()).isEqualTo(nsxtVdc);
    }
}
