package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.LogicalVmGroupStore;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.core.OpenApiReference.ref;

/**
 * The logical VM groups a VM placement policy names in its {@code pvdcLogicalVmGroupsMap} (go-vcloud-director's
 * types.PvdcLogicalVmGroupsMap: per provider VDC, references to logical VM groups of it): each an existing group of
 * that provider VDC, given back with its own name and the provider VDC's. The policy keeps a link to each, so a group
 * a policy names is not deleted.
 */
final class LogicalPlacement {
    static final String MAP = "pvdcLogicalVmGroupsMap";

    private LogicalPlacement() {
    }

    /** Saves the policy with its map checked and named as stored, and links it to the groups the map names. */
    static ComputePolicyStore.Row save(Tx tx, ComputePolicyStore.Row row) {
        Map<String, Object> settings = new LinkedHashMap<>(ComputePolicies.settings(row));
        LinkedHashSet<UUID> groups = new LinkedHashSet<>();
        Object map = settings.get(MAP);
        ComputePolicyStore.Row saved = row;
        if (map != null) {
            if (!(map instanceof List<?> entries)) {
                throw ApiException.badRequest(MAP + " is a list of provider VDCs with their logical VM groups.");
            }
            List<Map<String, Object>> named = new ArrayList<>();
            for (Object entry : entries) {
                named.add(entry(tx, entry, groups));
            }
            settings.put(MAP, named);
            saved = new ComputePolicyStore.Row(row.id(), row.name(), row.description(), row.policyType(),
                    ComputePolicies.write(settings), row.predefined(), row.created());
        }
        tx.store(ComputePolicyStore::new).save(saved);
        tx.store(LogicalVmGroupStore::new).setForPolicy(row.id(), List.copyOf(groups));
        return saved;
    }

    /** One provider VDC's entry: it exists, and so does each group it names, a group of that provider VDC. */
    private static Map<String, Object> entry(Tx tx, Object entry, LinkedHashSet<UUID> groups) {
        if (!(entry instanceof Map<?, ?> e) || !(e.get("pvdc") instanceof Map<?, ?> pvdc)
                || !(e.get("logicalVmGroups") instanceof List<?> refs)) {
            throw ApiException.badRequest("Each entry of " + MAP + " has a pvdc reference and a list of "
                    + "logicalVmGroups.");
        }
        UUID pvdcId = urn(pvdc.get("id"), Kind.PROVIDER_VDC, "pvdc");
        InventoryStore.ProviderVdc providerVdc = tx.store(InventoryStore::new).providerVdc(pvdcId).orElseThrow(() ->
                ApiException.invalidReference("No provider VDC " + Kind.PROVIDER_VDC.urn(pvdcId) + "."));
        List<Map<String, Object>> named = new ArrayList<>();
        for (Object ref : refs) {
            UUID id = urn(ref instanceof Map<?, ?> m ? m.get("id") : null, Kind.LOGICAL_VM_GROUP, "logicalVmGroups");
            LogicalVmGroupStore.Row group = tx.store(LogicalVmGroupStore::new).find(id).orElseThrow(() ->
                    ApiException.invalidReference("No logical VM group " + Kind.LOGICAL_VM_GROUP.urn(id) + "."));
            if (!group.providerVdcId().equals(pvdcId)) {
                throw ApiException.badRequest("Logical VM group " + group.name() + " is not of provider VDC "
                        + providerVdc.name() + ".");
            }
            groups.add(id);
            named.add(ref(group.name(), Kind.LOGICAL_VM_GROUP.urn(id)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("logicalVmGroups", named);
        out.put("pvdc", ref(providerVdc.name(), Kind.PROVIDER_VDC.urn(pvdcId)));
        return out;
    }

    private static UUID urn(Object id, Kind kind, String what) {
        UUID uuid = id instanceof String s && s.startsWith("urn:vcloud:" + kind.urnType + ":") ? Ids.fromAny(s) : null;
        if (uuid == null) {
            throw ApiException.badRequest(MAP + ": " + what + " needs an id urn:vcloud:" + kind.urnType + ":..., not "
                    + id + ".");
        }
        return uuid;
    }

}
