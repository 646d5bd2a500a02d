package io.vcdsim.views;

import io.vcdsim.compute.ComputePolicies;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ComputePolicy;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VdcComputePolicyReferences;
import io.vcdsim.store.ComputePolicyStore;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A VDC compute policy as the cloudapi gives it: its settings as they were sent, with its id, name and type. */
public final class ComputePolicyView {
    public static final String REFERENCES = "application/vnd.vmware.vcloud.vdcComputePolicyReferences";

    private ComputePolicyView() {
    }

    /** A reference to a policy as vCD's XML gives one: its cloudapi href and URN. */
    public static Reference ref(Viewer v, ComputePolicyStore.Row r) {
        String urn = Kind.VDC_COMPUTE_POLICY.urn(r.id());
        return new Reference(v.href("/cloudapi/1.0.0/vdcComputePolicies/" + urn), urn, "application/json", r.name());
    }

    /**
     * A VM's ComputePolicy: its sizing policy (the VDC's default when it was given none, as vCD sizes every VM by
     * one) and its placement policy, neither final.
     */
    public static ComputePolicy ofVm(Viewer v, Tx tx, UUID vmId, UUID vdcId) {
        ComputePolicyStore store = tx.store(ComputePolicyStore::new);
        ComputePolicyStore.VmPolicies p = store.ofVm(vmId);
        ComputePolicy view = new ComputePolicy();
        // the VDC's default, read alone: a vApp's view asks for each of its VMs
        UUID sizing = p.sizing() != null || p.placement() != null ? p.sizing()
                : store.defaultOf(vdcId).orElse(ComputePolicyStore.SYSTEM_DEFAULT);
        if (sizing != null) {
            store.find(sizing).ifPresent(r -> view.vmSizingPolicy = ref(v, r));
            view.vmSizingPolicyFinal = false;
        }
        if (p.placement() != null) {
            store.find(p.placement()).ifPresent(r -> view.vmPlacementPolicy = ref(v, r));
            view.vmPlacementPolicyFinal = false;
        }
        return view;
    }

    /** The policies assigned to a VDC, as {@code /api/admin/vdc/{id}/computePolicies} gives them. */
    public static VdcComputePolicyReferences references(Viewer v, UUID vdcId, List<ComputePolicyStore.Row> policies) {
        VdcComputePolicyReferences refs = new VdcComputePolicyReferences();
        refs.href = v.adminHref(Kind.VDC, vdcId) + "/computePolicies";
        refs.type = MediaTypes.xml(REFERENCES);
        policies.forEach(p -> refs.vdcComputePolicyReference.add(ref(v, p)));
        return refs;
    }

    public static Map<String, Object> of(ComputePolicyStore.Row r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.VDC_COMPUTE_POLICY.urn(r.id()));
        v.put("name", r.name());
        v.put("description", r.description());
        v.put("policyType", r.policyType());
        v.putAll(ComputePolicies.settings(r));
        return v;
    }
}
