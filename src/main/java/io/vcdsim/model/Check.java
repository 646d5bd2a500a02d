package io.vcdsim.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a settings field accepts, stated beside the field, so one walk over a document
 * ({@link SettingsFields}) checks every part alike before anything is stored. A text without
 * {@link Length} is at most 255 characters.
 */
public final class Check {
    private Check() {
    }

    /** A whole number from min to max. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface Range {
        long min();

        long max();
    }

    /** A text of at most this many characters. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface Length {
        int value();
    }

    /** One of these words, exactly. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface OneOf {
        String[] value();
    }

    /** A text matching this regular expression, such as the example. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface Pattern {
        String value();

        String example();
    }

    /** An http(s) address with a host, or empty (not set). */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface Url {
    }

    /** An xs:dateTime, such as 2013-10-01T00:00:00Z. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface DateTime {
    }

    /** Write-only, as vCD keeps it: taken from a PUT, never shown; absent on a PUT, it stays. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface Secret {
    }

    /** vCD computes it: shown, but a PUT's value is ignored. */
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    public @interface ReadOnly {
    }
}
