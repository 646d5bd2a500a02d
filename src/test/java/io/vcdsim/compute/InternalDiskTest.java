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
 * A VM's internal disks as go-vcloud-director's AddInternalDisk, UpdateInternalDisks and DeleteInternalDisk change
 * them (terraform's vcd_vm_internal_disk): the VmSpecSection's DiskSection, the whole list, posted back in a Vm to
 * reconfigureVm or PUT on its own. A new disk has no DiskId and is found again by its adapter, bus and unit.
 */
class InternalDiskTest {
    static final String VM = "application/vnd.vmware.vcloud.vm+xml";
    static final String SPEC = "application/vnd.vmware.vcloud.vmSpecSection+xml";
    static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    /** One VM with one 4 GB disk. */
    static final String OVF = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\""
            + "http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\"" + RASD + "\"><References/><DiskSection><Info/>"
            + "<Disk ovf:diskId=\"vmdisk1\" ovf:capacity=\"4096\" ovf:capacityAllocationUnits=\"byte * 2^20\"/>"
            + "</DiskSection><VirtualSystemCollection ovf:id=\"app\"><VirtualSystem ovf:id=\"a\"><Name>disk-vm</Name>"
            + "<VirtualHardwareSection><Item><rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>"
            + "<rasd:InstanceID>2000</rasd:InstanceID><rasd:ResourceType>17</rasd:ResourceType></Item>"
            + "</VirtualHardwareSection></VirtualSystem></VirtualSystemCollection></Envelope>";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;

    @BeforeAll
    static void aReadyTemplate() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant, OVF);
        fixture.unlimited(Sim.admin(vcd.sim()));
    }

    @Test
    void aDiskAddedInItsSlotIsFoundThereResizedAndDeleted() {
        String vm = firstVm(fixture.newVApp("internal-disk"));
        List<Element> before = disks(vm);
        assertThat(before).hasSize(1);
        Element first = before.get(0);
        assertThat(text(first, "AdapterType")).as("vcdsim's disks are on SCSI controller 0, LSI Logic SAS")
                .isEqualTo("4");
        assertThat(text(first, "BusNumber")).isEqualTo("0");
        assertThat(text(first, "UnitNumber")).isEqualTo("0");
        assertThat(text(first, "ThinProvisioned")).isEqualTo("true");
        assertThat(text(first, "overrideVmDefault")).isEqualTo("false");
        assertThat(text(first, "Reservation")).isEqualTo("0");
        String firstId = text(first, "DiskId");
        String profile = ((Element) first.getElementsByTagNameNS(Http.NS, "StorageProfile").item(0))
                .getAttribute("href");

        // AddInternalDisk: the whole Vm with its spec, the new disk without a DiskId, to reconfigureVm
        Http.Res doc = tenant.get(vm);
        String added = "<DiskSettings><SizeMb>1024</SizeMb><UnitNumber>0</UnitNumber><BusNumber>1</BusNumber>"
                + "<AdapterType>4</AdapterType><ThinProvisioned>true</ThinProvisioned><StorageProfile href=\""
                + profile + "\"/><overrideVmDefault>true</overrideVmDefault><IopsAllocation><Reservation>100"
                + "</Reservation><Limit>0</Limit><SharesLevel></SharesLevel><Shares>0</Shares></IopsAllocation>"
                + "</DiskSettings>";
        done(tenant.post(doc.link("reconfigureVm", VM), VM, "<Vm xmlns=\"" + Http.NS + "\" name=\""
                + doc.attr("name") + "\"><Description>with a disk</Description>" + specBody(vm, added) + "</Vm>"));
        Element made = inSlot(vm, "4", "1", "0");
        assertThat(made).as("the new disk is where it was asked").isNotNull();
        String madeId = text(made, "DiskId");
        assertThat(madeId).isNotBlank().isNotEqualTo(firstId);
        assertThat(text(made, "SizeMb")).isEqualTo("1024");
        assertThat(text(made, "overrideVmDefault")).isEqualTo("true");
        assertThat(text(made, "Reservation")).isEqualTo("100");
        assertThat(text(made, "VirtualQuantity")).isEqualTo(Long.toString(1024L * 1024 * 1024));
        assertThat(tenant.get(vm).childText("Description")).isEqualTo("with a disk");
        // the virtual hardware shows it on a second SAS controller, bus 1
        Element item = diskItem(vm, 2001);
        String parent = item.getElementsByTagNameNS(RASD, "Parent").item(0).getTextContent();
        Element controller = tenant.get(vm + "/virtualHardwareSection/disks").root();
        assertThat(Http.Res.children(controller, "Item")).anySatisfy(c -> {
            assertThat(c.getElementsByTagNameNS(RASD, "InstanceID").item(0).getTextContent()).isEqualTo(parent);
            assertThat(c.getElementsByTagNameNS(RASD, "Address").item(0).getTextContent()).isEqualTo("1");
            assertThat(c.getElementsByTagNameNS(RASD, "ResourceSubType").item(0).getTextContent())
                    .isEqualTo("lsilogicsas");
        });
        assertThat(item.getElementsByTagNameNS(RASD, "AddressOnParent").item(0).getTextContent()).isEqualTo("0");

        // UpdateInternalDisks: the list with the new disk grown, PUT on its own
        String grown = tenant.get(vm + "/vmSpecSection").body.replace("<SizeMb>1024</SizeMb>",
                "<SizeMb>2048</SizeMb>");
        done(tenant.put(vm + "/vmSpecSection", SPEC, grown));
        assertThat(text(inSlot(vm, "4", "1", "0"), "SizeMb")).isEqualTo("2048");
        assertThat(text(inSlot(vm, "4", "1", "0"), "DiskId")).isEqualTo(madeId);

        // DeleteInternalDisk: the list without it
        String spec = tenant.get(vm + "/vmSpecSection").body;
        String without = spec.replaceFirst("(?s)<DiskSettings>(?:(?!</DiskSettings>).)*<DiskId>" + madeId
                + "</DiskId>.*?</DiskSettings>", "");
        assertThat(without).isNotEqualTo(spec);
        done(tenant.put(vm + "/vmSpecSection", SPEC, without));
        assertThat(disks(vm)).extracting(d -> text(d, "DiskId")).containsExactly(firstId);
    }

    /** go-vcloud-director's CreateStandaloneVm and AddEmptyVm: a new VM's disks where its DiskSettings put them. */
    @Test
    void aNewVmsDisksAreInTheSlotsItsSpecNames() {
        String type = "application/vnd.vmware.vcloud.CreateVmParams+xml";
        String name = "disks-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Http.Res accepted = tenant.post(tenant.get(fixture.vdc).link("add", type), type, "<CreateVmParams xmlns=\""
                + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" name=\"" + name
                + "\" powerOn=\"false\">"
                + "<CreateVm name=\"" + name + "\"><VmSpecSection Modified=\"true\"><ovf:Info>spec</ovf:Info><OsType>"
                + "sles11_64Guest</OsType><NumCpus>1</NumCpus><MemoryResourceMb><Configured>512</Configured>"
                + "</MemoryResourceMb><DiskSection><DiskSettings><SizeMb>2048</SizeMb><UnitNumber>0</UnitNumber>"
                + "<BusNumber>0</BusNumber><AdapterType>5</AdapterType><ThinProvisioned>false</ThinProvisioned>"
                + "</DiskSettings><DiskSettings><SizeMb>100</SizeMb></DiskSettings></DiskSection></VmSpecSection>"
                + "</CreateVm></CreateVmParams>");
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        String vm = firstVm(task.child("Owner").getAttribute("href"));
        assertThat(disks(vm)).extracting(d -> text(d, "AdapterType") + "/" + text(d, "BusNumber") + "/"
                + text(d, "UnitNumber") + " " + text(d, "SizeMb") + " thin " + text(d, "ThinProvisioned"))
                .as("a disk without a slot goes to SCSI controller 0").containsExactly("5/0/0 2048 thin false",
                        "4/0/0 100 thin true");
    }

    @Test
    void aSpecWithoutDiskSectionLeavesTheDisks() {
        String vm = firstVm(fixture.newVApp("no-disk-section"));
        List<String> ids = disks(vm).stream().map(d -> text(d, "DiskId")).toList();
        done(tenant.put(vm + "/vmSpecSection", SPEC, "<VmSpecSection xmlns=\"" + Http.NS + "\">"
                + "<NumCpus>2</NumCpus></VmSpecSection>"));
        assertThat(disks(vm)).extracting(d -> text(d, "DiskId")).isEqualTo(ids);
    }

    @Test
    void badDiskSettingsAre400sAndChangeNothing() {
        String vm = firstVm(fixture.newVApp("bad-disks"));
        String firstId = text(disks(vm).get(0), "DiskId");
        String spec = tenant.get(vm + "/vmSpecSection").body;
        String size = text(disks(vm).get(0), "SizeMb");
        for (String[] bad : new String[][]{
                {"a taken slot", newDisk("4", 0, 0)},
                {"an unknown adapter", newDisk("9", 0, 1)},
                {"the SCSI controller's own unit", newDisk("4", 0, 7)},
                {"a fifth SCSI bus", newDisk("5", 4, 0)},
                {"no AdapterType", "<DiskSettings><SizeMb>10</SizeMb><UnitNumber>1</UnitNumber>"
                        + "<BusNumber>0</BusNumber></DiskSettings>"},
                {"no size", "<DiskSettings><UnitNumber>1</UnitNumber><BusNumber>0</BusNumber>"
                        + "<AdapterType>4</AdapterType></DiskSettings>"},
                {"a DiskId the VM has not", "<DiskSettings><DiskId>nope</DiskId><SizeMb>10</SizeMb>"
                        + "</DiskSettings>"}}) {
            Http.Res res = tenant.put(vm + "/vmSpecSection", SPEC, spec.replace("</DiskSection>", bad[1]
                    + "</DiskSection>"));
            assertThat(res.status).as(bad[0] + ": " + res.body).isEqualTo(400);
            assertThat(res.body).as(bad[0]).contains("majorErrorCode=\"400\"");
        }
        Http.Res tooMany = tenant.put(vm + "/vmSpecSection", SPEC, spec.replace("</DiskSection>",
                newDisk("6", 0, 1).repeat(60) + "</DiskSection>"));
        assertThat(tooMany.status).as("61 disks: " + tooMany.body).isEqualTo(400);
        assertThat(tooMany.body).contains("at most 60 disks");
        Http.Res shrunk = tenant.put(vm + "/vmSpecSection", SPEC, spec.replace("<SizeMb>" + size + "</SizeMb>",
                "<SizeMb>1</SizeMb>"));
        assertThat(shrunk.status).as("disks grow, not shrink").isEqualTo(400);
        Http.Res moved = tenant.put(vm + "/vmSpecSection", SPEC, spec.replace("<BusNumber>0</BusNumber>",
                "<BusNumber>2</BusNumber>"));
        assertThat(moved.status).as("a disk stays in its slot").isEqualTo(400);
        assertThat(disks(vm)).extracting(d -> text(d, "DiskId") + "/" + text(d, "SizeMb"))
                .containsExactly(firstId + "/" + size);
    }

    private static String firstVm(String vapp) {
        return Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0).getAttribute("href");
    }

    private static void done(Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("status")).isEqualTo("success");
    }

    private static String newDisk(String adapter, int bus, int unit) {
        return "<DiskSettings><SizeMb>10</SizeMb><UnitNumber>" + unit + "</UnitNumber><BusNumber>" + bus
                + "</BusNumber><AdapterType>" + adapter + "</AdapterType></DiskSettings>";
    }

    /** The VM's VmSpecSection (as read on its own), marked Modified, with {@code extra} disks added, for a Vm. */
    private static String specBody(String vm, String extra) {
        return tenant.get(vm + "/vmSpecSection").body.replaceFirst("^<\\?xml[^>]*\\?>", "")
                .replace("</DiskSection>", extra + "</DiskSection>")
                .replaceFirst("<VmSpecSection ", "<VmSpecSection Modified=\"true\" ");
    }

    private static List<Element> disks(String vm) {
        Element spec = tenant.get(vm).child("VmSpecSection");
        return Http.Res.children(Http.Res.children(spec, "DiskSection").get(0), "DiskSettings");
    }

    private static Element inSlot(String vm, String adapter, String bus, String unit) {
        return disks(vm).stream().filter(d -> adapter.equals(text(d, "AdapterType")) && bus.equals(text(d,
                "BusNumber")) && unit.equals(text(d, "UnitNumber"))).findFirst().orElse(null);
    }

    private static Element diskItem(String vm, int instanceId) {
        return Http.Res.children(tenant.get(vm + "/virtualHardwareSection/disks").root(), "Item").stream()
                .filter(i -> i.getElementsByTagNameNS(RASD, "InstanceID").item(0).getTextContent()
                        .equals(Integer.toString(instanceId))).findFirst().orElseThrow();
    }

    private static String text(Element e, String name) {
        var found = e.getElementsByTagNameNS(Http.NS, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }
}
