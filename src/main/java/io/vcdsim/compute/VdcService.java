package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcSettings;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.UUID;

/**
 * Changes to VDCs (system administrators): name, description, enabled, and the compute quotas
 * that instantiating, composing and reconfiguring VMs are checked against. A change is a
 * vdcUpdateVdc task; lowering a quota below what is allocated is refused.
 */
public final class VdcService {
    public static final String UPDATE = "vdcUpdateVdc";
    public static final String CREATE = "vdcCreateVdc";
    public static final String DELETE = "vdcDeleteVdc";
    private static final java.util.Set<String> ALLOCATION_MODELS = java.util.Set.of("AllocationVApp", "AllocationPool",
            "ReservationPool", "Flex");
    private final Database db;
    private final TaskEngine engine;

    public VdcService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(UPDATE, Update.class, (tx, task, u) -> {
            VdcRow now = tx.resources().vdc(task.ownerId()).orElseThrow(() ->
                    ApiException.forbidden("The VDC no longer exists."));
            // enabled is applied only when the PUT gave it: an enable or disable meanwhile is not undone
            tx.resources().updateVdc(new VdcRow(now.id(), now.orgId(), u.name(), u.description(),
                    u.enabled() == null ? now.enabled() : u.enabled(),
                    now.allocationModel(), u.cpuLimitMhz(), u.memoryLimitMb(), u.vmQuota(), u.settings(),
                    now.created()));
            Quotas.require(tx, now.id()); // a limit below what is allocated fails the task
        });
        engine.register(CREATE, (tx, task) -> { }, (tx, task) -> tx.resources().deleteVdc(task.ownerId()));
        engine.announce(CREATE, "vdc/create");
        engine.register(DELETE, (tx, task) -> {
            for (var vapp : tx.compute().vappsIn(task.ownerId())) {
                tx.compute().vms(vapp.id()).forEach(vm -> tx.metadata().deleteFor(vm.id()));
                tx.compute().deleteVApp(vapp.id());
                tx.metadata().deleteFor(vapp.id());
            }
            tx.disks().inVdc(task.ownerId()).forEach(d -> tx.metadata().deleteFor(d.id())); // the disks go with it
            tx.resources().deleteVdc(task.ownerId());
        });
        engine.announce(DELETE, "vdc/delete");
    }

    /** What the task applies when it completes. */
    record Update(String name, String description, Boolean enabled, long cpuLimitMhz, long memoryLimitMb,
                  int vmQuota, VdcSettings settings) {
    }

    /** The largest quota and virtual CPU speed taken: far beyond any real VDC, well within the columns. */
    static final int MAX_QUOTA = 1_000_000;
    static final long MAX_VCPU_MHZ = 1_000_000;

    /** Settings as vCD bounds them: guarantees are fractions, a virtual CPU has a speed, quotas are 0 (none) or more. */
    static VdcSettings check(VdcSettings s) {
        if (!(s.guaranteedMemory() >= 0 && s.guaranteedMemory() <= 1 && s.guaranteedCpu() >= 0
                && s.guaranteedCpu() <= 1)) {
            throw ApiException.badRequest("ResourceGuaranteedMemory and ResourceGuaranteedCpu are fractions from 0 to 1.");
        }
        if (s.vCpuInMhz() < 1 || s.vCpuInMhz() > MAX_VCPU_MHZ) {
            throw ApiException.badRequest("VCpuInMhz is from 1 to " + MAX_VCPU_MHZ + ".");
        }
        if (s.networkQuota() < 0 || s.networkQuota() > MAX_QUOTA || s.nicQuota() < 0 || s.nicQuota() > MAX_QUOTA) {
            throw ApiException.badRequest("NetworkQuota and NicQuota are from 0 to " + MAX_QUOTA + ".");
        }
        VdcSettings.Allocation a = s.allocation();
        if (a.cpuMhz() < 0 || a.memoryMb() < 0 || a.storageLimitMb() < 0) {
            throw ApiException.badRequest("Allocated capacities and the storage profile's Limit are 0 or more.");
        }
        return s;
    }

    public record Created(VdcRow vdc, TaskRow task) {
    }

    /**
     * CreateVdcParams: a VDC of an enabled provider VDC, with its quotas and the storage profiles it names (the
     * provider VDC's); ready when its task ends.
     */
    public Created create(UUID orgId, String name, String description, String allocationModel, long cpuLimitMhz,
                          long memoryLimitMb, int vmQuota, boolean enabled, UUID providerVdc,
                          VdcSettings.Changes settings, List<VdcStorageProfiles.Addition> profiles,
                          TaskEngine.Caller by) {
        return db.tx(tx -> {
            VdcRow v = place(tx, orgId, name, description, allocationModel, cpuLimitMhz, memoryLimitMb, vmQuota,
                    enabled, providerVdc, settings);
            VdcStorageProfiles.create(tx, v, profiles, engine.now());
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating Virtual Datacenter " + name + "("
                    + v.id() + ")", by, owner(v), true, null));
            return new Created(v, task);
        });
    }

    /**
     * Makes a VDC in {@code tx}, as every way of making one does (CreateVdcParams, a VDC template): the checks,
     * the row, its place on the provider VDC. The caller starts the task whose failure removes it again.
     */
    VdcRow place(io.vcdsim.store.Tx tx, UUID orgId, String name, String description, String allocationModel,
                 long cpuLimitMhz, long memoryLimitMb, int vmQuota, boolean enabled, UUID providerVdc,
                 VdcSettings.Changes settings) {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw ApiException.badRequest("A VDC needs a name of 1 to 128 characters.");
        }
        io.vcdsim.core.Lengths.atMost(description, 4096, "A VDC's description");
        String model = allocationModel == null ? "AllocationVApp" : allocationModel;
        if (!ALLOCATION_MODELS.contains(model)) {
            throw ApiException.badRequest("Unknown AllocationModel " + model + "; use one of " + ALLOCATION_MODELS + ".");
        }
        if (cpuLimitMhz < 0 || memoryLimitMb < 0 || vmQuota < 0) {
            throw ApiException.badRequest("Limits and quotas are 0 (no limit) or more.");
        }
        VdcSettings checked = check(VdcSettings.DEFAULTS.with(settings));
        var org = tx.orgs().find(orgId).orElseThrow(() -> ApiException.forbidden("No such organization."));
        if (org.system()) {
            throw ApiException.badRequest("The System organization has no VDCs.");
        }
        if (tx.resources().vdcs(orgId).stream().anyMatch(o -> o.name().equalsIgnoreCase(name))) {
            throw ApiException.duplicateName("The organization already has a VDC named " + name + ".");
        }
        // locked: a merge or deletion of it waits for this VDC, and then sees it
        var pvdc = tx.store(InventoryStore::new).lockProviderVdc(providerVdc).orElseThrow(() ->
                ApiException.invalidReference("ProviderVdcReference names no provider VDC (" + providerVdc + ")."));
        if (!pvdc.enabled()) {
            throw ApiException.badRequest("Provider VDC " + pvdc.name() + " is disabled.");
        }
        // one still being made (or merged, or deleted) takes no VDC: an aborted creation would leave it stranded
        tx.tasks().busyWith(pvdc.id()).ifPresent(busy -> {
            throw new ApiException(400, "BUSY_ENTITY", "Provider VDC " + pvdc.name() + " is busy completing "
                    + "an operation " + busy.operationName() + " (urn:vcloud:task:" + busy.id() + ").");
        });
        VdcRow v = new VdcRow(UUID.randomUUID(), orgId, name, description, enabled, model, cpuLimitMhz,
                memoryLimitMb, vmQuota, checked, engine.now());
        tx.resources().insertVdc(v);
        tx.store(InventoryStore::new).placeVdc(v.id(), pvdc.id());
        return v;
    }

    /** An enabled VDC needs {@code force}; one with vApps needs {@code recursive}. */
    public TaskRow delete(VdcRow v, boolean force, boolean recursive, TaskEngine.Caller by) {
        return db.tx(tx -> {
            if (v.enabled() && !force) {
                throw ApiException.badRequest("VDC " + v.name() + " is enabled: disable it first, or delete with "
                        + "force=true.");
            }
            List<String> groups = tx.store(VdcGroupStore::new).groupsOf(v.id());
            if (!groups.isEmpty()) { // as vCD: a VDC leaves its groups before it goes, whatever force says
                throw ApiException.badRequest("VDC " + v.name() + " takes part in VDC group(s) " + String.join(", ",
                        groups) + ": remove it from them first.");
            }
            boolean empty = tx.compute().vappsIn(v.id()).isEmpty() && tx.disks().inVdc(v.id()).isEmpty()
                    && tx.networks().ofOrg(v.orgId()).stream().noneMatch(n -> v.id().equals(n.vdcId()))
                    && tx.edges().ofOrg(v.orgId()).stream().noneMatch(e -> v.id().equals(e.vdcId()));
            if (!recursive && !empty) {
                throw ApiException.badRequest("VDC " + v.name() + " still has vApps, disks, networks or edge "
                        + "gateways: delete them first, or delete with recursive=true.");
            }
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Virtual Datacenter " + v.name() + "("
                    + v.id() + ")", by, owner(v), true, null));
        });
    }

    public void setEnabled(VdcRow v, boolean enabled) {
        db.run(tx -> tx.resources().vdc(v.id()).ifPresent(now -> tx.resources().updateVdc(now.withEnabled(enabled))));
    }

    /** The VDC with this id, if the caller holds {@code right} in its org; else 403. */
    public VdcRow vdc(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.resources().vdc(id)), VdcRow::orgId, "VDC", id);
    }

    /** An org VDC network, if the caller may view networks in its org; else 403. */
    public NetworkRow network(Principal p, UUID id) {
        return p.require(Right.NETWORK_VIEW, db.read(tx -> tx.networks().find(id)), NetworkRow::orgId, "network",
                id);
    }

    static ObjectRef owner(VdcRow v) {
        return ObjectRef.admin(Kind.VDC, v.id(), v.name());
    }

    /** Null fields keep their value. */
    public record Changes(String name, String description, Boolean enabled, Long cpuLimitMhz, Long memoryLimitMb,
                          Integer vmQuota, VdcSettings.Changes settings) {
    }

    public TaskRow update(UUID vdcId, Changes c, TaskEngine.Caller by) {
        return db.tx(tx -> {
            VdcRow v = tx.resources().vdc(vdcId).orElseThrow(() -> ApiException.forbidden("No such VDC."));
            String name = c.name() == null ? v.name() : c.name().trim();
            if (name.isEmpty() || name.length() > 128) {
                throw ApiException.badRequest("A VDC needs a name of 1 to 128 characters.");
            }
            if (!name.equalsIgnoreCase(v.name()) && tx.resources().vdcs(v.orgId()).stream()
                    .anyMatch(o -> o.name().equalsIgnoreCase(name))) {
                throw ApiException.duplicateName("The organization already has a VDC named " + name + ".");
            }
            long cpu = c.cpuLimitMhz() == null ? v.cpuLimitMhz() : c.cpuLimitMhz();
            long memory = c.memoryLimitMb() == null ? v.memoryLimitMb() : c.memoryLimitMb();
            int vms = c.vmQuota() == null ? v.vmQuota() : c.vmQuota();
            if (cpu < 0 || memory < 0 || vms < 0) {
                throw ApiException.badRequest("Limits and quotas are 0 (no limit) or more.");
            }
            String description = c.description() == null ? v.description() : c.description();
            Update params = new Update(name, description, c.enabled(), cpu, memory, vms,
                    check(v.settings().with(c.settings())));
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Virtual Datacenter " + v.name() + "("
                    + v.id() + ")", by, owner(v), true, params));
        });
    }
}
