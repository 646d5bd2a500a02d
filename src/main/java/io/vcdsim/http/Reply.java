package io.vcdsim.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a resource method answers: a status, and optionally a representation with its base media
 * type (the edge adds +xml / +json and ;version=) and extra headers.
 */
public final class Reply {
    final int status;
    final Object entity;
    final String mediaType;
    final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, Object entity, String mediaType) {
        this.status = status;
        this.entity = entity;
        this.mediaType = mediaType;
    }

    public static Reply ok(Object entity, String mediaType) {
        return new Reply(200, entity, mediaType);
    }

    public static Reply created(Object entity, String mediaType, String location) {
        return new Reply(201, entity, mediaType).header("Location", location);
    }

    public static Reply accepted(Object entity, String mediaType) {
        return new Reply(202, entity, mediaType);
    }

    public static Reply noContent() {
        return new Reply(204, null, null);
    }

    /** A JSON body for /cloudapi, whose payloads are plain application/json. */
    public static Reply json(int status, Object entity) {
        return new Reply(status, entity, "application/json");
    }

    /** Bytes sent as they are, with exactly this Content-Type (downloads, reference endpoints). */
    public static Reply bytes(int status, byte[] body, String contentType) {
        return new Reply(status, body, contentType);
    }

    /** Writes a body as it comes (server-sent events); the response ends when the writer returns. */
    @FunctionalInterface
    public interface Streamer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** A body written over time by {@code streamer}, with exactly this Content-Type. */
    public static Reply stream(String contentType, Streamer streamer) {
        return new Reply(200, streamer, contentType).header("Cache-Control", "no-cache");
    }

    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Object entity() {
        return entity;
    }
}
