package io.vcdsim.network;

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

/**
 * External networks and org VDC networks on {@code /api}, as pyvcloud's Platform and VDC classes and
 * go-vcloud-director's externalnetwork.go and orgvdcnetwork.go make, find, change and delete them.
 */
class NetworkTest {
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    static final String EXTERNAL = "application/vnd.vmware.admin.vmwexternalnet+xml";
    static final String EXTERNAL_REFS = "application/vnd.vmware.admin.vmwExternalNetworkReferences+xml";
    static final String ORG_VDC_NETWORK = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdc;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The first port group no external network stands on, as pyvcloud's system tests pick one. */
    static Element freePortGroup() {
        for (Element r : admin.get("/api/query?type=portgroup&format=records&filter=vcName==vc1")
                .children("PortgroupRecord")) {
            if (r.getAttribute("networkName").equals("--") && r.getAttribute("portgroupType").equals("DV_PORTGROUP")) {
                return r;
            }
        }
        throw new AssertionError("no free distributed port group");
    }

    static String scope(String gateway, String netmask, String dns1, String... ranges) {
        StringBuilder s = new StringBuilder("<IpScope><IsInherited>false</IsInherited><Gateway>" + gateway
                + "</Gateway><Netmask>" + netmask + "</Netmask>" + (dns1 == null ? "" : "<Dns1>" + dns1 + "</Dns1>")
                + "<DnsSuffix>example.com</DnsSuffix><IpRanges>");
        for (String r : ranges) {
            s.append("<IpRange><StartAddress>").append(r.split("-")[0]).append("</StartAddress><EndAddress>")
                    .append(r.split("-")[1]).append("</EndAddress></IpRange>");
        }
        return s.append("</IpRanges></IpScope>").toString();
    }

    /** What pyvcloud's Platform.create_external_network posts to the extension root's "add" link. */
    static Http.Res createExternal(String name, String moref, String... scopes) {
        String add = admin.get("/api/admin/extension").link("add", EXTERNAL);
        return admin.post(add, EXTERNAL, "<vmext:VMWExternalNetwork xmlns:vmext=\"" + VMEXT + "\" xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><Description>" + name + "</Description><Configuration><IpScopes>"
                + String.join("", scopes) + "</IpScopes><FenceMode>isolated</FenceMode></Configuration>"
                + "<vmext:VimPortGroupRefs><vmext:VimObjectRef><vmext:VimServerRef href=\"" + vcd.httpUrl()
                + "/api/admin/extension/vimServer/x\"/><vmext:MoRef>" + moref + "</vmext:MoRef><vmext:VimObjectType>"
                + "DV_PORTGROUP</vmext:VimObjectType></vmext:VimObjectRef></vmext:VimPortGroupRefs>"
                + "</vmext:VMWExternalNetwork>");
    }

    static List<String> externalNames() {
        String refs = admin.get("/api/admin/extension").link("down", EXTERNAL_REFS);
        return Http.Res.children(admin.get(refs).root(), VMEXT, "ExternalNetworkReference").stream()
                .map(e -> e.getAttribute("name")).toList();
    }

    static String text(Element e, String localName) {
        var found = e.getElementsByTagNameNS(Http.NS, localName);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    /** What pyvcloud's create_isolated_vdc_network posts to the VDC's "add" link (DHCP settings included). */
    static Http.Res createIsolated(Http who, String name, String scope) {
        return who.post(who.get(vdc).link("add", ORG_VDC_NETWORK), ORG_VDC_NETWORK, "<OrgVdcNetwork xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><Description>isolated</Description><Configuration><IpScopes>"
                + scope + "</IpScopes><FenceMode>isolated</FenceMode></Configuration><ServiceConfig><DhcpService>"
                + "<IsEnabled>true</IsEnabled></DhcpService></ServiceConfig><IsShared>false</IsShared>"
                + "</OrgVdcNetwork>");
    }

    /** What pyvcloud's create_directly_connected_vdc_network posts. */
    static Http.Res createDirect(Http who, String name, String parentHref) {
        return who.post(who.get(vdc).link("add", ORG_VDC_NETWORK), ORG_VDC_NETWORK, "<OrgVdcNetwork xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><Configuration><ParentNetwork href=\"" + parentHref + "\"/>"
                + "<FenceMode>bridged</FenceMode></Configuration><IsShared>false</IsShared></OrgVdcNetwork>");
    }

    @Test
    void anExternalNetworkStandsOnAFreePortGroupAndGoesAway() {
        Element pg = freePortGroup();
        String moref = pg.getAttribute("moref");
        String name = unique("ext");
        Http.Res created = createExternal(name, moref,
                scope("192.168.201.1", "255.255.255.0", "192.168.202.253", "192.168.201.3-192.168.201.100",
                        "192.168.201.105-192.168.201.140"),
                scope("192.168.231.1", "255.255.255.0", null, "192.168.231.3-192.168.231.100"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(created.root().getLocalName()).isEqualTo("VMWExternalNetwork");
        Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);
        assertThat(task.getAttribute("operationName")).isEqualTo("networkCreateExternalNetwork");
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
        assertThat(externalNames()).contains(name, "vcdsim-external");

        Http.Res net = admin.get(created.attr("href"));
        assertThat(net.attr("type")).isEqualTo(EXTERNAL);
        assertThat(net.attr("id")).isEqualTo("urn:vcloud:network:" + net.attr("href")
                .substring(net.attr("href").lastIndexOf('/') + 1));
        assertThat(net.attr("status")).isEqualTo("1");
        var found = net.root().getElementsByTagNameNS(Http.NS, "IpScope");
        List<Element> scopes = java.util.stream.IntStream.range(0, found.getLength())
                .mapToObj(i -> (Element) found.item(i)).toList();
        assertThat(scopes).hasSize(2);
        assertThat(text(scopes.get(0), "Gateway")).isEqualTo("192.168.201.1");
        assertThat(text(scopes.get(0), "Dns1")).isEqualTo("192.168.202.253");
        assertThat(scopes.get(0).getElementsByTagNameNS(Http.NS, "IpRange").getLength()).isEqualTo(2);
        assertThat(text(scopes.get(1), "SubnetPrefixLength")).isEqualTo("24");
        // go-vcloud-director's tests read the singular, older element; pyvcloud the plural one
        Element single = Http.Res.children(net.root(), VMEXT, "VimPortGroupRef").get(0);
        assertThat(single.getElementsByTagNameNS(VMEXT, "MoRef").item(0).getTextContent()).isEqualTo(moref);
        assertThat(((Element) net.root().getElementsByTagNameNS(VMEXT, "VimServerRef").item(0)).getAttribute("href"))
                .contains("/api/admin/extension/vimServer/");

        // the port group now names its network, and backs no other
        Element used = admin.get("/api/query?type=portgroup&format=records&filter=moref==" + moref)
                .children("PortgroupRecord").get(0);
        assertThat(used.getAttribute("networkName")).isEqualTo(name);
        Http.Res again = createExternal(unique("ext"), moref, scope("10.9.0.1", "255.255.255.0", null));
        assertThat(again.status).as(again.body).isEqualTo(400);
        Http.Res twin = createExternal(name, freePortGroup().getAttribute("moref"),
                scope("10.9.0.1", "255.255.255.0", null));
        assertThat(twin.status).isEqualTo(400);
        assertThat(twin.root().getAttribute("minorErrorCode")).isEqualTo("DUPLICATE_NAME");
        assertThat(tenant.get(created.attr("href")).status).isEqualTo(403);

        Http.Res renamed = admin.put(net.link("edit", EXTERNAL), EXTERNAL, "<vmext:VMWExternalNetwork xmlns:vmext=\""
                + VMEXT + "\" xmlns=\"" + Http.NS + "\" name=\"" + name + "-2\"><Description>changed</Description>"
                + "</vmext:VMWExternalNetwork>");
        assertThat(renamed.status).as(renamed.body).isEqualTo(202);
        assertThat(admin.awaitTask(renamed).attr("status")).isEqualTo("success");
        assertThat(admin.get(created.attr("href")).childText("Description")).isEqualTo("changed");

        Http.Res deleted = admin.delete(net.link("remove", null));
        assertThat(deleted.status).as(deleted.body).isEqualTo(202);
        assertThat(admin.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(admin.get(created.attr("href")).status).isEqualTo(403);
        assertThat(externalNames()).doesNotContain(name + "-2");
        assertThat(admin.get("/api/query?type=portgroup&format=records&filter=moref==" + moref)
                .children("PortgroupRecord").get(0).getAttribute("networkName")).isEqualTo("--");
    }

    @Test
    void addressingThatCannotBeIsRefusedBeforeAnythingIsStored() {
        String moref = freePortGroup().getAttribute("moref");
        List<String> before = externalNames();
        for (String bad : List.of(scope("10.1.1.300", "255.255.255.0", null),
                scope("10.1.1.1", "255.0.255.0", null),
                scope("10.1.1.1", "255.255.255.0", "dns"),
                scope("10.1.1.1", "255.255.255.0", null, "10.1.2.2-10.1.2.9"),
                scope("10.1.1.1", "255.255.255.0", null, "10.1.1.9-10.1.1.2"),
                scope("10.1.1.1", "255.255.255.0", null, "10.1.1.1-10.1.1.9"),
                scope("10.1.1.1", "255.255.255.0", null, "10.1.1.2-10.1.1.9", "10.1.1.5-10.1.1.20"),
                scope("10.1.1.0", "255.255.255.0", null),
                scope("010.1.1.1", "255.255.255.0", null), // one address, one spelling
                scope("10.1.1.1", "255.255.255.0", null, "10.1.1.200-10.1.1.255"))) { // the broadcast address
            Http.Res refused = createExternal(unique("bad"), moref, bad);
            assertThat(refused.status).as(bad).isEqualTo(400);
            assertThat(refused.root().getAttribute("minorErrorCode")).as(bad).isEqualTo("BAD_REQUEST");
        }
        Http.Res noSuchPortGroup = createExternal(unique("bad"), "dvportgroup-404", scope("10.1.1.1",
                "255.255.255.0", null));
        assertThat(noSuchPortGroup.status).isEqualTo(400);
        assertThat(externalNames()).isEqualTo(before);
        assertThat(freePortGroup().getAttribute("moref")).isEqualTo(moref);
    }

    @Test
    void isolatedAndDirectNetworksAreMadeQueriedChangedAndDeleted() {
        String iso = unique("iso net");
        Http.Res created = createIsolated(tenant, iso, scope("10.1.1.1", "255.255.240.0", "8.8.8.8",
                "10.1.1.10-10.1.1.20"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getLocalName()).isEqualTo("OrgVdcNetwork");
        assertThat(Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("operationName"))
                .isEqualTo("networkCreateOrgVdcNetwork");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");

        String external = admin.get("/api/query?type=externalNetwork&format=records&filter=name==vcdsim-external")
                .children("NetworkRecord").get(0).getAttribute("href");
        String direct = unique("direct");
        assertThat(createDirect(tenant, direct, external).status).as("only a system administrator bridges")
                .isEqualTo(403);
        Http.Res bridged = createDirect(admin, direct, external);
        assertThat(bridged.status).as(bridged.body).isEqualTo(201);
        assertThat(admin.awaitTask(bridged).attr("status")).isEqualTo("success");
        Http.Res directNet = tenant.get(bridged.attr("href"));
        Element parent = (Element) directNet.child("Configuration").getElementsByTagNameNS(Http.NS, "ParentNetwork")
                .item(0);
        assertThat(parent.getAttribute("name")).isEqualTo("vcdsim-external");
        assertThat(parent.getAttribute("id")).isEqualTo(admin.get(external).attr("id"));
        assertThat(text(directNet.child("Configuration"), "IsInherited")).isEqualTo("true");
        assertThat(text(directNet.child("Configuration"), "Gateway")).isEqualTo("10.150.0.1");

        // the VDC lists both; the query (go-vcloud-director's GetNetworkList, pyvcloud's records) tells them apart
        assertThat(Http.Res.children(tenant.get(vdc).child("AvailableNetworks"), "Network"))
                .extracting(e -> e.getAttribute("name")).contains(iso, direct, "acme-net");
        Http.Res records = tenant.get("/api/query?type=orgVdcNetwork&format=records&filter=vdc==" + vdc);
        Element isoRecord = null;
        Element directRecord = null;
        for (Element r : records.children("OrgVdcNetworkRecord")) {
            if (r.getAttribute("name").equals(iso)) {
                isoRecord = r;
            } else if (r.getAttribute("name").equals(direct)) {
                directRecord = r;
            }
        }
        assertThat(isoRecord.getAttribute("linkType")).isEqualTo("2");
        assertThat(isoRecord.getAttribute("connectedTo")).isEqualTo("acme-vdc");
        assertThat(isoRecord.getAttribute("href")).contains("/api/admin/network/"); // pyvcloud deletes by it
        assertThat(isoRecord.getAttribute("dns1")).isEqualTo("8.8.8.8");
        assertThat(isoRecord.getAttribute("netmask")).isEqualTo("255.255.240.0");
        assertThat(directRecord.getAttribute("linkType")).isEqualTo("0");
        assertThat(directRecord.getAttribute("connectedTo")).isEqualTo("vcdsim-external");
        assertThat(directRecord.getAttribute("isIpScopeInherited")).isEqualTo("true");
        // go-vcloud-director's QueryOrgVdcNetworkByName: url.QueryEscape'd (a space is '+'), filterEncoded=true
        Http.Res byName = tenant.get("/api/query?type=orgVdcNetwork&format=records&filterEncoded=true&filter="
                + java.net.URLEncoder.encode("name==" + java.net.URLEncoder.encode(iso,
                java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byName.children("OrgVdcNetworkRecord")).extracting(e -> e.getAttribute("name"))
                .containsExactly(iso);

        // a duplicate name in the org, and a routed network with no edge gateway, are refused
        Http.Res twin = createIsolated(tenant, iso.toUpperCase(), scope("10.2.1.1", "255.255.255.0", null));
        assertThat(twin.root().getAttribute("minorErrorCode")).isEqualTo("DUPLICATE_NAME");
        Http.Res routed = tenant.post(tenant.get(vdc).link("add", ORG_VDC_NETWORK), ORG_VDC_NETWORK,
                "<OrgVdcNetwork xmlns=\"" + Http.NS + "\" name=\"" + unique("routed") + "\"><Configuration><IpScopes>"
                        + scope("10.3.1.1", "255.255.255.0", null) + "</IpScopes><FenceMode>natRouted</FenceMode>"
                        + "</Configuration><IsShared>false</IsShared></OrgVdcNetwork>");
        assertThat(routed.status).isEqualTo(400);

        // go-vcloud-director's Update: the whole network, PUT to the admin view
        Http.Res isoNet = tenant.get(created.attr("href"));
        String renamed = iso + "-renamed";
        String body = isoNet.body.replace("name=\"" + iso + "\"", "name=\"" + renamed + "\"")
                .replace("<DnsSuffix>example.com</DnsSuffix>", "<DnsSuffix>changed.example</DnsSuffix>");
        Http.Res updated = tenant.put(isoNet.link("edit", ORG_VDC_NETWORK), ORG_VDC_NETWORK, body);
        assertThat(updated.status).as(updated.body).isEqualTo(202);
        assertThat(tenant.awaitTask(updated).attr("status")).isEqualTo("success");
        Http.Res after = tenant.get(created.attr("href"));
        assertThat(after.attr("name")).isEqualTo(renamed);
        assertThat(text(after.child("Configuration"), "DnsSuffix")).isEqualTo("changed.example");
        assertThat(text(after.child("Configuration"), "StartAddress")).isEqualTo("10.1.1.10");

        // an external network with a direct network on it stays
        Http.Res extDelete = admin.delete(external);
        assertThat(admin.awaitTask(extDelete).attr("status")).isEqualTo("error");
        assertThat(admin.get(external).status).isEqualTo(200);

        for (Http.Res n : List.of(after, directNet)) {
            Http.Res deleted = admin.delete(n.link("remove", null));
            assertThat(deleted.status).as(deleted.body).isEqualTo(202);
            assertThat(admin.awaitTask(deleted).attr("status")).isEqualTo("success");
            assertThat(tenant.get(n.attr("href")).status).isEqualTo(403);
        }
        assertThat(Http.Res.children(tenant.get(vdc).child("AvailableNetworks"), "Network"))
                .extracting(e -> e.getAttribute("name")).doesNotContain(renamed, direct);
    }
}
