package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** An org's lease actions end every lease of a kind now; the org's expiry settings say what follows. */
class LeaseExpiryTest {
    static final String VAPP_LEASES = "application/vnd.vmware.admin.vAppLeaseSettings+xml";
    static final String TEMPLATE_LEASES = "application/vnd.vmware.admin.vAppTemplateLeaseSettings+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String settings;

    @BeforeAll
    static void aTemplateAndTheOrgsSettings() throws Exception {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        TemplateFixture.ready(tenant).unlimited(admin);
        settings = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/") + "/settings/";
    }

    static void vAppLeases(boolean deleteOnStorageExpiry, boolean powerOffOnRuntimeExpiry) {
        assertThat(tenant.put(settings + "vAppLeaseSettings", VAPP_LEASES, "<VAppLeaseSettings xmlns=\"" + Http.NS
                + "\"><DeleteOnStorageLeaseExpiration>" + deleteOnStorageExpiry + "</DeleteOnStorageLeaseExpiration>"
                + "<DeploymentLeaseSeconds>0</DeploymentLeaseSeconds><StorageLeaseSeconds>0</StorageLeaseSeconds>"
                + "<PowerOffOnRuntimeLeaseExpiration>" + powerOffOnRuntimeExpiry
                + "</PowerOffOnRuntimeLeaseExpiration></VAppLeaseSettings>").status).isEqualTo(200);
    }

    static Http.Res expire(String action) {
        Http.Res task = tenant.post(settings + action, null, null);
        assertThat(task.status).as(task.body).isEqualTo(202);
        return tenant.awaitTask(task);
    }

    /** A vApp of a template of its own (a test of template leases deletes every template of the org). */
    static String vapp(String name, boolean powerOn) throws Exception {
        Http.Res created = TemplateFixture.ready(tenant).instantiate(name, powerOn);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        return created.attr("href");
    }

    @Test
    void runtimeLeasesEndingStopTheRunningVAppsSuspendedWhenTheOrgDoesNotPowerOff() throws Exception {
        String running = vapp("runtime-running", true);
        String stopped = vapp("runtime-stopped", false);
        assertThat(tenant.get(running).attr("status")).isEqualTo("4");
        vAppLeases(false, false);

        Http.Res task = expire("vAppLeaseSettings/action/expireVAppsRuntimeLease");
        assertThat(task.attr("status")).isEqualTo("success");
        assertThat(task.attr("operationName")).isEqualTo("orgExpireVAppsRuntimeLease");
        assertThat(task.child("Owner").getAttribute("name")).isEqualTo("acme");
        assertThat(tenant.get(running).attr("status")).as("suspended, not powered off").isEqualTo("3");
        assertThat(tenant.get(running).attr("deployed")).isEqualTo("false");
        assertThat(tenant.get(stopped).attr("status")).isEqualTo("8");

        String another = vapp("runtime-running-2", true);
        vAppLeases(false, true);
        expire("vAppLeaseSettings/action/expireVAppsRuntimeLease");
        assertThat(tenant.get(another).attr("status")).as("powered off").isEqualTo("8");
        assertThat(tenant.get(another).attr("deployed")).isEqualTo("false");
    }

    /** A VM that waits for an answer to its question runs too: its runtime lease ends it, and its question with it. */
    @Test
    void runtimeLeasesEndingStopAVmThatWaitsForAnAnswer() throws Exception {
        Http.Res set = admin.put("/api/vcdsim/simulation", "application/json", "{\"questions\": [{\"vmName\": \"*\", "
                + "\"question\": \"Moved or copied?\", \"choices\": [\"moved\", \"copied\"], \"count\": 1}]}");
        assertThat(set.status).as(set.body).isEqualTo(200);
        String vapp = vapp("asking", false);
        try { // a VM asks as it powers on
            assertThat(tenant.awaitTask(tenant.post(vapp + "/power/action/powerOn", null, null)).attr("status"))
                    .isEqualTo("success");
        } finally {
            assertThat(admin.put("/api/vcdsim/simulation", "application/json", "{}").status).isEqualTo(200);
        }
        String vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(e -> e.getAttribute("status").equals("5")).findFirst().orElseThrow().getAttribute("href");
        assertThat(tenant.get(vm + "/question").status).isEqualTo(200);
        vAppLeases(false, true);

        expire("vAppLeaseSettings/action/expireVAppsRuntimeLease");
        assertThat(tenant.get(vm).attr("status")).isEqualTo("8");
        assertThat(tenant.get(vm + "/question").status).as("its question went with it").isEqualTo(403);
        assertThat(tenant.get(vapp).attr("deployed")).isEqualTo("false");
    }

    @Test
    void storageLeasesEndingDeleteTheStoppedVAppsOnlyWhenTheOrgSaysSo() throws Exception {
        String stopped = vapp("storage-stopped", false);
        String running = vapp("storage-running", true);
        vAppLeases(false, true);
        expire("vAppLeaseSettings/action/expireVAppsStorageLease");
        assertThat(tenant.get(stopped).status).as("kept: the org does not delete on expiry").isEqualTo(200);

        vAppLeases(true, true);
        assertThat(expire("vAppLeaseSettings/action/expireVAppsStorageLease").attr("operationName"))
                .isEqualTo("orgExpireVAppsStorageLease");
        assertThat(tenant.get(stopped).status).isEqualTo(403); // gone
        assertThat(tenant.get(running).attr("status")).as("a running vApp's storage lease does not run")
                .isEqualTo("4");
    }

    @Test
    void templateStorageLeasesEndingDeleteTheTemplatesWhenTheOrgSaysSo() throws Exception {
        TemplateFixture own = TemplateFixture.ready(tenant);
        TemplateFixture other = TemplateFixture.ready(tenant);
        String leases = "<VAppTemplateLeaseSettings xmlns=\"" + Http.NS + "\"><DeleteOnStorageLeaseExpiration>%s"
                + "</DeleteOnStorageLeaseExpiration><StorageLeaseSeconds>0</StorageLeaseSeconds>"
                + "</VAppTemplateLeaseSettings>";
        assertThat(tenant.put(settings + "vAppTemplateLeaseSettings", TEMPLATE_LEASES, String.format(leases, false))
                .status).isEqualTo(200);
        expire("vAppTemplateLeaseSettings/action/expireVAppTemplatesStorageLease");
        assertThat(tenant.get(own.template).status).isEqualTo(200);

        assertThat(tenant.put(settings + "vAppTemplateLeaseSettings", TEMPLATE_LEASES, String.format(leases, true))
                .status).isEqualTo(200);
        Http.Res task = expire("vAppTemplateLeaseSettings/action/expireVAppTemplatesStorageLease");
        assertThat(task.attr("operationName")).isEqualTo("orgExpireVAppTemplatesStorageLease");
        assertThat(tenant.get(own.template).status).isEqualTo(403);
        assertThat(tenant.get(other.template).status).isEqualTo(403); // every template of the org
    }

    @Test
    void onlyWhoMayEditTheOrgEndsItsLeases() {
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User");
        Http.Res refused = user.post(settings + "vAppLeaseSettings/action/expireVAppsRuntimeLease", null, null);
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        Http.Res unknown = admin.post("/api/admin/org/" + java.util.UUID.randomUUID()
                + "/settings/vAppLeaseSettings/action/expireVAppsStorageLease", null, null);
        assertThat(unknown.status).isEqualTo(403);
        assertThat(tenant.get(settings + "vAppLeaseSettings/action/expireVAppsRuntimeLease").status).isEqualTo(405);
    }
}
