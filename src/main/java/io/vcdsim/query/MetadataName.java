package io.vcdsim.query;

import java.util.Locale;

/**
 * A metadata key as a query names it, in a filter or in {@code fields}: {@code metadata:key} (the GENERAL
 * domain), {@code metadata@SYSTEM:key} or {@code metadata@GENERAL:key}.
 */
record MetadataName(String domain, String key) {
    private static final int MAX_KEY = 255;

    /** The name, or null when the text is not one. */
    static MetadataName parse(String text) {
        if (!text.startsWith("metadata")) {
            return null;
        }
        String rest = text.substring("metadata".length());
        String domain = "GENERAL";
        if (rest.startsWith("@")) {
            int colon = rest.indexOf(':');
            if (colon < 0) {
                return null;
            }
            domain = rest.substring(1, colon).toUpperCase(Locale.ROOT);
            if (!domain.equals("GENERAL") && !domain.equals("SYSTEM")) {
                return null;
            }
            rest = rest.substring(colon);
        }
        if (!rest.startsWith(":") || rest.length() < 2 || rest.length() > MAX_KEY + 1) {
            return null;
        }
        return new MetadataName(domain, rest.substring(1));
    }
}
