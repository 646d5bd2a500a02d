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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VDC's storage profiles added and removed ({@code POST /api/admin/vdc/{id}/vdcStorageProfiles}, a
 * vdcUpdateStorageProfiles task) and changed (the AdminVdcStorageProfile PUT), as go-vcloud-director v2.22.0's
 * {@code govcd/adminvdc.go} calls them (AddStorageProfile, RemoveStorageProfile, SetDefaultStorageProfile,
 * UpdateStorageProfile, GetDefaultStorageProfileReference), and their metadata.
 */
class VdcStorageProfilesTest {
    static final String UPDATE = "application/vnd.vmware.admin.updateVdcStorageProfiles+xml";
    static final String PROFILE = "application/vnd.vmware.admin.vdcStorageProfile+xml";
    static final String METADATA = "application/vnd.vmware.vcloud.metadata+xml";
    static final String VALUE = "application/vnd.vmware.vcloud.metadata.value+xml";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String pvdcHref;
    /** The provider VDC's storage profiles by name, as QueryProviderVdcStorageProfileByName finds their hrefs. */
    static Map<String, String> pvdcProfiles;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        pvdcHref = seededProviderVdc(admin);
        pvdcProfiles = offerGoldAndSilver(admin, pvdcHref);
    }

    /** The seeded provider VDC's href. */
    static String seededProviderVdc(Http admin) {
        return Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"), "ProviderVdcReference")
                .get(0).getAttribute("href");
    }

    /** The provider's side: the provider VDC offers gold and silver beside *; its profiles' hrefs by name. */
    static Map<String, String> offerGoldAndSilver(Http admin, String pvdcHref) {
        Http.Res pvdc = admin.get(admin.get(pvdcHref).link("alternate",
                "application/vnd.vmware.admin.vmwprovidervdc+xml"));
        String edit = pvdc.link("edit", "application/vnd.vmware.admin.updateProviderVdcStorageProfiles+xml");
        Http.Res added = admin.post(edit, "application/vnd.vmware.admin.updateProviderVdcStorageProfiles+xml",
                "<vmext:UpdateProviderVdcStorageProfiles xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:AddStorageProfile>"
                        + "gold</vmext:AddStorageProfile><vmext:AddStorageProfile>silver</vmext:AddStorageProfile>"
                        + "</vmext:UpdateProviderVdcStorageProfiles>");
        assertThat(admin.awaitTask(added).attr("status")).isEqualTo("success");
        Map<String, String> profiles = admin.get("/api/query?type=providerVdcStorageProfile&format=records")
                .children("ProviderVdcStorageProfileRecord").stream()
                .filter(r -> r.getAttribute("providerVdc").equals(pvdcHref))
                .collect(Collectors.toMap(r -> r.getAttribute("name"), r -> r.getAttribute("href")));
        assertThat(profiles).containsKeys("*", "gold", "silver");
        return profiles;
    }

    static String newVdc() {
        return newVdc(admin, pvdcHref);
    }

    /** acme's admin href. */
    static String acme(Http admin) {
        return Http.Res.children(admin.get("/api/org").root(), "Org").stream()
                .filter(o -> o.getAttribute("name").equals("acme")).findFirst().orElseThrow().getAttribute("href")
                .replace("/api/org/", "/api/admin/org/");
    }

    /** A new VDC of acme on the provider VDC with the one profile *; its admin href. */
    static String newVdc(Http admin, String pvdcHref) {
        Http.Res created = admin.post(acme(admin) + "/vdcsparams", VdcTest.CREATE, VdcTest.params("sp-"
                + UUID.randomUUID().toString().substring(0, 8), pvdcHref));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
        return created.attr("href");
    }

    /** AddStorageProfile's UpdateVdcStorageProfiles: name attribute, one AddStorageProfile (no Description). */
    static String add(String name, Boolean enabled, long limit, boolean isDefault, String pvdcProfile) {
        return "<UpdateVdcStorageProfiles xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><AddStorageProfile>"
                + (enabled == null ? "" : "<Enabled>" + enabled + "</Enabled>") + "<Units>MB</Units><Limit>" + limit
                + "</Limit><Default>" + isDefault + "</Default><ProviderVdcStorageProfile href=\"" + pvdcProfile
                + "\" name=\"" + name + "\"></ProviderVdcStorageProfile></AddStorageProfile></UpdateVdcStorageProfiles>";
    }

    /** RemoveStorageProfile's UpdateVdcStorageProfiles: the VDC's reference to the profile. */
    static String remove(Element ref) {
        return "<UpdateVdcStorageProfiles xmlns=\"" + Http.NS + "\" name=\"" + ref.getAttribute("name")
                + "\"><RemoveStorageProfile href=\"" + ref.getAttribute("href") + "\" id=\"" + ref.getAttribute("id")
                + "\" type=\"" + ref.getAttribute("type") + "\" name=\"" + ref.getAttribute("name")
                + "\"></RemoveStorageProfile></UpdateVdcStorageProfiles>";
    }

    /** The VDC's VdcStorageProfiles references by name, in the view at {@code href}. */
    static Map<String, Element> refs(Http who, String href) {
        Http.Res vdc = who.get(href);
        assertThat(vdc.status).as(vdc.body).isEqualTo(200);
        return Http.Res.children(vdc.child("VdcStorageProfiles"), "VdcStorageProfile").stream()
                .collect(Collectors.toMap(e -> e.getAttribute("name"), e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** The task the POST answers with, once it ends. */
    static Http.Res finished(Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(accepted.attr("operationName")).isEqualTo("vdcUpdateStorageProfiles");
        return admin.awaitTask(accepted);
    }

    /** UpdateStorageProfile as SetDefaultStorageProfile and RemoveStorageProfile send it: every field of the profile. */
    static Http.Res put(String profileHref, boolean enabled, boolean isDefault, long limit) {
        Http.Res details = admin.get(profileHref);
        String uuid = profileHref.substring(profileHref.lastIndexOf('/') + 1);
        return admin.put("/api/admin/vdcStorageProfile/" + uuid, PROFILE, "<AdminVdcStorageProfile xmlns=\"" + Http.NS
                + "\" name=\"" + details.attr("name") + "\"><Enabled>" + enabled + "</Enabled><Units>MB</Units><Limit>"
                + limit + "</Limit><Default>" + isDefault + "</Default><StorageUsedMB>0</StorageUsedMB><IopsAllocated>"
                + "0</IopsAllocated><ProviderVdcStorageProfile href=\"" + details.child("ProviderVdcStorageProfile")
                .getAttribute("href") + "\"></ProviderVdcStorageProfile></AdminVdcStorageProfile>");
    }

    @Test
    void aProfileAddedFromTheProviderVdcIsListedReadAndQueried() {
        String vdc = newVdc();
        Http.Res task = finished(admin.post(vdc + "/vdcStorageProfiles", UPDATE, add("gold", true, 2048, false,
                pvdcProfiles.get("gold"))));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.child("Owner").getAttribute("href")).isEqualTo(vdc);

        Map<String, Element> admins = refs(admin, vdc);
        assertThat(admins).containsOnlyKeys("*", "gold");
        Element gold = admins.get("gold");
        assertThat(gold.getAttribute("href")).contains("/api/admin/vdcStorageProfile/");
        assertThat(gold.getAttribute("type")).isEqualTo(PROFILE);
        Map<String, Element> users = refs(tenant, vdc.replace("/api/admin/vdc/", "/api/vdc/"));
        assertThat(users.get("gold").getAttribute("href")).contains("/api/vdcStorageProfile/")
                .endsWith(gold.getAttribute("href").substring(gold.getAttribute("href").lastIndexOf('/')));

        Http.Res profile = admin.get(gold.getAttribute("href"));
        assertThat(profile.attr("name")).isEqualTo("gold");
        assertThat(profile.attr("id")).startsWith("urn:vcloud:vdcstorageProfile:");
        assertThat(profile.childText("Enabled")).isEqualTo("true");
        assertThat(profile.childText("Default")).isEqualTo("false");
        assertThat(profile.childText("Limit")).isEqualTo("2048");
        assertThat(profile.childText("Units")).isEqualTo("MB");
        assertThat(profile.child("ProviderVdcStorageProfile").getAttribute("href")).isEqualTo(pvdcProfiles.get("gold"));
        // no IOPS limits on the simulated datastores, shown as vCD shows them (go-vcloud-director's
        // Test_GetStorageProfileByHref reads IopsSettings)
        Element iops = profile.child("IopsSettings");
        assertThat(Http.Res.children(iops, "Enabled").get(0).getTextContent()).isEqualTo("false");
        assertThat(Http.Res.children(iops, "DiskIopsMax").get(0).getTextContent()).isEqualTo("0");
        assertThat(profile.link("up", "application/vnd.vmware.vcloud.vdc+xml")).isNotNull();
        assertThat(profile.link("down", METADATA)).isEqualTo(gold.getAttribute("href") + "/metadata");
        assertThat(profile.link("edit", PROFILE)).isEqualTo(gold.getAttribute("href"));
        Http.Res user = tenant.get(users.get("gold").getAttribute("href"));
        assertThat(user.status).isEqualTo(200);
        assertThat(user.attr("type")).isEqualTo("application/vnd.vmware.vcloud.vdcStorageProfile+xml");
        assertThat(user.links("add", METADATA)).as("tenants do not change its metadata").isEmpty();

        // GetDefaultStorageProfileReference: exactly one default, still *
        assertThat(admins.values().stream().filter(r -> admin.get(r.getAttribute("href")).childText("Default")
                .equals("true")).map(r -> r.getAttribute("name")).toList()).containsExactly("*");
        String vdcUrn = admin.get(vdc).attr("id");
        for (String type : List.of("orgVdcStorageProfile", "adminOrgVdcStorageProfile")) {
            Map<String, Element> records = records(type.startsWith("admin") ? admin : tenant, type, vdc);
            assertThat(records).as(type).containsOnlyKeys("*", "gold");
            assertThat(records.get("gold").getAttribute("storageLimitMB")).isEqualTo("2048");
            assertThat(records.get("gold").getAttribute("isDefaultStorageProfile")).isEqualTo("false");
            assertThat(records.get("gold").getAttribute("isEnabled")).isEqualTo("true");
            assertThat(records.get("*").getAttribute("isDefaultStorageProfile")).isEqualTo("true");
        }
        assertThat(admin.get("/api/query?type=adminOrgVdc&format=records&filter=id==" + vdcUrn)
                .children("AdminVdcRecord").get(0).getAttribute("numberOfStorageProfiles")).isEqualTo("2");
    }

    /** The query's records of the VDC's profiles, by name. */
    static Map<String, Element> records(Http who, String type, String vdcHref) {
        String record = type.startsWith("admin") ? "AdminOrgVdcStorageProfileRecord" : "OrgVdcStorageProfileRecord";
        String userVdc = vdcHref.replace("/api/admin/vdc/", "/api/vdc/");
        Http.Res r = who.get("/api/query?type=" + type + "&format=records&pageSize=128");
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.children(record).stream().filter(e -> e.getAttribute("vdc").equals(userVdc))
                .collect(Collectors.toMap(e -> e.getAttribute("name"), e -> e));
    }

    /**
     * Test_UpdateVdcFlex's sequence: gold added, made the default (SetDefaultStorageProfile), then * removed while a
     * disk of the VDC is on it: RemoveStorageProfile disables it (its PUT succeeds) and the removal's task fails.
     */
    @Test
    void aProfileInUseIsNotRemovedButItsTaskFails() {
        String vdc = newVdc();
        String userVdc = vdc.replace("/api/admin/vdc/", "/api/vdc/");
        String diskType = "application/vnd.vmware.vcloud.diskCreateParams+xml";
        Http.Res disk = admin.post(userVdc + "/disk", diskType, "<DiskCreateParams xmlns=\"" + Http.NS
                + "\"><Disk name=\"data\" sizeMb=\"64\"></Disk></DiskCreateParams>");
        assertThat(disk.status).as(disk.body).isEqualTo(201);
        admin.awaitTask(disk);
        assertThat(finished(admin.post(vdc + "/vdcStorageProfiles", UPDATE, add("gold", true, 0, false,
                pvdcProfiles.get("gold")))).attr("status")).isEqualTo("success");
        Map<String, Element> refs = refs(admin, vdc);
        // SetDefaultStorageProfile(gold): the previous default stops being one
        Http.Res golden = put(refs.get("gold").getAttribute("href"), true, true, 0);
        assertThat(golden.status).as(golden.body).isEqualTo(200);
        assertThat(golden.childText("Default")).isEqualTo("true");
        Element star = refs.get("*");
        assertThat(admin.get(star.getAttribute("href")).childText("Default")).isEqualTo("false");
        // RemoveStorageProfile(*): disabled first, then the removal, whose task fails
        Http.Res disabled = put(star.getAttribute("href"), false, false, 0);
        assertThat(disabled.status).as(disabled.body).isEqualTo(200);
        assertThat(disabled.childText("Enabled")).isEqualTo("false");
        Http.Res task = finished(admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(star)));
        assertThat(task.attr("status")).isEqualTo("error");
        assertThat(task.child("Error").getAttribute("message")).contains("in use");
        assertThat(refs(admin, vdc)).containsOnlyKeys("*", "gold");
        // the disk still names it
        Http.Res diskNow = admin.get(Http.Res.children(admin.get(userVdc).child("ResourceEntities"), "ResourceEntity")
                .stream().filter(e -> e.getAttribute("name").equals("data")).findFirst().orElseThrow()
                .getAttribute("href"));
        assertThat(diskNow.child("StorageProfile").getAttribute("href")).endsWith(star.getAttribute("href")
                .substring(star.getAttribute("href").lastIndexOf('/')));
    }

    /** RemoveStorageProfile of an added profile: * made the default again, gold disabled, then removed. */
    @Test
    void anAddedProfileIsRemovedOnceDisabledAndNotTheDefault() {
        String vdc = newVdc();
        finished(admin.post(vdc + "/vdcStorageProfiles", UPDATE, add("silver", true, 100, true,
                pvdcProfiles.get("silver"))));
        Map<String, Element> refs = refs(admin, vdc);
        String silver = refs.get("silver").getAttribute("href");
        assertThat(admin.get(silver).childText("Default")).as("added as the default").isEqualTo("true");
        assertThat(admin.get(refs.get("*").getAttribute("href")).childText("Default")).isEqualTo("false");

        Http.Res enabledDefault = admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("silver")));
        assertThat(enabledDefault.status).isEqualTo(400);
        assertThat(enabledDefault.body).contains("default");
        Http.Res disablingDefault = put(silver, false, true, 100);
        assertThat(disablingDefault.status).isEqualTo(400);
        assertThat(put(silver, true, false, 100).status).as("a VDC keeps one default").isEqualTo(400);

        assertThat(put(refs.get("*").getAttribute("href"), true, true, 0).status).isEqualTo(200);
        Http.Res stillEnabled = admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("silver")));
        assertThat(stillEnabled.status).isEqualTo(400);
        assertThat(stillEnabled.body).contains("must be disabled");
        assertThat(put(silver, false, false, 100).status).isEqualTo(200);
        assertThat(admin.awaitTask(merge(silver, "tier", "2")).attr("status")).isEqualTo("success");
        Http.Res task = finished(admin.post(vdc + "/vdcStorageProfiles", UPDATE, remove(refs.get("silver"))));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(refs(admin, vdc)).containsOnlyKeys("*");
        assertThat(admin.get(silver).status).isEqualTo(403);
        assertThat(admin.get(silver + "/metadata").status).isEqualTo(403);
        // the provider VDC's silver can go now that no VDC draws on it; the one gold is on stays
        assertThat(admin.get(refs(admin, vdc).get("*").getAttribute("href")).childText("Default")).isEqualTo("true");
    }

    @Test
    void wrongAdditionsAndRemovalsAreRefusedAndChangeNothing() {
        String vdc = newVdc();
        String other = newVdc();
        Map<String, Element> otherRefs = refs(admin, other);
        String url = vdc + "/vdcStorageProfiles";
        assertRefused(admin.post(url, UPDATE, add("platinum", true, 0, false, "/api/admin/pvdcStorageProfile/"
                + UUID.randomUUID())), 400, "INVALID_REFERENCE");
        assertRefused(admin.post(url, UPDATE, add("*", true, 0, false, pvdcProfiles.get("*"))), 400,
                "DUPLICATE_NAME");
        String twice = add("gold", true, 0, false, pvdcProfiles.get("gold")).replace("</UpdateVdcStorageProfiles>",
                "") + add("gold", true, 0, false, pvdcProfiles.get("gold")).replaceFirst("<UpdateVdcStorageProfiles[^>]*>",
                "");
        assertRefused(admin.post(url, UPDATE, twice), 400, "DUPLICATE_NAME");
        assertRefused(admin.post(url, UPDATE, add("gold", true, -1, false, pvdcProfiles.get("gold"))), 400,
                "BAD_REQUEST");
        assertRefused(admin.post(url, UPDATE, add("gold", true, 1, false, pvdcProfiles.get("gold"))
                .replace("<Units>MB</Units>", "<Units>GB</Units>")), 400, "BAD_REQUEST");
        assertRefused(admin.post(url, UPDATE, add("gold", false, 0, true, pvdcProfiles.get("gold"))), 400,
                "BAD_REQUEST");
        assertRefused(admin.post(url, UPDATE, add("gold", true, 0, false, pvdcProfiles.get("gold"))
                .replaceFirst("<ProviderVdcStorageProfile[^>]*></ProviderVdcStorageProfile>", "")), 400,
                "BAD_REQUEST");
        assertRefused(admin.post(url, UPDATE, "<UpdateVdcStorageProfiles xmlns=\"" + Http.NS + "\" name=\"x\"/>"),
                400, "BAD_REQUEST");
        assertRefused(admin.post(url, UPDATE, "<UpdateVdcStorageProfiles xmlns=\"" + Http.NS + "\"><Limit>"),
                400, null);
        assertRefused(admin.post(url, UPDATE, remove(otherRefs.get("*"))), 400, "INVALID_REFERENCE");
        // gold made the default and * disabled, as the rest of this test wants them
        finished(admin.post(url, UPDATE, add("gold", true, 0, true, pvdcProfiles.get("gold"))));
        Element star = refs(admin, vdc).get("*");
        assertThat(put(star.getAttribute("href"), false, false, 0).status).isEqualTo(200);
        assertRefused(admin.post("/api/admin/vdc/" + UUID.randomUUID() + "/vdcStorageProfiles", UPDATE,
                add("silver", true, 0, false, pvdcProfiles.get("silver"))), 403, null);
        assertRefused(tenant.post(url, UPDATE, add("silver", true, 0, false, pvdcProfiles.get("silver"))), 403,
                null);
        assertRefused(tenant.put(star.getAttribute("href"), PROFILE, "<AdminVdcStorageProfile xmlns=\"" + Http.NS
                + "\"><Enabled>true</Enabled></AdminVdcStorageProfile>"), 403, null);
        assertThat(refs(admin, vdc)).containsOnlyKeys("*", "gold");
        assertThat(refs(admin, other)).containsOnlyKeys("*");

        // a provider VDC profile a VDC draws on is not removed from the provider VDC
        Http.Res pvdc = admin.get(admin.get(pvdcHref).link("alternate",
                "application/vnd.vmware.admin.vmwprovidervdc+xml"));
        String vmw = "application/vnd.vmware.admin.vmwPvdcStorageProfile+xml";
        String gold = pvdcProfiles.get("gold");
        Http.Res vmwGold = admin.get(gold.replace("/api/admin/pvdcStorageProfile/",
                "/api/admin/extension/pvdcStorageProfile/"));
        assertThat(admin.put(vmwGold.link("edit", vmw), vmw, "<vmext:VMWProviderVdcStorageProfile xmlns:vmext=\""
                + Http.VMEXT + "\" xmlns=\"" + Http.NS + "\" name=\"gold\"><Enabled>false</Enabled><Units>MB</Units>"
                + "</vmext:VMWProviderVdcStorageProfile>").status).isEqualTo(200);
        String pvdcUpdate = "application/vnd.vmware.admin.updateProviderVdcStorageProfiles+xml";
        Http.Res refused = admin.post(pvdc.link("edit", pvdcUpdate), pvdcUpdate,
                "<vmext:UpdateProviderVdcStorageProfiles xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:RemoveStorageProfile "
                        + "href=\"" + gold + "\"/></vmext:UpdateProviderVdcStorageProfiles>");
        assertRefused(refused, 400, "BAD_REQUEST");
        assertThat(refused.body).contains("in use");
        // and a disabled one is not added to a VDC
        assertRefused(admin.post(other + "/vdcStorageProfiles", UPDATE, add("gold", true, 0, false, gold)), 400,
                "BAD_REQUEST");
        admin.put(vmwGold.link("edit", vmw), vmw, "<vmext:VMWProviderVdcStorageProfile xmlns:vmext=\"" + Http.VMEXT
                + "\" xmlns=\"" + Http.NS + "\" name=\"gold\"><Enabled>true</Enabled><Units>MB</Units>"
                + "</vmext:VMWProviderVdcStorageProfile>");

        // go-vcloud-director's ProviderVdcExtended.DisableStorageProfile: {"enabled":false} in JSON at the /api/admin href
        Http.Res off = admin.put(gold, "application/json", "{\"enabled\":false}");
        assertThat(off.status).as(off.body).isEqualTo(200);
        assertThat(admin.get(gold).child("Enabled").getTextContent()).isEqualTo("false");
        assertRefused(admin.put(gold, "application/json", "{}"), 400, "BAD_REQUEST");
        assertThat(admin.put(gold, "application/json", "{\"enabled\":true}").status).isEqualTo(200);
        assertThat(admin.get(gold).child("Enabled").getTextContent()).isEqualTo("true");
    }

    /** MergeMetadataWithMetadataValues: one string entry POSTed to the profile's metadata; the 202. */
    static Http.Res merge(String href, String key, String value) {
        return admin.post(href + "/metadata", METADATA, "<Metadata xmlns=\"" + Http.NS + "\" xmlns:xsi=\"" + XSI
                + "\"><MetadataEntry><Key>" + key + "</Key><TypedValue xsi:type=\"MetadataStringValue\"><Value>"
                + value + "</Value></TypedValue></MetadataEntry></Metadata>");
    }

    /** A MetadataValue's TypedValue/Value. */
    static String value(Http.Res metadataValue) {
        assertThat(metadataValue.status).as(metadataValue.body).isEqualTo(200);
        return metadataValue.root().getElementsByTagNameNS(Http.NS, "Value").item(0).getTextContent();
    }

    static void assertRefused(Http.Res r, int status, String minor) {
        assertThat(r.status).as(r.body).isEqualTo(status);
        assertThat(r.root().getLocalName()).isEqualTo("Error");
        if (minor != null) {
            assertThat(r.minor()).as(r.body).isEqualTo(minor);
        }
    }

    /** Metadata on a storage profile: its own, not its VDC's, at the admin and the user path. */
    @Test
    void aProfileCarriesMetadataOfItsOwn() {
        String vdc = newVdc();
        String star = refs(admin, vdc).get("*").getAttribute("href");
        String userStar = refs(tenant, vdc.replace("/api/admin/vdc/", "/api/vdc/")).get("*").getAttribute("href");
        Http.Res merged = merge(star, "tier", "fast");
        assertThat(merged.status).as(merged.body).isEqualTo(202);
        assertThat(admin.awaitTask(merged).attr("status")).isEqualTo("success");

        Http.Res list = admin.get(star + "/metadata");
        assertThat(list.status).as(list.body).isEqualTo(200);
        assertThat(list.children("MetadataEntry")).hasSize(1);
        assertThat(list.link("add", METADATA)).isEqualTo(star + "/metadata");
        assertThat(admin.get(vdc + "/metadata").children("MetadataEntry")).as("the VDC's is apart").isEmpty();
        Http.Res read = tenant.get(userStar + "/metadata");
        assertThat(read.status).as(read.body).isEqualTo(200);
        assertThat(read.children("MetadataEntry")).hasSize(1);
        assertThat(read.links("add", METADATA)).isEmpty();
        assertThat(value(tenant.get(userStar + "/metadata/GENERAL/tier"))).isEqualTo("fast");

        Http.Res put = admin.put(star + "/metadata/GENERAL/tier", VALUE, "<MetadataValue xmlns=\"" + Http.NS
                + "\" xmlns:xsi=\"" + XSI + "\"><TypedValue xsi:type=\"MetadataStringValue\"><Value>faster</Value>"
                + "</TypedValue></MetadataValue>");
        assertThat(admin.awaitTask(put).attr("status")).isEqualTo("success");
        assertThat(value(admin.get(star + "/metadata/tier"))).isEqualTo("faster");
        assertRefused(tenant.post(userStar + "/metadata", METADATA, "<Metadata xmlns=\"" + Http.NS + "\"/>"), 403,
                null);
        assertRefused(tenant.delete(userStar + "/metadata/GENERAL/tier"), 403, null);
        assertRefused(admin.get(star + "/metadata/GENERAL/missing"), 403, null);
        assertThat(admin.awaitTask(admin.delete(star + "/metadata/GENERAL/tier")).attr("status"))
                .isEqualTo("success");
        assertThat(admin.get(star + "/metadata").children("MetadataEntry")).isEmpty();
        assertRefused(admin.get("/api/admin/vdcStorageProfile/" + UUID.randomUUID() + "/metadata"), 403, null);
    }
}
