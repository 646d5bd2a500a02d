package io.vcdsim.compute;

import io.vcdsim.catalog.ProductSection;
import io.vcdsim.core.ApiException;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgSettingsRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The kept sections of vApps and VMs ({@link Sections}): read with their defaults, and replaced section by
 * section. A change is checked when asked for and applied by the vApp's vdcUpdateVapp (or the VM's
 * vappUpdateVm) task, as vCD does.
 */
public final class SectionService {
    /** What the sections column holds. */
    static final int MAX_JSON = 262_144;
    public static final String UPGRADE_HARDWARE = "vappUpgradeHwVersion";
    /** Enabling a vApp's download (media and templates have vdcEnableDownload). */
    public static final String ENABLE_DOWNLOAD = "vappEnableDownload";
    private final Database db;
    private final TaskEngine engine;
    private final VAppService vapps;

    public SectionService(Database db, TaskEngine engine, VAppService vapps) {
        this.db = db;
        this.engine = engine;
        this.vapps = vapps;
        engine.register(ENABLE_DOWNLOAD, (tx, task) -> tx.compute().putSections(task.ownerId(), false,
                Sections.read(tx.compute().sections(task.ownerId(), false)).withDownloadable(true).write()));
        engine.register(UPGRADE_HARDWARE, (tx, task) -> {
            Sections now = Sections.read(tx.compute().sections(task.ownerId(), true));
            tx.compute().putSections(task.ownerId(), true,
                    now.withHardwareVersion(Sections.NEWEST_HARDWARE_VERSION).write());
        });
    }

    /** The simulation's time, against which a guest customization running after a power on is read. */
    public java.time.Instant now() {
        return engine.now();
    }

    public Sections of(UUID id, boolean vm) {
        return Sections.read(db.read(tx -> tx.compute().sections(id, vm)));
    }

    /** A vApp's leases: as set, or the org's vApp lease settings. */
    public Sections.Lease lease(VAppRow a) {
        return of(a.id(), false).leaseOr(db.read(tx -> tx.orgs().settings(a.orgId())));
    }

    /** A vApp's startup items, one per VM in the vApp's order. */
    public List<Sections.StartupItem> startup(VAppRow a) {
        List<UUID> vms = db.read(tx -> tx.compute().vms(a.id())).stream().map(VmRow::id).toList();
        return of(a.id(), false).startupOf(vms);
    }

    /**
     * New leases (null keeps one). Where the org's lease expires a vApp's does too: a lease longer than the org's,
     * or one that never expires (0), becomes the org's, as vCD does it (go-vcloud-director's Test_Vapp_LeaseUpdate).
     */
    public TaskRow setLease(VAppRow a, Long deploymentSeconds, Long storageSeconds, TaskEngine.Caller by) {
        Sections.Lease now = lease(a);
        OrgSettingsRow org = db.read(tx -> tx.orgs().settings(a.orgId()));
        Sections.Lease next = new Sections.Lease(
                deploymentSeconds == null ? now.deploymentSeconds() : withinOrg(deploymentSeconds,
                        org.vAppDeploymentLeaseSeconds(), "DeploymentLeaseInSeconds"),
                storageSeconds == null ? now.storageSeconds() : withinOrg(storageSeconds,
                        org.vAppStorageLeaseSeconds(), "StorageLeaseInSeconds"));
        return vapps.updateSections(a, of(a.id(), false).withLease(next), by);
    }

    private static long withinOrg(long seconds, long orgMax, String what) {
        if (seconds < 0 || seconds > Integer.MAX_VALUE) {
            throw ApiException.badRequest(what + " is from 0 (never expires) to " + Integer.MAX_VALUE + ".");
        }
        return orgMax > 0 && (seconds == 0 || seconds > orgMax) ? orgMax : seconds;
    }

    /** One item per named VM (ovf:id is the VM's name; the items' vmId is filled in); VMs not named keep theirs. */
    public TaskRow setStartup(VAppRow a, Map<String, Sections.StartupItem> byVmName, TaskEngine.Caller by) {
        Map<String, UUID> vms = db.read(tx -> tx.compute().vms(a.id())).stream()
                .collect(Collectors.toMap(VmRow::name, VmRow::id, (x, y) -> x));
        Sections now = of(a.id(), false);
        List<Sections.StartupItem> items = new ArrayList<>(now.startupOf(List.copyOf(vms.values())));
        byVmName.forEach((name, item) -> {
            UUID vm = vms.get(name);
            if (vm == null) {
                throw ApiException.badRequest("The vApp has no VM named " + name + ".");
            }
            items.removeIf(i -> i.vmId().equals(vm));
            items.add(item.withVm(vm));
        });
        return vapps.updateSections(a, now.withStartup(Sections.checkStartup(items)), by);
    }

    public TaskRow setProductSections(VAppRow a, List<ProductSection> sections, TaskEngine.Caller by) {
        return vapps.updateSections(a, fit(of(a.id(), false).withProductSections(
                Sections.checkProductSections(sections))), by);
    }

    public TaskRow setProductSections(VmRow vm, List<ProductSection> sections, TaskEngine.Caller by) {
        return vapps.updateVm(vm, VAppService.VmChange.of(fit(of(vm.id(), true).withProductSections(
                Sections.checkProductSections(sections)))), by);
    }

    /** Puts a vApp into maintenance mode or takes it out (a system administrator's switch; 204 in vCD, no task). */
    public void setMaintenance(VAppRow a, boolean on) {
        changeNow(a, s -> s.withMaintenance(on));
    }

    /** Has the VM customized at its next power on (204 in vCD, no task); powering it on does it. */
    public void customizeAtNextPowerOn(VmRow vm) {
        changeNow(vm.id(), true, "VM " + vm.name(), s -> s.withCustomizeAtPowerOn(true));
    }

    private void changeNow(VAppRow a, java.util.function.UnaryOperator<Sections> change) {
        changeNow(a.id(), false, "vApp " + a.name(), change);
    }

    /**
     * A change vCD makes at once, without a task; refused while a task works on the object, whose own change
     * would otherwise write over it.
     */
    private void changeNow(UUID id, boolean vm, String what, java.util.function.UnaryOperator<Sections> change) {
        db.run(tx -> {
            if (tx.tasks().busyWith(id).isPresent()) {
                throw ApiException.badRequest(what + " is busy with a task; try again when it ends.");
            }
            tx.compute().putSections(id, vm, change.apply(Sections.read(tx.compute().sections(id, vm))).write());
        });
    }

    /** Enables an undeployed vApp for download: its OVA is offered once the task ends. */
    public TaskRow enableDownload(VAppRow a, TaskEngine.Caller by) {
        if (a.deployed()) {
            throw ApiException.badRequest("vApp " + a.name() + " is deployed: undeploy it before enabling its "
                    + "download.");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(ENABLE_DOWNLOAD, "Enabling download of vApp "
                + a.name() + "(" + a.id() + ")", by, VAppService.owner(a), true, null)));
    }

    /** Withdraws a vApp's download (204 in vCD). */
    public void disableDownload(VAppRow a) {
        changeNow(a, s -> s.withDownloadable(false));
    }

    /** A VM's guest customization as a GuestCustomizationSection PUT gives it. */
    public TaskRow setGuestCustomization(VmRow vm, GuestCustomization gc, TaskEngine.Caller by) {
        return vmChange(vm, guestCustomized(vm, gc), by);
    }

    /** The VM's sections with this guest customization, checked (a reconfigureVm carries it with other changes). */
    public Sections guestCustomized(VmRow vm, GuestCustomization gc) {
        return fit(of(vm.id(), true).withGuestCustomization(GuestCustomization.check(gc)));
    }

    /** Whether vCD waits for the guest's post-customization script (checkpostcustomizationscript PUT). */
    public TaskRow setCheckPostCustomization(VmRow vm, boolean on, TaskEngine.Caller by) {
        return vmChange(vm, of(vm.id(), true).withCheckPostCustomization(on), by);
    }

    public TaskRow setCapabilities(VmRow vm, Sections.Capabilities c, TaskEngine.Caller by) {
        return vmChange(vm, of(vm.id(), true).withCapabilities(c), by);
    }

    public TaskRow setBoot(VmRow vm, Sections.Boot b, TaskEngine.Caller by) {
        return vmChange(vm, booted(of(vm.id(), true), b), by);
    }

    /** The sections with these boot options, checked (a reconfigureVm carries them with other changes). */
    public Sections booted(Sections s, Sections.Boot b) {
        return fit(s.withBoot(b.checked()));
    }

    /** Exposes hardware-assisted virtualization to the guest, or hides it: a powered-off VM only, as in vCD. */
    public TaskRow setNestedHypervisor(VmRow vm, boolean on, TaskEngine.Caller by) {
        requirePoweredOff(vm, (on ? "enable" : "disable") + " its nested hypervisor");
        return vmChange(vm, of(vm.id(), true).withNestedHypervisor(on), by);
    }

    /** Upgrades a powered-off VM to the newest hardware version the simulated hosts run. */
    public TaskRow upgradeHardware(VmRow vm, TaskEngine.Caller by) {
        requirePoweredOff(vm, "upgrade its hardware");
        if (of(vm.id(), true).hardwareVersionOrDefault().equals(Sections.NEWEST_HARDWARE_VERSION)) {
            throw ApiException.badRequest("VM " + vm.name() + " already has the newest hardware version, "
                    + Sections.NEWEST_HARDWARE_VERSION + ".");
        }
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(UPGRADE_HARDWARE, "Upgrading hardware of Virtual "
                + "Machine " + vm.name() + "(" + vm.id() + ")", by, VAppService.owner(vm), true, null)));
    }

    private static void requirePoweredOff(VmRow vm, String what) {
        if (vm.status() != Power.OFF) {
            throw ApiException.badRequest("VM " + vm.name() + " must be powered off to " + what + ".");
        }
    }

    private TaskRow vmChange(VmRow vm, Sections sections, TaskEngine.Caller by) {
        return vapps.updateVm(vm, VAppService.VmChange.of(fit(sections)), by);
    }

    /** The sections, if they fit their column; else 400 before anything is started. */
    private static Sections fit(Sections s) {
        if (s.write().length() > MAX_JSON) {
            throw ApiException.badRequest("The sections are too large to keep (at most " + MAX_JSON
                    + " characters as JSON).");
        }
        return s;
    }
}
