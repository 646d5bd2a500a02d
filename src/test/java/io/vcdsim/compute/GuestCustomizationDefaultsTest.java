package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a new VM's guest customization is enabled, as vCD decides it: a VM added from a catalog (a template's VM,
 * by instantiation or recompose) has it enabled, a blank VM (CreateVmParams) has not. go-vcloud-director's
 * Test_PowerOnAndForceCustomization forces the customization of a VM it recomposed from a template and reads
 * GC_PENDING.
 */
class GuestCustomizationDefaultsTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;

    @BeforeAll
    static void aReadyTemplate() throws InterruptedException {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
    }

    static String enabled(String vmHref) {
        return tenant.get(vmHref + "/guestCustomizationSection/").childText("Enabled");
    }

    static List<String> vms(String vapp) {
        return Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream().map(v -> v.getAttribute("href"))
                .toList();
    }

    @Test
    void aVmFromATemplateIsCustomizedABlankOneIsNot() {
        String vapp = fixture.newVApp("gc-default");
        String fromTemplate = vms(vapp).get(0);
        assertThat(enabled(fromTemplate)).isEqualTo("true");

        // recompose: a template's VM added is customized too
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        String templateVm = Http.Res.children(tenant.get(fixture.template).child("Children"), "Vm").get(0)
                .getAttribute("href");
        Http.Res added = tenant.awaitTask(tenant.post(vapp + "/action/recomposeVApp", recompose,
                "<RecomposeVAppParams xmlns=\"" + Http.NS + "\"><SourcedItem><Source href=\"" + templateVm
                        + "\" name=\"added\"/></SourcedItem></RecomposeVAppParams>"));
        assertThat(added.attr("status")).as(added.body).isEqualTo("success");
        String addedVm = vms(vapp).stream().filter(h -> tenant.get(h).attr("name").equals("added")).findFirst()
                .orElseThrow();
        assertThat(enabled(addedVm)).isEqualTo("true");

        // a blank VM is not (vCD: its guest OS is not installed yet)
        String type = "application/vnd.vmware.vcloud.CreateVmParams+xml";
        String name = "blank-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res made = tenant.awaitTask(tenant.post(tenant.get(fixture.vdc).link("add", type), type,
                "<CreateVmParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" name=\""
                        + name + "\" powerOn=\"false\"><CreateVm name=\"" + name + "\"><VmSpecSection Modified=\"true\">"
                        + "<ovf:Info>spec</ovf:Info><OsType>sles11_64Guest</OsType><NumCpus>1</NumCpus>"
                        + "<MemoryResourceMb><Configured>512</Configured></MemoryResourceMb><DiskSection/>"
                        + "</VmSpecSection></CreateVm></CreateVmParams>"));
        assertThat(made.attr("status")).as(made.body).isEqualTo("success");
        assertThat(enabled(vms(made.child("Owner").getAttribute("href")).get(0))).isEqualTo("false");
    }

    /**
     * pyvcloud's test_0170_customize_at_next_power_on: customizing asked for a VM whose customization is disabled
     * cannot run at its power on; the VM still needs it, GC_PENDING, until it is enabled and the VM powers on again.
     */
    @Test
    void aCustomizationAskedForWhileDisabledStaysPending() {
        String vm = vms(fixture.newVApp("gc-disabled")).get(0);
        String type = "application/vnd.vmware.vcloud.guestCustomizationSection+xml";
        Http.Res gc = tenant.get(vm + "/guestCustomizationSection/");
        assertThat(tenant.awaitTask(tenant.put(gc.link("edit", type), type, gc.body.replace("<Enabled>true</Enabled>",
                "<Enabled>false</Enabled>"))).attr("status")).isEqualTo("success");
        assertThat(tenant.post(tenant.get(vm).link("customizeAtNextPowerOn", null), null, null).status).isEqualTo(204);
        assertThat(tenant.awaitTask(tenant.post(vm + "/power/action/powerOn", null, null)).attr("status"))
                .isEqualTo("success");
        String status = vm + "/guestcustomizationstatus/";
        assertThat(tenant.get(status).childText("GuestCustStatus")).isEqualTo("GC_PENDING");
        assertThat(tenant.get(vm).attr("needsCustomization")).isEqualTo("true");
        // enabled, the next power on runs it
        tenant.awaitTask(tenant.post(vm + "/power/action/powerOff", null, null));
        gc = tenant.get(vm + "/guestCustomizationSection/");
        tenant.awaitTask(tenant.put(gc.link("edit", type), type, gc.body.replace("<Enabled>false</Enabled>",
                "<Enabled>true</Enabled>")));
        tenant.awaitTask(tenant.post(vm + "/power/action/powerOn", null, null));
        assertThat(tenant.get(vm).attr("needsCustomization")).isEqualTo("false");
    }
}
