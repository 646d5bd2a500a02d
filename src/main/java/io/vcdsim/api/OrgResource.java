package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminOrg;
import io.vcdsim.model.OrgLdapSettings;
import io.vcdsim.model.OrgPasswordPolicySettings;
import io.vcdsim.model.OrgSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.OrgView;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Organizations: the tenant view ({@code /api/org}), the admin view and the System root ({@code /api/admin}). */
public final class OrgResource implements Routes {
    private final Database db;
    private final OrgService orgs;
    private final TaskViews tasks;

    public OrgResource(Database db, OrgService orgs, TaskViews tasks) {
        this.db = db;
        this.orgs = orgs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/org", this::orgList);
        r.get("/api/org/{id}", this::org);
        r.get("/api/admin", this::vcloud);
        r.post("/api/admin/orgs", this::create);
        r.get("/api/admin/org/{id}", this::adminOrg);
        r.put("/api/admin/org/{id}", this::update);
        r.delete("/api/admin/org/{id}", this::delete);
        r.get("/api/admin/org/{id}/settings", x -> settings(x, s -> s, MediaTypes.ORG_SETTINGS));
        r.put("/api/admin/org/{id}/settings", x -> putSettings(x, OrgSettings.class, "OrgSettings",
                MediaTypes.ORG_SETTINGS, in -> in, s -> s));
        section(r, "general", OrgSettings.OrgGeneralSettings.class, "OrgGeneralSettings",
                MediaTypes.ORG_GENERAL_SETTINGS, s -> s.general, (s, v) -> s.general = v);
        section(r, "vAppLeaseSettings", OrgSettings.VAppLeaseSettings.class, "VAppLeaseSettings",
                MediaTypes.VAPP_LEASE_SETTINGS, s -> s.vAppLease, (s, v) -> s.vAppLease = v);
        section(r, "vAppTemplateLeaseSettings", OrgSettings.VAppTemplateLeaseSettings.class,
                "VAppTemplateLeaseSettings", MediaTypes.VAPP_TEMPLATE_LEASE_SETTINGS, s -> s.vAppTemplateLease,
                (s, v) -> s.vAppTemplateLease = v);
        section(r, "ldap", OrgLdapSettings.class, "OrgLdapSettings", MediaTypes.ORG_LDAP_SETTINGS, s -> s.ldap,
                (s, v) -> s.ldap = v);
        r.get("/api/admin/org/{id}/settings/passwordPolicy", this::passwordPolicy);
        r.put("/api/admin/org/{id}/settings/passwordPolicy", this::putPasswordPolicy);
        r.post("/api/admin/org/{id}/action/enable", x -> setEnabled(x, true));
        r.post("/api/admin/org/{id}/action/disable", x -> setEnabled(x, false));
    }

    private OrgRow load(Exchange x, Right right) {
        return orgs.org(x.principal(), Hrefs.id(x, "id"), right);
    }

    Reply orgList(Exchange x) {
        x.principal().require(Right.ORG_VIEW);
        return Reply.ok(db.read(tx -> OrgView.list(tx, Hrefs.viewer(x))), MediaTypes.ORG_LIST);
    }

    Reply org(Exchange x) {
        Optional<OrgRow> sharing = orgs.sharingCatalogsWith(x.principal(), Hrefs.id(x, "id"));
        if (sharing.isPresent()) {
            return Reply.ok(db.read(tx -> OrgView.sharingCatalogs(tx, Hrefs.viewer(x), sharing.get())),
                    MediaTypes.ORG);
        }
        OrgRow o = load(x, Right.ORG_VIEW);
        return Reply.ok(db.read(tx -> OrgView.of(tx, Hrefs.viewer(x), o)), MediaTypes.ORG);
    }

    Reply vcloud(Exchange x) {
        x.principal().require(Right.ADMIN_VIEW);
        return Reply.ok(db.read(tx -> OrgView.vcloud(tx, Hrefs.viewer(x))), MediaTypes.VCLOUD);
    }

    Reply passwordPolicy(Exchange x) {
        OrgRow o = load(x, Right.ORG_VIEW);
        return Reply.ok(OrgView.passwordPolicy(Hrefs.viewer(x), o.id(), orgs.passwordPolicy(o.id()),
                x.principal().has(Right.ORG_EDIT)), MediaTypes.ORG_PASSWORD_POLICY);
    }

    Reply putPasswordPolicy(Exchange x) {
        OrgRow o = load(x, Right.ORG_EDIT);
        OrgPasswordPolicySettings in = x.read(OrgPasswordPolicySettings.class, "OrgPasswordPolicySettings",
                MediaTypes.ORG_PASSWORD_POLICY);
        return Reply.ok(OrgView.passwordPolicy(Hrefs.viewer(x), o.id(), orgs.updatePasswordPolicy(o.id(),
                in.accountLockoutEnabled, in.invalidLoginsBeforeLockout, in.accountLockoutIntervalMinutes), true),
                MediaTypes.ORG_PASSWORD_POLICY);
    }

    /** One section of an org's settings as a document of its own: read it, and PUT it alone. */
    private <T> void section(Router r, String name, Class<T> type, String root, String mediaType,
                             Function<OrgSettings, T> get, BiConsumer<OrgSettings, T> set) {
        String path = "/api/admin/org/{id}/settings/" + name;
        r.get(path, x -> settings(x, get::apply, mediaType));
        r.put(path, x -> putSettings(x, type, root, mediaType, in -> {
            OrgSettings only = new OrgSettings();
            set.accept(only, in);
            return only;
        }, get::apply));
    }

    /** One section of the org's settings (or all of them), as its own document. */
    private Reply settings(Exchange x, Function<OrgSettings, Object> section, String mediaType) {
        OrgRow o = load(x, Right.ADMIN_VIEW);
        OrgSettings all = OrgView.settings(Hrefs.viewer(x), o.id(), orgs.settings(o.id()), orgs.passwordPolicy(o.id()),
                orgs.ldap(o.id()), x.principal().has(Right.ORG_EDIT));
        return Reply.ok(section.apply(all), mediaType);
    }

    private <T> Reply putSettings(Exchange x, Class<T> type, String root, String mediaType,
                                  Function<T, OrgSettings> asSettings, Function<OrgSettings, Object> section) {
        OrgRow o = load(x, Right.ORG_EDIT);
        orgs.updateSettings(o.id(), asSettings.apply(x.read(type, root, mediaType)), TaskResource.caller(x.principal()));
        return settings(x, section, mediaType);
    }

    Reply adminOrg(Exchange x) {
        return Reply.ok(adminOrg(x, load(x, Right.ADMIN_VIEW)), MediaTypes.ADMIN_ORG);
    }

    private AdminOrg adminOrg(Exchange x, OrgRow o) {
        return db.read(tx -> OrgView.admin(tx, Hrefs.viewer(x), o));
    }

    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        AdminOrg body = x.read(AdminOrg.class, "AdminOrg", MediaTypes.ADMIN_ORG);
        OrgRow o = orgs.create(new OrgService.Changes(body.name, body.fullName, body.description, body.isEnabled,
                body.settings), TaskResource.caller(x.principal()));
        return Reply.created(adminOrg(x, o), MediaTypes.ADMIN_ORG, Hrefs.admin(x, Kind.ORG, o.id()));
    }

    Reply update(Exchange x) {
        OrgRow o = load(x, Right.ORG_EDIT);
        AdminOrg body = x.read(AdminOrg.class, "AdminOrg", MediaTypes.ADMIN_ORG);
        // PUT replaces: a system administrator's AdminOrg without IsEnabled disables a tenant org, as in vCD
        // (go-vcloud-director leaves a false out); others, and the System org, keep it as it is
        Boolean enabled = body.isEnabled != null || !x.principal().isSystemAdmin() || o.system() ? body.isEnabled
                : Boolean.FALSE;
        OrgRow updated = orgs.update(o.id(), new OrgService.Changes(body.name, body.fullName, body.description,
                enabled, body.settings), x.principal().isSystemAdmin(), TaskResource.caller(x.principal()));
        return Reply.ok(adminOrg(x, updated), MediaTypes.ADMIN_ORG);
    }

    Reply delete(Exchange x) {
        x.principal().requireSystemAdmin();
        OrgRow o = load(x, Right.ADMIN_CONTROL);
        return tasks.accepted(x, orgs.delete(o.id(), x.flag("force"), x.flag("recursive"),
                TaskResource.caller(x.principal())));
    }

    Reply setEnabled(Exchange x, boolean enabled) {
        x.principal().requireSystemAdmin();
        OrgRow o = load(x, Right.ADMIN_CONTROL);
        orgs.setEnabled(o.id(), enabled, TaskResource.caller(x.principal()));
        return Reply.noContent();
    }
}
