package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.store.LogicalVmGroupStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A logical VM group as the cloudapi gives it (go-vcloud-director's types.LogicalVmGroup). */
public final class LogicalVmGroupView {
    private LogicalVmGroupView() {
    }

    public static Map<String, Object> of(LogicalVmGroupStore.Row r, List<LogicalVmGroupStore.Named> members) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.LOGICAL_VM_GROUP.urn(r.id()));
        v.put("name", r.name());
        v.put("description", r.description());
        List<Map<String, Object>> refs = new ArrayList<>();
        for (LogicalVmGroupStore.Named n : members) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("name", n.name());
            ref.put("id", Kind.NAMED_VM_GROUP.urn(n.id()));
            refs.add(ref);
        }
        v.put("namedVmGroupReferences", refs);
        v.put("pvdcId", Kind.PROVIDER_VDC.urn(r.providerVdcId()));
        return v;
    }
}
