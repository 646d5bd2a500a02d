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
 * {@code POST /api/admin/vdc/{id}/action/registerVApp} with RegisterVAppParams (vApp.xsd): a vApp made of VMs of the
 * simulated vCenter by their .vmx datastore paths, found by the admin VDC's rel="add" link of that media type.
 */
class RegisterVAppTest {
    static final String PARAMS = "application/vnd.vmware.admin.registerVAppParams+xml";
    static final String VMS_LIST = "application/vnd.vmware.admin.vmsObjectRefsList+xml";
    static final String OVF_NS = "http://schemas.dmtf.org/ovf/envelope/1";
    static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String adminVdc;
    static String vmsList;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        adminVdc = vdc.replace("/api/vdc/", "/api/admin/vdc/");
        String vc = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                "VimServerReference").stream().filter(r -> r.getAttribute("name").equals("vc1")).findFirst()
                .orElseThrow().getAttribute("href");
        vmsList = admin.get(vc).link("down", VMS_LIST);
    }

    /** A source vApp's OVF descriptor: one virtual system per name, each with a NIC on OVF network source-net. */
    static String ovf(String... vmNames) {
        StringBuilder systems = new StringBuilder();
        for (String name : vmNames) {
            systems.append("<VirtualSystem ovf:id=\"").append(name).append("\"><Name>").append(name)
                    .append("</Name><VirtualHardwareSection><Item><rasd:AddressOnParent>0</rasd:AddressOnParent>")
                    .append("<rasd:Connection>source-net</rasd:Connection><rasd:ResourceType>10</rasd:ResourceType>")
                    .append("</Item></VirtualHardwareSection></VirtualSystem>");
        }
        return "<Envelope xmlns=\"" + OVF_NS + "\" xmlns:ovf=\"" + OVF_NS + "\" xmlns:rasd=\"" + RASD + "\">"
                + "<References/><VirtualSystemCollection ovf:id=\"source\">" + systems
                + "</VirtualSystemCollection></Envelope>";
    }

    static String escaped(String xml) {
        return xml.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** RegisterVAppParams as the schema orders it; {@code vmx} are VsToVmxMap Entry elements. */
    static String params(String name, String ovf, String vmx, String networkMap, String ipMaps) {
        return "<RegisterVAppParams xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description>replica"
                + "</Description><Ovf>" + escaped(ovf) + "</Ovf><VsToVmxMap>" + vmx + "</VsToVmxMap>"
                + "<OvfToVdcNetworkMap>" + networkMap + "</OvfToVdcNetworkMap>" + ipMaps + "</RegisterVAppParams>";
    }

    static String entry(String path) {
        return "<Entry biosUuid=\"" + java.util.UUID.randomUUID() + "\" datastorePath=\"" + path
                + "\" storageProfile=\"*\"/>";
    }

    static final String TO_ACME_NET = "<Entry ovfNetwork=\"source-net\" vdcNetwork=\"acme-net\"/>";
    static final String IP_MAPS = "<ExternalNatIpMap><Entry sourceNatIp=\"10.0.0.5\" destinationNatIp=\"192.168.7.5\"/>"
            + "</ExternalNatIpMap><NicIpMap><Entry sourceNicIp=\"10.0.1.5\" destinationNicIp=\"192.168.1.50\"/>"
            + "</NicIpMap>";

    static Http.Res register(Http who, String body) {
        return who.post(adminVdc + "/action/registerVApp", PARAMS, body);
    }

    static List<String> unmanaged() {
        return Http.Res.children(admin.get(vmsList).root(), Http.VMEXT, "VmObjectRef").stream()
                .map(v -> v.getAttribute("name")).toList();
    }

    static List<String> vapps() {
        return Http.Res.children(admin.get(adminVdc).child("ResourceEntities"), "ResourceEntity").stream()
                .map(e -> e.getAttribute("name")).toList();
    }

    static Element rasdItem(Element vm, String resourceType) {
        var items = vm.getElementsByTagNameNS(OVF_NS, "Item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (resourceType.equals(item.getElementsByTagNameNS(RASD, "ResourceType").item(0).getTextContent())) {
                return item;
            }
        }
        throw new AssertionError("no Item of ResourceType " + resourceType);
    }

    @Test
    void theAdminVdcLinksTheActionForASystemAdministratorOnly() {
        assertThat(admin.get(adminVdc).link("add", PARAMS)).isEqualTo(adminVdc + "/action/registerVApp");
        assertThat(admin.get(adminVdc.replace("/api/admin/vdc/", "/api/vdc/")).links("add", PARAMS)).isEmpty();
    }

    @Test
    void vmxFilesOfTheVCenterBecomeANewVAppsVmsWhichVcdThenManages() {
        Http.Res task = register(admin, params("replica", ovf("db-replica"),
                entry("[shared-disk-1] legacy-db/legacy-db.vmx"), TO_ACME_NET, IP_MAPS));
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("vdcRegisterVapp");
        Element owner = task.child("Owner");
        assertThat(owner.getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.vApp+xml");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");

        assertThat(vapps()).contains("replica");
        Http.Res vapp = tenant.get(owner.getAttribute("href"));
        assertThat(vapp.attr("status")).as("powered off").isEqualTo("8");
        assertThat(vapp.childText("Description")).isEqualTo("replica");
        List<Element> vms = Http.Res.children(vapp.child("Children"), "Vm");
        assertThat(vms).extracting(v -> v.getAttribute("name")).containsExactly("db-replica");
        Http.Res vm = tenant.get(vms.get(0).getAttribute("href"));
        // the .vmx's hardware: legacy-db has 2 CPUs and 4096 MB
        assertThat(rasdItem(vm.root(), "3").getElementsByTagNameNS(RASD, "VirtualQuantity").item(0).getTextContent())
                .isEqualTo("2");
        assertThat(rasdItem(vm.root(), "4").getElementsByTagNameNS(RASD, "VirtualQuantity").item(0).getTextContent())
                .isEqualTo("4096");
        Element nic = (Element) vm.child("NetworkConnectionSection").getElementsByTagNameNS(Http.NS,
                "NetworkConnection").item(0);
        assertThat(nic.getAttribute("network")).as("source-net mapped to acme-net").isEqualTo("acme-net");
        assertThat(unmanaged()).as("vCD manages it now").doesNotContain("legacy-db").contains("legacy-app");

        // its files are a managed VM's now; the vApp's name is taken
        Http.Res again = register(admin, params("replica-2", ovf("x"),
                entry("[shared-disk-1] db-replica/db-replica.vmx"), "", ""));
        assertThat(again.status).as(again.body).isEqualTo(400);
        assertThat(again.body).contains("managed by VMware Cloud Director");
        Http.Res taken = register(admin, params("replica", ovf("app"),
                entry("[shared-disk-1] legacy-app/legacy-app.vmx"), "", ""));
        assertThat(taken.status).isEqualTo(400);
        assertThat(taken.minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(unmanaged()).contains("legacy-app");
    }

    @Test
    void aTenantIsRefused() {
        Http.Res refused = register(tenant, params("mine", ovf("app"),
                entry("[shared-disk-1] legacy-app/legacy-app.vmx"), "", ""));
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(unmanaged()).contains("legacy-app");
        assertThat(vapps()).doesNotContain("mine");
    }

    @Test
    void anUnknownVdcIsRefused() {
        Http.Res refused = admin.post("/api/admin/vdc/" + java.util.UUID.randomUUID() + "/action/registerVApp",
                PARAMS, params("x", ovf("app"), entry("[shared-disk-1] legacy-app/legacy-app.vmx"), "", ""));
        assertThat(refused.status).isBetween(403, 404);
    }

    @Test
    void aPathNamingNoVmOfTheVCenterRefusesTheWholeRequest() {
        // the first entry is fine, the second names nothing: no vApp, and legacy-app stays the vCenter's
        Http.Res refused = register(admin, params("half", ovf("a", "b"),
                entry("[shared-disk-1] legacy-app/legacy-app.vmx") + entry("[shared-disk-2] nobody/nobody.vmx"),
                "", ""));
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(vapps()).doesNotContain("half");
        assertThat(unmanaged()).contains("legacy-app");
    }

    @Test
    void badParamsAreRefusedBeforeAnyTask() {
        String app = entry("[shared-disk-1] legacy-app/legacy-app.vmx");
        List<String> bodies = List.of(
                params("", ovf("a"), app, "", ""), // no name
                "<RegisterVAppParams xmlns=\"" + Http.NS + "\" name=\"n\"><VsToVmxMap>" + app
                        + "</VsToVmxMap></RegisterVAppParams>", // no Ovf
                params("n", "not xml", app, "", ""),
                params("n", ovf("a", "b"), app, "", ""), // two virtual systems, one .vmx
                params("n", ovf("a"), "", "", ""),
                params("n", ovf("a"), entry("legacy-app.vmx"), "", ""), // not a datastore path
                params("n", ovf("a", "b"), app + app, "", ""), // one .vmx twice
                params("n", ovf("a"), "<Entry biosUuid=\"nope\" datastorePath=\"[shared-disk-1] legacy-app/"
                        + "legacy-app.vmx\"/>", "", ""),
                params("n", ovf("a"), "<Entry datastorePath=\"[shared-disk-1] legacy-app/legacy-app.vmx\" "
                        + "storageProfile=\"platinum\"/>", "", ""),
                params("n", ovf("a"), app, "<Entry ovfNetwork=\"source-net\" vdcNetwork=\"no-such-net\"/>", ""),
                params("n", ovf("a"), app, "<Entry ovfNetwork=\"source-net\"/>", ""),
                params("n", ovf("a"), app, "", "<NicIpMap><Entry sourceNicIp=\"10.0.0.1\" destinationNicIp="
                        + "\"300.1.1.1\"/></NicIpMap>"),
                params("n".repeat(129), ovf("a"), app, "", ""));
        for (String body : bodies) {
            Http.Res refused = register(admin, body);
            assertThat(refused.status).as(body + " -> " + refused.body).isEqualTo(400);
            assertThat(refused.minor()).as(body).isIn("BAD_REQUEST", "INVALID_REFERENCE", "DUPLICATE_NAME");
        }
        assertThat(vapps()).doesNotContain("n");
        assertThat(unmanaged()).contains("legacy-app");
    }

    @Test
    void aFailedTaskLeavesNoVAppAndTheVmTheVCenters() {
        Http.Res set = admin.send(admin.request("/api/vcdsim/simulation").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"failures\": [{\"operationName\": "
                        + "\"vdcRegisterVapp\", \"majorErrorCode\": 500, \"minorErrorCode\": \"INTERNAL_SERVER_ERROR\", "
                        + "\"message\": \"vCenter busy\", \"count\": 1}]}")));
        assertThat(set.status).as(set.body).isEqualTo(200);
        try {
            Http.Res task = register(admin, params("doomed", ovf("app"),
                    entry("[shared-disk-1] legacy-app/legacy-app.vmx"), "", ""));
            assertThat(task.status).as(task.body).isEqualTo(202);
            assertThat(admin.awaitTask(task).attr("status")).isEqualTo("error");
            assertThat(vapps()).doesNotContain("doomed");
            assertThat(unmanaged()).contains("legacy-app");
        } finally {
            admin.send(admin.request("/api/vcdsim/simulation").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        }
    }
}
