package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.terraform.TfComputeCalls.done;
import static io.vcdsim.terraform.TfComputeCalls.first;
import static io.vcdsim.terraform.TfComputeCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_org_vdc} as its documentation's example has it (ReservationPool, 2048 MHz and 2048 MB
 * allocated, the provider VDC's storage profile {@code *} limited to 10240 MB and default, a network pool, thin and
 * fast provisioning, metadata), replayed over HTTP by a system administrator: apply, refresh, a change of the CPU
 * allocation and limit and of the storage profile's limit, refresh, destroy, and the refresh that finds it gone; and
 * a second storage_profile block added and taken out on update.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_org_vdc.go} (resourceVcdVdcCreate,
 * getVcdVdcInput, createOrUpdateOrgMetadata, resourceVcdVdcRead, setOrgVdcData, getComputeStorageProfiles,
 * resourceVcdVdcUpdate, getUpdatedVdcInput, updateStorageProfiles, updateStorageProfileDetails, resourceVcdVdcDelete)
 * and {@code vcd/config.go} (GetAdminOrgFromResource), and from go-vcloud-director v2.22.0 {@code govcd/adminvdc.go}
 * (CreateOrgVdc, createVdcAsyncV97, GetAdminVDCByName, GetAdminVDCByHref, Update, updateVdcAsyncV97,
 * UpdateStorageProfile, SetDefaultStorageProfile, AddStorageProfileWait, RemoveStorageProfileWait, IsNsxv),
 * {@code govcd/adminorg.go} (GetVDCByName, GetVDCByHref),
 * {@code govcd/system.go} (GetAdminOrgByName, QueryProviderVdcByName, QueryProviderVdcStorageProfileByName,
 * QueryNetworkPoolByName, GetNetworkPoolByHREF, GetStorageProfileByHref at API 35.0), {@code govcd/vdc.go}
 * (Delete, DeleteWait, GetCapabilities), {@code govcd/vdccomputepolicy_v2.go} (GetAllAssignedVdcComputePoliciesV2)
 * and {@code govcd/nsxv_distributed_firewall.go} (IsEnabled).
 */
class TfOrgVdcTest {
    private static final String CREATE = "application/vnd.vmware.admin.createVdcParams+xml";
    private static final String ADMIN_VDC = "application/vnd.vmware.admin.vdc+xml";
    private static final String PROFILE = "application/vnd.vmware.admin.vdcStorageProfile+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void logIn() {
        admin = TfComputeCalls.admin(vcd);
    }

    @Test
    void theDocumentedVdcGoesThroughApplyChangeAndDestroy() {
        String name = "tf-vdc-" + UUID.randomUUID().toString().substring(0, 8);
        // apply: GetAdminOrgByName; GetVDCByName finds none; the provider VDC, its profile * and the pool by name
        Http.Res org = adminOrg();
        assertThat(vdcRef(org, name)).isNull();
        String pvdc = admin.get("/api/query?type=providerVdc&filter=name==pvdc-1&filterEncoded=true")
                .children("VMWProviderVdcRecord").get(0).getAttribute("href");
        String profile = admin.get("/api/query?type=providerVdcStorageProfile").children(
                "ProviderVdcStorageProfileRecord").stream().filter(r -> r.getAttribute("name").equals("*")
                && r.getAttribute("providerVdc").equals(pvdc)).findFirst().orElseThrow().getAttribute("href");
        String pool = admin.get("/api/query?type=networkPool&filter=name==pool-1&filterEncoded=true")
                .children("NetworkPoolRecord").get(0).getAttribute("href");
        Http.Res created = admin.post(org.attr("href") + "/vdcsparams", CREATE, createVdcParams(name, pvdc, profile,
                pool));
        assertThat(created.status).as(created.body).isEqualTo(201);
        done(admin, created);
        // createVdcV97 reads it back with GetVDCByName(refresh): AdminOrg's Vdcs are admin references
        Element ref = vdcRef(adminOrg(), name);
        assertThat(ref.getAttribute("href")).contains("/api/admin/vdc/");
        assertThat(admin.get(ref.getAttribute("href").replace("/api/admin/", "/api/")).attr("id"))
                .isEqualTo(created.attr("id"));
        String adminHref = ref.getAttribute("href");
        TfComputeCalls.mergeMetadata(admin, adminHref, Map.of("role", "customerName", "env", "staging"));

        Http.Res read = refresh(name);
        assertThat(read.childText("AllocationModel")).isEqualTo("ReservationPool");
        assertThat(read.childText("Description")).isEqualTo("The pride of my work");
        assertThat(capacity(read, "Cpu")).containsEntry("Units", "MHz").containsEntry("Allocated", "2048");
        assertThat(capacity(read, "Memory")).containsEntry("Units", "MB").containsEntry("Allocated", "2048");
        assertThat(read.childText("IsThinProvision")).isEqualTo("true");
        assertThat(read.childText("UsesFastProvisioning")).isEqualTo("true");
        assertThat(read.childText("IsEnabled")).isEqualTo("true");
        assertThat(read.child("NetworkPoolReference").getAttribute("name")).isEqualTo("pool-1");
        assertThat(read.child("ProviderVdcReference").getAttribute("name")).isEqualTo("pvdc-1");
        assertThat(storageProfile(read)).containsEntry("name", "*").containsEntry("Limit", "10240")
                .containsEntry("Default", "true").containsEntry("Enabled", "true");
        assertThat(TfComputeCalls.metadata(admin, adminHref)).isEqualTo(Map.of("role", "customerName", "env",
                "staging"));

        // update: cpu allocated and limit 4096 (Update PUTs the AdminVdc read back), the profile's limit 20480
        Http.Res current = admin.get(adminHref);
        String cpu = "<Cpu><Units>MHz</Units><Allocated>4096</Allocated><Limit>4096</Limit>";
        String changed = current.body.replaceFirst("<Cpu><Units>MHz</Units><Allocated>\\d+</Allocated><Limit>\\d+"
                + "</Limit>", cpu);
        assertThat(changed).contains(cpu);
        done(admin, admin.put(adminHref, ADMIN_VDC, changed));
        // updateStorageProfiles: SetDefaultStorageProfile first, then updateStorageProfileDetails, each a PUT
        // of the AdminVdcStorageProfile to /api/admin/vdcStorageProfile/{uuid}, answered with the profile
        setProfile(current, 10240);
        Http.Res profileAfter = setProfile(current, 20480);
        assertThat(profileAfter.attr("type")).isEqualTo(PROFILE);
        assertThat(profileAfter.childText("Limit")).isEqualTo("20480");

        Http.Res again = refresh(name);
        assertThat(capacity(again, "Cpu")).containsEntry("Allocated", "4096").containsEntry("Limit", "4096");
        assertThat(capacity(again, "Memory")).containsEntry("Allocated", "2048");
        assertThat(storageProfile(again)).containsEntry("Limit", "20480").containsEntry("Default", "true");

        // destroy: GetVDCByName, DeleteWait(force, recursive) on the VDC's href, then GetVDCByName(refresh) finds none
        Http.Res vdc = admin.get(vdcRef(adminOrg(), name).getAttribute("href").replace("/api/admin/", "/api/"));
        done(admin, admin.delete(vdc.attr("href") + "?force=true&recursive=true"));
        assertThat(vdcRef(adminOrg(), name)).as("ErrorEntityNotFound: gone from the state").isNull();
        assertThat(admin.get(adminHref).status).isEqualTo(403);
    }

    @Test
    void aStorageProfileIsChangedOnlyBySystemAdministratorsAndStaysTheEnabledDefault() {
        Http.Res vdc = admin.get(vdcRef(adminOrg(), "acme-vdc").getAttribute("href"));
        String href = Http.Res.children(vdc.child("VdcStorageProfiles"), "VdcStorageProfile").get(0)
                .getAttribute("href");
        Http.Res profile = admin.get(href);
        String pvdcProfile = profile.child("ProviderVdcStorageProfile").getAttribute("href");
        assertThat(admin.put(href, PROFILE, profileBody("MB", -1, true, true, pvdcProfile)).status).isEqualTo(400);
        assertThat(admin.put(href, PROFILE, profileBody("GB", 10, true, true, pvdcProfile)).status).isEqualTo(400);
        assertThat(admin.put(href, PROFILE, profileBody("MB", 10, false, true, pvdcProfile)).status).isEqualTo(400);
        assertThat(admin.put(href, PROFILE, profileBody("MB", 10, true, false, pvdcProfile)).status).isEqualTo(400);
        assertThat(admin.put(href, PROFILE, "<AdminVdcStorageProfile xmlns=\"" + Http.NS + "\"><Limit>x</Limit>"
                + "</AdminVdcStorageProfile>").status).isEqualTo(400);
        Http tenant = TfComputeCalls.tenant(vcd);
        assertThat(tenant.put(href, PROFILE, profileBody("MB", 10, true, true, pvdcProfile)).status).isEqualTo(403);
        assertThat(admin.put("/api/admin/vdcStorageProfile/" + UUID.randomUUID(), PROFILE, profileBody("MB", 10,
                true, true, pvdcProfile)).status).isEqualTo(403);
        assertThat(admin.get(href).childText("Limit")).as("nothing changed").isEqualTo(profile.childText("Limit"));
    }

    /**
     * A second storage_profile block, gold (default, 5000 MB), added on update and then taken out again, as
     * updateStorageProfiles does it: AddStorageProfileWait for the new block (QueryProviderVdcStorageProfileByName
     * finds its provider VDC profile by name and the VDC's ProviderVdcReference), updateStorageProfileDetails for
     * *; then SetDefaultStorageProfile(*), updateStorageProfileDetails(*) and RemoveStorageProfileWait(gold), which
     * disables gold before it posts the removal. resourceVcdVdcRead reads every profile by its href.
     */
    @Test
    void aStorageProfileBlockIsAddedAndRemovedOnUpdate() {
        offerGold();
        String name = "tf-vdc-sp-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res org = adminOrg();
        String pvdc = admin.get("/api/query?type=providerVdc&filter=name==pvdc-1&filterEncoded=true")
                .children("VMWProviderVdcRecord").get(0).getAttribute("href");
        String pool = admin.get("/api/query?type=networkPool&filter=name==pool-1&filterEncoded=true")
                .children("NetworkPoolRecord").get(0).getAttribute("href");
        done(admin, admin.post(org.attr("href") + "/vdcsparams", CREATE, createVdcParams(name, pvdc,
                pvdcProfile("*", pvdc), pool)));
        Http.Res adminVdc = refresh(name);

        // update 1: gold is new and the default, so the default is not set first
        String goldProfile = pvdcProfile("gold", adminVdc.child("ProviderVdcReference").getAttribute("href"));
        Http.Res added = admin.post(adminVdc.attr("href") + "/vdcStorageProfiles",
                "application/vnd.vmware.admin.updateVdcStorageProfiles+xml", "<UpdateVdcStorageProfiles xmlns=\""
                        + Http.NS + "\" name=\"gold\"><AddStorageProfile><Enabled>true</Enabled><Units>MB</Units>"
                        + "<Limit>5000</Limit><Default>true</Default><ProviderVdcStorageProfile href=\"" + goldProfile
                        + "\" name=\"gold\"></ProviderVdcStorageProfile></AddStorageProfile></UpdateVdcStorageProfiles>");
        assertThat(done(admin, added).attr("operationName")).isEqualTo("vdcUpdateStorageProfiles");
        adminVdc = admin.get(adminVdc.attr("href")); // AddStorageProfileWait's Refresh
        setProfile(adminVdc, "*", 10240, true, false);
        Http.Res read = refresh(name);
        assertThat(storageProfiles(read)).containsOnlyKeys("*", "gold");
        assertThat(storageProfiles(read).get("gold")).containsEntry("Limit", "5000").containsEntry("Default", "true")
                .containsEntry("Enabled", "true");
        assertThat(storageProfiles(read).get("*")).containsEntry("Limit", "10240").containsEntry("Default", "false");

        // update 2: gold's block taken out, * the default again
        adminVdc = admin.get(adminVdc.attr("href"));
        setProfile(adminVdc, "*", 10240, true, true); // SetDefaultStorageProfile, then its Refresh
        adminVdc = admin.get(adminVdc.attr("href"));
        setProfile(adminVdc, "*", 10240, true, true); // updateStorageProfileDetails
        Element gold = profileRef(adminVdc, "gold");
        Http.Res goldDetails = admin.get(gold.getAttribute("href"));
        assertThat(goldDetails.childText("Enabled")).isEqualTo("true");
        setProfile(adminVdc, "gold", 5000, false, false); // RemoveStorageProfile disables it first
        done(admin, admin.post(adminVdc.attr("href") + "/vdcStorageProfiles",
                "application/vnd.vmware.admin.updateVdcStorageProfiles+xml", "<UpdateVdcStorageProfiles xmlns=\""
                        + Http.NS + "\" name=\"gold\"><RemoveStorageProfile href=\"" + gold.getAttribute("href")
                        + "\" id=\"" + gold.getAttribute("id") + "\" type=\"" + gold.getAttribute("type")
                        + "\" name=\"gold\"></RemoveStorageProfile></UpdateVdcStorageProfiles>"));
        read = refresh(name);
        assertThat(storageProfiles(read)).containsOnlyKeys("*");
        assertThat(storageProfiles(read).get("*")).containsEntry("Default", "true");
        done(admin, admin.delete(read.attr("href").replace("/api/admin/", "/api/") + "?force=true&recursive=true"));
    }

    /** The provider's side: pvdc-1 offers the vCenter's gold (UpdateProviderVdcStorageProfiles), once. */
    private static void offerGold() {
        String pvdc = admin.get("/api/query?type=providerVdc&filter=name==pvdc-1&filterEncoded=true")
                .children("VMWProviderVdcRecord").get(0).getAttribute("href");
        if (pvdcProfile("gold", pvdc) != null) {
            return;
        }
        String update = "application/vnd.vmware.admin.updateProviderVdcStorageProfiles+xml";
        Http.Res extension = admin.get(admin.get(pvdc).link("alternate",
                "application/vnd.vmware.admin.vmwprovidervdc+xml"));
        done(admin, admin.post(extension.link("edit", update), update, "<vmext:UpdateProviderVdcStorageProfiles "
                + "xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:AddStorageProfile>gold</vmext:AddStorageProfile>"
                + "</vmext:UpdateProviderVdcStorageProfiles>"));
    }

    /** QueryProviderVdcStorageProfileByName: the record of that name whose providerVdc is the given href. */
    private static String pvdcProfile(String name, String pvdcHref) {
        return admin.get("/api/query?type=providerVdcStorageProfile").children("ProviderVdcStorageProfileRecord")
                .stream().filter(r -> r.getAttribute("name").equals(name) && r.getAttribute("providerVdc")
                        .equals(pvdcHref)).map(r -> r.getAttribute("href")).findFirst().orElse(null);
    }

    private static Element profileRef(Http.Res adminVdc, String name) {
        return Http.Res.children(adminVdc.child("VdcStorageProfiles"), "VdcStorageProfile").stream()
                .filter(r -> r.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    /** getComputeStorageProfiles for every profile of the VDC, by name. */
    private static Map<String, Map<String, String>> storageProfiles(Http.Res vdc) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (Element ref : Http.Res.children(vdc.child("VdcStorageProfiles"), "VdcStorageProfile")) {
            Map<String, String> p = storageProfile(ref);
            all.put(p.get("name"), p);
        }
        return all;
    }

    /** UpdateStorageProfile of the named profile as terraform and go-vcloud-director send it. */
    private static void setProfile(Http.Res adminVdc, String name, long limit, boolean enabled, boolean isDefault) {
        String href = profileRef(adminVdc, name).getAttribute("href");
        Http.Res details = admin.get(href);
        Http.Res r = admin.put("/api/admin/vdcStorageProfile/" + href.substring(href.lastIndexOf('/') + 1), PROFILE,
                profileBody("MB", limit, enabled, isDefault, details.child("ProviderVdcStorageProfile")
                        .getAttribute("href")).replace("name=\"*\"", "name=\"" + name + "\""));
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    /** GetAdminOrgByName: the org list, then the admin view of acme. */
    private static Http.Res adminOrg() {
        return admin.get(TfComputeCalls.orgHref(admin, "acme").replace("/api/org/", "/api/admin/org/"));
    }

    /** AdminOrg.GetVDCByName / GetAdminVDCByName: the AdminOrg's Vdcs by name; null is ErrorEntityNotFound. */
    private static Element vdcRef(Http.Res adminOrg, String name) {
        return Http.Res.children(adminOrg.child("Vdcs"), "Vdc").stream().filter(v -> v.getAttribute("name")
                .equals(name)).findFirst().orElse(null);
    }

    /**
     * resourceVcdVdcRead: GetAdminVDCByName, the network pool by its href, each storage profile by its href, the
     * assigned compute policies on the cloudapi, the metadata, and IsNsxv's capabilities with the NSX-V distributed
     * firewall's state, which any error reads as disabled. Returns the AdminVdc.
     */
    private static Http.Res refresh(String name) {
        Http.Res vdc = admin.get(vdcRef(adminOrg(), name).getAttribute("href"));
        assertThat(vdc.attr("type")).isEqualTo(ADMIN_VDC);
        assertThat(admin.get(vdc.child("NetworkPoolReference").getAttribute("href")).status).isEqualTo(200);
        String urn = vdc.attr("id");
        assertThat(vdc.child("DefaultComputePolicy").getAttribute("id")).startsWith("urn:vcloud:vdcComputePolicy:");
        Http.Res policies = admin.send(admin.cloud("/cloudapi/2.0.0/vdcs/" + urn + "/computePolicies?pageSize=128")
                .GET());
        assertThat(policies.json().get("values")).isNotEmpty();
        Http.Res capabilities = admin.send(admin.cloud("/cloudapi/1.0.0/vdcs/" + urn + "/capabilities").GET());
        assertThat(capabilities.status).isEqualTo(200);
        assertThat(admin.get("/network/firewall/globalroot-0/config/layer3sections/" + urn).status).isNotEqualTo(200);
        return vdc;
    }

    /** getComputeCapacities: Units, Allocated, Limit, Reserved, Used of the Cpu or Memory capacity. */
    private static Map<String, String> capacity(Http.Res vdc, String which) {
        Element c = first(vdc.child("ComputeCapacity"), which);
        Map<String, String> values = new HashMap<>();
        for (String field : new String[]{"Units", "Allocated", "Limit", "Reserved", "Used"}) {
            values.put(field, text(c, field));
        }
        return values;
    }

    /** getComputeStorageProfiles: the first profile by its href, read at API 35.0 as go-vcloud-director pins it. */
    private static Map<String, String> storageProfile(Http.Res vdc) {
        return storageProfile(Http.Res.children(vdc.child("VdcStorageProfiles"), "VdcStorageProfile").get(0));
    }

    private static Map<String, String> storageProfile(Element ref) {
        Http.Res p = admin.send(admin.request(ref.getAttribute("href")).setHeader("Accept",
                "application/*+xml;version=35.0").GET());
        assertThat(p.status).isEqualTo(200);
        assertThat(p.child("ProviderVdcStorageProfile").getAttribute("href"))
                .contains("/api/admin/pvdcStorageProfile/");
        return Map.of("name", p.attr("name"), "Limit", p.childText("Limit"), "Default", p.childText("Default"),
                "Enabled", p.childText("Enabled"), "Units", p.childText("Units"));
    }

    /** UpdateStorageProfile as updateStorageProfileDetails calls it: to /api/admin/vdcStorageProfile/{uuid}. */
    private static Http.Res setProfile(Http.Res adminVdc, long limit) {
        Element ref = Http.Res.children(adminVdc.child("VdcStorageProfiles"), "VdcStorageProfile").get(0);
        String uuid = ref.getAttribute("href").substring(ref.getAttribute("href").lastIndexOf('/') + 1);
        Http.Res details = admin.get(ref.getAttribute("href"));
        Http.Res r = admin.put("/api/admin/vdcStorageProfile/" + uuid, PROFILE, profileBody("MB", limit, true, true,
                details.child("ProviderVdcStorageProfile").getAttribute("href")));
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r;
    }

    /** types.AdminVdcStorageProfile as go-vcloud-director marshals it (every field, IopsSettings nil). */
    private static String profileBody(String units, long limit, boolean enabled, boolean isDefault, String pvdc) {
        return "<AdminVdcStorageProfile xmlns=\"" + Http.NS + "\" name=\"*\"><Enabled>" + enabled + "</Enabled><Units>"
                + units + "</Units><Limit>" + limit + "</Limit><Default>" + isDefault + "</Default><StorageUsedMB>0"
                + "</StorageUsedMB><IopsAllocated>0</IopsAllocated><ProviderVdcStorageProfile href=\"" + pvdc + "\">"
                + "</ProviderVdcStorageProfile></AdminVdcStorageProfile>";
    }

    /** getVcdVdcInput's VdcConfiguration for the documented example, marshalled as createVdcAsyncV97 posts it. */
    private static String createVdcParams(String name, String pvdc, String profile, String pool) {
        return "<CreateVdcParams xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Description>The pride of my work"
                + "</Description><AllocationModel>ReservationPool</AllocationModel><ComputeCapacity><Cpu><Units>MHz"
                + "</Units><Allocated>2048</Allocated><Limit>0</Limit></Cpu><Memory><Units>MB</Units><Allocated>2048"
                + "</Allocated><Limit>0</Limit></Memory></ComputeCapacity><IsEnabled>true</IsEnabled>"
                + "<VdcStorageProfile><Enabled>true</Enabled><Units>MB</Units><Limit>10240</Limit><Default>true"
                + "</Default><ProviderVdcStorageProfile href=\"" + profile + "\"></ProviderVdcStorageProfile>"
                + "</VdcStorageProfile><IsThinProvision>true</IsThinProvision><ProviderVdcReference href=\"" + pvdc
                + "\"></ProviderVdcReference><NetworkPoolReference href=\"" + pool + "\"></NetworkPoolReference>"
                + "<UsesFastProvisioning>true</UsesFastProvisioning></CreateVdcParams>";
    }
}
