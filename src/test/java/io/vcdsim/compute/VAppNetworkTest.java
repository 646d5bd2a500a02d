package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A vApp's networks through its NetworkConfigSection and /api/network/{id}, as pyvcloud's VApp methods drive them. */
class VAppNetworkTest {
    static final String SECTION = "application/vnd.vmware.vcloud.networkConfigSection+xml";
    static final String NETWORK = "application/vnd.vmware.vcloud.vAppNetwork+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;

    @BeforeAll
    static void aReadyTemplate() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
    }

    static String onAcmeNet(String prefix) {
        return onAcmeNet(tenant, fixture, prefix);
    }

    /** A new vApp with one VM, instantiated onto acme-net (so bridged to it). */
    static String onAcmeNet(Http tenant, TemplateFixture fixture, String prefix) {
        Http.Res created = fixture.instantiateOnNetwork(prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
                "web", "acme-net", "");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        return created.attr("href");
    }

    static List<Element> configs(Http.Res vapp) {
        return Http.Res.children(vapp.child("NetworkConfigSection"), "NetworkConfig");
    }

    static Element config(Http.Res vapp, String name) {
        return configs(vapp).stream().filter(c -> c.getAttribute("networkName").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkConfig " + name + " in " + vapp.body));
    }

    static String text(Element e, String name) {
        return e.getElementsByTagNameNS(Http.NS, name).item(0).getTextContent();
    }

    static String nicNetwork(Http.Res vapp) {
        Element vm = Http.Res.children(vapp.child("Children"), "Vm").get(0);
        return ((Element) vm.getElementsByTagNameNS(Http.NS, "NetworkConnection").item(0)).getAttribute("network");
    }

    /** PUT the section with {@code edit} applied to its XML; the task must succeed. */
    static Http.Res putSection(String vapp, java.util.function.UnaryOperator<String> edit) {
        Http.Res section = tenant.get(vapp + "/networkConfigSection/");
        Http.Res accepted = tenant.put(section.link("edit", SECTION), SECTION, edit.apply(section.body));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return tenant.get(vapp);
    }

    static final String ISOLATED = "<NetworkConfig networkName=\"%s\"><Description>Test vApp network</Description>"
            + "<Configuration><IpScopes><IpScope><IsInherited>false</IsInherited><Gateway>90.80.70.1</Gateway>"
            + "<Netmask>255.255.255.0</Netmask><Dns1>8.8.8.8</Dns1><Dns2>8.8.8.9</Dns2><DnsSuffix>example.com"
            + "</DnsSuffix><IpRanges><IpRange><StartAddress>90.80.70.2</StartAddress><EndAddress>90.80.70.100"
            + "</EndAddress></IpRange></IpRanges></IpScope></IpScopes><FenceMode>isolated</FenceMode>"
            + "<GuestVlanAllowed>false</GuestVlanAllowed></Configuration></NetworkConfig>";

    /** Instantiated onto an org VDC network, a vApp has a bridged network of that name with the parent's scope. */
    @Test
    void aVAppOnAnOrgNetworkBridgesToIt() {
        Http.Res vapp = tenant.get(onAcmeNet("bridged"));
        Element bridged = config(vapp, "acme-net");
        assertThat(text(bridged, "FenceMode")).isEqualTo("bridged");
        assertThat(text(bridged, "IsInherited")).isEqualTo("true");
        assertThat(text(bridged, "IsEnabled")).isEqualTo("true");
        assertThat(text(bridged, "SubnetPrefixLength")).isEqualTo("24");
        Element parent = (Element) bridged.getElementsByTagNameNS(Http.NS, "ParentNetwork").item(0);
        assertThat(parent.getAttribute("name")).isEqualTo("acme-net");
        assertThat(tenant.get(parent.getAttribute("href")).attr("name")).isEqualTo("acme-net");
        List<Element> links = Http.Res.children(bridged, "Link");
        assertThat(links).extracting(l -> l.getAttribute("rel")).containsExactly("repair", "syncSyslogSettings");
        assertThat(links.get(0).hasAttribute("type")).as("pyvcloud asks for the repair link without a type").isFalse();
        String down = vapp.children("Link").stream().filter(l -> l.getAttribute("rel").equals("down")
                && l.getAttribute("type").equals(NETWORK) && l.getAttribute("name").equals("acme-net"))
                .findFirst().orElseThrow().getAttribute("href");
        Http.Res network = tenant.get(down);
        assertThat(network.root().getLocalName()).isEqualTo("VAppNetwork");
        assertThat(network.link("up", "application/vnd.vmware.vcloud.vApp+xml")).isEqualTo(vapp.attr("href"));
        assertThat(configs(vapp)).extracting(c -> c.getAttribute("networkName")).doesNotContain("none");
        // the vAppNetwork query finds it, with its parent's addressing
        Element record = tenant.get("/api/query?type=vAppNetwork&format=records&filter=vAppName==" + vapp.attr("name"))
                .children("VAppNetworkRecord").get(0);
        assertThat(record.getAttribute("name")).isEqualTo("acme-net");
        assertThat(record.getAttribute("linkNetworkName")).isEqualTo("acme-net");
        assertThat(record.getAttribute("gateway")).isEqualTo(text(bridged, "Gateway"));
        assertThat(record.getAttribute("href")).isEqualTo(down);
        // the relation query: the vApp, connected to the org VDC network
        Element relation = tenant.get("/api/query?type=vAppOrgVdcNetworkRelation&format=records&filter=name=="
                + vapp.attr("name")).children("VAppOrgVdcNetworkRelationRecord").get(0);
        assertThat(relation.getAttribute("href")).isEqualTo(vapp.attr("href"));
        assertThat(relation.getAttribute("orgVdcNetworkName")).isEqualTo("acme-net");
        assertThat(relation.getAttribute("orgVdcNetwork")).isEqualTo(parent.getAttribute("href")
                .replace("/api/admin/network/", "/api/network/"));
    }

    /**
     * pyvcloud's create_vapp_network, update_vapp_network (a rename, the section sent back with its links),
     * add_ip_range (outside the subnet, listed in address order) and delete_vapp_network.
     */
    @Test
    void anIsolatedNetworkIsMadeRenamedGivenRangesAndRemoved() {
        String href = onAcmeNet("isolated");
        Http.Res vapp = putSection(href, body -> body.replace("</NetworkConfigSection>",
                ISOLATED.formatted("vapp-net") + "</NetworkConfigSection>"));
        Element made = config(vapp, "vapp-net");
        assertThat(text(made, "SubnetPrefixLength")).isEqualTo("24");
        assertThat(text(made, "IsEnabled")).isEqualTo("true");
        assertThat(text(made, "Dns2")).isEqualTo("8.8.8.9");

        vapp = putSection(href, body -> body.replace("networkName=\"vapp-net\"", "networkName=\"new _name\"")
                .replace("</IpRange></IpRanges>", "</IpRange><IpRange><StartAddress>10.100.12.1</StartAddress>"
                        + "<EndAddress>10.100.12.100</EndAddress></IpRange></IpRanges>"));
        Element renamed = config(vapp, "new _name");
        assertThat(Http.Res.children(renamed, "Link").get(0).getAttribute("href"))
                .isEqualTo(Http.Res.children(made, "Link").get(0).getAttribute("href"));
        assertThat(text(renamed, "StartAddress")).isEqualTo("10.100.12.1");

        // the bridged network renamed: the VM's NIC follows it
        vapp = putSection(href, body -> body.replace("networkName=\"acme-net\"", "networkName=\"front\""));
        assertThat(nicNetwork(vapp)).isEqualTo("front");
        vapp = putSection(href, body -> body.replaceAll("(?s)<NetworkConfig networkName=\"front\">.*?</NetworkConfig>",
                ""));
        assertThat(nicNetwork(vapp)).isEqualTo("none");
        assertThat(configs(vapp)).extracting(c -> c.getAttribute("networkName")).containsExactly("new _name", "none");
        assertThat(text(config(vapp, "none"), "IsInherited")).isEqualTo("false");
    }

    /** pyvcloud's connect_vapp_network_to_ovdc_network: the VAppNetwork PUT to its own edit link, now routed. */
    @Test
    void aVAppNetworkIsRoutedToAnOrgNetworkByItsOwnPut() {
        String href = onAcmeNet("routed");
        Http.Res vapp = putSection(href, body -> body.replace("</NetworkConfigSection>",
                ISOLATED.formatted("inner") + "</NetworkConfigSection>"));
        String down = vapp.children("Link").stream().filter(l -> "inner".equals(l.getAttribute("name")))
                .findFirst().orElseThrow().getAttribute("href");
        Http.Res network = tenant.get(down);
        String acmeNet = (((Element) config(vapp, "acme-net").getElementsByTagNameNS(Http.NS, "ParentNetwork")
                .item(0)).getAttribute("href"));
        String routed = network.body.replace("<FenceMode>isolated</FenceMode>", "<ParentNetwork href=\"" + acmeNet
                + "\" name=\"acme-net\"/><FenceMode>natRouted</FenceMode>");
        Http.Res accepted = tenant.put(network.link("edit", NETWORK), NETWORK, routed);
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");
        Http.Res now = tenant.get(down);
        assertThat(text(now.root(), "FenceMode")).isEqualTo("natRouted");
        assertThat(((Element) now.root().getElementsByTagNameNS(Http.NS, "ParentNetwork").item(0))
                .getAttribute("name")).isEqualTo("acme-net");
        assertThat(text(now.root(), "Gateway")).as("its own scope stays").isEqualTo("90.80.70.1");
        // made routed, it has vCD's firewall (the inside let out) and NAT, which go-vcloud-director's
        // UpdateNetworkFirewallRules and UpdateNetworkNatRules look for
        Element features = (Element) now.root().getElementsByTagNameNS(Http.NS, "Features").item(0);
        assertThat(Http.Res.children(features, "FirewallService")).hasSize(1);
        assertThat(text(features, "DefaultAction")).isEqualTo("drop");
        assertThat(text(features, "SourceIp")).isEqualTo("internal");
        assertThat(text(features, "NatType")).isEqualTo("ipTranslation");

        // bridged again with the features it was read with (go-vcloud-director's UpdateOrgNetwork): a bridged
        // network has none, and made routed once more it gets the defaults again
        Http.Res bridged = tenant.put(network.link("edit", NETWORK), NETWORK,
                now.body.replace("<FenceMode>natRouted</FenceMode>", "<FenceMode>bridged</FenceMode>"));
        assertThat(tenant.awaitTask(bridged).attr("status")).isEqualTo("success");
        assertThat(tenant.get(down).root().getElementsByTagNameNS(Http.NS, "Features").getLength()).isZero();
        assertThat(tenant.awaitTask(tenant.put(network.link("edit", NETWORK), NETWORK, routed)).attr("status"))
                .isEqualTo("success");
        assertThat(text(tenant.get(down).root(), "NatType")).isEqualTo("ipTranslation");

        // the network's actions: a reset needs a deployed vApp, a syslog sync does not
        Element repair = Http.Res.children(config(tenant.get(href), "inner"), "Link").get(0);
        assertThat(tenant.post(repair.getAttribute("href"), null, null).status).isEqualTo(400);
        Http.Res sync = tenant.post(Http.Res.children(config(tenant.get(href), "inner"), "Link").get(1)
                .getAttribute("href"), "application/vnd.vmware.vcloud.task+xml", "");
        assertThat(sync.status).isEqualTo(202);
        assertThat(tenant.awaitTask(sync).attr("status")).isEqualTo("success");

        // go-vcloud-director's RemoveNetwork: DELETE /api/network/{id}
        Http.Res deleted = tenant.delete(down);
        assertThat(deleted.status).isEqualTo(202);
        assertThat(tenant.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(tenant.get(down).status).isEqualTo(403);
        assertThat(configs(tenant.get(href))).extracting(c -> c.getAttribute("networkName")).containsExactly("acme-net");
    }

    /** What vCD refuses is a 400 before any task, and the section stays as it was. */
    @Test
    void badSectionsChangeNothing() {
        String href = onAcmeNet("bad");
        Http.Res section = tenant.get(href + "/networkConfigSection/");
        String edit = section.link("edit", SECTION);
        String bridgedNoParent = "<NetworkConfig networkName=\"x\"><Configuration><FenceMode>bridged</FenceMode>"
                + "</Configuration></NetworkConfig>";
        String foreignParent = "<NetworkConfig networkName=\"x\"><Configuration><ParentNetwork href=\"" + vcd.httpUrl()
                + "/api/admin/network/" + UUID.randomUUID() + "\"/><FenceMode>bridged</FenceMode></Configuration>"
                + "</NetworkConfig>";
        String[][] cases = {{bridgedNoParent, "BAD_REQUEST"}, {foreignParent, "INVALID_REFERENCE"},
                {ISOLATED.formatted("acme-net"), "DUPLICATE_NAME"}, {ISOLATED.formatted(" ACME-NET "), "DUPLICATE_NAME"},
                {ISOLATED.formatted("y").replace(">isolated<", ">tunneled<"), "BAD_REQUEST"},
                {ISOLATED.formatted("y").replace("90.80.70.100", "90.80.70.1"), "BAD_REQUEST"}};
        for (String[] c : cases) {
            Http.Res refused = tenant.put(edit, SECTION, section.body.replace("</NetworkConfigSection>", c[0]
                    + "</NetworkConfigSection>"));
            assertThat(refused.status).as(c[0]).isEqualTo(400);
            assertThat(refused.minor()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(configs(tenant.get(href))).extracting(c -> c.getAttribute("networkName"))
                .containsExactly("acme-net");
        // the org network stays while a vApp network bridges to it
        String acmeNet = ((Element) config(tenant.get(href), "acme-net").getElementsByTagNameNS(Http.NS,
                "ParentNetwork").item(0)).getAttribute("href");
        Http admin = Sim.admin(vcd.sim());
        Http.Res refused = admin.awaitTask(admin.delete(acmeNet));
        assertThat(refused.attr("status")).isEqualTo("error");
    }

    /**
     * pyvcloud's add_nic (the whole Vm posted to reconfigureVm) and delete_nic (the NetworkConnectionSection PUT):
     * NICs on the vApp's networks, POOL ones given the first free address, listed as the network's allocations.
     */
    @Test
    void nicsAreAddedByReconfigureVmAndGetAddressesFromTheirNetworksPool() {
        String href = onAcmeNet("nics");
        putSection(href, body -> body.replace("</NetworkConfigSection>", ISOLATED.formatted("inner")
                + "</NetworkConfigSection>"));
        Element vmElement = Http.Res.children(tenant.get(href).child("Children"), "Vm").get(0);
        String vm = vmElement.getAttribute("href");
        Http.Res doc = tenant.get(vm);
        String vmType = "application/vnd.vmware.vcloud.vm+xml";
        String reconfigure = doc.link("reconfigureVm", vmType);
        String nic = "<NetworkConnection network=\"inner\" needsCustomization=\"true\"><NetworkConnectionIndex>%d"
                + "</NetworkConnectionIndex><IpAddress>%s</IpAddress><IsConnected>true</IsConnected>"
                + "<IpAddressAllocationMode>%s</IpAddressAllocationMode><NetworkAdapterType>E1000"
                + "</NetworkAdapterType></NetworkConnection>";
        String withNics = doc.body.replace("</PrimaryNetworkConnectionIndex>", "</PrimaryNetworkConnectionIndex>"
                + nic.formatted(1, "", "POOL") + nic.formatted(2, "90.80.70.10", "MANUAL"));
        Http.Res accepted = tenant.post(reconfigure, vmType, withNics);
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");
        Element section = tenant.get(vm).child("NetworkConnectionSection");
        List<Element> connections = Http.Res.children(section, "NetworkConnection");
        assertThat(connections).extracting(c -> c.getAttribute("network")).containsExactly("acme-net", "inner",
                "inner");
        assertThat(text(connections.get(1), "IpAddress")).isEqualTo("90.80.70.2");
        assertThat(text(connections.get(1), "NetworkAdapterType")).isEqualTo("E1000");
        assertThat(text(connections.get(2), "IpAddress")).isEqualTo("90.80.70.10");

        String down = tenant.get(href).children("Link").stream().filter(l -> "inner".equals(l.getAttribute("name")))
                .findFirst().orElseThrow().getAttribute("href");
        Http.Res allocated = tenant.get(tenant.get(down).link("down",
                "application/vnd.vmware.vcloud.allocatedNetworkAddress+xml"));
        assertThat(allocated.children("IpAddress")).extracting(e -> text(e, "IpAddress"))
                .containsExactlyInAnyOrder("90.80.70.2", "90.80.70.10");

        // a NIC on a network the vApp does not have, or a bad mode, changes nothing
        String type = "application/vnd.vmware.vcloud.networkConnectionSection+xml";
        Http.Res nics = tenant.get(vm + "/networkConnectionSection/");
        assertThat(tenant.put(nics.link("edit", type), type, nics.body.replace("network=\"inner\"",
                "network=\"elsewhere\"")).status).isEqualTo(400);
        assertThat(tenant.put(nics.link("edit", type), type, nics.body.replace(">POOL<", ">SOMETIMES<")).status)
                .isEqualTo(400);
        // pyvcloud's delete_nic: the section without one NIC
        Http.Res removed = tenant.put(nics.link("edit", type), type, nics.body.replaceAll(
                "(?s)<NetworkConnection [^>]*network=\"inner\"[^>]*>\\s*<NetworkConnectionIndex>2<.*?</NetworkConnection>", ""));
        assertThat(tenant.awaitTask(removed).attr("status")).isEqualTo("success");
        assertThat(Http.Res.children(tenant.get(vm).child("NetworkConnectionSection"), "NetworkConnection"))
                .hasSize(2);
    }

    /**
     * pyvcloud's copy_to and move_to, go-vcloud-director's CloneVapp: CloneVAppParams posted to a VDC's add link. A
     * copy keeps the VMs and networks; moved to another VDC, a vApp loses the networks bridged to the first one's.
     */
    @Test
    void aVAppIsCopiedInItsVdcAndMovedToAnother() {
        String source = onAcmeNet("cloned");
        String clone = "application/vnd.vmware.vcloud.cloneVAppParams+xml";
        String body = "<CloneVAppParams xmlns=\"" + Http.NS + "\" name=\"%s\"><Source href=\"" + source
                + "\"/><IsSourceDelete>%s</IsSourceDelete></CloneVAppParams>";
        String copyName = "copy-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res copied = tenant.post(tenant.get(fixture.vdc).link("add", clone), clone, body.formatted(copyName,
                "false"));
        assertThat(copied.status).as(copied.body).isEqualTo(201);
        Http.Res copyTask = tenant.awaitTask(copied);
        assertThat(copyTask.attr("status")).isEqualTo("success");
        assertThat(copyTask.attr("operationName")).isEqualTo("vdcCopyVapp");
        Http.Res copy = tenant.get(copied.attr("href"));
        assertThat(copy.attr("name")).isEqualTo(copyName);
        assertThat(configs(copy)).extracting(c -> c.getAttribute("networkName")).containsExactly("acme-net");
        assertThat(nicNetwork(copy)).isEqualTo("acme-net");
        assertThat(tenant.post(tenant.get(fixture.vdc).link("add", clone), clone, body.formatted(copyName, "false"))
                .minor()).isEqualTo("DUPLICATE_NAME");

        Http admin = Sim.admin(vcd.sim());
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String pvdc = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"), "ProviderVdcReference")
                .get(0).getAttribute("href");
        String create = "application/vnd.vmware.admin.createVdcParams+xml";
        Http.Res vdc = admin.post(admin.get(org).link("add", create), create, "<CreateVdcParams xmlns=\"" + Http.NS
                + "\" name=\"second-" + UUID.randomUUID().toString().substring(0, 8) + "\"><AllocationModel>"
                + "AllocationVApp</AllocationModel><ProviderVdcReference href=\"" + pvdc + "\"/></CreateVdcParams>");
        assertThat(admin.awaitTask(vdc).attr("status")).isEqualTo("success");
        String second = vdc.attr("href").replace("/api/admin/vdc/", "/api/vdc/");
        Http.Res moved = tenant.post(tenant.get(second).link("add", clone), clone, body.formatted("moved", "true"));
        assertThat(moved.status).as(moved.body).isEqualTo(201);
        Http.Res moveTask = tenant.awaitTask(moved);
        assertThat(moveTask.attr("status")).isEqualTo("success");
        assertThat(moveTask.attr("operationName")).as("vCD's one operation for both").isEqualTo("vdcCopyVapp");
        Http.Res there = tenant.get(moved.attr("href"));
        assertThat(configs(there)).extracting(c -> c.getAttribute("networkName")).containsExactly("none");
        assertThat(nicNetwork(there)).isEqualTo("none");
        assertThat(tenant.get(source).status).as("moved away").isEqualTo(403);

        assertThat(tenant.awaitTask(tenant.post(copied.attr("href") + "/power/action/powerOn", null, null))
                .attr("status")).isEqualTo("success");
        assertThat(tenant.post(tenant.get(second).link("add", clone), clone, body.formatted("on", "true")
                .replace(source, copied.attr("href"))).status).as("powered on").isEqualTo(400);
    }

    /** A template VM's NIC on the OVF's own network, which the VDC does not have, is disconnected: the "none" placeholder. */
    @Test
    void aNicOnANetworkTheVdcDoesNotHaveIsDisconnected() throws Exception {
        String ovf = TemplateFixture.OVF.replace("<Name>app-1</Name><VirtualHardwareSection>", "<Name>app-1</Name>"
                + "<VirtualHardwareSection><Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:Connection>"
                + "VM Network</rasd:Connection><rasd:ResourceType>10</rasd:ResourceType></Item>");
        TemplateFixture withNic = TemplateFixture.ready(tenant, ovf);
        Http.Res vapp = tenant.get(withNic.newVApp("ovfnet"));
        assertThat(nicNetwork(vapp)).isEqualTo("none");
        assertThat(configs(vapp)).extracting(c -> c.getAttribute("networkName")).containsExactly("none");
    }

    /**
     * The networks a new vApp's InstantiationParams declare are made with it: pyvcloud's create_vapp(network=...)
     * composes an empty vApp bridged to an org VDC network (its list_connected_vapps reads that NetworkConfig), and
     * an instantiation may declare an isolated network its VM's NIC is put on.
     */
    @Test
    void aNewVAppHasTheNetworksItsInstantiationParamsDeclare() {
        String compose = "application/vnd.vmware.vcloud.composeVAppParams+xml";
        Element acme = (Element) tenant.get(fixture.vdc).child("AvailableNetworks").getElementsByTagNameNS(Http.NS,
                "Network").item(0);
        assertThat(acme.getAttribute("name")).isEqualTo("acme-net");
        String name = "declared-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res composed = tenant.post(tenant.get(fixture.vdc).link("add", compose), compose, "<ComposeVAppParams "
                + "xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" name=\"" + name
                + "\"><InstantiationParams><NetworkConfigSection><ovf:Info>Configuration for logical networks"
                + "</ovf:Info><NetworkConfig networkName=\"acme-net\"><Configuration><ParentNetwork href=\""
                + acme.getAttribute("href") + "\"/><FenceMode>bridged</FenceMode></Configuration></NetworkConfig>"
                + "</NetworkConfigSection></InstantiationParams></ComposeVAppParams>");
        assertThat(composed.status).as(composed.body).isEqualTo(201);
        assertThat(config(composed, "acme-net").getElementsByTagNameNS(Http.NS, "FenceMode").item(0)
                .getTextContent()).as("declared in the vApp the POST returns").isEqualTo("bridged");
        assertThat(tenant.awaitTask(composed).attr("status")).isEqualTo("success");
        assertThat(configs(tenant.get(composed.attr("href")))).extracting(c -> c.getAttribute("networkName"))
                .containsExactly("acme-net");

        String isolated = "<InstantiationParams><NetworkConfigSection><ovf:Info>n</ovf:Info>"
                + ISOLATED.formatted("vapp-only") + "</NetworkConfigSection></InstantiationParams><Source ";
        Http.Res made = tenant.post(tenant.get(fixture.vdc).link("add", "application/vnd.vmware.vcloud"
                + ".instantiateVAppTemplateParams+xml"), "application/vnd.vmware.vcloud.instantiateVAppTemplateParams"
                + "+xml", fixture.instantiateBody("isolated-" + name, "web", "vapp-only").replaceFirst("<Source ",
                isolated));
        assertThat(made.status).as(made.body).isEqualTo(201);
        assertThat(tenant.awaitTask(made).attr("status")).isEqualTo("success");
        Http.Res vapp = tenant.get(made.attr("href"));
        assertThat(configs(vapp)).extracting(c -> c.getAttribute("networkName")).containsExactly("vapp-only");
        assertThat(text(config(vapp, "vapp-only"), "FenceMode")).isEqualTo("isolated");
        assertThat(nicNetwork(vapp)).as("the NIC stays on the declared network").isEqualTo("vapp-only");

        Http.Res unknown = tenant.post(tenant.get(fixture.vdc).link("add", compose), compose, "<ComposeVAppParams "
                + "xmlns=\"" + Http.NS + "\" name=\"bad-" + name + "\"><InstantiationParams><NetworkConfigSection>"
                + "<NetworkConfig networkName=\"x\"><Configuration><FenceMode>bridged</FenceMode></Configuration>"
                + "</NetworkConfig></NetworkConfigSection></InstantiationParams></ComposeVAppParams>");
        assertThat(unknown.status).as(unknown.body).isEqualTo(400);
        assertThat(tenant.get("/api/query?type=vApp&format=references&filter=name==bad-" + name).attr("total"))
                .as("nothing made").isEqualTo("0");
    }

    /**
     * pyvcloud's list_allocated_ip_address: a routed org VDC network (rel=down from either view) lists its gateway,
     * held by its edge, and the pool address a VM's NIC on it took, in address order.
     */
    @Test
    void anOrgNetworkListsItsGatewayAndTheAddressesItsVmsHold() {
        String href = onAcmeNet("allocated");
        String vm = Http.Res.children(tenant.get(href).child("Children"), "Vm").get(0).getAttribute("href");
        String type = "application/vnd.vmware.vcloud.networkConnectionSection+xml";
        Http.Res nics = tenant.get(vm + "/networkConnectionSection/");
        Http.Res pooled = tenant.put(nics.link("edit", type), type, nics.body.replace(">DHCP<", ">POOL<"));
        assertThat(tenant.awaitTask(pooled).attr("status")).isEqualTo("success");
        String ip = text(Http.Res.children(tenant.get(vm).child("NetworkConnectionSection"), "NetworkConnection")
                .get(0), "IpAddress");
        assertThat(ip).startsWith("192.168.100.");

        String acme = ((Element) tenant.get(fixture.vdc).child("AvailableNetworks").getElementsByTagNameNS(Http.NS,
                "Network").item(0)).getAttribute("href");
        String media = "application/vnd.vmware.vcloud.allocatedNetworkAddress+xml";
        String down = tenant.get(acme).link("down", media);
        Http.Res admin = Sim.admin(vcd.sim()).get(acme.replace("/api/network/", "/api/admin/network/"));
        assertThat(admin.link("down", media)).isEqualTo(down);
        Http.Res allocated = tenant.get(down);
        assertThat(allocated.status).as(allocated.body).isEqualTo(200);
        assertThat(allocated.root().getLocalName()).isEqualTo("AllocatedIpAddresses");
        List<Element> addresses = allocated.children("IpAddress");
        assertThat(text(addresses.get(0), "IpAddress")).isEqualTo("192.168.100.1");
        assertThat(addresses.get(0).getAttribute("allocationType")).isEqualTo("vsmAllocated");
        assertThat(addresses.get(0).getAttribute("isDeployed")).isEqualTo("true");
        assertThat(addresses).filteredOn(e -> text(e, "IpAddress").equals(ip)).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("allocationType")).isEqualTo("vmAllocated"));
    }

    /**
     * go-vcloud-director's AddNewVM: a recompose whose SourcedItem names the new VM in its Source and gives its NICs
     * in the item's NetworkConnectionSection; a POOL NIC is addressed from the network's pool.
     */
    @Test
    void aRecomposedVmTakesTheNameAndNicsItsSourcedItemGives() {
        String vapp = onAcmeNet("add-new-vm");
        String templateVm = Http.Res.children(tenant.get(fixture.template).child("Children"), "Vm").get(0)
                .getAttribute("href");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        String body = "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">"
                + "<SourcedItem><Source href=\"" + templateVm + "\" name=\"web-9\"/><InstantiationParams>"
                + "<NetworkConnectionSection><ovf:Info/><PrimaryNetworkConnectionIndex>0</PrimaryNetworkConnectionIndex>"
                + "<NetworkConnection network=\"%s\"><NetworkConnectionIndex>0</NetworkConnectionIndex>"
                + "<IsConnected>true</IsConnected><IpAddressAllocationMode>POOL</IpAddressAllocationMode>"
                + "</NetworkConnection><NetworkConnection network=\"none\"><NetworkConnectionIndex>1"
                + "</NetworkConnectionIndex><IsConnected>false</IsConnected><IpAddressAllocationMode>NONE"
                + "</IpAddressAllocationMode></NetworkConnection></NetworkConnectionSection></InstantiationParams>"
                + "</SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted></RecomposeVAppParams>";
        String link = tenant.get(vapp).link("recompose", recompose);
        assertThat(tenant.post(link, recompose, body.formatted("no-such-net")).status).as("not a network of the vApp")
                .isEqualTo(400);
        Http.Res task = tenant.awaitTask(tenant.post(link, recompose, body.formatted("acme-net")));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        Element added = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(v -> v.getAttribute("name").equals("web-9")).findFirst().orElseThrow();
        List<Element> nics = Http.Res.children(tenant.get(added.getAttribute("href") + "/networkConnectionSection/")
                .root(), "NetworkConnection");
        assertThat(nics).extracting(n -> n.getAttribute("network")).containsExactly("acme-net", "none");
        assertThat(text(nics.get(0), "IpAddressAllocationMode")).isEqualTo("POOL");
        assertThat(text(nics.get(0), "IpAddress")).as("from acme-net's pool").matches("192\\.168\\.\\d+\\.\\d+");
        assertThat(text(nics.get(1), "IsConnected")).isEqualTo("false");
    }

    /**
     * go-vcloud-director's Test_NetworkUpdateRename with its test vApp on the network: an org VDC network with VMs
     * on it is renamed, and back; the vApp's bridged network keeps its name and follows its parent.
     */
    @Test
    void anOrgNetworkWithVmsOnItIsRenamedAndTheVAppFollows() {
        String type = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
        String vapp = onAcmeNet("renamed");
        String net = tenant.get("/api/query?type=orgVdcNetwork&format=records&filter=name==acme-net")
                .children("OrgVdcNetworkRecord").get(0).getAttribute("href");
        for (String[] names : new String[][]{{"acme-net", "acme-net-2"}, {"acme-net-2", "acme-net"}}) {
            Http.Res network = tenant.get(net);
            Http.Res updated = tenant.put(network.link("edit", type), type,
                    network.body.replace("name=\"" + names[0] + "\"", "name=\"" + names[1] + "\""));
            assertThat(updated.status).as(updated.body).isEqualTo(202);
            assertThat(tenant.awaitTask(updated).attr("status")).isEqualTo("success");
            assertThat(tenant.get(net).attr("name")).isEqualTo(names[1]);
            Http.Res after = tenant.get(vapp);
            assertThat(nicNetwork(after)).isEqualTo("acme-net");
            Element parent = (Element) config(after, "acme-net").getElementsByTagNameNS(Http.NS, "ParentNetwork")
                    .item(0);
            assertThat(parent.getAttribute("name")).isEqualTo(names[1]);
        }
    }
}
