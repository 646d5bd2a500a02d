package io.vcdsim.compute;

import io.vcdsim.store.VmRow;

import java.util.Locale;

/**
 * The power operations of vApps and VMs: which state each needs, the state it leaves, and the
 * operationName of its task. vCD's numbers: 4 powered on, 8 powered off, 3 suspended, 1 resolved, 5 waiting for
 * input (a VM asked a question as it powered on), 10 mixed (a vApp some of whose VMs run).
 */
public enum Power {
    POWER_ON("power:powerOn", "vappDeploy"),
    POWER_OFF("power:powerOff", "vappPowerOff"),
    RESET("power:reset", "vappReset"),
    REBOOT("power:reboot", "vappRebootGuest"),
    SHUTDOWN("power:shutdown", "vappShutdownGuest"),
    SUSPEND("power:suspend", "vappSuspend"),
    DISCARD_STATE("discardState", "vappDiscardSuspendedState"),
    DEPLOY("deploy", "vappDeploy"),
    UNDEPLOY("undeploy", "vappUndeployPowerOff");

    public static final int ON = 4;
    public static final int OFF = 8;
    public static final int SUSPENDED = 3;
    /** A VM that asked a question as it powered on, and waits for an answer. */
    public static final int WAITING_FOR_INPUT = 5;
    /** Whether a VM in this state runs (on, or waiting for an answer to power on). */
    public static boolean running(int status) {
        return status == ON || status == WAITING_FOR_INPUT || status == MIXED; // a VM is never mixed
    }

    /** A vApp without VMs that was never powered on: vCD calls it resolved. */
    public static final int RESOLVED = 1;
    /** A vApp some of whose VMs run while others are stopped. */
    public static final int MIXED = 10;

    /** The link rel clients look for; the link is there only when the operation is allowed. */
    public final String rel;
    public final String operationName;

    Power(String rel, String operationName) {
        this.rel = rel;
        this.operationName = operationName;
    }

    /** From a URL's last segment: powerOn, powerOff, reset, reboot, shutdown, suspend, deploy, undeploy, discardSuspendedState. */
    public static Power of(String action) {
        return switch (action) {
            case "powerOn" -> POWER_ON;
            case "powerOff" -> POWER_OFF;
            case "reset" -> RESET;
            case "reboot" -> REBOOT;
            case "shutdown" -> SHUTDOWN;
            case "suspend" -> SUSPEND;
            case "discardSuspendedState" -> DISCARD_STATE;
            case "deploy" -> DEPLOY;
            case "undeploy" -> UNDEPLOY;
            default -> null;
        };
    }

    public boolean allowed(int status, boolean deployed) {
        return switch (this) {
            // a mixed vApp starts the VMs that are stopped, or stops those that run
            case POWER_ON -> status == OFF || status == SUSPENDED || status == RESOLVED || status == MIXED;
            case POWER_OFF -> status == ON || status == WAITING_FOR_INPUT || status == MIXED; // one that waits too
            case RESET, REBOOT, SHUTDOWN, SUSPEND -> status == ON || status == MIXED;
            case DISCARD_STATE -> status == SUSPENDED;
            // a deployed vApp powered off is deployed again (go-vcloud-director's Deploy after a PowerOff)
            case DEPLOY -> status != 0 && status != WAITING_FOR_INPUT && (!deployed || status != ON);
            case UNDEPLOY -> deployed;
        };
    }

    /** A power state: vCD's status number, and whether it is deployed. */
    public record State(int status, boolean deployed) {
    }

    /** The state after the operation; {@code powerOn} and {@code suspend} are DeployVAppParams/UndeployVAppParams. */
    public State next(int status, boolean deployed, boolean powerOn, boolean suspend) {
        return switch (this) {
            case POWER_ON, RESET, REBOOT -> new State(ON, true);
            case POWER_OFF, SHUTDOWN, DISCARD_STATE -> new State(OFF, deployed);
            case SUSPEND -> new State(SUSPENDED, true);
            case DEPLOY -> new State(powerOn ? ON : status == SUSPENDED ? SUSPENDED : OFF, true);
            case UNDEPLOY -> new State(suspend ? SUSPENDED : OFF, false);
        };
    }

    /** Whether the operation turns a VM on: power on, and deploy with powerOn. */
    public boolean powersOn(boolean powerOn) {
        return this == POWER_ON || this == DEPLOY && powerOn;
    }

    public VmRow apply(VmRow vm, boolean powerOn, boolean suspend) {
        State s = next(vm.status(), vm.deployed(), powerOn, suspend);
        return vm.with(s.status(), s.deployed());
    }

    /**
     * A vApp's status from its VMs': on if all are on, mixed if some are on and others stopped (vCD's "partially
     * running", go-vcloud-director's MIXED), suspended if all are, otherwise off.
     */
    public static int aggregate(java.util.List<VmRow> vms) {
        if (vms.stream().anyMatch(v -> v.status() == ON)) {
            return vms.stream().anyMatch(v -> v.status() == OFF || v.status() == SUSPENDED) ? MIXED : ON;
        }
        if (vms.stream().anyMatch(v -> v.status() == WAITING_FOR_INPUT)) {
            return WAITING_FOR_INPUT;
        }
        if (!vms.isEmpty() && vms.stream().allMatch(v -> v.status() == SUSPENDED)) {
            return SUSPENDED;
        }
        if (vms.stream().anyMatch(v -> v.status() == 0)) {
            return 0;
        }
        return OFF;
    }

    public String action() {
        String n = name().toLowerCase(Locale.ROOT);
        return switch (this) {
            case POWER_ON -> "powerOn";
            case POWER_OFF -> "powerOff";
            case DISCARD_STATE -> "discardSuspendedState";
            default -> n;
        };
    }

    /** Power operations sit under .../power/action/, deploy and the others under .../action/. */
    public boolean underPower() {
        return rel.startsWith("power:");
    }
}
