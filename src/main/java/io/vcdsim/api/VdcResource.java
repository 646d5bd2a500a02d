package io.vcdsim.api;

import io.vcdsim.auth.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.compute.VdcService;
import io.vcdsim.model.AdminVdc;
import io.vcdsim.model.ComputeCapacity;
import io.vcdsim.model.Vdc;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;

import java.util.UUID;

/** Virtual data centers: the org view {@code /api/vdc/{id}} and the admin view {@code /api/admin/vdc/{id}}. */
public final class VdcResource implements Routes {
    private final Database db;
    private final VdcService vdcs;
    private final TaskViews tasks;

    public VdcResource(Database db, VdcService vdcs, TaskViews tasks) {
        this.db = db;
        this.vdcs = vdcs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vdc/{id}", x -> vdc(x, false));
        r.get("/api/admin/vdc/{id}", x -> vdc(x, true));
        r.put("/api/admin/vdc/{id}", this::update);
    }

    /** PUT AdminVdc (system administrators): name, description, enabled, CPU and memory limits, VM quota. */
    Reply update(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        AdminVdc in = x.read(AdminVdc.class, "AdminVdc", MediaTypes.ADMIN_VDC);
        ComputeCapacity c = in.computeCapacity;
        Long cpu = c == null || c.cpu == null ? null : c.cpu.limit;
        Long memory = c == null || c.memory == null ? null : c.memory.limit;
        return tasks.accepted(x, vdcs.update(id, new VdcService.Changes(in.name, in.description, in.isEnabled, cpu,
                memory, in.vmQuota), TaskResource.caller(x.principal())));
    }

    Reply vdc(Exchange x, boolean admin) {
        UUID id = Hrefs.id(x, "id");
        VdcRow v = Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        x.principal().require(admin ? Right.ADMIN_VIEW : Right.VDC_VIEW, v.orgId());
        String media = admin ? MediaTypes.ADMIN_VDC : MediaTypes.VDC;
        Vdc vdc = admin ? new AdminVdc() : new Vdc();
        vdc.href = x.href((admin ? "/api/admin/vdc/" : "/api/vdc/") + v.id());
        vdc.type = MediaTypes.xml(media);
        MetadataResource.link(vdc);
        vdc.name = v.name();
        vdc.id = Hrefs.urn("vdc", v.id());
        vdc.status = 1;
        vdc.description = v.description();
        vdc.allocationModel = v.allocationModel();
        var used = db.read(tx -> tx.resources().allocated(v.id()));
        vdc.computeCapacity = new ComputeCapacity();
        vdc.computeCapacity.cpu = new ComputeCapacity.Capacity("MHz", used.cpus() * VdcRow.MHZ_PER_VCPU, v.cpuLimitMhz(),
                used.cpus() * VdcRow.MHZ_PER_VCPU);
        vdc.computeCapacity.memory = new ComputeCapacity.Capacity("MB", used.memoryMb(), v.memoryLimitMb(),
                used.memoryMb());
        vdc.vmQuota = v.vmQuota();
        vdc.isEnabled = v.enabled();
        vdc.link("up", admin ? Hrefs.adminOrg(x, v.orgId()) : Hrefs.org(x, v.orgId()),
                MediaTypes.xml(admin ? MediaTypes.ADMIN_ORG : MediaTypes.ORG));
        if (admin) {
            vdc.link("alternate", Hrefs.vdc(x, v.id()), MediaTypes.xml(MediaTypes.VDC));
            if (x.principal().isSystemAdmin()) {
                vdc.link("edit", vdc.href, MediaTypes.xml(MediaTypes.ADMIN_VDC));
            }
        }
        String base = x.href("/api/vdc/" + v.id());
        vdc.link("add", base + "/action/instantiateVAppTemplate", MediaTypes.xml(MediaTypes.INSTANTIATE_PARAMS));
        vdc.link("add", base + "/action/composeVApp", MediaTypes.xml(MediaTypes.COMPOSE_PARAMS));
        for (VAppRow a : db.read(tx -> tx.compute().vappsIn(v.id()))) {
            vdc.resourceEntities.add(Hrefs.ref(VAppResource.href(x, a.id()), "vapp", a.id(), MediaTypes.VAPP,
                    a.name()));
        }
        for (NetworkRow n : db.read(tx -> tx.resources().networks(v.orgId()))) {
            if (v.id().equals(n.vdcId())) {
                vdc.availableNetworks.add(Hrefs.ref(Hrefs.network(x, n.id()), "network", n.id(),
                        MediaTypes.ORG_NETWORK, n.name()));
            }
        }
        return Reply.ok(vdc, media);
    }
}
