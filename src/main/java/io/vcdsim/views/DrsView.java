package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.store.DrsStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.Tx;

/** The VM groups, host groups and VM-Host affinity rules of a resource pool's cluster. */
public final class DrsView {
    private DrsView() {
    }

    private static DrsStore drs(Tx tx) {
        return tx.store(DrsStore::new);
    }

    private static String poolHref(Viewer v, InventoryStore.PvdcPool pool) {
        return v.adminHref(Kind.RESOURCE_POOL, pool.id());
    }

    public static ProviderInventory.VmGroups vmGroups(Tx tx, Viewer v, InventoryStore.PvdcPool pool) {
        ProviderInventory.VmGroups list = new ProviderInventory.VmGroups();
        list.href = poolHref(v, pool) + "/vmGroups";
        list.type = MediaTypes.xml(MediaTypes.VM_GROUPS);
        list.link("up", poolHref(v, pool), MediaTypes.xml(MediaTypes.PVDC_RESOURCE_POOL));
        list.link("add", list.href, MediaTypes.xml(MediaTypes.VM_GROUP));
        for (DrsStore.Group g : drs(tx).groups(pool.pool().vcenterId(), pool.pool().clusterMoref(), DrsStore.VM)) {
            list.vmGroup.add(vmGroup(v, g));
        }
        return list;
    }

    /** A VM group, with the actions that add and remove VMs by its name. */
    public static ProviderInventory.DrsGroup vmGroup(Viewer v, DrsStore.Group g) {
        ProviderInventory.DrsGroup group = v.entity(new ProviderInventory.DrsGroup(), Kind.VM_GROUP, g.id(), g.name());
        String byName = v.href("/api/admin/extension/vmGroup/name/" + java.net.URLEncoder.encode(g.name(),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        group.link("addVms", byName + "/action/addVms", MediaTypes.xml(MediaTypes.VMS));
        group.link("removeVms", byName + "/action/removeVms", MediaTypes.xml(MediaTypes.VMS));
        return group;
    }

    public static ProviderInventory.HostGroups hostGroups(Tx tx, Viewer v, InventoryStore.PvdcPool pool) {
        ProviderInventory.HostGroups list = new ProviderInventory.HostGroups();
        list.href = poolHref(v, pool) + "/hostGroups";
        list.type = MediaTypes.xml(MediaTypes.HOST_GROUPS);
        list.link("up", poolHref(v, pool), MediaTypes.xml(MediaTypes.PVDC_RESOURCE_POOL));
        for (DrsStore.Group g : drs(tx).groups(pool.pool().vcenterId(), pool.pool().clusterMoref(), DrsStore.HOST)) {
            ProviderInventory.DrsGroup group = new ProviderInventory.DrsGroup();
            group.name = g.name();
            group.id = "urn:vcloud:hostGroup:" + g.id();
            list.hostGroup.add(group);
        }
        return list;
    }

    public static ProviderInventory.HostRules rules(Tx tx, Viewer v, InventoryStore.PvdcPool pool) {
        ProviderInventory.HostRules list = new ProviderInventory.HostRules();
        list.href = poolHref(v, pool) + "/rules";
        list.type = MediaTypes.xml(MediaTypes.HOST_RULES);
        list.link("up", poolHref(v, pool), MediaTypes.xml(MediaTypes.PVDC_RESOURCE_POOL));
        list.link("add", list.href, MediaTypes.xml(MediaTypes.HOST_RULE));
        for (DrsStore.Rule r : drs(tx).rules(pool.pool().vcenterId(), pool.pool().clusterMoref())) {
            list.rule.add(rule(v, r));
        }
        return list;
    }

    /** A rule, with the actions its state allows. */
    public static ProviderInventory.HostRule rule(Viewer v, DrsStore.Rule r) {
        ProviderInventory.HostRule rule = new ProviderInventory.HostRule();
        rule.href = v.adminHref(Kind.HOST_RULE, r.id());
        rule.type = MediaTypes.xml(MediaTypes.HOST_RULE);
        rule.id = Kind.HOST_RULE.urn(r.id());
        rule.link(r.enabled() ? "disable" : "enable", rule.href + "/action/" + (r.enabled() ? "disable" : "enable"),
                null);
        rule.link(r.mandatory() ? "makeOptional" : "makeMandatory", rule.href + "/action/"
                + (r.mandatory() ? "makeOptional" : "makeMandatory"), null);
        rule.link("remove", rule.href, null);
        rule.name = r.name();
        rule.isEnabled = r.enabled();
        rule.isMandatory = r.mandatory();
        rule.polarity = r.polarity();
        rule.hostGroupName = r.hostGroup();
        rule.vmGroupName = r.vmGroup();
        return rule;
    }
}
