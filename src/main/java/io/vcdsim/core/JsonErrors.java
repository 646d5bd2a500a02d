package io.vcdsim.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;

/**
 * What was wrong with a JSON body, said to a client: where (field path, line and column) and what, without the
 * Java types Jackson's own messages name ("Cannot deserialize value of type `java.util.ArrayList`...").
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static String describe(IOException e) {
        if (!(e instanceof JsonProcessingException p)) {
            return "it could not be read";
        }
        StringBuilder b = new StringBuilder();
        if (p instanceof JsonMappingException m) { // its own message names Java types
            b.append("the value at ").append(path(m)).append(" is not of the type expected there");
        } else {
            String original = p.getOriginalMessage();
            int nl = original == null ? -1 : original.indexOf('\n');
            b.append(original == null ? "malformed" : nl < 0 ? original : original.substring(0, nl));
        }
        JsonLocation at = p.getLocation();
        if (at != null && at.getLineNr() > 0) {
            b.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(")");
        }
        return b.toString();
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "the top" : b.toString();
    }
}
