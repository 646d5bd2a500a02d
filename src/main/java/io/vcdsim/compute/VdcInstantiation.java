package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcSettings;
import io.vcdsim.store.VdcTemplateStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.UUID;

/**
 * {@code POST /api/org/{id}/action/instantiate}: a VDC of the org made from a template published to it, on the
 * first of the template's provider VDCs that is enabled, by the same path CreateVdcParams takes. The VDC is there
 * (busy) while its task runs; a task that fails or is aborted takes it away again.
 */
public final class VdcInstantiation {
    /** The task's operation name. */
    public static final String INSTANTIATE = "vdcInstantiateVdcTemplate";
    private final Database db;
    private final TaskEngine engine;
    private final VdcService vdcs;

    public VdcInstantiation(Database db, TaskEngine engine, VdcService vdcs) {
        this.db = db;
        this.engine = engine;
        this.vdcs = vdcs;
        engine.register(INSTANTIATE, (tx, task) -> { }, (tx, task) -> tx.resources().deleteVdc(task.ownerId()));
        engine.announce(INSTANTIATE, "vdc/create");
    }

    /**
     * Org administrators instantiate into their org, system administrators into any; the template must be
     * published to that org. Everything is checked before the VDC is made; a refusal changes nothing.
     */
    public VdcService.Created instantiate(Principal p, UUID orgId, String name, String description, UUID templateId,
                                          TaskEngine.Caller by) {
        p.require(Right.ORG_EDIT, orgId);
        if (templateId == null) {
            throw ApiException.badRequest("InstantiateVdcTemplateParams needs a Source: the VDC template's href.");
        }
        return db.tx(tx -> {
            VdcTemplates.Template t = template(tx, p, orgId, templateId);
            VdcTemplateSpec s = t.spec();
            UUID pvdc = providerVdc(tx, t);
            boolean pool = s.allocationModel().equals("AllocationPool");
            boolean reservation = s.allocationModel().equals("ReservationPool");
            boolean allocates = !s.allocationModel().equals("AllocationVApp");
            // an allocation pool is limited to what it allocates; a reservation pool, unless it says otherwise
            long cpuLimit = pool || reservation && s.cpuLimitMhz() == 0 ? s.cpuAllocationMhz() : s.cpuLimitMhz();
            long memoryLimit = pool || reservation && s.memoryLimitMb() == 0 ? s.memoryAllocationMb()
                    : s.memoryLimitMb();
            long speed = pool ? s.vCpuInMhz() : s.cpuLimitMhzPerVcpu();
            VdcSettings.Changes settings = new VdcSettings.Changes(
                    reservation ? 1.0 : s.memoryGuaranteedPercentage() / 100.0,
                    reservation ? 1.0 : s.cpuGuaranteedPercentage() / 100.0, speed == 0 ? null : speed,
                    s.thinProvision(), s.fastProvisioning(), s.provisionedNetworkQuota(), s.nicQuota(), null,
                    s.elastic(), s.includeMemoryOverhead(), null, allocates ? s.cpuAllocationMhz() : null,
                    allocates ? s.memoryAllocationMb() : null, s.defaultProfile().limitMb());
            VdcRow v = vdcs.place(tx, orgId, name, description, s.allocationModel(), cpuLimit, memoryLimit,
                    s.vmQuota(), true, pvdc, settings);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(INSTANTIATE, "Instantiating VDC template "
                    + t.tenantName() + " as Virtual Datacenter " + name + "(" + v.id() + ")", by,
                    VdcService.owner(v), true, null));
            return new VdcService.Created(v, task);
        });
    }

    /** The template, locked (a deletion waits), if it is published to the org; tenants see no other. */
    private static VdcTemplates.Template template(Tx tx, Principal p, UUID orgId, UUID templateId) {
        VdcTemplateStore s = tx.store(VdcTemplateStore::new);
        var row = s.lock(templateId);
        if (!p.isSystemAdmin()) {
            // a template not published to the caller's org is one it cannot see: the 403 of a missing object
            return VdcTemplates.of(Principal.found(row.filter(r -> s.publishedTo(r.id(), orgId)), "VDC template",
                    templateId));
        }
        VdcTemplateStore.Row r = row.orElseThrow(() -> ApiException.invalidReference("Source names no VDC template ("
                + templateId + ")."));
        if (!s.publishedTo(r.id(), orgId)) {
            throw ApiException.badRequest("VDC template " + r.name() + " is not published to organization "
                    + orgId + ": set its controlAccess first.");
        }
        return VdcTemplates.of(r);
    }

    /** The first of the template's provider VDCs that is enabled. */
    private static UUID providerVdc(Tx tx, VdcTemplates.Template t) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        for (VdcTemplateSpec.ProviderVdc candidate : t.spec().providerVdcs()) {
            var pvdc = inventory.providerVdc(candidate.id());
            if (pvdc.isPresent() && pvdc.get().enabled()) {
                return pvdc.get().id();
            }
        }
        throw ApiException.badRequest("None of VDC template " + t.tenantName() + "'s provider VDCs is there and "
                + "enabled.");
    }
}
