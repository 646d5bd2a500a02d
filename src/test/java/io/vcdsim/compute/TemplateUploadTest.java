package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** OVF template upload as pyvcloud's Org.upload_ovf does it: params, descriptor, then each file in chunks. */
class TemplateUploadTest {
    static final String PARAMS = "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
    }

    static byte[] ovf() throws Exception {
        return TemplateUploadTest.class.getResourceAsStream("/two-vms.ovf").readAllBytes();
    }

    static List<Element> files(Http.Res template) {
        return Http.Res.children(template.child("Files"), "File");
    }

    static String upload(Element file) {
        return Http.Res.children(file, "Link").get(0).getAttribute("href");
    }

    @Test
    void theDescriptorAddsFilesAndVmsAndTheLastByteMakesTheTemplateReady() throws Exception {
        Http.Res catalog = Sim.readyCatalog(tenant, "templates-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = tenant.post(catalog.link("add", PARAMS), PARAMS, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"web-tier\"><Description>two VMs</Description></UploadVAppTemplateParams>");
        assertThat(item.status).as(item.body).isEqualTo(201);
        String templateHref = item.child("Entity").getAttribute("href");
        Http.Res template = tenant.get(templateHref);
        assertThat(template.attr("ovfDescriptorUploaded")).isEqualTo("false");
        assertThat(files(template)).hasSize(1);

        String descriptorHref = upload(files(template).get(0));
        Http.Res descriptor = tenant.send(tenant.request(descriptorHref).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ovf())));
        assertThat(descriptor.status).as(descriptor.body).isEqualTo(200);
        template = tenant.get(templateHref);
        assertThat(template.attr("ovfDescriptorUploaded")).isEqualTo("true");
        assertThat(files(template)).hasSize(2); // pyvcloud polls until there is more than one
        Element disk = files(template).stream().filter(f -> f.getAttribute("name").equals("disk-0.vmdk")).findFirst()
                .orElseThrow();
        assertThat(disk.getAttribute("size")).isEqualTo("300000");
        List<Element> vms = Http.Res.children(template.child("Children"), "Vm");
        assertThat(vms).extracting(v -> v.getAttribute("name")).containsExactly("web", "db");
        assertThat(vms.get(0).getAttribute("href")).contains("/api/vAppTemplate/vm-");
        assertThat(tenant.send(tenant.request(descriptorHref).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ovf()))).status).as("a second descriptor").isEqualTo(400);

        byte[] vmdk = new byte[300_000];
        new Random(7).nextBytes(vmdk);
        String href = upload(disk);
        for (int from = 0; from < vmdk.length; from += 128_000) {
            int to = Math.min(vmdk.length, from + 128_000);
            Http.Res chunk = tenant.send(tenant.request(href).header("Content-Range", "bytes " + from + "-" + (to - 1)
                    + "/" + vmdk.length).PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(vmdk, from, to))));
            assertThat(chunk.status).isEqualTo(200);
        }
        Http.Res task = tenant.awaitTask(template);
        assertThat(task.attr("status")).isEqualTo("success");
        assertThat(task.attr("operationName")).isEqualTo("vdcUploadOvfContents");
        Http.Res ready = tenant.get(templateHref);
        assertThat(ready.attr("status")).isEqualTo("8");
        assertThat(ready.child("Files")).isNull();
        assertThat(Http.Res.children(ready.child("Children"), "Vm")).extracting(v -> v.getAttribute("status"))
                .containsOnly("8");
        String descriptorDownload = ready.link("download:default", "text/xml");
        assertThat(tenant.get(descriptorDownload).raw.body()).isEqualTo(ovf());
        String base = descriptorDownload.substring(0, descriptorDownload.lastIndexOf('/') + 1);
        assertThat(tenant.get(base + "disk-0.vmdk").raw.body()).as("next to the descriptor, as pyvcloud builds it")
                .isEqualTo(vmdk);
        assertThat(tenant.post(ready.link("enable", null), null, null).status).isEqualTo(202);

        // go-vcloud-director's Vdc.QueryCatalogItemList: the VDC's items, by the VDC's URN, naming their entity
        String vdc = ready.link("up", "application/vnd.vmware.vcloud.vdc+xml");
        String urn = "urn:vcloud:vdc:" + vdc.substring(vdc.lastIndexOf('/') + 1);
        List<Element> records = tenant.get("/api/query?type=catalogItem&format=records&filter=vdc==" + urn)
                .children("CatalogItemRecord");
        Element record = records.stream().filter(r -> r.getAttribute("href").equals(item.attr("href"))).findFirst()
                .orElseThrow();
        assertThat(record.getAttribute("entityType")).isEqualTo("vappTemplate");
        assertThat(record.getAttribute("entity")).isEqualTo(templateHref);
        assertThat(record.getAttribute("vdc")).isEqualTo(vdc);
        assertThat(record.getAttribute("isPublished")).isEqualTo("false");
        assertThat(record.getAttribute("ownerName")).as("who uploaded it").isEqualTo("acmeadmin");
        // go-vcloud-director's filter engine asks for the fields vCD has, ownerName among them
        Http.Res templates = tenant.get("/api/query?type=vAppTemplate&format=records&fields=name,ownerName,"
                + "catalogName,isPublished,vdc,vdcName,org,creationDate,isBusy,isGoldMaster,isEnabled,status,"
                + "isDeployed,isExpired,storageProfileName&filter=name==" + ready.attr("name"));
        assertThat(templates.status).as(templates.body).isEqualTo(200);
        assertThat(templates.children("VAppTemplateRecord").get(0).getAttribute("ownerName")).isEqualTo("acmeadmin");
        String fileId = href.substring(href.indexOf("/transfer/") + 10, href.lastIndexOf('/'));
        assertThat(Files.readAllBytes(vcd.dataDir().resolve("transfer").resolve(fileId))).isEqualTo(vmdk);

        Http.Res deleted = tenant.delete(item.attr("href"));
        assertThat(tenant.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(tenant.get(templateHref).status).isEqualTo(403);
        assertThat(vcd.dataDir().resolve("transfer").resolve(fileId)).doesNotExist();
    }

    @Test
    void aDescriptorThatIsNotAnOvfIsRefused() {
        Http.Res catalog = Sim.readyCatalog(tenant, "bad-ovf-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = tenant.post(catalog.link("add", PARAMS), PARAMS, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"broken\"/>");
        String put = upload(files(tenant.get(item.child("Entity").getAttribute("href"))).get(0));
        Http.Res notXml = tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString("this is not xml")));
        assertThat(notXml.status).isEqualTo(400);
        Http.Res entity = tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]><Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\">&e;"
                        + "</Envelope>")));
        assertThat(entity.status).isEqualTo(400);
        Http.Res noVm = tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString("<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"/>")));
        assertThat(noVm.status).isEqualTo(400);
        assertThat(noVm.attr("message")).contains("VirtualSystem");
        assertThat(tenant.get(item.child("Entity").getAttribute("href")).attr("ovfDescriptorUploaded"))
                .isEqualTo("false");
    }

    /** A new template's descriptor upload link. */
    static String descriptorUpload(String name) {
        Http.Res catalog = Sim.readyCatalog(tenant, name + "-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = tenant.post(catalog.link("add", PARAMS), PARAMS, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"/>");
        return upload(files(tenant.get(item.child("Entity").getAttribute("href"))).get(0));
    }

    @Test
    void aDeeplyNestedDescriptorIsA400() {
        String put = descriptorUpload("deep");
        // nested inside a VM's Name, whose text the descriptor's reader takes
        String deep = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"><VirtualSystem id=\"vm\"><Name>"
                + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</Name></VirtualSystem></Envelope>";
        Http.Res r = tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(deep)));
        assertThat(r.status).as(r.body).isEqualTo(400);
        assertThat(r.minor()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void aDescriptorWithANegativeDiskIsA400() {
        String put = descriptorUpload("negative");
        String ovf = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/"
                + "ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"
                + "CIM_ResourceAllocationSettingData\"><DiskSection><Disk ovf:diskId=\"d1\" ovf:capacity=\"-1\" "
                + "ovf:capacityAllocationUnits=\"byte * 2^20\"/></DiskSection><VirtualSystem ovf:id=\"vm\"><Name>vm</Name>"
                + "<VirtualHardwareSection>"
                + "<Item><rasd:HostResource>ovf:/disk/d1</rasd:HostResource><rasd:InstanceID>2000</rasd:InstanceID>"
                + "<rasd:ResourceType>17</rasd:ResourceType></Item></VirtualHardwareSection></VirtualSystem></Envelope>";
        Http.Res r = tenant.send(tenant.request(put).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(ovf)));
        assertThat(r.status).as(r.body).isEqualTo(400);
        assertThat(r.attr("message")).contains("disk");
    }

    /** go-vcloud-director's template_without_vmdk_size.ova: a File without ovf:size takes its first chunk's total. */
    @Test
    void aFileWithoutItsSizeTakesTheSizeItsFirstChunkAnnounces() throws Exception {
        Http.Res catalog = Sim.readyCatalog(tenant, "nosize-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = tenant.post(catalog.link("add", PARAMS), PARAMS, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"no-size\"/>");
        String templateHref = item.child("Entity").getAttribute("href");
        byte[] ovf = new String(ovf(), java.nio.charset.StandardCharsets.UTF_8).replace(" ovf:size=\"300000\"", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(tenant.send(tenant.request(upload(files(tenant.get(templateHref)).get(0)))
                .header("Content-Type", "text/xml").PUT(HttpRequest.BodyPublishers.ofByteArray(ovf))).status)
                .isEqualTo(200);
        Element disk = files(tenant.get(templateHref)).stream().filter(f -> f.getAttribute("name")
                .equals("disk-0.vmdk")).findFirst().orElseThrow();
        assertThat(disk.getAttribute("size")).as("not known yet").isEqualTo("-1");
        assertThat(tenant.get(templateHref).attr("status")).as("not ready before its bytes").isEqualTo("0");
        byte[] vmdk = new byte[200_000];
        String href = upload(disk);
        assertThat(tenant.send(tenant.request(href).header("Content-Range", "bytes 0-99999/*")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(vmdk, 0, 100_000)))).status)
                .as("a first chunk that gives no total").isEqualTo(400);
        for (int from = 0; from < vmdk.length; from += 100_000) {
            assertThat(tenant.send(tenant.request(href).header("Content-Range", "bytes " + from + "-"
                    + (from + 99_999) + "/" + vmdk.length).PUT(HttpRequest.BodyPublishers.ofByteArray(
                    Arrays.copyOfRange(vmdk, from, from + 100_000)))).status).isEqualTo(200);
        }
        assertThat(tenant.awaitTask(tenant.get(templateHref)).attr("status")).isEqualTo("success");
        assertThat(tenant.get(templateHref).attr("status")).isEqualTo("8");
    }
}
