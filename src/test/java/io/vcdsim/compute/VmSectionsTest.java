package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A vApp VM's sections as pyvcloud's VM class and go-vcloud-director's VM refresh read and change them. */
class VmSectionsTest {
    static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    static final String RASD_ITEM = "application/vnd.vmware.vcloud.rasdItem+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;

    @BeforeAll
    static void aReadyTemplate() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
        fixture.unlimited(Sim.admin(vcd.sim())); // this class makes many vApps
    }

    static String firstVm(String vapp) {
        return Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0).getAttribute("href");
    }

    static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && !c.getLocalName().equals("Link")) {
                names.add(c.getLocalName());
            }
        }
        return names;
    }

    static String rasd(Element item, String name) {
        return item.getElementsByTagNameNS(RASD, name).item(0).getTextContent();
    }

    static Http.Res done(Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return task;
    }

    /**
     * Sections follow the API version asked for: at 5.5 (libcloud, older Go clients) a VM has the OVF sections and
     * no VmSpecSection, which the schema has from 32.0 on.
     */
    @Test
    void aVmAtApiVersion55HasTheOvfSectionsAndNoVmSpecSection() {
        String vm = firstVm(fixture.newVApp("v55"));
        Http.Res old = tenant.send(tenant.request(vm).setHeader("Accept", "application/*+xml;version=5.5").GET());
        assertThat(old.status).isEqualTo(200);
        assertThat(childNames(old.root())).containsSubsequence("VirtualHardwareSection", "OperatingSystemSection",
                "NetworkConnectionSection", "GuestCustomizationSection").doesNotContain("VmSpecSection");
        Element nics = old.child("NetworkConnectionSection");
        assertThat(nics.getAttribute("href")).isEqualTo(vm + "/networkConnectionSection/");
        assertThat(nics.getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.networkConnectionSection+xml");
        assertThat(Http.Res.children(nics, "Link")).extracting(l -> l.getAttribute("rel")).contains("edit");
        assertThat(old.links("edit", "application/vnd.vmware.vcloud.vmSpecSection+xml")).isEmpty();
        Http.Res at32 = tenant.send(tenant.request(vm).setHeader("Accept", "application/*+xml;version=32.0").GET());
        assertThat(childNames(at32.root())).contains("VmSpecSection");
    }

    /** The Vm embeds its sections in vCD's order, each also at its own href; the hardware items are numbered. */
    @Test
    void aVmCarriesItsSectionsInVcdsOrderEachAtItsHref() {
        Http.Res created = fixture.instantiateOnNetwork("sections-" + java.util.UUID.randomUUID().toString()
                .substring(0, 8), "web", "acme-net", "");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String vm = firstVm(created.attr("href"));
        Http.Res doc = tenant.get(vm);
        assertThat(childNames(doc.root())).containsSubsequence("VmSpecSection", "VirtualHardwareSection",
                "OperatingSystemSection", "NetworkConnectionSection", "GuestCustomizationSection",
                "RuntimeInfoSection", "DateCreated", "VAppScopedLocalId", "VmCapabilities", "StorageProfile",
                "BootOptions");
        Element hardware = (Element) doc.root().getElementsByTagNameNS(OVF, "VirtualHardwareSection").item(0);
        assertThat(hardware.getAttributeNS(Http.NS, "href")).isEqualTo(vm + "/virtualHardwareSection/");
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < hardware.getElementsByTagNameNS(OVF, "Item").getLength(); i++) {
            items.add((Element) hardware.getElementsByTagNameNS(OVF, "Item").item(i));
        }
        // go-vcloud-director decodes InstanceID as a number; every item has a ResourceType (pyvcloud reads it)
        assertThat(items).allSatisfy(i -> assertThat(rasd(i, "InstanceID")).containsOnlyDigits());
        assertThat(items).extracting(i -> rasd(i, "ResourceType")).contains("3", "4", "6", "10", "14", "15");
        Element cpu = items.stream().filter(i -> rasd(i, "ResourceType").equals("3")).findFirst().orElseThrow();
        assertThat(rasd(cpu, "VirtualQuantity")).isEqualTo("2");
        assertThat(doc.child("NetworkConnectionSection").getAttribute("href"))
                .isEqualTo(vm + "/networkConnectionSection/");
        assertThat(Http.Res.children(doc.child("NetworkConnectionSection"), "Link").get(0).getAttribute("rel"))
                .isEqualTo("edit");
        assertThat(doc.child("GuestCustomizationSection").getElementsByTagNameNS(Http.NS, "ComputerName").item(0)
                .getTextContent()).isEqualTo("web");
        Element nic = items.stream().filter(i -> rasd(i, "ResourceType").equals("10")).findFirst().orElseThrow();
        assertThat(rasd(nic, "Connection")).isEqualTo("acme-net");
        assertThat(rasd(nic, "Address")).startsWith("00:50:56:");
        assertThat(doc.child("RuntimeInfoSection").getElementsByTagNameNS(Http.NS, "VMWareTools").getLength())
                .isEqualTo(1);
        assertThat(tenant.get(doc.child("StorageProfile").getAttribute("href")).attr("name")).isEqualTo("*");
        assertThat(doc.childText("VAppScopedLocalId")).isNotBlank();

        for (String section : List.of("virtualHardwareSection/", "virtualHardwareSection/cpu",
                "virtualHardwareSection/memory", "virtualHardwareSection/disks", "virtualHardwareSection/media",
                "virtualHardwareSection/networkCards", "operatingSystemSection/", "networkConnectionSection/",
                "guestCustomizationSection/", "runtimeInfoSection", "vmCapabilities/", "bootOptions/")) {
            assertThat(tenant.get(vm + "/" + section).status).as(section).isEqualTo(200);
        }
        Http.Res disks = tenant.get(vm + "/virtualHardwareSection/disks");
        assertThat(disks.root().getLocalName()).isEqualTo("RasdItemsList");
        String vapp = doc.link("up", "application/vnd.vmware.vcloud.vApp+xml");
        assertThat(tenant.get(vapp + "/virtualHardwareSection/").status).as("a vApp has none").isEqualTo(404);
    }

    /** pyvcloud's modify_cpu and modify_memory: GET the item, set VirtualQuantity, PUT it back (a vappUpdateVm). */
    @Test
    void cpusAndMemoryChangeThroughTheirItems() {
        String vm = firstVm(fixture.newVApp("cpu"));
        Http.Res cpu = tenant.get(vm + "/virtualHardwareSection/cpu");
        assertThat(cpu.root().getLocalName()).isEqualTo("Item");
        String edit = cpu.link("edit", RASD_ITEM);
        Http.Res accepted = tenant.put(edit, RASD_ITEM, cpu.body.replace("<rasd:VirtualQuantity>2<",
                "<rasd:VirtualQuantity>4<"));
        assertThat(done(accepted).attr("operationName")).isEqualTo("vappUpdateVm");
        Http.Res memory = tenant.get(vm + "/virtualHardwareSection/memory");
        String mb = rasd(memory.root(), "VirtualQuantity");
        done(tenant.put(vm + "/virtualHardwareSection/memory", RASD_ITEM, memory.body.replace(
                "<rasd:VirtualQuantity>" + mb + "<", "<rasd:VirtualQuantity>128<")));
        Element spec = tenant.get(vm).child("VmSpecSection");
        assertThat(spec.getElementsByTagNameNS(Http.NS, "NumCpus").item(0).getTextContent()).isEqualTo("4");
        assertThat(spec.getElementsByTagNameNS(Http.NS, "Configured").item(0).getTextContent()).isEqualTo("128");
        assertThat(tenant.put(edit, RASD_ITEM, cpu.body.replace("<rasd:VirtualQuantity>2<",
                "<rasd:VirtualQuantity>100000<")).status).isEqualTo(400);

        // go-vcloud-director's ChangeCPUCountWithCore: the cores per socket, in vmw:CoresPerSocket
        String now = tenant.get(vm + "/virtualHardwareSection/cpu").body;
        assertThat(now).contains(">1</vmw:CoresPerSocket>");
        String twoSockets = now.replaceAll(">\\d+</vmw:CoresPerSocket>", ">2</vmw:CoresPerSocket>");
        done(tenant.put(edit, RASD_ITEM, twoSockets));
        assertThat(tenant.get(vm + "/virtualHardwareSection/cpu").body).contains(">2</vmw:CoresPerSocket>");
        assertThat(tenant.get(vm).child("VmSpecSection").getElementsByTagNameNS(Http.NS, "NumCoresPerSocket").item(0)
                .getTextContent()).isEqualTo("2");
        assertThat(tenant.put(edit, RASD_ITEM, twoSockets.replace(">2</vmw:CoresPerSocket>",
                ">3</vmw:CoresPerSocket>")).status).as("3 does not divide 4").isEqualTo(400);
    }

    /** Guest customization, capabilities and boot options are kept as set; bad values change nothing. */
    @Test
    void guestCustomizationCapabilitiesAndBootOptionsAreKept() {
        String vm = firstVm(fixture.newVApp("gc"));
        String type = "application/vnd.vmware.vcloud.guestCustomizationSection+xml";
        Http.Res gc = tenant.get(vm + "/guestCustomizationSection/");
        done(tenant.put(gc.link("edit", type), type, gc.body.replace("<ComputerName>app-1</ComputerName>",
                "<ComputerName>custom-host</ComputerName>").replace("<Enabled>false</Enabled>",
                "<Enabled>true</Enabled>")));
        Element now = tenant.get(vm).child("GuestCustomizationSection");
        assertThat(now.getElementsByTagNameNS(Http.NS, "ComputerName").item(0).getTextContent())
                .isEqualTo("custom-host");
        assertThat(now.getElementsByTagNameNS(Http.NS, "Enabled").item(0).getTextContent()).isEqualTo("true");
        assertThat(tenant.put(gc.link("edit", type), type, gc.body.replace("<ComputerName>app-1</ComputerName>",
                "<ComputerName>no spaces</ComputerName>")).status).isEqualTo(400);

        String caps = "application/vnd.vmware.vcloud.vmCapabilitiesSection+xml";
        Http.Res c = tenant.get(vm + "/vmCapabilities/");
        done(tenant.put(c.link("edit", caps), caps, c.body.replace("<MemoryHotAddEnabled>false",
                "<MemoryHotAddEnabled>true")));
        assertThat(tenant.get(vm + "/vmCapabilities/").childText("MemoryHotAddEnabled")).isEqualTo("true");

        String boot = "application/vnd.vmware.vcloud.bootOptionsSection+xml";
        Http.Res b = tenant.get(vm + "/bootOptions/");
        done(tenant.post(b.link("edit", boot), boot, b.body.replace("<BootDelay>0<", "<BootDelay>5000<")));
        assertThat(tenant.get(vm).child("BootOptions").getElementsByTagNameNS(Http.NS, "BootDelay").item(0)
                .getTextContent()).isEqualTo("5000");
        assertThat(tenant.post(b.link("edit", boot), boot, b.body.replace("<BootDelay>0<", "<BootDelay>-1<"))
                .status).isEqualTo(400);
    }

    /** The nested hypervisor switch and the hardware upgrade: powered-off VMs only, offered by their links. */
    @Test
    void nestedHypervisorAndHardwareUpgradeNeedAPoweredOffVm() {
        String vapp = fixture.newVApp("nested");
        String vm = firstVm(vapp);
        Http.Res off = tenant.get(vm);
        assertThat(off.attr("nestedHypervisorEnabled")).isEqualTo("false");
        done(tenant.post(off.link("enable", null), null, null));
        Http.Res enabled = tenant.get(vm);
        assertThat(enabled.attr("nestedHypervisorEnabled")).isEqualTo("true");
        assertThat(enabled.link("disable", null)).endsWith("/action/disableNestedHypervisor");

        Http.Res upgrading = tenant.post(enabled.link("upgrade", null), null, null);
        assertThat(done(upgrading).attr("operationName")).isEqualTo("vappUpgradeHwVersion");
        Element system = (Element) tenant.get(vm).root().getElementsByTagNameNS(OVF, "System").item(0);
        assertThat(system.getElementsByTagNameNS("http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/"
                + "CIM_VirtualSystemSettingData", "VirtualSystemType").item(0).getTextContent()).isEqualTo("vmx-19");
        assertThat(tenant.post(vm + "/action/upgradeHardwareVersion", null, null).status).isEqualTo(400);

        done(tenant.post(vm + "/power/action/powerOn", null, null));
        assertThat(tenant.post(vm + "/action/disableNestedHypervisor", null, null).status).isEqualTo(400);
        assertThat(tenant.get(vm).attr("nestedHypervisorEnabled")).isEqualTo("true");
    }

    /**
     * pyvcloud's VM.copy_to and move_to (a recompose sourcing another vApp's VM, named in VmGeneralParams, moved
     * with sourceDelete) and VM.delete (its remove link).
     */
    @Test
    void vmsAreCopiedMovedAndDeletedBetweenVApps() {
        String from = fixture.newVApp("from");
        String to = fixture.newVApp("to");
        String vm = firstVm(from);
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        String params = "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" deploy=\"false\" powerOn=\"false\">"
                + "<SourcedItem%s><Source href=\"" + vm + "\"/><VmGeneralParams><Name>%s</Name><NeedsCustomization>"
                + "false</NeedsCustomization></VmGeneralParams><InstantiationParams/></SourcedItem>"
                + "<AllEULAsAccepted>true</AllEULAsAccepted></RecomposeVAppParams>";
        String link = tenant.get(to).link("recompose", recompose);
        done(tenant.post(link, recompose, params.formatted("", "copied")));
        assertThat(names(to)).containsExactly("app-1", "app-2", "copied");
        assertThat(names(from)).containsExactly("app-1", "app-2");
        assertThat(tenant.post(link, recompose, params.formatted("", "COPIED")).minor()).isEqualTo("DUPLICATE_NAME");

        done(tenant.post(link, recompose, params.formatted(" sourceDelete=\"true\"", "moved")));
        assertThat(names(to)).containsExactly("app-1", "app-2", "copied", "moved");
        assertThat(names(from)).containsExactly("app-2");
        assertThat(tenant.get(vm).status).isEqualTo(403);

        String copied = Http.Res.children(tenant.get(to).child("Children"), "Vm").stream()
                .filter(e -> e.getAttribute("name").equals("copied")).findFirst().orElseThrow().getAttribute("href");
        Http.Res deleting = tenant.delete(tenant.get(copied).link("remove", null));
        done(deleting);
        assertThat(names(to)).containsExactly("app-1", "app-2", "moved");
        String on = firstVm(to);
        done(tenant.post(on + "/power/action/powerOn", null, null));
        assertThat(tenant.get(on).links("remove", null)).isEmpty();
        assertThat(tenant.delete(on).status).isEqualTo(400);
    }

    static List<String> names(String vapp) {
        return Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream().map(e -> e.getAttribute("name"))
                .toList();
    }

    /** pyvcloud's instantiate_vapp with hostname and password: the SourcedItem's GuestCustomizationSection is kept. */
    @Test
    void instantiationKeepsTheGuestCustomizationItWasGiven() {
        String gc = "<GuestCustomizationSection><ovf:Info>gc</ovf:Info><Enabled>true</Enabled><AdminPasswordEnabled>"
                + "true</AdminPasswordEnabled><AdminPasswordAuto>false</AdminPasswordAuto><AdminPassword>s3cret"
                + "</AdminPassword><ComputerName>custom-host</ComputerName></GuestCustomizationSection>";
        Http.Res created = fixture.instantiateOnNetwork("custom-" + java.util.UUID.randomUUID().toString()
                .substring(0, 8), "custom-vm", "acme-net", gc);
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Element section = tenant.get(firstVm(created.attr("href"))).child("GuestCustomizationSection");
        assertThat(section.getElementsByTagNameNS(Http.NS, "ComputerName").item(0).getTextContent())
                .isEqualTo("custom-host");
        assertThat(section.getElementsByTagNameNS(Http.NS, "AdminPasswordAuto").item(0).getTextContent())
                .isEqualTo("false");
        Http.Res bad = fixture.instantiateOnNetwork("bad-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "bad-vm", "acme-net", gc.replace("custom-host", "not a host"));
        assertThat(bad.status).isEqualTo(400);
    }

    /** pyvcloud's add_disk_to_vm and update_vhs_disks: the disks' RasdItemsList, changed, PUT back. */
    @Test
    void disksAreAddedGrownAndRemovedThroughTheirList() {
        String vm = firstVm(fixture.newVApp("disks"));
        String type = "application/vnd.vmware.vcloud.rasdItemsList+xml";
        Http.Res list = tenant.get(vm + "/virtualHardwareSection/disks");
        String disk = "<Item xmlns:rasd=\"" + RASD + "\" xmlns:vcloud=\"" + Http.NS + "\"><rasd:AddressOnParent>%d"
                + "</rasd:AddressOnParent><rasd:Description>Hard disk</rasd:Description><rasd:ElementName>Hard disk"
                + "</rasd:ElementName><rasd:HostResource vcloud:capacity=\"%d\" vcloud:busType=\"6\" "
                + "vcloud:busSubType=\"lsilogic\"/><rasd:InstanceID>%d</rasd:InstanceID><rasd:Parent>2</rasd:Parent>"
                + "<rasd:ResourceType>17</rasd:ResourceType></Item>";
        done(tenant.put(list.link("edit", type), type, list.body.replace("</RasdItemsList>",
                disk.formatted(0, 1024, 2000) + "</RasdItemsList>")));
        assertThat(sizes(vm)).containsExactly(1024L);
        // each disk names its storage profile (pyvcloud's list_storage_profile)
        Element settings = (Element) tenant.get(vm).child("VmSpecSection").getElementsByTagNameNS(Http.NS,
                "DiskSettings").item(0);
        assertThat(((Element) settings.getElementsByTagNameNS(Http.NS, "StorageProfile").item(0)).getAttribute("name"))
                .isEqualTo("*");
        Http.Res one = tenant.get(vm + "/virtualHardwareSection/disks");
        done(tenant.put(one.link("edit", type), type, one.body.replace("</RasdItemsList>",
                disk.formatted(1, 2048, 2001) + "</RasdItemsList>").replace("vcloud:capacity=\"1024\"",
                "vcloud:capacity=\"1500\"")));
        assertThat(sizes(vm)).containsExactly(1500L, 2048L);
        Http.Res two = tenant.get(vm + "/virtualHardwareSection/disks");
        assertThat(tenant.put(two.link("edit", type), type, two.body.replace("vcloud:capacity=\"2048\"",
                "vcloud:capacity=\"10\"")).status).as("disks do not shrink").isEqualTo(400);
        // the first disk left out goes, the second stays
        String withoutFirst = two.body.replaceFirst("(?s)<Item>(?:(?!</Item>).)*<rasd:InstanceID>2000</rasd:InstanceID>"
                + ".*?</Item>", "");
        done(tenant.put(two.link("edit", type), type, withoutFirst));
        assertThat(sizes(vm)).containsExactly(2048L);
    }

    static List<Long> sizes(String vm) {
        Element spec = tenant.get(vm).child("VmSpecSection");
        List<Long> sizes = new ArrayList<>();
        var nodes = spec.getElementsByTagNameNS(Http.NS, "SizeMb");
        for (int i = 0; i < nodes.getLength(); i++) {
            sizes.add(Long.parseLong(nodes.item(i).getTextContent()));
        }
        return sizes;
    }

    /** pyvcloud's insert_cd_from_catalog and eject_cd, install_vmware_tools, and the system administrator's actions. */
    @Test
    void mediaToolsConsolidationAndComplianceAreTasksOnTheVm() {
        String vapp = fixture.newVApp("media");
        String vm = firstVm(vapp);
        // a ready ISO of the org
        Http.Res catalog = tenant.get(Sim.createCatalog(tenant, "isos-" + java.util.UUID.randomUUID().toString()
                .substring(0, 8)).attr("href").replace("/api/admin/", "/api/"));
        String mediaType = "application/vnd.vmware.vcloud.media+xml";
        Http.Res item = tenant.post(catalog.link("add", mediaType), mediaType, "<Media xmlns=\"" + Http.NS
                + "\" name=\"tools.iso\" size=\"4\" imageType=\"iso\"/>");
        String media = item.child("Entity").getAttribute("href");
        String upload = Http.Res.children(Http.Res.children(tenant.get(media).child("Files"), "File").get(0), "Link")
                .get(0).getAttribute("href");
        tenant.send(tenant.request(upload).header("Content-Range", "bytes 0-3/4")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[4])));
        assertThat(tenant.awaitTask(tenant.get(media)).attr("status")).isEqualTo("success");

        String params = "application/vnd.vmware.vcloud.mediaInsertOrEjectParams+xml";
        String body = "<MediaInsertOrEjectParams xmlns=\"" + Http.NS + "\"><Media href=\"" + media
                + "\"/></MediaInsertOrEjectParams>";
        Http.Res inserting = tenant.post(tenant.get(vm).link("media:insertMedia", params), params, body);
        assertThat(done(inserting).attr("operationName")).isEqualTo("vappInsertCdFloppy");
        Element cd = tenant.get(vm + "/virtualHardwareSection/media").children("Item").stream()
                .filter(i -> rasd(i, "ResourceType").equals("15")).findFirst().orElseThrow();
        assertThat(rasd(cd, "ResourceSubType")).isEqualTo("vmware.cdrom.iso");
        assertThat(rasd(cd, "HostResource")).isNotBlank();
        assertThat(done(tenant.post(tenant.get(vm).link("media:ejectMedia", params), params, body))
                .attr("operationName")).isEqualTo("vappEjectCdFloppy");
        assertThat(tenant.post(vm + "/media/action/insertMedia", params, body.replace(media, vcd.httpUrl()
                + "/api/media/" + java.util.UUID.randomUUID())).minor()).isEqualTo("INVALID_REFERENCE");

        assertThat(tenant.post(vm + "/action/installVMwareTools", null, null).status).as("powered off").isEqualTo(400);
        Http admin = Sim.admin(vcd.sim());
        assertThat(tenant.get(vm).links("consolidate", null)).isEmpty();
        assertThat(done(admin.post(admin.get(vm).link("consolidate", null), null, null)).attr("operationName"))
                .isEqualTo("vappConsolidateVm");
        done(admin.post(admin.get(vm).link("checkCompliance", null), null, null));
        assertThat(admin.get(admin.get(vm).link("down", "application/vnd.vmware.vm.complianceResult+xml"))
                .childText("ComplianceStatus")).isEqualTo("COMPLIANT");
        done(tenant.post(vm + "/power/action/powerOn", null, null));
        assertThat(done(tenant.post(tenant.get(vm).link("installVmwareTools", null), null, null))
                .attr("operationName")).isEqualTo("vappInstallTools");
    }

    /** pyvcloud's update_general_setting: the whole Vm posted with a new name, computer name and boot options. */
    @Test
    void reconfigureVmChangesNameGuestCustomizationAndBootOptionsTogether() {
        String vm = firstVm(fixture.newVApp("general"));
        Http.Res doc = tenant.get(vm);
        String changed = doc.body.replaceFirst("name=\"app-1\"", "name=\"renamed\"")
                .replace("<ComputerName>app-1</ComputerName>", "<ComputerName>host-2</ComputerName>")
                .replace("<BootDelay>0</BootDelay>", "<BootDelay>60</BootDelay>")
                .replace("<EnterBIOSSetup>false</EnterBIOSSetup>", "<EnterBIOSSetup>true</EnterBIOSSetup>");
        String vmType = "application/vnd.vmware.vcloud.vm+xml";
        done(tenant.post(doc.link("reconfigureVm", vmType), vmType, changed));
        Http.Res now = tenant.get(vm);
        assertThat(now.attr("name")).isEqualTo("renamed");
        assertThat(now.child("GuestCustomizationSection").getElementsByTagNameNS(Http.NS, "ComputerName").item(0)
                .getTextContent()).isEqualTo("host-2");
        assertThat(now.child("BootOptions").getElementsByTagNameNS(Http.NS, "BootDelay").item(0).getTextContent())
                .isEqualTo("60");
        assertThat(now.child("BootOptions").getElementsByTagNameNS(Http.NS, "EnterBIOSSetup").item(0)
                .getTextContent()).isEqualTo("true");
    }

    /** pyvcloud's get_vc: a system administrator sees the VM's object in the simulated vCenter; a tenant does not. */
    @Test
    void aSystemAdministratorSeesTheVmsVCenterObject() {
        String vm = firstVm(fixture.newVApp("vim"));
        String vmext = "http://www.vmware.com/vcloud/extension/v1.5";
        Http.Res asAdmin = Sim.admin(vcd.sim()).get(vm);
        Element ref = (Element) asAdmin.child("VCloudExtension").getElementsByTagNameNS(vmext, "VmVimObjectRef").item(0);
        assertThat(ref.getElementsByTagNameNS(vmext, "VimObjectType").item(0).getTextContent())
                .isEqualTo("VIRTUAL_MACHINE");
        Element server = (Element) ref.getElementsByTagNameNS(vmext, "VimServerRef").item(0);
        assertThat(server.getAttribute("name")).isEqualTo("vc1");
        assertThat(Sim.admin(vcd.sim()).get(server.getAttribute("href")).status).isEqualTo(200);
        String moref = ref.getElementsByTagNameNS(vmext, "MoRef").item(0).getTextContent();
        assertThat(moref).matches("vm-\\d+");
        assertThat(tenant.get(vm).child("VCloudExtension")).isNull();

        // go-vcloud-director's QueryVM as a system administrator: the same reference in the adminVM record
        String id = vm.substring(vm.lastIndexOf("vm-") + 3);
        Element record = Sim.admin(vcd.sim()).get("/api/query?type=adminVM&format=records&filter=id==" + id)
                .children("AdminVMRecord").get(0);
        assertThat(record.getAttribute("moref")).isEqualTo(moref);
        assertThat(tenant.get("/api/query?type=vm&format=records&filter=id==" + id).children("VMRecord").get(0)
                .hasAttribute("moref")).as("not for tenants").isFalse();
    }

    /** pyvcloud's customize_at_next_power_on: 204, needsCustomization until the VM is next powered on. */
    @Test
    void aVmIsCustomizedAtItsNextPowerOn() {
        String vm = firstVm(fixture.newVApp("customize"));
        assertThat(tenant.get(vm).attr("needsCustomization")).isEqualTo("false");
        assertThat(tenant.post(tenant.get(vm).link("customizeAtNextPowerOn", null), null, null).status)
                .isEqualTo(204);
        assertThat(tenant.get(vm).attr("needsCustomization")).isEqualTo("true");
        String status = vm + "/guestcustomizationstatus/";
        assertThat(tenant.get(status).childText("GuestCustStatus")).isEqualTo("GC_PENDING");
        // enabled, the customization runs at the power on
        String type = "application/vnd.vmware.vcloud.guestCustomizationSection+xml";
        Http.Res gc = tenant.get(vm + "/guestCustomizationSection/");
        done(tenant.put(gc.link("edit", type), type, gc.body.replace("<Enabled>false</Enabled>",
                "<Enabled>true</Enabled>")));
        done(tenant.post(vm + "/power/action/powerOn", null, null));
        assertThat(tenant.get(vm).attr("needsCustomization")).isEqualTo("false");
        awaitStatus(status, "GC_COMPLETE");

        // pyvcloud's power_on_and_force_recustomization: a deploy that forces it runs it again; the guest takes the
        // simulation's guestCustomization duration (two seconds here), pending meanwhile
        done(tenant.post(vm + "/power/action/powerOff", null, null));
        done(tenant.post(vm + "/action/undeploy", null, null));
        Http admin = Sim.admin(vcd.sim());
        String simulation = "/api/vcdsim/simulation";
        String slowGuest = "{\"durations\": {\"guestCustomization\": \"PT2S\"}}";
        admin.send(admin.request(simulation).header("Content-Type", "application/json").PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString(slowGuest)));
        try {
            String deploy = "application/vnd.vmware.vcloud.deployVAppParams+xml";
            done(tenant.post(vm + "/action/deploy", deploy, "<DeployVAppParams xmlns=\"" + Http.NS + "\" "
                    + "powerOn=\"true\" forceCustomization=\"true\"/>"));
            assertThat(tenant.get(status).childText("GuestCustStatus")).isEqualTo("GC_PENDING");
        } finally {
            admin.send(admin.request(simulation).header("Content-Type", "application/json").PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        }
        awaitStatus(status, "GC_COMPLETE");
    }

    /** A VM copied into another vApp keeps its source's settings, but its guest was never customized: it will be. */
    @Test
    void aCopyOfACustomizedVmIsCustomizedAtItsFirstPowerOn() {
        String vm = firstVm(fixture.newVApp("customized"));
        String type = "application/vnd.vmware.vcloud.guestCustomizationSection+xml";
        Http.Res gc = tenant.get(vm + "/guestCustomizationSection/");
        done(tenant.put(gc.link("edit", type), type, gc.body.replace("<Enabled>false</Enabled>",
                "<Enabled>true</Enabled>")));
        done(tenant.post(vm + "/power/action/powerOn", null, null));
        awaitStatus(vm + "/guestcustomizationstatus/", "GC_COMPLETE");

        // pyvcloud's VApp.add_vms: a recompose copying it into another vApp
        String other = fixture.newVApp("recomposed");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        done(tenant.post(tenant.get(other).link("recompose", recompose), recompose, "<RecomposeVAppParams xmlns=\""
                + Http.NS + "\"><SourcedItem><Source href=\"" + vm + "\"/></SourcedItem>"
                + "</RecomposeVAppParams>"));
        List<Element> vms = Http.Res.children(tenant.get(other).child("Children"), "Vm");
        String copy = vms.get(vms.size() - 1).getAttribute("href");
        assertThat(tenant.get(copy + "/guestCustomizationSection/").childText("Enabled")).isEqualTo("true");
        Http admin = Sim.admin(vcd.sim());
        String simulation = "/api/vcdsim/simulation";
        admin.send(admin.request(simulation).header("Content-Type", "application/json").PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"durations\": {\"guestCustomization\": \"PT2S\"}}")));
        try {
            done(tenant.post(copy + "/power/action/powerOn", null, null));
            assertThat(tenant.get(copy + "/guestcustomizationstatus/").childText("GuestCustStatus"))
                    .as("the copy's guest customizes at its first power on").isEqualTo("GC_PENDING");
        } finally {
            admin.send(admin.request(simulation).header("Content-Type", "application/json").PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        }
        awaitStatus(copy + "/guestcustomizationstatus/", "GC_COMPLETE");
    }

    private static void awaitStatus(String href, String wanted) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        String now = tenant.get(href).childText("GuestCustStatus");
        while (!wanted.equals(now) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            now = tenant.get(href).childText("GuestCustStatus");
        }
        assertThat(now).isEqualTo(wanted);
    }

    /** pyvcloud's list_check_post_gc_status: the flag, false until a PUT sets it (a vappUpdateVm task). */
    @Test
    void whetherToWaitForThePostCustomizationScriptIsKept() {
        String vm = firstVm(fixture.newVApp("postgc"));
        String type = "application/vnd.vmware.vcloud.vm.checkPostGuestCustomizationSection+xml";
        Http.Res section = tenant.get(vm + "/checkpostcustomizationscript/");
        assertThat(section.status).as(section.body).isEqualTo(200);
        assertThat(section.root().getLocalName()).isEqualTo("CheckPostGuestCustomizationSection");
        assertThat(section.childText("CheckPostGCStatus")).isEqualTo("false");
        String on = section.body.replace(">false<", ">true<");
        assertThat(done(tenant.put(section.link("edit", type), type, on)).attr("operationName"))
                .isEqualTo("vappUpdateVm");
        assertThat(tenant.get(vm + "/checkpostcustomizationscript/").childText("CheckPostGCStatus")).isEqualTo("true");
        assertThat(tenant.put(section.link("edit", type), type, on.replace(">true<", ">maybe<")).status)
                .isEqualTo(400);
    }

    /** pyvcloud's list_all_current_metrics and list_current_metrics_subset: a running VM's metrics, by pattern. */
    /**
     * The Guide's "Provide user input requested by a VM": a question armed in the simulation is asked as the VM
     * powers on; it waits for input (status 5) until answered, then runs. Asked once (count 1).
     */
    @Test
    void aVmAsksAQuestionAsItPowersOnAndRunsOnceAnswered() {
        String vapp = fixture.newVApp("question");
        String vm = firstVm(vapp);
        String name = tenant.get(vm).attr("name");
        Http admin = Sim.admin(vcd.sim());
        String simulation = "/api/vcdsim/simulation";
        String armed = "{\"questions\": [{\"vmName\": \"" + name + "\", \"question\": \"This virtual machine might "
                + "have been moved or copied.\", \"choices\": [\"Cancel\", \"I moved it\", \"I copied it\"], "
                + "\"count\": 1}]}";
        assertThat(admin.send(admin.request(simulation).header("Content-Type", "application/json").PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString(armed))).status).isEqualTo(200);
        try {
            // vCD's 403 for a VM that asks nothing, which go-vcloud-director's GetQuestion takes as "no question"
            assertThat(tenant.get(vm + "/question").status).as("nothing asked yet").isEqualTo(403);
            done(tenant.post(vm + "/power/action/powerOn", null, null));
            Http.Res waiting = tenant.get(vm);
            assertThat(waiting.attr("status")).as("waiting for input").isEqualTo("5");
            Http.Res question = tenant.get(waiting.link("down", "application/vnd.vmware.vcloud.vmPendingQuestion+xml"));
            assertThat(question.root().getLocalName()).isEqualTo("VmPendingQuestion");
            assertThat(question.childText("Question")).startsWith("This virtual machine might have been moved");
            List<Element> choices = question.children("Choices");
            assertThat(choices).extracting(c -> Http.Res.children(c, "Text").get(0).getTextContent())
                    .containsExactly("Cancel", "I moved it", "I copied it");
            String id = question.childText("QuestionId");
            String deploy = "application/vnd.vmware.vcloud.deployVAppParams+xml";
            assertThat(tenant.post(vm + "/action/deploy", deploy, "<DeployVAppParams xmlns=\"" + Http.NS
                    + "\" powerOn=\"true\"/>").status).as("not deployed past its question").isEqualTo(400);
            String type = "application/vnd.vmware.vcloud.vmQuestionAnswer+xml";
            String answer = question.link("answer", type);
            String body = "<VmQuestionAnswer xmlns=\"" + Http.NS + "\"><ChoiceId>%d</ChoiceId><QuestionId>%s"
                    + "</QuestionId></VmQuestionAnswer>";
            assertThat(tenant.post(answer, type, body.formatted(2, "another")).status).isEqualTo(400);
            assertThat(tenant.post(answer, type, body.formatted(3, id)).status).as("no such choice").isEqualTo(400);
            assertThat(tenant.post(answer, type, body.formatted(2, id)).status).isEqualTo(204);
            assertThat(tenant.get(vm).attr("status")).isEqualTo("4");
            assertThat(tenant.get(vm + "/question").status).isEqualTo(403);

            done(tenant.post(vm + "/power/action/powerOff", null, null));
            done(tenant.post(vm + "/power/action/powerOn", null, null));
            assertThat(tenant.get(vm).attr("status")).as("asked once").isEqualTo("4");
        } finally {
            admin.send(admin.request(simulation).header("Content-Type", "application/json").PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        }
    }

    /** pyvcloud's list_screen_ticket and list_mks_ticket: a running VM's console tickets, each new. */
    @Test
    void aRunningVmHandsOutConsoleTickets() {
        String vm = firstVm(fixture.newVApp("console"));
        assertThat(tenant.get(vm).links("screen:acquireTicket", null)).as("not while it is off").isEmpty();
        Http.Res off = tenant.post(vm + "/screen/action/acquireTicket", null, null);
        assertThat(off.status).isEqualTo(400);
        done(tenant.post(vm + "/power/action/powerOn", null, null));
        Http.Res screen = tenant.post(tenant.get(vm).link("screen:acquireTicket", null), null, null);
        assertThat(screen.status).isEqualTo(200);
        assertThat(screen.raw.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.vmware.vcloud.screenTicket+xml");
        assertThat(screen.root().getLocalName()).isEqualTo("ScreenTicket");
        assertThat(screen.root().getTextContent()).matches("mks://127\\.0\\.0\\.1/vm-\\d+/[\\w-]{32}");
        Http.Res mks = tenant.post(tenant.get(vm).link("screen:acquireMksTicket", null), null, null);
        assertThat(mks.status).isEqualTo(200);
        assertThat(mks.root().getLocalName()).isEqualTo("MksTicket");
        assertThat(mks.childText("Host")).isEqualTo("127.0.0.1");
        assertThat(mks.childText("Port")).isEqualTo(String.valueOf(java.net.URI.create(vm).getPort()));
        assertThat(mks.childText("Vmx")).startsWith("[shared-disk-1] ").endsWith(".vmx");
        assertThat(mks.childText("Ticket")).hasSize(32).isNotEqualTo(screen.root().getTextContent()
                .substring(screen.root().getTextContent().lastIndexOf('/') + 1));
    }

    @Test
    void aRunningVmHasCurrentMetrics() {
        String vm = firstVm(fixture.newVApp("metrics"));
        assertThat(tenant.get(vm + "/metrics/current").status).as("powered off").isEqualTo(400);
        done(tenant.post(vm + "/power/action/powerOn", null, null));
        String usage = "application/vnd.vmware.vcloud.metrics.currentUsageSpec+xml";
        Http.Res all = tenant.get(tenant.get(vm).link("down", usage));
        assertThat(all.children("Metric")).extracting(m -> m.getAttribute("name")).contains("cpu.usage.average",
                "mem.usage.average", "disk.provisioned.latest");
        Http.Res averages = tenant.post(tenant.get(vm).link("metrics", usage), usage, "<CurrentUsageSpec xmlns=\""
                + Http.NS + "\"><MetricPattern>*.average</MetricPattern></CurrentUsageSpec>");
        assertThat(averages.status).as(averages.body).isEqualTo(200);
        assertThat(averages.children("Metric")).isNotEmpty().allSatisfy(m -> assertThat(m.getAttribute("name"))
                .endsWith(".average"));
    }

    /** pyvcloud's add_vm_from_scratch: a recompose with a CreateItem makes a VM of its VmSpecSection. */
    @Test
    void aVmIsMadeFromScratchByACreateItem() {
        String vapp = fixture.newVApp("scratch");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        String item = "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\"><CreateItem name=\"%s\">"
                + "<Description>description</Description><GuestCustomizationSection><ovf:Info>gc</ovf:Info>"
                + "<ComputerName>vmFromScratch</ComputerName></GuestCustomizationSection><VmSpecSection Modified=\"true\">"
                + "<ovf:Info>spec</ovf:Info><OsType>centos8_64Guest</OsType><NumCpus>2</NumCpus><NumCoresPerSocket>2"
                + "</NumCoresPerSocket><CpuResourceMhz><Configured>10</Configured></CpuResourceMhz><MemoryResourceMb>"
                + "<Configured>%d</Configured></MemoryResourceMb><DiskSection/><HardwareVersion>vmx-14</HardwareVersion>"
                + "<VirtualCpuType>VM64</VirtualCpuType></VmSpecSection></CreateItem></RecomposeVAppParams>";
        String link = tenant.get(vapp).link("recompose", recompose);
        done(tenant.post(link, recompose, item.formatted("vm_from_scratch", 100)));
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(e -> e.getAttribute("name").equals("vm_from_scratch")).findFirst().orElseThrow();
        Http.Res made = tenant.get(vm.getAttribute("href"));
        assertThat(made.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "NumCpus").item(0).getTextContent())
                .isEqualTo("2");
        assertThat(made.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "OsType").item(0).getTextContent())
                .isEqualTo("centos8_64Guest");
        assertThat(made.child("GuestCustomizationSection").getElementsByTagNameNS(Http.NS, "ComputerName").item(0)
                .getTextContent()).isEqualTo("vmFromScratch");
        assertThat(tenant.post(link, recompose, item.formatted("too-small", 1)).status).isEqualTo(400);
        assertThat(tenant.post(link, recompose, item.formatted("VM_FROM_SCRATCH", 100)).minor())
                .isEqualTo("DUPLICATE_NAME");
        assertThat(tenant.post(link, recompose, item.formatted("", 100).replace(" name=\"\"", "").replace(
                "<ComputerName>vmFromScratch</ComputerName>", "")).status).as("no name").isEqualTo(400);
    }

    /** go-vcloud-director's GetEnvironment: a running VM shows the OVF environment its guest reads; a stopped one not. */
    @Test
    void aRunningVmShowsItsOvfEnvironment() {
        Http.Res created = fixture.instantiateOnNetwork("env-" + UUID.randomUUID().toString().substring(0, 8),
                "guest", "acme-net", "");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String vm = Http.Res.children(tenant.get(created.attr("href")).child("Children"), "Vm").get(0)
                .getAttribute("href");
        String ovfenv = "http://schemas.dmtf.org/ovf/environment/1";
        String ve = "http://www.vmware.com/schema/ovfenv";
        assertThat(tenant.get(vm).root().getElementsByTagNameNS(ovfenv, "Environment").getLength())
                .as("powered off: no environment").isZero();
        done(tenant.post(vm + "/power/action/powerOn", null, null));
        Element env = (Element) tenant.get(vm).root().getElementsByTagNameNS(ovfenv, "Environment").item(0);
        assertThat(env).isNotNull();
        assertThat(env.getAttributeNS(ve, "vCenterId")).startsWith("vm-");
        assertThat(env.getElementsByTagNameNS(ovfenv, "Vendor").item(0).getTextContent()).isEqualTo("VMware, Inc.");
        java.util.Map<String, String> props = new java.util.HashMap<>();
        for (int i = 0; i < env.getElementsByTagNameNS(ovfenv, "Property").getLength(); i++) {
            Element p = (Element) env.getElementsByTagNameNS(ovfenv, "Property").item(i);
            props.put(p.getAttributeNS(ovfenv, "key"), p.getAttributeNS(ovfenv, "value"));
        }
        assertThat(props.get("vCloud_computerName")).isNotBlank();
        assertThat(props.get("vCloud_numnics")).isEqualTo("1");
        Element adapter = (Element) env.getElementsByTagNameNS(ve, "Adapter").item(0);
        assertThat(adapter.getAttributeNS(ve, "mac")).matches("00:50:56:[0-9a-f:]{8}");
        assertThat(adapter.getAttributeNS(ve, "network")).isEqualTo("acme-net");
        assertThat(props.get("vCloud_macaddr_0")).isEqualTo(adapter.getAttributeNS(ve, "mac"));
    }

    /** go-vcloud-director's AddEmptyVm with NICs: the CreateItem's NetworkConnectionSection, on the vApp's networks. */
    @Test
    void aVmMadeFromScratchTakesTheNicsItsCreateItemGives() {
        Http.Res created = fixture.instantiateOnNetwork("nics-" + UUID.randomUUID().toString().substring(0, 8),
                "first", "acme-net", "");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String vapp = created.attr("href");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        String item = "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\"><CreateItem name=\"%s\">"
                + "<NetworkConnectionSection><ovf:Info>nics</ovf:Info><PrimaryNetworkConnectionIndex>0"
                + "</PrimaryNetworkConnectionIndex><NetworkConnection network=\"%s\"><NetworkConnectionIndex>0"
                + "</NetworkConnectionIndex><IsConnected>true</IsConnected><IpAddressAllocationMode>POOL"
                + "</IpAddressAllocationMode><NetworkAdapterType>VMXNET3</NetworkAdapterType></NetworkConnection>"
                + "<NetworkConnection network=\"none\"><NetworkConnectionIndex>1</NetworkConnectionIndex>"
                + "<IsConnected>false</IsConnected><IpAddressAllocationMode>NONE</IpAddressAllocationMode>"
                + "</NetworkConnection></NetworkConnectionSection><VmSpecSection Modified=\"true\"><ovf:Info>spec"
                + "</ovf:Info><OsType>debian10Guest</OsType><NumCpus>1</NumCpus><MemoryResourceMb><Configured>512"
                + "</Configured></MemoryResourceMb><DiskSection/></VmSpecSection></CreateItem></RecomposeVAppParams>";
        String link = tenant.get(vapp).link("recompose", recompose);
        done(tenant.post(link, recompose, item.formatted("two-nics", "acme-net")));
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(e -> e.getAttribute("name").equals("two-nics")).findFirst().orElseThrow();
        Http.Res nics = tenant.get(vm.getAttribute("href") + "/networkConnectionSection/");
        List<Element> connections = nics.children("NetworkConnection");
        assertThat(connections).extracting(c -> c.getAttribute("network")).containsExactly("acme-net", "none");
        assertThat(connections.get(0).getElementsByTagNameNS(Http.NS, "IpAddress").item(0).getTextContent())
                .as("a POOL NIC takes an address").isNotBlank();
        Http.Res elsewhere = tenant.post(link, recompose, item.formatted("lost-nic", "no-such-net"));
        assertThat(elsewhere.status).isEqualTo(400);
    }

    /**
     * pyvcloud's list_datastores and VM.relocate: the extension lists the simulated vCenter's datastores; a system
     * administrator relocates a VM to one (its VmVimInfo names it, and its disks count there); bad input is a 400.
     */
    @Test
    void aVmIsRelocatedToAnotherDatastoreOfTheSimulatedVCenter() {
        Http admin = Sim.admin(vcd.sim());
        String vmext = "http://www.vmware.com/vcloud/extension/v1.5";
        Http.Res list = admin.get(admin.get("/api/admin/extension").link("down",
                "application/vnd.vmware.admin.datastoreList+xml"));
        assertThat(list.root().getLocalName()).isEqualTo("DatastoreReferences");
        assertThat(list.root().getNamespaceURI()).isEqualTo(vmext);
        List<Element> refs = list.children("Reference");
        assertThat(refs).extracting(r -> r.getAttribute("name")).contains("shared-disk-1", "shared-disk-2");
        assertThat(refs.get(0).getAttribute("id")).startsWith("urn:vcloud:datastore:");
        assertThat(tenant.get(list.attr("href")).status).as("system administrators' only").isEqualTo(403);
        String target = refs.stream().filter(r -> r.getAttribute("name").equals("shared-disk-2")).findFirst()
                .orElseThrow().getAttribute("href");
        long before = Long.parseLong(admin.get(target).vmextText("UsedCapacityMb"));
        assertThat(admin.get(target).vmextText("TotalCapacityMb")).isEqualTo(String.valueOf(4L << 20));

        String vm = firstVm(fixture.newVApp("relocate"));
        String itemsType = "application/vnd.vmware.vcloud.rasdItemsList+xml";
        Http.Res disks = tenant.get(vm + "/virtualHardwareSection/disks");
        done(tenant.put(disks.link("edit", itemsType), itemsType, disks.body.replace("</RasdItemsList>", "<Item "
                + "xmlns:rasd=\"" + RASD + "\" xmlns:vcloud=\"" + Http.NS + "\"><rasd:AddressOnParent>0"
                + "</rasd:AddressOnParent><rasd:HostResource vcloud:capacity=\"2048\" vcloud:busType=\"6\" "
                + "vcloud:busSubType=\"lsilogic\"/><rasd:InstanceID>2000</rasd:InstanceID><rasd:Parent>2</rasd:Parent>"
                + "<rasd:ResourceType>17</rasd:ResourceType></Item></RasdItemsList>")));
        assertThat(Long.parseLong(admin.get(target).vmextText("UsedCapacityMb"))).as("on the first datastore")
                .isEqualTo(before);
        String relocate = admin.get(vm).link("relocate", "application/vnd.vmware.vcloud.relocateVmParams+xml");
        String type = "application/vnd.vmware.vcloud.relocateVmParams+xml";
        assertThat(tenant.get(vm).links("relocate", type)).isEmpty();
        String body = "<RelocateParams xmlns=\"" + Http.NS + "\"><Datastore href=\"%s\"/></RelocateParams>";
        assertThat(admin.post(relocate, type, body.formatted(vm)).status).as("not a datastore").isEqualTo(400);
        assertThat(admin.post(relocate, type, "<RelocateParams xmlns=\"" + Http.NS + "\"/>").status).isEqualTo(400);
        assertThat(tenant.post(relocate, type, body.formatted(target)).status).isEqualTo(403);
        Http.Res accepted = admin.post(relocate, type, body.formatted(target));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = admin.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.attr("operationName")).isEqualTo("vappRelocateVm");

        Element info = (Element) admin.get(vm).child("VCloudExtension").getElementsByTagNameNS(vmext,
                "DatastoreVimObjectRef").item(0);
        assertThat(info.getElementsByTagNameNS(vmext, "MoRef").item(0).getTextContent()).isEqualTo("datastore-22");
        assertThat(Long.parseLong(admin.get(target).vmextText("UsedCapacityMb"))).as("its disk counts there")
                .isEqualTo(before + 2048);
        Element record = admin.get("/api/query?type=datastore&format=records&filter=name==shared-disk-2")
                .children("DatastoreRecord").get(0);
        assertThat(record.getAttribute("moref")).isEqualTo("datastore-22");
        assertThat(record.getAttribute("href")).isEqualTo(target);
        assertThat(admin.get("/api/query?type=datastoreProviderVdcRelation&format=records")
                .children("DatastoreProviderVdcRelationRecord")).extracting(r -> r.getAttribute("datastore"))
                .contains(target);
    }
}
