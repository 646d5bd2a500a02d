package io.vcdsim.compute;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.OvfTarget;
import io.vcdsim.catalog.ProductSection;
import io.vcdsim.catalog.TemplateService;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A vApp made from an OVF package uploaded into a VDC (InstantiateOvfParams at the VDC's {@code
 * action/instantiateOvf}, the Programming Guide's "Create a vApp From an OVF Package"). The vApp exists at once
 * (status 0), with the networks its InstantiationParams declare and the upload link of its descriptor; the
 * descriptor makes its VMs, each NIC on the vApp network the NetworkMapping or the OVF's own network name gives
 * (else on none); when every file the OVF names has arrived, its vdcUploadOvfContents task ends, and the vApp is
 * deployed and powered on unless asked not to be. The upload itself is the catalog's, as for a template.
 */
public final class VAppFromOvf implements OvfTarget {
    private final Database db;
    private final TaskEngine engine;

    /** What the vApp's upload task carries: OVF network to vApp network, and what to do once it is ready. */
    record Params(Map<String, String> networkMapping, boolean deploy, boolean powerOn) {
    }

    public VAppFromOvf(Database db, TaskEngine engine, TemplateService templates) {
        this.db = db;
        this.engine = engine;
        templates.addTarget(this);
    }

    /** Starts it: 201 with the vApp, waiting for its descriptor. */
    public VAppCreation.Created start(VdcRow vdc, String name, String description, List<VAppNetworks.Wanted> networks,
                                      Map<String, String> networkMapping, boolean deploy, boolean powerOn,
                                      TaskEngine.Caller by) {
        return db.tx(tx -> {
            VAppRow vapp = VAppCreation.newVApp(tx, vdc, name, description, 0, by, engine.now());
            VAppNetworks.connect(tx, vapp, VAppNetworks.plan(tx, vapp, networks));
            Set<String> declared = tx.vappNetworks().of(vapp.id()).stream().map(n -> n.name())
                    .collect(Collectors.toSet());
            networkMapping.forEach((ovfNetwork, target) -> {
                if (!declared.contains(target)) {
                    throw io.vcdsim.core.ApiException.badRequest("NetworkMapping maps " + ovfNetwork + " to "
                            + target + ", which is not a network the InstantiationParams declare.");
                }
            });
            TaskRow task = engine.start(tx, new TaskEngine.Spec(TemplateService.UPLOAD, "Creating Virtual "
                    + "Application " + name + "(" + vapp.id() + ")", by, VAppService.owner(vapp), true,
                    new Params(Map.copyOf(networkMapping), deploy || powerOn, powerOn)));
            return new VAppCreation.Created(vapp, task);
        });
    }

    @Override
    public Kind kind() {
        return Kind.VAPP;
    }

    @Override
    public boolean owns(Tx tx, UUID entityId) {
        return tx.compute().vapp(entityId).filter(a -> a.status() == 0).isPresent(); // still being made
    }

    @Override
    public Right uploadRight() {
        return Right.VAPP_CREATE;
    }

    @Override
    public void described(Tx tx, UUID vappId, Ovf ovf) {
        VAppRow vapp = tx.compute().vapp(vappId).orElseThrow();
        TaskRow task = tx.tasks().activeFor(vappId).stream()
                .filter(t -> t.operationName().equals(TemplateService.UPLOAD)).findFirst().orElseThrow();
        Params p = engine.paramsOf(task, Params.class);
        Set<String> networks = tx.vappNetworks().of(vappId).stream().map(n -> n.name()).collect(Collectors.toSet());
        int position = 0;
        for (Ovf.VirtualSystem vs : ovf.systems()) {
            List<Ovf.Nic> nics = vs.nics().stream().map(n -> {
                String to = n.network() == null ? null : p.networkMapping().getOrDefault(n.network(), n.network());
                return n.onNetwork(to != null && networks.contains(to) ? to : null);
            }).toList();
            VmRow vm = new VmRow(UUID.randomUUID(), vappId, vapp.orgId(), vs.name(), null, 0, false, vs.osType(),
                    vs.cpus(), vs.memoryMb(), VmHardware.json(vs.disks()), VmHardware.json(nics), position++,
                    engine.now());
            tx.compute().insertVm(vm);
            if (!vs.productSections().isEmpty()) {
                tx.compute().putSections(vm.id(), true, ProductSection.asVmSections(vs.productSections()));
            }
        }
    }

    @Override
    public void ready(Tx tx, TaskRow task) {
        Params p = engine.paramsOf(task, Params.class);
        VAppCreation.finish(tx, task.ownerId(), p.deploy(), p.powerOn());
    }

    @Override
    public void remove(Tx tx, UUID vappId) {
        VAppService.removeVApp(tx, vappId);
    }
}
