package io.vcdsim.compute;

import io.vcdsim.catalog.CatalogSharing;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.TemplateRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How vApps come to be: instantiating a template or composing VMs creates the vApp and its VMs at
 * once (status 0, so clients can follow the href), and the task's work makes them real: powered off,
 * or deployed and powered on as asked, within the VDC's quotas. A failed or canceled creation
 * leaves nothing behind.
 */
public final class VAppCreation {
    public static final String INSTANTIATE = "vdcInstantiateVapp";
    public static final String COMPOSE = "vdcComposeVapp";
    public static final String CREATE_VM = "vdcCreateVm";
    public static final String INSTANTIATE_VM = "vdcInstantiateVm";

    private final Database db;
    private final TaskEngine engine;
    private volatile VmPlacement placement = VmPlacement.DEFAULT;
    private DhcpAddressing dhcp = DhcpAddressing.NONE;

    public VAppCreation(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        for (String op : List.of(INSTANTIATE, COMPOSE, CREATE_VM, INSTANTIATE_VM)) {
            engine.register(op, Creation.class, this::finishCreation,
                    (tx, task, c) -> VAppService.removeVApp(tx, task.ownerId()));
            engine.announce(op, "vapp/create");
        }
    }

    /** What a new vApp's creation does once its VMs are made. */
    record Creation(boolean deploy, boolean powerOn) {
    }

    public record Created(VAppRow vapp, TaskRow task) {
    }

    /**
     * What a SourcedItem asks for one template VM: a new name, the network its NICs connect to, and its
     * size (CPUs, memory MB, disk sizes MB by disk id); null keeps the template's.
     */
    public record VmOverride(String name, String network, Integer cpus, Long memoryMb,
                             java.util.Map<String, Long> diskSizesMb, GuestCustomization guestCustomization,
                             String description, UUID storageProfile) {
        public VmOverride(String name, String network, Integer cpus, Long memoryMb,
                          java.util.Map<String, Long> diskSizesMb) {
            this(name, network, cpus, memoryMb, diskSizesMb, null, null, null);
        }

        /** This override, naming the VM {@code fallback} when it names none. */
        VmOverride orNamed(String fallback) {
            return name != null && !name.isBlank() ? this
                    : new VmOverride(fallback, network, cpus, memoryMb, diskSizesMb, guestCustomization, description,
                    storageProfile);
        }
    }

    /** InstantiateVAppTemplateParams: a vApp with a copy of each of the template's VMs. */
    public Created instantiate(VdcRow vdc, String name, String description, UUID templateId, boolean deploy,
                               boolean powerOn, java.util.Map<UUID, VmOverride> overrides,
                               List<VAppNetworks.Wanted> networks, TaskEngine.Caller by) {
        return db.tx(tx -> {
            TemplateRow t = tx.compute().template(templateId)
                    .filter(x -> CatalogSharing.usableBy(tx, x.id(), x.orgId(), vdc.orgId()))
                    .orElseThrow(() -> ApiException.invalidReference("The Source does not name a vApp template of "
                            + "this organization."));
            if (t.status() != Power.OFF) {
                throw ApiException.badRequest("vApp template " + t.name() + " is not ready (its upload has not "
                        + "finished).");
            }
            Made m = made(tx, vdc, tx.compute().vms(t.id()), overrides, networks);
            return create(tx, vdc, name, description, m.vms(), m.sections(), m.profiles(), networks, deploy, powerOn,
                    INSTANTIATE, by);
        });
    }

    /** The VMs to copy into a new vApp, changed as their SourcedItems ask, their sections and storage profiles. */
    private record Made(List<VmRow> vms, java.util.Map<UUID, Sections> sections, java.util.Map<UUID, UUID> profiles) {
    }

    /** Each template VM changed as the override of its id asks (renamed, resized, reconnected, customized, placed). */
    private static Made made(Tx tx, VdcRow vdc, List<VmRow> sources, java.util.Map<UUID, VmOverride> overrides,
                             List<VAppNetworks.Wanted> networks) {
        List<VmRow> vms = new ArrayList<>();
        java.util.Map<UUID, Sections> sections = new java.util.HashMap<>();
        java.util.Map<UUID, UUID> profiles = new java.util.HashMap<>();
        for (VmRow vm : sources) {
            VmOverride o = overrides.get(vm.id());
            VmRow made = o == null ? vm : overridden(tx, vdc, vm, o, networks);
            vms.add(made);
            if (o != null && o.storageProfile() != null) { // the SourcedItem's StorageProfile
                profiles.put(vm.id(), Placement.requireIn(tx, vdc.id(), o.storageProfile()).id());
            }
            if (o != null && o.guestCustomization() != null) { // the SourcedItem's GuestCustomizationSection
                sections.put(vm.id(), Sections.read(tx.compute().sections(vm.id(), true)).withGuestCustomization(
                        GuestCustomization.check(o.guestCustomization().namedAfter(made.name()))));
            }
        }
        return new Made(vms, sections, profiles);
    }

    private static VmRow overridden(Tx tx, VdcRow vdc, VmRow vm, VmOverride o, List<VAppNetworks.Wanted> declared) {
        String name = o.name() == null || o.name().isBlank() ? vm.name() : o.name().trim();
        if (name.length() > 128) {
            throw ApiException.badRequest("A VM needs a name of 1 to 128 characters.");
        }
        String description = o.description() == null ? vm.description()
                : Lengths.atMost(o.description(), 4096, "A VM's Description");
        String nics = vm.nics();
        if (o.network() != null) {
            if (declared.stream().noneMatch(w -> o.network().equals(w.name()))
                    && tx.networks().availableIn(vdc.id()).stream().noneMatch(n -> n.name().equals(o.network()))) {
                throw ApiException.invalidReference("Network '" + o.network() + "' is neither a network of VDC "
                        + vdc.name() + " nor one the InstantiationParams declare.");
            }
            List<Ovf.Nic> connected = VmHardware.nics(vm).stream().map(n -> new Ovf.Nic(n.index(), o.network()))
                    .toList();
            nics = VmHardware.json(connected.isEmpty() ? List.of(new Ovf.Nic(0, o.network())) : connected);
        }
        VmHardware.requireWithinLimits(o.cpus(), o.memoryMb(), o.diskSizesMb() == null ? null
                : o.diskSizesMb().values());
        List<Ovf.Disk> disks = new ArrayList<>();
        for (Ovf.Disk d : VmHardware.disks(vm)) {
            Long size = o.diskSizesMb() == null ? null : o.diskSizesMb().get(d.id());
            if (size != null && size < d.capacityMb()) {
                throw ApiException.badRequest("Disk " + d.id() + " of " + vm.name() + " can grow, not shrink ("
                        + d.capacityMb() + " MB in the template).");
            }
            disks.add(size == null ? d : d.withSize(size));
        }
        return new VmRow(vm.id(), vm.parentId(), vm.orgId(), name, description, vm.status(), vm.deployed(),
                vm.osType(), o.cpus() == null ? vm.cpus() : o.cpus(), o.memoryMb() == null ? vm.memoryMb()
                : o.memoryMb(), VmHardware.json(disks), nics, vm.position(), vm.created());
    }

    /**
     * CreateVmParams: a standalone VM made from scratch, alone in a vApp of its own (named after it, listed in its
     * VDC, gone when the VM is deleted). Its NICs name org VDC networks of the VDC; POOL ones take addresses.
     */
    public Created createVm(VdcRow vdc, VAppRecomposition.NewVm spec, List<Ovf.Nic> nics, Sections.Boot boot,
                            boolean powerOn, TaskEngine.Caller by) {
        VAppRecomposition.check(spec);
        boot.checked();
        if (nics.size() > VmNics.MAX_NICS) {
            throw ApiException.badRequest("A VM has at most " + VmNics.MAX_NICS + " NICs.");
        }
        return db.tx(tx -> {
            for (Ovf.Nic n : nics) {
                if (n.network() != null && tx.networks().availableIn(vdc.id()).stream().noneMatch(o ->
                        o.name().equals(n.network()))) {
                    throw ApiException.invalidReference("Network '" + n.network() + "' is not a network of VDC "
                            + vdc.name() + ".");
                }
            }
            if (spec.policies() != null) {
                ComputePolicies.requireForVm(tx, vdc.id(), spec.policies());
            }
            if (spec.storageProfile() != null) {
                Placement.requireIn(tx, vdc.id(), spec.storageProfile());
            }
            InternalDisks.requireProfilesIn(tx, vdc.id(), spec.disks());
            VmRow source = ComputePolicies.sized(tx, VAppRecomposition.fromScratch(spec, null, vdc.orgId(), 0,
                    engine.now()), spec.policies()).withNics(VmHardware.json(nics));
            VmNics.check(tx, source, nics); // modes, adapters, indexes; its networks were checked above
            Sections sections = Sections.NONE.withBoot(boot);
            if (spec.guestCustomization() != null) {
                sections = sections.withGuestCustomization(GuestCustomization.check(
                        spec.guestCustomization().namedAfter(spec.name())));
            }
            Created c = create(tx, vdc, spec.name(), spec.description(), List.of(source),
                    java.util.Map.of(source.id(), sections), java.util.Map.of(), List.of(), powerOn, powerOn,
                    CREATE_VM, by);
            tx.compute().markStandalone(c.vapp().id());
            for (VmRow vm : tx.compute().vms(c.vapp().id())) {
                tx.compute().updateVm(vm.withNics(VmHardware.json(VmNics.allocate(tx, vm, VmHardware.nics(vm)))));
                ComputePolicies.keep(tx, vm.id(), spec.policies());
                Placement.vm(tx, vdc.id(), vm.id(), spec.storageProfile());
            }
            return c;
        });
    }

    /**
     * InstantiateVmTemplateParams: a standalone VM copied from one VM of a ready vApp template of the org, changed
     * as {@code override} asks, alone in a vApp of its own; both are named {@code name} unless the override names
     * the VM.
     */
    public Created instantiateVm(VdcRow vdc, String name, String description, UUID templateVmId, VmOverride override,
                                 boolean powerOn, TaskEngine.Caller by) {
        return db.tx(tx -> {
            VmRow vm = tx.compute().templateVm(templateVmId)
                    .filter(v -> CatalogSharing.usableBy(tx, v.parentId(), v.orgId(), vdc.orgId()))
                    .orElseThrow(() -> ApiException.invalidReference("The Source does not name a VM of a vApp template "
                            + "of this organization."));
            TemplateRow t = tx.compute().template(vm.parentId()).orElseThrow();
            if (t.status() != Power.OFF) {
                throw ApiException.badRequest("vApp template " + t.name() + " is not ready (its upload has not "
                        + "finished).");
            }
            // the params' name is the new VM's (terraform's vcd_vm reads it back), unless VmGeneralParams names it
            VmRow made = overridden(tx, vdc, vm, override.orNamed(name), List.of());
            Sections sections = Sections.read(tx.compute().sections(vm.id(), true));
            if (override.guestCustomization() != null) {
                sections = sections.withGuestCustomization(GuestCustomization.check(
                        override.guestCustomization().namedAfter(made.name())));
            }
            java.util.Map<UUID, UUID> profiles = override.storageProfile() == null ? java.util.Map.of()
                    : java.util.Map.of(made.id(), Placement.requireIn(tx, vdc.id(), override.storageProfile()).id());
            Created c = create(tx, vdc, name, description, List.of(made), java.util.Map.of(made.id(), sections),
                    profiles, List.of(), powerOn, powerOn, INSTANTIATE_VM, by);
            tx.compute().markStandalone(c.vapp().id());
            return c;
        });
    }

    /**
     * ComposeVAppParams: a vApp with a copy of each VM the sources name (template VMs, or whole templates), a
     * template VM changed as the override of its id asks (its SourcedItem's, as for an instantiation).
     */
    public Created compose(VdcRow vdc, String name, String description, List<UUID> sources,
                           java.util.Map<UUID, VmOverride> overrides, boolean deploy, boolean powerOn,
                           List<VAppNetworks.Wanted> networks, TaskEngine.Caller by) {
        return db.tx(tx -> {
            List<VmRow> vms = new ArrayList<>();
            for (UUID source : sources) {
                var template = tx.compute().template(source)
                        .filter(x -> CatalogSharing.usableBy(tx, x.id(), x.orgId(), vdc.orgId()));
                if (template.isPresent()) {
                    vms.addAll(tx.compute().vms(source));
                    continue;
                }
                vms.add(tx.compute().templateVm(source)
                        .filter(v -> CatalogSharing.usableBy(tx, v.parentId(), v.orgId(), vdc.orgId()))
                        .orElseThrow(() -> ApiException.invalidReference("A SourcedItem does not name a VM or vApp "
                                + "template of this organization.")));
            }
            Made m = made(tx, vdc, vms, overrides, networks);
            return create(tx, vdc, name, description, m.vms(), m.sections(), m.profiles(), networks, deploy, powerOn,
                    COMPOSE, by);
        });
    }

    private Created create(Tx tx, VdcRow vdc, String name, String description, List<VmRow> sourceVms,
                           java.util.Map<UUID, Sections> sections, java.util.Map<UUID, UUID> profiles,
                           List<VAppNetworks.Wanted> networks, boolean deploy, boolean powerOn, String operationName,
                           TaskEngine.Caller by) {
        // one with no VMs to make is resolved at once (pyvcloud reads an empty vApp's status right after composing)
        VAppRow vapp = newVApp(tx, vdc, name, description, sourceVms.isEmpty() ? Power.RESOLVED : 0, by,
                engine.now());
        for (VmRow source : sourceVms) {
            VmRow copy = source.copy(UUID.randomUUID(), vapp.id(), vapp.orgId(), 0, engine.now());
            tx.compute().insertVm(copy);
            Placement.vm(tx, vdc.id(), copy.id(), profiles.get(source.id()));
            // the source VM's sections (an OVF's product sections, say) go with it, changed by the request's
            String stored = tx.compute().sections(source.id(), true);
            Sections kept = sections.containsKey(source.id()) ? sections.get(source.id())
                    : stored == null ? null : Sections.read(stored);
            if (tx.compute().templateVm(source.id()).isPresent()) {
                tx.compute().putSections(copy.id(), true, (kept == null ? Sections.NONE : kept)
                        .fromATemplate(copy.name()).write());
            } else if (kept != null) {
                tx.compute().putSections(copy.id(), true, kept.forACopy().write());
            }
        }
        VAppNetworks.connect(tx, vapp, VAppNetworks.plan(tx, vapp, networks));
        TaskRow task = engine.start(tx, new TaskEngine.Spec(operationName, "Creating Virtual Application " + name + "("
                + vapp.id() + ")", by, VAppService.owner(vapp), true, new Creation(deploy || powerOn, powerOn)));
        return new Created(vapp, task);
    }

    /** A new vApp of this VDC, stored: named uniquely there, owned by its creator (a system administrator too). */
    static VAppRow newVApp(Tx tx, VdcRow vdc, String name, String description, int status, TaskEngine.Caller by,
                           java.time.Instant now) {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw ApiException.badRequest("A vApp needs a name of 1 to 128 characters.");
        }
        Lengths.atMost(description, 4096, "A vApp's Description");
        if (tx.compute().vappsIn(vdc.id()).stream().anyMatch(a -> a.name().equalsIgnoreCase(name))) {
            throw ApiException.duplicateName("VDC " + vdc.name() + " already has a vApp named " + name + ".");
        }
        VAppRow vapp = new VAppRow(UUID.randomUUID(), vdc.orgId(), vdc.id(), name, description, status, false,
                by == null ? null : by.userId(), now);
        tx.compute().insertVApp(vapp);
        return vapp;
    }

    /** Who decides where the new VMs go (object extensions at the VM placement phase). */
    public void placeWith(VmPlacement p) {
        this.placement = p;
    }

    /** What gives the DHCP NICs of VMs made running their addresses. */
    public void addressWith(DhcpAddressing dhcp) {
        this.dhcp = dhcp;
    }

    private void finishCreation(Tx tx, TaskRow task, Creation c) {
        tx.compute().vapp(task.ownerId()).flatMap(a -> tx.resources().vdc(a.vdcId())).ifPresent(vdc ->
                placement.place(tx, task, vdc, tx.compute().vms(task.ownerId())));
        finish(tx, task.ownerId(), c.deploy(), c.powerOn());
        if (c.powerOn()) { // made running, as if powered on: terraform's vcd_vapp_vm waits for their DHCP addresses
            tx.compute().vms(task.ownerId()).forEach(vm -> dhcp.leaseFor(tx, vm));
        }
    }

    /** A new vApp made real: its VMs powered off (or deployed, or on), within its VDC's quotas. */
    static void finish(Tx tx, UUID vappId, boolean deploy, boolean powerOn) {
        List<VmRow> vms = tx.compute().vms(vappId);
        for (VmRow vm : vms) {
            tx.compute().updateVm(vm.with(powerOn ? Power.ON : Power.OFF, deploy));
        }
        tx.compute().vapp(vappId).ifPresent(a -> {
            Quotas.require(tx, a.vdcId());
            // an empty vApp is resolved until it is first powered on, as in vCD (clients wait for that status)
            int status = powerOn ? Power.ON : vms.isEmpty() ? Power.RESOLVED : Power.OFF;
            tx.compute().updateVApp(a.with(status, deploy));
        });
    }
}
