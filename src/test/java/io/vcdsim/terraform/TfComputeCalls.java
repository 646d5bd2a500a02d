package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.config.Config;
import io.vcdsim.testing.VcdSimExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The go-vcloud-director v2.22.0 calls terraform-provider-vcd v3.11.0's compute resources ({@code vcd_org_vdc},
 * {@code vcd_vm}, {@code vcd_vapp_vm}) share, sent as go-vcloud-director sends them: XML at API version 37.1, each
 * object found by following what vcdsim answered, each task waited for (Task.WaitTaskCompletion).
 */
final class TfComputeCalls {
    static final String VERSION = "37.1";
    static final String VM = "application/vnd.vmware.vcloud.vm+xml";
    static final String VAPP = "application/vnd.vmware.vcloud.vApp+xml";
    private static final String METADATA = "application/vnd.vmware.vcloud.metadata+xml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";

    private TfComputeCalls() {
    }

    /** The provider block's login (org acme, its Organization Administrator), negotiating API 37.1. */
    static Http tenant(VcdSimExtension vcd) {
        return new Http(vcd.httpUrl()).version(VERSION).login("acmeadmin", "acme", Config.DEFAULT_TENANT_PASSWORD);
    }

    /** The provider block's login as the System administrator ({@code vcd_org_vdc} needs one). */
    static Http admin(VcdSimExtension vcd) {
        return new Http(vcd.httpUrl()).version(VERSION).login("administrator", "System",
                Config.DEFAULT_ADMIN_PASSWORD);
    }

    /** A 202 with a task, which ends in success (Task.WaitTaskCompletion); the finished task. */
    static Http.Res done(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isIn(201, 202);
        Http.Res task = who.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return task;
    }

    /** GetOrgByName / GetAdminOrgByName: the org list ({@code /api/org}), the org by name; its href. */
    static String orgHref(Http who, String name) {
        Element org = Http.Res.children(who.get("/api/org").root(), "Org").stream()
                .filter(o -> o.getAttribute("name").equals(name)).findFirst().orElseThrow();
        return org.getAttribute("href");
    }

    /** Org.GetVDCByName: the orgVdc query by org and VDC name (filterEncoded), then the VDC by the record's href. */
    static Http.Res vdc(Http who, String org, String name) {
        Http.Res records = who.get("/api/query?type=orgVdc&filter=orgName==" + org + ";name==" + name
                + "&filterEncoded=true");
        List<Element> found = records.children("OrgVdcRecord");
        assertThat(found).hasSize(1);
        return who.get(found.get(0).getAttribute("href"));
    }

    /**
     * Vdc.GetVAppByName(name, false): the vApp among the VDC's ResourceEntities by name and type; null where
     * go-vcloud-director answers ErrorEntityNotFound.
     */
    static String vappHref(Http.Res vdc, String name) {
        return Http.Res.children(vdc.child("ResourceEntities"), "ResourceEntity").stream()
                .filter(e -> e.getAttribute("name").equals(name) && e.getAttribute("type").equals(VAPP))
                .map(e -> e.getAttribute("href")).findFirst().orElse(null);
    }

    /** The first child element, at any depth, with this local name in the vCloud namespace (null: none). */
    static Element first(Element parent, String localName) {
        var nodes = parent.getElementsByTagNameNS(Http.NS, localName);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    static String text(Element parent, String localName) {
        Element e = first(parent, localName);
        return e == null ? null : e.getTextContent();
    }

    /** MergeMetadataWithMetadataValues: one string entry POSTed to the object's metadata, by its task. */
    static void mergeMetadata(Http who, String href, String key, String value) {
        mergeMetadata(who, href, Map.of(key, value));
    }

    /** The same with several entries in the one Metadata document, as terraform merges its metadata_entry blocks. */
    static void mergeMetadata(Http who, String href, Map<String, String> entries) {
        StringBuilder body = new StringBuilder("<Metadata xmlns=\"" + Http.NS + "\" xmlns:xsi=\"" + XSI + "\">");
        entries.forEach((key, value) -> body.append("<MetadataEntry><Key>").append(key).append("</Key><TypedValue ")
                .append("xsi:type=\"MetadataStringValue\"><Value>").append(value).append("</Value></TypedValue>")
                .append("</MetadataEntry>"));
        done(who, who.post(href + "/metadata", METADATA, body.append("</Metadata>").toString()));
    }

    /** GetMetadata (terraform's metadata attribute): the entries' keys and values. */
    static Map<String, String> metadata(Http who, String href) {
        Http.Res md = who.get(href + "/metadata/");
        assertThat(md.status).as(md.body).isEqualTo(200);
        Map<String, String> entries = new LinkedHashMap<>();
        for (Element e : md.children("MetadataEntry")) {
            entries.put(text(e, "Key"), text(e, "Value"));
        }
        return entries;
    }

    /**
     * The vApp template terraform's {@code vapp_template_id} names, uploaded into a new catalog of the tenant as
     * go-vcloud-director's Catalog.UploadOvf does: UploadVAppTemplateParams to the catalog's add link, the
     * descriptor PUT to the template's file link, then ready (status 8). One VM of 1 CPU and 512 MB.
     */
    static Http.Res readyTemplate(Http tenant) throws InterruptedException {
        Http.Res catalog = Sim.readyCatalog(tenant, "tf-" + UUID.randomUUID().toString().substring(0, 8));
        String params = "application/vnd.vmware.vcloud.uploadVAppTemplateParams+xml";
        Http.Res item = tenant.post(catalog.link("add", params), params, "<UploadVAppTemplateParams xmlns=\""
                + Http.NS + "\" name=\"photon\"><Description>tf</Description></UploadVAppTemplateParams>");
        String template = item.child("Entity").getAttribute("href");
        Element file = Http.Res.children(tenant.get(template).child("Files"), "File").get(0);
        String upload = Http.Res.children(file, "Link").get(0).getAttribute("href");
        String ovf = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/"
                + "ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocat"
                + "ionSettingData\"><References/><VirtualSystem ovf:id=\"photon-vm\"><Name>photon-vm</Name>"
                + "<VirtualHardwareSection><Item><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>512"
                + "</rasd:VirtualQuantity></Item></VirtualHardwareSection></VirtualSystem></Envelope>";
        assertThat(tenant.send(tenant.request(upload).header("Content-Type", "text/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(ovf))).status).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!tenant.get(template).attr("status").equals("8") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Http.Res ready = tenant.get(template);
        assertThat(ready.attr("status")).isEqualTo("8");
        return ready;
    }

    /** GetVAppTemplateById and its first VM (terraform takes Children.VM[0] when no vm_name_in_template is set). */
    static Element templateVm(Http.Res template) {
        return Http.Res.children(template.child("Children"), "Vm").get(0);
    }

    /** A NetworkConnectionSection of one POOL NIC on the org network {@code acme-net}, as networksToConfig makes it. */
    static String nicOnAcmeNet(String href) {
        return "<NetworkConnectionSection xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\""
                + (href == null ? "" : " href=\"" + href + "\"") + "><ovf:Info>Network config</ovf:Info>"
                + "<PrimaryNetworkConnectionIndex>0</PrimaryNetworkConnectionIndex><NetworkConnection network="
                + "\"acme-net\"><NetworkConnectionIndex>0</NetworkConnectionIndex><IsConnected>true</IsConnected>"
                + "<IpAddressAllocationMode>POOL</IpAddressAllocationMode></NetworkConnection>"
                + "</NetworkConnectionSection>";
    }

    /**
     * What genericResourceVmCreate does after the VM exists, the same for both resources: the NICs PUT again
     * (UpdateNetworkConnectionSection), the memory set (ChangeMemory), the metadata merged, CPU and memory hot add
     * set (UpdateVmCpuAndMemoryHotAdd), and the VM powered on last ({@code power_on} defaults to true).
     */
    static void configureNewVm(Http who, String vmHref, int memoryMb) {
        String nics = who.get(vmHref).child("NetworkConnectionSection").getAttribute("href");
        done(who, who.put(nics, "application/vnd.vmware.vcloud.networkConnectionSection+xml", nicOnAcmeNet(nics)));
        changeMemory(who, vmHref, memoryMb);
        mergeMetadata(who, vmHref, "env", "staging");
        Http.Res vm = who.get(vmHref);
        String capabilities = vm.child("VmCapabilities").getAttribute("href");
        done(who, who.put(capabilities, "application/vnd.vmware.vcloud.vmCapabilitiesSection+xml", "<VmCapabilities"
                + " xmlns=\"" + Http.NS + "\"><MemoryHotAddEnabled>false</MemoryHotAddEnabled><CpuHotAddEnabled>false"
                + "</CpuHotAddEnabled></VmCapabilities>"));
        done(who, who.post(who.get(vmHref).link("power:powerOn", null), null, null));
    }

    /**
     * VM.ChangeMemory (UpdateVmSpecSection): a Vm of the VM's name, description and VmSpecSection (DiskSection left
     * out, Modified set, the configured memory changed) POSTed to {@code href/action/reconfigureVm}, API 37.1 pinned.
     */
    static void changeMemory(Http who, String vmHref, int memoryMb) {
        Http.Res vm = who.get(vmHref);
        String end = "</VmSpecSection>";
        String spec = vm.body.substring(vm.body.indexOf("<VmSpecSection"), vm.body.indexOf(end) + end.length())
                .replaceFirst("<DiskSection>.*</DiskSection>", "").replaceFirst(" modified=\"false\"", "")
                .replaceFirst("<VmSpecSection", "<VmSpecSection Modified=\"true\"")
                .replaceFirst("<MemoryResourceMb><Configured>\\d+</Configured>", "<MemoryResourceMb><Configured>"
                        + memoryMb + "</Configured>");
        String description = vm.childText("Description");
        done(who, who.post(vmHref + "/action/reconfigureVm", VM, "<Vm xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF
                + "\" name=\"" + vm.attr("name") + "\"><Description>"
                + (description == null ? "" : description) + "</Description>" + spec + "</Vm>"));
    }

    /**
     * genericVcdVmRead, the refresh after every apply of {@code vcd_vm} and {@code vcd_vapp_vm}: the VM, its parent
     * vApp's NetworkConfigSection (readNetworks), its product sections (guest_properties), its security tags on the
     * cloudapi, its metadata. Returns the VM as read.
     */
    static Http.Res refreshVm(Http who, String vmHref) {
        Http.Res vm = who.get(vmHref);
        assertThat(vm.status).as(vm.body).isEqualTo(200);
        Http.Res vapp = who.get(vm.link("up", VAPP));
        assertThat(who.get(vapp.child("NetworkConfigSection").getAttribute("href")).children("NetworkConfig"))
                .extracting(c -> c.getAttribute("networkName")).contains("acme-net");
        assertThat(who.get(vm.link("down", "application/vnd.vmware.vcloud.productSections+xml")).status)
                .isEqualTo(200);
        Http.Res tags = who.send(who.cloud("/cloudapi/1.0.0/securityTags/vm/" + vm.attr("id")).GET());
        assertThat(tags.status).as(tags.body).isEqualTo(200);
        assertThat(tags.json().get("tags")).isEmpty();
        return vm;
    }

    /** VM.Undeploy: UndeployVAppParams powering the VM off, to its {@code action/undeploy}; the task waited for. */
    static void undeploy(Http who, String vmHref) {
        done(who, who.post(vmHref + "/action/undeploy", "application/vnd.vmware.vcloud.undeployVAppParams+xml",
                "<UndeployVAppParams xmlns=\"" + Http.NS + "\"><UndeployPowerAction>powerOff</UndeployPowerAction>"
                        + "</UndeployVAppParams>"));
    }

    /** VmSpecSection's MemoryResourceMb/Configured (terraform's memory). */
    static String memory(Http.Res vm) {
        return text(first(vm.root(), "MemoryResourceMb"), "Configured");
    }

    /** The VM's NIC 0 as readNetworks reads it: network, allocation mode, and that it has a MAC and an address. */
    static void assertPoolNicOnAcmeNet(Http.Res vm) {
        Element nic = first(vm.child("NetworkConnectionSection"), "NetworkConnection");
        assertThat(nic.getAttribute("network")).isEqualTo("acme-net");
        assertThat(text(nic, "IpAddressAllocationMode")).isEqualTo("POOL");
        assertThat(text(nic, "IpAddress")).startsWith("192.168.100.");
        assertThat(text(nic, "MACAddress")).isNotBlank();
        assertThat(text(nic, "IsConnected")).isEqualTo("true");
    }
}
