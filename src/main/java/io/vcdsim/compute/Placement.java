package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.PlacementStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.store.VdcStorageProfileStore.Profile;
import io.vcdsim.store.VmRow;

import java.util.UUID;

/**
 * The rule for storing a VM or an independent disk on a storage profile: an enabled one of its VDC. Where nothing is
 * asked, new VMs and disks go on their VDC's default.
 */
public final class Placement {
    private Placement() {
    }

    /** The profile, if it is an enabled one of VDC {@code vdcId}; else 400. */
    public static Profile requireIn(Tx tx, UUID vdcId, UUID profileId) {
        Profile p = tx.store(VdcStorageProfileStore::new).find(profileId).filter(f -> f.vdcId().equals(vdcId))
                .orElseThrow(() -> ApiException.invalidReference("The StorageProfile " + profileId
                        + " is not a storage profile of the VDC."));
        if (!p.enabled()) {
            throw ApiException.badRequest("Storage profile " + p.name() + " is disabled in the VDC: nothing new is "
                    + "stored on it.");
        }
        return p;
    }

    /** The profile, if the VM is a vApp's and the profile an enabled one of the vApp's VDC; else 400. */
    static Profile requireFor(Tx tx, VmRow vm, UUID profileId) {
        UUID vdcId = tx.compute().vapp(vm.parentId()).orElseThrow(() -> ApiException.badRequest("Only a vApp's VM is "
                + "stored on a storage profile.")).vdcId();
        return requireIn(tx, vdcId, profileId);
    }

    /**
     * Puts a new VM of a vApp of VDC {@code vdcId} on an enabled profile of it; null leaves it on the default, where
     * it was stored. Checked again: the task may have run a while since the request was checked.
     */
    static void vm(Tx tx, UUID vdcId, UUID vmId, UUID profileId) {
        if (profileId != null) {
            requireIn(tx, vdcId, profileId);
            tx.store(PlacementStore::new).place(PlacementStore.Holder.VM, vmId, profileId);
        }
    }

    /** Puts an independent disk on an enabled profile of its VDC. */
    public static void disk(Tx tx, UUID diskId, UUID vdcId, UUID profileId) {
        requireIn(tx, vdcId, profileId);
        tx.store(PlacementStore::new).place(PlacementStore.Holder.DISK, diskId, profileId);
    }
}
