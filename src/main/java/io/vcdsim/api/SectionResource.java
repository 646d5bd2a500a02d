package io.vcdsim.api;

import io.vcdsim.catalog.ProductSection;
import io.vcdsim.compute.SectionService;
import io.vcdsim.compute.Sections;
import io.vcdsim.compute.VAppService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.LeaseSettingsSection;
import io.vcdsim.model.ProductSectionList;
import io.vcdsim.model.StartupSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.SectionView;
import io.vcdsim.views.VAppOva;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kept OVF sections of vApps and VMs: a vApp's {@code leaseSettingsSection} and {@code startupSection}, the
 * {@code productSections} of vApps and VMs. Read them; PUT one to replace it (202 with the update task). And a
 * vApp's maintenance mode and download: enable it, then GET its OVA.
 */
public final class SectionResource implements Routes {
    private final Database db;
    private final VAppService vapps;
    private final SectionService sections;
    private final TaskViews tasks;

    public SectionResource(Database db, VAppService vapps, SectionService sections, TaskViews tasks) {
        this.db = db;
        this.vapps = vapps;
        this.sections = sections;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vApp/{id}/leaseSettingsSection", x -> {
            VAppRow a = vapp(x, Right.VDC_VIEW);
            return Reply.ok(SectionView.lease(href(x, a), sections.lease(a), editable(x)),
                    MediaTypes.LEASE_SETTINGS_SECTION);
        });
        r.put("/api/vApp/{id}/leaseSettingsSection", this::putLease);
        r.get("/api/vApp/{id}/startupSection", x -> {
            VAppRow a = vapp(x, Right.VDC_VIEW);
            return Reply.ok(SectionView.startup(href(x, a), db.read(tx -> tx.compute().vms(a.id())),
                    sections.startup(a), editable(x)), MediaTypes.STARTUP_SECTION);
        });
        r.put("/api/vApp/{id}/startupSection", this::putStartup);
        r.post("/api/vApp/{id}/action/enterMaintenanceMode", x -> maintenance(x, true));
        r.post("/api/vApp/{id}/action/exitMaintenanceMode", x -> maintenance(x, false));
        r.post("/api/vApp/{id}/action/enableDownload", x -> tasks.accepted(x, sections.enableDownload(
                vapp(x, Right.VAPP_EDIT), TaskResource.caller(x.principal()))));
        r.post("/api/vApp/{id}/action/disableDownload", x -> {
            sections.disableDownload(vapp(x, Right.VAPP_EDIT));
            return Reply.noContent();
        });
        r.get("/api/vApp/{id}/ova", this::ova);
        r.get("/api/vApp/{id}/productSections", this::products);
        r.put("/api/vApp/{id}/productSections", this::putProducts);
    }

    /** System administrators only (vCD's maintenance mode is theirs); 204, as vCD answers. */
    Reply maintenance(Exchange x, boolean on) {
        x.principal().requireSystemAdmin();
        sections.setMaintenance(vapp(x, Right.ADMIN_CONTROL), on);
        return Reply.noContent();
    }

    /** The vApp's OVA, once its download is enabled. */
    Reply ova(Exchange x) {
        VAppRow a = vapp(x, Right.VDC_VIEW);
        if (!sections.of(a.id(), false).offersDownload()) {
            throw ApiException.badRequest("vApp " + a.name() + " is not enabled for download (action/enableDownload).");
        }
        return Reply.bytes(200, VAppOva.of(a, db.read(tx -> tx.compute().vms(a.id()))), "application/binary");
    }

    private VAppRow vapp(Exchange x, Right right) {
        if (namesVm(x)) {
            throw ApiException.notFound("A VM has no " + x.path().substring(x.path().lastIndexOf('/') + 1) + ".");
        }
        return vapps.vapp(x.principal(), Hrefs.id(x, "id"), right);
    }

    private static boolean namesVm(Exchange x) {
        return x.path().startsWith(Kind.VM.pathPrefix());
    }

    private static String href(Exchange x, VAppRow a) {
        return Hrefs.viewer(x).href(Kind.VAPP, a.id());
    }

    private static boolean editable(Exchange x) {
        return x.principal().has(Right.VAPP_EDIT);
    }

    Reply putLease(Exchange x) {
        VAppRow a = vapp(x, Right.VAPP_EDIT);
        LeaseSettingsSection in = x.read(LeaseSettingsSection.class, "LeaseSettingsSection",
                MediaTypes.LEASE_SETTINGS_SECTION);
        return tasks.accepted(x, sections.setLease(a, in.deploymentLeaseInSeconds, in.storageLeaseInSeconds,
                TaskResource.caller(x.principal())));
    }

    Reply putStartup(Exchange x) {
        VAppRow a = vapp(x, Right.VAPP_EDIT);
        StartupSection in = x.read(StartupSection.class, "StartupSection", MediaTypes.STARTUP_SECTION);
        Map<String, Sections.StartupItem> items = new LinkedHashMap<>();
        for (StartupSection.Item i : Bodies.list(in.item, "Item")) {
            if (i == null) {
                throw ApiException.badRequest("A StartupSection Item is empty.");
            }
            if (i.id == null || items.containsKey(i.id)) {
                throw ApiException.badRequest("Each StartupSection Item names one VM of the vApp by its ovf:id.");
            }
            Sections.StartupItem d = Sections.StartupItem.defaultFor(null);
            items.put(i.id, new Sections.StartupItem(null, or(i.order, d.order()), or(i.startAction, d.startAction()),
                    or(i.startDelay, d.startDelay()), or(i.waitingForGuest, d.waitingForGuest()),
                    or(i.stopAction, d.stopAction()), or(i.stopDelay, d.stopDelay())));
        }
        return tasks.accepted(x, sections.setStartup(a, items, TaskResource.caller(x.principal())));
    }

    private static <T> T or(T given, T fallback) {
        return given == null ? fallback : given;
    }

    Reply products(Exchange x) {
        boolean vm = namesVm(x);
        String href = vm ? Hrefs.viewer(x).href(Kind.VM, findVm(x, Right.VDC_VIEW).id())
                : href(x, vapp(x, Right.VDC_VIEW));
        List<ProductSection> kept = sections.of(Hrefs.id(x, "id"), vm).productSectionsOrNone();
        return Reply.ok(SectionView.products(href, MediaTypes.xml(vm ? MediaTypes.VM : MediaTypes.VAPP), kept,
                editable(x)), MediaTypes.PRODUCT_SECTIONS);
    }

    Reply putProducts(Exchange x) {
        boolean vm = namesVm(x);
        VmRow v = vm ? findVm(x, Right.VAPP_EDIT) : null;
        VAppRow a = vm ? null : vapp(x, Right.VAPP_EDIT);
        ProductSectionList in = x.read(ProductSectionList.class, "ProductSectionList", MediaTypes.PRODUCT_SECTIONS);
        List<ProductSection> list = new ArrayList<>();
        for (ProductSectionList.ProductSection p : Bodies.list(in.productSection, "ProductSection")) {
            if (p == null) {
                throw ApiException.badRequest("A ProductSection is empty.");
            }
            List<ProductSection.Property> properties = new ArrayList<>();
            for (ProductSectionList.Property q : Bodies.list(p.property, "Property")) {
                if (q == null) {
                    throw ApiException.badRequest("A ProductSection's Property is empty.");
                }
                // go-vcloud-director sets a property's value in its ovf:Value child, pyvcloud in ovf:value
                String current = q.values == null ? null : q.values.stream().filter(java.util.Objects::nonNull)
                        .map(pv -> pv.value).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                properties.add(new ProductSection.Property(q.key, q.type == null ? "string" : q.type, q.value,
                        Boolean.TRUE.equals(q.password), Boolean.TRUE.equals(q.userConfigurable), q.label,
                        q.description, current));
            }
            list.add(new ProductSection(p.className, p.instance, p.required, p.info, p.product, p.vendor,
                    p.version, p.fullVersion, properties));
        }
        var by = TaskResource.caller(x.principal());
        return tasks.accepted(x, vm ? sections.setProductSections(Objects.requireNonNull(v), list, by)
                : sections.setProductSections(a, list, by));
    }

    private VmRow findVm(Exchange x, Right right) {
        return vapps.vm(x.principal(), Hrefs.id(x, "id"), right);
    }
}
