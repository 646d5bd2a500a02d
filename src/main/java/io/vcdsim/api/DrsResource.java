package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Disk;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.provider.DrsRules;
import io.vcdsim.provider.ProviderVdcBacking;
import io.vcdsim.store.Database;
import io.vcdsim.store.DrsStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.views.DrsView;

import java.util.List;
import java.util.UUID;

/**
 * VM groups and VM-Host affinity rules, for system administrators: a resource pool's {@code vmGroups} (GET, POST),
 * {@code hostGroups} and {@code rules} (GET, POST); a VM group at {@code vmGroup/{id}}, VMs added and removed by
 * group name ({@code vmGroup/name/{name}/action/addVms|removeVms}); a rule at {@code rule/{id}} (GET, DELETE, and
 * {@code action/enable|disable|makeMandatory|makeOptional}).
 */
public final class DrsResource implements Routes {
    private static final String POOL = "/api/admin/extension/resourcePool/{id}";
    private static final String RULE = "/api/admin/extension/rule/{id}";
    private final Database db;
    private final DrsRules drs;
    private final ProviderVdcBacking pools;
    private final TaskViews tasks;

    public DrsResource(Database db, DrsRules drs, ProviderVdcBacking pools, TaskViews tasks) {
        this.db = db;
        this.drs = drs;
        this.pools = pools;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get(POOL + "/vmGroups", x -> {
            InventoryStore.PvdcPool pool = pool(x);
            return Reply.ok(db.read(tx -> DrsView.vmGroups(tx, Hrefs.viewer(x), pool)), MediaTypes.VM_GROUPS);
        });
        r.post(POOL + "/vmGroups", x -> {
            InventoryStore.PvdcPool pool = pool(x);
            ProviderInventory.DrsGroup in = x.read(ProviderInventory.DrsGroup.class, "VMWVmGroup", MediaTypes.VM_GROUP);
            return tasks.accepted(x, drs.createGroup(pool, in.name, TaskResource.caller(x.principal())));
        });
        r.get(POOL + "/hostGroups", x -> {
            InventoryStore.PvdcPool pool = pool(x);
            return Reply.ok(db.read(tx -> DrsView.hostGroups(tx, Hrefs.viewer(x), pool)), MediaTypes.HOST_GROUPS);
        });
        r.get(POOL + "/rules", x -> {
            InventoryStore.PvdcPool pool = pool(x);
            return Reply.ok(db.read(tx -> DrsView.rules(tx, Hrefs.viewer(x), pool)), MediaTypes.HOST_RULES);
        });
        r.post(POOL + "/rules", x -> {
            InventoryStore.PvdcPool pool = pool(x);
            ProviderInventory.HostRule in = x.read(ProviderInventory.HostRule.class, "VMWVmHostAffinityRule",
                    MediaTypes.HOST_RULE);
            return tasks.accepted(x, drs.createRule(pool, new DrsRules.RuleSpec(in.name,
                    !Boolean.FALSE.equals(in.isEnabled), !Boolean.FALSE.equals(in.isMandatory), in.polarity,
                    in.vmGroupName, in.hostGroupName), TaskResource.caller(x.principal())));
        });
        r.get("/api/admin/extension/vmGroup/{id}", x -> Reply.ok(DrsView.vmGroup(Hrefs.viewer(x),
                drs.vmGroup(x.principal(), Hrefs.id(x, "id"))), MediaTypes.VM_GROUP));
        for (String action : List.of("addVms", "removeVms")) {
            r.post("/api/admin/extension/vmGroup/name/{name}/action/" + action, x -> {
                x.principal().requireSystemAdmin();
                return tasks.accepted(x, drs.changeMembers(x.pathParam("name"), vms(x), action.equals("addVms"),
                        TaskResource.caller(x.principal())));
            });
        }
        r.get(RULE, x -> Reply.ok(DrsView.rule(Hrefs.viewer(x), rule(x)), MediaTypes.HOST_RULE));
        r.delete(RULE, x -> tasks.accepted(x, drs.deleteRule(rule(x), TaskResource.caller(x.principal()))));
        r.post(RULE + "/action/enable", x -> update(x, true, null));
        r.post(RULE + "/action/disable", x -> update(x, false, null));
        r.post(RULE + "/action/makeMandatory", x -> update(x, null, true));
        r.post(RULE + "/action/makeOptional", x -> update(x, null, false));
    }

    private Reply update(Exchange x, Boolean enabled, Boolean mandatory) {
        DrsStore.Rule rule = rule(x);
        return tasks.accepted(x, drs.updateRule(rule, enabled != null ? enabled : rule.enabled(),
                mandatory != null ? mandatory : rule.mandatory(), TaskResource.caller(x.principal())));
    }

    private InventoryStore.PvdcPool pool(Exchange x) {
        return pools.pool(x.principal(), Hrefs.id(x, "id"));
    }

    private DrsStore.Rule rule(Exchange x) {
        return drs.rule(x.principal(), Hrefs.id(x, "id"));
    }

    /** The VMs of a Vms body, by href. */
    private static List<UUID> vms(Exchange x) {
        return Bodies.ids(x.read(Disk.Vms.class, "Vms", MediaTypes.VMS).vmReference, "VmReference", "a VM");
    }
}
