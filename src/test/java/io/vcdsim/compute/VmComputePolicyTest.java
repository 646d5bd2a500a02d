package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VM's compute policies (API 33.0+), as go-vcloud-director's AddEmptyVm with a ComputePolicy and its
 * UpdateComputePolicy (reconfigureVm) send them: the VM shows them, its sizing policy sizes it, and a policy a VM has
 * is not deleted.
 */
class VmComputePolicyTest {
    static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    static final String POLICIES = "/cloudapi/1.0.0/vdcComputePolicies";
    static final String RECOMPOSE = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
    static final String VM = "application/vnd.vmware.vcloud.vm+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static TemplateFixture fixture;
    static String small;
    static String large;
    static String growing;
    static String unassigned;
    static String systemDefault;

    @BeforeAll
    static void policiesAssignedToTheVdc() throws Exception {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        fixture = TemplateFixture.ready(tenant);
        small = policy("{\"name\":\"small-" + UUID.randomUUID() + "\",\"cpuCount\":1,\"memory\":1024}");
        large = policy("{\"name\":\"large-" + UUID.randomUUID() + "\",\"cpuCount\":4,\"memory\":2048}");
        growing = policy("{\"name\":\"growing-" + UUID.randomUUID() + "\",\"cpuCount\":1,\"memory\":1024}");
        unassigned = policy("{\"name\":\"elsewhere-" + UUID.randomUUID() + "\",\"memory\":512}");
        String adminVdc = fixture.vdc.replace("/api/vdc/", "/api/admin/vdc/");
        systemDefault = admin.get(adminVdc).child("DefaultComputePolicy").getAttribute("id");
        String refs = "application/vnd.vmware.vcloud.vdcComputePolicyReferences+xml";
        StringBuilder body = new StringBuilder("<VdcComputePolicyReferences xmlns=\"" + Http.NS + "\">");
        for (String id : new String[]{systemDefault, small, large, growing}) {
            body.append("<VdcComputePolicyReference href=\"").append(vcd.httpUrl()).append(POLICIES).append('/')
                    .append(id).append("\"/>");
        }
        assertThat(admin.put(adminVdc + "/computePolicies", refs, body + "</VdcComputePolicyReferences>").status)
                .isEqualTo(200);
    }

    static String policy(String json) {
        Http.Res r = admin.send(admin.cloud(POLICIES).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r.json().get("id").asText();
    }

    static String computePolicy(String sizingId) {
        return "<ComputePolicy><VmSizingPolicy href=\"" + vcd.httpUrl() + POLICIES + "/" + sizingId
                + "\"/></ComputePolicy>";
    }

    static Http.Res recompose(String vapp, String name, String computePolicy) {
        String body = "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\"><CreateItem name=\""
                + name + "\"><Description>sized by its policy</Description><VmSpecSection Modified=\"true\">"
                + "<ovf:Info>spec</ovf:Info><OsType>debian10Guest</OsType><NumCpus>2</NumCpus><NumCoresPerSocket>1"
                + "</NumCoresPerSocket><CpuResourceMhz><Configured>1</Configured></CpuResourceMhz><MemoryResourceMb>"
                + "<Configured>512</Configured></MemoryResourceMb><DiskSection/><HardwareVersion>vmx-13"
                + "</HardwareVersion></VmSpecSection>" + computePolicy + "</CreateItem><AllEULAsAccepted>true"
                + "</AllEULAsAccepted></RecomposeVAppParams>";
        return tenant.post(tenant.get(vapp).link("recompose", RECOMPOSE), RECOMPOSE, body);
    }

    static Http.Res vmNamed(String vapp, String name) {
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(e -> e.getAttribute("name").equals(name)).findFirst().orElseThrow();
        return tenant.get(vm.getAttribute("href"));
    }

    static String text(Http.Res r, String section, String element) {
        return ((Element) r.child(section).getElementsByTagNameNS(Http.NS, element).item(0)).getTextContent();
    }

    static String sizingOf(Http.Res vm) {
        return ((Element) vm.child("ComputePolicy").getElementsByTagNameNS(Http.NS, "VmSizingPolicy").item(0))
                .getAttribute("id");
    }

    @Test
    void aVmMadeWithASizingPolicyShowsItAndIsSizedByItAndAReconfigureChangesIt() {
        String vapp = fixture.newVApp("sized");
        assertThat(tenant.awaitTask(recompose(vapp, "sized-vm", computePolicy(small))).attr("status"))
                .isEqualTo("success");
        Http.Res vm = vmNamed(vapp, "sized-vm");
        assertThat(sizingOf(vm)).isEqualTo(small);
        Element sizing = (Element) vm.child("ComputePolicy").getElementsByTagNameNS(Http.NS, "VmSizingPolicy").item(0);
        assertThat(sizing.getAttribute("href")).endsWith(POLICIES + "/" + small);
        assertThat(sizing.getAttribute("name")).startsWith("small-");
        assertThat(text(vm, "VmSpecSection", "NumCpus")).isEqualTo("1");
        assertThat(text(vm, "VmSpecSection", "Configured").isEmpty()).isFalse();
        assertThat(((Element) vm.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "MemoryResourceMb").item(0))
                .getElementsByTagNameNS(Http.NS, "Configured").item(0).getTextContent()).isEqualTo("1024");

        // go-vcloud-director's UpdateComputePolicy: a Vm of its name, description and ComputePolicy only
        String reconfigure = "<Vm xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\" name=\"sized-vm\"><Description>"
                + "resized</Description>" + computePolicy(large) + "</Vm>";
        Http.Res task = tenant.post(vm.attr("href") + "/action/reconfigureVm", VM, reconfigure);
        assertThat(tenant.awaitTask(task).attr("status")).isEqualTo("success");
        Http.Res resized = tenant.get(vm.attr("href"));
        assertThat(sizingOf(resized)).isEqualTo(large);
        assertThat(text(resized, "VmSpecSection", "NumCpus")).isEqualTo("4");
        assertThat(((Element) resized.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "MemoryResourceMb")
                .item(0)).getElementsByTagNameNS(Http.NS, "Configured").item(0).getTextContent()).isEqualTo("2048");

        Http.Res refused = admin.send(admin.cloud(POLICIES + "/" + large).DELETE());
        assertThat(refused.status).as("a VM has it").isEqualTo(400);
    }

    /** go-vcloud-director's AddNewVMWithComputePolicy: a recompose's SourcedItem (a template VM) with a policy. */
    /** A sizing policy changed after the VM took it: the VM keeps its size until the policy is reapplied. */
    @Test
    void aReappliedPolicySizesTheVmAgainAndItsComplianceIsChecked() {
        String vapp = fixture.newVApp("reapplied");
        assertThat(tenant.awaitTask(recompose(vapp, "grown-vm", computePolicy(growing))).attr("status"))
                .isEqualTo("success");
        Http.Res vm = vmNamed(vapp, "grown-vm");
        assertThat(text(vm, "VmSpecSection", "NumCpus")).isEqualTo("1");
        Http.Res changed = admin.send(admin.cloud(POLICIES + "/" + growing).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + growing + "\",\"name\":\""
                        + admin.send(admin.cloud(POLICIES + "/" + growing).GET()).json().get("name").asText()
                        + "\",\"cpuCount\":2,\"memory\":1536}")));
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        String href = vm.attr("href");
        assertThat(text(tenant.get(href), "VmSpecSection", "NumCpus")).isEqualTo("1");

        Http.Res check = tenant.post(href + "/action/checkComputePolicyCompliance", null, null);
        assertThat(check.status).as(check.body).isEqualTo(202);
        assertThat(check.attr("operationName")).isEqualTo("vappCheckComputePolicyCompliance");
        assertThat(tenant.awaitTask(check).attr("status")).isEqualTo("success");
        Http.Res reapply = tenant.post(href + "/action/reapplyComputePolicy", null, null);
        assertThat(reapply.attr("operationName")).isEqualTo("vappReapplyComputePolicy");
        assertThat(tenant.awaitTask(reapply).attr("status")).isEqualTo("success");
        Http.Res now = tenant.get(href);
        assertThat(text(now, "VmSpecSection", "NumCpus")).isEqualTo("2");
        assertThat(((Element) now.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "MemoryResourceMb").item(0))
                .getElementsByTagNameNS(Http.NS, "Configured").item(0).getTextContent()).isEqualTo("1536");
    }

    @Test
    void aTemplateVmAddedWithASizingPolicyIsSizedByIt() {
        String vapp = fixture.newVApp("copied");
        Element source = Http.Res.children(tenant.get(fixture.template).child("Children"), "Vm").get(0);
        String body = "<RecomposeVAppParams xmlns=\"" + Http.NS + "\"><SourcedItem><Source href=\""
                + source.getAttribute("href") + "\" name=\"copied-vm\"/>" + computePolicy(large) + "</SourcedItem>"
                + "<AllEULAsAccepted>true</AllEULAsAccepted></RecomposeVAppParams>";
        Http.Res task = tenant.post(tenant.get(vapp).link("recompose", RECOMPOSE), RECOMPOSE, body);
        assertThat(tenant.awaitTask(task).attr("status")).isEqualTo("success");
        Http.Res vm = vmNamed(vapp, "copied-vm");
        assertThat(sizingOf(vm)).isEqualTo(large);
        assertThat(text(vm, "VmSpecSection", "NumCpus")).isEqualTo("4");
        Http.Res refused = tenant.post(tenant.get(vapp).link("recompose", RECOMPOSE), RECOMPOSE,
                body.replace(large, unassigned).replace("copied-vm", "other-vm"));
        assertThat(refused.status).isEqualTo(400);
    }

    @Test
    void aVmGivenNoPolicyShowsItsVdcsDefaultAndOlderVersionsShowNone() {
        String vapp = fixture.newVApp("plain");
        Http.Res vm = tenant.get(Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0)
                .getAttribute("href"));
        assertThat(sizingOf(vm)).isEqualTo(systemDefault);
        Http old = Sim.tenant(vcd.sim()).version("32.0");
        assertThat(old.get(vm.attr("href")).child("ComputePolicy")).isNull();
    }

    @Test
    void policiesNotAssignedToTheVdcUnknownOrMalformedAreRefusedBeforeAnythingStarts() {
        String vapp = fixture.newVApp("refused");
        Http.Res notAssigned = recompose(vapp, "vm-a", computePolicy(unassigned));
        assertThat(notAssigned.status).isEqualTo(400);
        assertThat(notAssigned.attr("message")).contains("not assigned");
        Http.Res unknown = recompose(vapp, "vm-b", computePolicy("urn:vcloud:vdcComputePolicy:" + UUID.randomUUID()));
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.minor()).isEqualTo("INVALID_REFERENCE");
        Http.Res malformed = recompose(vapp, "vm-c", "<ComputePolicy><VmSizingPolicy href=\"nothing\"/></ComputePolicy>");
        assertThat(malformed.status).isEqualTo(400);
        assertThat(Http.Res.children(tenant.get(vapp).child("Children"), "Vm")).extracting(e -> e.getAttribute("name"))
                .doesNotContain("vm-a", "vm-b", "vm-c");
    }
}
