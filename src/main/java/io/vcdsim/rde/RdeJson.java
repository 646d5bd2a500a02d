package io.vcdsim.rde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;

import java.util.Map;

/** The JSON objects runtime defined entities keep as sent (schemas, entities, executions, hooks). */
public final class RdeJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private RdeJson() {
    }

    /** A stored JSON object back as a map (null for null). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String json) {
        try {
            return json == null ? null : MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON: " + e.getMessage(), e);
        }
    }

    /** A stored JSON value (a string, number or boolean) back. */
    public static Object value(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON: " + e.getMessage(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body's field {@code name} as a JSON object, written: a 400 when it is absent (if required) or no object. */
    static String object(Map<String, Object> body, String name, String what, boolean required, int max) {
        Object v = body.get(name);
        if (v == null && !required) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw ApiException.badRequest(what + " needs " + name + ": a JSON object.");
        }
        String json = write(v);
        if (json.length() > max) {
            throw ApiException.badRequest(what + "'s " + name + " has at most " + max + " characters.");
        }
        return json;
    }

    /** The body's text field {@code name}: null when absent, a 400 when it is not text or too long. */
    static String text(Map<String, Object> body, String name, String what, int max) {
        Object v = body.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s) || s.length() > max) {
            throw ApiException.badRequest(what + "'s " + name + " is text of at most " + max + " characters.");
        }
        return s;
    }

    /** The body's name: 1 to {@code max} characters, not blank. */
    static String name(Map<String, Object> body, String what, int max) {
        String name = text(body, "name", what, max);
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest(what + " needs a name of 1 to " + max + " characters.");
        }
        return name;
    }
}
