package io.vcdsim.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** URL text as vCD reads it: query strings, and filter values that clients send encoded. */
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
}
