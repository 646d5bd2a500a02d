package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;

import java.util.UUID;

/** A VDC's compute quotas (memory MB, CPU MHz, VM count; 0 = none), checked when a task's work allocates. */
final class Quotas {
    private Quotas() {
    }

    /** Fails the running task's work when the VDC's VMs now allocate more than its quotas allow. */
    static void require(Tx tx, UUID vdcId) {
        VdcRow vdc = tx.resources().vdc(vdcId).orElseThrow();
        var used = tx.resources().allocated(vdcId);
        if (vdc.memoryLimitMb() > 0 && used.memoryMb() > vdc.memoryLimitMb()) {
            throw ApiException.badRequest("The VDC " + vdc.name() + " has " + vdc.memoryLimitMb() + " MB of memory; its "
                    + "VMs would need " + used.memoryMb() + " MB.");
        }
        if (vdc.cpuLimitMhz() > 0 && vdc.cpuMhz(used.cpus()) > vdc.cpuLimitMhz()) {
            throw ApiException.badRequest("The VDC " + vdc.name() + " has " + vdc.cpuLimitMhz() + " MHz of CPU; its VMs "
                    + "would need " + vdc.cpuMhz(used.cpus()) + " MHz (" + vdc.settings().vCpuInMhz()
                    + " MHz per virtual CPU).");
        }
        if (vdc.vmQuota() > 0 && used.vms() > vdc.vmQuota()) {
            throw ApiException.badRequest("The VDC " + vdc.name() + " allows " + vdc.vmQuota() + " VMs; this would make "
                    + used.vms() + ".");
        }
    }
}
