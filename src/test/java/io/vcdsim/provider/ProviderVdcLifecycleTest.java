package io.vcdsim.provider;

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
 * Provider VDCs made, used, renamed, disabled and deleted as pyvcloud's Platform.create_provider_vdc and
 * go-vcloud-director's ProviderVdcExtended (Enable, Disable, Rename, Delete) do it.
 */
class ProviderVdcLifecycleTest {
    static final String PARAMS = "application/vnd.vmware.admin.createProviderVdcParams+xml";
    static final String VMW_PVDC = "application/vnd.vmware.admin.vmwprovidervdc+xml";
    static final String CREATE_VDC = "application/vnd.vmware.admin.createVdcParams+xml";
    static final String POOL_LIST = "application/vnd.vmware.admin.resourcePoolList+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static String vc1;

    @BeforeAll
    static void login() {
        admin = Sim.admin(vcd.sim());
        vc1 = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                "VimServerReference").get(0).getAttribute("href");
    }

    /** The body create_provider_vdc sends (with its random default user and password). */
    static String params(String name, List<String> morefs, List<String> profiles, String extra) {
        StringBuilder b = new StringBuilder("<vmext:VMWProviderVdcParams xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><Description>made by a test</Description>"
                + "<vmext:ResourcePoolRefs>");
        morefs.forEach(m -> b.append("<vmext:VimObjectRef><vmext:VimServerRef href=\"").append(vc1)
                .append("\"/><vmext:MoRef>").append(m).append("</vmext:MoRef><vmext:VimObjectType>RESOURCE_POOL")
                .append("</vmext:VimObjectType></vmext:VimObjectRef>"));
        b.append("</vmext:ResourcePoolRefs><vmext:VimServer href=\"").append(vc1).append("\"/>").append(extra);
        profiles.forEach(p -> b.append("<vmext:StorageProfile>").append(p).append("</vmext:StorageProfile>"));
        return b.append("<vmext:DefaultPassword>PWDx</vmext:DefaultPassword><vmext:DefaultUsername>USRx")
                .append("</vmext:DefaultUsername></vmext:VMWProviderVdcParams>").toString();
    }

    static Http.Res create(String body) {
        return admin.post(admin.get("/api/admin/extension").link("add", PARAMS), PARAMS, body);
    }

    static List<String> freePools() {
        return Http.Res.children(admin.get(admin.get(vc1).link("down", POOL_LIST)).root(), Http.VMEXT, "ResourcePool")
                .stream().map(p -> Http.Res.children(p, Http.VMEXT, "MoRef").get(0).getTextContent()).toList();
    }

    static String vdcParams(String name, String pvdcHref) {
        return "<CreateVdcParams xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><AllocationModel>AllocationVApp"
                + "</AllocationModel><ComputeCapacity><Cpu><Units>MHz</Units><Limit>0</Limit></Cpu><Memory><Units>MB"
                + "</Units><Limit>0</Limit></Memory></ComputeCapacity><NicQuota>0</NicQuota><NetworkQuota>0"
                + "</NetworkQuota><IsEnabled>true</IsEnabled><VdcStorageProfile><Enabled>true</Enabled><Units>MB"
                + "</Units><Limit>0</Limit><Default>true</Default></VdcStorageProfile><ProviderVdcReference href=\""
                + pvdcHref + "\"/></CreateVdcParams>";
    }

    @Test
    void aProviderVdcIsMadeUsedDisabledAndDeleted() {
        String name = "pvdc-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = create(params(name, List.of("resgroup-2", "resgroup-201"), List.of("*", "gold"),
                "<vmext:HighestSupportedHardwareVersion>vmx-19</vmext:HighestSupportedHardwareVersion>"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.contentType()).startsWith(VMW_PVDC);
        assertThat(admin.awaitTask(created).attr("operationName")).isEqualTo("providerVdcCreate");
        assertThat(freePools()).doesNotContain("resgroup-2", "resgroup-201");

        // pyvcloud and go-vcloud-director find it by the providerVdc query, then read its extension view
        Element record = admin.get("/api/query?type=providerVdc&format=records&filter=name==" + name)
                .children("VMWProviderVdcRecord").get(0);
        assertThat(record.getAttribute("numberOfResourcePools")).isEqualTo("2");
        assertThat(record.getAttribute("numberOfStorageProfiles")).isEqualTo("2");
        String adminHref = record.getAttribute("href");
        Http.Res pvdc = admin.get(admin.get(adminHref).link("alternate", VMW_PVDC));
        assertThat(pvdc.vmextText("HighestSupportedHardwareVersion")).isEqualTo("vmx-19");
        assertThat(pvdc.childText("Description")).isEqualTo("made by a test");
        Element primary = Http.Res.children(admin.get(pvdc.link("down",
                "application/vnd.vmware.admin.vmwProviderVdcResourcePoolSet+xml")).root(), Http.VMEXT,
                "VMWProviderVdcResourcePool").stream().filter(p -> p.getAttribute("primary").equals("true"))
                .findFirst().orElseThrow();
        assertThat(primary.getTextContent()).contains("resgroup-2");
        assertThat(Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"), "ProviderVdcReference"))
                .extracting(e -> e.getAttribute("name")).contains("pvdc-1", name);
        // metadata on it (POST merges, a task on the provider VDC), as PVDC.set_metadata writes it
        String metadata = admin.get(adminHref).link("down", "application/vnd.vmware.vcloud.metadata+xml");
        Http.Res merged = admin.post(metadata, "application/vnd.vmware.vcloud.metadata+xml", "<Metadata xmlns=\""
                + Http.NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><MetadataEntry><Key>tier</Key>"
                + "<TypedValue xsi:type=\"MetadataStringValue\"><Value>gold</Value></TypedValue></MetadataEntry>"
                + "</Metadata>");
        assertThat(merged.status).as(merged.body).isEqualTo(202);
        assertThat(admin.awaitTask(merged).child("Owner").getAttribute("name")).isEqualTo(name);
        assertThat(admin.get(metadata + "/GENERAL/tier").body).contains("gold");

        // an org VDC draws on it; a disabled provider VDC takes no new ones and is deleted only once unused
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String add = admin.get(org).link("add", CREATE_VDC);
        Http.Res vdc = admin.post(add, CREATE_VDC, vdcParams("on-" + name, adminHref));
        assertThat(vdc.status).as(vdc.body).isEqualTo(201);
        admin.awaitTask(vdc);
        assertThat(admin.get(vdc.attr("href")).child("ProviderVdcReference").getAttribute("name")).isEqualTo(name);
        assertThat(admin.delete(pvdc.attr("href")).body).as("still enabled").contains("must be disabled");
        assertThat(admin.post(admin.get(adminHref).link("disable", null), null, null).status).isEqualTo(204);
        assertThat(admin.get(adminHref).childText("IsEnabled")).isEqualTo("false");
        assertThat(admin.post(add, CREATE_VDC, vdcParams("late-" + name, adminHref)).body).contains("is disabled");
        Http.Res inUse = admin.delete(pvdc.attr("href"));
        assertThat(inUse.status).isEqualTo(400);
        assertThat(inUse.body).contains("backs 1 org VDC");

        String vdcUser = vdc.attr("href").replace("/api/admin/", "/api/");
        admin.post(admin.get(vdcUser).link("disable", null), null, null);
        assertThat(admin.awaitTask(admin.delete(admin.get(vdcUser).link("remove", null))).attr("status"))
                .isEqualTo("success");
        Http.Res deleted = admin.delete(admin.get(pvdc.attr("href")).link("remove", null));
        assertThat(deleted.attr("operationName")).isEqualTo("providerVdcDelete");
        assertThat(admin.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(admin.get(adminHref).status).isEqualTo(403);
        assertThat(freePools()).contains("resgroup-2", "resgroup-201");
    }

    @Test
    void aProviderVdcIsRenamed() {
        Http.Res created = create(params("to-rename", List.of("resgroup-102"), List.of("silver"), ""));
        admin.awaitTask(created);
        String body = created.body.replace("name=\"to-rename\"", "name=\"renamed\"")
                .replace("<Description>made by a test</Description>", "<Description>new words</Description>");
        // vCD answers the provider VDC with the update's task in it
        Http.Res renamed = admin.put(created.attr("href"), VMW_PVDC, body);
        assertThat(renamed.status).as(renamed.body).isEqualTo(200);
        Http.Res task = admin.awaitTask(renamed);
        assertThat(task.attr("operationName")).isEqualTo("providerVdcUpdate");
        assertThat(task.attr("status")).isEqualTo("success");
        Http.Res now = admin.get(created.attr("href"));
        assertThat(now.attr("name")).isEqualTo("renamed");
        assertThat(now.childText("Description")).isEqualTo("new words");
    }

    /**
     * go-vcloud-director's ProviderVdcExtended.Rename: the provider VDC it read, PUT back as JSON, whose lists keep
     * their XML wrappers ({"storageProfiles": {"providerVdcStorageProfile": [...]}}), as vCD writes them too.
     */
    @Test
    void aProviderVdcIsRenamedInJson() throws Exception {
        Http.Res created = create(params("to-rename-json", List.of("resgroup-101"), List.of("silver"), ""));
        admin.awaitTask(created);
        Http.Res read = admin.send(admin.request(created.attr("href"))
                .setHeader("Accept", "application/*+json;version=37.1"));
        assertThat(read.status).as(read.body).isEqualTo(200);
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) read.json();
        assertThat(doc.path("storageProfiles").path("providerVdcStorageProfile").get(0).path("name").asText())
                .isEqualTo("silver");
        assertThat(doc.path("resourcePoolRefs").path("vimObjectRef").get(0).path("moRef").asText())
                .isEqualTo("resgroup-101");
        assertThat(doc.path("availableNetworks").isObject()).as(read.body).isTrue();

        doc.put("name", "renamed-json").put("description", "said in JSON");
        Http.Res renamed = admin.send(admin.request(created.attr("href"))
                .header("Content-Type", "application/*+json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(doc.toString())));
        assertThat(renamed.status).as(renamed.body).isEqualTo(200);
        assertThat(admin.awaitTask(renamed).attr("status")).isEqualTo("success");
        Http.Res now = admin.get(created.attr("href"));
        assertThat(now.attr("name")).isEqualTo("renamed-json");
        assertThat(now.childText("Description")).isEqualTo("said in JSON");
        assertThat(now.children("StorageProfiles")).hasSize(1);
    }

    @Test
    void providerVdcsMergeIntoOne() {
        Http.Res target = create(params("merge-target", List.of("resgroup-2"), List.of("silver"), ""));
        admin.awaitTask(target);
        Http.Res merged = create(params("merged", List.of("resgroup-202"), List.of("silver", "bronze"), ""));
        admin.awaitTask(merged);
        String mergeParams = "application/vnd.vmware.admin.providerVdcMergeParams+xml";
        Http.Res task = admin.post(admin.get(target.attr("href")).link("merge", mergeParams), mergeParams,
                mergeOf(merged.attr("href")));
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("providerVdcMerge");
        assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        assertThat(admin.get(merged.attr("href")).status).isEqualTo(403);
        Http.Res now = admin.get(target.attr("href"));
        assertThat(Http.Res.children(Http.Res.children(now.root(), Http.VMEXT, "ResourcePoolRefs").get(0),
                Http.VMEXT, "VimObjectRef")).extracting(r -> r.getTextContent())
                .anyMatch(t -> t.contains("resgroup-202")).anyMatch(t -> t.contains("resgroup-2"));
        assertThat(Http.Res.children(now.child("StorageProfiles"), "ProviderVdcStorageProfile"))
                .extracting(e -> e.getAttribute("name")).containsExactlyInAnyOrder("silver", "bronze");
        assertThat(admin.post(admin.get(target.attr("href")).link("merge", mergeParams), mergeParams,
                mergeOf(target.attr("href"))).status).as("not with itself").isEqualTo(400);
    }

    static String mergeOf(String href) {
        return "<vmext:ProviderVdcMergeParams xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS
                + "\"><ProviderVdcReference href=\"" + href + "\"/></vmext:ProviderVdcMergeParams>";
    }

    @Test
    void badProviderVdcsAreRefusedBeforeAnyTask() {
        assertThat(create(params("PVDC-1", List.of("resgroup-202"), List.of("*"), "")).minor())
                .isEqualTo("DUPLICATE_NAME");
        assertThat(create(params("taken", List.of("resgroup-1"), List.of("*"), "")).minor())
                .as("pvdc-1's primary pool").isEqualTo("INVALID_REFERENCE");
        assertThat(create(params("noprofile", List.of("resgroup-202"), List.of("platinum"), "")).minor())
                .isEqualTo("INVALID_REFERENCE");
        assertThat(create(params("nopools", List.of(), List.of("*"), "")).status).isEqualTo(400);
        assertThat(create(params("hw", List.of("resgroup-202"), List.of("*"),
                "<vmext:HighestSupportedHardwareVersion>19</vmext:HighestSupportedHardwareVersion>")).status)
                .isEqualTo(400);
        assertThat(Sim.tenant(vcd.sim()).post("/api/admin/extension/providervdcsparams", PARAMS,
                params("tenant", List.of("resgroup-202"), List.of("*"), "")).status).isEqualTo(403);
        assertThat(freePools()).as("nothing half made").contains("resgroup-202");
        assertThat(admin.get("/api/query?type=providerVdc&format=records").children("VMWProviderVdcRecord"))
                .extracting(e -> e.getAttribute("name")).doesNotContain("taken", "noprofile", "nopools", "hw");
    }

    @Test
    void aProviderVdcStillBeingMadeTakesNoOrgVdcSoAnAbortedCreationLeavesNothingBehind() {
        String ops = "application/vnd.vmware.admin.taskOperationList+xml";
        String blocking = "/api/admin/extension/settings/blockingTask/operations";
        assertThat(admin.put(blocking, ops, "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"><Operation>"
                + "providerVdcCreate</Operation></BlockingTaskOperations>").status).isEqualTo(200);
        try {
            String name = "held-" + UUID.randomUUID().toString().substring(0, 8);
            String pool = freePools().get(0);
            Http.Res created = create(params(name, List.of(pool), List.of("*"), ""));
            assertThat(created.status).as(created.body).isEqualTo(201);
            Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);
            assertThat(task.getAttribute("status")).isEqualTo("preRunning");
            String adminHref = admin.get("/api/query?type=providerVdc&format=records&filter=name==" + name)
                    .children("VMWProviderVdcRecord").get(0).getAttribute("href");

            String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                    .children("OrganizationReference").get(0).getAttribute("href");
            Http.Res vdc = admin.post(admin.get(org).link("add", CREATE_VDC), CREATE_VDC, vdcParams("on-" + name,
                    adminHref));
            assertThat(vdc.status).as(vdc.body).isEqualTo(400);
            assertThat(vdc.minor()).isEqualTo("BUSY_ENTITY");

            String blockingTask = Http.Res.children(admin.get("/api/admin/extension/blockingTasks/").root(),
                    "Reference").stream().map(r -> admin.get(r.getAttribute("href")))
                    .filter(b -> b.link("up", "application/vnd.vmware.vcloud.task+xml")
                            .equals(task.getAttribute("href"))).findFirst().orElseThrow().attr("href");
            String params = "application/vnd.vmware.admin.blockingTaskOperationParams+xml";
            assertThat(admin.post(blockingTask + "/action/abort", params, "<vmext:BlockingTaskOperationParams "
                    + "xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:Message>no</vmext:Message>"
                    + "</vmext:BlockingTaskOperationParams>").status).isEqualTo(204);
            assertThat(admin.awaitTask(created).attr("status")).isEqualTo("aborted");
            assertThat(admin.get(adminHref).status).isEqualTo(403);
            assertThat(freePools()).contains(pool);
        } finally {
            admin.put(blocking, ops, "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"/>");
        }
    }
}
