package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stranded items: a VM deleted while its vCenter is disabled stays in that vCenter, listed by the
 * {@code strandedItem} query and at {@code /api/admin/extension/strandedItem/{id}}, until {@code forceDelete}.
 */
class StrandedItemTest {
    static final String VIM_SERVER = "application/vnd.vmware.admin.vmwvirtualcenter+xml";
    static final String STRANDED_ITEM = "application/vnd.vmware.admin.strandedItem+xml";
    static final String QUERY = "/api/admin/extension/strandedItems/query";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    static String vc1(Http admin) {
        Http.Res refs = admin.get("/api/admin/extension/vimServerReferences");
        return Http.Res.children(refs.root(), Http.VMEXT, "VimServerReference").stream()
                .filter(r -> r.getAttribute("name").equals("vc1")).findFirst().orElseThrow().getAttribute("href");
    }

    static void enable(Http admin, String vc, boolean enabled) {
        Http.Res now = admin.get(vc);
        String body = now.body.replaceFirst("<vmext:IsEnabled>(true|false)</vmext:IsEnabled>",
                "<vmext:IsEnabled>" + enabled + "</vmext:IsEnabled>");
        assertThat(admin.awaitTask(admin.put(vc, VIM_SERVER, body)).attr("status")).isEqualTo("success");
    }

    static List<Element> records(Http admin) {
        Http.Res q = admin.get(QUERY);
        assertThat(q.status).as(q.body).isEqualTo(200);
        return q.children("StrandedItemRecord");
    }

    static String vmMoref(Http admin, String vm) {
        Element ref = (Element) admin.get(vm).root().getElementsByTagNameNS(Http.VMEXT, "VmVimObjectRef").item(0);
        return Http.Res.children(ref, Http.VMEXT, "MoRef").get(0).getTextContent();
    }

    static List<String> unmanagedMorefs(Http admin, String vc) {
        String list = admin.get(vc).link("down", "application/vnd.vmware.admin.vmsObjectRefsList+xml");
        return Http.Res.children(admin.get(list).root(), Http.VMEXT, "VmObjectRef").stream()
                .map(v -> Http.Res.children(v, Http.VMEXT, "MoRef").get(0).getTextContent()).toList();
    }

    static String deleteVApp(Http tenant, String name) throws Exception {
        String vapp = TemplateFixture.ready(tenant).newVApp(name);
        String vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0).getAttribute("href");
        assertThat(tenant.awaitTask(tenant.delete(vapp)).attr("status")).isEqualTo("success");
        return vm;
    }

    @Test
    void aVmDeletedWhileItsVCenterIsDisabledStaysThereUntilForceDeleted() throws Exception {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        String vc = vc1(admin);
        // with the vCenter enabled, a deleted VM leaves nothing behind
        deleteVApp(tenant, "gone-cleanly");
        assertThat(records(admin)).isEmpty();

        String vapp = TemplateFixture.ready(tenant).newVApp("stranding");
        List<Element> vms = Http.Res.children(tenant.get(vapp).child("Children"), "Vm");
        String vm = vms.get(0).getAttribute("href");
        String vmName = vms.get(0).getAttribute("name");
        String moref = vmMoref(admin, vm);
        enable(admin, vc, false);
        try {
            assertThat(tenant.awaitTask(tenant.delete(vapp)).attr("status")).isEqualTo("success");
            assertThat(tenant.get(vm).status).as("vCD forgets the VM").isEqualTo(403);

            // one item per VM of the vApp
            List<Element> records = records(admin);
            assertThat(records).extracting(r -> r.getAttribute("name"))
                    .containsExactlyInAnyOrderElementsOf(vms.stream().map(v -> v.getAttribute("name")).toList());
            Element record = records.stream().filter(r -> r.getAttribute("name").equals(vmName)).findFirst()
                    .orElseThrow();
            assertThat(record.getAttribute("vimObjectType")).isEqualTo("VIRTUAL_MACHINE");
            assertThat(record.getAttribute("parentName")).startsWith("stranding-");
            assertThat(record.getAttribute("numberOfPurgeAttempts")).isEqualTo("0");
            assertThat(record.getAttribute("deletionDate")).isNotEmpty();
            // the VM is still in vCenter, as a VM vCD does not manage
            assertThat(unmanagedMorefs(admin, vc)).contains(moref);

            Http.Res item = admin.get(record.getAttribute("href"));
            assertThat(item.status).as(item.body).isEqualTo(200);
            assertThat(item.contentType()).startsWith(STRANDED_ITEM);
            assertThat(item.root().getNamespaceURI()).isEqualTo(Http.VMEXT);
            assertThat(item.root().getLocalName()).isEqualTo("StrandedItem");
            assertThat(item.attr("id")).startsWith("urn:vcloud:strandedItem:");
            assertThat(item.vmextText("DeletionDate")).isNotEmpty();
            Element object = (Element) item.root().getElementsByTagNameNS(Http.VMEXT, "StrandedItemVimObject")
                    .item(0);
            assertThat(object.getAttribute("name")).isEqualTo(vmName);
            Element ref = Http.Res.children(object, Http.VMEXT, "VimObjectRef").get(0);
            assertThat(Http.Res.children(ref, Http.VMEXT, "MoRef").get(0).getTextContent()).isEqualTo(moref);
            assertThat(Http.Res.children(ref, Http.VMEXT, "VimServerRef").get(0).getAttribute("href")).isEqualTo(vc);

            // a tenant neither lists nor reads it
            assertThat(tenant.get(QUERY).status).isEqualTo(403);
            assertThat(tenant.get(record.getAttribute("href")).status).isEqualTo(403);
            assertThat(tenant.post(record.getAttribute("href") + "/action/forceDelete", null, "").status)
                    .isEqualTo(403);

            Http.Res task = admin.post(item.link("forceDelete", "application/vnd.vmware.vcloud.task+xml"), null, "");
            assertThat(task.status).as(task.body).isEqualTo(202);
            assertThat(task.attr("operationName")).isEqualTo("systemPurgeStrandedItem");
            assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
            assertThat(records(admin)).hasSize(vms.size() - 1)
                    .noneMatch(r -> r.getAttribute("href").equals(record.getAttribute("href")));
            assertThat(admin.get(record.getAttribute("href")).status).isEqualTo(403);
            assertThat(unmanagedMorefs(admin, vc)).doesNotContain(moref);
        } finally {
            enable(admin, vc, true);
        }
    }

    @Test
    void anUnknownStrandedItemIsNotThere() {
        Http admin = Sim.admin(vcd.sim());
        String missing = "/api/admin/extension/strandedItem/" + java.util.UUID.randomUUID();
        assertThat(admin.get(missing).status).isEqualTo(403);
        Http.Res purge = admin.post(missing + "/action/forceDelete", null, "");
        assertThat(purge.status).isEqualTo(403);
        assertThat(purge.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }
}
