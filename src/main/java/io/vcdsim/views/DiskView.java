package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.model.Disk;
import io.vcdsim.model.Owner;
import io.vcdsim.store.DiskRow;
import io.vcdsim.store.PlacementStore;
import io.vcdsim.store.Tx;

import java.util.UUID;

/** An independent disk, with the links its state allows, and the VMs it is attached to. */
public final class DiskView {
    private DiskView() {
    }

    public static Disk of(Tx tx, Viewer v, DiskRow d) {
        Disk disk = v.entity(new Disk(), Kind.DISK, d.id(), d.name());
        disk.status = d.status();
        disk.description = d.description();
        disk.sizeMb = d.sizeMb();
        disk.size = d.sizeMb() * 1024 * 1024;
        disk.iops = d.iops();
        disk.busType = d.busType();
        disk.busSubType = d.busSubType();
        disk.encrypted = false;
        disk.shareable = d.shareable();
        disk.sharingType = d.shareable() ? "ControllerSharing" : "None";
        disk.uuid = d.id().toString();
        v.link(disk, "up", Kind.VDC, d.vdcId());
        if (v.principal().has(Right.VAPP_CREATE)) {
            disk.link("edit", disk.href, MediaTypes.xml(MediaTypes.DISK));
            disk.link("remove", disk.href, null);
            disk.link("moveDisk", disk.href + "/action/moveDisk", MediaTypes.xml(MediaTypes.DISK_MOVE_PARAMS));
        }
        disk.link("down", disk.href + "/attachedVms", MediaTypes.xml(MediaTypes.VMS));
        OwnerView.link(disk, disk.href);
        Viewer.metadataLink(disk);
        disk.storageProfile = VmSectionView.storageProfile(tx, v, tx.store(PlacementStore::new).ofDisk(d.id())
                .orElse(null));
        if (d.ownerId() != null) {
            disk.owner = new Owner();
            disk.owner.user = v.adminRef(Kind.USER, d.ownerId(),
                    tx.users().find(d.ownerId()).map(u -> u.name()).orElse(""));
        }
        disk.tasks = TaskView.active(tx, v, d.id());
        return disk;
    }

    /** The VMs a disk is attached to. */
    public static Disk.Vms attachedVms(Tx tx, Viewer v, DiskRow d) {
        Disk.Vms vms = new Disk.Vms();
        vms.href = v.href(Kind.DISK, d.id()) + "/attachedVms";
        vms.type = MediaTypes.xml(MediaTypes.VMS);
        for (UUID vm : tx.disks().attachedTo(d.id())) {
            tx.compute().vm(vm).ifPresent(row -> vms.vmReference.add(v.ref(Kind.VM, row.id(), row.name())));
        }
        return vms;
    }
}
