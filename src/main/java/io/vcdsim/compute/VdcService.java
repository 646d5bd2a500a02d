package io.vcdsim.compute;

import io.vcdsim.http.ApiException;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.UUID;

/**
 * Changes to VDCs (system administrators): name, description, enabled, and the compute quotas
 * that instantiating, composing and reconfiguring VMs are checked against. A change is a
 * vdcUpdateVdc task; lowering a quota below what is allocated is refused.
 */
public final class VdcService {
    public static final String UPDATE = "vdcUpdateVdc";
    private final Database db;
    private final TaskEngine engine;

    public VdcService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(UPDATE, (tx, task) -> {
            Update u = VmHardware.read(task.params(), Update.class);
            VdcRow now = tx.resources().vdc(task.ownerId()).orElseThrow(() ->
                    ApiException.forbidden("The VDC no longer exists."));
            tx.resources().updateVdc(new VdcRow(now.id(), now.orgId(), u.name(), u.description(), u.enabled(),
                    now.allocationModel(), u.cpuLimitMhz(), u.memoryLimitMb(), u.vmQuota(), now.created()));
            VAppService.requireWithinQuota(tx, now.id()); // a limit below what is allocated fails the task
        });
    }

    /** What the task applies when it completes. */
    record Update(String name, String description, boolean enabled, long cpuLimitMhz, long memoryLimitMb,
                  int vmQuota) {
    }

    /** Null fields keep their value. */
    public record Changes(String name, String description, Boolean enabled, Long cpuLimitMhz, Long memoryLimitMb,
                          Integer vmQuota) {
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
            String params = VmHardware.json(new Update(name, description, c.enabled() == null ? v.enabled()
                    : c.enabled(), cpu, memory, vms));
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Virtual Datacenter " + v.name() + "("
                    + v.id() + ")", by, new TaskEngine.Owner(v.id(), "/api/admin/vdc/" + v.id(),
                    MediaTypes.xml(MediaTypes.ADMIN_VDC), v.name()), true, params));
        });
    }
}
