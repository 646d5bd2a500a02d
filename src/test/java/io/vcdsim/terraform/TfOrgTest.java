package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.UUID;

import static io.vcdsim.terraform.TfTenancyCalls.ADMIN_ORG;
import static io.vcdsim.terraform.TfTenancyCalls.adminOrgByName;
import static io.vcdsim.terraform.TfTenancyCalls.adminOrgByNameOrId;
import static io.vcdsim.terraform.TfTenancyCalls.awaitAsTask;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_org}, its documented example (leases included) applied, refreshed, changed and destroyed by
 * a system administrator, replayed as go-vcloud-director sends it.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_org.go} (resourceOrgCreate, getSettings,
 * resourceOrgRead, setOrgData, resourceOrgUpdate, resourceOrgDelete), {@code vcd/metadata.go}
 * (updateMetadataInStateDeprecated: two metadata reads per refresh) and {@code website/docs/r/org.html.markdown}; and
 * go-vcloud-director v2.22.0 {@code govcd/system.go} (CreateOrg, GetAdminOrgByName, GetAdminOrgById,
 * GetAdminOrgByNameOrId), {@code govcd/adminorg.go} (Update, Delete, Disable), {@code govcd/metadata_v2.go}
 * (getMetadata), {@code govcd/api.go} (ExecuteTaskRequest) and {@code govcd/task.go} (WaitTaskCompletion).
 * The {@code account_lockout} block came later, in terraform-provider-vcd v3.14.0 (same file, with
 * go-vcloud-director v2.26.0, whose {@code types.OrgSettings} gained {@code OrgPasswordPolicySettings}): the
 * same calls carry it in the org's settings. The destroy's emptying of an org with contents is in
 * {@link TfOrgContents}.
 */
class TfOrgTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    /** The arguments of vcd_org that reach vCD; lockout is v3.14's account_lockout block (null: absent). */
    record OrgConfig(String name, String fullName, String description, boolean enabled, int vappRuntime,
                     boolean vappPowerOff, int vappStorage, boolean vappDelete, int templateStorage,
                     boolean templateDelete, Lockout lockout) {
        OrgConfig withDescription(String d) {
            return new OrgConfig(name, fullName, d, enabled, vappRuntime, vappPowerOff, vappStorage, vappDelete,
                    templateStorage, templateDelete, lockout);
        }

        OrgConfig withLeases(int runtime, boolean powerOff, int templateStorageSeconds) {
            return new OrgConfig(name, fullName, description, enabled, runtime, powerOff, vappStorage, vappDelete,
                    templateStorageSeconds, templateDelete, lockout);
        }

        OrgConfig withLockout(Lockout l) {
            return new OrgConfig(name, fullName, description, enabled, vappRuntime, vappPowerOff, vappStorage,
                    vappDelete, templateStorage, templateDelete, l);
        }
    }

    record Lockout(boolean enabled, int invalidLogins, int intervalMinutes) {
    }

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
    }

    /** website/docs/r/org.html.markdown's example, under a name of its own. */
    static OrgConfig documented() {
        return new OrgConfig("my-org-" + UUID.randomUUID().toString().substring(0, 8), "My organization",
                "The pride of my work", true, 3600, true, 0, false, 604800, true, null);
    }

    // ---- the bodies go-vcloud-director marshals ----

    /**
     * getSettings as CreateOrg and AdminOrg.Update send it: general settings with only what is not a zero value
     * (can_publish_catalogs defaults to true; UseServerBootSequence is always added), both leases, the LDAP section
     * an update read (none on creation), the lockout.
     */
    static String settingsContent(OrgConfig c, String ldap) {
        String lockout = c.lockout() == null ? "" : "<OrgPasswordPolicySettings xmlns=\"" + Http.NS + "\">"
                + "<AccountLockoutEnabled>" + c.lockout().enabled() + "</AccountLockoutEnabled>"
                + "<InvalidLoginsBeforeLockout>" + c.lockout().invalidLogins() + "</InvalidLoginsBeforeLockout>"
                + "<AccountLockoutIntervalMinutes>" + c.lockout().intervalMinutes()
                + "</AccountLockoutIntervalMinutes></OrgPasswordPolicySettings>";
        return "<OrgGeneralSettings><CanPublishCatalogs>true</CanPublishCatalogs>"
                + "<UseServerBootSequence>true</UseServerBootSequence></OrgGeneralSettings>"
                + "<VAppLeaseSettings><DeleteOnStorageLeaseExpiration>" + c.vappDelete()
                + "</DeleteOnStorageLeaseExpiration><DeploymentLeaseSeconds>" + c.vappRuntime()
                + "</DeploymentLeaseSeconds><StorageLeaseSeconds>" + c.vappStorage() + "</StorageLeaseSeconds>"
                + "<PowerOffOnRuntimeLeaseExpiration>" + c.vappPowerOff() + "</PowerOffOnRuntimeLeaseExpiration>"
                + "</VAppLeaseSettings><VAppTemplateLeaseSettings><DeleteOnStorageLeaseExpiration>"
                + c.templateDelete() + "</DeleteOnStorageLeaseExpiration><StorageLeaseSeconds>" + c.templateStorage()
                + "</StorageLeaseSeconds></VAppTemplateLeaseSettings>" + ldap + lockout;
    }

    /** types.AdminOrg as marshalled: IsEnabled and Description are omitted when false or empty. */
    static String adminOrgXml(OrgConfig c, String settingsOpenTag, String ldap) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AdminOrg xmlns=\"" + Http.NS + "\" name=\"" + c.name()
                + "\">" + (c.description().isEmpty() ? "" : "<Description>" + c.description() + "</Description>")
                + "<FullName>" + c.fullName() + "</FullName>" + (c.enabled() ? "<IsEnabled>true</IsEnabled>" : "")
                + settingsOpenTag + settingsContent(c, ldap) + "</Settings></AdminOrg>";
    }

    /**
     * AdminOrg.Update keeps the Settings element it read (its href, type and links), with the parts terraform set
     * replaced: v2.22's types.OrgSettings has no password policy, so a v3.11 update sends none.
     */
    static String settingsOpenTagAsRead(Http.Res adminOrg) {
        Element settings = adminOrg.child("Settings");
        return "<Settings href=\"" + settings.getAttribute("href") + "\" type=\"" + settings.getAttribute("type")
                + "\">" + links(settings);
    }

    /**
     * The OrgLdapSettings read, as types.OrgLdapSettingsType marshals it back. resourceOrgUpdate dereferences it
     * (ldapSettings.CustomOrgLdapSettings), so an AdminOrg without it panics the provider; with no custom
     * settings it is sent back as read.
     */
    static String ldapAsRead(Http.Res adminOrg) {
        Element ldap = first(adminOrg.child("Settings"), "OrgLdapSettings");
        assertThat(Http.Res.children(ldap, "CustomOrgLdapSettings")).isEmpty();
        String mode = text(ldap, "OrgLdapMode");
        assertThat(mode).isIn("NONE", "SYSTEM", "CUSTOM");
        return "<OrgLdapSettings href=\"" + ldap.getAttribute("href") + "\" type=\"" + ldap.getAttribute("type")
                + "\">" + links(ldap) + "<OrgLdapMode>" + mode + "</OrgLdapMode></OrgLdapSettings>";
    }

    /** types.Link as marshalled: href, type, rel. */
    static String links(Element parent) {
        StringBuilder b = new StringBuilder();
        for (Element link : Http.Res.children(parent, "Link")) {
            b.append("<Link href=\"").append(link.getAttribute("href")).append("\" type=\"")
                    .append(link.getAttribute("type")).append("\" rel=\"").append(link.getAttribute("rel"))
                    .append("\"></Link>");
        }
        return b.toString();
    }

    // ---- terraform's steps ----

    /** resourceOrgCreate: CreateOrg, its "task" awaited, the org found by name; then the refresh. */
    static String apply(OrgConfig c) {
        Http.Res created = admin.post("/api/admin/orgs", ADMIN_ORG, adminOrgXml(c, "<Settings>", ""));
        assertThat(created.status).as(created.body).isEqualTo(201);
        awaitAsTask(admin, created);
        Http.Res found = adminOrgByName(admin, c.name());
        assertThat(found).as("GetAdminOrgByName after the creation").isNotNull();
        assertThat(found.attr("href")).isNotEmpty();
        return found.attr("id");
    }

    /** resourceOrgRead: GetAdminOrgByNameOrId with the state's id, then the org's metadata twice; null: gone. */
    static Http.Res refresh(String id) {
        Http.Res org = adminOrgByNameOrId(admin, id);
        if (org == null) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            Http.Res metadata = admin.send(admin.request(org.attr("href") + "/metadata/")
                    .header("Content-Type", "application/vnd.vmware.vcloud.metadata+xml").GET());
            assertThat(metadata.status).as(metadata.body).isEqualTo(200);
            assertThat(metadata.root().getLocalName()).isEqualTo("Metadata");
        }
        return org;
    }

    /** resourceOrgUpdate: the org found again, its fields and settings set from the configuration, PUT to its href. */
    static void change(String id, OrgConfig c) {
        Http.Res org = adminOrgByNameOrId(admin, id);
        Http.Res updated = admin.put(org.attr("href"), ADMIN_ORG, adminOrgXml(c, settingsOpenTagAsRead(org),
                ldapAsRead(org)));
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        awaitAsTask(admin, updated);
    }

    /** resourceOrgDelete with delete_force and delete_recursive: the org's contents emptied, disabled, deleted. */
    static void destroy(String id) {
        Http.Res org = adminOrgByNameOrId(admin, id);
        for (String list : new String[] {"Vdcs", "Catalogs", "Networks"}) {
            // AdminOrg.Delete ranges over each list's children: a missing list is a nil dereference
            assertThat(org.child(list)).as(list).isNotNull();
        }
        TfOrgContents.remove(admin, org);
        Http.Res disabled = admin.post(org.attr("href") + "/action/disable", null, null);
        assertThat(disabled.status).as(disabled.body).isBetween(200, 204);
        Http.Res deleted = admin.delete(org.attr("href") + "?force=true&recursive=true");
        assertThat(deleted.status).as(deleted.body).isEqualTo(202);
        assertThat(deleted.root().getLocalName()).isEqualTo("Task");
        assertThat(awaitAsTask(admin, deleted).attr("status")).isEqualTo("success");
    }

    /** What setOrgData puts in the state, compared with the configuration. */
    static void assertMatches(Http.Res org, OrgConfig c) {
        assertThat(org.attr("name")).isEqualTo(c.name());
        assertThat(org.childText("FullName")).isEqualTo(c.fullName());
        assertThat(org.childText("Description")).isEqualTo(c.description());
        assertThat(org.childText("IsEnabled")).isEqualTo(String.valueOf(c.enabled()));
        Element settings = org.child("Settings");
        Element general = first(settings, "OrgGeneralSettings");
        assertThat(text(general, "CanPublishCatalogs")).isEqualTo("true");
        assertThat(text(general, "DeployedVMQuota")).isEqualTo("0");
        assertThat(text(general, "StoredVmQuota")).isEqualTo("0");
        assertThat(text(general, "DelayAfterPowerOnSeconds")).isEqualTo("0");
        Element vapp = first(settings, "VAppLeaseSettings");
        assertThat(text(vapp, "DeploymentLeaseSeconds")).isEqualTo(String.valueOf(c.vappRuntime()));
        assertThat(text(vapp, "PowerOffOnRuntimeLeaseExpiration")).isEqualTo(String.valueOf(c.vappPowerOff()));
        assertThat(text(vapp, "StorageLeaseSeconds")).isEqualTo(String.valueOf(c.vappStorage()));
        assertThat(text(vapp, "DeleteOnStorageLeaseExpiration")).isEqualTo(String.valueOf(c.vappDelete()));
        Element template = first(settings, "VAppTemplateLeaseSettings");
        assertThat(text(template, "StorageLeaseSeconds")).isEqualTo(String.valueOf(c.templateStorage()));
        assertThat(text(template, "DeleteOnStorageLeaseExpiration")).isEqualTo(String.valueOf(c.templateDelete()));
        // number_of_catalogs, list_of_vdcs and the like range over these lists
        assertThat(org.child("Catalogs")).isNotNull();
        assertThat(org.child("Vdcs")).isNotNull();
    }

    static void assertLockout(Http.Res org, Lockout l) {
        Element policy = first(org.child("Settings"), "OrgPasswordPolicySettings");
        assertThat(text(policy, "AccountLockoutEnabled")).isEqualTo(String.valueOf(l.enabled()));
        assertThat(text(policy, "InvalidLoginsBeforeLockout")).isEqualTo(String.valueOf(l.invalidLogins()));
        assertThat(text(policy, "AccountLockoutIntervalMinutes")).isEqualTo(String.valueOf(l.intervalMinutes()));
    }

    static Element first(Element parent, String name) {
        assertThat(Http.Res.children(parent, name)).as(name).hasSize(1);
        return Http.Res.children(parent, name).get(0);
    }

    static String text(Element parent, String name) {
        return first(parent, name).getTextContent();
    }

    // ---- the replays ----

    @Test
    void applyMakesTheDocumentedOrgAndTheRefreshReadsItBack() {
        OrgConfig c = documented();
        String id = apply(c);
        assertThat(id).startsWith("urn:vcloud:org:");
        Http.Res org = refresh(id);
        assertThat(org).isNotNull();
        assertThat(org.attr("id")).isEqualTo(id);
        assertMatches(org, c);
        assertThat(org.child("Catalogs").getChildNodes().getLength()).isZero();
        assertThat(org.child("Vdcs").getChildNodes().getLength()).isZero();
    }

    @Test
    void aChangeOfDescriptionAndLeasesIsPutBackWithTheSettingsAsRead() {
        OrgConfig c = documented();
        String id = apply(c);
        OrgConfig changed = c.withDescription("The pride of my work, renewed").withLeases(7200, false, 2592000);
        change(id, changed);
        Http.Res org = refresh(id);
        assertMatches(org, changed);
        assertThat(org.attr("id")).as("an update keeps the org").isEqualTo(id);
    }

    @Test
    void destroyDisablesAndDeletesTheOrgAndTheNextRefreshFindsItGone() {
        OrgConfig c = documented();
        String id = apply(c);
        destroy(id);
        // GetAdminOrgById finds it in no list, nor does the same id taken as a name: ErrorEntityNotFound
        assertThat(refresh(id)).isNull();
        assertThat(adminOrgByName(admin, c.name())).isNull();
    }

    @Test
    void destroyingAnOrgWithAVdcNetworkAndCatalogEmptiesItFirst() {
        Http.Res acme = adminOrgByName(admin, "acme");
        assertThat(Http.Res.children(acme.child("Vdcs"), "Vdc")).isNotEmpty();
        assertThat(Http.Res.children(acme.child("Networks"), "Network")).isNotEmpty();
        assertThat(Http.Res.children(acme.child("Catalogs"), "CatalogReference")).isNotEmpty();
        destroy(acme.attr("id"));
        assertThat(refresh(acme.attr("id"))).isNull();
    }

    @Test
    void theAccountLockoutBlockOfV314IsSentInTheSettingsAndAV311UpdateLeavesItAsItIs() {
        OrgConfig c = documented().withLockout(new Lockout(true, 10, 60));
        String id = apply(c);
        assertLockout(refresh(id), c.lockout());

        OrgConfig changed = c.withLockout(new Lockout(true, 5, 30));
        change(id, changed);
        assertLockout(refresh(id), changed.lockout());

        // a v3.11 update (go-vcloud-director 2.22's settings have no password policy) sends none: it stays
        change(id, changed.withLockout(null).withDescription("no lockout block"));
        Http.Res org = refresh(id);
        assertThat(org.childText("Description")).isEqualTo("no lockout block");
        assertLockout(org, changed.lockout());
        destroy(id);
    }

    @Test
    void anApplyOfAnOrgWhoseNameIsTakenFailsWithAVcloudError() {
        OrgConfig c = documented();
        apply(c);
        Http.Res again = admin.post("/api/admin/orgs", ADMIN_ORG, adminOrgXml(c, "<Settings>", ""));
        assertThat(again.status).isEqualTo(400);
        assertThat(again.root().getLocalName()).isEqualTo("Error");
        assertThat(again.minor()).isEqualTo("DUPLICATE_NAME");

        Http.Res badLockout = admin.post("/api/admin/orgs", ADMIN_ORG, adminOrgXml(documented()
                .withLockout(new Lockout(true, 0, 60)), "<Settings>", ""));
        assertThat(badLockout.status).as(badLockout.body).isEqualTo(400);
        assertThat(badLockout.root().getLocalName()).isEqualTo("Error");
    }
}
