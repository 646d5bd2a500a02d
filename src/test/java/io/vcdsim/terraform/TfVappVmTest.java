package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.UUID;

import static io.vcdsim.terraform.TfComputeCalls.done;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_vapp_vm} from a catalog template in a {@code vcd_vapp}, its NIC on the org network
 * {@code acme-net} (connected to the vApp by {@code vcd_vapp_org_network}), replayed over HTTP: apply, refresh, a
 * change of memory, refresh, destroy (the VM, then the vApp), and the refresh that finds the VM gone.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_vapp.go} (Create, Read, Delete),
 * {@code vcd/resource_vcd_vapp_org_network.go} (Create), {@code vcd/resource_vcd_vapp_vm.go}
 * (genericResourceVmCreate, createVmFromTemplate with vappVmType, genericResourceVcdVmUpdate,
 * resourceVcdVAppVmUpdateExecute, genericVcdVmRead, resourceVcdVAppVmDelete) and
 * {@code vcd/resource_vcd_vapp_vm_tools.go} (networksToConfig, isItVappOrgNetwork, getVmFromResource), and from
 * go-vcloud-director v2.22.0 {@code govcd/vdc.go} (CreateRawVApp, GetVAppByName), {@code govcd/vapp.go}
 * (BlockWhileStatus, AddOrgNetworkAsync, updateNetworkConfigurations, GetNetworkConfig, AddRawVM, GetVMByNameOrId,
 * RemoveVM, RemoveAllNetworks, Delete), {@code govcd/vm.go} (UpdateNetworkConnectionSection, ChangeMemory,
 * UpdateVmSpecSection, UpdateVmCpuAndMemoryHotAdd, PowerOn, Undeploy, IsDeployed), {@code govcd/security_tags.go}
 * (GetVMSecurityTags) and {@code govcd/metadata_v2.go} (MergeMetadataWithMetadataValues, GetMetadata).
 */
class TfVappVmTest {
    private static final String RECOMPOSE = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
    private static final String NETWORK_CONFIG = "application/vnd.vmware.vcloud.networkConfigSection+xml";
    private static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void aVmInAVAppOnTheOrgNetworkGoesThroughApplyChangeAndDestroy() throws Exception {
        Http tenant = TfComputeCalls.tenant(vcd);
        Http.Res template = TfComputeCalls.readyTemplate(tenant);
        String vappName = "tf-vapp-" + UUID.randomUUID().toString().substring(0, 8);
        String vmName = "tf-vapp-vm";

        // vcd_vapp: CreateRawVApp (composeVApp with no VMs, its tasks waited for), BlockWhileStatus UNRESOLVED
        Http.Res vdc = TfComputeCalls.vdc(tenant, "acme", "acme-vdc");
        Http.Res composed = tenant.post(vdc.attr("href") + "/action/composeVApp",
                "application/vnd.vmware.vcloud.composeVAppParams+xml", "<ComposeVAppParams xmlns=\"" + Http.NS
                        + "\" xmlns:ovf=\"" + OVF + "\" name=\"" + vappName + "\" deploy=\"false\" powerOn=\"false\">"
                        + "<Description>made by terraform</Description></ComposeVAppParams>");
        assertThat(composed.status).as(composed.body).isEqualTo(201);
        String vappHref = composed.attr("href");
        if (composed.child("Tasks") != null) {
            done(tenant, composed);
        }
        assertThat(tenant.get(vappHref).attr("status")).as("no longer UNRESOLVED (0)").isNotEqualTo("0");
        // its refresh: GetVAppByNameOrId, product sections, lease
        Http.Res vapp = tenant.get(TfComputeCalls.vappHref(TfComputeCalls.vdc(tenant, "acme", "acme-vdc"), vappName));
        assertThat(vapp.childText("autoNature")).as("a vApp of its own, not auto-natured").isEqualTo("false");
        assertThat(tenant.get(vapp.link("down", "application/vnd.vmware.vcloud.productSections+xml")).status)
                .isEqualTo(200);
        assertThat(vapp.child("LeaseSettingsSection")).isNotNull();

        // vcd_vapp_org_network: AddOrgNetwork PUTs the vApp's networks with acme-net bridged
        String acmeNet = Http.Res.children(vdc.child("AvailableNetworks"), "Network").stream()
                .filter(n -> n.getAttribute("name").equals("acme-net")).findFirst().orElseThrow().getAttribute("href");
        done(tenant, tenant.put(vappHref + "/networkConfigSection/", NETWORK_CONFIG, networkConfigSection(
                "<NetworkConfig networkName=\"acme-net\"><Configuration><ParentNetwork href=\"" + acmeNet + "\"/>"
                        + "<FenceMode>bridged</FenceMode><RetainNetInfoAcrossDeployments>false"
                        + "</RetainNetInfoAcrossDeployments></Configuration><IsDeployed>false</IsDeployed>"
                        + "</NetworkConfig>")));

        // vcd_vapp_vm: networksToConfig checks acme-net is a vApp org network (GetNetworkConfig), then AddRawVM
        Element config = tenant.get(vappHref + "/networkConfigSection/").children("NetworkConfig").get(0);
        assertThat(config.getAttribute("networkName")).isEqualTo("acme-net");
        assertThat(TfComputeCalls.first(config, "ParentNetwork")).as("not a vApp network").isNotNull();
        Element source = TfComputeCalls.templateVm(tenant.get(template.attr("href")));
        done(tenant, tenant.post(vappHref + "/action/recomposeVApp", RECOMPOSE, recomposeAdding(vappName, vmName,
                source.getAttribute("href"))));
        String vmHref = vmNamed(tenant, vappHref, vmName); // AddRawVM: GetVMByName(Source's name, refresh)
        assertThat(vmHref).isNotNull();
        TfComputeCalls.configureNewVm(tenant, vmHref, 1024);

        // refresh: GetVAppByName(vapp_name), GetVMByNameOrId(id), genericVcdVmRead
        Http.Res read = TfComputeCalls.refreshVm(tenant, vmNamed(tenant, vappHref, vmName));
        assertThat(read.attr("name")).isEqualTo(vmName);
        assertThat(TfComputeCalls.memory(read)).isEqualTo("1024");
        assertThat(read.attr("status")).isEqualTo("4");
        TfComputeCalls.assertPoolNicOnAcmeNet(read);
        String address = TfComputeCalls.text(read.child("NetworkConnectionSection"), "IpAddress");

        // update: memory 2048, cold (no memory_hot_add_enabled): undeploy, ChangeMemory, power on
        assertThat(read.attr("status")).as("GetStatus POWERED_ON: undeploy first").isEqualTo("4");
        TfComputeCalls.undeploy(tenant, vmHref);
        TfComputeCalls.changeMemory(tenant, vmHref, 2048);
        done(tenant, tenant.post(vmHref + "/power/action/powerOn", null, null));
        Http.Res changed = TfComputeCalls.refreshVm(tenant, vmNamed(tenant, vappHref, vmName));
        assertThat(TfComputeCalls.memory(changed)).isEqualTo("2048");
        assertThat(TfComputeCalls.text(changed.child("NetworkConnectionSection"), "IpAddress"))
                .as("the NIC keeps its pool address").isEqualTo(address);

        // destroy vcd_vapp_vm: IsDeployed, Undeploy, RemoveVM (a recompose deleting it); the vApp stays
        assertThat(tenant.get(vmHref).attr("deployed")).isEqualTo("true");
        TfComputeCalls.undeploy(tenant, vmHref);
        done(tenant, tenant.post(vappHref + "/action/recomposeVApp", RECOMPOSE, "<RecomposeVAppParams xmlns=\""
                + Http.NS + "\" xmlns:ovf=\"" + OVF + "\"><DeleteItem href=\"" + vmHref + "\"/>"
                + "</RecomposeVAppParams>"));
        // the refresh after: the vApp is found, the VM in it is not (ErrorEntityNotFound)
        assertThat(TfComputeCalls.vappHref(TfComputeCalls.vdc(tenant, "acme", "acme-vdc"), vappName)).isNotNull();
        assertThat(vmNamed(tenant, vappHref, vmName)).isNull();

        // destroy vcd_vapp: RemoveAllNetworks, then Delete (its undeploy refused or not, the vApp goes)
        done(tenant, tenant.put(vappHref + "/networkConfigSection/", NETWORK_CONFIG, networkConfigSection("")));
        done(tenant, tenant.delete(vappHref));
        assertThat(TfComputeCalls.vappHref(TfComputeCalls.vdc(tenant, "acme", "acme-vdc"), vappName)).isNull();
    }

    /** updateNetworkConfigurations' body: the whole list of the vApp's networks. */
    private static String networkConfigSection(String configs) {
        return "<NetworkConfigSection xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\" type=\"" + NETWORK_CONFIG
                + "\"><ovf:Info>Configuration parameters for logical networks</ovf:Info>" + configs
                + "</NetworkConfigSection>";
    }

    /** createVmFromTemplate's ReComposeVAppParams: the template VM, named by the Source, its NIC on acme-net. */
    private static String recomposeAdding(String vappName, String vmName, String templateVm) {
        return "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\" xmlns:xsi=\"http://www.w3.org/"
                + "2001/XMLSchema-instance\" name=\"" + vappName + "\" powerOn=\"false\"><SourcedItem><Source href=\""
                + templateVm + "\" name=\"" + vmName + "\"/><VmGeneralParams><Description>made by terraform"
                + "</Description></VmGeneralParams><InstantiationParams>" + TfComputeCalls.nicOnAcmeNet(null)
                + "</InstantiationParams></SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted>"
                + "</RecomposeVAppParams>";
    }

    /** VApp.GetVMByName / GetVMByNameOrId: the vApp read again, the VM among its Children; null when none. */
    private static String vmNamed(Http tenant, String vappHref, String name) {
        Element children = tenant.get(vappHref).child("Children");
        return children == null ? null : Http.Res.children(children, "Vm").stream()
                .filter(v -> v.getAttribute("name").equals(name)).map(v -> v.getAttribute("href")).findFirst()
                .orElse(null);
    }
}
