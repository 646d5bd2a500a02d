package io.vcdsim.core;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** URL text as vCD reads it: query strings, filter values that clients send encoded, and addresses in bodies. */
public final class Urls {
    private Urls() {
    }

    /** Percent-decodes {@code s}; a literal '+' stays a '+' (vCD filters use it in dates and names). */
    public static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed URL encoding: " + s);
        }
    }

    /** Percent-decodes form-encoded {@code s}, where '+' is a space (Go's url.Values and Java's URLEncoder write it). */
    public static String decodeForm(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed URL encoding: " + s);
        }
    }

    /** An http(s) address with a host, of at most {@code max} characters, trimmed; else 400 naming {@code what}. */
    public static URI http(String value, int max, String what) {
        if (value != null && !value.isBlank() && value.length() <= max) {
            try {
                URI u = URI.create(value.trim());
                if (u.getHost() != null && ("https".equalsIgnoreCase(u.getScheme())
                        || "http".equalsIgnoreCase(u.getScheme()))) {
                    return u;
                }
            } catch (IllegalArgumentException e) {
                // not a URI at all: the same answer as a URI without a host
            }
        }
        throw ApiException.badRequest(what + " is an https:// address with a host, of at most " + max
                + " characters, not '" + value + "'.");
    }
}
