package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;

import static io.vcdsim.terraform.TfNetworkCalls.V1;
import static io.vcdsim.terraform.TfNetworkCalls.VERSION;
import static io.vcdsim.terraform.TfNetworkCalls.enc;
import static io.vcdsim.terraform.TfNetworkCalls.get;
import static io.vcdsim.terraform.TfNetworkCalls.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_edgegateway} (NSX-V), its documented example (org, VDC, compact, one external network with
 * a fixed address used for the default route) applied by the system administrator, refreshed, changed (the load
 * balancer on with logging, the firewall's default rule accepting: the resource's only updatable settings) and
 * destroyed, replayed as the provider's calls send it. Taken from terraform-provider-vcd v3.11.0
 * {@code vcd/resource_vcd_edgegateway.go} (Create, genericVcdEdgeGatewayRead, Update, Delete;
 * getGatewayInterfacesType, setEdgeGatewayValues, setLoadBalancerData, setFirewallData, updateLoadBalancer,
 * updateFirewall) and {@code vcd/config.go} (GetOrgAndVdc, GetEdgeGatewayFromResource), and from go-vcloud-director
 * v2.22.0 {@code govcd/system.go} (CreateAndConfigureEdgeGatewayAsync: the 201's edge read as a task and its
 * networkEdgeGatewayCreate task waited for; GetExternalNetworkByName), {@code govcd/vdc.go} (IsNsxt,
 * QueryEdgeGatewayList, GetEdgeGatewayByName, GetEdgeGatewayByNameOrId), {@code govcd/edgegateway.go}
 * (GetLBGeneralParams, UpdateLBGeneralParams, GetFirewallConfig, UpdateFirewallConfig: the NSX API at
 * {@code /network/edges/{id}}, which needs an advanced edge; DeleteAsync with force and recursive),
 * {@code govcd/task.go} (WaitTaskCompletion) and {@code types/v56/types.go}, {@code types/v56/nsxv_types.go}.
 */
class TfEdgeGatewayTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create().configuredBy(c -> c.withTaskDurations(
            TaskDurations.parse("PT0.1S", "networkEdgeGatewayCreate=PT1S")));
    static final String EDGE_XML = "application/vnd.vmware.admin.edgeGateway+xml";
    static Http admin;

    @BeforeAll
    static void logIn() {
        admin = TfNetworkCalls.admin(vcd.sim());
    }

    /** GetOrgAndVdc, then vdc.IsNsxt (the VDC's capabilities): the VDC, which must be NSX-V backed. */
    static Http.Res orgAndVdc() {
        Http.Res vdc = TfNetworkCalls.vdc(admin, TfNetworkCalls.org(admin, "acme"), "acme-vdc", true);
        Http.Res caps = get(admin, V1 + "/vdcs/" + vdc.attr("id") + "/capabilities?pageSize=128");
        assertThat(caps.json().get("values").findValues("name").stream().map(n -> n.asText()).toList())
                .contains("networkProvider");
        caps.json().get("values").forEach(c -> {
            if (c.get("name").asText().equals("networkProvider")) {
                assertThat(c.get("value").asText()).isEqualTo("NSX_V");
            }
        });
        return vdc;
    }

    /** QueryEdgeGatewayList: the edgeGateway query on the VDC's name, as cumulativeQuery sends it. */
    static List<Element> edgeRecords() {
        Http.Res q = admin.send(admin.request("/api/query?type=edgeGateway&filter=" + enc("orgVdcName==acme-vdc")
                + "&filterEncoded=true").setHeader("Accept", "vnd.vmware.vcloud.org+xml;version=" + VERSION).GET());
        assertThat(q.status).as(q.body).isEqualTo(200);
        return q.children("EdgeGatewayRecord");
    }

    /** GetEdgeGatewayByName or, with a URN, GetEdgeGatewayById: the record found in the list, then the edge. */
    static Optional<Http.Res> edge(String nameOrId) {
        return edgeRecords().stream().filter(r -> r.getAttribute("name").equals(nameOrId)
                        || r.getAttribute("href").endsWith("/" + uuid(nameOrId))).findFirst()
                .map(r -> admin.get(r.getAttribute("href")));
    }

    /** getGatewayInterfacesType's GetExternalNetworkByName: the extension's list of external networks, then one. */
    static Http.Res externalNetwork(String name) {
        String list = admin.get("/api/admin/extension").link("down",
                "application/vnd.vmware.admin.vmwExternalNetworkReferences+xml");
        Element ref = Http.Res.children(admin.get(list).root(), Http.VMEXT, "ExternalNetworkReference").stream()
                .filter(e -> e.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no external network " + name));
        return admin.get(ref.getAttribute("href"));
    }

    /** The EdgeGateway the Create sends, as go-vcloud-director marshals types.EdgeGateway. */
    static String edgeGateway(Http.Res ext) {
        return "<EdgeGateway xmlns=\"" + Http.NS + "\" name=\"my-egw\"><Description>new edge gateway</Description>"
                + "<Configuration><GatewayBackingConfig>compact</GatewayBackingConfig><GatewayInterfaces>"
                + "<GatewayInterface><Name>vcdsim-external</Name><DisplayName>vcdsim-external</DisplayName>"
                + "<Network href=\"" + ext.attr("href") + "\" id=\"" + ext.attr("id") + "\" type=\""
                + "application/vnd.vmware.admin.network+xml\" name=\"vcdsim-external\"></Network><InterfaceType>uplink"
                + "</InterfaceType><SubnetParticipation><Gateway>10.150.0.1</Gateway><Netmask>255.255.255.0</Netmask>"
                + "<IpAddress>10.150.0.151</IpAddress><UseForDefaultRoute>true</UseForDefaultRoute>"
                + "</SubnetParticipation><UseForDefaultRoute>true</UseForDefaultRoute></GatewayInterface>"
                + "</GatewayInterfaces><EdgeGatewayServiceConfiguration></EdgeGatewayServiceConfiguration><HaEnabled>"
                + "false</HaEnabled><UseDefaultRouteForDnsRelay>false</UseDefaultRouteForDnsRelay>"
                + "<DistributedRoutingEnabled>false</DistributedRoutingEnabled><FipsModeEnabled>false"
                + "</FipsModeEnabled></Configuration></EdgeGateway>";
    }

    /** ExecuteRequest on the NSX API: a GET of {@code /network/edges/{uuid}{path}}, answered in NSX's XML. */
    static Http.Res nsx(Http.Res edge, String path) {
        Http.Res r = admin.get(nsxUrl(edge, path));
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r;
    }

    /** buildProxiedEdgeEndpointURL: the edge href's scheme and host, /network/edges/ and the edge's UUID. */
    static String nsxUrl(Http.Res edge, String path) {
        return admin.base() + "/network/edges/" + uuid(edge.attr("id")) + path;
    }

    /** ExecuteRequestWithCustomError's PUT of an NSX document: xml.MarshalIndent's, after the XML declaration. */
    static Http.Res nsxPut(Http.Res edge, String path, String xml) {
        return admin.send(admin.request(nsxUrl(edge, path)).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n  " + xml)));
    }

    static String text(Http.Res nsxDoc, String element) {
        return nsxDoc.root().getElementsByTagName(element).item(0).getTextContent();
    }

    /** setLoadBalancerData: enabled, accelerationEnabled, logging's enable and logLevel. */
    static List<String> loadBalancer(Http.Res edge) {
        Http.Res lb = nsx(edge, "/loadbalancer/config/");
        assertThat(lb.root().getLocalName()).isEqualTo("loadBalancer");
        return List.of(text(lb, "enabled"), text(lb, "accelerationEnabled"), text(lb, "enable"), text(lb, "logLevel"));
    }

    /** setFirewallData: enabled, the default policy's loggingEnabled and action. */
    static List<String> firewall(Http.Res edge) {
        Http.Res fw = nsx(edge, "/firewall/config");
        assertThat(fw.root().getLocalName()).isEqualTo("firewall");
        return List.of(text(fw, "enabled"), text(fw, "loggingEnabled"), text(fw, "action"));
    }

    /** setEdgeGatewayValues: what it keeps of the edge (and HasAdvancedNetworking, which the NSX calls need). */
    static void assertEdge(Http.Res edge) {
        assertThat(edge.attr("name")).isEqualTo("my-egw");
        assertThat(edge.childText("Description")).isEqualTo("new edge gateway");
        Element conf = edge.child("Configuration");
        assertThat(child(conf, "GatewayBackingConfig").getTextContent()).isEqualTo("compact");
        assertThat(child(conf, "AdvancedNetworkingEnabled").getTextContent()).isEqualTo("true");
        for (String off : List.of("HaEnabled", "UseDefaultRouteForDnsRelay", "DistributedRoutingEnabled")) {
            assertThat(child(conf, off).getTextContent()).as(off).isEqualTo("false");
        }
        Element uplink = child(child(conf, "GatewayInterfaces"), "GatewayInterface");
        assertThat(child(uplink, "InterfaceType").getTextContent()).isEqualTo("uplink");
        Element subnet = child(uplink, "SubnetParticipation");
        assertThat(child(subnet, "IpAddress").getTextContent()).as("external_network_ips").isEqualTo("10.150.0.151");
        assertThat(child(subnet, "UseForDefaultRoute").getTextContent()).as("default_external_network_ip")
                .isEqualTo("true");
    }

    static Element child(Element parent, String name) {
        List<Element> c = Http.Res.children(parent, name);
        assertThat(c).as(name).isNotEmpty();
        return c.get(0);
    }

    /** genericVcdEdgeGatewayRead: the org and VDC, the edge by its URN in the VDC's list, its NSX settings. */
    static Http.Res read(String id, List<String> lb, List<String> fw) {
        orgAndVdc();
        Http.Res edge = edge(id).orElseThrow(() -> new AssertionError("not listed: " + id));
        assertEdge(edge);
        assertThat(loadBalancer(edge)).isEqualTo(lb);
        assertThat(firewall(edge)).isEqualTo(fw);
        return edge;
    }

    @Test
    void applyRefreshChangeAndDestroyAsTerraformDoes() {
        List<String> lbOff = List.of("false", "false", "false", "info");
        List<String> fwDeny = List.of("true", "false", "deny");
        // terraform apply: the org and VDC, the external network, the org and VDC again (admin view), the POST
        Http.Res vdc = orgAndVdc();
        Http.Res ext = externalNetwork("vcdsim-external");
        TfNetworkCalls.adminOrg(admin, "acme");
        Http.Res created = admin.post("/api/admin/vdc/" + uuid(vdc.attr("id")) + "/edgeGateways", EDGE_XML,
                edgeGateway(ext));
        assertThat(created.status).as(created.body).isEqualTo(201);
        // the answer, taken for a task: its href refreshed once (not running: an edge's status is a number), then
        // the networkEdgeGatewayCreate task among its Tasks waited for
        Http.Res refreshed = admin.get(created.attr("href"));
        assertThat(List.of("queued", "preRunning", "running")).doesNotContain(refreshed.attr("status"));
        Element deploy = Http.Res.children(refreshed.child("Tasks"), "Task").stream()
                .filter(t -> t.getAttribute("operationName").equals("networkEdgeGatewayCreate")).findFirst()
                .orElseThrow(() -> new AssertionError("no networkEdgeGatewayCreate task in " + refreshed.body));
        assertThat(admin.awaitTask(admin.get(deploy.getAttribute("href"))).attr("status")).isEqualTo("success");
        TfNetworkCalls.adminOrg(admin, "acme");
        Http.Res edge = edge("my-egw").orElseThrow();
        String id = edge.attr("id");
        assertThat(id).startsWith("urn:vcloud:gateway:");
        assertEdge(edge);
        // updateLoadBalancer and updateFirewall find the defaults already there (no PUT); their values are stored
        assertThat(loadBalancer(edge)).isEqualTo(lbOff);
        assertThat(firewall(edge)).isEqualTo(fwDeny);
        assertThat(loadBalancer(edge)).isEqualTo(lbOff);
        assertThat(firewall(edge)).isEqualTo(fwDeny);
        read(id, lbOff, fwDeny);

        // refresh
        read(id, lbOff, fwDeny);

        // a change: lb_enabled, lb_logging_enabled, fw_default_rule_action = "accept"
        orgAndVdc();
        Http.Res current = edge("my-egw").orElseThrow();
        loadBalancer(current);
        int lbVersion = Integer.parseInt(text(nsx(current, "/loadbalancer/config/"), "version"));
        assertThat(nsxPut(current, "/loadbalancer/config/", "<loadBalancer><enabled>true</enabled>"
                + "<accelerationEnabled>false</accelerationEnabled><logging><enable>true</enable><logLevel>info"
                + "</logLevel></logging><enableServiceInsertion>false</enableServiceInsertion></loadBalancer>").status)
                .isEqualTo(204);
        assertThat(loadBalancer(current)).isEqualTo(List.of("true", "false", "true", "info"));
        Http.Res fw = nsx(current, "/firewall/config");
        String globalConfig = fw.root().getElementsByTagName("globalConfig").item(0).getTextContent();
        assertThat(nsxPut(current, "/firewall/config", "<firewall><enabled>true</enabled><defaultPolicy>"
                + "<loggingEnabled>false</loggingEnabled><action>accept</action></defaultPolicy><firewallRules>"
                + "</firewallRules><globalConfig>" + globalConfig + "</globalConfig></firewall>").status)
                .isEqualTo(204);
        assertThat(firewall(current)).isEqualTo(List.of("true", "false", "accept"));
        Http.Res after = read(id, List.of("true", "false", "true", "info"), List.of("true", "false", "accept"));
        assertThat(Integer.parseInt(text(nsx(current, "/loadbalancer/config/"), "version"))).isGreaterThan(lbVersion);

        // destroy: the edge by name, DELETE with force and recursive, its task
        orgAndVdc();
        Http.Res doomed = edge("my-egw").orElseThrow();
        Http.Res deleting = admin.send(admin.request(doomed.attr("href") + "?force=true&recursive=true").DELETE());
        assertThat(deleting.status).as(deleting.body).isEqualTo(202);
        assertThat(admin.awaitTask(deleting).attr("status")).isEqualTo("success");
        // the refresh after: no longer in the VDC's list, which go-vcloud-director answers ErrorEntityNotFound
        orgAndVdc();
        assertThat(edge(id)).isEmpty();
        assertThat(admin.get(nsxUrl(doomed, "/firewall/config")).status).isEqualTo(403);
    }

    @Test
    void theNsxApiRefusesBadSettingsAndNsxtEdgesAndKeepsTenantsToTheirRights() {
        Http.Res edge = edge("acme-edge").orElseThrow();
        for (String bad : List.of("<loadBalancer><enabled>yes</enabled></loadBalancer>",
                "<loadBalancer><logging><enable>true</enable><logLevel>chatty</logLevel></logging></loadBalancer>",
                "<firewall><enabled>true</enabled></firewall>", "<loadBalancer><enabled>true</enabled>")) {
            String path = bad.startsWith("<firewall") ? "/firewall/config" : "/loadbalancer/config/";
            Http.Res r = nsxPut(edge, path, bad);
            assertThat(r.status).as(bad + " " + r.body).isEqualTo(400);
            // NSX's error document, which go-vcloud-director reads as its NSXError
            assertThat(r.root().getLocalName()).isEqualTo("error");
            assertThat(text(r, "moduleName")).isNotEmpty();
        }
        assertThat(text(nsxPut(edge, "/loadbalancer/config/", "<loadBalancer><enabled>true</enabled><logging>"
                + "<logLevel>chatty</logLevel></logging></loadBalancer>"), "details")).containsIgnoringCase("log");
        Http.Res reject = nsxPut(edge, "/firewall/config", "<firewall><enabled>true</enabled><defaultPolicy><action>"
                + "reject</action></defaultPolicy></firewall>");
        assertThat(reject.status).isEqualTo(400);
        assertThat(loadBalancer(edge)).as("nothing half applied").isEqualTo(List.of("false", "false", "false",
                "info"));
        assertThat(firewall(edge)).isEqualTo(List.of("true", "false", "deny"));

        // the org's administrator reads and changes its edges' settings; a vApp user, who may not change the org's
        // networks, is refused the change
        Http tenant = TfNetworkCalls.tenant(vcd.sim());
        assertThat(tenant.get(nsxUrl(edge, "/firewall/config")).status).isEqualTo(200);
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User").version(VERSION);
        Http.Res denied = user.send(user.request(nsxUrl(edge, "/firewall/config")).header("Content-Type",
                "application/xml").PUT(HttpRequest.BodyPublishers.ofString("<firewall><enabled>false</enabled>"
                + "<defaultPolicy><action>deny</action></defaultPolicy></firewall>")));
        assertThat(denied.status).isEqualTo(403);
        assertThat(firewall(edge).get(0)).isEqualTo("true");

        // an NSX-T edge is not the NSX-V API's, and an edge that does not exist is not found
        String tier0 = TfNetworkCalls.tier0Network(admin, "nsxv-test-t0", "tier0-1", "10.64.0");
        String nsxt = TfNetworkCalls.awaitTask(admin, TfNetworkCalls.send(admin, "POST", V1 + "/edgeGateways/",
                TfNetworkCalls.nsxtEdge("t-edge", "", orgAndVdc().attr("id"), tier0, "10.64.0.1", "10.64.0.10",
                        "10.64.0.10", "10.64.0.10")));
        assertThat(admin.get(admin.base() + "/network/edges/" + uuid(nsxt) + "/firewall/config").status)
                .isEqualTo(400);
        assertThat(admin.get(admin.base() + "/network/edges/" + java.util.UUID.randomUUID() + "/loadbalancer/config")
                .status).isEqualTo(403);
    }
}
