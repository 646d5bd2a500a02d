package io.vcdsim.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;

import java.util.ArrayList;
import java.util.List;

/** Reading a field of a JSON request document, each wrong type or value a 400 naming the field. */
final class EdgeJsonFields {
    static final int MAX_TEXT = 1024;
    static final int MAX_LIST = 1024;

    private EdgeJsonFields() {
    }

    /** The text at {@code field} ({@code null} when absent or null); blank is refused when {@code required}. */
    static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.badRequest(field + " is required.");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(field + " must be text.");
        }
        if (required && v.asText().isBlank()) {
            throw ApiException.badRequest(field + " is required.");
        }
        if (v.asText().length() > MAX_TEXT) {
            throw ApiException.badRequest(field + " is at most " + MAX_TEXT + " characters.");
        }
        return v.asText();
    }

    /** The text at {@code field}, one of {@code allowed} (absent or blank allowed unless {@code required}). */
    static String oneOf(JsonNode node, String field, boolean required, List<String> allowed) {
        String v = text(node, field, required);
        if (v != null && !v.isEmpty() && !allowed.contains(v)) {
            throw ApiException.badRequest(field + " is one of " + String.join(", ", allowed) + ", not '"
                    + Lengths.shown(v) + "'.");
        }
        return v;
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw ApiException.badRequest(field + " must be true or false.");
        }
        return v.booleanValue();
    }

    /** The whole number at {@code field} between {@code min} and {@code max}; absent or null is {@code otherwise}. */
    static int number(JsonNode node, String field, int min, int max, int otherwise) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < min || v.intValue() > max) {
            throw ApiException.badRequest(field + " is a whole number from " + min + " to " + max + ".");
        }
        return v.intValue();
    }

    /** The object at {@code field} (null when absent or null). */
    static ObjectNode object(JsonNode node, String field, boolean required) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.badRequest(field + " is required.");
            }
            return null;
        }
        if (!v.isObject()) {
            throw ApiException.badRequest(field + " must be an object.");
        }
        return (ObjectNode) v;
    }

    /** The objects of the list at {@code field} (empty when absent or null). */
    static List<ObjectNode> objects(JsonNode node, String field) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode e : list(node, field)) {
            if (!e.isObject()) {
                throw ApiException.badRequest("Each of " + field + " must be an object.");
            }
            out.add((ObjectNode) e);
        }
        return out;
    }

    /** The texts of the list at {@code field} (empty when absent or null). */
    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : list(node, field)) {
            if (!e.isTextual() || e.asText().isBlank() || e.asText().length() > MAX_TEXT) {
                throw ApiException.badRequest("Each of " + field + " must be a non-blank text.");
            }
            out.add(e.asText().trim());
        }
        return out;
    }

    /** Each of the list at {@code field} an IP address (or, with {@code blocks}, a CIDR block or range too). */
    static List<String> addresses(JsonNode node, String field, boolean blocks) {
        List<String> all = texts(node, field);
        for (String a : all) {
            if (blocks) {
                NsxtAddresses.addressOrBlock(a, field);
            } else {
                NsxtAddresses.single(a, field);
            }
        }
        return all;
    }

    /** A single IP address at {@code field}. */
    static String address(JsonNode node, String field, boolean required) {
        String v = text(node, field, required);
        return v == null || v.isBlank() ? v : NsxtAddresses.single(v, field);
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw ApiException.badRequest(field + " must be a list.");
        }
        if (v.size() > MAX_LIST) {
            throw ApiException.badRequest(field + " has at most " + MAX_LIST + " entries.");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }
}
