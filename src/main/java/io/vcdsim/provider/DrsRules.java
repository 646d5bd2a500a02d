package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.DrsStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * VM groups and VM-Host affinity rules of the clusters a provider VDC's resource pools are in (the Programming
 * Guide's "VM-Host Affinity Rules"): a VM group made in a pool's cluster ({@code vmGroupCreate}), VMs added to and
 * removed from the group of a name in their own cluster ({@code vmGroupAddVms}, {@code vmGroupRemoveVms}), rules
 * made between a VM group and a host group ({@code vmHostAffinityRuleCreate}), enabled, disabled, made mandatory or
 * optional ({@code vmHostAffinityRuleUpdate}) and deleted ({@code vmHostAffinityRuleDelete}). Kept and shown: a
 * simulated VM runs on no particular host.
 */
public final class DrsRules {
    public static final String GROUP_CREATE = "vmGroupCreate";
    public static final String ADD_VMS = "vmGroupAddVms";
    public static final String REMOVE_VMS = "vmGroupRemoveVms";
    public static final String RULE_CREATE = "vmHostAffinityRuleCreate";
    public static final String RULE_UPDATE = "vmHostAffinityRuleUpdate";
    public static final String RULE_DELETE = "vmHostAffinityRuleDelete";
    public static final Set<String> POLARITIES = Set.of("Affinity", "Anti-Affinity");
    static final int MAX_NAME = 128;
    static final int MAX_VMS = 1000;
    private final Database db;
    private final TaskEngine engine;

    /** VMs to add to, or remove from, the VM group of this name in each VM's cluster. */
    public record Membership(String group, List<UUID> vms) {
    }

    /** What a rule is to be. */
    public record RuleSpec(String name, boolean enabled, boolean mandatory, String polarity, String vmGroup,
                           String hostGroup) {
    }

    public DrsRules(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        // a group or rule exists from the request on; a failed or aborted creation removes it
        engine.register(GROUP_CREATE, (tx, task) -> drs(tx).group(task.ownerId()).orElseThrow(),
                (tx, task) -> drs(tx).deleteGroup(task.ownerId()));
        engine.register(ADD_VMS, Membership.class, (tx, task, m) -> members(tx, m).forEach(
                (vm, group) -> drs(tx).addMember(group.id(), vm)));
        engine.register(REMOVE_VMS, Membership.class, (tx, task, m) -> members(tx, m).forEach(
                (vm, group) -> drs(tx).removeMember(group.id(), vm)));
        engine.register(RULE_CREATE, (tx, task) -> drs(tx).rule(task.ownerId()).orElseThrow(),
                (tx, task) -> drs(tx).deleteRule(task.ownerId()));
        engine.register(RULE_UPDATE, RuleSpec.class, (tx, task, spec) -> drs(tx).saveRule(drs(tx)
                .lockRule(task.ownerId()).orElseThrow(() -> ApiException.badRequest("The rule was deleted."))
                .with(spec.enabled(), spec.mandatory())));
        engine.register(RULE_DELETE, (tx, task) -> drs(tx).deleteRule(task.ownerId()));
    }

    private static DrsStore drs(Tx tx) {
        return tx.store(DrsStore::new);
    }

    public DrsStore.Group vmGroup(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> drs(tx).group(id)).filter(g -> g.kind().equals(DrsStore.VM)).orElseThrow(() ->
                ApiException.forbidden("No VM group with id " + id + " is accessible."));
    }

    public DrsStore.Rule rule(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> drs(tx).rule(id)).orElseThrow(() ->
                ApiException.forbidden("No VM-Host affinity rule with id " + id + " is accessible."));
    }

    /** A new, empty VM group in the pool's cluster, with its creation task. */
    public TaskRow createGroup(InventoryStore.PvdcPool pool, String name, TaskEngine.Caller by) {
        String checked = name(name, "VM group");
        return db.tx(tx -> {
            InventoryStore.Pool p = pool.pool();
            if (drs(tx).groups(p.vcenterId(), p.clusterMoref(), DrsStore.VM).stream()
                    .anyMatch(g -> g.name().equalsIgnoreCase(checked))) {
                throw ApiException.duplicateName("The cluster of resource pool " + p.name()
                        + " already has a VM group named " + checked + ".");
            }
            String cluster = drs(tx).clusterName(p.vcenterId(), p.clusterMoref()).orElse(p.clusterMoref());
            DrsStore.Group g = new DrsStore.Group(UUID.randomUUID(), p.vcenterId(), p.clusterMoref(), cluster,
                    DrsStore.VM, checked, Inventory.namedId(DrsStore.VM, checked));
            drs(tx).addGroup(g);
            return engine.start(tx, new TaskEngine.Spec(GROUP_CREATE, "Creating VM group " + checked, by,
                    ObjectRef.of(Kind.VM_GROUP, g.id(), g.name()), true, null));
        });
    }

    /** Adds (or removes) VMs to the VM group of this name in each VM's own cluster. */
    public TaskRow changeMembers(String group, List<UUID> vms, boolean add, TaskEngine.Caller by) {
        if (vms.isEmpty() || vms.size() > MAX_VMS || new LinkedHashSet<>(vms).size() != vms.size()) {
            throw ApiException.badRequest("Vms names 1 to " + MAX_VMS + " distinct VMs.");
        }
        Membership m = new Membership(group, vms);
        return db.tx(tx -> {
            DrsStore.Group first = members(tx, m).values().iterator().next();
            return engine.start(tx, new TaskEngine.Spec(add ? ADD_VMS : REMOVE_VMS, (add ? "Adding VMs to VM group "
                    : "Removing VMs from VM group ") + group, by, ObjectRef.of(Kind.VM_GROUP, first.id(), group),
                    false, m));
        });
    }

    /** Each VM and the group of the name in its cluster, once every VM runs in a cluster that has one. */
    private static java.util.Map<UUID, DrsStore.Group> members(Tx tx, Membership m) {
        java.util.Map<UUID, DrsStore.Group> out = new java.util.LinkedHashMap<>();
        List<DrsStore.Group> named = drs(tx).vmGroupsNamed(m.group());
        if (named.isEmpty()) {
            throw ApiException.invalidReference("No VM group is named " + m.group() + ".");
        }
        for (UUID vm : m.vms()) {
            InventoryStore.PvdcPool pool = tx.store(InventoryStore::new).poolOf(vm).orElseThrow(() ->
                    ApiException.invalidReference("No VM with id " + vm + " exists."));
            DrsStore.Group group = named.stream().filter(g -> g.vcenterId().equals(pool.pool().vcenterId())
                    && g.clusterMoref().equals(pool.pool().clusterMoref())).findFirst().orElseThrow(() ->
                    ApiException.badRequest("VM " + vm + " runs in cluster " + pool.pool().clusterMoref()
                            + ", which has no VM group named " + m.group() + "."));
            out.put(vm, group);
        }
        return out;
    }

    /** A new rule in the pool's cluster, between a VM group and a host group of that cluster. */
    public TaskRow createRule(InventoryStore.PvdcPool pool, RuleSpec spec, TaskEngine.Caller by) {
        String name = name(spec.name(), "VM-Host affinity rule");
        if (spec.polarity() == null || !POLARITIES.contains(spec.polarity())) {
            throw ApiException.badRequest("Polarity is Affinity or Anti-Affinity, not '" + spec.polarity() + "'.");
        }
        return db.tx(tx -> {
            InventoryStore.Pool p = pool.pool();
            drs(tx).ruleNamed(p.vcenterId(), p.clusterMoref(), name).ifPresent(other -> {
                throw ApiException.duplicateName("The cluster already has a rule named " + other.name() + ".");
            });
            requireGroup(tx, p, DrsStore.VM, spec.vmGroup());
            requireGroup(tx, p, DrsStore.HOST, spec.hostGroup());
            DrsStore.Rule rule = new DrsStore.Rule(UUID.randomUUID(), p.vcenterId(), p.clusterMoref(), name,
                    spec.enabled(), spec.mandatory(), spec.polarity(), spec.vmGroup(), spec.hostGroup());
            drs(tx).saveRule(rule);
            return engine.start(tx, new TaskEngine.Spec(RULE_CREATE, "Creating VM-Host affinity rule " + name, by,
                    owner(rule), true, null));
        });
    }

    /** enable, disable, makeMandatory, makeOptional. */
    public TaskRow updateRule(DrsStore.Rule rule, boolean enabled, boolean mandatory, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(RULE_UPDATE, "Updating VM-Host affinity rule "
                + rule.name(), by, owner(rule), true, new RuleSpec(rule.name(), enabled, mandatory, rule.polarity(),
                rule.vmGroup(), rule.hostGroup()))));
    }

    public TaskRow deleteRule(DrsStore.Rule rule, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(RULE_DELETE, "Deleting VM-Host affinity rule "
                + rule.name(), by, owner(rule), true, null)));
    }

    private static ObjectRef owner(DrsStore.Rule rule) {
        return ObjectRef.of(Kind.HOST_RULE, rule.id(), rule.name());
    }

    private static void requireGroup(Tx tx, InventoryStore.Pool p, String kind, String name) {
        if (name == null || drs(tx).groups(p.vcenterId(), p.clusterMoref(), kind).stream()
                .noneMatch(g -> g.name().equals(name))) {
            throw ApiException.invalidReference("The cluster of resource pool " + p.name() + " has no "
                    + (kind.equals(DrsStore.VM) ? "VM" : "host") + " group named " + name + ".");
        }
    }

    private static String name(String name, String what) {
        return Lengths.name(name, MAX_NAME, what).trim();
    }
}
