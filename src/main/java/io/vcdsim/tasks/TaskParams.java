package io.vcdsim.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A native task's parameters as stored with it: a record, written as JSON when the task starts and
 * read back for its work, however long after and on whichever cell.
 */
final class TaskParams {
    /** What the task table's params column holds. */
    static final int MAX_LENGTH = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskParams() {
    }

    static String encode(Object params) {
        if (params == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("task parameters " + params.getClass().getSimpleName()
                    + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** The parameters, or null for a task started without them (by an older version, say): its work decides. */
    static <P> P decode(String json, Class<P> type) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " unreadable: " + e.getMessage(), e);
        }
    }
}
