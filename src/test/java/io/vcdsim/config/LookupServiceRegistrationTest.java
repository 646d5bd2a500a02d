package io.vcdsim.config;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUT .../settings/lookupService registers vCD with a lookup service, or unregisters it, in a task (202, as the
 * vCloud SDKs expect it): the setting changes when the task's work runs, and only then.
 */
class LookupServiceRegistrationTest {
    static final String URL = "/api/admin/extension/settings/lookupService";
    static final String PARAMS = "application/vnd.vmware.admin.lookupServiceParams+xml";
    static final String BLOCKING = "/api/admin/extension/settings/blockingTask/operations";
    static final String OPERATIONS = "application/vnd.vmware.admin.taskOperationList+xml";
    static final String LOOKUP = "https://vc1.example.com:7444/lookupservice/sdk";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void login() {
        admin = Sim.admin(vcd.sim());
    }

    static String params(String credentials, String url) {
        return "<vmext:LookupServiceParams xmlns:vmext=\"" + Http.VMEXT + "\" " + credentials + ">"
                + (url == null ? "" : "<vmext:LookupServiceUrl>" + url + "</vmext:LookupServiceUrl>")
                + "</vmext:LookupServiceParams>";
    }

    static String registered() {
        return admin.get(URL).vmextText("LookupServiceUrl");
    }

    @Test
    void registeringAndUnregisteringAreTasksThatChangeTheSettingWhenTheyRun() {
        Http.Res reg = admin.put(URL, PARAMS, params("userName=\"sso\" password=\"pw\"", LOOKUP));
        assertThat(reg.status).as(reg.body).isEqualTo(202);
        assertThat(reg.contentType()).startsWith("application/vnd.vmware.vcloud.task+xml");
        assertThat(reg.root().getLocalName()).isEqualTo("Task");
        assertThat(reg.attr("operationName")).isEqualTo("systemUpdateLookupService");
        assertThat(reg.attr("operation")).contains(LOOKUP);
        assertThat(reg.child("Owner").getAttribute("name")).isEqualTo("System");
        assertThat(reg.body).doesNotContain("pw");
        Http.Res done = admin.awaitTask(reg);
        assertThat(done.attr("status")).isEqualTo("success");
        assertThat(done.body).doesNotContain("pw");
        assertThat(registered()).isEqualTo(LOOKUP);
        assertThat(admin.get(URL).body).doesNotContain("pw");
        assertThat(admin.get("/api/admin/extension/settings").body).contains(LOOKUP);

        Http.Res unreg = admin.put(URL, PARAMS, params("userName=\"sso\" password=\"pw\"", null));
        assertThat(unreg.status).as(unreg.body).isEqualTo(202);
        assertThat(admin.awaitTask(unreg).attr("status")).isEqualTo("success");
        assertThat(registered()).isNull();
    }

    @Test
    void anAbortedRegistrationChangesNothing() {
        assertThat(admin.put(BLOCKING, OPERATIONS, "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"><Operation>"
                + "systemUpdateLookupService</Operation></BlockingTaskOperations>").status).isEqualTo(200);
        try {
            Http.Res task = admin.put(URL, PARAMS, params("userName=\"sso\" password=\"pw\"", LOOKUP));
            assertThat(task.status).as(task.body).isEqualTo(202);
            assertThat(registered()).as("not before the task runs").isNull();
            Sim.abortBlockingTaskOf(admin, task);
            assertThat(admin.awaitTask(task).attr("status")).isEqualTo("aborted");
        } finally {
            admin.put(BLOCKING, OPERATIONS, "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"/>");
        }
        assertThat(registered()).isNull();
    }

    @Test
    void badParamsAreRefusedBeforeAnyTaskStarts() {
        String tasks = "/api/query?type=adminTask&format=records&filter=operationName==systemUpdateLookupService";
        int before = admin.get(tasks).children("AdminTaskRecord").size();
        for (String refused : List.of(params("", LOOKUP), params("userName=\"sso\"", LOOKUP),
                params("userName=\"sso\" password=\"pw\"", "not a url"),
                params("userName=\"sso\" password=\"pw\"", "https://vc1.example.com/" + "x".repeat(1100)),
                params("userName=\"" + "u".repeat(300) + "\" password=\"pw\"", LOOKUP),
                "<vmext:LookupServiceSettings xmlns:vmext=\"" + Http.VMEXT + "\"/>", "<vmext:LookupServiceParams")) {
            Http.Res res = admin.put(URL, PARAMS, refused);
            assertThat(res.status).as(refused + " " + res.body).isEqualTo(400);
            assertThat(res.root().getLocalName()).isEqualTo("Error");
        }
        assertThat(admin.get(tasks).children("AdminTaskRecord")).hasSize(before);
        assertThat(registered()).isNull();

        Http tenant = Sim.tenant(vcd.sim());
        assertThat(tenant.put(URL, PARAMS, params("userName=\"sso\" password=\"pw\"", LOOKUP)).status).isEqualTo(403);
        assertThat(tenant.get(URL).status).isEqualTo(403);
        assertThat(registered()).isNull();
    }
}
