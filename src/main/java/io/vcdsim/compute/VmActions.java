package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
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
 * and its files relocated to another datastore.
 */
public final class VmActions {
    public static final String INSERT_MEDIA = "vappInsertCdFloppy";
    public static final String EJECT_MEDIA = "vappEjectCdFloppy";
    public static final String INSTALL_TOOLS = "vappInstallTools";
    public static final String CONSOLIDATE = "vappConsolidateVm";
    public static final String CHECK_COMPLIANCE = "vappCheckVmCompliance";
    public static final String RELOAD_FROM_VC = "vappReloadFromVc";
    public static final String RELOCATE = "vappRelocateVm";
    private static final java.security.SecureRandom TICKETS = new java.security.SecureRandom();

    private final Database db;
    private final TaskEngine engine;

    /** The medium a drive takes (null: none, after an eject). */
    record Media(UUID media) {
    }

    /** The datastore a relocated VM moves to (its managed object reference). */
    record Relocation(String datastore) {
    }

    public VmActions(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        for (String op : new String[]{INSERT_MEDIA, EJECT_MEDIA}) {
            engine.register(op, Media.class, (tx, task, m) -> tx.compute().putSections(task.ownerId(), true,
                    Sections.read(tx.compute().sections(task.ownerId(), true)).withInsertedMedia(m.media()).write()));
        }
        engine.register(RELOCATE, Relocation.class, (tx, task, r) -> tx.compute().placeOn(task.ownerId(),
                r.datastore()));
        for (String op : new String[]{INSTALL_TOOLS, CONSOLIDATE, CHECK_COMPLIANCE, RELOAD_FROM_VC}) {
            engine.register(op, (tx, task) -> { });
        }
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
                Provider.datastoreOf(db.read(tx -> tx.compute().datastore(vm.id()))));
    }

    /** A console ticket, and the datastore the VM's files are on. */
    public record ConsoleTicket(String ticket, Provider.Datastore datastore) {
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
        Provider.Datastore to = Provider.datastore(datastoreId).orElseThrow(() -> ApiException.invalidReference(
                "The Datastore names no datastore of vCenter " + Provider.VCENTER + "."));
        return db.tx(tx -> start(tx, RELOCATE, "Relocating to " + to.name(), vm, by, new Relocation(to.moref())));
    }

    private TaskRow start(io.vcdsim.store.Tx tx, String op, String what, VmRow vm, TaskEngine.Caller by, Object params) {
        return engine.start(tx, new TaskEngine.Spec(op, what + " Virtual Machine " + vm.name() + "(" + vm.id() + ")",
                by, VAppService.owner(vm), true, params));
    }
}
