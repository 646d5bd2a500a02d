package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** VDCs created and deleted by the system administrator, the way pyvcloud's create_org_vdc and delete_vdc do it. */
class VdcTest {
    static final String CREATE = "application/vnd.vmware.admin.createVdcParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String params(String name, String providerHref) {
        return "<CreateVdcParams xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description>d</Description>"
                + "<AllocationModel>AllocationVApp</AllocationModel><ComputeCapacity><Cpu><Units>GHz</Units>"
                + "<Allocated>0</Allocated><Limit>8</Limit></Cpu><Memory><Units>MB</Units><Allocated>0</Allocated>"
                + "<Limit>4096</Limit></Memory></ComputeCapacity><NicQuota>0</NicQuota><NetworkQuota>0</NetworkQuota>"
                + "<VmQuota>3</VmQuota><IsEnabled>true</IsEnabled><VdcStorageProfile><Enabled>true</Enabled>"
                + "<Units>MB</Units><Limit>0</Limit><Default>true</Default></VdcStorageProfile>"
                + "<ProviderVdcReference href=\"" + providerHref + "\" name=\"pvdc-1\"/></CreateVdcParams>";
    }

    /**
     * go-vcloud-director's QueryOrgVdcList and search filters ask for every field of an orgVdc record by name
     * (query_metadata.go's orgVdcFields); each is answered, from the VDC and what stands behind it.
     */
    @Test
    void anOrgVdcRecordAnswersEveryFieldGoVcloudDirectorAsksFor() {
        String fields = "name,description,isEnabled,cpuAllocationMhz,cpuLimitMhz,cpuUsedMhz,memoryAllocationMB,"
                + "memoryLimitMB,memoryUsedMB,storageLimitMB,storageUsedMB,providerVdcName,providerVdc,orgName,org,"
                + "allocationModel,numberOfVApps,numberOfUnmanagedVApps,numberOfMedia,numberOfDisks,"
                + "numberOfVAppTemplates,vcName,isBusy,status,networkPool,numberOfResourcePools,"
                + "numberOfStorageProfiles,usedNetworksInVdc,numberOfVMs,numberOfRunningVMs,numberOfDeployedVApps,"
                + "numberOfDeployedUnmanagedVApps,isThinProvisioned,isFastProvisioned,networkProviderType,"
                + "cpuOverheadMhz,isVCEnabled,memoryReservedMB,cpuReservedMhz,storageOverheadMB,memoryOverheadMB,vc";
        for (String type : new String[]{"orgVdc", "adminOrgVdc"}) {
            Http.Res r = admin.get("/api/query?type=" + type + "&format=records&filter=name==acme-vdc&fields=" + fields);
            assertThat(r.status).as(r.body).isEqualTo(200);
            org.w3c.dom.Element record = (org.w3c.dom.Element) r.root().getElementsByTagNameNS(Http.NS,
                    type.equals("orgVdc") ? "OrgVdcRecord" : "AdminVdcRecord").item(0);
            for (String f : fields.split(",")) {
                assertThat(record.hasAttribute(f)).as(type + " " + f).isTrue();
            }
            assertThat(record.getAttribute("providerVdcName")).isEqualTo("pvdc-1");
            assertThat(record.getAttribute("vcName")).isEqualTo("vc1");
            assertThat(record.getAttribute("networkProviderType")).isEqualTo("NSX_V");
            assertThat(record.getAttribute("networkPool")).contains("/api/admin/extension/networkPool/");
            assertThat(record.getAttribute("cpuLimitMhz")).isEqualTo("40000");
            assertThat(record.getAttribute("memoryLimitMB")).isEqualTo("65536");
            assertThat(record.getAttribute("numberOfStorageProfiles")).isEqualTo("1");
        }
    }

    @Test
    void aVdcIsCreatedWithItsQuotasAndDeletedOnceDisabled() {
        Element pvdc = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0);
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String add = admin.get(org).link("add", CREATE);
        String name = "vdc-" + UUID.randomUUID().toString().substring(0, 8);

        Http.Res created = admin.post(add, CREATE, params(name, pvdc.getAttribute("href")));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getLocalName()).isEqualTo("AdminVdc");
        assertThat(admin.awaitTask(created).attr("operationName")).isEqualTo("vdcCreateVdc");
        Http.Res view = admin.get(created.attr("href"));
        Element cpu = (Element) view.child("ComputeCapacity").getElementsByTagNameNS(Http.NS, "Cpu").item(0);
        assertThat(Http.Res.children(cpu, "Limit").get(0).getTextContent()).isEqualTo("8000");
        assertThat(view.childText("VmQuota")).isEqualTo("3");
        Element profile = Http.Res.children(view.child("VdcStorageProfiles"), "VdcStorageProfile").get(0);
        Http.Res storage = tenant.get(profile.getAttribute("href"));
        assertThat(storage.attr("name")).isEqualTo("*");
        assertThat(storage.childText("Default")).isEqualTo("true");
        // QueryOrgVdcStorageProfileByID: by the profile's URN (the admin view lists its admin href, the record the user's)
        Http.Res byId = tenant.get("/api/query?type=orgVdcStorageProfile&format=records&filterEncoded=true&filter=id=="
                + profile.getAttribute("id"));
        assertThat(byId.children("OrgVdcStorageProfileRecord")).extracting(e -> e.getAttribute("href"))
                .containsExactly(profile.getAttribute("href").replace("/api/admin/", "/api/"));
        assertThat(tenant.get("/api/query?type=orgVdc&format=references&filter=name==" + name)
                .children("OrgVdcReference")).hasSize(1);

        assertThat(admin.post(add, CREATE, params(name, pvdc.getAttribute("href"))).minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(admin.post(add, CREATE, params("other", "http://x/api/admin/providervdc/" + UUID.randomUUID()))
                .minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(tenant.post(add, CREATE, params("mine", pvdc.getAttribute("href"))).status).isEqualTo(403);

        String userView = created.attr("href").replace("/api/admin/", "/api/");
        // go-vcloud-director takes the user view's first link for the VDC's org
        Element first = admin.get(userView).children("Link").get(0);
        assertThat(first.getAttribute("rel")).isEqualTo("up");
        assertThat(first.getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.org+xml");
        String remove = admin.get(userView).link("remove", null);
        assertThat(admin.delete(remove).status).as("still enabled").isEqualTo(400);
        assertThat(admin.post(admin.get(userView).link("disable", null), null, null).status).isEqualTo(204);
        assertThat(tenant.delete(userView).status).isEqualTo(403);
        // at the user view's href, as go-vcloud-director's Vdc.Delete sends it
        Http.Res deleted = admin.delete(userView + "?force=true&recursive=true");
        assertThat(deleted.status).as(deleted.body).isEqualTo(202);
        assertThat(admin.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(admin.get(created.attr("href")).status).isEqualTo(403);
    }

    /**
     * pyvcloud's update_org_vdc: GET the AdminVdc, set ResourceGuaranteedCpu/Memory (appended at the end when
     * missing, as lxml's objectify does), PUT it back; every AdminVdc setting is kept and given back.
     */
    @Test
    void everyAdminVdcSettingIsKeptAndGivenBack() {
        Element pvdc = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0);
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String name = "settings-" + UUID.randomUUID().toString().substring(0, 8);
        String body = params(name, pvdc.getAttribute("href")).replace("<ProviderVdcReference",
                "<ResourceGuaranteedMemory>0.25</ResourceGuaranteedMemory><ResourceGuaranteedCpu>0.1"
                        + "</ResourceGuaranteedCpu><VCpuInMhz>2000</VCpuInMhz><IsThinProvision>true</IsThinProvision>"
                        + "<ProviderVdcReference").replace("<NetworkQuota>0</NetworkQuota>", "<NetworkQuota>5</NetworkQuota>");
        Http.Res created = admin.post(admin.get(org).link("add", CREATE), CREATE, body);
        assertThat(created.status).as(created.body).isEqualTo(201);
        admin.awaitTask(created);
        String href = created.attr("href");
        Http.Res view = admin.get(href);
        assertThat(view.childText("ResourceGuaranteedMemory")).isEqualTo("0.25");
        assertThat(view.childText("ResourceGuaranteedCpu")).isEqualTo("0.1");
        assertThat(view.childText("VCpuInMhz")).isEqualTo("2000");
        assertThat(view.childText("IsThinProvision")).isEqualTo("true");
        assertThat(view.childText("NetworkQuota")).isEqualTo("5");
        assertThat(view.childText("UsesFastProvisioning")).isEqualTo("false");
        assertThat(view.childText("OverCommitAllowed")).as("vCD's default").isEqualTo("true");
        assertThat(admin.get(view.child("ProviderVdcReference").getAttribute("href")).status).isEqualTo(200);
        assertThat(admin.get(view.child("NetworkPoolReference").getAttribute("href")).status).isEqualTo(200);
        // go-vcloud-director's Test_CreateNsxtOrgVdc reads the resource pools (vmext children of a vcloud element)
        Element pool = Http.Res.children(view.child("ResourcePoolRefs"), Http.VMEXT, "VimObjectRef").get(0);
        assertThat(Http.Res.children(pool, Http.VMEXT, "MoRef").get(0).getTextContent()).startsWith("resgroup-");
        assertThat(Http.Res.children(pool, Http.VMEXT, "VimObjectType").get(0).getTextContent())
                .isEqualTo("RESOURCE_POOL");

        String doc = view.body.replaceAll("<ResourceGuaranteedCpu>[^<]*</ResourceGuaranteedCpu>", "")
                .replace("<ResourceGuaranteedMemory>0.25</ResourceGuaranteedMemory>",
                        "<ResourceGuaranteedMemory>0.5</ResourceGuaranteedMemory>")
                .replace("<Description>d</Description>", "<Description>Test VDC</Description>")
                // go-vcloud-director's Update leaves a false OverCommitAllowed out of the AdminVdc it PUTs
                .replace("<OverCommitAllowed>true</OverCommitAllowed>", "")
                .replace("</AdminVdc>", "<ResourceGuaranteedCpu>0.5</ResourceGuaranteedCpu></AdminVdc>");
        Http.Res put = admin.put(href, "application/vnd.vmware.admin.vdc+xml", doc);
        assertThat(put.status).as(put.body).isEqualTo(202);
        assertThat(admin.awaitTask(put).attr("status")).isEqualTo("success");
        Http.Res updated = admin.get(href);
        assertThat(updated.childText("Description")).isEqualTo("Test VDC");
        assertThat(updated.childText("ResourceGuaranteedCpu")).isEqualTo("0.5");
        assertThat(updated.childText("ResourceGuaranteedMemory")).isEqualTo("0.5");
        // go-vcloud-director's Test_UpdateVdc and Test_UpdateVdcFlex set it false and read it back
        assertThat(updated.childText("OverCommitAllowed")).isEqualTo("false");
        assertThat(updated.childText("VCpuInMhz")).isEqualTo("2000");

        for (String bad : new String[]{"<ResourceGuaranteedCpu>1.5</ResourceGuaranteedCpu>",
                "<ResourceGuaranteedCpu>NaN</ResourceGuaranteedCpu>", "<VCpuInMhz>0</VCpuInMhz>",
                "<NicQuota>-1</NicQuota>"}) {
            String tag = bad.substring(1, bad.indexOf('>'));
            Http.Res refused = admin.put(href, "application/vnd.vmware.admin.vdc+xml", updated.body
                    .replaceAll("<" + tag + ">[^<]*</" + tag + ">", bad));
            assertThat(refused.status).as(bad).isEqualTo(400);
        }
        assertThat(admin.get(href).body).isEqualTo(updated.body);
    }

    /**
     * go-vcloud-director's GetHardwareVersion and FindOsFromId, which terraform's vcd_vm calls before it makes an
     * empty VM: the VDC's hardware versions (the newest the default), each with the guests it runs and their firmware.
     */
    @Test
    void aVdcListsItsHardwareVersionsAndTheGuestsTheyRun() {
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        Element versions = (Element) tenant.get(vdc).child("Capabilities").getElementsByTagNameNS(Http.NS,
                "SupportedHardwareVersions").item(0);
        java.util.List<Element> refs = Http.Res.children(versions, "SupportedHardwareVersion");
        assertThat(refs).extracting(Element::getTextContent).contains("vmx-14", "vmx-18", "vmx-19");
        Element newest = refs.get(refs.size() - 1);
        assertThat(newest.getAttribute("default")).isEqualTo("true");
        assertThat(refs.get(0).getAttribute("default")).isEqualTo("false");
        String vmx18 = refs.stream().filter(r -> r.getAttribute("name").equals("vmx-18")).findFirst().orElseThrow()
                .getAttribute("href");
        assertThat(vmx18).isEqualTo(vdc + "/hwv/vmx-18");

        Http.Res hw = tenant.get(vmx18);
        assertThat(hw.status).isEqualTo(200);
        assertThat(hw.raw.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.vmware.vcloud.virtualHardwareVersion+xml");
        assertThat(hw.childText("name")).isEqualTo("vmx-18");
        Element sles = null;
        org.w3c.dom.NodeList systems = hw.root().getElementsByTagNameNS(Http.NS, "OperatingSystem");
        for (int i = 0; i < systems.getLength(); i++) {
            Element os = (Element) systems.item(i);
            if (os.getElementsByTagNameNS(Http.NS, "InternalName").item(0).getTextContent().equals("sles10_64Guest")) {
                sles = os;
            }
        }
        assertThat(sles).as("sles10_64Guest is offered").isNotNull();
        assertThat(sles.getElementsByTagNameNS(Http.NS, "Name").item(0).getTextContent())
                .isEqualTo("SUSE Linux Enterprise 10 (64-bit)");
        java.util.List<String> firmware = new java.util.ArrayList<>();
        org.w3c.dom.NodeList f = sles.getElementsByTagNameNS(Http.NS, "SupportedFirmware");
        for (int i = 0; i < f.getLength(); i++) {
            firmware.add(f.item(i).getTextContent());
        }
        assertThat(firmware).containsExactly("bios", "efi");
        assertThat(tenant.get(vdc + "/hwv/vmx-99").status).isEqualTo(404);
    }
}
