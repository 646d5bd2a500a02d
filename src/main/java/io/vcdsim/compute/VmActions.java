package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.DatastoreStore;
import io.vcdsim.store.Database;
import io.vcdsim.store.MediaRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.UUID;

/**
 * A VM's actions that change little in a simulation but are tasks in vCD: a medium in its CD/DVD drive (inserted
 * from the org's media, ejected), VMware Tools installed (a running VM), snapshots consolidated (a powered-off
 * VM), its storage compliance checked and its state reloaded from vCenter (always compliant, nothing to reload),
 * and its files relocated to another datastore; its trusted platform module added or removed (a powered-off VM with
 * EFI firmware, as vSphere needs), its compute policy's compliance checked (always: vcdsim applies a policy when it is
 * given) and reapplied (its sizing policy's CPUs and memory again), and a standalone VM made an ordinary vApp's.
 * Where the reference gives no operation name, the names are vcdsim's.
 */
public final class VmActions {
    public static final String INSERT_MEDIA = "vappInsertCdFloppy";
    public static final String EJECT_MEDIA = "vappEjectCdFloppy";
    public static final String INSTALL_TOOLS = "vappInstallTools";
    public static final String CONSOLIDATE = "vappConsolidateVm";
    public static final String CHECK_COMPLIANCE = "vappCheckVmCompliance";
    public static final String RELOAD_FROM_VC = "vappReloadFromVc";
    public static final String RELOCATE = "vappRelocateVm";
    public static final String EDIT_TPM = "vappEditTrustedPlatformModule";
    public static final String CHECK_POLICY_COMPLIANCE = "vappCheckComputePolicyCompliance";
    public static final String REAPPLY_POLICY = "vappReapplyComputePolicy";
    public static final String CONVERT_STANDALONE = "vappConvertStandaloneVmToVApp";
    private static final java.security.SecureRandom TICKETS = new java.security.SecureRandom();

    private final Database db;
    private final TaskEngine engine;
    private final VmReplicationTracking replication;

    /** The medium a drive takes (null: none, after an eject). */
    record Media(UUID media) {
    }

    /** The datastore a relocated VM moves to (its managed object reference). */
    record Relocation(String datastore) {
    }

    /** Whether the VM has a TPM device once the task succeeds. */
    record Tpm(boolean present) {
    }

    public VmActions(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        this.replication = new VmReplicationTracking(db, engine);
        for (String op : new String[]{INSERT_MEDIA, EJECT_MEDIA}) {
            engine.register(op, Media.class, (tx, task, m) -> tx.compute().putSections(task.ownerId(), true,
                    Sections.read(tx.compute().sections(task.ownerId(), true)).withInsertedMedia(m.media()).write()));
        }
        engine.register(RELOCATE, Relocation.class, (tx, task, r) -> tx.compute().placeOn(task.ownerId(),
                r.datastore()));
        engine.register(EDIT_TPM, Tpm.class, (tx, task, t) -> tx.compute().putSections(task.ownerId(), true,
                Sections.read(tx.compute().sections(task.ownerId(), true)).withTpm(t.present()).write()));
        engine.register(REAPPLY_POLICY, (tx, task) -> tx.compute().vm(task.ownerId()).ifPresent(vm -> tx.compute()
                .updateVm(ComputePolicies.sized(tx, vm, tx.store(ComputePolicyStore::new).ofVm(vm.id())))));
        engine.register(CONVERT_STANDALONE, (tx, task) -> tx.compute().vm(task.ownerId())
                .ifPresent(vm -> tx.compute().keepAsVApp(vm.parentId())));
        for (String op : new String[]{INSTALL_TOOLS, CONSOLIDATE, CHECK_COMPLIANCE, RELOAD_FROM_VC,
                CHECK_POLICY_COMPLIANCE}) {
            engine.register(op, (tx, task) -> { });
        }
    }

    /** What a replication service does to the placeholder VMs of its replicas. */
    public VmReplicationTracking replication() {
        return replication;
    }

    /** Inserts a ready medium of the VM's org into its CD/DVD drive. */
    public TaskRow insertMedia(VmRow vm, UUID mediaId, TaskEngine.Caller by) {
        return db.tx(tx -> {
            MediaRow m = tx.catalogItems().media(mediaId).filter(x -> x.orgId().equals(vm.orgId()))
                    .orElseThrow(() -> ApiException.invalidReference("The Media is not a medium of this organization."));
            if (m.status() != MediaRow.READY) {
                throw ApiException.badRequest("Medium " + m.name() + " is not ready: its upload has not finished.");
            }
            return start(tx, INSERT_MEDIA, "Inserting " + m.name() + " into", vm, by, new Media(m.id()));
        });
    }

    /** Ejects the medium of the VM's drive (vCD answers with a task even when the drive is empty). */
    public TaskRow ejectMedia(VmRow vm, TaskEngine.Caller by) {
        return db.tx(tx -> start(tx, EJECT_MEDIA, "Ejecting media from", vm, by, new Media(null)));
    }

    public TaskRow installTools(VmRow vm, TaskEngine.Caller by) {
        if (vm.status() != Power.ON) {
            throw ApiException.badRequest("VM " + vm.name() + " must be powered on to install VMware Tools.");
        }
        return db.tx(tx -> start(tx, INSTALL_TOOLS, "Installing VMware Tools on", vm, by, null));
    }

    /**
     * A ticket to a running VM's console (pyvcloud's list_screen_ticket and list_mks_ticket): random, for one
     * connection. No console answers it yet: a simulated VM has no screen.
     */
    public ConsoleTicket consoleTicket(VmRow vm) {
        if (vm.status() != Power.ON) {
            throw ApiException.badRequest("VM " + vm.name() + " must be powered on to open its console.");
        }
        byte[] bytes = new byte[24];
        TICKETS.nextBytes(bytes);
        return new ConsoleTicket(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                db.read(tx -> Provider.datastoreOf(tx, tx.compute().datastore(vm.id()))));
    }

    /** A console ticket, and the datastore the VM's files are on. */
    public record ConsoleTicket(String ticket, DatastoreStore.Datastore datastore) {
    }

    public TaskRow consolidate(VmRow vm, TaskEngine.Caller by) {
        if (vm.status() != Power.OFF) {
            throw ApiException.badRequest("VM " + vm.name() + " must be powered off to consolidate its disks.");
        }
        return db.tx(tx -> start(tx, CONSOLIDATE, "Consolidating", vm, by, null));
    }

    public TaskRow checkCompliance(VmRow vm, TaskEngine.Caller by) {
        return db.tx(tx -> start(tx, CHECK_COMPLIANCE, "Checking storage compliance of", vm, by, null));
    }

    public TaskRow reloadFromVc(VmRow vm, TaskEngine.Caller by) {
        return db.tx(tx -> start(tx, RELOAD_FROM_VC, "Reloading from vCenter", vm, by, null));
    }

    /** Moves the VM (its files, and so what it takes) to another datastore of the simulated vCenter. */
    public TaskRow relocate(VmRow vm, UUID datastoreId, TaskEngine.Caller by) {
        return db.tx(tx -> {
            DatastoreStore.Datastore to = Provider.datastore(tx, datastoreId).orElseThrow(() ->
                    ApiException.invalidReference("The Datastore names no datastore of vCenter " + Provider.VCENTER
                            + "."));
            return start(tx, RELOCATE, "Relocating to " + to.name(), vm, by, new Relocation(to.moref()));
        });
    }

    /** Adds a TPM device to a powered-off VM with EFI firmware, or removes it. */
    public TaskRow editTpm(VmRow vm, Boolean present, TaskEngine.Caller by) {
        if (present == null) {
            throw ApiException.badRequest("TrustedPlatformModule needs TpmPresent: true adds the device, false "
                    + "removes it.");
        }
        if (vm.status() != Power.OFF) {
            throw ApiException.badRequest("VM " + vm.name() + " must be powered off to change its TPM device.");
        }
        return db.tx(tx -> {
            if (present && !"efi".equals(Sections.read(tx.compute().sections(vm.id(), true)).bootOrDefault()
                    .firmware())) {
                throw ApiException.badRequest("VM " + vm.name() + " needs EFI firmware for a TPM device.");
            }
            return start(tx, EDIT_TPM, (present ? "Adding a TPM device to" : "Removing the TPM device of"), vm, by,
                    new Tpm(present));
        });
    }

    public TaskRow checkComputePolicyCompliance(VmRow vm, TaskEngine.Caller by) {
        return db.tx(tx -> start(tx, CHECK_POLICY_COMPLIANCE, "Checking compute policy compliance of", vm, by, null));
    }

    public TaskRow reapplyComputePolicy(VmRow vm, TaskEngine.Caller by) {
        return db.tx(tx -> start(tx, REAPPLY_POLICY, "Reapplying the compute policy of", vm, by, null));
    }

    /** Makes a standalone VM's own vApp an ordinary one (it stays when its VM goes); 400 for a VM of a vApp. */
    public TaskRow convertStandalone(VmRow vm, TaskEngine.Caller by) {
        return db.tx(tx -> {
            if (!tx.compute().standalone(vm.parentId())) {
                throw ApiException.badRequest("VM " + vm.name() + " is not a standalone VM: it is in a vApp already.");
            }
            return start(tx, CONVERT_STANDALONE, "Converting to a vApp", vm, by, null);
        });
    }

    private TaskRow start(io.vcdsim.store.Tx tx, String op, String what, VmRow vm, TaskEngine.Caller by, Object params) {
        return engine.start(tx, new TaskEngine.Spec(op, what + " Virtual Machine " + vm.name() + "(" + vm.id() + ")",
                by, VAppService.owner(vm), true, params));
    }
}
