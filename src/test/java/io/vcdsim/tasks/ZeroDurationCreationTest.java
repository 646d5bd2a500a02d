package io.vcdsim.tasks;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With zero task durations (the CI setting) a creating task may end before the answer is written. The 201 still
 * carries it in Tasks: pyvcloud's instantiate_vapp callers and go-vcloud-director wait on Tasks/Task[0].
 */
class ZeroDurationCreationTest {
    static final String COMPOSE = "application/vnd.vmware.vcloud.composeVAppParams+xml";
    static final String PVDC_PARAMS = "application/vnd.vmware.admin.createProviderVdcParams+xml";
    static final String POOLS = "application/vnd.vmware.admin.resourcePoolList+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withTaskDurations(TaskDurations.parse("PT0S", "")));

    @Test
    void aComposedVAppsAnswerHoldsItsCompositionTask() {
        Http tenant = Sim.tenant(vcd.sim());
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        for (int i = 0; i < 5; i++) {
            Http.Res vapp = tenant.post(tenant.get(vdc).link("add", COMPOSE), COMPOSE, "<ComposeVAppParams xmlns=\""
                    + Http.NS + "\" name=\"zero-" + UUID.randomUUID().toString().substring(0, 8) + "\"/>");
            assertThat(vapp.status).as(vapp.body).isEqualTo(201);
            List<Element> tasks = Http.Res.children(vapp.child("Tasks"), "Task");
            assertThat(tasks).as(vapp.body).hasSize(1);
            assertThat(tasks.get(0).getAttribute("operationName")).isEqualTo("vdcComposeVapp");
            assertThat(tenant.awaitTask(vapp).attr("status")).isEqualTo("success");
        }
    }

    @Test
    void aNewProviderVdcsAnswerHoldsItsCreationTask() {
        Http admin = Sim.admin(vcd.sim());
        String vc = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                "VimServerReference").get(0).getAttribute("href");
        String pool = Http.Res.children(admin.get(admin.get(vc).link("down", POOLS)).root(), Http.VMEXT,
                "ResourcePool").stream().map(p -> Http.Res.children(p, Http.VMEXT, "MoRef").get(0).getTextContent())
                .findFirst().orElseThrow();
        Http.Res created = admin.post(admin.get("/api/admin/extension").link("add", PVDC_PARAMS), PVDC_PARAMS,
                "<vmext:VMWProviderVdcParams xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS + "\" name=\"zero-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\"><vmext:ResourcePoolRefs><vmext:VimObjectRef>"
                        + "<vmext:VimServerRef href=\"" + vc + "\"/><vmext:MoRef>" + pool + "</vmext:MoRef>"
                        + "<vmext:VimObjectType>RESOURCE_POOL</vmext:VimObjectType></vmext:VimObjectRef>"
                        + "</vmext:ResourcePoolRefs><vmext:VimServer href=\"" + vc + "\"/><vmext:StorageProfile>*"
                        + "</vmext:StorageProfile></vmext:VMWProviderVdcParams>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        List<Element> tasks = Http.Res.children(created.child("Tasks"), "Task");
        assertThat(tasks).as(created.body).hasSize(1);
        assertThat(tasks.get(0).getAttribute("operationName")).isEqualTo("providerVdcCreate");
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
    }
}
