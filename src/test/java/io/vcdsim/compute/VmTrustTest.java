package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Task reference's VM operations of API 37.2 and 38.0: a TPM device added and removed, a standalone VM's vApp
 * made an ordinary one, and replication tracking VMs (converted, their state set, failed over).
 */
class VmTrustTest {
    static final String TPM = "application/vnd.vmware.vcloud.TpmSection+xml";
    static final String DISKS = "application/vnd.vmware.vcloud.replicationTrackingDiskSection+xml";
    static final String SETTINGS = "application/vnd.vmware.vcloud.replicationTrackingSettings+xml";
    static final String FAILOVER = "application/vnd.vmware.vcloud.vmFailoverParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static Http admin;
    static TemplateFixture fixture;

    @BeforeAll
    static void logIn() throws Exception {
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        admin = Sim.admin(vcd.sim()).version("38.0");
        fixture = TemplateFixture.ready(tenant);
    }

    /** A powered-off standalone VM with EFI firmware (go-vcloud-director's CreateStandaloneVm); its href. */
    static String standaloneVm() {
        String type = "application/vnd.vmware.vcloud.CreateVmParams+xml";
        String name = "solo-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "<CreateVmParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                + "name=\"" + name + "\" powerOn=\"false\"><CreateVm name=\"" + name + "\"><VmSpecSection "
                + "Modified=\"true\"><ovf:Info>spec</ovf:Info><OsType>sles11_64Guest</OsType><NumCpus>1</NumCpus>"
                + "<MemoryResourceMb><Configured>512</Configured></MemoryResourceMb><DiskSection/><Firmware>efi"
                + "</Firmware></VmSpecSection></CreateVm></CreateVmParams>";
        Http.Res task = tenant.awaitTask(tenant.post(tenant.get(fixture.vdc).link("add", type), type, body));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        Http.Res vapp = tenant.get(task.child("Owner").getAttribute("href"));
        return Http.Res.children(vapp.child("Children"), "Vm").get(0).getAttribute("href");
    }

    static String vappVm() {
        return Http.Res.children(tenant.get(fixture.newVApp("trust")).child("Children"), "Vm").get(0)
                .getAttribute("href");
    }

    static String done(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = who.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return task.attr("operationName");
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(Http.NS, name).item(0).getTextContent();
    }

    @Test
    void aTpmDeviceIsAddedToAPoweredOffEfiVmAndShownFromApi38On() {
        String vm = standaloneVm();
        Http.Res tpm = tenant.get(vm + "/trustedPlatformModule");
        assertThat(tpm.status).isEqualTo(200);
        assertThat(tpm.contentType()).startsWith(TPM);
        assertThat(tpm.childText("TpmPresent")).isEqualTo("false");
        String edit = tpm.link("edit", TPM);
        assertThat(edit).isEqualTo(vm + "/action/editTrustedPlatformModule");

        String add = "<TrustedPlatformModule xmlns=\"" + Http.NS + "\"><TpmPresent>true</TpmPresent>"
                + "</TrustedPlatformModule>";
        assertThat(done(tenant, tenant.post(edit, TPM, add))).isEqualTo("vappEditTrustedPlatformModule");
        assertThat(text(tenant.get(vm).child("TrustedPlatformModule"), "TpmPresent")).isEqualTo("true");
        Http.Res at37 = tenant.send(tenant.request(vm).setHeader("Accept", "application/*+xml;version=37.1").GET());
        assertThat(at37.child("TrustedPlatformModule")).isNull();

        Http.Res none = tenant.post(edit, TPM, "<TrustedPlatformModule xmlns=\"" + Http.NS + "\"/>");
        assertThat(none.status).isEqualTo(400);
        String bios = vappVm(); // a template's VM boots BIOS: vSphere gives a TPM to EFI VMs only
        Http.Res refused = tenant.post(bios + "/action/editTrustedPlatformModule", TPM, add);
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.attr("message")).contains("EFI");
        assertThat(tenant.get(bios + "/trustedPlatformModule").childText("TpmPresent")).isEqualTo("false");
    }

    @Test
    void aStandaloneVmsVAppBecomesAnOrdinaryOneThatStaysWhenItsVmGoes() {
        String vm = standaloneVm();
        String vapp = tenant.get(vm).link("up", "application/vnd.vmware.vcloud.vApp+xml");
        assertThat(done(tenant, tenant.post(vm + "/action/convertStandAloneVmToVApp", null, null)))
                .isEqualTo("vappConvertStandaloneVmToVApp");
        assertThat(done(tenant, tenant.delete(vm))).isNotEmpty();
        assertThat(tenant.get(vapp).status).isEqualTo(200);

        Http.Res notStandalone = tenant.post(vappVm() + "/action/convertStandAloneVmToVApp", null, null);
        assertThat(notStandalone.status).isEqualTo(400);
    }

    @Test
    void aReplicationTrackingVmTracksItsDisksUntilItsFailover() {
        String vm = vappVm();
        String disk1 = UUID.randomUUID().toString();
        String disks = "<ReplicationTrackingDiskSection xmlns=\"" + Http.NS + "\"><ReplicationTrackingDiskSettings>"
                + "<DiskUuid>" + disk1 + "</DiskUuid><StorageProvisionedKb>1048576</StorageProvisionedKb>"
                + "<StorageOverheadKb>2048</StorageOverheadKb></ReplicationTrackingDiskSettings>"
                + "<ReplicationTrackingDiskSettings><DiskUuid>" + UUID.randomUUID() + "</DiskUuid>"
                + "</ReplicationTrackingDiskSettings></ReplicationTrackingDiskSection>";
        // the replication service works as the provider
        assertThat(tenant.post(vm + "/action/convertToReplicationTrackingVm", DISKS, disks).status).isEqualTo(403);
        assertThat(done(admin, admin.post(vm + "/action/convertToReplicationTrackingVm", DISKS, disks)))
                .isEqualTo("vappConvertToReplicationTrackingVm");
        Http.Res tracking = admin.get(vm);
        assertThat(text(tracking.child("ReplicationTrackingSettings"), "ReplicationTrackingVmState"))
                .isEqualTo("TRACKING");
        List<Element> tracked = Http.Res.children(tracking.child("ReplicationTrackingDiskSection"),
                "ReplicationTrackingDiskSettings");
        assertThat(tracked).hasSize(2);
        assertThat(text(tracked.get(0), "DiskUuid")).isEqualTo(disk1);
        assertThat(text(tracked.get(0), "StorageProvisionedKb")).isEqualTo("1048576");
        assertThat(admin.post(vm + "/action/convertToReplicationTrackingVm", DISKS, disks).status).isEqualTo(400);
        // a placeholder does not run
        Http.Res powerOn = tenant.post(vm + "/power/action/powerOn", null, null);
        assertThat(powerOn.status).isEqualTo(400);
        assertThat(powerOn.attr("message")).contains("replication tracking");

        String syncing = "<ReplicationTrackingSettings xmlns=\"" + Http.NS + "\"><ReplicationTrackingVmState>SYNCING"
                + "</ReplicationTrackingVmState></ReplicationTrackingSettings>";
        assertThat(done(admin, admin.post(vm + "/action/changeReplicationTrackingSettings", SETTINGS, syncing)))
                .isEqualTo("vappChangeReplicationTrackingSettings");
        assertThat(text(admin.get(vm).child("ReplicationTrackingSettings"), "ReplicationTrackingVmState"))
                .isEqualTo("SYNCING");

        String failover = "<VmFailoverParams xmlns=\"" + Http.NS + "\"><Failover>true</Failover></VmFailoverParams>";
        assertThat(done(admin, admin.post(vm + "/action/failover", FAILOVER, failover)))
                .isEqualTo("vappFailoverReplicationTrackingVm");
        assertThat(admin.get(vm).child("ReplicationTrackingSettings")).isNull();
        assertThat(done(tenant, tenant.post(vm + "/power/action/powerOn", null, null))).isNotEmpty();
    }

    @Test
    void badReplicationRequestsChangeNothing() {
        String vm = vappVm();
        String empty = "<ReplicationTrackingDiskSection xmlns=\"" + Http.NS + "\"/>";
        assertThat(admin.post(vm + "/action/convertToReplicationTrackingVm", DISKS, empty).status).isEqualTo(400);
        String badUuid = "<ReplicationTrackingDiskSection xmlns=\"" + Http.NS + "\"><ReplicationTrackingDiskSettings>"
                + "<DiskUuid>not-a-uuid</DiskUuid></ReplicationTrackingDiskSettings></ReplicationTrackingDiskSection>";
        assertThat(admin.post(vm + "/action/convertToReplicationTrackingVm", DISKS, badUuid).status).isEqualTo(400);
        String state = "<ReplicationTrackingSettings xmlns=\"" + Http.NS + "\"><ReplicationTrackingVmState>SYNCING"
                + "</ReplicationTrackingVmState></ReplicationTrackingSettings>";
        assertThat(admin.post(vm + "/action/changeReplicationTrackingSettings", SETTINGS, state).status)
                .as("a standard VM has no replication state").isEqualTo(400);
        assertThat(admin.post(vm + "/action/failover", FAILOVER, "<VmFailoverParams xmlns=\"" + Http.NS + "\"/>")
                .status).isEqualTo(400);
        String json = "{\"replicationTrackingDiskSettings\": [{\"diskUuid\": \"" + UUID.randomUUID() + "\"}, null]}";
        Http.Res hole = admin.send(admin.request(vm + "/action/convertToReplicationTrackingVm")
                .header("Content-Type", "application/vnd.vmware.vcloud.replicationTrackingDiskSection+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        assertThat(hole.status).as(hole.body).isEqualTo(400);
        assertThat(hole.body).contains("null");
        assertThat(admin.get(vm).child("ReplicationTrackingSettings")).isNull();
    }
}
