package io.vcdsim.views;

import io.vcdsim.compute.VdcTemplateSpec;
import io.vcdsim.compute.VdcTemplates.Template;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ControlAccessParams;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VdcTemplateDocs;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** VDC templates as documents: VMWVdcTemplate for system administrators, VdcTemplate for tenants, the lists. */
public final class VdcTemplateView {
    private VdcTemplateView() {
    }

    /** The whole template, at its extension href, with the links to change, delete and publish it. */
    public static VdcTemplateDocs.Template admin(Tx tx, Viewer v, Template t) {
        VdcTemplateDocs.Template d = new VdcTemplateDocs.Template();
        d.href = v.adminHref(Kind.VDC_TEMPLATE, t.id());
        d.type = MediaTypes.xml(MediaTypes.VMW_VDC_TEMPLATE);
        d.name = t.name();
        d.id = Kind.VDC_TEMPLATE.urn(t.id());
        d.description = t.description();
        if (v.principal().isSystemAdmin()) {
            d.link("edit", d.href, MediaTypes.xml(MediaTypes.VMW_VDC_TEMPLATE));
            d.link("remove", d.href, null);
            d.link("down", d.href + "/controlAccess", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
            d.link("controlAccess", d.href + "/action/controlAccess", MediaTypes.xml(MediaTypes.CONTROL_ACCESS));
        }
        d.tenantName = t.tenantName();
        d.tenantDescription = t.tenantDescription();
        d.networkBackingType = t.networkBackingType();
        VdcTemplateSpec s = t.spec();
        d.providerVdcReference = new ArrayList<>();
        for (VdcTemplateSpec.ProviderVdc p : s.providerVdcs()) {
            VdcTemplateDocs.ProviderVdc ref = new VdcTemplateDocs.ProviderVdc();
            ref.href = v.adminHref(Kind.PROVIDER_VDC, p.id());
            ref.id = Kind.PROVIDER_VDC.urn(p.id());
            ref.type = MediaTypes.xml(MediaTypes.PROVIDER_VDC);
            ref.name = tx.store(io.vcdsim.store.InventoryStore::new).providerVdc(p.id()).map(x -> x.name())
                    .orElse(null);
            ref.binding = new ArrayList<>();
            for (VdcTemplateSpec.Binding b : p.bindings()) {
                ref.binding.add(binding(v, b));
            }
            d.providerVdcReference.add(ref);
        }
        d.vdcTemplateSpecification = specification(v, s);
        return d;
    }

    private static VdcTemplateDocs.Binding binding(Viewer v, VdcTemplateSpec.Binding b) {
        VdcTemplateDocs.Binding d = new VdcTemplateDocs.Binding();
        d.name = b.name();
        UUID network = b.valueId().startsWith("urn:vcloud:network:") ? Ids.fromAny(b.valueId()) : null;
        // an external network by its admin href; what vcdsim does not serve (an edge cluster) by its id again
        d.value = new Reference(network == null ? b.valueId() : v.adminHref(Kind.EXTERNAL_NETWORK, network),
                b.valueId(), network == null ? b.valueType() : MediaTypes.xml(MediaTypes.EXTERNAL_NETWORK),
                b.valueName());
        return d;
    }

    private static VdcTemplateDocs.Specification specification(Viewer v, VdcTemplateSpec s) {
        VdcTemplateDocs.Specification d = VdcTemplateDocs.Specification.forModel(s.allocationModel());
        d.nicQuota = s.nicQuota();
        d.vmQuota = s.vmQuota();
        d.provisionedNetworkQuota = s.provisionedNetworkQuota();
        d.storageProfile = new ArrayList<>();
        for (VdcTemplateSpec.StorageProfile p : s.storageProfiles()) {
            VdcTemplateDocs.StorageProfile sp = new VdcTemplateDocs.StorageProfile();
            sp.name = p.name();
            sp.enabled = p.enabled();
            sp.units = "MB";
            sp.limit = p.limitMb();
            sp.isDefault = p.isDefault();
            d.storageProfile.add(sp);
        }
        d.isElastic = s.elastic();
        d.includeMemoryOverhead = s.includeMemoryOverhead();
        d.thinProvision = s.thinProvision();
        d.fastProvisioningEnabled = s.fastProvisioning();
        if (s.networkPool() == null) {
            d.automaticNetworkPoolReference = new VdcTemplateDocs.AutomaticPool();
        } else {
            d.networkPoolReference = new Reference(v.adminHref(Kind.NETWORK_POOL, s.networkPool()),
                    Kind.NETWORK_POOL.urn(s.networkPool()), MediaTypes.xml(MediaTypes.NETWORK_POOL), null);
        }
        VdcTemplateSpec.EdgeClusters e = s.edgeClusters();
        if (e != null) {
            d.networkProfileConfiguration = new VdcTemplateDocs.NetworkProfile();
            d.networkProfileConfiguration.primaryEdgeCluster = bindingRef(e.primary());
            d.networkProfileConfiguration.secondaryEdgeCluster = bindingRef(e.secondary());
            d.networkProfileConfiguration.servicesEdgeCluster = bindingRef(e.services());
        }
        d.cpuAllocationMhz = s.cpuAllocationMhz();
        d.cpuLimitMhzPerVcpu = s.cpuLimitMhzPerVcpu();
        d.vCpuInMhz = s.vCpuInMhz();
        d.cpuLimitMhz = s.cpuLimitMhz();
        d.memoryAllocationMB = s.memoryAllocationMb();
        d.memoryLimitMb = s.memoryLimitMb();
        d.cpuGuaranteedPercentage = s.cpuGuaranteedPercentage();
        d.memoryGuaranteedPercentage = s.memoryGuaranteedPercentage();
        return d;
    }

    /** A binding's name where a reference is expected (vCD keeps it in the href). */
    private static Reference bindingRef(String name) {
        return name == null ? null : new Reference(name, null, null, null);
    }

    /** What tenants see: the tenant name and description, at the template's user href. */
    public static VdcTemplateDocs.TenantView tenant(Viewer v, Template t) {
        VdcTemplateDocs.TenantView d = v.entity(new VdcTemplateDocs.TenantView(), Kind.VDC_TEMPLATE, t.id(),
                t.tenantName());
        d.description = t.tenantDescription();
        return d;
    }

    public static VdcTemplateDocs.AdminList adminList(Viewer v, List<Template> all) {
        VdcTemplateDocs.AdminList l = new VdcTemplateDocs.AdminList();
        l.href = v.href("/api/admin/extension/vdcTemplates");
        l.type = MediaTypes.xml(MediaTypes.VMW_VDC_TEMPLATES);
        l.link("add", l.href, MediaTypes.xml(MediaTypes.VMW_VDC_TEMPLATE));
        for (Template t : all) {
            l.vmwVdcTemplate.add(v.adminRef(Kind.VDC_TEMPLATE, t.id(), t.name()));
        }
        return l;
    }

    public static VdcTemplateDocs.TenantList tenantList(Viewer v, List<Template> visible) {
        VdcTemplateDocs.TenantList l = new VdcTemplateDocs.TenantList();
        l.href = v.href("/api/vdcTemplates");
        l.type = MediaTypes.xml(MediaTypes.VDC_TEMPLATES);
        for (Template t : visible) {
            l.vdcTemplate.add(v.ref(Kind.VDC_TEMPLATE, t.id(), t.tenantName()));
        }
        return l;
    }

    /** The orgs a template is published to, each ReadOnly, named by its admin href as vCD names them. */
    public static ControlAccessParams access(Tx tx, Viewer v, List<UUID> orgs) {
        ControlAccessParams p = new ControlAccessParams();
        p.isSharedToEveryone = false;
        if (!orgs.isEmpty()) {
            p.accessSettings = new ArrayList<>();
            for (UUID org : orgs) {
                ControlAccessParams.AccessSetting a = new ControlAccessParams.AccessSetting();
                a.subject = v.adminRef(Kind.ORG, org, tx.orgs().find(org).map(o -> o.name()).orElse(""));
                a.subject.id = null;
                a.accessLevel = "ReadOnly";
                p.accessSettings.add(a);
            }
        }
        return p;
    }
}
