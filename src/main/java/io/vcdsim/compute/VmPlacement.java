package io.vcdsim.compute;

import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;

import java.util.List;

/**
 * Where a task's new VMs go in the provider VDC's resource pools and hosts: vcdsim's own placement (the VDC's
 * primary pool, a host of its cluster by the VM's id) unless something else decides, as object extensions do at
 * vCD's VM placement phase. It runs in the task's work, and may throw {@link io.vcdsim.tasks.WorkWaits}.
 */
@FunctionalInterface
public interface VmPlacement {
    VmPlacement DEFAULT = (tx, task, vdc, vms) -> { };

    void place(Tx tx, TaskRow task, VdcRow vdc, List<VmRow> vms);
}
