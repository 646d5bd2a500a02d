package io.vcdsim.api;

import io.vcdsim.auth.Right;
import io.vcdsim.compute.Power;
import io.vcdsim.compute.Ovf;
import io.vcdsim.compute.VAppService;
import io.vcdsim.compute.VmHardware;
import io.vcdsim.http.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Ids;
import io.vcdsim.model.VApp;
import io.vcdsim.model.VAppParams;
import io.vcdsim.model.Vm;
import io.vcdsim.model.VmSpecSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * vApps and VMs ({@code /api/vApp/vapp-{id}}, {@code /api/vApp/vm-{id}}): instantiate and compose
 * through the VDC's add links, read, power operations through the links the current state offers,
 * delete. Every change answers with its task.
 */
public final class VAppResource implements Routes {
    private final Database db;
    private final VAppService vapps;
    private final TaskViews tasks;

    public VAppResource(Database db, VAppService vapps, TaskViews tasks) {
        this.db = db;
        this.vapps = vapps;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post("/api/vdc/{id}/action/instantiateVAppTemplate", this::instantiate);
        r.post("/api/vdc/{id}/action/composeVApp", this::compose);
        r.get("/api/vApp/{id}", this::get);
        r.delete("/api/vApp/{id}", this::delete);
        r.post("/api/vApp/{id}/power/action/{action}", this::power);
        r.post("/api/vApp/{id}/action/{action}", this::power);
    }

    private VdcRow vdc(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        VdcRow v = Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        x.principal().require(Right.VAPP_CREATE, v.orgId());
        return v;
    }

    Reply instantiate(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.Instantiate in = x.read(VAppParams.Instantiate.class, "InstantiateVAppTemplateParams",
                MediaTypes.INSTANTIATE_PARAMS);
        UUID template = in.source == null ? null : Ids.fromAny(in.source.href);
        if (template == null) {
            throw ApiException.badRequest("InstantiateVAppTemplateParams needs a Source: the vApp template's href.");
        }
        VAppService.Created c = vapps.instantiate(vdc, in.name, in.description, template, Boolean.TRUE.equals(in.deploy),
                Boolean.TRUE.equals(in.powerOn), TaskResource.caller(x.principal()));
        VApp v = view(x, c.vapp());
        return Reply.created(v, MediaTypes.VAPP, v.href);
    }

    Reply compose(Exchange x) {
        VdcRow vdc = vdc(x);
        VAppParams.Compose in = x.read(VAppParams.Compose.class, "ComposeVAppParams", MediaTypes.COMPOSE_PARAMS);
        List<UUID> sources = new ArrayList<>();
        for (VAppParams.SourcedItem item : in.sourcedItem) {
            UUID id = item.source == null ? null : Ids.fromAny(item.source.href);
            if (id == null) {
                throw ApiException.badRequest("Each SourcedItem needs a Source href.");
            }
            sources.add(id);
        }
        VAppService.Created c = vapps.compose(vdc, in.name, in.description, sources, Boolean.TRUE.equals(in.deploy),
                Boolean.TRUE.equals(in.powerOn), TaskResource.caller(x.principal()));
        VApp v = view(x, c.vapp());
        return Reply.created(v, MediaTypes.VAPP, v.href);
    }

    Reply get(Exchange x) {
        if (x.pathParam("id").startsWith("vm-")) {
            return Reply.ok(vm(x, findVm(x, Right.VDC_VIEW)), MediaTypes.VM);
        }
        return Reply.ok(view(x, findVApp(x, Right.VDC_VIEW)), MediaTypes.VAPP);
    }

    Reply delete(Exchange x) {
        if (x.pathParam("id").startsWith("vm-")) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "Remove a VM by recomposing its vApp.");
        }
        VAppRow a = findVApp(x, Right.VAPP_DELETE);
        return tasks.accepted(x, vapps.delete(a, x.flag("force"), TaskResource.caller(x.principal())));
    }

    Reply power(Exchange x) {
        Power p = Power.of(x.pathParam("action"));
        boolean underPower = x.path().contains("/power/action/");
        if (p == null || p.underPower() != underPower) {
            throw ApiException.notFound("No action " + x.pathParam("action") + " at " + x.path() + ".");
        }
        UUID target = x.pathParam("id").startsWith("vm-") ? findVm(x, Right.VAPP_POWER).id()
                : findVApp(x, Right.VAPP_POWER).id();
        boolean powerOn = false;
        boolean suspend = false;
        if (p == Power.DEPLOY && x.body().length > 0) {
            VAppParams.Deploy d = x.read(VAppParams.Deploy.class, "DeployVAppParams", MediaTypes.DEPLOY_PARAMS);
            powerOn = Boolean.TRUE.equals(d.powerOn);
        } else if (p == Power.UNDEPLOY && x.body().length > 0) {
            VAppParams.Undeploy u = x.read(VAppParams.Undeploy.class, "UndeployVAppParams", MediaTypes.UNDEPLOY_PARAMS);
            suspend = "suspend".equalsIgnoreCase(u.undeployPowerAction);
        }
        return tasks.accepted(x, vapps.power(target, p, powerOn, suspend, TaskResource.caller(x.principal())));
    }

    private VAppRow findVApp(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        VAppRow a = Hrefs.found(db.read(tx -> tx.compute().vapp(id)), "vApp", id);
        x.principal().require(right, a.orgId());
        return a;
    }

    private VmRow findVm(Exchange x, Right right) {
        UUID id = Hrefs.id(x, "id");
        VmRow vm = db.read(tx -> tx.compute().vm(id)).filter(v -> db.read(tx -> tx.compute().vapp(v.parentId()))
                .isPresent()).orElseThrow(() -> ApiException.forbidden("No VM with id " + id + " is accessible."));
        x.principal().require(right, vm.orgId());
        return vm;
    }

    public static String href(Exchange x, UUID vappId) {
        return x.href("/api/vApp/vapp-" + vappId);
    }

    VApp view(Exchange x, VAppRow a) {
        VApp v = new VApp();
        v.href = href(x, a.id());
        v.type = MediaTypes.xml(MediaTypes.VAPP);
        v.name = a.name();
        v.id = Hrefs.urn("vapp", a.id());
        v.status = a.status();
        v.deployed = a.deployed();
        v.link("up", Hrefs.vdc(x, a.vdcId()), MediaTypes.xml(MediaTypes.VDC));
        powerLinks(v, v.href, a.status(), a.deployed());
        if (!a.deployed() && a.status() != 0) {
            v.link("remove", v.href, null);
        }
        MetadataResource.link(v);
        v.description = a.description();
        v.tasks = tasks.active(x, a.id());
        v.dateCreated = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.created().atOffset(ZoneOffset.UTC));
        v.children = new ArrayList<>();
        for (VmRow vm : db.read(tx -> tx.compute().vms(a.id()))) {
            v.children.add(vm(x, vm));
        }
        return v;
    }

    Vm vm(Exchange x, VmRow vm) {
        Vm v = new Vm();
        v.href = x.href("/api/vApp/vm-" + vm.id());
        v.type = MediaTypes.xml(MediaTypes.VM);
        v.name = vm.name();
        v.id = Hrefs.urn("vm", vm.id());
        v.status = vm.status();
        v.deployed = vm.deployed();
        v.needsCustomization = false;
        v.link("up", href(x, vm.parentId()), MediaTypes.xml(MediaTypes.VAPP));
        powerLinks(v, v.href, vm.status(), vm.deployed());
        MetadataResource.link(v);
        v.description = vm.description();
        v.tasks = tasks.active(x, vm.id());
        v.dateCreated = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(vm.created().atOffset(ZoneOffset.UTC));
        v.vmSpecSection = spec(vm);
        return v;
    }

    /** Only the operations the state allows get a link: that is how clients learn what they may do. */
    private static void powerLinks(io.vcdsim.model.Resource r, String href, int status, boolean deployed) {
        for (Power p : Power.values()) {
            if (!p.allowed(status, deployed)) {
                continue;
            }
            String type = p == Power.DEPLOY ? MediaTypes.xml(MediaTypes.DEPLOY_PARAMS)
                    : p == Power.UNDEPLOY ? MediaTypes.xml(MediaTypes.UNDEPLOY_PARAMS) : null;
            r.link(p.rel, href + (p.underPower() ? "/power/action/" : "/action/") + p.action(), type);
        }
    }

    private static VmSpecSection spec(VmRow vm) {
        VmSpecSection s = new VmSpecSection();
        s.required = false;
        s.modified = false;
        s.info = "The configuration parameters for logical VM";
        s.osType = vm.osType();
        s.numCpus = vm.cpus();
        s.memoryResourceMb = new VmSpecSection.Memory();
        s.memoryResourceMb.configured = vm.memoryMb();
        for (Ovf.Disk d : VmHardware.disks(vm)) {
            VmSpecSection.Disk disk = new VmSpecSection.Disk();
            disk.diskId = d.id();
            disk.sizeMb = d.capacityMb();
            s.diskSection.add(disk);
        }
        return s;
    }
}
