package io.vcdsim.api;

import io.vcdsim.compute.DiskService;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Disk;
import io.vcdsim.store.Database;
import io.vcdsim.store.DiskRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.views.DiskView;

import java.util.UUID;

/**
 * Independent disks: {@code POST /api/vdc/{id}/disk} (DiskCreateParams), {@code /api/disk/{id}} (GET, PUT, DELETE),
 * its {@code attachedVms}, and a VM's {@code disk/action/attach} and {@code detach}.
 */
public final class DiskResource implements Routes {
    private final Database db;
    private final DiskService disks;
    private final VdcService vdcs;
    private final TaskViews tasks;

    public DiskResource(Database db, DiskService disks, VdcService vdcs, TaskViews tasks) {
        this.db = db;
        this.disks = disks;
        this.vdcs = vdcs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/vdc/{id}/disk", this::create);
        r.get("/api/disk/{id}", x -> Reply.ok(view(x, load(x, Right.VDC_VIEW)), MediaTypes.DISK));
        r.put("/api/disk/{id}", this::update);
        r.delete("/api/disk/{id}", x -> tasks.accepted(x, disks.delete(load(x, Right.VAPP_CREATE),
                TaskResource.caller(x.principal()))));
        r.get("/api/disk/{id}/attachedVms", x -> {
            DiskRow d = load(x, Right.VDC_VIEW);
            return Reply.ok(db.read(tx -> DiskView.attachedVms(tx, Hrefs.viewer(x), d)), MediaTypes.VMS);
        });
        r.post("/api/disk/{id}/action/moveDisk", this::move);
        r.post("/api/vApp/{id}/disk/action/attach", x -> attachment(x, true));
        r.post("/api/vApp/{id}/disk/action/detach", x -> attachment(x, false));
    }

    private DiskRow load(Exchange x, Right right) {
        return disks.disk(x.principal(), Hrefs.id(x, "id"), right);
    }

    private Disk view(Exchange x, DiskRow d) {
        return db.read(tx -> DiskView.of(tx, Hrefs.viewer(x), d));
    }

    /** 201 with the disk, its creation task inside (go-vcloud-director waits for Tasks/Task[0]). */
    private Reply create(Exchange x) {
        VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VAPP_CREATE);
        Disk.CreateParams in = x.read(Disk.CreateParams.class, "DiskCreateParams", MediaTypes.DISK_CREATE_PARAMS);
        if (in.disk == null) {
            throw ApiException.badRequest("DiskCreateParams needs a Disk.");
        }
        Disk d = in.disk;
        DiskService.Created created = disks.create(vdc, d.name, d.description, d.sizeMb, d.size, d.busType,
                d.busSubType, d.iops, d.shareable, VmSectionResource.storageProfile(d.storageProfile),
                TaskResource.caller(x.principal()));
        Disk view = view(x, created.disk());
        return tasks.created(x, view, MediaTypes.DISK, view.href, java.util.List.of(created.task()));
    }

    private Reply update(Exchange x) {
        DiskRow d = load(x, Right.VAPP_CREATE);
        Disk in = x.read(Disk.class, "Disk", MediaTypes.DISK);
        return tasks.accepted(x, disks.update(d, in.name, in.description, DiskService.megabytes(in.sizeMb, in.size),
                VmSectionResource.storageProfile(in.storageProfile), TaskResource.caller(x.principal())));
    }

    /** DiskMoveParams (API 36.0): 202 with the vdcMoveDisk task. */
    private Reply move(Exchange x) {
        DiskRow d = load(x, Right.VAPP_CREATE);
        Disk.MoveParams in = x.read(Disk.MoveParams.class, "DiskMoveParams", MediaTypes.DISK_MOVE_PARAMS);
        UUID vdcId = in.vdc == null ? null : Ids.fromAny(in.vdc.href != null ? in.vdc.href : in.vdc.id);
        if (vdcId == null) {
            throw ApiException.badRequest("DiskMoveParams needs a Vdc: the destination VDC's href.");
        }
        VdcRow to = vdcs.vdc(x.principal(), vdcId, Right.VAPP_CREATE);
        return tasks.accepted(x, disks.move(d, to, in.iops, TaskResource.caller(x.principal())));
    }

    private Reply attachment(Exchange x, boolean attach) {
        VmRow vm = disks.vm(x.principal(), Hrefs.id(x, "id"));
        Disk.AttachParams in = x.read(Disk.AttachParams.class, "DiskAttachOrDetachParams",
                MediaTypes.DISK_ATTACH_PARAMS);
        UUID diskId = in.disk == null ? null : Ids.fromAny(in.disk.href);
        if (diskId == null) {
            throw ApiException.badRequest("DiskAttachOrDetachParams needs a Disk with an href.");
        }
        return tasks.accepted(x, disks.attachment(vm, diskId, attach, TaskResource.caller(x.principal())));
    }
}
