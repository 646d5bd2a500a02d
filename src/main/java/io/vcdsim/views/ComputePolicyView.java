package io.vcdsim.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.Kind;
import io.vcdsim.store.ComputePolicyStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** A VDC compute policy as the cloudapi gives it: its settings as they were sent, with its id, name and type. */
public final class ComputePolicyView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComputePolicyView() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(ComputePolicyStore.Row r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", Kind.VDC_COMPUTE_POLICY.urn(r.id()));
        v.put("name", r.name());
        v.put("description", r.description());
        v.put("policyType", r.policyType());
        try {
            v.putAll(JSON.readValue(r.definition(), Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored compute policy settings: " + e.getMessage(), e);
        }
        return v;
    }
}
