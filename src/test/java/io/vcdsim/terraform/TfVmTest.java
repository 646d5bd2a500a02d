package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.vcdsim.terraform.TfComputeCalls.VAPP;
import static io.vcdsim.terraform.TfComputeCalls.done;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_vm} (a standalone VM from a catalog template, one POOL NIC on {@code acme-net}, metadata,
 * powered on; and an empty one of an OS type and hardware version), replayed over HTTP: apply, refresh, a change of
 * memory (and metadata), refresh, destroy, and the refresh that finds it gone.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_vm.go} (Create, Read, Update, Delete) and the
 * functions it shares in {@code vcd/resource_vcd_vapp_vm.go} (genericResourceVmCreate, createVmFromTemplate,
 * createVmEmpty, genericResourceVcdVmUpdate, resourceVcdVAppVmUpdateExecute, genericVcdVmRead,
 * resourceVcdVAppVmDelete) and {@code vcd/resource_vcd_vapp_vm_tools.go} (lookupvAppTemplateforVm,
 * networksToConfig, readNetworks), and from go-vcloud-director v2.22.0 {@code govcd/vdc.go}
 * (CreateStandaloneVMFromTemplate, CreateStandaloneVm, getVmFromTask, GetVAppByName, QueryVmById, GetHardwareVersion,
 * FindOsFromId), {@code govcd/vm.go} (UpdateNetworkConnectionSection, ChangeMemory, UpdateVmSpecSection,
 * UpdateVmCpuAndMemoryHotAdd, PowerOn, Undeploy, GetParentVApp, DeleteAsync), {@code govcd/security_tags.go}
 * (GetVMSecurityTags), {@code govcd/vapp.go} (GetVMByNameOrId), {@code govcd/metadata_v2.go}
 * (MergeMetadataWithMetadataValues, GetMetadata) and {@code types/v56/types.go} (InstantiateVmTemplateParams,
 * CreateVmParams, VApp.IsAutoNature).
 */
class TfVmTest {
    private static final String INSTANTIATE_VM = "application/vnd.vmware.vcloud.instantiateVmTemplateParams+xml";
    private static final String CREATE_VM = "application/vnd.vmware.vcloud.CreateVmParams+xml";
    private static final String NICS = "application/vnd.vmware.vcloud.networkConnectionSection+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void aStandaloneVmFromATemplateGoesThroughApplyChangeAndDestroy() throws Exception {
        Http tenant = TfComputeCalls.tenant(vcd);
        Http.Res template = TfComputeCalls.readyTemplate(tenant);
        String name = "tf-vm-" + UUID.randomUUID().toString().substring(0, 8);

        // apply: GetOrgAndVdc, GetVAppTemplateById's first VM, CreateStandaloneVMFromTemplate
        Http.Res vdc = TfComputeCalls.vdc(tenant, "acme", "acme-vdc");
        Element source = TfComputeCalls.templateVm(tenant.get(template.attr("href")));
        Http.Res task = done(tenant, tenant.post(vdc.link("add", INSTANTIATE_VM), INSTANTIATE_VM,
                instantiateVmTemplateParams(name, source)));
        // getVmFromTask: the task's owner is the VM's vApp, which holds exactly the one VM
        Element owner = Http.Res.children(task.root(), "Owner").get(0);
        assertThat(owner.getAttribute("type")).isEqualTo(VAPP);
        Http.Res vapp = tenant.get(owner.getAttribute("href"));
        assertThat(Http.Res.children(vapp.child("Children"), "Vm")).hasSize(1);
        String vmHref = Http.Res.children(vapp.child("Children"), "Vm").get(0).getAttribute("href");
        Http.Res vm = tenant.get(vmHref);
        assertThat(vm.attr("name")).as("the params' name is the VM's").isEqualTo(name);
        // GetParentVApp (vapp_name, vm_type): the hidden vApp, auto-natured
        assertThat(tenant.get(vm.link("up", VAPP)).childText("autoNature")).isEqualTo("true");
        String vappName = vapp.attr("name");
        TfComputeCalls.configureNewVm(tenant, vmHref, 1024);

        // refresh (Create ends with it): GetVAppByName(vapp_name), GetVMByNameOrId(id), genericVcdVmRead
        Http.Res read = refresh(tenant, vappName, vm.attr("id"));
        assertThat(read.attr("name")).isEqualTo(name);
        assertThat(read.attr("status")).as("status_text POWERED_ON").isEqualTo("4");
        assertThat(TfComputeCalls.memory(read)).isEqualTo("1024");
        TfComputeCalls.assertPoolNicOnAcmeNet(read);
        assertThat(TfComputeCalls.metadata(tenant, vmHref)).containsEntry("env", "staging");

        // update: memory 2048 without hot add (cold: undeploy, ChangeMemory, power on again) and a metadata value
        TfComputeCalls.mergeMetadata(tenant, vmHref, "env", "prod");
        TfComputeCalls.undeploy(tenant, vmHref);
        assertThat(tenant.get(vmHref).attr("status")).as("POWERED_OFF").isEqualTo("8");
        TfComputeCalls.changeMemory(tenant, vmHref, 2048);
        done(tenant, tenant.post(vmHref + "/power/action/powerOn", null, null));

        Http.Res changed = refresh(tenant, vappName, vm.attr("id"));
        assertThat(TfComputeCalls.memory(changed)).isEqualTo("2048");
        assertThat(changed.attr("status")).isEqualTo("4");
        assertThat(TfComputeCalls.metadata(tenant, vmHref)).isEqualTo(Map.of("env", "prod"));

        // destroy: the vApp is auto-natured, so VM.Delete (undeploy, then DELETE the VM); its vApp goes with it
        TfComputeCalls.undeploy(tenant, vmHref);
        done(tenant, tenant.delete(vmHref));

        // the refresh after: GetVAppByName finds no vApp (ErrorEntityNotFound), and QueryVmById no VM
        assertThat(TfComputeCalls.vappHref(TfComputeCalls.vdc(tenant, "acme", "acme-vdc"), vappName)).isNull();
        assertThat(vmRecords(tenant, vdc.attr("href")).body).doesNotContain(vmHref);
    }

    /**
     * The empty {@code vcd_vm} of the documentation (createVmEmpty): os_type and hardware_version looked up
     * (GetHardwareVersion, FindOsFromId and its firmware), CreateVmParams with a placeholder NIC on {@code none}, then
     * the NICs PUT empty and again on {@code acme-net}, which the VM's hidden vApp takes on.
     */
    @Test
    void anEmptyStandaloneVmGoesThroughApplyChangeAndDestroy() {
        Http tenant = TfComputeCalls.tenant(vcd);
        String name = "tf-empty-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res vdc = TfComputeCalls.vdc(tenant, "acme", "acme-vdc");
        Http.Res hardware = tenant.get(vdc.attr("href") + "/hwv/vmx-14");
        NodeList systems = hardware.root().getElementsByTagNameNS(Http.NS, "OperatingSystem");
        Element os = IntStream.range(0, systems.getLength()).mapToObj(i -> (Element) systems.item(i))
                .filter(o -> "sles10_64Guest".equals(TfComputeCalls.text(o, "InternalName"))).findFirst().orElseThrow();
        assertThat(Http.Res.children(os, "SupportedFirmware")).extracting(Element::getTextContent).contains("bios");

        Http.Res task = done(tenant, tenant.post(vdc.link("add", CREATE_VM), CREATE_VM, createVmParams(name)));
        Http.Res vapp = tenant.get(Http.Res.children(task.root(), "Owner").get(0).getAttribute("href"));
        assertThat(vapp.childText("autoNature")).isEqualTo("true");
        Element created = Http.Res.children(vapp.child("Children"), "Vm").get(0);
        String vmHref = created.getAttribute("href");
        String nics = tenant.get(vmHref).child("NetworkConnectionSection").getAttribute("href");
        done(tenant, tenant.put(nics, NICS, "<NetworkConnectionSection xmlns=\"" + Http.NS + "\" xmlns:ovf=\""
                + "http://schemas.dmtf.org/ovf/envelope/1\"><ovf:Info></ovf:Info><PrimaryNetworkConnectionIndex>0"
                + "</PrimaryNetworkConnectionIndex></NetworkConnectionSection>"));
        done(tenant, tenant.put(nics, NICS, TfComputeCalls.nicOnAcmeNet(nics)));
        done(tenant, tenant.post(vmHref + "/power/action/powerOn", null, null));

        Http.Res read = refresh(tenant, vapp.attr("name"), created.getAttribute("id"));
        assertThat(read.attr("name")).isEqualTo(name);
        Element spec = TfComputeCalls.first(read.root(), "VmSpecSection"); // os_type, firmware, cpus
        assertThat(TfComputeCalls.text(spec, "OsType")).isEqualTo("sles10_64Guest");
        assertThat(TfComputeCalls.text(spec, "Firmware")).isEqualTo("bios");
        assertThat(TfComputeCalls.text(spec, "NumCpus")).isEqualTo("2");
        assertThat(TfComputeCalls.memory(read)).isEqualTo("1024");
        TfComputeCalls.assertPoolNicOnAcmeNet(read);

        TfComputeCalls.undeploy(tenant, vmHref);
        TfComputeCalls.changeMemory(tenant, vmHref, 2048);
        done(tenant, tenant.post(vmHref + "/power/action/powerOn", null, null));
        assertThat(TfComputeCalls.memory(refresh(tenant, vapp.attr("name"), read.attr("id")))).isEqualTo("2048");

        TfComputeCalls.undeploy(tenant, vmHref);
        done(tenant, tenant.delete(vmHref));
        assertThat(TfComputeCalls.vappHref(TfComputeCalls.vdc(tenant, "acme", "acme-vdc"), vapp.attr("name")))
                .isNull();
    }

    @Test
    void securityTagsOfAVmNobodyHasAreTheCloudApisForbidden() {
        Http tenant = TfComputeCalls.tenant(vcd);
        for (String urn : new String[]{"urn:vcloud:vm:" + UUID.randomUUID(), "urn:vcloud:vapp:" + UUID.randomUUID(),
                "not-a-urn"}) {
            Http.Res r = tenant.send(tenant.cloud("/cloudapi/1.0.0/securityTags/vm/" + urn).GET());
            assertThat(r.status).as(urn).isEqualTo(403);
            assertThat(r.json().get("minorErrorCode").asText()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        }
    }

    /** The body terraform builds in createVmFromTemplate (standaloneVmType), marshalled as go-vcloud-director does. */
    private static String instantiateVmTemplateParams(String name, Element source) {
        return "<InstantiateVmTemplateParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/"
                + "envelope/1\" name=\"" + name + "\" powerOn=\"false\"><SourcedVmTemplateItem><Source href=\""
                + source.getAttribute("href") + "\" id=\"" + source.getAttribute("id") + "\" type=\""
                + source.getAttribute("type") + "\" name=\"" + source.getAttribute("name") + "\"/><VmGeneralParams>"
                + "<Description>made by terraform</Description></VmGeneralParams><VmTemplateInstantiationParams>"
                + TfComputeCalls.nicOnAcmeNet(null) + "</VmTemplateInstantiationParams></SourcedVmTemplateItem>"
                + "<AllEULAsAccepted>true</AllEULAsAccepted></InstantiateVmTemplateParams>";
    }

    /** createVmEmpty's CreateVmParams for a standalone VM, marshalled as go-vcloud-director posts it. */
    private static String createVmParams(String name) {
        return "<CreateVmParams xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns=\"" + Http.NS + "\" name=\""
                + name + "\"><Description>made by terraform</Description><CreateVm name=\"" + name + "\">"
                + "<NetworkConnectionSection><ovf:Info></ovf:Info><PrimaryNetworkConnectionIndex>0"
                + "</PrimaryNetworkConnectionIndex><NetworkConnection network=\"none\"><NetworkConnectionIndex>0"
                + "</NetworkConnectionIndex><IpAddress>any</IpAddress><IsConnected>false</IsConnected>"
                + "<IpAddressAllocationMode>NONE</IpAddressAllocationMode></NetworkConnection>"
                + "</NetworkConnectionSection><VmSpecSection Modified=\"true\"><ovf:Info>Virtual Machine specification"
                + "</ovf:Info><OsType>sles10_64Guest</OsType><Firmware>bios</Firmware><NumCpus>2</NumCpus>"
                + "<NumCoresPerSocket>1</NumCoresPerSocket><CpuResourceMhz><Configured>0</Configured></CpuResourceMhz>"
                + "<MemoryResourceMb><Configured>1024</Configured></MemoryResourceMb><DiskSection></DiskSection>"
                + "<HardwareVersion href=\"\">vmx-14</HardwareVersion><VirtualCpuType>VM64</VirtualCpuType>"
                + "</VmSpecSection><GuestCustomizationSection><ovf:Info></ovf:Info><ComputerName>emptyvm"
                + "</ComputerName></GuestCustomizationSection></CreateVm></CreateVmParams>";
    }

    /** GetVAppByName, then GetVMByNameOrId among its Children by id, then genericVcdVmRead. */
    private static Http.Res refresh(Http tenant, String vappName, String vmId) {
        String vapp = TfComputeCalls.vappHref(TfComputeCalls.vdc(tenant, "acme", "acme-vdc"), vappName);
        assertThat(vapp).isNotNull();
        Element child = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(v -> v.getAttribute("id").equals(vmId)).findFirst().orElseThrow();
        return TfComputeCalls.refreshVm(tenant, child.getAttribute("href"));
    }

    /** QueryVmById's list: the VDC's VMs that are not template VMs (filterEncoded). */
    private static Http.Res vmRecords(Http tenant, String vdcHref) {
        return tenant.get("/api/query?type=vm&filter=isVAppTemplate==false;vdc==" + vdcHref + "&filterEncoded=true");
    }
}
