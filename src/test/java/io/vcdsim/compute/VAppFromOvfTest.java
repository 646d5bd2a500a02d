package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Programming Guide's "Create a vApp From an OVF Package": InstantiateOvfParams at the VDC's rel=add link, then
 * the descriptor and the files it names PUT to the vApp's upload links, as for a template.
 */
class VAppFromOvfTest {
    static final String PARAMS = "application/vnd.vmware.vcloud.instantiateOvfParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String vdc;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
        vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
    }

    static Http.Res instantiate(String name, String attributes, String mapping) {
        String acme = ((Element) tenant.get(vdc).child("AvailableNetworks").getElementsByTagNameNS(Http.NS, "Network")
                .item(0)).getAttribute("href");
        return tenant.post(tenant.get(vdc).link("add", PARAMS), PARAMS, "<InstantiateOvfParams xmlns=\"" + Http.NS
                + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" name=\"" + name + "\"" + attributes + ">"
                + "<Description>from a package</Description><InstantiationParams><NetworkConfigSection><ovf:Info/>"
                + "<NetworkConfig networkName=\"front\"><Configuration><ParentNetwork href=\"" + acme + "\"/>"
                + "<FenceMode>bridged</FenceMode></Configuration></NetworkConfig></NetworkConfigSection>"
                + "</InstantiationParams><AllEULAsAccepted>true</AllEULAsAccepted>" + mapping
                + "</InstantiateOvfParams>");
    }

    static Element file(Http.Res vapp, String name) {
        return Http.Res.children(vapp.child("Files"), "File").stream().filter(f -> f.getAttribute("name")
                .equals(name)).findFirst().orElseThrow();
    }

    static String upload(Element file) {
        return Http.Res.children(file, "Link").get(0).getAttribute("href");
    }

    /** The vApp waits for its package, gets its VMs from the descriptor, and is deployed and on once it is in. */
    @Test
    void aVAppIsMadeFromAnUploadedPackageAndPoweredOn() throws Exception {
        String name = "ovf-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = instantiate(name, "", "<NetworkMapping><Source>VM Network</Source><Target>front</Target>"
                + "</NetworkMapping>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.attr("status")).isEqualTo("0");
        assertThat(created.attr("ovfDescriptorUploaded")).isEqualTo("false");
        Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);
        assertThat(task.getAttribute("operationName")).isEqualTo("vdcUploadOvfContents");
        assertThat(task.getAttribute("status")).isEqualTo("running");

        String href = created.attr("href");
        Http.Res put = tenant.send(tenant.request(upload(file(created, "descriptor.ovf")))
                .header("Content-Type", "text/xml").PUT(HttpRequest.BodyPublishers.ofByteArray(
                        TemplateUploadTest.ovf())));
        assertThat(put.status).as(put.body).isEqualTo(200);
        Http.Res described = tenant.get(href);
        assertThat(described.attr("ovfDescriptorUploaded")).isEqualTo("true");
        List<Element> vms = Http.Res.children(described.child("Children"), "Vm");
        assertThat(vms).extracting(v -> v.getAttribute("name")).containsExactly("web", "db");
        Element nic = (Element) tenant.get(vms.get(0).getAttribute("href")).child("NetworkConnectionSection")
                .getElementsByTagNameNS(Http.NS, "NetworkConnection").item(0);
        assertThat(nic.getAttribute("network")).as("mapped from the OVF's VM Network").isEqualTo("front");

        byte[] vmdk = new byte[300_000];
        String disk = upload(file(described, "disk-0.vmdk"));
        String fileId = disk.substring(disk.indexOf("/transfer/") + 10, disk.lastIndexOf('/'));
        Http.Res chunk = tenant.send(tenant.request(disk).header("Content-Range",
                "bytes 0-" + (vmdk.length - 1) + "/" + vmdk.length).PUT(HttpRequest.BodyPublishers.ofByteArray(vmdk)));
        assertThat(chunk.status).isEqualTo(200);
        assertThat(tenant.awaitTask(described).attr("status")).isEqualTo("success");
        Http.Res ready = tenant.get(href);
        assertThat(ready.attr("status")).as("deployed and powered on, by default").isEqualTo("4");
        assertThat(ready.child("Files")).isNull();
        assertThat(vcd.dataDir().resolve("transfer").resolve(fileId)).as("the package went with its upload")
                .doesNotExist();
    }

    /** deploy and powerOn false leave it off; a mapping to a network it does not declare, or a canceled upload. */
    @Test
    void aVAppFromAPackageStaysOffWhenAskedAndGoesWhenItsUploadIsCanceled() throws Exception {
        assertThat(instantiate("ovf-bad-" + UUID.randomUUID().toString().substring(0, 8), "", "<NetworkMapping>"
                + "<Source>VM Network</Source><Target>nowhere</Target></NetworkMapping>").status).isEqualTo(400);

        Http.Res off = instantiate("ovf-off-" + UUID.randomUUID().toString().substring(0, 8),
                " deploy=\"false\" powerOn=\"false\"", "");
        assertThat(off.status).as(off.body).isEqualTo(201);
        assertThat(tenant.send(tenant.request(upload(file(off, "descriptor.ovf"))).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(TemplateUploadTest.ovf()))).status).isEqualTo(200);
        Http.Res described = tenant.get(off.attr("href"));
        Element nic = (Element) tenant.get(Http.Res.children(described.child("Children"), "Vm").get(0)
                .getAttribute("href")).child("NetworkConnectionSection").getElementsByTagNameNS(Http.NS,
                "NetworkConnection").item(0);
        assertThat(nic.getAttribute("network")).as("the OVF's network is none of the vApp's").isEqualTo("none");
        byte[] vmdk = new byte[300_000];
        tenant.send(tenant.request(upload(file(described, "disk-0.vmdk"))).header("Content-Range",
                "bytes 0-" + (vmdk.length - 1) + "/" + vmdk.length).PUT(HttpRequest.BodyPublishers.ofByteArray(vmdk)));
        assertThat(tenant.awaitTask(described).attr("status")).isEqualTo("success");
        assertThat(tenant.get(off.attr("href")).attr("status")).isEqualTo("8");

        Http.Res canceled = instantiate("ovf-cancel-" + UUID.randomUUID().toString().substring(0, 8), "", "");
        Element task = Http.Res.children(canceled.child("Tasks"), "Task").get(0);
        assertThat(tenant.post(task.getAttribute("href") + "/action/cancel", null, null).status).isEqualTo(204);
        assertThat(tenant.awaitTask(canceled).attr("status")).isIn("canceled", "aborted");
        assertThat(tenant.get(canceled.attr("href")).status).as("nothing left").isIn(403, 404);
    }
}
