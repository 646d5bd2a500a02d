package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.UUID;

/**
 * The power operations of vApps and VMs (power on and off, suspend, reset, reboot, shut down, deploy, undeploy),
 * which change state when their task completes ({@link Power} says which state each needs and leaves), and what
 * a VM does as it powers on: it may ask a question and wait for an answer, and its guest may customize.
 */
public final class VAppPower {
    /** Not a task: the name under which the simulation's durations give how long a guest takes to customize. */
    public static final String GUEST_CUSTOMIZATION = "guestCustomization";

    private final Database db;
    private final TaskEngine engine;
    private final DhcpAddressing dhcp;
    private volatile GuestQuestions questions = GuestQuestions.NONE;

    /** {@code dhcp}: what gives a VM's DHCP NICs their addresses as it starts. */
    public VAppPower(Database db, TaskEngine engine, DhcpAddressing dhcp) {
        this.db = db;
        this.engine = engine;
        this.dhcp = dhcp;
        for (Power p : Power.values()) {
            engine.register(p.operationName, PowerChange.class, this::applyPower);
        }
    }

    /** A power operation, and for those that depend on it, whether it powers on or suspends. */
    record PowerChange(Power power, boolean powerOn, boolean suspend, boolean forceCustomization) {
    }

    /** Starts a power operation on a vApp (all its VMs) or one VM; 400 when the state does not allow it. */
    public TaskRow power(UUID targetId, Power p, boolean powerOn, boolean suspend, TaskEngine.Caller by) {
        return power(targetId, p, powerOn, suspend, false, by);
    }

    /** A power operation; {@code forceCustomization} (a deploy's) customizes the guests it powers on again. */
    public TaskRow power(UUID targetId, Power p, boolean powerOn, boolean suspend, boolean forceCustomization,
                         TaskEngine.Caller by) {
        return db.tx(tx -> {
            ObjectRef owner;
            int status;
            boolean deployed;
            var vapp = tx.compute().vapp(targetId);
            if (vapp.isPresent()) {
                owner = VAppService.owner(vapp.get());
                status = vapp.get().status();
                deployed = vapp.get().deployed();
            } else {
                VmRow vm = tx.compute().vm(targetId).orElseThrow(() -> ApiException.forbidden("No such vApp or VM."));
                owner = VAppService.owner(vm);
                status = vm.status();
                deployed = vm.deployed();
                if (p == Power.POWER_ON || p == Power.DEPLOY) {
                    VmReplicationTracking.requireNotTracking(tx, vm);
                }
            }
            // a running vApp powered on again is left as it is (go-vcloud-director's Reboot and Reset tests power
            // the suite's vApp on whatever its state); a VM is not
            boolean again = vapp.isPresent() && p == Power.POWER_ON && status == Power.ON;
            if (!again && !p.allowed(status, deployed)) {
                throw ApiException.badRequest("Cannot " + p.action() + " " + owner.name() + " in its current state ("
                        + VAppService.describe(status, deployed) + ").");
            }
            return engine.start(tx, new TaskEngine.Spec(p.operationName, p.action() + " " + owner.name(), by, owner,
                    true, new PowerChange(p, powerOn, suspend, forceCustomization)));
        });
    }

    private void applyPower(Tx tx, TaskRow task, PowerChange change) {
        apply(tx, task.ownerId(), change);
    }

    /** Undeploys a vApp (its VMs powered off, or suspended) in this transaction: an org's runtime leases ending. */
    void undeploy(Tx tx, UUID vappId, boolean suspend) {
        apply(tx, vappId, new PowerChange(Power.UNDEPLOY, false, suspend, false));
    }

    /** A power operation applied to a vApp (its VMs) or a VM. */
    private void apply(Tx tx, UUID target, PowerChange change) {
        // an answer to a VM's question and this change take their turns on the vApp's row
        UUID lockOn = tx.compute().vapp(target).map(a -> a.id())
                .orElseGet(() -> tx.compute().vm(target).map(VmRow::parentId).orElse(null));
        if (lockOn != null) {
            tx.objects().lock(io.vcdsim.core.Kind.VAPP, lockOn);
        }
        Power p = change.power();
        boolean powerOn = change.powerOn();
        boolean suspend = change.suspend();
        UUID vappId;
        var vapp = tx.compute().vapp(target);
        if (vapp.isPresent()) {
            vappId = vapp.get().id();
            List<VmRow> vms = tx.compute().vms(vappId);
            // a vApp starts the VMs its startup section starts; a VM whose startAction is none stays as it is
            List<Sections.StartupItem> startup = Sections.read(tx.compute().sections(vappId, false))
                    .startupOf(vms.stream().map(VmRow::id).toList());
            for (int i = 0; i < vms.size(); i++) {
                VmRow vm = vms.get(i);
                boolean starts = vm.status() == Power.ON || !p.powersOn(powerOn)
                        || !"none".equals(startup.get(i).startAction());
                if (starts && p.allowed(vm.status(), vm.deployed())) {
                    changePower(tx, vm, p.apply(vm, powerOn, suspend), change);
                }
            }
        } else {
            VmRow vm = tx.compute().vm(target).orElseThrow(() ->
                    ApiException.forbidden("The VM no longer exists."));
            if (!p.allowed(vm.status(), vm.deployed())) {
                throw ApiException.badRequest("The VM's state changed: cannot " + p.action() + " it any more.");
            }
            changePower(tx, vm, p.apply(vm, powerOn, suspend), change);
            vappId = vm.parentId();
        }
        if (vapp.isPresent() && tx.compute().vms(vappId).isEmpty()) {
            // an empty vApp goes through the operation itself, by the same rules as a VM
            Power.State s = p.next(vapp.get().status(), vapp.get().deployed(), powerOn, suspend);
            tx.compute().updateVApp(vapp.get().with(s.status(), s.deployed()));
        } else {
            VAppService.refresh(tx, vappId);
        }
    }

    /**
     * A VM's new power state. A VM powering on may first ask a question ({@link GuestQuestions}) and wait for an
     * answer; else it runs, and the guest customization runs if enabled when the VM was never customized, was asked
     * to be at its next power on, or the deploy forces it: the simulated guest takes the duration set for
     * {@link #GUEST_CUSTOMIZATION} (the tasks' default unless set), its status pending meanwhile.
     */
    private void changePower(Tx tx, VmRow before, VmRow after, PowerChange change) {
        Sections s = Sections.read(tx.compute().sections(after.id(), true));
        if (before.status() != Power.ON && after.status() == Power.ON) {
            var question = questions.ask(tx, after);
            if (question.isPresent()) { // it waits for an answer before it runs (and customizes) at all
                tx.compute().updateVm(after.with(Power.WAITING_FOR_INPUT, true));
                tx.compute().putSections(after.id(), true, s.withQuestion(new Sections.PendingQuestion(
                        UUID.randomUUID().toString(), question.get().text(), question.get().choices())).write());
                return;
            }
        }
        if (before.status() == Power.WAITING_FOR_INPUT && s.question() != null) { // powered off: the question goes
            s = s.withQuestion(null);
            tx.compute().putSections(after.id(), true, s.write());
        }
        tx.compute().updateVm(after);
        if (before.status() != Power.ON && after.status() == Power.ON) {
            poweredOn(tx, after, s, change.forceCustomization());
        }
    }

    /**
     * A VM now running: its DHCP NICs get addresses; the guest customization runs if enabled and asked for, or it was
     * never customized. Asked for while disabled, it cannot run: the VM still needs it (GC_PENDING), as pyvcloud's
     * test_0170_customize_at_next_power_on reads.
     */
    private void poweredOn(Tx tx, VmRow vm, Sections s, boolean forceCustomization) {
        dhcp.leaseFor(tx, vm);
        boolean asked = s.customizesAtPowerOn() || forceCustomization || s.customizingUntil() == null;
        if (asked && s.guestCustomizationOr(vm.name()).enabled()) {
            long until = engine.now().plus(engine.durationOf(GUEST_CUSTOMIZATION)).toEpochMilli();
            tx.compute().putSections(vm.id(), true, s.withCustomizingUntil(until).write());
        }
    }

    /** Who decides which VMs ask a question as they power on (the simulation). */
    public void askWith(GuestQuestions questions) {
        this.questions = questions;
    }

    /**
     * The answer to the question a VM waits on (VmQuestionAnswer): it goes on powering on, as vSphere does once
     * answered. 400 when it asks nothing, or something else, or the choice is not one it offers.
     */
    public void answer(VmRow vm, String questionId, int choiceId) {
        db.run(tx -> {
            tx.objects().lock(io.vcdsim.core.Kind.VAPP, vm.parentId()); // one change to the vApp's VMs at a time
            VmRow now = tx.compute().vm(vm.id()).orElseThrow(() -> ApiException.forbidden("The VM no longer exists."));
            Sections s = Sections.read(tx.compute().sections(vm.id(), true));
            Sections.PendingQuestion q = s.question();
            if (now.status() != Power.WAITING_FOR_INPUT || q == null) {
                throw ApiException.badRequest("VM " + vm.name() + " asks no question.");
            }
            if (!q.id().equals(questionId)) {
                throw ApiException.badRequest("VM " + vm.name() + " asks question " + q.id() + ", not " + questionId
                        + ".");
            }
            if (choiceId < 0 || choiceId >= q.choices().size()) {
                throw ApiException.badRequest("Question " + q.id() + " offers choices 0 to " + (q.choices().size() - 1)
                        + ".");
            }
            Sections answered = s.withQuestion(null);
            tx.compute().putSections(vm.id(), true, answered.write());
            VmRow on = now.with(Power.ON, true);
            tx.compute().updateVm(on);
            poweredOn(tx, on, answered, false);
            VAppService.refresh(tx, now.parentId());
        });
    }
}
