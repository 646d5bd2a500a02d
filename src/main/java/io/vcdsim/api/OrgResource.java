package io.vcdsim.api;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminOrg;
import io.vcdsim.model.Link;
import io.vcdsim.model.Org;
import io.vcdsim.model.OrgList;
import io.vcdsim.model.OrgSettings;
import io.vcdsim.model.VCloud;
import io.vcdsim.store.CatalogRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.UserRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tenancy.OrgService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;

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
        r.post("/api/admin/org/{id}/action/enable", x -> setEnabled(x, true));
        r.post("/api/admin/org/{id}/action/disable", x -> setEnabled(x, false));
    }

    private OrgRow load(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        OrgRow o = Hrefs.found(db.read(tx -> tx.orgs().find(id)), "organization", id);
        x.principal().require(right, o.id());
        return o;
    }

    Reply orgList(Exchange x) {
        Principal p = x.principal();
        p.require(Right.ORG_VIEW);
        OrgList list = new OrgList();
        list.href = x.href("/api/org");
        list.type = MediaTypes.xml(MediaTypes.ORG_LIST);
        for (OrgRow o : db.read(tx -> tx.orgs().all())) {
            if (p.canSee(o.id())) {
                list.org.add(Hrefs.ref(x, Kind.ORG, o.id(), o.name()));
            }
        }
        return Reply.ok(list, MediaTypes.ORG_LIST);
    }

    Reply org(Exchange x) {
        OrgRow o = load(x, Right.ORG_VIEW);
        Org org = new Org();
        org.href = Hrefs.of(x, Kind.ORG, o.id());
        org.type = MediaTypes.xml(MediaTypes.ORG);
        MetadataResource.link(org);
        org.name = o.name();
        org.id = Kind.ORG.urn(o.id());
        org.description = o.description();
        org.fullName = o.fullName();
        org.isEnabled = o.enabled();
        Principal p = x.principal();
        if (x.version().atLeast(ApiVersion.V33)) {
            // pyvcloud (33.0+) takes the first records link whose href contains "vdc", then "catalog"
            String filter = URLEncoder.encode("org==" + Kind.ORG.urn(o.id()), StandardCharsets.UTF_8);
            org.link("down", x.href("/api/query?type=orgVdc&format=records&filter=" + filter),
                    MediaTypes.xml(MediaTypes.QUERY_RECORDS));
            org.link("down", x.href("/api/query?type=catalog&format=records&filter=" + filter),
                    MediaTypes.xml(MediaTypes.QUERY_RECORDS));
        } else {
            db.run(tx -> {
                for (VdcRow v : tx.resources().vdcs(o.id())) {
                    org.link(new Link("down", Hrefs.of(x, Kind.VDC, v.id()), MediaTypes.xml(MediaTypes.VDC), v.name()));
                }
                for (CatalogRow c : tx.resources().catalogs(o.id())) {
                    org.link(new Link("down", Hrefs.of(x, Kind.CATALOG, c.id()), MediaTypes.xml(MediaTypes.CATALOG),
                            c.name()));
                }
                for (NetworkRow n : tx.resources().networks(o.id())) {
                    org.link(new Link("down", Hrefs.of(x, Kind.NETWORK, n.id()), MediaTypes.xml(MediaTypes.ORG_NETWORK),
                            n.name()));
                }
            });
        }
        org.link("down", x.href("/api/tasksList/" + o.id()), MediaTypes.xml(MediaTypes.TASKS_LIST));
        if (p.has(Right.CATALOG_MANAGE)) {
            // pyvcloud creates catalogs through this link of the tenant view
            org.link("add", Hrefs.admin(x, Kind.ORG, o.id()) + "/catalogs", MediaTypes.xml(MediaTypes.ADMIN_CATALOG));
        }
        if (p.has(Right.ADMIN_VIEW)) {
            Hrefs.adminLink(org, "alternate", x, Kind.ORG, o.id());
        }
        org.tasks = tasks.active(x, o.id());
        return Reply.ok(org, MediaTypes.ORG);
    }

    Reply vcloud(Exchange x) {
        Principal p = x.principal();
        p.require(Right.ADMIN_VIEW);
        VCloud v = new VCloud();
        v.href = x.href("/api/admin");
        v.type = MediaTypes.xml(MediaTypes.VCLOUD);
        v.name = "vCloud";
        if (p.isSystemAdmin()) {
            v.link("add", x.href("/api/admin/orgs"), MediaTypes.xml(MediaTypes.ADMIN_ORG));
        }
        v.link("down", x.href("/api/query"), MediaTypes.xml(MediaTypes.QUERY_LIST));
        db.run(tx -> {
            for (OrgRow o : tx.orgs().all()) {
                if (p.canSee(o.id())) {
                    v.organizationReferences.add(Hrefs.adminRef(x, Kind.ORG, o.id(), o.name()));
                }
            }
            for (RoleRow role : tx.roles().inOrg(p.orgId())) {
                v.roleReferences.add(Hrefs.ref(x, Kind.ROLE, role.id(), role.name()));
            }
        });
        if (p.isSystemAdmin()) {
            v.providerVdcReferences.add(Hrefs.ref(x, Kind.PROVIDER_VDC, Provider.PROVIDER_VDC_ID, Provider.PROVIDER_VDC));
        }
        for (Right right : Right.values()) {
            v.rightReferences.add(Hrefs.ref(x, Kind.RIGHT, right.id(), right.displayName));
        }
        return Reply.ok(v, MediaTypes.VCLOUD);
    }

    Reply adminOrg(Exchange x) {
        OrgRow o = load(x, Right.ADMIN_VIEW);
        return Reply.ok(adminOrg(x, o), MediaTypes.ADMIN_ORG);
    }

    private AdminOrg adminOrg(Exchange x, OrgRow o) {
        Principal p = x.principal();
        AdminOrg a = new AdminOrg();
        a.href = Hrefs.admin(x, Kind.ORG, o.id());
        a.type = MediaTypes.xml(MediaTypes.ADMIN_ORG);
        MetadataResource.link(a);
        a.name = o.name();
        a.id = Kind.ORG.urn(o.id());
        a.description = o.description();
        a.fullName = o.fullName();
        a.isEnabled = o.enabled();
        a.tasks = tasks.active(x, o.id());
        Hrefs.link(a, "alternate", x, Kind.ORG, o.id());
        if (p.has(Right.ORG_EDIT)) {
            a.link("edit", a.href, MediaTypes.xml(MediaTypes.ADMIN_ORG));
        }
        if (p.has(Right.USER_MANAGE)) {
            a.link("add", a.href + "/users", MediaTypes.xml(MediaTypes.USER));
        }
        if (p.has(Right.CATALOG_MANAGE)) {
            a.link("add", a.href + "/catalogs", MediaTypes.xml(MediaTypes.ADMIN_CATALOG));
        }
        if (p.isSystemAdmin()) {
            if (!o.system()) {
                a.link("add", a.href + "/vdcsparams", MediaTypes.xml(MediaTypes.CREATE_VDC_PARAMS));
            }
            a.link("task:create", x.href("/api/tasksList/" + o.id()), MediaTypes.xml(MediaTypes.TASK));
            a.link("event:create", a.href + "/events", MediaTypes.xml(MediaTypes.EVENT));
        }
        if (p.isSystemAdmin() && !o.system()) {
            a.link("remove", a.href, null);
            a.link(o.enabled() ? "disable" : "enable", a.href + "/action/" + (o.enabled() ? "disable" : "enable"),
                    null);
        }
        a.settings = new OrgSettings();
        a.settings.general = new OrgSettings.OrgGeneralSettings();
        a.settings.general.canPublishCatalogs = false;
        a.settings.general.deployedVmQuota = 0;
        a.settings.general.storedVmQuota = 0;
        a.settings.general.useServerBootSequence = false;
        a.settings.general.delayAfterPowerOnSeconds = 0;
        a.users = new ArrayList<>();
        a.catalogs = new ArrayList<>();
        a.vdcs = new ArrayList<>();
        a.networks = new ArrayList<>();
        a.roleReferences = new ArrayList<>();
        db.run(tx -> {
            for (UserRow u : tx.users().inOrg(o.id())) {
                a.users.add(Hrefs.ref(x, Kind.USER, u.id(), u.name()));
            }
            for (CatalogRow c : tx.resources().catalogs(o.id())) {
                a.catalogs.add(Hrefs.adminRef(x, Kind.CATALOG, c.id(), c.name()));
            }
            for (VdcRow v : tx.resources().vdcs(o.id())) {
                a.vdcs.add(Hrefs.ref(x, Kind.VDC, v.id(), v.name()));
            }
            for (NetworkRow n : tx.resources().networks(o.id())) {
                a.networks.add(Hrefs.ref(x, Kind.NETWORK, n.id(), n.name()));
            }
            for (RoleRow role : tx.roles().inOrg(o.id())) {
                a.roleReferences.add(Hrefs.ref(x, Kind.ROLE, role.id(), role.name()));
            }
        });
        return a;
    }

    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        AdminOrg body = x.read(AdminOrg.class, "AdminOrg", MediaTypes.ADMIN_ORG);
        OrgRow o = orgs.create(new OrgService.Changes(body.name, body.fullName, body.description, body.isEnabled),
                TaskResource.caller(x.principal()));
        return Reply.created(adminOrg(x, o), MediaTypes.ADMIN_ORG, Hrefs.admin(x, Kind.ORG, o.id()));
    }

    Reply update(Exchange x) {
        OrgRow o = load(x, Right.ORG_EDIT);
        AdminOrg body = x.read(AdminOrg.class, "AdminOrg", MediaTypes.ADMIN_ORG);
        OrgRow updated = orgs.update(o.id(), new OrgService.Changes(body.name, body.fullName, body.description,
                body.isEnabled), x.principal().isSystemAdmin(), TaskResource.caller(x.principal()));
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
