package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's ready vApp template with two VMs (app-1 with 2 CPUs, app-2), uploaded as pyvcloud uploads one, and
 * vApps instantiated from it the way pyvcloud's VDC.instantiate_vapp posts them.
 */
final class TemplateFixture {
    static final String INSTANTIATE = "application/vnd.vmware.vcloud.instantiateVAppTemplateParams+xml";
    static final String OVF = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
            + "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/"
            + "cim-schema/2/CIM_ResourceAllocationSettingData\"><References/><VirtualSystemCollection ovf:id=\"app\">"
            + "<VirtualSystem ovf:id=\"a\"><Name>app-1</Name><VirtualHardwareSection><Item><rasd:ResourceType>3"
            + "</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item></VirtualHardwareSection>"
            + "</VirtualSystem><VirtualSystem ovf:id=\"b\"><Name>app-2</Name></VirtualSystem>"
            + "</VirtualSystemCollection></Envelope>";
    final Http tenant;
    final String template;
    final String vdc;

    private TemplateFixture(Http tenant, String template, String vdc) {
        this.tenant = tenant;
        this.template = template;
        this.vdc = vdc;
    }

    static TemplateFixture ready(Http tenant) throws InterruptedException {
        return ready(tenant, OVF);
    }

    /** A ready template of this OVF descriptor. */
    static TemplateFixture ready(Http tenant, String ovf) throws InterruptedException {
        Http.Res catalog = Sim.readyCatalog(tenant, "apps-" + UUID.randomUUID().toString().substring(0, 8));
        String params = "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml";
        Http.Res item = tenant.post(catalog.link("add", params), params, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"app\"/>");
        String template = item.child("Entity").getAttribute("href");
        Http.Res t = tenant.get(template);
        String put = Http.Res.children(Http.Res.children(t.child("Files"), "File").get(0), "Link").get(0)
                .getAttribute("href");
        assertThat(tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(ovf))).status).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 10_000; // no file to wait for: ready almost at once
        while (!tenant.get(template).attr("status").equals("8") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(tenant.get(template).attr("status")).isEqualTo("8");
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        return new TemplateFixture(tenant, template, vdc);
    }

    /** Lifts the VDC's CPU and memory limits (0: none), for test classes that make many vApps. */
    void unlimited(Http admin) {
        String adminVdc = vdc.replace("/api/vdc/", "/api/admin/vdc/");
        String body = admin.get(adminVdc).body.replaceAll("<Limit>\\d+</Limit>", "<Limit>0</Limit>");
        assertThat(admin.awaitTask(admin.put(adminVdc, "application/vnd.vmware.admin.vdc+xml", body))
                .attr("status")).isEqualTo("success");
    }

    /** What pyvcloud's VDC.instantiate_vapp posts, without a network. */
    Http.Res instantiate(String name, boolean powerOn) {
        Http.Res t = tenant.get(template);
        Element vm = Http.Res.children(t.child("Children"), "Vm").get(0);
        String body = "<InstantiateVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"" + name + "\" deploy=\""
                + powerOn + "\" powerOn=\"" + powerOn + "\"><Description/><InstantiationParams/><Source href=\""
                + template + "\"/><SourcedItem><Source href=\"" + vm.getAttribute("href") + "\" id=\""
                + vm.getAttribute("id") + "\" name=\"" + vm.getAttribute("name") + "\" type=\"" + vm.getAttribute("type")
                + "\"/><VmGeneralParams><NeedsCustomization>false</NeedsCustomization></VmGeneralParams>"
                + "<InstantiationParams/></SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted>"
                + "</InstantiateVAppTemplateParams>";
        return tenant.post(tenant.get(vdc).link("add", INSTANTIATE), INSTANTIATE, body);
    }

    /** pyvcloud's instantiate_vapp with vm_name and network: the first VM renamed, its NIC on an org VDC network. */
    Http.Res instantiateOnNetwork(String name, String vmName, String network, String hardware) {
        return tenant.post(tenant.get(vdc).link("add", INSTANTIATE), INSTANTIATE, instantiateBody(name, vmName, network,
                hardware));
    }

    /** The body of {@link #instantiateOnNetwork}. */
    String instantiateBody(String name, String vmName, String network) {
        return instantiateBody(name, vmName, network, "");
    }

    private String instantiateBody(String name, String vmName, String network, String hardware) {
        Element vm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(0);
        assertThat(Http.Res.children(vm, "NetworkConnectionSection").get(0).getElementsByTagNameNS(Http.NS,
                "PrimaryNetworkConnectionIndex").getLength()).isEqualTo(1);
        return "<InstantiateVAppTemplateParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/"
                + "ovf/envelope/1\" name=\"" + name + "\"><Source href=\"" + template + "\"/><SourcedItem><Source href=\""
                + vm.getAttribute("href") + "\"/><VmGeneralParams><Name>" + vmName + "</Name><NeedsCustomization>false"
                + "</NeedsCustomization></VmGeneralParams><InstantiationParams><NetworkConnectionSection><ovf:Info>nics"
                + "</ovf:Info><NetworkConnection network=\"" + network + "\"><NetworkConnectionIndex>0"
                + "</NetworkConnectionIndex><IsConnected>true</IsConnected><IpAddressAllocationMode>DHCP"
                + "</IpAddressAllocationMode></NetworkConnection></NetworkConnectionSection>" + hardware
                + "</InstantiationParams>"
                + "</SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted></InstantiateVAppTemplateParams>";
    }

    /** A new vApp of the template, its creation done. */
    String newVApp(String prefix) {
        Http.Res created = instantiate(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        return created.attr("href");
    }
}
