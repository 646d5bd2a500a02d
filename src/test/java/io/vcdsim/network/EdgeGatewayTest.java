package io.vcdsim.network;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-V edge gateways as go-vcloud-director's system.go and edgegateway.go and pyvcloud's VDC.create_gateway make,
 * find, configure and delete them, and routed org VDC networks on them.
 */
class EdgeGatewayTest {
    static final String EDGE = "application/vnd.vmware.admin.edgeGateway+xml";
    static final String SERVICES = "application/vnd.vmware.admin.edgeGatewayServiceConfiguration+xml";
    static final String RECORDS = "application/vnd.vmware.vcloud.query.records+xml";
    static final String ORG_VDC_NETWORK = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String adminVdc;
    static String vdc;
    static String external;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        adminVdc = admin.get("/api/query?type=adminOrgVdc&format=references").children("AdminVdcReference").get(0)
                .getAttribute("href");
        vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        external = admin.get("/api/query?type=externalNetwork&format=records&filter=name==vcdsim-external")
                .children("NetworkRecord").get(0).getAttribute("href");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An uplink's subnet as both clients write it; {@code ip} and {@code ranges} may be left out. */
    static String subnet(String gateway, String ip, String ranges) {
        return "<SubnetParticipation><Gateway>" + gateway + "</Gateway><Netmask>255.255.255.0</Netmask>"
                + (ip == null ? "" : "<IpAddress>" + ip + "</IpAddress>") + (ranges == null ? "" : ranges)
                + "<UseForDefaultRoute>false</UseForDefaultRoute></SubnetParticipation>";
    }

    /** What go-vcloud-director's CreateAndConfigureEdgeGateway posts to /api/admin/vdc/{uuid}/edgeGateways. */
    static Http.Res create(Http who, String name, String network, String... subnets) {
        String uuid = adminVdc.substring(adminVdc.lastIndexOf('/') + 1);
        return who.post("/api/admin/vdc/" + uuid + "/edgeGateways", EDGE, "<EdgeGateway xmlns=\"" + Http.NS
                + "\" name=\"" + name + "\"><Description>made by a test</Description><Configuration>"
                + "<GatewayBackingConfig>compact</GatewayBackingConfig><GatewayInterfaces><GatewayInterface>"
                + "<Name>" + name + "</Name><DisplayName>" + name + "</DisplayName><Network href=\"" + network
                + "\" type=\"application/vnd.vmware.admin.network+xml\"/><InterfaceType>uplink</InterfaceType>"
                + String.join("", subnets) + "<UseForDefaultRoute>true</UseForDefaultRoute></GatewayInterface>"
                + "</GatewayInterfaces><EdgeGatewayServiceConfiguration/><HaEnabled>false</HaEnabled>"
                + "<UseDefaultRouteForDnsRelay>true</UseDefaultRouteForDnsRelay><AdvancedNetworkingEnabled>true"
                + "</AdvancedNetworkingEnabled><DistributedRoutingEnabled>false</DistributedRoutingEnabled>"
                + "</Configuration></EdgeGateway>");
    }

    static List<Element> all(Element under, String localName) {
        NodeList found = under.getElementsByTagNameNS(Http.NS, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            out.add((Element) found.item(i));
        }
        return out;
    }

    static String text(Element under, String localName) {
        List<Element> found = all(under, localName);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** The edge's record in the VDC's edgeGateways list, which pyvcloud's list_edge_gateways reads. */
    static Element record(String name) {
        for (Element r : admin.get(admin.get(adminVdc).link("edgeGateways", RECORDS)).children("EdgeGatewayRecord")) {
            if (r.getAttribute("name").equals(name)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void anEdgeTakesItsAddressesFromTheExternalNetworksPool() {
        String name = unique("edge");
        Http.Res created = create(admin, name, external, subnet("10.150.0.1", "10.150.0.150",
                "<IpRanges><IpRange><StartAddress>10.150.0.160</StartAddress><EndAddress>10.150.0.169</EndAddress>"
                        + "</IpRange></IpRanges>"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("operationName"))
                .isEqualTo("networkEdgeGatewayCreate");
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");

        Http.Res edge = admin.get(created.attr("href"));
        assertThat(edge.attr("status")).isEqualTo("1");
        assertThat(edge.attr("id")).startsWith("urn:vcloud:gateway:");
        assertThat(edge.attr("type")).isEqualTo(EDGE);
        Element uplink = all(edge.root(), "GatewayInterface").get(0);
        assertThat(text(uplink, "Name")).isEqualTo("vcdsim-external");
        assertThat(text(uplink, "InterfaceType")).isEqualTo("uplink");
        assertThat(text(uplink, "IpAddress")).isEqualTo("10.150.0.150");
        assertThat(text(uplink, "StartAddress")).isEqualTo("10.150.0.160");
        // the uplink routes by default, so its one subnet does
        assertThat(all(uplink, "SubnetParticipation").get(0).getElementsByTagNameNS(Http.NS, "UseForDefaultRoute")
                .item(0).getTextContent()).isEqualTo("true");
        for (String flag : List.of("HaEnabled", "UseDefaultRouteForDnsRelay", "AdvancedNetworkingEnabled",
                "DistributedRoutingEnabled")) {
            assertThat(text(edge.root(), flag)).as(flag).isNotNull();
        }
        assertThat(text(edge.root(), "DefaultAction")).as("a new edge's firewall drops").isEqualTo("drop");
        Element record = record(name);
        assertThat(record.getAttribute("href")).isEqualTo(created.attr("href"));
        assertThat(record.getAttribute("numberOfExtNetworks")).isEqualTo("1");
        assertThat(admin.get("/api/query?type=edgeGateway&format=records&filterEncoded=true&filter=orgVdcName=="
                + "acme-vdc").children("EdgeGatewayRecord")).extracting(e -> e.getAttribute("name")).contains(name);

        // an address goes to one uplink; one left out is the pool's first free one, outside what is set aside
        Http.Res taken = create(admin, unique("edge"), external, subnet("10.150.0.1", "10.150.0.150", null));
        assertThat(taken.status).as(taken.body).isEqualTo(400);
        Http.Res inRange = create(admin, unique("edge"), external, subnet("10.150.0.1", "10.150.0.165", null));
        assertThat(inRange.status).isEqualTo(400);
        String second = unique("edge");
        Http.Res next = create(admin, second, external, subnet("10.150.0.1", null, null));
        assertThat(next.status).as(next.body).isEqualTo(201);
        assertThat(text(next.root(), "IpAddress")).isEqualTo("10.150.0.101"); // .100 is the seeded edge's
        assertThat(create(admin, name, external, subnet("10.150.0.1", null, null)).root()
                .getAttribute("minorErrorCode")).isEqualTo("DUPLICATE_NAME");
        assertThat(create(tenant, unique("edge"), external, subnet("10.150.0.1", null, null)).status)
                .isEqualTo(403);
        String twice = adminVdc.substring(adminVdc.lastIndexOf('/') + 1);
        String onExternal = "<GatewayInterface><Network href=\"" + external + "\"/><InterfaceType>uplink"
                + "</InterfaceType></GatewayInterface>";
        Http.Res sameNetworkTwice = admin.post("/api/admin/vdc/" + twice + "/edgeGateways", EDGE,
                "<EdgeGateway xmlns=\"" + Http.NS + "\" name=\"" + unique("edge") + "\"><Configuration><GatewayInterfaces>" + onExternal + onExternal
                + "</GatewayInterfaces></Configuration></EdgeGateway>");
        assertThat(sameNetworkTwice.status).isEqualTo(400);

        // a tenant's PUT may rename, not flip the provider's switches
        Http.Res flipped = tenant.put(edge.link("edit", EDGE), EDGE, edge.body.replace(
                "<HaEnabled>false</HaEnabled>", "<HaEnabled>true</HaEnabled>"));
        assertThat(flipped.status).isEqualTo(403);
        // go-vcloud-director's Update: the whole edge, renamed
        Http.Res renamed = admin.put(edge.link("edit", EDGE), EDGE, edge.body.replace("name=\"" + name + "\"",
                "name=\"" + name + "-2\""));
        assertThat(admin.awaitTask(renamed).attr("status")).isEqualTo("success");
        assertThat(record(name + "-2")).isNotNull();

        for (String href : List.of(created.attr("href"), next.attr("href"))) {
            assertThat(admin.awaitTask(admin.delete(href)).attr("status")).isEqualTo("success");
            assertThat(admin.get(href).status).isEqualTo(403);
        }
        assertThat(record(name + "-2")).isNull();
        // the addresses are free again
        Http.Res again = create(admin, unique("edge"), external, subnet("10.150.0.1", "10.150.0.150", null));
        assertThat(admin.awaitTask(again).attr("status")).isEqualTo("success");
        admin.awaitTask(admin.delete(again.attr("href")));
    }

    /** An external network on a free port group whose one subnet ({@code net}.1/24) has one address, .5. */
    static Http.Res tinyNetwork(String net) {
        String ext = "application/vnd.vmware.admin.vmwexternalnet+xml";
        String moref = admin.get("/api/query?type=portgroup&format=records&filter=networkName==--;portgroupType=="
                + "NETWORK").children("PortgroupRecord").get(0).getAttribute("moref");
        Http.Res tiny = admin.post(admin.get("/api/admin/extension").link("add", ext), ext, "<vmext:VMWExternalNetwork "
                + "xmlns:vmext=\"http://www.vmware.com/vcloud/extension/v1.5\" xmlns=\"" + Http.NS + "\" name=\""
                + unique("tiny") + "\"><Configuration><IpScopes><IpScope><Gateway>" + net + ".1</Gateway><Netmask>"
                + "255.255.255.0</Netmask><IpRanges><IpRange><StartAddress>" + net + ".5</StartAddress><EndAddress>"
                + net + ".5</EndAddress></IpRange></IpRanges></IpScope></IpScopes></Configuration>"
                + "<vmext:VimPortGroupRefs><vmext:VimObjectRef><vmext:MoRef>" + moref + "</vmext:MoRef>"
                + "</vmext:VimObjectRef></vmext:VimPortGroupRefs></vmext:VMWExternalNetwork>");
        assertThat(admin.awaitTask(tiny).attr("status")).isEqualTo("success");
        return tiny;
    }

    /**
     * pyvcloud's VDC.create_gateway sends an uplink without SubnetParticipation unless asked for IP settings, and
     * its ExternalNetwork.list_allocated_ip_address then reads the edge's address from it: the uplink takes part in
     * its network's subnet with the first free address, and without one left it stays without a subnet.
     */
    @Test
    void anUplinkNamingNoSubnetTakesTheFirstFreeAddressOfEachSubnet() {
        Http.Res tiny = tinyNetwork("10.62.0");
        Http.Res first = create(admin, unique("edge"), tiny.attr("href"));
        assertThat(first.status).as(first.body).isEqualTo(201);
        admin.awaitTask(first);
        Element subnet = all(admin.get(first.attr("href")).root(), "SubnetParticipation").get(0);
        assertThat(text(subnet, "Gateway")).isEqualTo("10.62.0.1");
        assertThat(text(subnet, "IpAddress")).isEqualTo("10.62.0.5");
        assertThat(text(subnet, "UseForDefaultRoute")).isEqualTo("true");
        Http.Res second = create(admin, unique("edge"), tiny.attr("href"));
        assertThat(second.status).as(second.body).isEqualTo(201);
        admin.awaitTask(second);
        assertThat(all(admin.get(second.attr("href")).root(), "SubnetParticipation")).isEmpty();
        admin.awaitTask(admin.delete(first.attr("href")));
        admin.awaitTask(admin.delete(second.attr("href")));
        assertThat(admin.awaitTask(admin.delete(tiny.attr("href"))).attr("status")).isEqualTo("success");
    }

    /**
     * pyvcloud's Gateway.add_sub_allocated_ip_pools and remove_sub_allocated_ip_pools PUT the edge read back with
     * IpRanges added to or removed from its uplink subnet; the primary address stays outside them.
     */
    @Test
    void aPutOfTheEdgeSetsItsSubAllocatedPools() {
        Http.Res created = create(admin, unique("edge"), external, subnet("10.150.0.1", null, null));
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
        String href = created.attr("href");
        String read = admin.get(href).body;
        String ip = text(all(admin.get(href).root(), "SubnetParticipation").get(0), "IpAddress");
        String withPool = read.replace("<IpAddress>" + ip + "</IpAddress>", "<IpAddress>" + ip + "</IpAddress>"
                + "<IpRanges><IpRange><StartAddress>10.150.0.180</StartAddress><EndAddress>10.150.0.185</EndAddress>"
                + "</IpRange></IpRanges>");
        assertThat(admin.awaitTask(admin.put(href, EDGE, withPool)).attr("status")).isEqualTo("success");
        Element subnet = all(admin.get(href).root(), "SubnetParticipation").get(0);
        assertThat(text(subnet, "IpAddress")).isEqualTo(ip);
        assertThat(text(subnet, "StartAddress")).isEqualTo("10.150.0.180");
        assertThat(text(subnet, "EndAddress")).isEqualTo("10.150.0.185");
        // another edge cannot take them, and the edge read back without them lets them go
        Http.Res overlapping = create(admin, unique("edge"), external, subnet("10.150.0.1", "10.150.0.182", null));
        assertThat(overlapping.status).isEqualTo(400);
        assertThat(admin.awaitTask(admin.put(href, EDGE, read)).attr("status")).isEqualTo("success");
        assertThat(all(admin.get(href).root(), "IpRanges")).isEmpty();
        admin.awaitTask(admin.delete(href));
    }

    @Test
    void aUsedUpPoolIsSaidSo() {
        Http.Res tiny = tinyNetwork("10.60.0");
        Http.Res first = create(admin, unique("edge"), tiny.attr("href"), subnet("10.60.0.1", null, null));
        assertThat(text(first.root(), "IpAddress")).isEqualTo("10.60.0.5");
        Http.Res none = create(admin, unique("edge"), tiny.attr("href"), subnet("10.60.0.1", null, null));
        assertThat(none.status).isEqualTo(400);
        assertThat(none.root().getAttribute("message")).contains("No IP address is free");
        Http.Res wrongSubnet = create(admin, unique("edge"), tiny.attr("href"), subnet("10.61.0.1", null, null));
        assertThat(wrongSubnet.status).isEqualTo(400);
        // the network stays while an edge has an uplink on it
        assertThat(admin.awaitTask(admin.delete(tiny.attr("href"))).attr("status")).isEqualTo("error");
        admin.awaitTask(admin.delete(first.attr("href")));
        assertThat(admin.awaitTask(admin.delete(tiny.attr("href"))).attr("status")).isEqualTo("success");
    }

    @Test
    void aRoutedNetworkIsAnInterfaceOfItsEdge() {
        Element seeded = record("acme-edge");
        String edgeHref = seeded.getAttribute("href");
        String name = unique("routed");
        Http.Res created = tenant.post(tenant.get(vdc).link("add", ORG_VDC_NETWORK), ORG_VDC_NETWORK,
                "<OrgVdcNetwork xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Configuration><IpScopes><IpScope>"
                        + "<IsInherited>false</IsInherited><Gateway>10.70.0.1</Gateway><Netmask>255.255.255.0</Netmask>"
                        + "</IpScope></IpScopes><FenceMode>natRouted</FenceMode><SubInterface>true</SubInterface>"
                        + "</Configuration><EdgeGateway href=\"" + edgeHref + "\"/><IsShared>false</IsShared>"
                        + "</OrgVdcNetwork>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Http.Res net = tenant.get(created.attr("href"));
        assertThat(text(net.root(), "SubInterface")).isEqualTo("true");
        assertThat(net.child("EdgeGateway")).as("vCD leaves it out of a network's view").isNull();

        Http.Res edge = tenant.get(edgeHref);
        Element internal = all(edge.root(), "GatewayInterface").stream()
                .filter(i -> name.equals(text(i, "Name"))).findFirst().orElseThrow();
        assertThat(text(internal, "InterfaceType")).isEqualTo("internal");
        assertThat(text(internal, "IpAddress")).isEqualTo("10.70.0.1");
        Element record = tenant.get("/api/query?type=orgVdcNetwork&format=records&filter=name==" + name)
                .children("OrgVdcNetworkRecord").get(0);
        assertThat(record.getAttribute("linkType")).isEqualTo("1");
        assertThat(record.getAttribute("connectedTo")).isEqualTo("acme-edge");
        String urn = net.attr("id");
        var json = tenant.version("37.1").send(tenant.cloud("/cloudapi/1.0.0/orgVdcNetworks/" + urn).GET()).json();
        assertThat(json.get("networkType").asText()).isEqualTo("NAT_ROUTED");
        assertThat(json.get("connection").get("routerRef").get("id").asText()).isEqualTo(edge.attr("id"));

        // pyvcloud's convert_to_*_interface; a distributed interface needs the edge's distributed router
        String distributed = "orgVdcNetwork:convertToDistributedInterface";
        assertThat(tenant.awaitTask(tenant.post(net.link(distributed, null), null, null)).attr("status"))
                .as("the edge has no distributed routing yet").isEqualTo("error");
        Http.Res seededEdge = admin.get(edgeHref);
        assertThat(admin.awaitTask(admin.post(seededEdge.link("edgeGateway:enableDistributedRouting", null), null,
                null)).attr("status")).isEqualTo("success");
        assertThat(record("acme-edge").getAttribute("distributedRoutingEnabled")).isEqualTo("true");
        assertThat(tenant.awaitTask(tenant.post(net.link(distributed, null), null, null)).attr("status"))
                .isEqualTo("success");
        assertThat(text(tenant.get(created.attr("href")).root(), "DistributedInterface")).isEqualTo("true");
        assertThat(admin.awaitTask(admin.post(admin.get(edgeHref).link("edgeGateway:disableDistributedRouting",
                null), null, null)).attr("status")).as("not under a distributed network").isEqualTo("error");
        assertThat(tenant.awaitTask(tenant.post(net.link("orgVdcNetwork:convertToInternalInterface", null), null,
                null)).attr("status")).isEqualTo("success");
        assertThat(admin.awaitTask(admin.post(admin.get(edgeHref).link("edgeGateway:disableDistributedRouting",
                null), null, null)).attr("status")).isEqualTo("success");

        // the edge stays while the network is on it
        Http.Res refused = admin.awaitTask(admin.delete(edgeHref));
        assertThat(refused.attr("status")).isEqualTo("error");
        assertThat(refused.child("Error").getAttribute("message")).contains(name);
        assertThat(tenant.awaitTask(tenant.delete(net.link("remove", null))).attr("status")).isEqualTo("success");
        assertThat(all(tenant.get(edgeHref).root(), "GatewayInterface")).extracting(i -> text(i, "Name"))
                .doesNotContain(name);
        Http.Res unknownEdge = tenant.post(tenant.get(vdc).link("add", ORG_VDC_NETWORK), ORG_VDC_NETWORK,
                "<OrgVdcNetwork xmlns=\"" + Http.NS + "\" name=\"" + unique("routed") + "\"><Configuration><IpScopes>"
                        + "<IpScope><Gateway>10.71.0.1</Gateway><Netmask>255.255.255.0</Netmask></IpScope></IpScopes>"
                        + "<FenceMode>natRouted</FenceMode></Configuration><EdgeGateway href=\"" + vcd.httpUrl()
                        + "/api/admin/edgeGateway/" + UUID.randomUUID() + "\"/></OrgVdcNetwork>");
        assertThat(unknownEdge.status).isEqualTo(400);
    }

    @Test
    void configuringServicesReplacesThoseSentAndNumbersTheirRules() {
        String edgeHref = record("acme-edge").getAttribute("href");
        Http.Res edge = tenant.get(edgeHref);
        String network = tenant.get("/api/query?type=orgVdcNetwork&format=records&filter=name==acme-net")
                .children("OrgVdcNetworkRecord").get(0).getAttribute("href").replace("/api/admin/", "/api/");
        // what go-vcloud-director's AddNATRule sends: the NAT service only, the rule without an Id
        Http.Res configured = tenant.post(edge.link("edgeGateway:configureServices", SERVICES), SERVICES,
                "<EdgeGatewayServiceConfiguration xmlns=\"" + Http.NS + "\"><NatService><IsEnabled>true</IsEnabled>"
                        + "<NatRule><RuleType>DNAT</RuleType><IsEnabled>true</IsEnabled><GatewayNatRule>"
                        + "<Interface href=\"" + network + "\"/><OriginalIp>10.150.0.100</OriginalIp><OriginalPort>80</OriginalPort>"
                        + "<TranslatedIp>192.168.100.10</TranslatedIp><TranslatedPort>8080</TranslatedPort><Protocol>"
                        + "TCP</Protocol></GatewayNatRule></NatRule></NatService></EdgeGatewayServiceConfiguration>");
        assertThat(configured.status).as(configured.body).isEqualTo(202);
        assertThat(tenant.awaitTask(configured).attr("status")).isEqualTo("success");
        Element services = all(tenant.get(edgeHref).root(), "EdgeGatewayServiceConfiguration").get(0);
        Element rule = all(services, "NatRule").get(0);
        assertThat(text(rule, "Id")).isEqualTo("65537");
        assertThat(text(rule, "Protocol")).isEqualTo("tcp");
        Element on = all(rule, "Interface").get(0);
        assertThat(on.getAttribute("name")).isEqualTo("acme-net");
        assertThat(on.getAttribute("href")).startsWith(vcd.httpUrl() + "/api/admin/network/");
        assertThat(text(services, "DefaultAction")).as("the firewall was not sent, so it stays").isEqualTo("drop");

        // a rule applies on one of the edge's own networks: not on one it does not route, nor on none
        String type = ORG_VDC_NETWORK;
        Http.Res isolated = tenant.post(tenant.get(vdc).link("add", type), type, "<OrgVdcNetwork xmlns=\"" + Http.NS
                + "\" name=\"" + unique("iso") + "\"><Configuration><IpScopes><IpScope><Gateway>10.72.0.1</Gateway>"
                + "<Netmask>255.255.255.0</Netmask></IpScope></IpScopes><FenceMode>isolated</FenceMode>"
                + "</Configuration></OrgVdcNetwork>");
        tenant.awaitTask(isolated);
        for (String elsewhere : List.of(isolated.attr("href"), vcd.httpUrl() + "/api/network/" + UUID.randomUUID())) {
            Http.Res bad = tenant.post(edge.link("edgeGateway:configureServices", SERVICES), SERVICES,
                    "<EdgeGatewayServiceConfiguration xmlns=\"" + Http.NS + "\"><NatService><NatRule><GatewayNatRule>"
                            + "<Interface href=\"" + elsewhere + "\"/></GatewayNatRule></NatRule></NatService>"
                            + "</EdgeGatewayServiceConfiguration>");
            assertThat(bad.status).as(elsewhere).isEqualTo(400);
        }
        Http.Res off = tenant.post(edge.link("edgeGateway:configureServices", SERVICES), SERVICES,
                "<EdgeGatewayServiceConfiguration xmlns=\"" + Http.NS + "\"><NatService><IsEnabled>false</IsEnabled>"
                        + "</NatService></EdgeGatewayServiceConfiguration>");
        assertThat(tenant.awaitTask(off).attr("status")).isEqualTo("success");
        assertThat(all(tenant.get(edgeHref).root(), "NatRule")).isEmpty();
    }
}
