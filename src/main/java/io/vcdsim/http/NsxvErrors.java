package io.vcdsim.http;

import java.nio.charset.StandardCharsets;

/**
 * Errors under {@code /network}, where vCD passes on the NSX-V manager's API: the manager's own document,
 * {@code <error><details/><errorCode/><moduleName/></error>}, which go-vcloud-director reads into its NSXError (a
 * vCloud {@code <Error>} there fails to parse). The errorCode is the manager's number when the failure carries one;
 * otherwise 202 (core-services' "object not found") for a 404, 210 (its "already exists") for a duplicate name, and
 * the HTTP status for anything else.
 */
final class NsxvErrors {
    static final String PREFIX = "/network/";

    private NsxvErrors() {
    }

    static byte[] document(int status, String minor, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error><details>" + escape(message)
                + "</details><errorCode>" + code(status, minor) + "</errorCode><moduleName>vShield Edge</moduleName>"
                + "</error>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String code(int status, String minor) {
        if (minor != null && minor.chars().allMatch(Character::isDigit) && !minor.isEmpty()) {
            return minor;
        }
        if (status == 404) {
            return "202";
        }
        return "DUPLICATE_NAME".equals(minor) ? "210" : Integer.toString(status);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
