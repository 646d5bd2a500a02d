package io.vcdsim.http;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;

import java.util.List;
import java.util.Locale;

/**
 * Reads the Accept header the way vCloud Director does: the format from the +xml / +json suffix
 * (XML unless only JSON is asked for), the API version from the {@code ;version=} parameter.
 * Clients send odd forms ({@code application/*+xml}, {@code vnd.vmware.vcloud.org+xml} without
 * "application/", several Accept headers); all of them are understood.
 */
public record Negotiation(Format format, ApiVersion version) {

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
