package io.vcdsim.core;

/** How a request's optional text is read, once for every resource and service that reads one. */
public final class Texts {
    private Texts() {
    }

    /**
     * {@code text} without surrounding whitespace, or null when it is null or blank: a client that sends "" or spaces
     * for an optional field sent nothing.
     */
    public static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
