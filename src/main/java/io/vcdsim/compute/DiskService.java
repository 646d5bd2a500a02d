package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.DiskRow;
import io.vcdsim.store.PlacementStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Independent disks: made in a VDC ({@code vdcCreateDisk}), changed ({@code vdcUpdateDisk}) and deleted
 * ({@code vdcDeleteDisk}) while no VM holds them, and attached to and detached from VMs of the same VDC
 * ({@code vappAttachDisk}, {@code vappDetachDisk}). A disk that is not shareable is on one VM at most.
 */
public final class DiskService {
    public static final String CREATE = "vdcCreateDisk";
    public static final String UPDATE = "vdcUpdateDisk";
    public static final String DELETE = "vdcDeleteDisk";
    public static final String ATTACH = "vappAttachDisk";
    public static final String DETACH = "vappDetachDisk";
    public static final String MOVE = "vdcMoveDisk";
    /** 64 TB, vSphere's largest virtual disk. */
    static final long MAX_SIZE_MB = 64L * 1024 * 1024;
    static final int MAX_DESCRIPTION = 4096;
    /** vCD's bus types (5 IDE, 6 SCSI, 20 SATA/NVMe) and the controllers each takes. */
    static final Map<String, Set<String>> BUSES = Map.of(
            "5", Set.of("ide"),
            "6", Set.of("lsilogic", "buslogic", "lsilogicsas", "VirtualSCSI"),
            "20", Set.of("vmware.sata.ahci", "vmware.nvme.controller"));
    private final Database db;
    private final TaskEngine engine;

    /** What an update changes (null: unchanged); a storage profile is one of the disk's VDC. */
    public record Changes(String name, String description, Long sizeMb, UUID storageProfile) {
    }

    /** Which disk goes on or off which VM. */
    public record Attachment(UUID diskId) {
    }

    /** Where a disk moves, and its IOPS there. */
    public record Move(UUID vdcId, int iops) {
    }

    public DiskService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        // the disk exists from the request on, not ready (status 0) until its task ends; an abort removes it
        engine.register(CREATE, (tx, task) -> ready(tx, task.ownerId()),
                (tx, task) -> tx.disks().delete(task.ownerId()));
        engine.register(UPDATE, Changes.class, (tx, task, c) -> {
            DiskRow d = unattached(tx, task.ownerId(), "changed");
            if (c.sizeMb() != null && c.sizeMb() < d.sizeMb()) { // another update grew it meanwhile
                throw ApiException.badRequest("A disk grows, it does not shrink: " + d.name() + " has " + d.sizeMb()
                        + " MB.");
            }
            tx.disks().update(d.with(c.name() == null ? d.name() : c.name(),
                    c.description() == null ? d.description() : c.description(),
                    c.sizeMb() == null ? d.sizeMb() : c.sizeMb(), d.status()));
            if (c.storageProfile() != null) { // checked again: it may have been disabled or removed meanwhile
                Placement.disk(tx, d.id(), d.vdcId(), c.storageProfile());
            }
        });
        engine.register(DELETE, (tx, task) -> {
            unattached(tx, task.ownerId(), "deleted");
            tx.metadata().deleteFor(task.ownerId());
            tx.disks().delete(task.ownerId());
        });
        engine.register(ATTACH, Attachment.class, (tx, task, a) -> attach(tx, task.ownerId(), a.diskId()));
        engine.register(DETACH, Attachment.class, (tx, task, a) -> {
            tx.disks().lock(a.diskId());
            if (!tx.disks().detach(a.diskId(), task.ownerId())) {
                throw ApiException.badRequest("The disk is not attached to this VM.");
            }
        });
        engine.register(MOVE, Move.class, (tx, task, m) -> {
            unattached(tx, task.ownerId(), "moved");
            tx.resources().vdc(m.vdcId()).orElseThrow(() -> ApiException.badRequest("The destination VDC was deleted."));
            tx.disks().move(task.ownerId(), m.vdcId(), m.iops());
        });
        engine.announce(CREATE, "disk/create");
        engine.announce(DELETE, "disk/delete");
    }

    /** The vApp VM a disk goes on or off, if the caller may change vApps in its org; else 403. */
    public VmRow vm(Principal p, UUID id) {
        return p.require(Right.VAPP_CREATE, db.read(tx -> tx.compute().vappVm(id)), VmRow::orgId, "VM", id);
    }

    /** The disk with this id, if the caller holds {@code right} in its org; else 403. */
    public DiskRow disk(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.disks().find(id)), DiskRow::orgId, "disk", id);
    }

    public record Created(DiskRow disk, TaskRow task) {
    }

    /**
     * POST DiskCreateParams to a VDC: the disk, not ready, with its creation task; on the storage profile of the VDC
     * it names, else on the VDC's default.
     */
    public Created create(VdcRow vdc, String name, String description, Long sizeMb, Long sizeBytes, String busType,
                          String busSubType, Integer iops, Boolean shareable, UUID storageProfile,
                          TaskEngine.Caller by) {
        String checkedName = checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        Long given = megabytes(sizeMb, sizeBytes);
        long size = given == null ? -1 : given;
        checkSize(size);
        String bus = busType == null ? "6" : busType;
        Set<String> controllers = BUSES.get(bus);
        if (controllers == null) {
            throw ApiException.badRequest("busType is one of " + String.join(", ", BUSES.keySet()) + ", not '" + bus
                    + "'.");
        }
        String controller = busSubType == null ? controllers.iterator().next() : busSubType;
        if (!controllers.contains(controller)) {
            throw ApiException.badRequest("busSubType of bus type " + bus + " is one of "
                    + String.join(", ", controllers) + ", not '" + controller + "'.");
        }
        if (iops != null && iops < 0) {
            throw ApiException.badRequest("iops is 0 (no limit) or more.");
        }
        return db.tx(tx -> {
            DiskRow d = new DiskRow(UUID.randomUUID(), vdc.orgId(), vdc.id(), checkedName, description, size, bus,
                    controller, iops == null ? 0 : iops, Boolean.TRUE.equals(shareable), 0, by.userId(), engine.now());
            tx.disks().insert(d);
            if (storageProfile != null) {
                Placement.disk(tx, d.id(), vdc.id(), storageProfile);
            }
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating Disk " + checkedName + "(" + d.id()
                    + ")", by, owner(d), true, null));
            return new Created(d, task);
        });
    }

    /**
     * A new name, description, size or storage profile (of the disk's VDC); a disk can grow, not shrink. The task
     * fails if a VM holds the disk.
     */
    public TaskRow update(DiskRow d, String name, String description, Long sizeMb, UUID storageProfile,
                          TaskEngine.Caller by) {
        String checkedName = name == null ? null : checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        if (sizeMb != null) {
            checkSize(sizeMb);
            if (sizeMb < d.sizeMb()) {
                throw ApiException.badRequest("A disk grows, it does not shrink: " + d.name() + " has " + d.sizeMb()
                        + " MB.");
            }
        }
        return db.tx(tx -> {
            // a Disk PUT back whole names the profile the disk is on: not a move
            UUID moveTo = storageProfile == null || storageProfile.equals(tx.store(PlacementStore::new)
                    .ofDisk(d.id()).orElse(null)) ? null : Placement.requireIn(tx, d.vdcId(), storageProfile).id();
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Disk " + d.name() + "(" + d.id() + ")", by,
                    owner(d), true, new Changes(checkedName, description, sizeMb, moveTo)));
        });
    }

    /** The task fails if a VM holds the disk. */
    public TaskRow delete(DiskRow d, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Disk " + d.name() + "(" + d.id()
                + ")", by, owner(d), true, null)));
    }

    /**
     * DiskMoveParams: the disk goes to another VDC of its org when its task ends, if no VM holds it then; its IOPS
     * stay unless given (0: no limit).
     */
    public TaskRow move(DiskRow d, VdcRow to, Long iops, TaskEngine.Caller by) {
        if (!to.orgId().equals(d.orgId())) {
            throw ApiException.invalidReference("A disk moves to another VDC of its own organization.");
        }
        if (to.id().equals(d.vdcId())) {
            throw ApiException.badRequest("Disk " + d.name() + " is in VDC " + to.name() + " already.");
        }
        if (iops != null && (iops < 0 || iops > Integer.MAX_VALUE)) {
            throw ApiException.badRequest("Iops is from 0 (no limit) to " + Integer.MAX_VALUE + ".");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(MOVE, "Moving Disk " + d.name() + "(" + d.id()
                + ") to VDC " + to.name(), by, owner(d), true, new Move(to.id(), iops == null ? d.iops()
                : iops.intValue()))));
    }

    /** Attaches or detaches a disk of the VM's VDC; the task runs on the VM. */
    public TaskRow attachment(VmRow vm, UUID diskId, boolean attach, TaskEngine.Caller by) {
        return db.tx(tx -> {
            VAppRow vapp = tx.compute().vapp(vm.parentId()).orElseThrow(() ->
                    ApiException.forbidden("No such VM."));
            DiskRow d = tx.disks().find(diskId).filter(x -> x.vdcId().equals(vapp.vdcId())).orElseThrow(() ->
                    ApiException.invalidReference("The Disk is not a disk of the VM's VDC."));
            String op = attach ? ATTACH : DETACH;
            return engine.start(tx, new TaskEngine.Spec(op, (attach ? "Attaching" : "Detaching") + " Disk "
                    + d.name() + " (" + d.id() + ") " + (attach ? "to" : "from") + " Virtual Machine " + vm.name()
                    + "(" + vm.id() + ")", by, ObjectRef.of(Kind.VM, vm.id(), vm.name()), true,
                    new Attachment(d.id())));
        });
    }

    private static void attach(Tx tx, UUID vmId, UUID diskId) {
        DiskRow d = tx.disks().lock(diskId).orElseThrow(() -> ApiException.badRequest("The disk was deleted."));
        if (d.status() != 1) {
            throw ApiException.badRequest("Disk " + d.name() + " is not ready yet.");
        }
        boolean sameVdc = tx.compute().vm(vmId).flatMap(vm -> tx.compute().vapp(vm.parentId()))
                .filter(a -> a.vdcId().equals(d.vdcId())).isPresent();
        if (!sameVdc) { // moved to another VDC since the attach was asked for
            throw ApiException.badRequest("Disk " + d.name() + " is not in the VM's VDC any more.");
        }
        var on = tx.disks().attachedTo(diskId);
        if (on.contains(vmId)) {
            throw ApiException.badRequest("Disk " + d.name() + " is already attached to this VM.");
        }
        if (!on.isEmpty() && !d.shareable()) {
            throw ApiException.badRequest("Disk " + d.name() + " is attached to another VM and is not shareable.");
        }
        tx.disks().attach(diskId, vmId);
    }

    private static void ready(Tx tx, UUID diskId) {
        tx.disks().find(diskId).ifPresent(d -> tx.disks().update(d.with(d.name(), d.description(), d.sizeMb(), 1)));
    }

    private static DiskRow unattached(Tx tx, UUID diskId, String what) {
        DiskRow d = tx.disks().lock(diskId).orElseThrow(() -> ApiException.badRequest("The disk was deleted."));
        int vms = tx.disks().attachedTo(diskId).size();
        if (vms > 0) {
            throw ApiException.badRequest("Disk " + d.name() + " cannot be " + what + " while it is attached to "
                    + vms + " VM(s): detach it first.");
        }
        return d;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw ApiException.badRequest("A disk needs a name of 1 to 128 characters.");
        }
        return name;
    }

    /** A disk's size as a client gives it: {@code sizeMb}, or the older {@code size} in bytes rounded up; null if none. */
    public static Long megabytes(Long sizeMb, Long sizeBytes) {
        return sizeMb != null ? sizeMb : sizeBytes == null ? null : sizeBytes / (1024L * 1024) + (sizeBytes % (1024L * 1024) > 0 ? 1 : 0);
    }

    private static void checkSize(long sizeMb) {
        if (sizeMb < 1 || sizeMb > MAX_SIZE_MB) {
            throw ApiException.badRequest("A disk has 1 MB to " + MAX_SIZE_MB + " MB (sizeMb), not " + sizeMb + ".");
        }
    }

    public static ObjectRef owner(DiskRow d) {
        return ObjectRef.of(Kind.DISK, d.id(), d.name());
    }
}
