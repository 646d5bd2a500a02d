package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider VDC's resource pools and storage profiles, and VMs moved between its pools, as pyvcloud's Platform
 * (attach_resource_pools_to_provider_vdc, detach_..., pvdc_add_storage_profile, pvdc_del_storage_profile,
 * pvdc_migrate_vms) finds and changes them: by links of the extension's VMWProviderVdc and the resourcePool query.
 */
class ProviderVdcTest {
    static final String VMW_PVDC = "application/vnd.vmware.admin.vmwprovidervdc+xml";
    static final String POOL_SET = "application/vnd.vmware.admin.vmwProviderVdcResourcePoolSet+xml";
    static final String POOL = "application/vnd.vmware.admin.vmwProviderVdcResourcePool+xml";
    static final String POOL_LIST = "application/vnd.vmware.admin.resourcePoolList+xml";
    static final String POOL_UPDATE = "application/vnd.vmware.admin.resourcePoolSetUpdateParams+xml";
    static final String VIM_PROFILES = "application/vnd.vmware.admin.vmwStorageProfiles+xml";
    static final String PROFILE_UPDATE = "application/vnd.vmware.admin.updateProviderVdcStorageProfiles+xml";
    static final String VMW_PROFILE = "application/vnd.vmware.admin.vmwPvdcStorageProfile+xml";
    static final String VIM_SERVER = "application/vnd.vmware.admin.vmwvirtualcenter+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http.Res pvdc;

    @BeforeAll
    static void extensionView() {
        admin = Sim.admin(vcd.sim());
        String adminHref = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0).getAttribute("href");
        pvdc = admin.get(admin.get(adminHref).link("alternate", VMW_PVDC));
    }

    static Element vmext(Element parent, String name) {
        List<Element> c = Http.Res.children(parent, Http.VMEXT, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static String text(Element parent, String name) {
        return vmext(parent, name).getTextContent();
    }

    /** The provider VDC's pools by moref, as pyvcloud maps VMWProviderVdcResourcePool elements. */
    static Map<String, Element> pools() {
        Http.Res set = admin.get(pvdc.link("down", POOL_SET));
        assertThat(set.status).as(set.body).isEqualTo(200);
        return Http.Res.children(set.root(), Http.VMEXT, "VMWProviderVdcResourcePool").stream().collect(
                Collectors.toMap(p -> text(vmext(p, "ResourcePoolVimObjectRef"), "MoRef"), p -> p));
    }

    /** The vCenter's free pools by name, as get_resource_pool_morefs reads the resourcePoolList. */
    static Map<String, String> freePools() {
        String vc = vmext(pvdc.root(), "VimServer").getAttribute("href");
        Http.Res list = admin.get(admin.get(vc).link("down", POOL_LIST));
        return Http.Res.children(list.root(), Http.VMEXT, "ResourcePool").stream().collect(
                Collectors.toMap(p -> p.getAttribute("name"), p -> text(p, "MoRef")));
    }

    static Http.Res updatePools(String items) {
        return admin.post(pvdc.link("update:resourcePools", POOL_UPDATE), POOL_UPDATE,
                "<vmext:UpdateResourcePoolSetParams xmlns:vmext=\"" + Http.VMEXT + "\">" + items
                        + "</vmext:UpdateResourcePoolSetParams>");
    }

    static String addItem(String moref) {
        String vc = vmext(pvdc.root(), "VimServer").getAttribute("href");
        return "<vmext:AddItem><vmext:VimServerRef type=\"" + VIM_SERVER + "\" href=\"" + vc + "\"/><vmext:MoRef>"
                + moref + "</vmext:MoRef><vmext:VimObjectType>RESOURCE_POOL</vmext:VimObjectType></vmext:AddItem>";
    }

    static String deleteItem(Element pool) {
        return "<vmext:DeleteItem href=\"" + vmext(pool, "ResourcePoolRef").getAttribute("href") + "\" type=\"" + POOL
                + "\"/>";
    }

    static String link(Element e, String rel) {
        return Http.Res.children(e, "Link").stream().filter(l -> l.getAttribute("rel").equals(rel))
                .map(l -> l.getAttribute("href")).findFirst().orElse(null);
    }

    static Http.Res attach(String name) {
        Http.Res task = updatePools(addItem(freePools().get(name)));
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("providerVdcUpdateResourcePools");
        return admin.awaitTask(task);
    }

    @Test
    void theExtensionViewNamesItsVCenterAndItsPrimaryPool() {
        assertThat(pvdc.contentType()).startsWith(VMW_PVDC);
        assertThat(pvdc.root().getNamespaceURI()).isEqualTo(Http.VMEXT);
        Element vc = vmext(pvdc.root(), "VimServer");
        assertThat(vc.getAttribute("name")).isEqualTo("vc1");
        assertThat(vc.getAttribute("type")).isEqualTo(VIM_SERVER);
        // inherited elements stay in the vcloud namespace, as vCD writes them
        assertThat(Http.Res.children(pvdc.child("StorageProfiles"), "ProviderVdcStorageProfile"))
                .extracting(e -> e.getAttribute("name")).containsExactly("*");

        Element primary = pools().values().stream().filter(p -> p.getAttribute("primary").equals("true"))
                .findFirst().orElseThrow();
        String moref = text(vmext(primary, "ResourcePoolVimObjectRef"), "MoRef");
        assertThat(Http.Res.children(vmext(pvdc.root(), "ResourcePoolRefs"), Http.VMEXT, "VimObjectRef"))
                .extracting(e -> text(e, "MoRef")).contains(moref);
        // the resourcePool query (vcName==<the pvdc's vCenter>) names the pools in use
        Http.Res records = admin.get("/api/query?type=resourcePool&format=records&filter=vcName==vc1");
        Element record = records.children("ResourcePoolRecord").stream()
                .filter(r -> r.getAttribute("moref").equals(moref)).findFirst().orElseThrow();
        assertThat(record.getAttribute("name")).isEqualTo("cluster-1");
        assertThat(record.getAttribute("isPrimary")).isEqualTo("true");
        assertThat(record.getAttribute("href")).isEqualTo(vmext(primary, "ResourcePoolRef").getAttribute("href"));
        assertThat(freePools()).containsKeys("rp-1-1", "rp-1-2", "cluster-2", "rp-2-1", "rp-2-2")
                .doesNotContainKey("cluster-1");
        // the external networks on its vCenter, as pyvcloud's ExternalNetwork.list_provider_vdc matches them by name
        List<String> external = admin.get("/api/query?type=externalNetwork&format=records")
                .children("NetworkRecord").stream().map(r -> r.getAttribute("name")).toList();
        assertThat(external).isNotEmpty();
        Http.Res adminView = admin.get(pvdc.link("alternate", "application/vnd.vmware.admin.providervdc+xml"));
        assertThat(Http.Res.children(adminView.child("AvailableNetworks"), "Network"))
                .extracting(n -> n.getAttribute("name")).containsExactlyInAnyOrderElementsOf(external);
    }

    @Test
    void aPoolIsAttachedDisabledAndDetachedThroughTasks() {
        String moref = freePools().get("rp-1-1");
        assertThat(attach("rp-1-1").attr("status")).isEqualTo("success");
        Element pool = pools().get(moref);
        assertThat(pool.getAttribute("primary")).isEqualTo("false");
        assertThat(text(pool, "Enabled")).isEqualTo("true");
        assertThat(freePools()).doesNotContainKey("rp-1-1");

        // an enabled pool is not removed; pyvcloud disables it by its disable link first (204, no task)
        Http.Res refused = updatePools(deleteItem(pool));
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.body).contains("must be disabled");
        assertThat(admin.post(link(pool, "disable"), null, "").status).isEqualTo(204);
        pool = pools().get(moref);
        assertThat(text(pool, "Enabled")).isEqualTo("false");
        assertThat(link(pool, "disable")).isNull();
        assertThat(link(pool, "enable")).isNotNull();

        Http.Res detached = updatePools(deleteItem(pool));
        assertThat(detached.status).as(detached.body).isEqualTo(202);
        assertThat(admin.awaitTask(detached).attr("status")).isEqualTo("success");
        assertThat(pools()).doesNotContainKey(moref);
        assertThat(freePools()).containsEntry("rp-1-1", moref);
    }

    @Test
    void badPoolChangesAreRefusedBeforeAnyTask() {
        Map<String, Element> before = pools();
        Element primary = before.values().stream().filter(p -> p.getAttribute("primary").equals("true"))
                .findFirst().orElseThrow();
        Http.Res unknown = updatePools(addItem("resgroup-999999"));
        assertThat(unknown.status).as(unknown.body).isEqualTo(400);
        assertThat(unknown.minor()).isEqualTo("INVALID_REFERENCE");
        Http.Res taken = updatePools(addItem(text(vmext(primary, "ResourcePoolVimObjectRef"), "MoRef")));
        assertThat(taken.status).isEqualTo(400);
        assertThat(taken.body).contains("already backs a provider VDC");
        Http.Res twice = updatePools(addItem("resgroup-201") + addItem("resgroup-201"));
        assertThat(twice.status).isEqualTo(400);
        Http.Res nothing = updatePools("");
        assertThat(nothing.status).isEqualTo(400);
        assertThat(updatePools(deleteItem(primary)).body).contains("primary resource pool");
        Http.Res tenant = Sim.tenant(vcd.sim()).get(pvdc.attr("href"));
        assertThat(tenant.status).isEqualTo(403);
        assertThat(pools().keySet()).isEqualTo(before.keySet());
    }

    @Test
    void vmsMigrateToANamedPoolAndBackToOneVcdsimChooses() throws Exception {
        Http tenant = Sim.tenant(vcd.sim());
        TemplateFixture fixture = TemplateFixture.ready(tenant);
        // the pool's list names the VM by the same href the vApp does
        String vm = Http.Res.children(tenant.get(fixture.newVApp("migrate")).child("Children"), "Vm").get(0)
                .getAttribute("href");
        String target = freePools().get("rp-2-1");
        assertThat(attach("rp-2-1").attr("status")).isEqualTo("success");
        Element primary = pools().values().stream().filter(p -> p.getAttribute("primary").equals("true"))
                .findFirst().orElseThrow();

        assertThat(vmList(primary)).containsKey(vm);
        // a system administrator sees the host of the pool's cluster it runs on
        assertThat(hostOf(vm)).startsWith("host-1");
        Http.Res moved = admin.post(link(primary, "migrateVms"), null, "<vmext:MigrateParams xmlns:vmext=\""
                + Http.VMEXT + "\"><vmext:VmRef href=\"" + vm + "\"/><vmext:ResourcePoolRef>"
                + "<vmext:MoRef>" + target + "</vmext:MoRef><vmext:VimObjectType>RESOURCE_POOL</vmext:VimObjectType>"
                + "</vmext:ResourcePoolRef></vmext:MigrateParams>");
        assertThat(moved.status).as(moved.body).isEqualTo(202);
        assertThat(moved.attr("operationName")).isEqualTo("resourcePoolMigrateVms");
        assertThat(admin.awaitTask(moved).attr("status")).isEqualTo("success");
        Element targetPool = pools().get(target);
        assertThat(vmList(targetPool)).containsKey(vm);
        assertThat(hostOf(vm)).as("rp-2-1 is in cluster 2").startsWith("host-2");
        assertThat(vmList(primary)).doesNotContainKey(vm);

        // a VM not in the pool it is migrated from is refused; a pool with VMs in it is not removed
        Http.Res notThere = admin.post(link(primary, "migrateVms"), null, "<vmext:MigrateParams xmlns:vmext=\""
                + Http.VMEXT + "\"><vmext:VmRef href=\"" + vm + "\"/></vmext:MigrateParams>");
        assertThat(notThere.status).as(notThere.body).isEqualTo(400);
        admin.post(link(targetPool, "disable"), null, "");
        assertThat(updatePools(deleteItem(pools().get(target))).body).contains("migrate them");
        admin.post(link(pools().get(target), "enable"), null, "");

        Http.Res back = admin.post(link(targetPool, "migrateVms"), null, "<vmext:MigrateParams xmlns:vmext=\""
                + Http.VMEXT + "\"><vmext:VmRef href=\"" + vm + "\"/></vmext:MigrateParams>");
        assertThat(admin.awaitTask(back).attr("status")).isEqualTo("success");
        assertThat(vmList(primary)).containsKey(vm);
        assertThat(vmList(targetPool)).isEmpty();
    }

    /** A pool's VMs, href to name, as pvdc_migrate_vms reads the resourcePoolVmList link. */
    static Map<String, String> vmList(Element pool) {
        Http.Res list = admin.get(link(pool, "resourcePoolVmList"));
        assertThat(list.status).as(list.body).isEqualTo(200);
        return list.children("ResourcePoolVMRecord").stream().collect(
                Collectors.toMap(r -> r.getAttribute("href"), r -> r.getAttribute("name")));
    }

    @Test
    void aStorageProfileIsAddedDisabledAndRemoved() {
        Http.Res available = admin.get(pvdc.link("down", VIM_PROFILES));
        List<String> names = Http.Res.children(available.root(), Http.VMEXT, "VMWStorageProfile").stream()
                .map(p -> p.getAttribute("name")).toList();
        assertThat(names).contains("gold", "silver", "bronze").doesNotContain("*");
        String edit = pvdc.link("edit", PROFILE_UPDATE);
        Http.Res added = admin.post(edit, PROFILE_UPDATE, "<vmext:UpdateProviderVdcStorageProfiles xmlns:vmext=\""
                + Http.VMEXT + "\"><vmext:AddStorageProfile>gold</vmext:AddStorageProfile>"
                + "</vmext:UpdateProviderVdcStorageProfiles>");
        assertThat(added.status).as(added.body).isEqualTo(202);
        assertThat(admin.awaitTask(added).attr("status")).isEqualTo("success");
        Element gold = Http.Res.children(admin.get(pvdc.attr("href")).child("StorageProfiles"),
                "ProviderVdcStorageProfile").stream().filter(p -> p.getAttribute("name").equals("gold"))
                .findFirst().orElseThrow();
        Http.Res profile = admin.get(gold.getAttribute("href"));
        assertThat(profile.childText("Enabled")).isEqualTo("true");
        assertThat(admin.get("/api/query?type=providerVdcStorageProfile&format=records&filter=name==gold")
                .children("ProviderVdcStorageProfileRecord")).hasSize(1);

        String remove = "<vmext:UpdateProviderVdcStorageProfiles xmlns:vmext=\"" + Http.VMEXT
                + "\"><vmext:RemoveStorageProfile href=\"" + gold.getAttribute("href")
                + "\"/></vmext:UpdateProviderVdcStorageProfiles>";
        assertThat(admin.post(edit, PROFILE_UPDATE, remove).body).contains("must be disabled");
        // pyvcloud disables it through the profile's edit link, sending Enabled and Units
        Http.Res disabled = admin.put(profile.link("edit", VMW_PROFILE), VMW_PROFILE,
                "<vmext:VMWProviderVdcStorageProfile xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS
                        + "\" name=\"gold\"><Enabled>false</Enabled><Units>MB</Units>"
                        + "</vmext:VMWProviderVdcStorageProfile>");
        assertThat(disabled.status).as(disabled.body).isEqualTo(200);
        assertThat(disabled.childText("Enabled")).isEqualTo("false");
        Http.Res removed = admin.post(edit, PROFILE_UPDATE, remove);
        assertThat(admin.awaitTask(removed).attr("status")).isEqualTo("success");
        assertThat(admin.get(gold.getAttribute("href")).status).isEqualTo(403);

        Http.Res unknown = admin.post(edit, PROFILE_UPDATE, "<vmext:UpdateProviderVdcStorageProfiles xmlns:vmext=\""
                + Http.VMEXT + "\"><vmext:AddStorageProfile>platinum</vmext:AddStorageProfile>"
                + "</vmext:UpdateProviderVdcStorageProfiles>");
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.minor()).isEqualTo("INVALID_REFERENCE");
    }

    @Test
    void aTenantsVmsMigrateToAnotherDatastore() throws Exception {
        Http tenant = Sim.tenant(vcd.sim());
        String vm = Http.Res.children(tenant.get(TemplateFixture.ready(tenant).newVApp("tenant-move"))
                .child("Children"), "Vm").get(0).getAttribute("href");
        List<Element> datastores = Http.Res.children(admin.get("/api/admin/extension/datastores").root(),
                "Reference");
        String from = datastores.get(0).getAttribute("href");
        String to = datastores.get(1).getAttribute("href");
        String toMoref = text(vmext(admin.get(to).root(), "VimObjectRef"), "MoRef");
        assertThat(datastoreOf(vm)).isEqualTo(text(vmext(admin.get(from).root(), "VimObjectRef"), "MoRef"));
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String params = "application/vnd.vmware.cloud.tenantMigrationParams+xml";
        Http.Res task = admin.post("/api/admin/extension/action/migrateTenant", params,
                "<vmext:TenantMigrationParams xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS
                        + "\" name=\"move\"><orgs><Org href=\"" + org + "\"/></orgs><vmext:sourceDatastores>"
                        + "<Datastore href=\"" + from + "\"/></vmext:sourceDatastores><vmext:targetDatastores>"
                        + "<Datastore href=\"" + to + "\"/></vmext:targetDatastores></vmext:TenantMigrationParams>");
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("tenantMigrate");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        assertThat(datastoreOf(vm)).isEqualTo(toMoref);
        assertThat(admin.post("/api/admin/extension/action/migrateTenant", params, "<vmext:TenantMigrationParams "
                + "xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS + "\" name=\"x\"><orgs><Org href=\""
                + org + "\"/></orgs></vmext:TenantMigrationParams>").status).as("no target").isEqualTo(400);
    }

    static String hostOf(String vm) {
        Element ref = (Element) admin.get(vm).root().getElementsByTagNameNS(Http.VMEXT, "HostVimObjectRef").item(0);
        return text(ref, "MoRef");
    }

    /** The datastore a VM sits on, as a system administrator reads it in the VM's VmVimInfo. */
    static String datastoreOf(String vm) {
        Element ref = (Element) admin.get(vm).root().getElementsByTagNameNS(Http.VMEXT, "DatastoreVimObjectRef")
                .item(0);
        return text(ref, "MoRef");
    }

    @Test
    void aVCenterVmIsImportedIntoAVApp() throws Exception {
        Http tenant = Sim.tenant(vcd.sim());
        String vapp = TemplateFixture.ready(tenant).newVApp("imported");
        String vc = vmext(pvdc.root(), "VimServer").getAttribute("href");
        Http.Res server = admin.get(vc);
        String list = server.link("down", "application/vnd.vmware.admin.vmsObjectRefsList+xml");
        List<Element> vms = Http.Res.children(admin.get(list).root(), Http.VMEXT, "VmObjectRef");
        Element legacy = vms.stream().filter(v -> v.getAttribute("name").equals("legacy-app")).findFirst()
                .orElseThrow();
        String params = "application/vnd.vmware.admin.importVmIntoExistingVAppParams+xml";
        String body = "<vmext:ImportVmIntoExistingVAppParams xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS
                + "\" sourceMove=\"true\"><vmext:VmName>brought-in</vmext:VmName><vmext:VmMoRef>"
                + text(legacy, "MoRef") + "</vmext:VmMoRef><VApp href=\"" + vapp + "\"/>"
                + "</vmext:ImportVmIntoExistingVAppParams>";
        Http.Res task = admin.post(server.link("importVmIntoExistingVApp", params), params, body);
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("vimServerImportVm");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        assertThat(Http.Res.children(tenant.get(vapp).child("Children"), "Vm")).extracting(v -> v.getAttribute("name"))
                .contains("brought-in");
        // moved: vCD manages it now, so the vCenter no longer lists it, and a second import finds nothing
        assertThat(Http.Res.children(admin.get(list).root(), Http.VMEXT, "VmObjectRef"))
                .extracting(v -> v.getAttribute("name")).doesNotContain("legacy-app");
        assertThat(admin.post(vc + "/importVmIntoExistingVApp", params, body).minor()).isEqualTo("INVALID_REFERENCE");
    }

    @Test
    void theStarProfileStaysWhileOrgVdcsDrawOnIt() {
        Element star = Http.Res.children(pvdc.child("StorageProfiles"), "ProviderVdcStorageProfile").get(0);
        Http.Res profile = admin.get(star.getAttribute("href"));
        String edit = profile.link("edit", VMW_PROFILE);
        admin.put(edit, VMW_PROFILE, "<vmext:VMWProviderVdcStorageProfile xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\""
                + Http.NS + "\" name=\"*\"><Enabled>false</Enabled><Units>MB</Units></vmext:VMWProviderVdcStorageProfile>");
        try {
            Http.Res refused = admin.post(pvdc.link("edit", PROFILE_UPDATE), PROFILE_UPDATE,
                    "<vmext:UpdateProviderVdcStorageProfiles xmlns:vmext=\"" + Http.VMEXT
                            + "\"><vmext:RemoveStorageProfile href=\"" + star.getAttribute("href")
                            + "\"/></vmext:UpdateProviderVdcStorageProfiles>");
            assertThat(refused.status).as(refused.body).isEqualTo(400);
            assertThat(refused.body).contains("in use by org VDCs");
        } finally {
            admin.put(edit, VMW_PROFILE, "<vmext:VMWProviderVdcStorageProfile xmlns:vmext=\"" + Http.VMEXT
                    + "\" xmlns=\"" + Http.NS + "\" name=\"*\"><Enabled>true</Enabled><Units>MB</Units>"
                    + "</vmext:VMWProviderVdcStorageProfile>");
        }
    }

    /** go-vcloud-director's GetProviderVdc and GetProviderVdcExtended read these. */
    @Test
    void aProviderVdcShowsItsComputeCapacityScopesAndHosts() {
        Http.Res adminView = admin.get(pvdc.link("alternate", "application/vnd.vmware.admin.providervdc+xml"));
        Element capacity = adminView.child("ComputeCapacity");
        Element cpu = Http.Res.children(capacity, "Cpu").get(0);
        assertThat(Http.Res.children(cpu, "Units").get(0).getTextContent()).isEqualTo("MHz");
        assertThat(Long.parseLong(Http.Res.children(cpu, "Total").get(0).getTextContent())).isPositive();
        Element memory = Http.Res.children(capacity, "Memory").get(0);
        assertThat(Http.Res.children(memory, "Units").get(0).getTextContent()).isEqualTo("MB");
        assertThat(Http.Res.children(pvdc.root(), "ComputeCapacity")).as("inherited: vcloud namespace").hasSize(1);

        assertThat(pvdc.vmextText("ComputeProviderScope")).isEqualTo("vc1");
        assertThat(pvdc.vmextText("NetworkProviderScope")).isEqualTo("vc1");
        List<Element> hosts = Http.Res.children(vmext(pvdc.root(), "HostReferences"), Http.VMEXT, "HostReference");
        assertThat(hosts).isNotEmpty().allMatch(h -> h.getAttribute("name").startsWith("esx-1-"));
        assertThat(admin.get(hosts.get(0).getAttribute("href")).status).isEqualTo(200);
    }
}
