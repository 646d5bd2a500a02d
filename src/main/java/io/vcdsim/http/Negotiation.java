package io.vcdsim.http;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the Accept header the way vCloud Director does: the format from the +xml / +json suffix
 * (XML unless only JSON is asked for), the API version from the {@code ;version=} parameter.
 * Clients send odd forms ({@code application/*+xml}, {@code vnd.vmware.vcloud.org+xml} without
 * "application/", several Accept headers); all of them are understood.
 */
public record Negotiation(Format format, ApiVersion version) {
    /**
     * What a single Accept header already read means: a client sends the same one on every call, and reading it
     * again was a measurable part of a task GET. Bounded, so a client varying its header cannot grow it.
     */
    private static final Map<String, Negotiation> READ = new ConcurrentHashMap<>();
    private static final int READ_LIMIT = 256;

    /**
     * Whether the Accept headers take JSON, the only representation the cloudapi has: no header, or one naming JSON
     * ({@code application/json}, a {@code +json} type) or any type ({@code *}{@code /*}, {@code application/*}).
     */
    public static boolean admitsJson(List<String> acceptHeaders) {
        if (acceptHeaders.isEmpty()) {
            return true;
        }
        for (String header : acceptHeaders) {
            for (String range : header.split(",")) {
                String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (type.isEmpty() || type.endsWith("+json") || type.equals("application/json") || type.equals("*/*")
                        || type.equals("application/*")) {
                    return true;
                }
            }
        }
        return false;
    }

    public static Negotiation of(List<String> acceptHeaders) {
        if (acceptHeaders.size() != 1) {
            return read(acceptHeaders);
        }
        String header = acceptHeaders.get(0);
        Negotiation known = READ.get(header);
        if (known == null) {
            known = read(acceptHeaders); // a refused header throws, so only headers that negotiate are kept
            if (READ.size() < READ_LIMIT) {
                READ.put(header, known);
            }
        }
        return known;
    }

    private static Negotiation read(List<String> acceptHeaders) {
        Format format = null;
        boolean sawXml = false;
        boolean sawOther = false;
        ApiVersion version = null;
        for (String header : acceptHeaders) {
            for (String range : header.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].trim().toLowerCase(Locale.ROOT);
                if (type.isEmpty()) {
                    continue;
                }
                // an event stream's errors come before the stream, in JSON like the events it carries
                if (type.endsWith("+json") || type.equals("application/json") || type.equals("text/event-stream")) {
                    if (format == null) {
                        format = Format.JSON;
                    }
                } else if (type.endsWith("+xml") || type.endsWith("/xml") || type.equals("*/*")
                        || type.equals("application/*") || type.equals("text/*")) {
                    sawXml = true;
                    if (format == null) {
                        format = Format.XML;
                    }
                } else {
                    sawOther = true;
                }
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.regionMatches(true, 0, "version=", 0, 8)) {
                        String v = p.substring(8).replace("\"", "");
                        if (v.isBlank()) {
                            continue; // "version=" asks for none: go-vcloud-director's OAuth calls send it so
                        }
                        ApiVersion parsed = ApiVersion.parseSupported(v);
                        if (parsed == null) {
                            throw new ApiException(406, "NOT_ACCEPTABLE",
                                    "The request has invalid accept header: Invalid API version requested: " + v
                                            + ". Supported versions are listed at /api/versions.");
                        }
                        version = parsed;
                    }
                }
            }
        }
        if (format == null && sawOther && !sawXml) {
            throw new ApiException(406, "NOT_ACCEPTABLE",
                    "The request has invalid accept header: only XML and JSON representations are available.");
        }
        return new Negotiation(format == null ? Format.XML : format, version == null ? ApiVersion.LATEST : version);
    }
}
