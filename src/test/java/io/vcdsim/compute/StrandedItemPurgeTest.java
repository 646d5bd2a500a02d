package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DELETE /api/admin/extension/strandedItems: one task purges every stranded item from its vCenter. */
class StrandedItemPurgeTest {
    static final String ALL = "/api/admin/extension/strandedItems";
    static final String BLOCKING = "/api/admin/extension/settings/blockingTask/operations";
    static final String OPERATIONS = "application/vnd.vmware.admin.taskOperationList+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    /** Deletes a new vApp while vc1 is disabled: its VMs' morefs, stranded in vc1. */
    static List<String> strand(Http admin, Http tenant, String name) throws Exception {
        String vc = StrandedItemTest.vc1(admin);
        String vapp = TemplateFixture.ready(tenant).newVApp(name);
        List<String> morefs = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .map(vm -> StrandedItemTest.vmMoref(admin, vm.getAttribute("href"))).toList();
        StrandedItemTest.enable(admin, vc, false);
        try {
            assertThat(tenant.awaitTask(tenant.delete(vapp)).attr("status")).isEqualTo("success");
        } finally {
            StrandedItemTest.enable(admin, vc, true);
        }
        return morefs;
    }

    @Test
    void oneTaskPurgesEveryStrandedItem() throws Exception {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        List<String> morefs = new java.util.ArrayList<>(strand(admin, tenant, "purge-one"));
        morefs.addAll(strand(admin, tenant, "purge-two"));
        assertThat(StrandedItemTest.records(admin)).hasSize(morefs.size());
        String vc = StrandedItemTest.vc1(admin);
        assertThat(StrandedItemTest.unmanagedMorefs(admin, vc)).containsAll(morefs);

        assertThat(tenant.delete(ALL).status).as("for system administrators").isEqualTo(403);
        assertThat(StrandedItemTest.records(admin)).hasSize(morefs.size());

        Http.Res task = admin.delete(ALL);
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.contentType()).startsWith("application/vnd.vmware.vcloud.task+xml");
        assertThat(task.attr("operationName")).isEqualTo("systemPurgeStrandedItem");
        Element owner = task.child("Owner");
        assertThat(owner.getAttribute("name")).isEqualTo("System");
        assertThat(owner.getAttribute("type")).isEqualTo("application/vnd.vmware.admin.organization+xml");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        assertThat(StrandedItemTest.records(admin)).isEmpty();
        assertThat(StrandedItemTest.unmanagedMorefs(admin, vc)).doesNotContainAnyElementsOf(morefs);

        // with nothing stranded, the task has nothing to do
        assertThat(admin.awaitTask(admin.delete(ALL)).attr("status")).isEqualTo("success");
    }

    @Test
    void anAbortedPurgeLeavesEveryItemStranded() throws Exception {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        List<String> morefs = strand(admin, tenant, "purge-held");
        int stranded = StrandedItemTest.records(admin).size();
        assertThat(admin.put(BLOCKING, OPERATIONS, "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"><Operation>"
                + "systemPurgeStrandedItem</Operation></BlockingTaskOperations>").status).isEqualTo(200);
        try {
            Http.Res task = admin.delete(ALL);
            assertThat(task.status).as(task.body).isEqualTo(202);
            Sim.abortBlockingTaskOf(admin, task);
            assertThat(admin.awaitTask(task).attr("status")).isEqualTo("aborted");
        } finally {
            admin.put(BLOCKING, OPERATIONS, "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"/>");
        }
        assertThat(StrandedItemTest.records(admin)).hasSize(stranded);
        assertThat(StrandedItemTest.unmanagedMorefs(admin, StrandedItemTest.vc1(admin))).containsAll(morefs);
        assertThat(admin.awaitTask(admin.delete(ALL)).attr("status")).isEqualTo("success");
        assertThat(StrandedItemTest.records(admin)).isEmpty();
    }
}
