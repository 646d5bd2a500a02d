package io.vcdsim.api;

import io.vcdsim.compute.HardwareVersions;
import io.vcdsim.compute.VdcService;
import io.vcdsim.compute.VdcStorageProfiles;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminVdc;
import io.vcdsim.model.AdminVdcStorageProfile;
import io.vcdsim.model.ComputeCapacity;
import io.vcdsim.model.ProviderParams;
import io.vcdsim.model.Vdc;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcSettings;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.HardwareVersionView;
import io.vcdsim.views.VdcView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Virtual data centers: the org view {@code /api/vdc/{id}} and the admin view {@code /api/admin/vdc/{id}}. */
public final class VdcResource implements Routes {
    private final Database db;
    private final VdcService vdcs;
    private final OrgService orgs;
    private final TaskViews tasks;

    public VdcResource(Database db, VdcService vdcs, OrgService orgs, TaskViews tasks) {
        this.db = db;
        this.vdcs = vdcs;
        this.orgs = orgs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vdc/{id}", x -> vdc(x, false));
        r.get("/api/admin/vdc/{id}", x -> vdc(x, true));
        r.put("/api/admin/vdc/{id}", this::update);
        r.get("/api/vdc/{id}/hwv/{name}", this::hardwareVersion);
        r.post("/api/admin/org/{id}/vdcsparams", this::create);
        // go-vcloud-director's Vdc.Delete sends it to the user view's href, which vCD takes too
        for (String path : new String[]{"/api/admin/vdc/{id}", "/api/vdc/{id}"}) {
            r.delete(path, x -> tasks.accepted(x, vdcs.delete(adminLoad(x), x.flag("force"), x.flag("recursive"),
                    TaskResource.caller(x.principal()))));
        }
        r.post("/api/admin/vdc/{id}/action/enable", x -> enable(x, true));
        r.post("/api/admin/vdc/{id}/action/disable", x -> enable(x, false));
    }

    /** System administrators only, checked before the id is parsed; they hold ADMIN_CONTROL in every org. */
    private VdcRow adminLoad(Exchange x) {
        x.principal().requireSystemAdmin();
        return vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.ADMIN_CONTROL);
    }

    Reply enable(Exchange x, boolean enabled) {
        vdcs.setEnabled(adminLoad(x), enabled);
        return Reply.noContent();
    }

    /** POST CreateVdcParams to an org (pyvcloud's create_org_vdc): 201 AdminVdc with its vdcCreateVdc task. */
    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID orgId = orgs.org(x.principal(), Hrefs.id(x, "id"), Right.ADMIN_CONTROL).id();
        ProviderParams.CreateVdc in = x.read(ProviderParams.CreateVdc.class, "CreateVdcParams",
                MediaTypes.CREATE_VDC_PARAMS);
        ComputeCapacity c = in.computeCapacity;
        long cpu = limit(c == null ? null : c.cpu, "GHz", 1000);
        long memory = limit(c == null ? null : c.memory, "GB", 1024);
        List<VdcStorageProfiles.Addition> profiles = new ArrayList<>();
        for (AdminVdcStorageProfile p : Bodies.list(in.vdcStorageProfiles, "VdcStorageProfile")) {
            // none named: the provider VDC's *, as pyvcloud's create_org_vdc may leave it out
            UUID from = p.providerVdcStorageProfile == null ? null : Ids.fromAny(p.providerVdcStorageProfile.href);
            if (p.providerVdcStorageProfile != null && from == null) {
                throw ApiException.badRequest("A VdcStorageProfile's ProviderVdcStorageProfile needs the href of a "
                        + "storage profile of the provider VDC.");
            }
            profiles.add(new VdcStorageProfiles.Addition(from, p.units, p.limit, p.enabled,
                    Boolean.TRUE.equals(p.isDefault)));
        }
        VdcService.Created created = vdcs.create(orgId, in.name, in.description, in.allocationModel, cpu, memory,
                in.vmQuota == null ? 0 : in.vmQuota, !Boolean.FALSE.equals(in.isEnabled),
                in.providerVdcReference == null ? null : Ids.fromAny(in.providerVdcReference.href),
                new VdcSettings.Changes(in.resourceGuaranteedMemory, in.resourceGuaranteedCpu, in.vCpuInMhz,
                        in.isThinProvision, in.usesFastProvisioning, in.networkQuota, in.nicQuota,
                        in.vmDiscoveryEnabled, in.isElastic, in.includeMemoryOverhead, in.overCommitAllowed,
                        allocated(c == null ? null : c.cpu, "GHz", 1000),
                        allocated(c == null ? null : c.memory, "GB", 1024), null),
                profiles, TaskResource.caller(x.principal()));
        Vdc v = view(x, created.vdc(), true);
        return tasks.created(x, v, MediaTypes.ADMIN_VDC, v.href, java.util.List.of(created.task()));
    }

    /** A limit in MHz or MB, from a capacity that may be given in GHz or GB. */
    private static long limit(ComputeCapacity.Capacity c, String bigUnit, long factor) {
        return c == null || c.limit == null ? 0 : inSmallUnits(c, c.limit, bigUnit, factor);
    }

    /** The allocation in MHz or MB, or null when the capacity gives none. */
    private static Long allocated(ComputeCapacity.Capacity c, String bigUnit, long factor) {
        return c == null || c.allocated == null ? null : inSmallUnits(c, c.allocated, bigUnit, factor);
    }

    private static long inSmallUnits(ComputeCapacity.Capacity c, long amount, String bigUnit, long factor) {
        return bigUnit.equalsIgnoreCase(c.units) ? amount * factor : amount;
    }

    /** go-vcloud-director's GetHardwareVersion (terraform's vcd_vm looks its os_type up there). */
    Reply hardwareVersion(Exchange x) {
        VdcRow v = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VDC_VIEW);
        String name = HardwareVersions.find(x.pathParam("name")).orElseThrow(() ->
                ApiException.notFound("VDC " + v.name() + " has no hardware version " + x.pathParam("name") + "."));
        return Reply.ok(HardwareVersionView.of(Hrefs.viewer(x), v, name),
                "application/vnd.vmware.vcloud.virtualHardwareVersion");
    }

    /**
     * PUT AdminVdc (system administrators): name, description, enabled, CPU and memory limits, VM quota and the
     * settings of {@link VdcSettings}; the provider VDC, network pool and allocation model stay as they are.
     */
    Reply update(Exchange x) {
        UUID id = adminLoad(x).id();
        AdminVdc in = x.read(AdminVdc.class, "AdminVdc", MediaTypes.ADMIN_VDC);
        ComputeCapacity c = in.computeCapacity;
        Long cpu = c == null || c.cpu == null || c.cpu.limit == null ? null : limit(c.cpu, "GHz", 1000);
        Long memory = c == null || c.memory == null || c.memory.limit == null ? null : limit(c.memory, "GB", 1024);
        // the PUT is the whole AdminVdc: go-vcloud-director leaves OverCommitAllowed out when it is false
        Boolean overCommit = in.overCommitAllowed == null ? Boolean.FALSE : in.overCommitAllowed;
        return tasks.accepted(x, vdcs.update(id, new VdcService.Changes(in.name, in.description, in.isEnabled, cpu,
                memory, in.vmQuota, new VdcSettings.Changes(in.resourceGuaranteedMemory, in.resourceGuaranteedCpu,
                        in.vCpuInMhz, in.isThinProvision, in.usesFastProvisioning, in.networkQuota, in.nicQuota,
                        in.vmDiscoveryEnabled, in.isElastic, in.includeMemoryOverhead, overCommit,
                        allocated(c == null ? null : c.cpu, "GHz", 1000),
                        allocated(c == null ? null : c.memory, "GB", 1024), null)),
                TaskResource.caller(x.principal())));
    }

    Reply vdc(Exchange x, boolean admin) {
        VdcRow v = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), admin ? Right.ADMIN_VIEW : Right.VDC_VIEW);
        return Reply.ok(view(x, v, admin), admin ? MediaTypes.ADMIN_VDC : MediaTypes.VDC);
    }

    private Vdc view(Exchange x, VdcRow v, boolean admin) {
        return db.read(tx -> VdcView.of(tx, Hrefs.viewer(x), v, admin));
    }
}
