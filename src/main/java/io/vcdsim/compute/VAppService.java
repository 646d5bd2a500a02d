package io.vcdsim.compute;

import io.vcdsim.catalog.Ovf;
import io.vcdsim.catalog.VmHardware;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.PlacementStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VAppNetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * vApps and their VMs once they exist (see {@link VAppCreation} for how they come to, {@link VAppPower} for their
 * power operations and {@link VAppRecomposition} for recompose): renames, section and network updates, VM changes,
 * snapshots and deletion, each applied when its task completes.
 */
public final class VAppService {
    public static final String DELETE = "vdcDeleteVapp";
    public static final String UPDATE = "vdcUpdateVapp";
    public static final String UPDATE_VM = "vappUpdateVm";
    public static final String CREATE_SNAPSHOT = "vappCreateSnapshot";
    public static final String REVERT_SNAPSHOT = "vappRevertToCurrentSnapshot";
    public static final String REMOVE_SNAPSHOTS = "vappRemoveAllSnapshots";

    private final Database db;
    private final TaskEngine engine;

    public VAppService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(DELETE, (tx, task) -> removeVApp(tx, task.ownerId()));
        engine.announce(DELETE, "vapp/delete");
        engine.register(UPDATE, Update.class, (tx, task, u) -> tx.compute().vapp(task.ownerId()).ifPresent(a -> {
            tx.compute().updateVApp(new VAppRow(a.id(), a.orgId(), a.vdcId(), u.name() == null ? a.name() : u.name(),
                    u.description() == null ? a.description() : u.description(), a.status(), a.deployed(),
                    a.ownerId(), a.created()));
            if (u.sections() != null) {
                tx.compute().putSections(a.id(), false, u.sections().write());
            }
            if (u.networks() != null) {
                VAppNetworks.apply(tx, a.id(), u.networks());
            }
        }));
        engine.register(UPDATE_VM, VmChange.class, this::applyVmChange);
        engine.register(CREATE_SNAPSHOT, (tx, task) -> vmsOf(tx, task.ownerId()).forEach(vm ->
                tx.compute().putSnapshot(new io.vcdsim.store.ComputeStore.VmSnapshot(vm.id(), vm.orgId(), engine.now(),
                        vm.status() == Power.ON, VmHardware.disks(vm).stream().mapToLong(Ovf.Disk::capacityMb).sum()))));
        engine.register(REVERT_SNAPSHOT, (tx, task) -> {
            UUID vappId = null;
            for (VmRow vm : vmsOf(tx, task.ownerId())) {
                var snap = tx.compute().snapshot(vm.id());
                if (snap.isPresent()) {
                    tx.compute().updateVm(vm.with(snap.get().poweredOn() ? Power.ON : Power.OFF,
                            snap.get().poweredOn() || vm.deployed()));
                }
                vappId = vm.parentId();
            }
            if (vappId != null) {
                refresh(tx, vappId);
            }
        });
        engine.register(REMOVE_SNAPSHOTS, (tx, task) -> vmsOf(tx, task.ownerId())
                .forEach(vm -> tx.compute().deleteSnapshot(vm.id())));
    }

    /** The vApp with this id, if the caller holds {@code right} in its org; else 403. */
    public VAppRow vapp(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.compute().vapp(id)), VAppRow::orgId, "vApp", id);
    }

    /** The vApp VM with this id, if the caller holds {@code right} in its org; else 403. */
    public VmRow vm(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> tx.compute().vappVm(id)), VmRow::orgId, "VM", id);
    }

    /** What a vApp update carries to its work: name, description, sections, networks (null keeps them). */
    record Update(String name, String description, Sections sections, List<VAppNetworkRow> networks) {
    }

    /**
     * A VM change: name and description, hardware (the whole list of disks, planned by {@link #plannedDisks} or
     * {@link InternalDisks#planned}), sections, compute policies (a sizing policy sizes the VM) and the storage
     * profile of its VDC it moves to; null keeps the value. Tasks queued by an older vcdsim may carry more.
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record VmChange(String name, String description, Integer cpus, Long memoryMb, Sections sections,
                           List<Ovf.Nic> nics,
                           List<Ovf.Disk> disks, Integer coresPerSocket, ComputePolicyStore.VmPolicies policies,
                           UUID storageProfile) {
        public VmChange(String name, String description, Integer cpus, Long memoryMb,
                        Sections sections, List<Ovf.Nic> nics, List<Ovf.Disk> disks) {
            this(name, description, cpus, memoryMb, sections, nics, disks, null, null, null);
        }

        public VmChange(String name, String description, Integer cpus, Long memoryMb,
                        Sections sections, List<Ovf.Nic> nics) {
            this(name, description, cpus, memoryMb, sections, nics, null, null, null, null);
        }

        public VmChange(String name, String description, Integer cpus, Long memoryMb, Sections sections) {
            this(name, description, cpus, memoryMb, sections, null, null, null, null, null);
        }

        /**
         * The same change, the VM's CPUs then in sockets of {@code cores} (null keeps them): applied to the sections
         * as they are when the task ends, so that what changed meanwhile stays.
         */
        public VmChange withCoresPerSocket(Integer cores) {
            return new VmChange(name, description, cpus, memoryMb, sections, nics, disks, cores,
                    policies, storageProfile);
        }

        /** The same change, the VM then with these compute policies (null keeps its own). */
        public VmChange withPolicies(ComputePolicyStore.VmPolicies p) {
            return new VmChange(name, description, cpus, memoryMb, sections, nics, disks,
                    coresPerSocket, p, storageProfile);
        }

        /** The same change, the VM then on this storage profile of its VDC (null keeps its own). */
        public VmChange withStorageProfile(UUID profile) {
            return new VmChange(name, description, cpus, memoryMb, sections, nics, disks,
                    coresPerSocket, policies, profile);
        }

        /** The VM's disks replaced by {@code disks} (planned by {@link #plannedDisks}). */
        public static VmChange ofDisks(List<Ovf.Disk> disks) {
            return new VmChange(null, null, null, null, null, null, disks);
        }

        public static VmChange of(Sections sections) {
            return new VmChange(null, null, null, null, sections);
        }
    }

    /** The VMs an operation on a vApp or a VM acts on. */
    private static List<VmRow> vmsOf(Tx tx, UUID target) {
        return tx.compute().vapp(target).isPresent() ? tx.compute().vms(target)
                : tx.compute().vm(target).map(List::of).orElse(List.of());
    }

    /** A vApp's status and deployed flag after its VMs changed. */
    static void refresh(Tx tx, UUID vappId) {
        List<VmRow> vms = tx.compute().vms(vappId);
        tx.compute().vapp(vappId).ifPresent(a -> tx.compute().updateVApp(a.with(vms.isEmpty() ? a.status()
                : Power.aggregate(vms), vms.isEmpty() ? a.deployed() : vms.stream().anyMatch(VmRow::deployed))));
    }

    /** Renames or re-describes a vApp (PUT VApp). */
    public TaskRow update(VAppRow a, String name, String description, TaskEngine.Caller by) {
        String newName = name == null || name.isBlank() ? a.name() : name.trim();
        if (newName.length() > 128) {
            throw ApiException.badRequest("A vApp needs a name of 1 to 128 characters.");
        }
        return db.tx(tx -> {
            if (!newName.equalsIgnoreCase(a.name()) && tx.compute().vappsIn(a.vdcId()).stream()
                    .anyMatch(o -> o.name().equalsIgnoreCase(newName))) {
                throw ApiException.duplicateName("The VDC already has a vApp named " + newName + ".");
            }
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Virtual Application " + a.name() + "("
                    + a.id() + ")", by, owner(a), true, new Update(newName,
                    description == null ? a.description() : description, null, null)));
        });
    }

    /** Replaces a vApp's sections (checked by {@link SectionService}); a vdcUpdateVapp task applies them. */
    TaskRow updateSections(VAppRow a, Sections sections, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Virtual Application " + a.name()
                + "(" + a.id() + ")", by, owner(a), true, new Update(null, null, sections, null))));
    }

    /** Replaces a vApp's networks (planned by {@link VAppNetworks}); a vdcUpdateVapp task applies them. */
    TaskRow updateNetworks(VAppRow a, List<VAppNetworkRow> networks, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating Virtual Application " + a.name()
                + "(" + a.id() + ")", by, owner(a), true, new Update(null, null, null, networks))));
    }

    /** Changes a VM's name, CPUs, memory or disks; checked now, applied (and quota-checked) by the task. */
    public TaskRow updateVm(VmRow vm, VmChange c, TaskEngine.Caller by) {
        if (c.name() != null && (c.name().isBlank() || c.name().length() > 128)) {
            throw ApiException.badRequest("A VM needs a name of 1 to 128 characters.");
        }
        Lengths.atMost(c.description(), 4096, "A VM's Description");
        VmHardware.requireWithinLimits(c.cpus(), c.memoryMb(), null);
        if (c.coresPerSocket() != null) { // checked now: 400 when they do not divide the CPUs
            Sections.NONE.withCoresPerSocket(c.cpus() != null ? c.cpus() : vm.cpus(), c.coresPerSocket());
        }
        return db.tx(tx -> {
            if (c.nics() != null) {
                VmNics.check(tx, vm, c.nics());
            }
            if (c.policies() != null) {
                tx.compute().vapp(vm.parentId()).ifPresent(a -> ComputePolicies.requireForVm(tx, a.vdcId(),
                        c.policies()));
            }
            VmChange change = c;
            if (c.storageProfile() != null && c.storageProfile().equals(tx.store(PlacementStore::new).ofVm(vm.id())
                    .orElse(null))) {
                change = c.withStorageProfile(null); // the whole Vm posted back names the profile it is on
            } else if (c.storageProfile() != null) {
                Placement.requireFor(tx, vm, c.storageProfile());
            }
            if (c.disks() != null) {
                InternalDisks.requireProfiles(tx, vm, c.disks());
            }
            return engine.start(tx, new TaskEngine.Spec(UPDATE_VM, "Updating Virtual Machine " + vm.name()
                    + "(" + vm.id() + ")", by, owner(vm), true, change));
        });
    }

    private void applyVmChange(Tx tx, TaskRow task, VmChange asked) {
        VmRow vm = tx.compute().vm(task.ownerId()).orElseThrow(() -> ApiException.forbidden("The VM no longer exists."));
        VmChange c = asked.policies() == null ? asked : policiesApplied(tx, vm, asked);
        if (c.storageProfile() != null) { // checked again: the profile may have been disabled or removed meanwhile
            Placement.requireFor(tx, vm, c.storageProfile());
            tx.store(PlacementStore::new).place(PlacementStore.Holder.VM, vm.id(), c.storageProfile());
        }
        if (c.nics() != null && tx.compute().standalone(vm.parentId())) {
            tx.compute().vapp(vm.parentId()).ifPresent(a -> VAppNetworks.bridgeNamed(tx, a, c.nics()));
        }
        if (c.disks() != null) { // checked again: a profile may have been disabled meanwhile
            InternalDisks.requireProfiles(tx, vm, c.disks());
        }
        List<Ovf.Disk> disks = c.disks() != null ? c.disks() : VmHardware.disks(vm);
        tx.compute().updateVm(new VmRow(vm.id(), vm.parentId(), vm.orgId(), c.name() == null ? vm.name() : c.name(),
                c.description() == null ? vm.description() : c.description(), vm.status(), vm.deployed(), vm.osType(),
                c.cpus() == null ? vm.cpus() : c.cpus(), c.memoryMb() == null ? vm.memoryMb() : c.memoryMb(),
                VmHardware.json(disks), c.nics() == null ? vm.nics() : VmHardware.json(VmNics.allocate(tx, vm,
                c.nics())), vm.position(), vm.created()));
        if (c.sections() != null) {
            tx.compute().putSections(vm.id(), true, c.sections().write());
        }
        if (c.coresPerSocket() != null) {
            tx.compute().putSections(vm.id(), true, Sections.read(tx.compute().sections(vm.id(), true))
                    .withCoresPerSocket(c.cpus() == null ? vm.cpus() : c.cpus(), c.coresPerSocket()).write());
        }
        tx.compute().vapp(vm.parentId()).ifPresent(a -> Quotas.require(tx, a.vdcId()));
    }

    /**
     * The VM's compute policies stored (checked again: the task ran a while, a policy may have been unassigned), and
     * the change with its sizing policy's CPUs, cores and memory in place of what it asked.
     */
    private static VmChange policiesApplied(Tx tx, VmRow vm, VmChange c) {
        tx.compute().vapp(vm.parentId()).ifPresent(a -> ComputePolicies.requireForVm(tx, a.vdcId(), c.policies()));
        tx.store(ComputePolicyStore::new).setForVm(vm.id(), c.policies());
        ComputePolicies.Sizing size = ComputePolicies.sizing(tx, c.policies().sizing());
        return new VmChange(c.name(), c.description(), size.cpus() != null ? size.cpus() : c.cpus(),
                size.memoryMb() != null ? size.memoryMb() : c.memoryMb(), c.sections(), c.nics(),
                c.disks(), size.coresPerSocket() != null ? size.coresPerSocket() : c.coresPerSocket(), null,
                c.storageProfile());
    }

    /**
     * The disks a VM's {@code virtualHardwareSection/disks} list names, each by its unit (its place among the VM's
     * disks, null for a new one) and size: a disk it keeps may grow, not shrink; a new one gets its own id; a disk
     * it leaves out goes. Checked before anything starts.
     */
    public static List<Ovf.Disk> plannedDisks(VmRow vm, List<Integer> units, List<Long> sizesMb) {
        List<Ovf.Disk> now = VmHardware.disks(vm);
        VmHardware.requireDiskCount(units.size());
        VmHardware.requireWithinLimits(null, null, sizesMb);
        List<Ovf.Disk> planned = new ArrayList<>();
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            Integer unit = units.get(i);
            long size = sizesMb.get(i);
            if (size < 1) {
                throw ApiException.badRequest("A disk has at least 1 MB.");
            }
            if (unit != null && unit >= 0 && unit < now.size() && kept.add(unit)) {
                Ovf.Disk d = now.get(unit);
                if (size < d.capacityMb()) {
                    throw ApiException.badRequest("Hard disk " + (unit + 1) + " can grow, not shrink (" + d.capacityMb()
                            + " MB now).");
                }
                planned.add(d.withSize(size));
            } else {
                planned.add(new Ovf.Disk(InternalDisks.newId(), size));
            }
        }
        return planned;
    }

    /** Takes, reverts to or removes the snapshot of a vApp's VMs or of one VM. */
    public TaskRow snapshot(UUID target, String operationName, TaskEngine.Caller by) {
        return db.tx(tx -> {
            var vapp = tx.compute().vapp(target);
            ObjectRef owner = vapp.map(VAppService::owner).orElseGet(() -> owner(tx.compute().vm(target)
                    .orElseThrow(() -> ApiException.forbidden("No such vApp or VM."))));
            List<VmRow> vms = vmsOf(tx, target);
            if (operationName.equals(REVERT_SNAPSHOT) && vms.stream().noneMatch(v -> tx.compute().snapshot(v.id())
                    .isPresent())) {
                throw ApiException.badRequest(owner.name() + " has no snapshot to revert to.");
            }
            String what = switch (operationName) {
                case CREATE_SNAPSHOT -> "Creating snapshot of ";
                case REVERT_SNAPSHOT -> "Reverting to the snapshot of ";
                default -> "Removing the snapshots of ";
            };
            return engine.start(tx, new TaskEngine.Spec(operationName, what + owner.name(), by, owner, true, null));
        });
    }

    /** vCD refuses to delete a deployed vApp unless forced. */
    public TaskRow delete(VAppRow vapp, boolean force, TaskEngine.Caller by) {
        if ((vapp.deployed() || vapp.status() == Power.ON || vapp.status() == Power.MIXED) && !force) {
            throw ApiException.badRequest("vApp " + vapp.name() + " is deployed: undeploy it first, or delete with "
                    + "force=true.");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting Virtual Application " + vapp.name()
                + "(" + vapp.id() + ")", by, owner(vapp), true, null)));
    }

    static void removeVApp(Tx tx, UUID id) {
        tx.compute().vms(id).forEach(vm -> tx.metadata().deleteFor(vm.id()));
        tx.compute().deleteVApp(id);
        tx.metadata().deleteFor(id);
    }

    static String describe(int status, boolean deployed) {
        String s = switch (status) {
            case Power.ON -> "powered on";
            case Power.MIXED -> "partly powered on";
            case Power.OFF -> "powered off";
            case Power.SUSPENDED -> "suspended";
            case Power.WAITING_FOR_INPUT -> "waiting for an answer to its question";
            case 0 -> "being created";
            default -> "status " + status;
        };
        return s + (deployed ? ", deployed" : ", not deployed");
    }

    public static ObjectRef owner(VAppRow a) {
        return ObjectRef.of(Kind.VAPP, a.id(), a.name());
    }

    public static ObjectRef owner(VmRow vm) {
        return ObjectRef.of(Kind.VM, vm.id(), vm.name());
    }
}
