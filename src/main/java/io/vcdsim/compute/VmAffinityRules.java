package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmAffinityRuleStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * VM-VM affinity rules of an org VDC (the Programming Guide's "VM-VM Affinity Rules"): made
 * ({@code affinityRuleCreate}), changed ({@code affinityRuleUpdate}) and deleted ({@code affinityRuleDelete})
 * through tasks on the rule. A rule names two or more VMs of its VDC, and a VM is in at most one rule of each
 * polarity, as vCD has it. vcdsim's VMs have no hosts, so a rule is kept and shown, not enforced.
 */
public final class VmAffinityRules {
    public static final String CREATE = "affinityRuleCreate";
    public static final String UPDATE = "affinityRuleUpdate";
    public static final String DELETE = "affinityRuleDelete";
    public static final Set<String> POLARITIES = Set.of("Affinity", "Anti-Affinity");
    static final int MAX_NAME = 128;
    /** A rule names VMs of one VDC; a thousand is more than any host group holds. */
    static final int MAX_VMS = 1000;
    private final Database db;
    private final TaskEngine engine;

    /** What a rule is to be: its settings and VMs, as the task applies them. */
    public record Definition(String name, String polarity, boolean enabled, boolean mandatory, List<UUID> vms) {
    }

    public VmAffinityRules(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        // the rule exists from the request on; a failed or aborted creation removes it
        engine.register(CREATE, Definition.class, (tx, task, d) -> apply(tx, task.ownerId(), d),
                (tx, task, d) -> rules(tx).delete(task.ownerId()));
        engine.register(UPDATE, Definition.class, (tx, task, d) -> apply(tx, task.ownerId(), d));
        engine.register(DELETE, (tx, task) -> rules(tx).delete(task.ownerId()));
    }

    private static VmAffinityRuleStore rules(Tx tx) {
        return tx.store(VmAffinityRuleStore::new);
    }

    /** The rule with this id, if the caller holds {@code right} in its org; else 403. */
    public VmAffinityRuleStore.Row rule(Principal p, UUID id, Right right) {
        return p.require(right, db.read(tx -> rules(tx).find(id)), VmAffinityRuleStore.Row::orgId,
                "VM affinity rule", id);
    }

    /** A new rule in {@code vdc}, with its creation task. */
    public TaskRow create(VdcRow vdc, Definition d, TaskEngine.Caller by) {
        Definition checked = check(d);
        return db.tx(tx -> {
            VmAffinityRuleStore.Row row = new VmAffinityRuleStore.Row(UUID.randomUUID(), vdc.orgId(), vdc.id(),
                    checked.name(), checked.polarity(), checked.enabled(), checked.mandatory());
            checkVms(tx, row, checked.vms());
            rules(tx).save(row, checked.vms());
            return engine.start(tx, new TaskEngine.Spec(CREATE, "Creating affinity rule " + row.name(), by,
                    owner(row), true, checked));
        });
    }

    /** The rule made to match {@code d} when its task ends. */
    public TaskRow update(VmAffinityRuleStore.Row rule, Definition d, TaskEngine.Caller by) {
        Definition checked = check(d);
        return db.tx(tx -> {
            checkVms(tx, new VmAffinityRuleStore.Row(rule.id(), rule.orgId(), rule.vdcId(), checked.name(),
                    checked.polarity(), checked.enabled(), checked.mandatory()), checked.vms());
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating affinity rule " + rule.name(), by,
                    owner(rule), true, checked));
        });
    }

    public TaskRow delete(VmAffinityRuleStore.Row rule, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting affinity rule " + rule.name(), by,
                owner(rule), true, null)));
    }

    public static ObjectRef owner(VmAffinityRuleStore.Row rule) {
        return ObjectRef.of(Kind.VM_AFFINITY_RULE, rule.id(), rule.name());
    }

    /** Checked again as the task ends: a VM may have gone, or another rule taken it, meanwhile. */
    private static void apply(Tx tx, UUID ruleId, Definition d) {
        VmAffinityRuleStore.Row rule = rules(tx).lock(ruleId).orElseThrow(() ->
                ApiException.badRequest("The VM affinity rule was deleted."));
        VmAffinityRuleStore.Row changed = new VmAffinityRuleStore.Row(rule.id(), rule.orgId(), rule.vdcId(), d.name(),
                d.polarity(), d.enabled(), d.mandatory());
        checkVms(tx, changed, d.vms());
        rules(tx).save(changed, d.vms());
    }

    private static Definition check(Definition d) {
        if (d.name() == null || d.name().isBlank() || d.name().length() > MAX_NAME) {
            throw ApiException.badRequest("A VM affinity rule needs a Name of 1 to " + MAX_NAME + " characters.");
        }
        if (d.polarity() == null || !POLARITIES.contains(d.polarity())) {
            throw ApiException.badRequest("Polarity is Affinity or Anti-Affinity, not '" + d.polarity() + "'.");
        }
        if (d.vms().size() > MAX_VMS) {
            throw ApiException.badRequest("A VM affinity rule names at most " + MAX_VMS + " VMs.");
        }
        Set<UUID> distinct = new LinkedHashSet<>(d.vms());
        if (distinct.size() != d.vms().size()) {
            throw ApiException.badRequest("A VM is named more than once in VM affinity rule " + d.name() + ".");
        }
        if (distinct.size() < 2) {
            throw ApiException.badRequest("A VM affinity rule names two or more VMs.");
        }
        return d;
    }

    /** Every VM is a vApp VM of the rule's VDC, and in no other rule of the same polarity. */
    private static void checkVms(Tx tx, VmAffinityRuleStore.Row rule, List<UUID> vms) {
        List<String> names = new ArrayList<>();
        for (UUID id : vms) {
            // a VM of another VDC (or org) is as unknown as a missing one: its name is not told
            var vm = tx.compute().vappVm(id).filter(v -> tx.compute().vapp(v.parentId())
                    .filter(a -> a.vdcId().equals(rule.vdcId())).isPresent()).orElseThrow(() ->
                    ApiException.invalidReference("No VM with id " + id + " in the VDC of rule " + rule.name() + "."));
            names.add(vm.name());
        }
        List<VmAffinityRuleStore.Row> taken = rules(tx).namingAny(rule.polarity(), vms, rule.id());
        if (!taken.isEmpty()) {
            throw ApiException.badRequest("A VM is in at most one " + rule.polarity() + " rule: one of "
                    + String.join(", ", names) + " is in rule " + taken.get(0).name() + ".");
        }
    }
}
