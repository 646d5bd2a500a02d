package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VDC's storage profiles as other clients than AdminVdc's methods reach them: a CreateVdcParams naming several
 * (go-vcloud-director v2.22.0's Test_CreateOrgVdcWithFlex, terraform's storage_profile blocks at creation), and
 * pyvcloud's {@code pyvcloud/vcd/vdc.py} (add_storage_profile, update_storage_profile, get_default_storage_profile,
 * remove_storage_profile), which posts UpdateVdcStorageProfiles to the AdminVdc's edit link of that type.
 */
class VdcStorageProfileClientsTest {
    static final String UPDATE = VdcStorageProfilesTest.UPDATE;
    static final String PROFILE = VdcStorageProfilesTest.PROFILE;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static String pvdcHref;
    static Map<String, String> pvdcProfiles;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        pvdcHref = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"), "ProviderVdcReference")
                .get(0).getAttribute("href");
        pvdcProfiles = VdcStorageProfilesTest.offerGoldAndSilver(admin, pvdcHref);
    }

    /**
     * Test_CreateOrgVdcWithFlex's CreateVdcParams: * enabled and the default, silver disabled beside it; the VDC lists
     * both, each as given. Two defaults, or a profile of no provider VDC, make no VDC.
     */
    @Test
    void aNewVdcHasTheProfilesItsParamsName() {
        String org = VdcStorageProfilesTest.acme(admin);
        String name = "sp-two-" + UUID.randomUUID().toString().substring(0, 8);
        String star = "<VdcStorageProfile><Enabled>true</Enabled><Units>MB</Units><Limit>1024</Limit><Default>true"
                + "</Default><ProviderVdcStorageProfile href=\"" + pvdcProfiles.get("*") + "\"></ProviderVdcStorageProfile>"
                + "</VdcStorageProfile>";
        String silver = "<VdcStorageProfile><Enabled>false</Enabled><Units>MB</Units><Limit>1024</Limit><Default>false"
                + "</Default><ProviderVdcStorageProfile href=\"" + pvdcProfiles.get("silver")
                + "\"></ProviderVdcStorageProfile></VdcStorageProfile>";
        String params = VdcTest.params(name, pvdcHref);
        String one = params.substring(params.indexOf("<VdcStorageProfile>"), params.indexOf("</VdcStorageProfile>")
                + "</VdcStorageProfile>".length());
        Http.Res created = admin.post(org + "/vdcsparams", VdcTest.CREATE, params.replace(one, star + silver));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
        Map<String, Element> refs = VdcStorageProfilesTest.refs(admin, created.attr("href"));
        assertThat(refs).containsOnlyKeys("*", "silver");
        Http.Res starProfile = admin.get(refs.get("*").getAttribute("href"));
        assertThat(starProfile.childText("Enabled")).isEqualTo("true");
        assertThat(starProfile.childText("Default")).isEqualTo("true");
        assertThat(starProfile.childText("Limit")).isEqualTo("1024");
        Http.Res silverProfile = admin.get(refs.get("silver").getAttribute("href"));
        assertThat(silverProfile.childText("Enabled")).isEqualTo("false");
        assertThat(silverProfile.childText("Default")).isEqualTo("false");

        String twoDefaults = params.replace(one, star + silver.replace("<Enabled>false</Enabled>", "<Enabled>true"
                + "</Enabled>").replace("<Default>false</Default>", "<Default>true</Default>"))
                .replace(name, name + "-x");
        VdcStorageProfilesTest.assertRefused(admin.post(org + "/vdcsparams", VdcTest.CREATE, twoDefaults), 400, "BAD_REQUEST");
        String unknown = params.replace(one, star + silver.replace(pvdcProfiles.get("silver"),
                "/api/admin/pvdcStorageProfile/" + UUID.randomUUID())).replace(name, name + "-y");
        VdcStorageProfilesTest.assertRefused(admin.post(org + "/vdcsparams", VdcTest.CREATE, unknown), 400, "INVALID_REFERENCE");
        assertThat(Http.Res.children(admin.get(org).child("Vdcs"), "Vdc").stream().map(v -> v.getAttribute("name")))
                .doesNotContain(name + "-x", name + "-y");
    }

    /** pyvcloud's update_storage_profile: AdminVdcStorageProfile with href and name, PUT to the admin href. */
    static Http.Res update(String userHref, boolean enabled, boolean isDefault, long limit) {
        String adminHref = userHref.replace("/api/", "/api/admin/");
        Http.Res current = admin.get(adminHref);
        return admin.put(adminHref, PROFILE, "<AdminVdcStorageProfile xmlns=\"" + Http.NS + "\" href=\"" + adminHref
                + "\" name=\"" + current.attr("name") + "\"><Enabled>" + enabled + "</Enabled><Units>MB</Units><Limit>"
                + limit + "</Limit><Default>" + isDefault + "</Default><ProviderVdcStorageProfile href=\""
                + current.child("ProviderVdcStorageProfile").getAttribute("href") + "\"/></AdminVdcStorageProfile>");
    }

    /**
     * pyvcloud on the user VDC: add_storage_profile (the provider VDC's profile by name from its StorageProfiles),
     * update_storage_profile to make it the default, get_default_storage_profile, then * made the default again,
     * gold disabled and remove_storage_profile with the user view's href.
     */
    @Test
    void pyvcloudAddsUpdatesAndRemovesAProfile() {
        String adminVdc = VdcStorageProfilesTest.newVdc(admin, pvdcHref);
        String userVdc = adminVdc.replace("/api/admin/vdc/", "/api/vdc/");
        String edit = admin.get(adminVdc).link("edit", UPDATE);
        assertThat(edit).isEqualTo(adminVdc + "/vdcStorageProfiles");
        String gold = Http.Res.children(admin.get(pvdcHref).child("StorageProfiles"), "ProviderVdcStorageProfile")
                .stream().filter(p -> p.getAttribute("name").equals("gold")).findFirst().orElseThrow()
                .getAttribute("href");
        Http.Res added = admin.post(edit, UPDATE, "<UpdateVdcStorageProfiles xmlns=\"" + Http.NS + "\">"
                + "<AddStorageProfile><Enabled>true</Enabled><Units>MB</Units><Limit>0</Limit><Default>false</Default>"
                + "<ProviderVdcStorageProfile href=\"" + gold + "\"/></AddStorageProfile></UpdateVdcStorageProfiles>");
        assertThat(added.status).as(added.body).isEqualTo(202);
        assertThat(admin.awaitTask(added).attr("status")).isEqualTo("success");

        Map<String, Element> refs = VdcStorageProfilesTest.refs(admin, userVdc);
        assertThat(refs).containsOnlyKeys("*", "gold");
        String goldHref = refs.get("gold").getAttribute("href");
        assertThat(goldHref).contains("/api/vdcStorageProfile/");
        Http.Res made = update(goldHref, true, true, 512);
        assertThat(made.status).as(made.body).isEqualTo(200);
        assertThat(made.childText("Limit")).isEqualTo("512");
        // get_default_storage_profile: the admin view of each until one is the default
        assertThat(refs.values().stream().map(r -> admin.get(r.getAttribute("href").replace("/api/", "/api/admin/")))
                .filter(p -> p.childText("Default").equals("true")).map(p -> p.attr("name")).toList())
                .containsExactly("gold");

        assertThat(update(refs.get("*").getAttribute("href"), true, true, 0).status).isEqualTo(200);
        assertThat(update(goldHref, false, false, 512).status).isEqualTo(200);
        Http.Res removed = admin.post(edit, UPDATE, "<UpdateVdcStorageProfiles xmlns=\"" + Http.NS + "\">"
                + "<RemoveStorageProfile href=\"" + goldHref + "\"/></UpdateVdcStorageProfiles>");
        assertThat(removed.status).as(removed.body).isEqualTo(202);
        assertThat(admin.awaitTask(removed).attr("status")).isEqualTo("success");
        assertThat(VdcStorageProfilesTest.refs(admin, userVdc)).containsOnlyKeys("*");
        // a tenant sees no such link
        Http.Res tenantView = Sim.tenant(vcd.sim()).get(adminVdc);
        assertThat(tenantView.status).isEqualTo(200);
        assertThat(tenantView.links("edit", UPDATE)).isEmpty();
    }
}
