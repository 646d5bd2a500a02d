package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Isolated org VDC networks with an IPv6 subnet, one object on two faces: {@code /api} (an OrgVdcNetwork whose
 * IpScope has a Gateway and SubnetPrefixLength, no Netmask) and the cloudapi ({@code orgVdcNetworks} subnets with an
 * IPv6 gateway and prefixLength, go-vcloud-director's types.OpenApiOrgVdcNetwork). Addresses are answered in the
 * expanded form vCD writes.
 */
class OrgVdcNetworkIpv6Test {
    static final String ORG_VDC_NETWORK = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdc;
    static String vdcUrn;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        Element ref = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0);
        vdc = ref.getAttribute("href");
        vdcUrn = ref.getAttribute("id");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String text(Element e, String localName) {
        var found = e.getElementsByTagNameNS(Http.NS, localName);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    static String xmlScope(String gateway, String netmask, String prefix, String dns1, String start, String end) {
        return "<IpScope><IsInherited>false</IsInherited><Gateway>" + gateway + "</Gateway>"
                + (netmask == null ? "" : "<Netmask>" + netmask + "</Netmask>")
                + (prefix == null ? "" : "<SubnetPrefixLength>" + prefix + "</SubnetPrefixLength>")
                + "<Dns1>" + dns1 + "</Dns1><DnsSuffix>example.com</DnsSuffix><IpRanges><IpRange><StartAddress>"
                + start + "</StartAddress><EndAddress>" + end + "</EndAddress></IpRange></IpRanges></IpScope>";
    }

    static Http.Res createOnApi(String name, String scope) {
        return tenant.post(tenant.get(vdc).link("add", ORG_VDC_NETWORK), ORG_VDC_NETWORK, "<OrgVdcNetwork xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><Description>isolated</Description><Configuration><IpScopes>"
                + scope + "</IpScopes><FenceMode>isolated</FenceMode></Configuration><IsShared>false</IsShared>"
                + "</OrgVdcNetwork>");
    }

    static String cloudApiBody(String name, String gateway, int prefix, String dns1, String start, String end) {
        return "{\"name\":\"" + name + "\",\"description\":\"\",\"networkType\":\"ISOLATED\",\"ownerRef\":{\"id\":\""
                + vdcUrn + "\"},\"subnets\":{\"values\":[{\"gateway\":\"" + gateway + "\",\"prefixLength\":" + prefix
                + ",\"dnsServer1\":\"" + dns1 + "\",\"dnsServer2\":\"\",\"dnsSuffix\":\"\",\"ipRanges\":{\"values\":"
                + "[{\"startAddress\":\"" + start + "\",\"endAddress\":\"" + end + "\"}]}}]}}";
    }

    @Test
    void anIpv6NetworkMadeOnApiIsTheSameOnTheCloudApi() {
        String name = unique("v6-api");
        Http.Res created = createOnApi(name, xmlScope("2001:db8:10::1", null, "64", "2001:4860:4860::8888",
                "2001:db8:10::100", "2001:db8:10::1ff"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");

        Http.Res net = tenant.get(created.attr("href"));
        Element scope = (Element) net.child("Configuration").getElementsByTagNameNS(Http.NS, "IpScope").item(0);
        assertThat(text(scope, "Gateway")).isEqualTo("2001:db8:10:0:0:0:0:1");
        assertThat(text(scope, "SubnetPrefixLength")).isEqualTo("64");
        assertThat(text(scope, "Netmask")).as("IPv6 has no netmask").isNull();
        assertThat(text(scope, "Dns1")).isEqualTo("2001:4860:4860:0:0:0:0:8888");
        assertThat(text(scope, "StartAddress")).isEqualTo("2001:db8:10:0:0:0:0:100");
        assertThat(text(scope, "EndAddress")).isEqualTo("2001:db8:10:0:0:0:0:1ff");
        Element record = tenant.get("/api/query?type=orgVdcNetwork&format=records&filter=name==" + name)
                .children("OrgVdcNetworkRecord").get(0);
        assertThat(record.getAttribute("defaultGateway")).isEqualTo("2001:db8:10:0:0:0:0:1");
        assertThat(record.getAttribute("netmask")).isEmpty();

        // the cloudapi face
        String urn = net.attr("id");
        JsonNode subnet = get(tenant, V1 + "/orgVdcNetworks/" + urn).json().get("subnets").get("values").get(0);
        assertThat(subnet.get("gateway").asText()).isEqualTo("2001:db8:10:0:0:0:0:1");
        assertThat(subnet.get("prefixLength").asInt()).isEqualTo(64);
        assertThat(subnet.get("ipRanges").get("values").get(0).get("startAddress").asText())
                .isEqualTo("2001:db8:10:0:0:0:0:100");
        assertThat(subnet.get("totalIpCount").asInt()).isEqualTo(256);

        // a PUT of the whole network (its scope as read back) changes the description, the subnet stays
        String body = net.body.replace("<Description>isolated</Description>", "<Description>changed</Description>");
        Http.Res updated = tenant.put(net.link("edit", ORG_VDC_NETWORK), ORG_VDC_NETWORK, body);
        assertThat(updated.status).as(updated.body).isEqualTo(202);
        assertThat(tenant.awaitTask(updated).attr("status")).isEqualTo("success");
        Http.Res after = tenant.get(created.attr("href"));
        assertThat(text(after.root(), "Description")).isEqualTo("changed");
        assertThat(text(after.root(), "SubnetPrefixLength")).isEqualTo("64");
    }

    @Test
    void anIpv6NetworkMadeOnTheCloudApiIsTheSameOnApi() {
        String name = unique("v6-cloudapi");
        String id = awaitOwner(tenant, send(tenant, "POST", V1 + "/orgVdcNetworks/", cloudApiBody(name,
                "fd00:abcd::1", 100, "fd00:abcd::53", "fd00:abcd::10", "fd00:abcd::20")));
        JsonNode net = get(tenant, V1 + "/orgVdcNetworks/" + id).json();
        JsonNode subnet = net.get("subnets").get("values").get(0);
        assertThat(subnet.get("gateway").asText()).isEqualTo("fd00:abcd:0:0:0:0:0:1");
        assertThat(subnet.get("prefixLength").asInt()).isEqualTo(100);
        assertThat(subnet.get("dnsServer1").asText()).isEqualTo("fd00:abcd:0:0:0:0:0:53");
        assertThat(subnet.get("ipRanges").get("values").get(0).get("endAddress").asText())
                .isEqualTo("fd00:abcd:0:0:0:0:0:20");
        assertThat(net.get("totalIpCount").asInt()).isEqualTo(17);
        assertThat(names(get(tenant, V1 + "/orgVdcNetworks?" + filter("name==" + name)).json()))
                .containsExactly(name);

        Http.Res onApi = tenant.get("/api/network/" + id.substring(id.lastIndexOf(':') + 1));
        assertThat(text(onApi.root(), "Gateway")).isEqualTo("fd00:abcd:0:0:0:0:0:1");
        assertThat(text(onApi.root(), "SubnetPrefixLength")).isEqualTo("100");
        assertThat(text(onApi.root(), "Netmask")).isNull();

        // a PUT of what was read (terraform's update) keeps the subnet; another prefix length is refused
        ((ObjectNode) net).put("description", "changed");
        assertThat(awaitOwner(tenant, send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, net.toString())))
                .isEqualTo(id);
        ((ObjectNode) net.get("subnets").get("values").get(0)).put("prefixLength", 96);
        assertThat(send(tenant, "PUT", V1 + "/orgVdcNetworks/" + id, net.toString()).status).isEqualTo(400);
        awaitOwner(tenant, send(tenant, "DELETE", V1 + "/orgVdcNetworks/" + id, ""));
    }

    /** Malformed addresses, prefix lengths out of range, ranges outside the subnet, mixed families: 400s. */
    @Test
    void badIpv6SubnetsAreRefusedOnBothFaces() {
        String gw = "2001:db8:20::1";
        List<String> badXml = List.of(
                xmlScope(gw, "255.255.255.0", "64", "2001:db8:20::53", "2001:db8:20::10", "2001:db8:20::20"),
                xmlScope(gw, null, null, "2001:db8:20::53", "2001:db8:20::10", "2001:db8:20::20"),
                xmlScope(gw, null, "129", "2001:db8:20::53", "2001:db8:20::10", "2001:db8:20::20"),
                xmlScope("2001:db8:20::1::2", null, "64", "2001:db8:20::53", "2001:db8:20::10", "2001:db8:20::20"),
                xmlScope("2001:db8:20:xyz::1", null, "64", "2001:db8:20::53", "2001:db8:20::10", "2001:db8:20::20"),
                xmlScope(gw, null, "64", "2001:db8:20::53", "2001:db8:21::10", "2001:db8:21::20"),
                xmlScope(gw, null, "64", "8.8.8.8", "2001:db8:20::10", "2001:db8:20::20"),
                xmlScope(gw, null, "64", "2001:db8:20::53", "10.0.0.10", "10.0.0.20"),
                xmlScope("10.20.0.1", null, "64", "8.8.8.8", "10.20.0.10", "10.20.0.20"),
                xmlScope("10.20.0.1", "255.255.255.0", null, "2001:db8:20::53", "10.20.0.10", "10.20.0.20"));
        String name = unique("v6-bad");
        for (String scope : badXml) {
            Http.Res refused = createOnApi(name, scope);
            assertThat(refused.status).as(scope).isEqualTo(400);
            assertThat(refused.minor()).as(scope).isEqualTo("BAD_REQUEST");
        }
        List<String> badJson = List.of(
                cloudApiBody(name, gw, 129, "", "2001:db8:20::10", "2001:db8:20::20"),
                cloudApiBody(name, gw, -1, "", "2001:db8:20::10", "2001:db8:20::20"),
                cloudApiBody(name, "2001:db8:20:::1", 64, "", "2001:db8:20::10", "2001:db8:20::20"),
                cloudApiBody(name, gw, 64, "", "2001:db8:99::10", "2001:db8:99::20"),
                cloudApiBody(name, gw, 64, "1.1.1.1", "2001:db8:20::10", "2001:db8:20::20"),
                cloudApiBody(name, "10.20.0.1", 33, "", "10.20.0.10", "10.20.0.20"));
        for (String body : badJson) {
            Http.Res refused = send(tenant, "POST", V1 + "/orgVdcNetworks/", body);
            assertThat(refused.status).as(body).isEqualTo(400);
            assertThat(refused.json().get("minorErrorCode").asText()).as(body).isEqualTo("BAD_REQUEST");
        }
        assertThat(names(get(tenant, V1 + "/orgVdcNetworks?" + filter("name==" + name)).json())).isEmpty();
    }

    /** Edges take uplink addresses from external networks, simulated for IPv4 only: an IPv6 one is refused. */
    @Test
    void externalNetworksStayIpv4() {
        String vc = get(admin, V1 + "/virtualCenters").json().get("values").get(0).get("vcId").asText();
        String moref = admin.get("/api/query?type=portgroup&format=records&filter=name==dvpg-external-4;"
                + "portgroupType==DV_PORTGROUP").children("PortgroupRecord").get(0).getAttribute("moref");
        String body = "{\"name\":\"" + unique("ext6") + "\",\"subnets\":{\"values\":[{\"gateway\":\"2001:db8:30::1\","
                + "\"prefixLength\":64,\"ipRanges\":{\"values\":[{\"startAddress\":\"2001:db8:30::3\","
                + "\"endAddress\":\"2001:db8:30::50\"}]},\"enabled\":true}]},\"networkBackings\":{\"values\":"
                + "[{\"backingId\":\"" + moref + "\",\"backingTypeValue\":\"DV_PORTGROUP\",\"networkProvider\":"
                + "{\"id\":\"" + vc + "\"}}]}}";
        Http.Res refused = send(admin, "POST", V1 + "/externalNetworks/", body);
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
    }
}
