package io.vcdsim.compute;

import io.vcdsim.catalog.CatalogSharing;
import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A vApp recomposed (RecomposeVAppParams, pyvcloud's add_vms and delete_vms, go-vcloud-director's AddNewVM): VMs
 * copied in from templates or other vApps (moved when the source is deleted), VMs made from scratch, VMs removed.
 * Everything is checked when asked for, and one vdcRecomposeVapp task applies it within the VDC's quotas.
 */
public final class VAppRecomposition {
    public static final String RECOMPOSE = "vdcRecomposeVapp";

    private final Database db;
    private final TaskEngine engine;

    public VAppRecomposition(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(RECOMPOSE, Recompose.class, this::applyRecompose);
    }

    /** What a recompose carries to its work: template VMs to copy in, VMs to remove. */
    record Recompose(List<Addition> add, List<UUID> remove, List<NewVm> create, Renaming renaming) {
    }

    /** The vApp's new name and description a RecomposeVAppParams carries (null keeps each). */
    public record Renaming(String name, String description) {
        public static final Renaming NONE = new Renaming(null, null);
    }

    /**
     * A VM a recompose makes from scratch (CreateItem): its spec, its disks (planned by
     * {@link InternalDisks#forNewVm}; null in a task queued by an older vcdsim: none), its guest customization, the
     * compute policies it is given (null: none; a sizing policy's CPUs and memory win over the spec's) and the VDC
     * storage profile it goes on (null: the VDC's default).
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record NewVm(String name, String description, String osType, int cpus, long memoryMb,
                        List<Ovf.Disk> disks, GuestCustomization guestCustomization,
                        ComputePolicyStore.VmPolicies policies, List<Ovf.Nic> nics, UUID storageProfile) {
    }

    /**
     * A VM a recompose adds: a copy of a template's VMs, of a template VM, or of another vApp's VM (moved when
     * {@code sourceDelete}), named {@code name} and with these NICs when they are given (null: the source's, those
     * on networks the vApp lacks disconnected), on this VDC storage profile (null: the VDC's default).
     */
    public record Addition(UUID source, String name, boolean sourceDelete, List<Ovf.Nic> nics,
                           ComputePolicyStore.VmPolicies policies, UUID storageProfile) {
        public Addition(UUID source, String name, boolean sourceDelete) {
            this(source, name, sourceDelete, null, null, null);
        }
    }

    /** Adds copies of template VMs to a vApp and removes some of its VMs (RecomposeVAppParams). */
    public TaskRow recompose(VAppRow a, List<Addition> add, List<UUID> remove, TaskEngine.Caller by) {
        return recompose(a, Renaming.NONE, add, List.of(), remove, by);
    }

    /** Adds copies of VMs, VMs made from scratch, and removes VMs (RecomposeVAppParams). */
    public TaskRow recompose(VAppRow a, Renaming renaming, List<Addition> add, List<NewVm> create,
                             List<UUID> remove, TaskEngine.Caller by) {
        create.forEach(VAppRecomposition::check);
        String newName = renaming.name() == null || renaming.name().isBlank() ? null : renaming.name().trim();
        if (newName != null && newName.length() > 128) {
            throw ApiException.badRequest("A vApp needs a name of 1 to 128 characters.");
        }
        Lengths.atMost(renaming.description(), 4096, "A vApp's Description");
        return db.tx(tx -> {
            if (newName != null && !newName.equalsIgnoreCase(a.name()) && tx.compute().vappsIn(a.vdcId()).stream()
                    .anyMatch(o -> o.name().equalsIgnoreCase(newName))) {
                throw ApiException.duplicateName("The VDC already has a vApp named " + newName + ".");
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            tx.compute().vms(a.id()).stream().filter(v -> !remove.contains(v.id()))
                    .forEach(v -> names.add(v.name().toLowerCase(java.util.Locale.ROOT)));
            for (Addition item : add) {
                if (item.policies() != null) {
                    ComputePolicies.requireForVm(tx, a.vdcId(), item.policies());
                }
                if (item.storageProfile() != null) {
                    Placement.requireIn(tx, a.vdcId(), item.storageProfile());
                }
                boolean templateVm = tx.compute().templateVm(item.source())
                        .filter(v -> CatalogSharing.usableBy(tx, v.parentId(), v.orgId(), a.orgId()))
                        .isPresent();
                boolean template = tx.compute().template(item.source())
                        .filter(t -> CatalogSharing.usableBy(tx, t.id(), t.orgId(), a.orgId()))
                        .isPresent();
                var vappVm = tx.compute().vappVm(item.source()).filter(v -> v.orgId().equals(a.orgId()));
                if (!templateVm && !template && vappVm.isEmpty()) {
                    throw ApiException.invalidReference("A SourcedItem does not name a VM or vApp template of this "
                            + "organization.");
                }
                if (item.sourceDelete() && (vappVm.isEmpty() || Power.running(vappVm.get().status()))) {
                    throw ApiException.badRequest("Only a powered-off VM of a vApp is moved (sourceDelete).");
                }
                if (item.nics() != null) {
                    VmNics.check(tx, a.id(), java.util.Set.of(), item.nics());
                }
                // a name applies to one VM only: a whole template of several keeps its VMs' names
                boolean named = item.name() != null && (!template || tx.compute().vms(item.source()).size() == 1);
                if (named) {
                    if (item.name().isBlank() || item.name().length() > 128) {
                        throw ApiException.badRequest("A VM needs a name of 1 to 128 characters.");
                    }
                    if (!names.add(item.name().toLowerCase(java.util.Locale.ROOT))) {
                        throw ApiException.duplicateName("The vApp already has a VM named " + item.name() + ".");
                    }
                }
            }
            for (NewVm n : create) {
                if (!names.add(n.name().toLowerCase(java.util.Locale.ROOT))) {
                    throw ApiException.duplicateName("The vApp already has a VM named " + n.name() + ".");
                }
                if (n.policies() != null) {
                    ComputePolicies.requireForVm(tx, a.vdcId(), n.policies());
                }
                if (n.storageProfile() != null) {
                    Placement.requireIn(tx, a.vdcId(), n.storageProfile());
                }
                InternalDisks.requireProfilesIn(tx, a.vdcId(), n.disks());
                if (n.nics() != null) { // on the vApp's networks
                    VmNics.check(tx, a.id(), java.util.Set.of(), n.nics());
                }
            }
            for (UUID id : remove) {
                VmRow vm = tx.compute().vm(id).filter(v -> v.parentId().equals(a.id())).orElseThrow(() ->
                        ApiException.invalidReference("A DeleteItem does not name a VM of this vApp."));
                if (Power.running(vm.status())) {
                    throw ApiException.badRequest("VM " + vm.name() + " is powered on: power it off before removing it.");
                }
            }
            return engine.start(tx, new TaskEngine.Spec(RECOMPOSE, "Recomposing Virtual Application " + a.name()
                    + "(" + a.id() + ")", by, VAppService.owner(a), true, new Recompose(add, remove, create,
                    new Renaming(newName, renaming.description()))));
        });
    }

    /** A VM made from scratch as a request gives it: named, typed, within the limits; else 400. */
    static void check(NewVm n) {
        if (n.name() == null || n.name().isBlank() || n.name().length() > 128) {
            throw ApiException.badRequest("A new VM needs a name of 1 to 128 characters.");
        }
        Lengths.atMost(n.description(), 4096, "A new VM's Description");
        if (n.osType() == null || n.osType().isBlank() || n.osType().length() > 64) {
            throw ApiException.badRequest("A new VM's VmSpecSection needs an OsType of 1 to 64 characters.");
        }
        VmHardware.requireWithinLimits(n.cpus(), n.memoryMb(), null);
        if (n.guestCustomization() != null) {
            GuestCustomization.check(n.guestCustomization().namedAfter(n.name()));
        }
    }

    /**
     * A VM made from scratch at the end of a vApp (an import from vCenter brings one), stopped; its name must be new
     * to the vApp.
     */
    public static VmRow addNew(Tx tx, VAppRow a, NewVm n, java.time.Instant now) {
        List<VmRow> vms = tx.compute().vms(a.id());
        if (vms.stream().anyMatch(v -> v.name().equalsIgnoreCase(n.name()))) {
            throw ApiException.duplicateName("vApp " + a.name() + " already has a VM named " + n.name() + ".");
        }
        VmRow vm = fromScratch(n, a.id(), a.orgId(), vms.stream().mapToInt(VmRow::position).max().orElse(-1) + 1,
                now);
        tx.compute().insertVm(vm);
        VAppService.refresh(tx, a.id());
        return vm;
    }

    /** A VM made from scratch, in the vApp {@code vappId}, powered off, not yet stored. */
    static VmRow fromScratch(NewVm n, UUID vappId, UUID orgId, int position, java.time.Instant now) {
        List<Ovf.Disk> disks = n.disks() == null ? List.of() : n.disks();
        return new VmRow(UUID.randomUUID(), vappId, orgId, n.name(), n.description(), Power.OFF, false,
                n.osType(), n.cpus(), n.memoryMb(), VmHardware.json(disks), VmHardware.json(List.of()), position, now);
    }

    private void applyRecompose(Tx tx, TaskRow task, Recompose r) {
        VAppRow a = tx.compute().vapp(task.ownerId()).orElseThrow(() -> ApiException.forbidden("The vApp is gone."));
        Renaming renaming = r.renaming() == null ? Renaming.NONE : r.renaming();
        if (renaming.name() != null && !renaming.name().equalsIgnoreCase(a.name()) && tx.compute().vappsIn(a.vdcId())
                .stream().anyMatch(o -> o.name().equalsIgnoreCase(renaming.name()))) { // taken since it was asked for
            throw ApiException.duplicateName("The VDC already has a vApp named " + renaming.name() + ".");
        }
        if (renaming.name() != null || renaming.description() != null) { // go-vcloud-director's UpdateNameDescription
            a = new VAppRow(a.id(), a.orgId(), a.vdcId(), renaming.name() == null ? a.name() : renaming.name(),
                    renaming.description() == null ? a.description() : renaming.description(), a.status(),
                    a.deployed(), a.ownerId(), a.created());
            tx.compute().updateVApp(a);
        }
        int position = tx.compute().vms(a.id()).stream().mapToInt(VmRow::position).max().orElse(-1) + 1;
        java.util.Set<String> networks = new java.util.HashSet<>();
        tx.vappNetworks().of(a.id()).forEach(n -> networks.add(n.name()));
        for (Addition add : r.add()) {
            if (add.policies() != null) {
                ComputePolicies.requireForVm(tx, a.vdcId(), add.policies());
            }
            boolean fromVApp = tx.compute().vappVm(add.source()).isPresent();
            // still the org's own, or in a catalog still shared with it (it may have been unshared meanwhile)
            UUID org = a.orgId();
            boolean template = tx.compute().template(add.source())
                    .filter(t -> CatalogSharing.usableBy(tx, t.id(), t.orgId(), org)).isPresent();
            List<VmRow> sources = template ? tx.compute().vms(add.source()) : tx.compute().vm(add.source())
                    .filter(v -> v.orgId().equals(org) || tx.compute().templateVm(v.id()).filter(t ->
                            CatalogSharing.usableBy(tx, t.parentId(), t.orgId(), org)).isPresent())
                    .map(List::of).orElseThrow(() -> ApiException.invalidReference(
                    "The source of a SourcedItem was deleted, or is no longer shared, meanwhile."));
            boolean one = sources.size() == 1;
            for (VmRow source : sources) {
                VmRow copy = source.copy(UUID.randomUUID(), a.id(), a.orgId(), Power.OFF, engine.now());
                // the NICs asked for (POOL ones addressed now), else the source's on networks this vApp has
                String nics = add.nics() != null && one ? VmHardware.json(VmNics.allocate(tx, copy, add.nics()))
                        : VmHardware.json(VmHardware.nics(copy).stream().map(n -> n.network() == null
                        || networks.contains(n.network()) ? n : n.onNetwork(null)).toList());
                tx.compute().insertVm(ComputePolicies.sized(tx, new VmRow(copy.id(), copy.parentId(), copy.orgId(),
                        add.name() != null && one ? add.name() : copy.name(), copy.description(),
                        copy.status(), false, copy.osType(), copy.cpus(), copy.memoryMb(), copy.disks(), nics,
                        position++, copy.created()), add.policies()));
                ComputePolicies.keep(tx, copy.id(), add.policies());
                Placement.vm(tx, a.vdcId(), copy.id(), add.storageProfile());
                // its sections go with it: a moved VM stays customized, a copy's guest is new
                String kept = tx.compute().sections(source.id(), true);
                if (!fromVApp) { // a template's VM
                    tx.compute().putSections(copy.id(), true, (kept == null ? Sections.NONE : Sections.read(kept))
                            .fromATemplate(add.name() != null && one ? add.name() : copy.name()).write());
                } else if (kept != null) {
                    tx.compute().putSections(copy.id(), true, add.sourceDelete() ? kept : Sections.forACopy(kept));
                }
            }
            if (add.sourceDelete() && fromVApp) {
                VmRow moved = sources.get(0);
                tx.metadata().deleteFor(moved.id());
                tx.compute().deleteVm(moved.id());
                VAppService.refresh(tx, moved.parentId());
            }
        }
        for (NewVm n : r.create() == null ? List.<NewVm>of() : r.create()) {
            if (n.policies() != null) { // checked again: a policy may have gone meanwhile
                ComputePolicies.requireForVm(tx, a.vdcId(), n.policies());
            }
            VmRow vm = ComputePolicies.sized(tx, fromScratch(n, a.id(), a.orgId(), position++, engine.now()),
                    n.policies());
            if (n.nics() != null) { // POOL NICs take their addresses now
                vm = vm.withNics(VmHardware.json(VmNics.allocate(tx, vm, n.nics())));
            }
            tx.compute().insertVm(vm);
            ComputePolicies.keep(tx, vm.id(), n.policies());
            Placement.vm(tx, a.vdcId(), vm.id(), n.storageProfile());
            if (n.guestCustomization() != null) {
                tx.compute().putSections(vm.id(), true, Sections.NONE.withGuestCustomization(
                        n.guestCustomization().namedAfter(n.name())).write());
            }
        }
        r.remove().forEach(id -> {
            tx.metadata().deleteFor(id);
            tx.compute().deleteVm(id);
        });
        if (tx.compute().standalone(a.id()) && tx.compute().vms(a.id()).isEmpty()) {
            VAppService.removeVApp(tx, a.id()); // a standalone VM's vApp goes with it, as in vCD
            return;
        }
        Quotas.require(tx, a.vdcId());
        boolean wasRunning = Power.running(a.status());
        VAppService.refresh(tx, a.id());
        if (wasRunning) {
            // a running vApp stays running as stopped VMs join it: mixed, still deployed (go-vcloud-director's
            // AddRawVm powers an empty vApp on, adds a VM and expects MIXED)
            tx.compute().vapp(a.id()).filter(now -> !Power.running(now.status()))
                    .ifPresent(now -> tx.compute().updateVApp(now.with(Power.MIXED, true)));
        }
    }
}
