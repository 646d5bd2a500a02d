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
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
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

    /**
     * A PUT gives an external network other subnets (go-vcloud-director's ExternalNetworkV2.Update, pyvcloud's
     * add_subnet and add_ip_range on /api): added, their ranges changed; never what an edge gateway holds.
     */
    @Test
    void anExternalNetworksPutChangesItsSubnetsButNotWhatAnEdgeHolds() {
        String vc = get(admin, V1 + "/virtualCenters").json().get("values").get(0).get("vcId").asText();
        String moref = admin.get("/api/query?type=portgroup&format=records&filter=name==dvpg-external-3")
                .children("PortgroupRecord").get(0).getAttribute("moref");
        String name = "subnets-" + UUID.randomUUID().toString().substring(0, 8);
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks/", "{\"name\":\"" + name
                + "\",\"subnets\":{\"values\":[" + subnet("1.1.1.1", "1.1.1.3", "1.1.1.50") + "]},\"networkBackings\":"
                + "{\"values\":[{\"backingId\":\"" + moref + "\",\"backingTypeValue\":\"DV_PORTGROUP\","
                + "\"networkProvider\":{\"id\":\"" + vc + "\"}}]}}"));
        com.fasterxml.jackson.databind.node.ObjectNode net =
                (com.fasterxml.jackson.databind.node.ObjectNode) get(admin, V1 + "/externalNetworks/" + id).json();
        String wider = net.toString().replace("1.1.1.50", "1.1.1.100").replace("]},\"networkBackings\"",
                "," + subnet("2.2.2.1", "2.2.2.10", "2.2.2.19") + "]},\"networkBackings\"");
        awaitOwner(admin, send(admin, "PUT", V1 + "/externalNetworks/" + id, wider));
        JsonNode subnets = get(admin, V1 + "/externalNetworks/" + id).json().get("subnets").get("values");
        assertThat(subnets).hasSize(2);
        assertThat(subnets.get(0).get("totalIpCount").asInt()).isEqualTo(98);
        assertThat(subnets.get(1).get("gateway").asText()).isEqualTo("2.2.2.1");
        assertThat(subnets.get(1).get("totalIpCount").asInt()).isEqualTo(10);
        // one subnet twice, none, or IPv6: 400, nothing started
        String twice = net.toString().replace("]},\"networkBackings\"", "," + subnet("1.1.1.1", "1.1.1.60",
                "1.1.1.70") + "]},\"networkBackings\"");
        assertThat(send(admin, "PUT", V1 + "/externalNetworks/" + id, twice).status).isEqualTo(400);
        com.fasterxml.jackson.databind.node.ObjectNode none = net.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) none.get("subnets")).putArray("values");
        assertThat(send(admin, "PUT", V1 + "/externalNetworks/" + id, none.toString()).status).isEqualTo(400);
        assertThat(get(admin, V1 + "/externalNetworks/" + id).json().get("subnets").get("values")).hasSize(2);

        // /api: pyvcloud's add_subnet PUTs the VMWExternalNetwork with one IpScope more
        String href = admin.get("/api/query?type=externalNetwork&format=records&filter=name==" + name)
                .children("NetworkRecord").get(0).getAttribute("href");
        String xml = admin.get(href).body.replace("</IpScopes>", "<IpScope><IsInherited>false</IsInherited><Gateway>"
                + "3.3.3.1</Gateway><Netmask>255.255.255.0</Netmask><IsEnabled>true</IsEnabled><IpRanges><IpRange>"
                + "<StartAddress>3.3.3.2</StartAddress><EndAddress>3.3.3.4</EndAddress></IpRange></IpRanges></IpScope>"
                + "</IpScopes>");
        Http.Res put = admin.put(href, "application/vnd.vmware.admin.vmwexternalnet+xml", xml);
        assertThat(admin.awaitTask(put).attr("status")).as(put.body).isEqualTo("success");
        assertThat(get(admin, V1 + "/externalNetworks/" + id).json().get("subnets").get("values")).hasSize(3);
        awaitOwner(admin, send(admin, "DELETE", V1 + "/externalNetworks/" + id, ""));

        // the seeded external network's subnet holds the seeded edge's uplink: it stays
        JsonNode seeded = get(admin, V1 + "/externalNetworks?" + filter("name==vcdsim-external")).json().get("values")
                .get(0);
        String seededId = seeded.get("id").asText();
        String gateway = seeded.get("subnets").get("values").get(0).get("gateway").asText();
        com.fasterxml.jackson.databind.node.ObjectNode moved = seeded.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) moved.get("subnets")).putArray("values")
                .add(tree(subnet("10.99.99.1", "10.99.99.2", "10.99.99.9")));
        Http.Res refused = send(admin, "PUT", V1 + "/externalNetworks/" + seededId, moved.toString());
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.body).contains("in use by edge gateway");
        assertThat(get(admin, V1 + "/externalNetworks/" + seededId).json().get("subnets").get("values").get(0)
                .get("gateway").asText()).isEqualTo(gateway);
    }

    static JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A subnet of a cloudapi external network, a /24 with one IP range. */
    static String subnet(String gateway, String start, String end) {
        return "{\"gateway\":\"" + gateway + "\",\"prefixLength\":24,\"enabled\":true,\"ipRanges\":{\"values\":"
                + "[{\"startAddress\":\"" + start + "\",\"endAddress\":\"" + end + "\"}]}}";
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

        Http.Res bad = send(tenant, "POST", V1 + "/orgVdcNetworks/", body.replace("ISOLATED", "OVERLAY"));
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");

        awaitOwner(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, ""));
        assertThat(get(tenant, V1 + "/orgVdcNetworks/" + id).status).isEqualTo(403);
        assertThat(names(get(tenant, V1 + "/orgVdcNetworks?" + filter("name==" + name)).json())).isEmpty();
    }
}
