package io.vcdsim.query;

import java.util.Set;

/**
 * One attribute of a query record: its name on the wire, the SQL expression behind it, and how its
 * values are compared and written. REF fields hold an id and are written as an href (records) or
 * a URN (idrecords); a filter on them accepts any of href, URN or bare id.
 */
public record QueryField(String name, String sql, Kind kind, String hrefPath, String urnType, Set<String> values) {

    /** HREF: a stored href that is a path ("/api/...") for vcdsim's own objects, made absolute when written. */
    public enum Kind { STRING, INT, BOOL, DATE, REF, HREF }

    public static QueryField string(String name, String sql) {
        return new QueryField(name, sql, Kind.STRING, null, null, null);
    }

    /** A string field with a fixed set of values; a filter on any other value is a 400 (as vCD does). */
    public static QueryField oneOf(String name, String sql, Set<String> values) {
        return new QueryField(name, sql, Kind.STRING, null, null, values);
    }

    public static QueryField integer(String name, String sql) {
        return new QueryField(name, sql, Kind.INT, null, null, null);
    }

    public static QueryField bool(String name, String sql) {
        return new QueryField(name, sql, Kind.BOOL, null, null, null);
    }

    public static QueryField date(String name, String sql) {
        return new QueryField(name, sql, Kind.DATE, null, null, null);
    }

    public static QueryField href(String name, String sql) {
        return new QueryField(name, sql, Kind.HREF, null, null, null);
    }

    /** A reference to another object: hrefPath such as "/api/org/", urnType such as "org". */
    public static QueryField ref(String name, String sql, String hrefPath, String urnType) {
        return new QueryField(name, sql, Kind.REF, hrefPath, urnType, null);
    }
}
