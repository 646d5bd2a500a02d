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
import java.util.UUID;

import static io.vcdsim.compute.VdcStorageProfilesTest.PROFILE;
import static io.vcdsim.compute.VdcStorageProfilesTest.UPDATE;
import static io.vcdsim.compute.VdcStorageProfilesTest.add;
import static io.vcdsim.compute.VdcStorageProfilesTest.refs;
import static io.vcdsim.compute.VdcStorageProfilesTest.remove;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is stored on which of a VDC's storage profiles: a new VM or disk on the VDC's default unless its request names
 * one, moved by go-vcloud-director's UpdateStorageProfile (reconfigureVm) or a Disk PUT; a catalog's items on its
 * CatalogStorageProfiles; a profile with something on it not removed, the provider's * removed once nothing is
 * (go-vcloud-director's Test_AddRemoveVdcStorageProfiles, Test_VMUpdateStorageProfile,
 * Test_AdminOrgCreateCatalogWithStorageProfile).
 */
class StoragePlacementTest {
    static final String VM = "application/vnd.vmware.vcloud.vm+xml";
    static final String CREATE_VM = "application/vnd.vmware.vcloud.CreateVmParams+xml";
    static final String DISK = "application/vnd.vmware.vcloud.disk+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    /** The seeded provider VDC, which offers gold and silver beside *, and its profiles' hrefs by name. */
    static String pvdcHref;
    static Map<String, String> pvdcProfiles;
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void goldAndSilverOnTheProviderVdc() {
        admin = Sim.admin(vcd.sim());
        pvdcHref = VdcStorageProfilesTest.seededProviderVdc(admin);
        pvdcProfiles = VdcStorageProfilesTest.offerGoldAndSilver(admin, pvdcHref);
        tenant = Sim.tenant(vcd.sim());
    }

    /** A new VDC of acme with * and gold (the default when {@code goldDefault}); its admin href. */
    static String vdcWithGold(boolean goldDefault) {
        String vdc = VdcStorageProfilesTest.newVdc(admin, pvdcHref);
        assertThat(done(admin, admin.post(vdc + "/vdcStorageProfiles", UPDATE, add("gold", true, 0, goldDefault,
                pvdcProfiles.get("gold"))))).isEqualTo("success");
        return vdc;
    }

    /** The status the task of {@code accepted} ends with (its error message with it, when it fails). */
    static String done(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isIn(201, 202);
        Http.Res task = who.awaitTask(accepted);
        return task.attr("status").equals("error") ? "error: " + task.child("Error").getAttribute("message")
                : task.attr("status");
    }

    /** The user view's href of a VDC profile (the tenant's references name it so). */
    static String userHref(Element ref) {
        return ref.getAttribute("href").replace("/api/admin/vdcStorageProfile/", "/api/vdcStorageProfile/");
    }

    /** An AdminVdcStorageProfile PUT as SetDefaultStorageProfile and RemoveStorageProfile send it. */
    static void put(Element ref, boolean enabled, boolean isDefault) {
        Http.Res r = admin.put(ref.getAttribute("href"), PROFILE, "<AdminVdcStorageProfile xmlns=\"" + Http.NS
                + "\" name=\"" + ref.getAttribute("name") + "\"><Enabled>" + enabled + "</Enabled><Units>MB</Units>"
                + "<Limit>0</Limit><Default>" + isDefault + "</Default></AdminVdcStorageProfile>");
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    /** A standalone VM with one 64 MB disk, made by the tenant in the VDC (StorageProfile: none when null). */
    static String vm(String adminVdc, String profileHref) {
        String vdc = adminVdc.replace("/api/admin/vdc/", "/api/vdc/");
        String name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "<CreateVmParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                + "name=\"" + name + "\" powerOn=\"false\"><CreateVm name=\"" + name + "\"><VmSpecSection "
                + "Modified=\"true\"><ovf:Info>spec</ovf:Info><OsType>sles11_64Guest</OsType><NumCpus>1</NumCpus>"
                + "<MemoryResourceMb><Configured>512</Configured></MemoryResourceMb><DiskSection><DiskSettings><SizeMb>"
                + "64</SizeMb></DiskSettings></DiskSection></VmSpecSection>"
                + (profileHref == null ? "" : "<StorageProfile href=\"" + profileHref + "\"/>")
                + "</CreateVm></CreateVmParams>";
        Http.Res task = tenant.awaitTask(tenant.post(tenant.get(vdc).link("add", CREATE_VM), CREATE_VM, body));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return Http.Res.children(tenant.get(task.child("Owner").getAttribute("href")).child("Children"), "Vm").get(0)
                .getAttribute("href");
    }

    /** The VM's StorageProfile, with what its disks name (VmSpecSection and the hardware's disk items). */
    static String profileOf(String vmHref) {
        Http.Res vm = tenant.get(vmHref);
        Element profile = vm.child("StorageProfile");
        Element spec = vm.child("VmSpecSection");
        Element diskProfile = (Element) spec.getElementsByTagNameNS(Http.NS, "StorageProfile").item(0);
        assertThat(diskProfile.getAttribute("href")).isEqualTo(profile.getAttribute("href"));
        assertThat(vm.body).contains("vcloud:storageProfileHref=\"" + profile.getAttribute("href") + "\"");
        return profile.getAttribute("name");
    }

    /** The VM's storageProfileName in the vm query, as the tenant reads it. */
    static String recordProfile(String vmHref) {
        String name = tenant.get(vmHref).attr("name");
        return tenant.get("/api/query?type=vm&format=records&filter=name==" + name).children("VMRecord").get(0)
                .getAttribute("storageProfileName");
    }

    /** go-vcloud-director's UpdateStorageProfile: the whole Vm posted back to reconfigureVm with another profile. */
    static Http.Res reconfigure(String vmHref, String rename, String profileHref) {
        Http.Res vm = tenant.get(vmHref);
        String now = vm.child("StorageProfile").getAttribute("href");
        String body = vm.body.replace("href=\"" + now + "\"", "href=\"" + profileHref + "\"");
        if (rename != null) {
            body = body.replaceFirst(" name=\"[^\"]*\"", " name=\"" + rename + "\"");
        }
        return tenant.post(vm.link("reconfigureVm", VM), VM, body);
    }

    @Test
    void theProvidersStarIsRemovedOnceAnotherIsTheDefaultAndNothingIsOnItThenAddedBack() {
        String vdc = vdcWithGold(false);
        Map<String, Element> refs = refs(admin, vdc);
        Element star = refs.get("*");
        put(refs.get("gold"), true, true);
        put(star, false, false);
        assertThat(done(admin, admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(star)))).isEqualTo("success");
        assertThat(refs(admin, vdc)).containsOnlyKeys("gold");
        assertThat(admin.get(star.getAttribute("href")).status).isEqualTo(403);
        assertThat(VdcStorageProfilesTest.records(admin, "adminOrgVdcStorageProfile", vdc)).containsOnlyKeys("gold");
        // a VM made now goes on the default, gold
        String vm = vm(vdc, null);
        assertThat(profileOf(vm)).isEqualTo("gold");
        assertThat(recordProfile(vm)).isEqualTo("gold");

        // and * comes back, with the id it had
        assertThat(done(admin, admin.post(vdc + "/vdcStorageProfiles", UPDATE, add("*", true, 0, false,
                pvdcProfiles.get("*"))))).isEqualTo("success");
        Map<String, Element> again = refs(admin, vdc);
        assertThat(again).containsOnlyKeys("*", "gold");
        assertThat(again.get("*").getAttribute("href")).isEqualTo(star.getAttribute("href"));
        assertThat(admin.get(star.getAttribute("href")).childText("Default")).isEqualTo("false");
        assertThat(admin.get(again.get("gold").getAttribute("href")).childText("Default")).isEqualTo("true");
    }

    @Test
    void aVmGoesOnTheProfileItsCreationNamesAndMovesByReconfigureVm() {
        String vdc = vdcWithGold(false);
        Map<String, Element> refs = refs(admin, vdc);
        String vm = vm(vdc, userHref(refs.get("gold")));
        assertThat(profileOf(vm)).isEqualTo("gold");
        assertThat(recordProfile(vm)).isEqualTo("gold");
        assertThat(profileOf(vm(vdc, null))).as("none named: the default").isEqualTo("*");

        // gold has a VM on it: disabled, its removal's task fails and says why
        put(refs.get("gold"), false, false);
        Http.Res removal = admin.awaitTask(admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("gold"))));
        assertThat(removal.attr("status")).isEqualTo("error");
        assertThat(removal.child("Error").getAttribute("message")).contains("in use by 1 VM(s)");
        assertThat(refs(admin, vdc)).containsOnlyKeys("*", "gold");

        // the whole Vm posted back names the profile it is on, disabled or not: renamed, it stays there
        assertThat(done(tenant, reconfigure(vm, "renamed", userHref(refs.get("gold"))))).isEqualTo("success");
        assertThat(tenant.get(vm).attr("name")).isEqualTo("renamed");
        assertThat(profileOf(vm)).isEqualTo("gold");
        // to a disabled profile or one of another VDC: 400, nothing started
        String otherVdc = vdcWithGold(false);
        Http.Res foreign = reconfigure(vm, null, userHref(refs(admin, otherVdc).get("gold")));
        assertThat(foreign.status).as(foreign.body).isEqualTo(400);
        assertThat(foreign.attr("minorErrorCode")).isEqualTo("INVALID_REFERENCE");
        Http.Res notAnHref = reconfigure(vm, null, "nothing-here");
        assertThat(notAnHref.status).isEqualTo(400);

        // Test_VMUpdateStorageProfile: to *, then gold (now unused) is removed
        assertThat(done(tenant, reconfigure(vm, null, userHref(refs.get("*"))))).isEqualTo("success");
        assertThat(profileOf(vm)).isEqualTo("*");
        assertThat(recordProfile(vm)).isEqualTo("*");
        Http.Res toDisabled = reconfigure(vm, null, userHref(refs.get("gold")));
        assertThat(toDisabled.status).as(toDisabled.body).isEqualTo(400);
        assertThat(toDisabled.body).contains("disabled");
        assertThat(done(admin, admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("gold")))))
                .isEqualTo("success");
    }

    @Test
    void aVmFromATemplateGoesOnItsSourcedItemsProfile() throws InterruptedException {
        String vdc = vdcWithGold(false);
        String gold = userHref(refs(admin, vdc).get("gold"));
        TemplateFixture fixture = TemplateFixture.ready(tenant);
        Element templateVm = Http.Res.children(tenant.get(fixture.template).child("Children"), "Vm").get(0);
        // InstantiateVAppTemplateParams (terraform's vcd_vapp_vm from a template with storage_profile)
        String userVdc = vdc.replace("/api/admin/vdc/", "/api/vdc/");
        Http.Res instantiated = tenant.post(userVdc + "/action/instantiateVAppTemplate", TemplateFixture.INSTANTIATE,
                "<InstantiateVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"golden\"><Source href=\""
                        + fixture.template + "\"/><SourcedItem><Source href=\"" + templateVm.getAttribute("href")
                        + "\"/><StorageProfile href=\"" + gold + "\"/></SourcedItem>"
                        + "<AllEULAsAccepted>true</AllEULAsAccepted></InstantiateVAppTemplateParams>");
        assertThat(done(tenant, instantiated)).isEqualTo("success");
        String instantiatedVm = Http.Res.children(tenant.get(instantiated.attr("href")).child("Children"), "Vm").get(0)
                .getAttribute("href");
        assertThat(tenant.get(instantiatedVm).child("StorageProfile").getAttribute("name")).isEqualTo("gold");

        // RecomposeVAppParams (go-vcloud-director's AddNewVMWithStorageProfile), within the VDC's 3 VMs
        String vapp = instantiated.attr("href");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        Http.Res recomposed = tenant.post(vapp + "/action/recomposeVApp", recompose, "<RecomposeVAppParams xmlns=\""
                + Http.NS + "\"><SourcedItem><Source href=\"" + templateVm.getAttribute("href") + "\" name=\"gold-vm\"/>"
                + "<StorageProfile href=\"" + gold + "\"/></SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted>"
                + "</RecomposeVAppParams>");
        assertThat(done(tenant, recomposed)).isEqualTo("success");
        List<Element> vms = Http.Res.children(tenant.get(vapp).child("Children"), "Vm");
        Element added = vms.stream().filter(v -> v.getAttribute("name").equals("gold-vm")).findFirst().orElseThrow();
        assertThat(tenant.get(added.getAttribute("href")).child("StorageProfile").getAttribute("name"))
                .isEqualTo("gold");
        Http.Res unknown = tenant.post(vapp + "/action/recomposeVApp", recompose, "<RecomposeVAppParams xmlns=\""
                + Http.NS + "\"><SourcedItem><Source href=\"" + templateVm.getAttribute("href") + "\" name=\"x-vm\"/>"
                + "<StorageProfile href=\"/api/vdcStorageProfile/" + UUID.randomUUID() + "\"/></SourcedItem>"
                + "</RecomposeVAppParams>");
        assertThat(unknown.status).as(unknown.body).isEqualTo(400);
        assertThat(Http.Res.children(tenant.get(vapp).child("Children"), "Vm")).hasSize(vms.size());
    }

    @Test
    void aDiskGoesOnTheProfileItsCreationNamesAndMovesByItsPut() {
        String vdc = vdcWithGold(false);
        Map<String, Element> refs = refs(admin, vdc);
        String userVdc = vdc.replace("/api/admin/vdc/", "/api/vdc/");
        String params = "application/vnd.vmware.vcloud.diskCreateParams+xml";
        Http.Res created = tenant.post(userVdc + "/disk", params, "<DiskCreateParams xmlns=\"" + Http.NS + "\"><Disk "
                + "name=\"golden\" sizeMb=\"64\"><StorageProfile href=\"" + userHref(refs.get("gold")) + "\"/></Disk>"
                + "</DiskCreateParams>");
        assertThat(done(tenant, created)).isEqualTo("success");
        String disk = created.attr("href");
        assertThat(tenant.get(disk).child("StorageProfile").getAttribute("name")).isEqualTo("gold");
        Element record = tenant.get("/api/query?type=disk&format=records&filter=name==golden").children("DiskRecord")
                .get(0);
        assertThat(record.getAttribute("storageProfileName")).isEqualTo("gold");
        assertThat(record.getAttribute("storageProfile")).endsWith(refs.get("gold").getAttribute("href")
                .substring(refs.get("gold").getAttribute("href").lastIndexOf('/')));

        // a Disk PUT naming * moves it; one naming a profile of no VDC of its is refused
        String body = tenant.get(disk).body;
        String goldHref = tenant.get(disk).child("StorageProfile").getAttribute("href");
        assertThat(done(tenant, tenant.put(disk, DISK, body.replace(goldHref, userHref(refs.get("*"))))))
                .isEqualTo("success");
        assertThat(tenant.get(disk).child("StorageProfile").getAttribute("name")).isEqualTo("*");
        Http.Res bad = tenant.put(disk, DISK, body.replace(goldHref, "/api/vdcStorageProfile/" + UUID.randomUUID()));
        assertThat(bad.status).as(bad.body).isEqualTo(400);
        assertThat(bad.attr("minorErrorCode")).isEqualTo("INVALID_REFERENCE");
        Http.Res badCreate = tenant.post(userVdc + "/disk", params, "<DiskCreateParams xmlns=\"" + Http.NS + "\"><Disk "
                + "name=\"nowhere\" sizeMb=\"64\"><StorageProfile href=\"/api/vdcStorageProfile/" + UUID.randomUUID()
                + "\"/></Disk></DiskCreateParams>");
        assertThat(badCreate.status).isEqualTo(400);
        assertThat(tenant.get("/api/query?type=disk&format=records&filter=name==nowhere").children("DiskRecord"))
                .as("nothing half made").isEmpty();
    }

    @Test
    void aCatalogKeepsItsItemsOnItsCatalogStorageProfile() {
        String vdc = vdcWithGold(false);
        Map<String, Element> refs = refs(admin, vdc);
        String catalogs = VdcStorageProfilesTest.acme(admin) + "/catalogs";
        String type = "application/vnd.vmware.admin.catalog+xml";
        String name = "golden-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = admin.post(catalogs, type, "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name
                + "\"><Description>d</Description><CatalogStorageProfiles><VdcStorageProfile href=\""
                + refs.get("gold").getAttribute("href") + "\"/></CatalogStorageProfiles></AdminCatalog>");
        assertThat(done(admin, created)).isEqualTo("success");
        String catalog = created.attr("href");
        List<Element> kept = Http.Res.children(admin.get(catalog).child("CatalogStorageProfiles"), "VdcStorageProfile");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getAttribute("name")).isEqualTo("gold");

        // gold keeps a catalog's items: not removed
        put(refs.get("gold"), false, false);
        Http.Res removal = admin.awaitTask(admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("gold"))));
        assertThat(removal.attr("status")).isEqualTo("error");
        assertThat(removal.child("Error").getAttribute("message")).contains("1 catalog(s)");

        // the AdminCatalog PUT moves it to *; one naming no profile of the org's VDCs is refused
        String body = admin.get(catalog).body;
        String goldHref = kept.get(0).getAttribute("href");
        assertThat(goldHref).isEqualTo(userHref(refs.get("gold")));
        Http.Res moved = admin.put(catalog, type, body.replace(goldHref, refs.get("*").getAttribute("href")));
        assertThat(moved.status).as(moved.body).isEqualTo(200);
        assertThat(Http.Res.children(admin.get(catalog).child("CatalogStorageProfiles"), "VdcStorageProfile").get(0)
                .getAttribute("name")).isEqualTo("*");
        Http.Res bad = admin.put(catalog, type, body.replace(goldHref, "/api/admin/vdcStorageProfile/"
                + UUID.randomUUID()));
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.attr("minorErrorCode")).isEqualTo("INVALID_REFERENCE");
        Http.Res two = admin.post(catalogs, type, "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"two-" + name
                + "\"><CatalogStorageProfiles><VdcStorageProfile href=\"" + refs.get("gold").getAttribute("href")
                + "\"/><VdcStorageProfile href=\"" + refs.get("*").getAttribute("href") + "\"/></CatalogStorageProfiles>"
                + "</AdminCatalog>");
        assertThat(two.status).isEqualTo(400);
        assertThat(done(admin, admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("gold")))))
                .isEqualTo("success");
    }
}
