package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An isolated IPv6 vApp network, as go-vcloud-director v2.22.0's Test_AddAndRemoveIsolatedVappNetworkIpv6 makes
 * it (govcd/vapp.go CreateVappNetworkAsync: the vApp's NetworkConfigSection PUT back with one more NetworkConfig,
 * its IpScope a Gateway and SubnetPrefixLength, DHCP in Features/DhcpService) and reads it back: addresses in the
 * expanded form, compared as text.
 */
class VAppNetworkIpv6Test {
    static final String SECTION = VAppNetworkTest.SECTION;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;

    @BeforeAll
    static void aReadyTemplate() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
    }

    /** go-vcloud-director's NetworkConfig for the test's settings (xml.Marshal of types.VAppNetworkConfiguration). */
    static String ipv6Config(String name, String gateway, String netmask, String prefix, String dns1, String start,
                             String end) {
        return "<NetworkConfig networkName=\"" + name + "\"><Description>Created in test</Description>"
                + "<Configuration><BackwardCompatibilityMode>false</BackwardCompatibilityMode><IpScopes><IpScope>"
                + "<IsInherited>false</IsInherited><Gateway>" + gateway + "</Gateway>"
                + (netmask == null ? "" : "<Netmask>" + netmask + "</Netmask>")
                + "<SubnetPrefixLength>" + prefix + "</SubnetPrefixLength><Dns1>" + dns1 + "</Dns1>"
                + "<Dns2>2001:4860:4860:0:0:0:0:8844</Dns2><DnsSuffix>biz.biz</DnsSuffix><IsEnabled>true</IsEnabled>"
                + "<IpRanges><IpRange><StartAddress>" + start + "</StartAddress><EndAddress>" + end
                + "</EndAddress></IpRange></IpRanges></IpScope></IpScopes><FenceMode>isolated</FenceMode>"
                + "<Features><DhcpService><IsEnabled>true</IsEnabled><DefaultLeaseTime>2400</DefaultLeaseTime>"
                + "<MaxLeaseTime>3500</MaxLeaseTime><IpRange><StartAddress>fe80:0:0:0:0:0:0:cccc</StartAddress>"
                + "<EndAddress>fe80:0:0:0:0:0:0:dddd</EndAddress></IpRange></DhcpService></Features>"
                + "<GuestVlanAllowed>true</GuestVlanAllowed></Configuration><IsDeployed>false</IsDeployed>"
                + "</NetworkConfig>";
    }

    static String govcdConfig(String name) {
        return ipv6Config(name, "fe80:0:0:0:0:0:0:aaaa", null, "100", "2001:4860:4860:0:0:0:0:8844",
                "fe80:0:0:0:0:0:0:aaab", "fe80:0:0:0:0:0:0:bbbb");
    }

    static String newVApp(String prefix) {
        return VAppNetworkTest.onAcmeNet(tenant, fixture, prefix);
    }

    static Http.Res putSection(String vapp, String extra) {
        Http.Res section = tenant.get(vapp + "/networkConfigSection/");
        return tenant.put(section.link("edit", SECTION), SECTION, section.body.replace("</NetworkConfigSection>",
                extra + "</NetworkConfigSection>"));
    }

    static Element scope(Element config) {
        return (Element) config.getElementsByTagNameNS(Http.NS, "IpScope").item(0);
    }

    static String text(Element e, String name) {
        return VAppNetworkTest.text(e, name);
    }

    @Test
    void anIsolatedIpv6NetworkIsMadeAndRemovedAsGoVcloudDirectorDoesIt() {
        String href = newVApp("ipv6");
        Http.Res accepted = putSection(href, govcdConfig("Test_AddAndRemoveIsolatedVappNetworkIpv6"));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");

        // GetNetworkConfig: the vApp's networkConfigSection
        Http.Res section = tenant.get(href + "/networkConfigSection/");
        Element found = Http.Res.children(section.root(), "NetworkConfig").stream().filter(c -> c
                .getAttribute("networkName").equals("Test_AddAndRemoveIsolatedVappNetworkIpv6")).findFirst()
                .orElseThrow(() -> new AssertionError(section.body));
        assertThat(text(found, "Description")).isEqualTo("Created in test");
        Element scope = scope(found);
        assertThat(text(scope, "Gateway")).isEqualTo("fe80:0:0:0:0:0:0:aaaa");
        assertThat(text(scope, "SubnetPrefixLength")).isEqualTo("100");
        assertThat(scope.getElementsByTagNameNS(Http.NS, "Netmask").getLength()).as("IPv6 has no netmask").isZero();
        assertThat(text(scope, "Dns1")).isEqualTo("2001:4860:4860:0:0:0:0:8844");
        assertThat(text(scope, "Dns2")).isEqualTo("2001:4860:4860:0:0:0:0:8844");
        assertThat(text(scope, "DnsSuffix")).isEqualTo("biz.biz");
        Element range = (Element) scope.getElementsByTagNameNS(Http.NS, "IpRange").item(0);
        assertThat(text(range, "StartAddress")).isEqualTo("fe80:0:0:0:0:0:0:aaab");
        assertThat(text(range, "EndAddress")).isEqualTo("fe80:0:0:0:0:0:0:bbbb");
        Element dhcp = (Element) found.getElementsByTagNameNS(Http.NS, "DhcpService").item(0);
        assertThat(text(dhcp, "IsEnabled")).isEqualTo("true");
        assertThat(text(dhcp, "MaxLeaseTime")).isEqualTo("3500");
        assertThat(text(dhcp, "DefaultLeaseTime")).isEqualTo("2400");
        Element dhcpRange = (Element) dhcp.getElementsByTagNameNS(Http.NS, "IpRange").item(0);
        assertThat(text(dhcpRange, "StartAddress")).isEqualTo("fe80:0:0:0:0:0:0:cccc");
        assertThat(text(dhcpRange, "EndAddress")).isEqualTo("fe80:0:0:0:0:0:0:dddd");
        assertThat(text(found, "GuestVlanAllowed")).isEqualTo("true");

        // the network's own document and the vAppNetwork query say the same
        String down = tenant.get(href).children("Link").stream().filter(l -> "Test_AddAndRemoveIsolatedVappNetworkIpv6"
                .equals(l.getAttribute("name"))).findFirst().orElseThrow().getAttribute("href");
        Http.Res network = tenant.get(down);
        assertThat(text(network.root(), "Gateway")).isEqualTo("fe80:0:0:0:0:0:0:aaaa");
        assertThat(text(network.root(), "SubnetPrefixLength")).isEqualTo("100");
        Element record = tenant.get("/api/query?type=vAppNetwork&format=records&filter=name==Test_AddAndRemove*")
                .children("VAppNetworkRecord").stream().filter(r -> down.endsWith(r.getAttribute("href")
                        .replaceAll(".*/api/", "/api/"))).findFirst().orElseThrow();
        assertThat(record.getAttribute("gateway")).isEqualTo("fe80:0:0:0:0:0:0:aaaa");
        assertThat(record.getAttribute("netmask")).as("no IPv6 netmask").isEmpty();

        // RemoveNetwork: the section PUT back without it
        Http.Res now = tenant.get(href + "/networkConfigSection/");
        Http.Res removed = tenant.put(now.link("edit", SECTION), SECTION, now.body.replaceAll(
                "(?s)<NetworkConfig networkName=\"Test_AddAndRemoveIsolatedVappNetworkIpv6\".*?</NetworkConfig>", ""));
        assertThat(removed.status).as(removed.body).isEqualTo(202);
        assertThat(tenant.awaitTask(removed).attr("status")).isEqualTo("success");
        assertThat(VAppNetworkTest.configs(tenant.get(href))).extracting(c -> c.getAttribute("networkName"))
                .containsExactly("acme-net");
    }

    /** Addresses sent in a short form are kept, and answered, in the one expanded form vCD answers with. */
    @Test
    void shortFormsAreAnsweredExpanded() {
        String href = newVApp("short");
        Http.Res accepted = putSection(href, ipv6Config("short", "FE80::AAAA", null, "100", "2001:4860:4860::8844",
                "fe80::aaab", "fe80:0::BBBB"));
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");
        Element scope = scope(VAppNetworkTest.config(tenant.get(href), "short"));
        assertThat(text(scope, "Gateway")).isEqualTo("fe80:0:0:0:0:0:0:aaaa");
        assertThat(text(scope, "Dns1")).isEqualTo("2001:4860:4860:0:0:0:0:8844");
        assertThat(text(scope, "EndAddress")).isEqualTo("fe80:0:0:0:0:0:0:bbbb");
    }

    /** What vCD refuses is a 400 before any task, never a 500, and the section stays as it was. */
    @Test
    void badIpv6ScopesChangeNothing() {
        String href = newVApp("bad6");
        String gw = "fe80:0:0:0:0:0:0:aaaa";
        String dns = "2001:4860:4860:0:0:0:0:8844";
        String[] cases = {
            // the test's second call: NetMask set as well as the prefix length
            ipv6Config("n1", gw, "255.255.255.0", "100", dns, "fe80::aaab", "fe80::bbbb"),
            ipv6Config("n2", "fe80::aaaa::1", null, "100", dns, "fe80::aaab", "fe80::bbbb"),
            ipv6Config("n3", "fe80:0:0:0:0:0:0:zzzz", null, "100", dns, "fe80::aaab", "fe80::bbbb"),
            ipv6Config("n4", gw, null, "129", dns, "fe80::aaab", "fe80::bbbb"),
            ipv6Config("n5", gw, null, "-1", dns, "fe80::aaab", "fe80::bbbb"),
            ipv6Config("n6", gw, null, "100", dns, "fe80::1:0:1", "fe80::1:0:9"),
            ipv6Config("n7", gw, null, "100", "8.8.8.8", "fe80::aaab", "fe80::bbbb"),
            ipv6Config("n8", gw, null, "100", dns, "192.168.0.2", "192.168.0.9"),
            ipv6Config("n9", "192.168.0.1", null, "100", "8.8.8.8", "192.168.0.2", "192.168.0.9"),
            ipv6Config("n10", gw, null, "100", dns, "fe80::aaab", "fe80::bbbb:1:2:3:4:5:6"),
        };
        for (String c : cases) {
            Http.Res refused = putSection(href, c);
            assertThat(refused.status).as(c).isEqualTo(400);
            assertThat(refused.minor()).as(c).isEqualTo("BAD_REQUEST");
        }
        assertThat(VAppNetworkTest.configs(tenant.get(href))).extracting(c -> c.getAttribute("networkName"))
                .containsExactly("acme-net");
    }

    /** A POOL NIC on an IPv6 network takes the pool's first free address; a MANUAL one keeps its own. */
    @Test
    void poolNicsTakeIpv6Addresses() {
        String href = newVApp("nic6");
        assertThat(tenant.awaitTask(putSection(href, ipv6Config("inner6", "2001:db8::1", null, "64",
                "2001:db8::53", "2001:db8::2", "2001:db8::ffff:ffff:ffff:ffff"))).attr("status")).isEqualTo("success");
        String vm = Http.Res.children(tenant.get(href).child("Children"), "Vm").get(0).getAttribute("href");
        Http.Res doc = tenant.get(vm);
        String vmType = "application/vnd.vmware.vcloud.vm+xml";
        String nic = "<NetworkConnection network=\"inner6\" needsCustomization=\"true\"><NetworkConnectionIndex>%d"
                + "</NetworkConnectionIndex><IpAddress>%s</IpAddress><IsConnected>true</IsConnected>"
                + "<IpAddressAllocationMode>%s</IpAddressAllocationMode><NetworkAdapterType>VMXNET3"
                + "</NetworkAdapterType></NetworkConnection>";
        Http.Res accepted = tenant.post(doc.link("reconfigureVm", vmType), vmType, doc.body.replace(
                "</PrimaryNetworkConnectionIndex>", "</PrimaryNetworkConnectionIndex>" + nic.formatted(1, "", "POOL")
                        + nic.formatted(2, "", "POOL") + nic.formatted(3, "2001:db8:0:0:0:0:0:99", "MANUAL")));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");
        List<Element> connections = Http.Res.children(tenant.get(vm).child("NetworkConnectionSection"),
                "NetworkConnection");
        assertThat(connections.subList(1, 4)).extracting(c -> text(c, "IpAddress"))
                .containsExactly("2001:db8:0:0:0:0:0:2", "2001:db8:0:0:0:0:0:3", "2001:db8:0:0:0:0:0:99");
        // a malformed MANUAL address is a 400
        Http.Res again = tenant.get(vm);
        Http.Res bad = tenant.post(again.link("reconfigureVm", vmType), vmType,
                again.body.replace("2001:db8:0:0:0:0:0:99", "2001:db8::99::1"));
        assertThat(bad.status).as(bad.body).isEqualTo(400);
    }
    /**
     * A vApp network bridged to an isolated IPv6 org VDC network takes its scope; a POOL NIC on it takes the org
     * network's first free address, which the org network lists among its allocated addresses.
     */
    @Test
    void aVAppBridgedToAnIpv6OrgNetworkTakesItsAddresses() {
        String orgType = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
        Http.Res created = tenant.post(tenant.get(fixture.vdc).link("add", orgType), orgType, "<OrgVdcNetwork xmlns=\""
                + Http.NS + "\" name=\"org6\"><Configuration><IpScopes><IpScope><IsInherited>false</IsInherited>"
                + "<Gateway>2001:db8:50::1</Gateway><SubnetPrefixLength>64</SubnetPrefixLength><IpRanges><IpRange>"
                + "<StartAddress>2001:db8:50::a</StartAddress><EndAddress>2001:db8:50::f</EndAddress></IpRange>"
                + "</IpRanges></IpScope></IpScopes><FenceMode>isolated</FenceMode></Configuration><IsShared>false"
                + "</IsShared></OrgVdcNetwork>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String org = created.attr("href");
        String href = newVApp("bridged6");
        Http.Res accepted = putSection(href, "<NetworkConfig networkName=\"org6\"><Configuration><ParentNetwork href=\""
                + org + "\"/><FenceMode>bridged</FenceMode></Configuration></NetworkConfig>");
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");
        Element scope = scope(VAppNetworkTest.config(tenant.get(href), "org6"));
        assertThat(text(scope, "IsInherited")).isEqualTo("true");
        assertThat(text(scope, "Gateway")).isEqualTo("2001:db8:50:0:0:0:0:1");
        assertThat(text(scope, "SubnetPrefixLength")).isEqualTo("64");

        String vm = Http.Res.children(tenant.get(href).child("Children"), "Vm").get(0).getAttribute("href");
        String type = "application/vnd.vmware.vcloud.networkConnectionSection+xml";
        Http.Res nics = tenant.get(vm + "/networkConnectionSection/");
        Http.Res pooled = tenant.put(nics.link("edit", type), type, nics.body.replace(">DHCP<", ">POOL<")
                .replaceFirst("network=\"[^\"]*\"", "network=\"org6\""));
        assertThat(pooled.status).as(pooled.body).isEqualTo(202);
        assertThat(tenant.awaitTask(pooled).attr("status")).isEqualTo("success");
        Element nic = Http.Res.children(tenant.get(vm).child("NetworkConnectionSection"), "NetworkConnection").get(0);
        assertThat(text(nic, "IpAddress")).isEqualTo("2001:db8:50:0:0:0:0:a");
        Http.Res allocated = tenant.get(tenant.get(org).link("down",
                "application/vnd.vmware.vcloud.allocatedNetworkAddress+xml"));
        assertThat(allocated.status).as(allocated.body).isEqualTo(200);
        assertThat(allocated.children("IpAddress")).extracting(e -> text(e, "IpAddress"))
                .contains("2001:db8:50:0:0:0:0:a");
    }
}
