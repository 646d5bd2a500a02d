package io.vcdsim.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** A cloudapi reference as vCD writes it in JSON: {@code {"name": ..., "id": ...}}, in that order. */
public final class OpenApiReference {
    private OpenApiReference() {
    }

    public static Map<String, Object> ref(String name, String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("id", id);
        return r;
    }
}
