package io.vcdsim.core;

import java.nio.charset.StandardCharsets;

/**
 * Limits a request's text must keep, checked before anything is stored: a value the store or AMQP
 * cannot hold is the client's 400, never the database's 500 halfway through a change.
 */
public final class Lengths {
    private Lengths() {
    }

    /** {@code value} (may be null) if it has at most {@code max} characters; else 400 naming {@code what}. */
    public static String atMost(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(what + " is at most " + max + " characters long; this one has "
                    + value.length() + ".");
        }
        return value;
    }

    /** {@code name} if it is 1 to {@code max} characters and not blank; else 400: "A {what} needs a name of...". */
    public static String name(String name, int max, String what) {
        if (name == null || name.isBlank() || name.length() > max) {
            throw ApiException.badRequest("A " + what + " needs a name of 1 to " + max + " characters.");
        }
        return name;
    }

    /** {@code value} (may be null) if its UTF-8 form has at most {@code max} bytes (AMQP short strings). */
    public static String atMostBytes(String value, int max, String what) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
            throw ApiException.badRequest(what + " is at most " + max + " bytes long in UTF-8.");
        }
        return value;
    }

    /** {@code text} as an error message quotes what a client sent: its first 64 characters, "" for none. */
    public static String shown(String text) {
        return text == null ? "" : text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
