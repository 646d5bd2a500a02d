package io.vcdsim.api;

import io.vcdsim.compute.VdcInstantiation;
import io.vcdsim.compute.VdcService;
import io.vcdsim.compute.VdcTemplateSpec;
import io.vcdsim.compute.VdcTemplates;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ControlAccessParams;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VdcTemplateDocs;
import io.vcdsim.store.Database;
import io.vcdsim.views.VdcTemplateView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * VDC templates: system administrators' {@code /api/admin/extension/vdcTemplates} and {@code .../vdcTemplate/{id}}
 * (with its controlAccess, which publishes it to orgs), the tenants' {@code /api/vdcTemplates} and
 * {@code /api/vdcTemplate/{id}}, and {@code POST /api/org/{id}/action/instantiate}, which answers with a task.
 * go-vcloud-director reads the extension view of a template published to its org as a tenant too.
 */
public final class VdcTemplateResource implements Routes {
    private static final String ADMIN = "/api/admin/extension/vdcTemplate/{id}";
    private final Database db;
    private final VdcTemplates templates;
    private final VdcInstantiation instantiation;
    private final TaskViews tasks;

    public VdcTemplateResource(Database db, VdcTemplates templates, VdcInstantiation instantiation, TaskViews tasks) {
        this.db = db;
        this.templates = templates;
        this.instantiation = instantiation;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/vdcTemplates", x -> Reply.ok(VdcTemplateView.adminList(Hrefs.viewer(x),
                templates.all(x.principal())), MediaTypes.VMW_VDC_TEMPLATES));
        r.post("/api/admin/extension/vdcTemplates", x -> {
            VdcTemplates.Template t = templates.create(x.principal(), draft(read(x)));
            return Reply.created(admin(x, t), MediaTypes.VMW_VDC_TEMPLATE, Hrefs.admin(x, Kind.VDC_TEMPLATE, t.id()));
        });
        r.get(ADMIN, x -> Reply.ok(admin(x, templates.get(x.principal(), Hrefs.id(x, "id"))),
                MediaTypes.VMW_VDC_TEMPLATE));
        r.put(ADMIN, x -> {
            x.principal().requireSystemAdmin();
            UUID id = Hrefs.id(x, "id");
            return Reply.ok(admin(x, templates.update(x.principal(), id, draft(read(x)))),
                    MediaTypes.VMW_VDC_TEMPLATE);
        });
        r.delete(ADMIN, x -> {
            templates.delete(x.principal(), Hrefs.id(x, "id"));
            return Reply.noContent();
        });
        r.get(ADMIN + "/controlAccess", x -> access(x, templates.orgs(x.principal(), Hrefs.id(x, "id"))));
        r.put(ADMIN + "/action/controlAccess", this::publish);
        r.post(ADMIN + "/action/controlAccess", this::publish);
        r.get("/api/vdcTemplates", x -> Reply.ok(VdcTemplateView.tenantList(Hrefs.viewer(x),
                templates.visible(x.principal())), MediaTypes.VDC_TEMPLATES));
        r.get("/api/vdcTemplate/{id}", x -> Reply.ok(VdcTemplateView.tenant(Hrefs.viewer(x),
                templates.get(x.principal(), Hrefs.id(x, "id"))), MediaTypes.VDC_TEMPLATE));
        r.post("/api/org/{id}/action/instantiate", this::instantiate);
    }

    private Object admin(Exchange x, VdcTemplates.Template t) {
        return db.read(tx -> VdcTemplateView.admin(tx, Hrefs.viewer(x), t));
    }

    private static VdcTemplateDocs.Template read(Exchange x) {
        x.principal().requireSystemAdmin(); // before the body: a tenant learns nothing of what it would take
        return x.read(VdcTemplateDocs.Template.class, "VMWVdcTemplate", MediaTypes.VMW_VDC_TEMPLATE);
    }

    /** Publishes the template to the orgs its AccessSettings name (ReadOnly; vCD offers templates no other). */
    private Reply publish(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        ControlAccessParams in = x.read(ControlAccessParams.class, "ControlAccessParams", MediaTypes.CONTROL_ACCESS);
        if (Boolean.TRUE.equals(in.isSharedToEveryone)) {
            throw ApiException.badRequest("A VDC template is published to organizations by name, not to everyone.");
        }
        List<UUID> orgs = new ArrayList<>();
        List<ControlAccessParams.AccessSetting> settings = in.accessSettings == null ? List.of() : in.accessSettings;
        for (ControlAccessParams.AccessSetting s : settings) {
            if (s.subject == null || s.subject.href == null || !s.subject.href.contains("/org/")) {
                throw ApiException.badRequest("A VDC template's AccessSetting names an organization by href.");
            }
            if (s.accessLevel != null && !s.accessLevel.equals("ReadOnly")) {
                throw ApiException.badRequest("A VDC template is published ReadOnly; " + s.accessLevel + " is not "
                        + "offered.");
            }
            orgs.add(Ids.fromAny(s.subject.href));
        }
        return access(x, templates.publish(x.principal(), id, orgs));
    }

    private Reply access(Exchange x, List<UUID> orgs) {
        return Reply.ok(db.read(tx -> VdcTemplateView.access(tx, Hrefs.viewer(x), orgs)), MediaTypes.CONTROL_ACCESS);
    }

    /** InstantiateVdcTemplateParams: 202 with the task; its Owner is the new VDC. */
    private Reply instantiate(Exchange x) {
        UUID org = Hrefs.id(x, "id");
        VdcTemplateDocs.InstantiateParams in = x.read(VdcTemplateDocs.InstantiateParams.class,
                "InstantiateVdcTemplateParams", MediaTypes.INSTANTIATE_VDC_TEMPLATE_PARAMS);
        // the tenants' href (/api/vdcTemplate/...) and the extension's (go-vcloud-director's) both name it
        UUID template = in.source == null ? null : Ids.fromAny(in.source.href != null ? in.source.href : in.source.id);
        if (in.source != null && template == null) {
            throw ApiException.invalidReference("Source names no VDC template (" + in.source.href + ").");
        }
        VdcService.Created made = instantiation.instantiate(x.principal(), org, in.name, in.description, template,
                TaskResource.caller(x.principal()));
        return tasks.accepted(x, made.task());
    }

    /** The template a VMWVdcTemplate document describes; the specification's values as the domain keeps them. */
    private static VdcTemplates.Draft draft(VdcTemplateDocs.Template in) {
        VdcTemplateDocs.Specification s = in.vdcTemplateSpecification;
        if (s == null) {
            throw ApiException.badRequest("A VDC template needs a VdcTemplateSpecification with its xsi:type.");
        }
        if (s.gatewayConfiguration != null || s.restNames().contains("GatewayConfiguration")) {
            throw ApiException.badRequest("vcdsim does not make an edge gateway and routed network from a VDC "
                    + "template: leave GatewayConfiguration out.");
        }
        if (s.networkPoolReference != null && s.automaticNetworkPoolReference != null) {
            throw ApiException.badRequest("NetworkPoolReference and AutomaticNetworkPoolReference exclude each other.");
        }
        List<VdcTemplateSpec.ProviderVdc> pvdcs = new ArrayList<>();
        for (VdcTemplateDocs.ProviderVdc p : in.providerVdcReference == null ? List.<VdcTemplateDocs.ProviderVdc>of()
                : in.providerVdcReference) {
            List<VdcTemplateSpec.Binding> bindings = new ArrayList<>();
            for (VdcTemplateDocs.Binding b : p.binding == null ? List.<VdcTemplateDocs.Binding>of() : p.binding) {
                bindings.add(new VdcTemplateSpec.Binding(b.name, valueId(b.value), b.value == null ? null
                        : b.value.type, b.value == null ? null : b.value.name));
            }
            pvdcs.add(new VdcTemplateSpec.ProviderVdc(Ids.fromAny(p.href != null ? p.href : p.id), bindings));
        }
        List<VdcTemplateSpec.StorageProfile> profiles = new ArrayList<>();
        for (VdcTemplateDocs.StorageProfile p : s.storageProfile == null ? List.<VdcTemplateDocs.StorageProfile>of()
                : s.storageProfile) {
            if (p.units != null && !p.units.equals("MB")) {
                throw ApiException.badRequest("A VDC template's storage profile Units are MB.");
            }
            profiles.add(new VdcTemplateSpec.StorageProfile(p.name, !Boolean.FALSE.equals(p.enabled),
                    p.limit == null ? 0 : p.limit, Boolean.TRUE.equals(p.isDefault)));
        }
        UUID pool = null;
        if (s.networkPoolReference != null) {
            pool = Ids.fromAny(s.networkPoolReference.href != null ? s.networkPoolReference.href
                    : s.networkPoolReference.id);
            if (pool == null) {
                throw ApiException.invalidReference("NetworkPoolReference names no network pool.");
            }
        }
        VdcTemplateDocs.NetworkProfile np = s.networkProfileConfiguration;
        VdcTemplateSpec.EdgeClusters clusters = np == null ? null : new VdcTemplateSpec.EdgeClusters(
                href(np.primaryEdgeCluster), href(np.secondaryEdgeCluster), href(np.servicesEdgeCluster));
        VdcTemplateSpec spec = new VdcTemplateSpec(s.allocationModel(), pvdcs, or(s.nicQuota), or(s.vmQuota),
                or(s.provisionedNetworkQuota), profiles, s.isElastic, s.includeMemoryOverhead,
                Boolean.TRUE.equals(s.thinProvision), Boolean.TRUE.equals(s.fastProvisioningEnabled), pool, clusters,
                or(s.cpuAllocationMhz), or(s.cpuLimitMhzPerVcpu), or(s.vCpuInMhz), or(s.cpuLimitMhz),
                or(s.memoryAllocationMB), or(s.memoryLimitMb), or(s.cpuGuaranteedPercentage),
                or(s.memoryGuaranteedPercentage));
        return new VdcTemplates.Draft(in.name, in.description, in.tenantName, in.tenantDescription,
                in.networkBackingType, spec);
    }

    /** A binding's value by its id; by its href when it has none (an external network's href gives its URN). */
    private static String valueId(Reference v) {
        if (v == null) {
            return null;
        }
        if (v.id != null && !v.id.isBlank()) {
            return v.id;
        }
        if (v.href != null && v.href.contains("/externalnet/") && Ids.fromAny(v.href) != null) {
            return Kind.EXTERNAL_NETWORK.urn(Ids.fromAny(v.href));
        }
        return v.href;
    }

    private static String href(Reference r) {
        return r == null ? null : r.href;
    }

    private static int or(Integer v) {
        return v == null ? 0 : v;
    }

    private static long or(Long v) {
        return v == null ? 0 : v;
    }
}
