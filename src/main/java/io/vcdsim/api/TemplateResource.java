package io.vcdsim.api;

import io.vcdsim.catalog.TemplateService;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.LeaseSettingsSection;
import io.vcdsim.model.VAppTemplate;
import io.vcdsim.store.Database;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.CatalogView;


/** vApp templates ({@code /api/vAppTemplate/vappTemplate-{id}}) and their VMs ({@code .../vm-{id}}). */
public final class TemplateResource implements Routes {
    private final Database db;
    private final TemplateService templates;
    private final TaskViews tasks;

    public TemplateResource(Database db, TemplateService templates, TaskViews tasks) {
        this.db = db;
        this.templates = templates;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vAppTemplate/{id}", this::get);
        r.post("/api/vAppTemplate/{id}/action/enableDownload", x -> {
            TemplateRow t = find(x, Right.CATALOG_ITEM_VIEW);
            x.principal().require(Right.CATALOG_ITEM_VIEW, t.orgId()); // not from a catalog another org shares
            return tasks.accepted(x, templates.enableDownload(t, TaskResource.caller(x.principal())));
        });
        r.get("/api/vAppTemplate/{id}/leaseSettingsSection", x -> {
            TemplateRow t = find(x, Right.CATALOG_ITEM_VIEW);
            return Reply.ok(db.read(tx -> CatalogView.templateLease(Hrefs.viewer(x), t,
                    TemplateService.lease(tx, t))), MediaTypes.LEASE_SETTINGS_SECTION);
        });
        r.put("/api/vAppTemplate/{id}/leaseSettingsSection", x -> {
            TemplateRow t = find(x, Right.CATALOG_ITEM_MANAGE);
            LeaseSettingsSection in = x.read(LeaseSettingsSection.class, "LeaseSettingsSection",
                    MediaTypes.LEASE_SETTINGS_SECTION);
            return tasks.accepted(x, templates.setLease(t, in.storageLeaseInSeconds, TaskResource.caller(x.principal())));
        });
        r.put("/api/vAppTemplate/{id}", x -> {
            TemplateRow t = find(x, Right.CATALOG_ITEM_MANAGE);
            VAppTemplate in = x.read(VAppTemplate.class, "VAppTemplate", MediaTypes.VAPP_TEMPLATE);
            return tasks.accepted(x, templates.update(t, in.name, in.description, in.goldMaster,
                    TaskResource.caller(x.principal())));
        });
        r.delete("/api/vAppTemplate/{id}", x -> tasks.accepted(x, templates.delete(find(x, Right.CATALOG_ITEM_MANAGE),
                TaskResource.caller(x.principal()))));
    }

    Reply get(Exchange x) {
        if (x.path().startsWith(Kind.TEMPLATE_VM.pathPrefix())) {
            VmRow vm = templates.vm(x.principal(), Hrefs.id(x, "id"), Right.CATALOG_ITEM_VIEW);
            return Reply.ok(CatalogView.templateVm(Hrefs.viewer(x), vm), MediaTypes.VAPP_TEMPLATE);
        }
        TemplateRow t = find(x, Right.CATALOG_ITEM_VIEW);
        return Reply.ok(db.read(tx -> CatalogView.template(tx, Hrefs.viewer(x), t)), MediaTypes.VAPP_TEMPLATE);
    }

    private TemplateRow find(Exchange x, Right right) {
        return templates.template(x.principal(), Hrefs.id(x, "id"), right);
    }
}
