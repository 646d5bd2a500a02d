package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * go-vcloud-director's queries of VMs, vApps and tasks name every field they read ({@code fields}, from
 * query_metadata.go's vmFields, vappFields and taskFields): each is one the record type has, or one every record
 * carries (href, id, type), so the query answers instead of a 400.
 */
class QueryFieldsOnDemandTest {
    static final String VM_FIELDS = "catalogName,container,containerName,datastoreName,description,gcStatus,guestOs,"
            + "hardwareVersion,hostName,isAutoNature,isDeleted,isDeployed,isPublished,isVAppTemplate,isVdcEnabled,"
            + "memoryMB,moref,name,numberOfCpus,org,status,storageProfileName,vc,vdc,vmToolsVersion,containerStatus,"
            + "pvdcHighestSupportedHardwareVersion,isComputePolicyCompliant,vmSizingPolicyId,vmPlacementPolicyId,"
            + "encrypted,dateCreated,totalStorageAllocatedMb,isExpired";
    static final String VAPP_FIELDS = "creationDate,isBusy,isDeployed,isEnabled,isExpired,isInMaintenanceMode,"
            + "isPublic,ownerName,status,vdc,vdcName,numberOfVMs,numberOfCpus,cpuAllocationMhz,cpuAllocationInMhz,"
            + "storageKB,memoryAllocationMB,isAutoDeleteNotified,isAutoUndeployNotified,isVdcEnabled,honorBookOrder,"
            + "pvdcHighestSupportedHardwareVersion,lowestHardwareVersionInVApp";
    static final String TASK_FIELDS = "href,id,type,org,orgName,name,operationFull,message,startDate,endDate,status,"
            + "progress,ownerName,object,objectType,objectName,serviceNamespace";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static String vapp;
    static TemplateFixture fixture;

    @BeforeAll
    static void aVApp() throws Exception {
        Http tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
        vapp = fixture.newVApp("fields");
        admin = Sim.admin(vcd.sim());
    }

    static Element first(String type, String record, String fields) {
        Http.Res r = admin.get("/api/query?type=" + type + "&format=records&fields=" + fields);
        assertThat(r.status).as(type + ": " + r.body).isEqualTo(200);
        Element e = (Element) r.root().getElementsByTagNameNS(Http.NS, record).item(0);
        assertThat(e).as(type + " has a record").isNotNull();
        assertThat(e.getAttribute("href")).isNotEmpty();
        return e;
    }

    @Test
    void vmRecordsAnswerTheFieldsGoVcloudDirectorAsksFor() {
        for (String[] t : new String[][]{{"vm", "VMRecord"}, {"adminVM", "AdminVMRecord"}}) {
            Element vm = first(t[0], t[1], VM_FIELDS);
            assertThat(vm.getAttribute("datastoreName")).isEqualTo("shared-disk-1");
            assertThat(vm.getAttribute("storageProfileName")).isEqualTo("*");
            assertThat(vm.getAttribute("containerStatus")).isEqualTo("POWERED_OFF");
            assertThat(vm.getAttribute("isVdcEnabled")).isEqualTo("true");
            assertThat(vm.getAttribute("vc")).contains("/api/admin/extension/vimServer/");
            assertThat(vm.getAttribute("dateCreated")).isNotEmpty();
            assertThat(vm.hasAttribute("vmSizingPolicyId")).as("no sizing policy, no attribute").isFalse();
        }
    }

    /**
     * go-vcloud-director's Test_VmShutdown and Test_PowerOnAndForceCustomization wait for a VM's guest customization
     * to leave GC_PENDING once it runs (a VM from a template customizes its guest first); the record's gcStatus says
     * the same.
     */
    @Test
    void aRunningVmHasNoGuestCustomizationPending() throws InterruptedException {
        Http tenant = Sim.tenant(vcd.sim());
        String vappHref = fixture.newVApp("gc");
        String vm = Http.Res.children(tenant.get(vappHref).child("Children"), "Vm").get(0).getAttribute("href");
        String id = vm.substring(vm.lastIndexOf("vm-") + 3);
        String query = "/api/query?type=vm&format=records&fields=name,gcStatus&filter=id==" + id;
        assertThat(tenant.get(vm + "/guestcustomizationstatus/").childText("GuestCustStatus")).isEqualTo("GC_PENDING");
        assertThat(tenant.get(query).children("VMRecord").get(0).getAttribute("gcStatus")).isEqualTo("GC_PENDING");
        Http.Res on = tenant.awaitTask(tenant.post(vm + "/power/action/powerOn", null, null));
        assertThat(on.attr("status")).isEqualTo("success");
        long deadline = System.currentTimeMillis() + 10_000; // the guest customizes for the simulated duration
        while (tenant.get(vm + "/guestcustomizationstatus/").childText("GuestCustStatus").equals("GC_PENDING")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(tenant.get(vm + "/guestcustomizationstatus/").childText("GuestCustStatus"))
                .isEqualTo("GC_COMPLETE");
        assertThat(tenant.get(query).children("VMRecord").get(0).getAttribute("gcStatus")).isEqualTo("GC_COMPLETE");
    }

    @Test
    void vAppRecordsAnswerTheFieldsGoVcloudDirectorAsksFor() {
        for (String[] t : new String[][]{{"vApp", "VAppRecord"}, {"adminVApp", "AdminVAppRecord"}}) {
            Element record = first(t[0] + "&filter=name==" + admin.get(vapp).attr("name"), t[1], VAPP_FIELDS);
            int cpus = 0;
            for (Element vm : Http.Res.children(admin.get(vapp).child("Children"), "Vm")) {
                cpus += Integer.parseInt(vm.getElementsByTagNameNS(Http.NS, "NumCpus").item(0).getTextContent());
            }
            assertThat(record.getAttribute("numberOfCpus")).isEqualTo(Integer.toString(cpus));
            assertThat(Long.parseLong(record.getAttribute("memoryAllocationMB"))).isPositive();
            assertThat(record.getAttribute("isInMaintenanceMode")).isEqualTo("false");
            // a number, as go-vcloud-director's QueryResultVAppRecordType reads it (an int): vmx-21 is 21
            assertThat(record.getAttribute("pvdcHighestSupportedHardwareVersion")).matches("\\d+");
        }
    }

    @Test
    void taskRecordsTakeTheAttributesEveryRecordHasAsFields() {
        for (String[] t : new String[][]{{"task", "TaskRecord"}, {"adminTask", "AdminTaskRecord"}}) {
            Element task = first(t[0], t[1], TASK_FIELDS);
            assertThat(task.getAttribute("status")).isNotEmpty();
        }
        assertThat(admin.get("/api/query?type=task&format=records&fields=href,nonsense").status).isEqualTo(400);
    }
}
