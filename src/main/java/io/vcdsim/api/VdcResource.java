package io.vcdsim.api;

import io.vcdsim.compute.Provider;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminVdc;
import io.vcdsim.model.ComputeCapacity;
import io.vcdsim.model.ProviderParams;
import io.vcdsim.model.Vdc;
import io.vcdsim.model.VdcStorageProfile;
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
        r.get("/api/vdcStorageProfile/{id}", this::storageProfile);
        r.post("/api/admin/org/{id}/vdcsparams", this::create);
        r.delete("/api/admin/vdc/{id}", x -> tasks.accepted(x, vdcs.delete(adminLoad(x), x.flag("force"),
                x.flag("recursive"), TaskResource.caller(x.principal()))));
        r.post("/api/admin/vdc/{id}/action/enable", x -> enable(x, true));
        r.post("/api/admin/vdc/{id}/action/disable", x -> enable(x, false));
    }

    private VdcRow adminLoad(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        return Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
    }

    Reply enable(Exchange x, boolean enabled) {
        vdcs.setEnabled(adminLoad(x), enabled);
        return Reply.noContent();
    }

    /** POST CreateVdcParams to an org (pyvcloud's create_org_vdc): 201 AdminVdc with its vdcCreateVdc task. */
    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID orgId = Hrefs.id(x, "id");
        Hrefs.found(db.read(tx -> tx.orgs().find(orgId)), "organization", orgId);
        ProviderParams.CreateVdc in = x.read(ProviderParams.CreateVdc.class, "CreateVdcParams",
                MediaTypes.CREATE_VDC_PARAMS);
        ComputeCapacity c = in.computeCapacity;
        long cpu = limit(c == null ? null : c.cpu, "GHz", 1000);
        long memory = limit(c == null ? null : c.memory, "GB", 1024);
        VdcService.Created created = vdcs.create(orgId, in.name, in.description, in.allocationModel, cpu, memory,
                in.vmQuota == null ? 0 : in.vmQuota, !Boolean.FALSE.equals(in.isEnabled),
                in.providerVdcReference == null ? null : Ids.fromAny(in.providerVdcReference.href),
                TaskResource.caller(x.principal()));
        Vdc v = view(x, created.vdc(), true);
        return Reply.created(v, MediaTypes.ADMIN_VDC, v.href);
    }

    /** A limit in MHz or MB, from a capacity that may be given in GHz or GB. */
    private static long limit(ComputeCapacity.Capacity c, String bigUnit, long factor) {
        if (c == null || c.limit == null) {
            return 0;
        }
        return bigUnit.equalsIgnoreCase(c.units) ? c.limit * factor : c.limit;
    }

    /** A VDC's one storage profile, {@code *} (the provider's), which shares the VDC's id. */
    Reply storageProfile(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        VdcRow v = Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "storage profile", id);
        x.principal().require(Right.VDC_VIEW, v.orgId());
        VdcStorageProfile p = new VdcStorageProfile();
        p.href = Hrefs.of(x, Kind.VDC_STORAGE_PROFILE, v.id());
        p.type = MediaTypes.xml(MediaTypes.VDC_STORAGE_PROFILE);
        p.name = Provider.STORAGE_PROFILE;
        p.id = Kind.VDC_STORAGE_PROFILE.urn(v.id());
        Hrefs.link(p, "up", x, Kind.VDC, v.id());
        p.enabled = true;
        p.units = "MB";
        p.limit = 0L;
        p.isDefault = true;
        return Reply.ok(p, MediaTypes.VDC_STORAGE_PROFILE);
    }

    /** PUT AdminVdc (system administrators): name, description, enabled, CPU and memory limits, VM quota. */
    Reply update(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        AdminVdc in = x.read(AdminVdc.class, "AdminVdc", MediaTypes.ADMIN_VDC);
        ComputeCapacity c = in.computeCapacity;
        Long cpu = c == null || c.cpu == null || c.cpu.limit == null ? null : limit(c.cpu, "GHz", 1000);
        Long memory = c == null || c.memory == null || c.memory.limit == null ? null : limit(c.memory, "GB", 1024);
        return tasks.accepted(x, vdcs.update(id, new VdcService.Changes(in.name, in.description, in.isEnabled, cpu,
                memory, in.vmQuota), TaskResource.caller(x.principal())));
    }

    Reply vdc(Exchange x, boolean admin) {
        UUID id = Hrefs.id(x, "id");
        VdcRow v = Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        x.principal().require(admin ? Right.ADMIN_VIEW : Right.VDC_VIEW, v.orgId());
        return Reply.ok(view(x, v, admin), admin ? MediaTypes.ADMIN_VDC : MediaTypes.VDC);
    }

    Vdc view(Exchange x, VdcRow v, boolean admin) {
        String media = admin ? MediaTypes.ADMIN_VDC : MediaTypes.VDC;
        Vdc vdc = admin ? new AdminVdc() : new Vdc();
        vdc.href = x.href((admin ? "/api/admin/vdc/" : "/api/vdc/") + v.id());
        vdc.type = MediaTypes.xml(media);
        MetadataResource.link(vdc);
        vdc.name = v.name();
        vdc.id = Kind.VDC.urn(v.id());
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
        vdc.link("up", admin ? Hrefs.admin(x, Kind.ORG, v.orgId()) : Hrefs.of(x, Kind.ORG, v.orgId()),
                MediaTypes.xml(admin ? MediaTypes.ADMIN_ORG : MediaTypes.ORG));
        if (admin) {
            Hrefs.link(vdc, "alternate", x, Kind.VDC, v.id());
            if (x.principal().isSystemAdmin()) {
                vdc.link("edit", vdc.href, MediaTypes.xml(MediaTypes.ADMIN_VDC));
            }
        }
        if (x.principal().isSystemAdmin()) {
            // on both views: pyvcloud's delete_vdc and enable_vdc follow them from the one it holds
            String adminHref = Hrefs.admin(x, Kind.VDC, v.id());
            vdc.link("remove", adminHref, null);
            vdc.link(v.enabled() ? "disable" : "enable", adminHref + "/action/" + (v.enabled() ? "disable" : "enable"),
                    null);
        }
        String base = Hrefs.of(x, Kind.VDC, v.id());
        vdc.link("add", base + "/action/instantiateVAppTemplate", MediaTypes.xml(MediaTypes.INSTANTIATE_PARAMS));
        vdc.link("add", base + "/action/composeVApp", MediaTypes.xml(MediaTypes.COMPOSE_PARAMS));
        db.read(tx -> {
            for (VAppRow a : tx.compute().vappsIn(v.id())) {
                vdc.resourceEntities.add(Hrefs.ref(x, Kind.VAPP, a.id(), a.name()));
            }
            for (var t : tx.compute().templatesIn(v.id())) {
                vdc.resourceEntities.add(Hrefs.ref(x, Kind.VAPP_TEMPLATE, t.id(), t.name()));
            }
            for (var m : tx.catalogItems().mediaIn(v.id())) {
                vdc.resourceEntities.add(Hrefs.ref(x, Kind.MEDIA, m.id(), m.name()));
            }
            return null;
        });
        for (NetworkRow n : db.read(tx -> tx.resources().networks(v.orgId()))) {
            if (v.id().equals(n.vdcId())) {
                vdc.availableNetworks.add(Hrefs.ref(x, Kind.NETWORK, n.id(), n.name()));
            }
        }
        vdc.vdcStorageProfiles.add(Hrefs.ref(x, Kind.VDC_STORAGE_PROFILE, v.id(), Provider.STORAGE_PROFILE));
        vdc.tasks = tasks.active(x, v.id());
        return vdc;
    }
}
