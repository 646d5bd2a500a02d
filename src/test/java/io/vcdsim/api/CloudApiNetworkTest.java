package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cloudapi's externalNetworks and orgVdcNetworks, as go-vcloud-director's external_network_v2.go and
 * openapi_org_network.go use them: 202 with the task in Location, the new object's URN in the task's Owner.
 */
class CloudApiNetworkTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcUrn;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        vdcUrn = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("id");
    }

    /** Waits for the task a 202 names in Location and gives the URN of what it made, from the task's Owner. */
    static String awaitOwner(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        String task = accepted.header("Location");
        assertThat(task).contains("/api/task/");
        Http.Res done = who.awaitTask(who.get(task));
        assertThat(done.attr("status")).as(done.body).isEqualTo("success");
        return done.child("Owner").getAttribute("id");
    }

    @Test
    void anExternalNetworkIsMadeOnTheVCentersPortGroupRenamedAndDeleted() {
        String vc = get(admin, V1 + "/virtualCenters").json().get("values").get(0).get("vcId").asText();
        String moref = admin.get("/api/query?type=portgroup&format=records&filter=name==dvpg-external-4;"
                + "portgroupType==DV_PORTGROUP").children("PortgroupRecord").get(0).getAttribute("moref");
        String name = "extv2-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"description\":\"\",\"subnets\":{\"values\":[{\"gateway\":\"1.1.1.1\","
                + "\"prefixLength\":24,\"dnsSuffix\":\"\",\"dnsServer1\":\"\",\"dnsServer2\":\"\",\"ipRanges\":"
                + "{\"values\":[{\"startAddress\":\"1.1.1.3\",\"endAddress\":\"1.1.1.50\"}]},\"enabled\":true}]},"
                + "\"networkBackings\":{\"values\":[{\"backingId\":\"" + moref + "\",\"backingTypeValue\":"
                + "\"DV_PORTGROUP\",\"networkProvider\":{\"id\":\"" + vc + "\"}}]}}";
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks/", body));
        assertThat(id).startsWith("urn:vcloud:network:");

        JsonNode net = get(admin, V1 + "/externalNetworks/" + id).json();
        assertThat(net.get("name").asText()).isEqualTo(name);
        JsonNode subnet = net.get("subnets").get("values").get(0);
        assertThat(subnet.get("prefixLength").asInt()).isEqualTo(24);
        assertThat(subnet.get("totalIpCount").asInt()).isEqualTo(48);
        JsonNode backing = net.get("networkBackings").get("values").get(0);
        assertThat(backing.get("backingId").asText()).isEqualTo(moref);
        assertThat(backing.get("networkProvider").get("id").asText()).isEqualTo(vc);
        // one object, two faces: /api shows it with the same URN
        String href = admin.get("/api/query?type=externalNetwork&format=records&filter=name==" + name)
                .children("NetworkRecord").get(0).getAttribute("href");
        assertThat(admin.get(href).attr("id")).isEqualTo(id);
        assertThat(names(get(admin, V1 + "/externalNetworks?" + filter("name==" + name)).json()))
                .containsExactly(name);
        assertThat(get(tenant, V1 + "/externalNetworks/" + id).status).isEqualTo(403);

        ((com.fasterxml.jackson.databind.node.ObjectNode) net).put("name", name + "-changed");
        assertThat(awaitOwner(admin, send(admin, "PUT", V1 + "/externalNetworks/" + id, net.toString())))
                .isEqualTo(id);
        assertThat(get(admin, V1 + "/externalNetworks/" + id).json().get("name").asText())
                .isEqualTo(name + "-changed");

        awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + id, ""));
        // go-vcloud-director takes a 403 for "not found"
        assertThat(get(admin, V1 + "/externalNetworks/" + id).status).isEqualTo(403);
    }

    @Test
    void anIsolatedOrgVdcNetworkIsMadeFoundChangedAndDeletedInItsVdc() {
        String name = "iso-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"description\":\"made on the cloudapi\",\"networkType\":\"ISOLATED\","
                + "\"ownerRef\":{\"id\":\"" + vdcUrn + "\"},\"subnets\":{\"values\":[{\"gateway\":\"10.40.0.1\","
                + "\"prefixLength\":24,\"dnsServer1\":\"8.8.8.8\",\"dnsServer2\":\"\",\"dnsSuffix\":\"\","
                + "\"ipRanges\":{\"values\":[{\"startAddress\":\"10.40.0.10\",\"endAddress\":\"10.40.0.19\"}]}}]},"
                + "\"parentNetworkId\":null,\"guestVlanTaggingAllowed\":null,\"totalIpCount\":null,\"usedIpCount\":null}";
        String id = awaitOwner(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks/", body));

        JsonNode net = get(tenant, V1 + "/orgVdcNetworks/" + id + "?" + filter("ownerRef.id==" + vdcUrn)).json();
        assertThat(net.get("networkType").asText()).isEqualTo("ISOLATED");
        assertThat(net.get("ownerRef").get("id").asText()).isEqualTo(vdcUrn);
        assertThat(net.get("subnets").get("values").get(0).get("dnsServer1").asText()).isEqualTo("8.8.8.8");
        assertThat(net.get("status").asText()).isEqualTo("REALIZED");
        // GetOrgVdcNetworkByName in a VDC: name and owner, exactly one
        JsonNode page = get(tenant, V1 + "/orgVdcNetworks/?" + filter("name==" + name + ";ownerRef.id==" + vdcUrn)
                + "&pageSize=32").json();
        assertThat(names(page)).containsExactly(name);
        assertThat(names(get(tenant, V1 + "/orgVdcNetworks?" + filter("ownerRef.id==" + vdcUrn)).json()))
                .contains(name, "acme-net");
        // the /api face is the same network
        assertThat(tenant.get("/api/network/" + id.substring(id.lastIndexOf(':') + 1)).attr("name")).isEqualTo(name);

        ((com.fasterxml.jackson.databind.node.ObjectNode) net).put("description", "changed");
        assertThat(awaitOwner(tenant, send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, net.toString())))
                .isEqualTo(id);
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).json().get("description").asText()).isEqualTo("changed");

        Http.Res bad = send(tenant, "POST", V1 + "/orgVdcNetworks/", body.replace("ISOLATED", "OPAQUE"));
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");

        awaitOwner(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, ""));
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).status).isEqualTo(403);
        assertThat(names(get(tenant, V1 + "/orgVdcNetworks?" + filter("name==" + name)).json())).isEmpty();
    }
}
