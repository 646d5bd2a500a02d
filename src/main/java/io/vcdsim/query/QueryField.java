package io.vcdsim.query;

/**
 * One attribute of a query record: its name on the wire, the SQL expression behind it, and how its
 * values are compared and written. REF fields hold an id and are written as an href (records) or
 * a URN (idrecords); a filter on them accepts any of href, URN or bare id.
 */
public record QueryField(String name, String sql, Kind kind, String hrefPath, String urnType) {

    public enum Kind { STRING, INT, BOOL, DATE, REF }

    public static QueryField string(String name, String sql) {
        return new QueryField(name, sql, Kind.STRING, null, null);
    }

    public static QueryField integer(String name, String sql) {
        return new QueryField(name, sql, Kind.INT, null, null);
    }

    public static QueryField bool(String name, String sql) {
        return new QueryField(name, sql, Kind.BOOL, null, null);
    }

    public static QueryField date(String name, String sql) {
        return new QueryField(name, sql, Kind.DATE, null, null);
    }

    /** A reference to another object: hrefPath such as "/api/org/", urnType such as "org". */
    public static QueryField ref(String name, String sql, String hrefPath, String urnType) {
        return new QueryField(name, sql, Kind.REF, hrefPath, urnType);
    }
}
