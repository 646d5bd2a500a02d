package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.model.AdminOrg;
import io.vcdsim.model.Link;
import io.vcdsim.model.Org;
import io.vcdsim.model.OrgIdentityDocuments;
import io.vcdsim.model.OrgLdapSettings;
import io.vcdsim.model.OrgList;
import io.vcdsim.model.OrgPasswordPolicySettings;
import io.vcdsim.model.OrgSettings;
import io.vcdsim.model.Resource;
import io.vcdsim.model.SettingsFields;
import io.vcdsim.model.VCloud;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.OrgIdentityStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.OrgSettingsRow;
import io.vcdsim.store.PasswordPolicy;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UserRow;
import io.vcdsim.store.VdcRow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Organizations: the tenant view, the admin view, the list of those the viewer sees, and the System root. */
public final class OrgView {
    private OrgView() {
    }

    /** The orgs the viewer may see. */
    public static OrgList list(Tx tx, Viewer v) {
        OrgList list = new OrgList();
        list.href = v.href("/api/org");
        list.type = MediaTypes.xml(MediaTypes.ORG_LIST);
        for (OrgRow o : tx.orgs().all()) {
            if (v.principal().canSee(o.id())) {
                list.org.add(v.ref(Kind.ORG, o.id(), o.name()));
            }
        }
        return list;
    }

    /**
     * Another org as a user of an org it shares catalogs with reads it: its names, and the catalogs it shares with the
     * reader's org; nothing of its VDCs, networks, tasks or administration.
     */
    public static Org sharingCatalogs(Tx tx, Viewer v, OrgRow o) {
        Org org = v.entity(new Org(), Kind.ORG, o.id(), o.name());
        org.description = o.description();
        org.fullName = o.fullName();
        org.isEnabled = o.enabled();
        for (CatalogRow c : tx.resources().catalogsSharedWith(v.principal().orgId())) {
            if (c.orgId().equals(o.id())) {
                org.link(new Link("down", v.href(Kind.CATALOG, c.id()), MediaTypes.xml(MediaTypes.CATALOG), c.name()));
            }
        }
        return org;
    }

    public static Org of(Tx tx, Viewer v, OrgRow o) {
        Org org = v.entity(new Org(), Kind.ORG, o.id(), o.name());
        Viewer.metadataLink(org);
        org.description = o.description();
        org.fullName = o.fullName();
        org.isEnabled = o.enabled();
        Principal p = v.principal();
        if (v.version().atLeast(ApiVersion.V33)) {
            // pyvcloud (33.0+) takes the first records link whose href contains "vdc", then "catalog"
            String filter = URLEncoder.encode("org==" + Kind.ORG.urn(o.id()), StandardCharsets.UTF_8);
            org.link("down", v.href("/api/query?type=orgVdc&format=records&filter=" + filter),
                    MediaTypes.xml(MediaTypes.QUERY_RECORDS));
            org.link("down", v.href("/api/query?type=catalog&format=records&filter=" + filter),
                    MediaTypes.xml(MediaTypes.QUERY_RECORDS));
        } else {
            for (VdcRow vdc : tx.resources().vdcs(o.id())) {
                org.link(new Link("down", v.href(Kind.VDC, vdc.id()), MediaTypes.xml(MediaTypes.VDC), vdc.name()));
            }
            // its own catalogs, then those other orgs publish or share with it (go-vcloud-director's GetCatalogByName)
            List<CatalogRow> catalogs = new ArrayList<>(tx.resources().catalogs(o.id()));
            catalogs.addAll(tx.resources().catalogsSharedWith(o.id()));
            for (CatalogRow c : catalogs) {
                org.link(new Link("down", v.href(Kind.CATALOG, c.id()), MediaTypes.xml(MediaTypes.CATALOG), c.name()));
            }
            for (NetworkRow n : tx.networks().ofOrg(o.id())) {
                org.link(new Link("down", v.href(Kind.NETWORK, n.id()), MediaTypes.xml(MediaTypes.ORG_NETWORK),
                        n.name()));
            }
        }
        org.link("down", v.href("/api/tasksList/" + o.id()), MediaTypes.xml(MediaTypes.TASKS_LIST));
        if (p.has(Right.CATALOG_MANAGE)) {
            // pyvcloud creates catalogs through this link of the tenant view
            org.link("add", v.adminHref(Kind.ORG, o.id()) + "/catalogs", MediaTypes.xml(MediaTypes.ADMIN_CATALOG));
        }
        if (p.has(Right.ADMIN_VIEW)) {
            v.adminLink(org, "alternate", Kind.ORG, o.id());
        }
        if (!o.system() && p.has(Right.VDC_VIEW)) {
            // the VDC templates published to the org, and where its administrators instantiate one
            org.link("down", v.href("/api/vdcTemplates"), MediaTypes.xml(MediaTypes.VDC_TEMPLATES));
            if (p.has(Right.ORG_EDIT)) {
                org.link("instantiate", v.href(Kind.ORG, o.id()) + "/action/instantiate",
                        MediaTypes.xml(MediaTypes.INSTANTIATE_VDC_TEMPLATE_PARAMS));
            }
        }
        org.tasks = TaskView.active(tx, v, o.id());
        return org;
    }

    public static AdminOrg admin(Tx tx, Viewer v, OrgRow o) {
        Principal p = v.principal();
        AdminOrg a = new AdminOrg();
        a.href = v.adminHref(Kind.ORG, o.id());
        a.type = MediaTypes.xml(MediaTypes.ADMIN_ORG);
        Viewer.metadataLink(a);
        a.name = o.name();
        a.id = Kind.ORG.urn(o.id());
        a.description = o.description();
        a.fullName = o.fullName();
        a.isEnabled = o.enabled();
        a.tasks = TaskView.active(tx, v, o.id());
        v.link(a, "alternate", Kind.ORG, o.id());
        if (p.has(Right.ORG_EDIT)) {
            a.link("edit", a.href, MediaTypes.xml(MediaTypes.ADMIN_ORG));
        }
        if (p.has(Right.USER_MANAGE)) {
            a.link("add", a.href + "/users", MediaTypes.xml(MediaTypes.USER));
        }
        if (p.has(Right.ROLE_MANAGE)) {
            a.link("add", a.href + "/roles", MediaTypes.xml(MediaTypes.ROLE));
        }
        if (p.has(Right.CATALOG_MANAGE)) {
            a.link("add", a.href + "/catalogs", MediaTypes.xml(MediaTypes.ADMIN_CATALOG));
        }
        if (p.isSystemAdmin()) {
            if (!o.system()) {
                a.link("add", a.href + "/vdcsparams", MediaTypes.xml(MediaTypes.CREATE_VDC_PARAMS));
            }
            a.link("task:create", v.href("/api/tasksList/" + o.id()), MediaTypes.xml(MediaTypes.TASK));
            a.link("event:create", a.href + "/events", MediaTypes.xml(MediaTypes.EVENT));
        }
        if (p.isSystemAdmin() && !o.system()) {
            a.link("remove", a.href, null);
            a.link(o.enabled() ? "disable" : "enable", a.href + "/action/" + (o.enabled() ? "disable" : "enable"),
                    null);
        }
        a.settings = settings(v, o.id(), tx.orgs().settings(o.id()), tx.sessions().policy(o.id()),
                OrgIdentityDocuments.ldap(tx.store(OrgIdentityStore::new).ldap(o.id())), p.has(Right.ORG_EDIT));
        a.users = new ArrayList<>();
        for (UserRow u : tx.users().inOrg(o.id())) {
            a.users.add(v.ref(Kind.USER, u.id(), u.name()));
        }
        a.catalogs = new ArrayList<>();
        for (CatalogRow c : tx.resources().catalogs(o.id())) {
            a.catalogs.add(v.adminRef(Kind.CATALOG, c.id(), c.name()));
        }
        // an AdminOrg names the admin views of its VDCs and networks, as vCD does (go-vcloud-director's
        // GetAdminVDCByName reads an AdminVdc, its NetworkPoolReference included, from this href)
        a.vdcs = new ArrayList<>();
        for (VdcRow vdc : tx.resources().vdcs(o.id())) {
            a.vdcs.add(v.adminRef(Kind.VDC, vdc.id(), vdc.name()));
        }
        a.networks = new ArrayList<>();
        for (NetworkRow n : tx.networks().ofOrg(o.id())) {
            a.networks.add(v.adminRef(Kind.NETWORK, n.id(), n.name()));
        }
        a.roleReferences = new ArrayList<>();
        for (RoleRow role : tx.roles().inOrg(o.id())) {
            a.roleReferences.add(v.ref(Kind.ROLE, role.id(), role.name()));
        }
        return a;
    }

    /** The System root {@code /api/admin}: the orgs the viewer sees, their org's roles, and every right. */
    public static VCloud vcloud(Tx tx, Viewer v) {
        Principal p = v.principal();
        VCloud root = new VCloud();
        root.href = v.href("/api/admin");
        root.type = MediaTypes.xml(MediaTypes.VCLOUD);
        root.name = "vCloud";
        root.description = ApiVersion.PRODUCT;
        if (p.isSystemAdmin()) {
            root.link("add", v.href("/api/admin/orgs"), MediaTypes.xml(MediaTypes.ADMIN_ORG));
        }
        root.link("down", v.href("/api/query"), MediaTypes.xml(MediaTypes.QUERY_LIST));
        for (OrgRow o : tx.orgs().all()) {
            if (p.canSee(o.id())) {
                root.organizationReferences.add(v.adminRef(Kind.ORG, o.id(), o.name()));
            }
        }
        for (RoleRow role : tx.roles().inOrg(p.orgId())) {
            root.roleReferences.add(v.ref(Kind.ROLE, role.id(), role.name()));
        }
        if (p.isSystemAdmin()) {
            for (InventoryStore.ProviderVdc pvdc : tx.store(InventoryStore::new).providerVdcs()) {
                root.providerVdcReferences.add(v.ref(Kind.PROVIDER_VDC, pvdc.id(), pvdc.name()));
            }
        }
        for (RightsCatalog.Entry right : tx.store(ServiceRightStore::new).catalog().all()) {
            root.rightReferences.add(v.ref(Kind.RIGHT, right.id(), right.name()));
        }
        return root;
    }

    /** An org's settings, each section with its own href (and an edit link for who may change it). */
    public static OrgSettings settings(Viewer v, UUID orgId, OrgSettingsRow s, PasswordPolicy policy,
                                       OrgLdapSettings ldap, boolean editable) {
        String base = v.adminHref(Kind.ORG, orgId) + "/settings";
        OrgSettings all = section(new OrgSettings(), base, MediaTypes.ORG_SETTINGS, editable);
        OrgIdentityView.links(all, base);
        all.general = section(new OrgSettings.OrgGeneralSettings(), base + "/general",
                MediaTypes.ORG_GENERAL_SETTINGS, editable);
        all.general.canPublishCatalogs = s.canPublishCatalogs();
        all.general.canPublishExternally = s.canPublishExternally();
        all.general.canSubscribe = s.canSubscribe();
        all.general.deployedVmQuota = s.deployedVmQuota();
        all.general.storedVmQuota = s.storedVmQuota();
        all.general.useServerBootSequence = s.useServerBootSequence();
        all.general.delayAfterPowerOnSeconds = s.delayAfterPowerOnSeconds();
        all.vAppLease = section(new OrgSettings.VAppLeaseSettings(), base + "/vAppLeaseSettings",
                MediaTypes.VAPP_LEASE_SETTINGS, editable);
        all.vAppLease.deleteOnStorageLeaseExpiration = s.vAppDeleteOnStorageExpiry();
        all.vAppLease.deploymentLeaseSeconds = s.vAppDeploymentLeaseSeconds();
        all.vAppLease.storageLeaseSeconds = s.vAppStorageLeaseSeconds();
        all.vAppLease.powerOffOnRuntimeLeaseExpiration = s.vAppPowerOffOnRuntimeExpiry();
        all.vAppTemplateLease = section(new OrgSettings.VAppTemplateLeaseSettings(), base
                + "/vAppTemplateLeaseSettings", MediaTypes.VAPP_TEMPLATE_LEASE_SETTINGS, editable);
        all.vAppTemplateLease.deleteOnStorageLeaseExpiration = s.templateDeleteOnStorageExpiry();
        all.vAppTemplateLease.storageLeaseSeconds = s.templateStorageLeaseSeconds();
        SettingsFields.hideSecrets(ldap);
        all.ldap = section(ldap, base + "/ldap", MediaTypes.ORG_LDAP_SETTINGS, editable);
        all.passwordPolicy = passwordPolicy(v, orgId, policy, editable);
        return all;
    }

    private static <R extends Resource> R section(R r, String href, String mediaType, boolean editable) {
        r.href = href;
        r.type = MediaTypes.xml(mediaType);
        if (editable) {
            r.link("edit", href, r.type);
        }
        return r;
    }

    /** An org's password policy, editable where the caller may change the org. */
    public static OrgPasswordPolicySettings passwordPolicy(Viewer v, UUID orgId, PasswordPolicy p, boolean editable) {
        OrgPasswordPolicySettings view = new OrgPasswordPolicySettings();
        view.href = v.adminHref(Kind.ORG, orgId) + "/settings/passwordPolicy";
        view.type = MediaTypes.xml(MediaTypes.ORG_PASSWORD_POLICY);
        v.adminLink(view, "up", Kind.ORG, orgId);
        if (editable) {
            view.link("edit", view.href, view.type);
        }
        view.accountLockoutEnabled = p.lockoutEnabled();
        view.invalidLoginsBeforeLockout = p.invalidLogins();
        view.accountLockoutIntervalMinutes = p.lockoutMinutes();
        return view;
    }
}
