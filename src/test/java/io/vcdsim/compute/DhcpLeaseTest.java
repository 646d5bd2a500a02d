package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DHCP NICs of running VMs on a network an NSX-V edge routes, as go-vcloud-director's Test_VMGetDhcpAddress and
 * terraform's {@code network_dhcp_wait_seconds} (WaitForDhcpIpByNicIndexes) see them: the edge's DHCP pool for the
 * network (configureServices, AddDhcpPool) leases each NIC an address once the VM runs; the NIC shows it while the VM
 * runs, the edge's {@code dhcp/leaseInfo} lists it by MAC, and a NIC keeps its address across restarts.
 */
class DhcpLeaseTest {
    static final String SERVICES = "application/vnd.vmware.admin.edgeGatewayServiceConfiguration+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;
    static String edgeId;

    @BeforeAll
    static void aDhcpPoolOfFourAddressesOnAcmeNet() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
        String edge = tenant.get("/api/query?type=edgeGateway&format=references").children("EdgeGatewayReference")
                .get(0).getAttribute("href");
        edgeId = edge.substring(edge.lastIndexOf('/') + 1);
        String network = tenant.get("/api/query?type=orgVdcNetwork&format=references&filter=name==acme-net")
                .children("OrgVdcNetworkReference").get(0).getAttribute("href");
        Http.Res configured = tenant.post(edge + "/action/configureServices", SERVICES,
                "<EdgeGatewayServiceConfiguration xmlns=\"" + Http.NS + "\"><GatewayDhcpService><IsEnabled>true"
                        + "</IsEnabled><Pool><IsEnabled>true</IsEnabled><Network href=\"" + network + "\"/>"
                        + "<DefaultLeaseTime>3600</DefaultLeaseTime><MaxLeaseTime>7200</MaxLeaseTime><LowIpAddress>"
                        + "192.168.100.200</LowIpAddress><HighIpAddress>192.168.100.203</HighIpAddress></Pool>"
                        + "</GatewayDhcpService></EdgeGatewayServiceConfiguration>");
        assertThat(tenant.awaitTask(configured).attr("status")).isEqualTo("success");
    }

    /** A vApp whose one VM has a DHCP NIC on acme-net, not started. */
    static String vapp(String name) {
        Http.Res created = fixture.instantiateOnNetwork(name, name + "-vm", "acme-net", "");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        return created.attr("href");
    }

    static void power(String vapp, String action) {
        Http.Res done = tenant.awaitTask(tenant.post(vapp + "/power/action/" + action, null, null));
        assertThat(done.attr("status")).as(done.body).isEqualTo("success");
    }

    static Element nic(String vapp) {
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0);
        Http.Res section = tenant.get(vm.getAttribute("href") + "/networkConnectionSection/");
        return section.children("NetworkConnection").get(0);
    }

    static String text(Element e, String name) {
        List<Element> found = Http.Res.children(e, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** The edge's leases, MAC to address, as NSX-V's API lists them. */
    static List<String[]> leases() {
        Http.Res info = tenant.get("/network/edges/" + edgeId + "/dhcp/leaseInfo");
        assertThat(info.status).as(info.body).isEqualTo(200);
        assertThat(info.root().getLocalName()).isEqualTo("dhcpLeases");
        List<String[]> out = new ArrayList<>();
        var all = info.root().getElementsByTagName("leaseInfo");
        for (int i = 0; i < all.getLength(); i++) {
            Element l = (Element) all.item(i);
            assertThat(l.getElementsByTagName("bindingState").item(0).getTextContent()).isEqualTo("active");
            out.add(new String[]{l.getElementsByTagName("macAddress").item(0).getTextContent(),
                    l.getElementsByTagName("ipAddress").item(0).getTextContent()});
        }
        return out;
    }

    /** Gives the vApp's VM a second NIC, DHCP on acme-net, by its NetworkConnectionSection. */
    static void secondDhcpNic(String vapp) {
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0);
        String section = vm.getAttribute("href") + "/networkConnectionSection/";
        String body = tenant.get(section).body.replace("</NetworkConnectionSection>", "<NetworkConnection network=\""
                + "acme-net\"><NetworkConnectionIndex>1</NetworkConnectionIndex><IsConnected>true</IsConnected>"
                + "<IpAddressAllocationMode>DHCP</IpAddressAllocationMode></NetworkConnection>"
                + "</NetworkConnectionSection>");
        Http.Res done = tenant.awaitTask(tenant.put(section,
                "application/vnd.vmware.vcloud.networkConnectionSection+xml", body));
        assertThat(done.attr("status")).as(done.body).isEqualTo("success");
    }

    static List<String> addresses(String vapp) {
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0);
        List<String> out = new ArrayList<>();
        for (Element c : tenant.get(vm.getAttribute("href") + "/networkConnectionSection/")
                .children("NetworkConnection")) {
            out.add(text(c, "IpAddress"));
        }
        return out;
    }

    @Test
    void aRunningVmsDhcpNicsGetAndKeepAddressesOfTheEdgesPool() {
        String a = vapp("dhcp-a");
        secondDhcpNic(a);
        Element before = nic(a);
        assertThat(text(before, "IpAddressAllocationMode")).isEqualTo("DHCP");
        assertThat(text(before, "IpAddress")).as("not running: no lease yet").isNull();
        String mac = text(before, "MACAddress");
        assertThat(leases()).noneMatch(l -> l[0].equals(mac));

        // each NIC its own address
        power(a, "powerOn");
        List<String> ofA = addresses(a);
        assertThat(ofA).doesNotContainNull().doesNotHaveDuplicates().allMatch(ip -> ip.startsWith("192.168.100.20"));
        String address = ofA.get(0);
        assertThat(leases()).anyMatch(l -> l[0].equals(mac) && l[1].equals(address));

        // powered off, the guest reports nothing; started again, the NICs renew the same leases
        power(a, "powerOff");
        assertThat(text(nic(a), "IpAddress")).isNull();
        power(a, "powerOn");
        assertThat(addresses(a)).isEqualTo(ofA);

        // the pool has four addresses: the next two VMs take the others, the one after gets none
        String b = vapp("dhcp-b");
        power(b, "powerOn");
        String c = vapp("dhcp-c");
        power(c, "powerOn");
        String ofC = text(nic(c), "IpAddress");
        assertThat(List.of(text(nic(b), "IpAddress"), ofC)).doesNotContainNull().doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(ofA);
        String d = vapp("dhcp-d");
        power(d, "powerOn");
        assertThat(text(nic(d), "IpAddress")).as("the pool is used up").isNull();
        assertThat(leases()).hasSize(4);

        // a VM that goes gives its leases back: the fourth VM's next start takes one; the third keeps its own
        Http.Res undeployed = tenant.awaitTask(tenant.post(a + "/action/undeploy", null, null));
        assertThat(undeployed.attr("status")).as(undeployed.body).isEqualTo("success");
        Http.Res deleted = tenant.awaitTask(tenant.delete(a));
        assertThat(deleted.attr("status")).as(deleted.body).isEqualTo("success");
        power(d, "powerOff");
        power(d, "powerOn");
        assertThat(text(nic(d), "IpAddress")).isIn(ofA);
        power(c, "powerOff");
        power(c, "powerOn");
        assertThat(text(nic(c), "IpAddress")).isEqualTo(ofC);
    }

    /** A vApp instantiated running (terraform's vcd_vapp_vm with power_on) has its DHCP address when its task ends. */
    @Test
    void aVmMadeRunningHasItsAddressAtOnce() {
        String body = fixture.instantiateBody("dhcp-running", "dhcp-running-vm", "acme-net")
                .replaceFirst(" name=\"", " deploy=\"true\" powerOn=\"true\" name=\"");
        Http.Res created = tenant.post(tenant.get(fixture.vdc).link("add", TemplateFixture.INSTANTIATE),
                TemplateFixture.INSTANTIATE, body);
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String vapp = created.attr("href");
        String address = text(nic(vapp), "IpAddress");
        assertThat(address).startsWith("192.168.100.20");
        String mac = text(nic(vapp), "MACAddress");
        assertThat(leases()).anyMatch(l -> l[0].equals(mac) && l[1].equals(address));
        // it gives the address back when it goes, whatever the order the tests run in
        assertThat(tenant.awaitTask(tenant.post(vapp + "/action/undeploy", null, null)).attr("status"))
                .isEqualTo("success");
        assertThat(tenant.awaitTask(tenant.delete(vapp)).attr("status")).isEqualTo("success");
        assertThat(leases()).noneMatch(l -> l[0].equals(mac));
    }

    @Test
    void anUnknownEdgeIsRefused() {
        Http.Res refused = Sim.admin(vcd.sim()).get("/network/edges/" + java.util.UUID.randomUUID()
                + "/dhcp/leaseInfo");
        assertThat(refused.status).isEqualTo(403);
    }
}
