package io.vcdsim.query;

import io.vcdsim.core.Kind;

import java.util.Set;

/**
 * One attribute of a query record: its name on the wire, the SQL expression behind it, and how its
 * values are compared and written. REF fields hold an id and are written as an href (records) or
 * a URN (idrecords); a filter on them accepts any of href, URN or bare id. A REF whose kind varies by row (a VM's
 * container: a vApp or a vApp template) has a {@code kindSql} naming each row's {@link Kind} instead of one
 * {@code hrefPath} and {@code urnType}.
 */
public record QueryField(String name, String sql, Type type, String hrefPath, String urnType, Set<String> values,
                         String kindSql) {

    /** HREF: a stored href that is a path ("/api/...") for vcdsim's own objects, made absolute when written. */
    public enum Type { STRING, INT, BOOL, DATE, REF, HREF }

    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile(
            "'[^']*'|-?\\d+|TRUE|FALSE", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True when the field's SQL is a literal: the same value in every row. */
    public boolean constant() {
        return CONSTANT.matcher(sql.trim()).matches();
    }

    public static QueryField string(String name, String sql) {
        return new QueryField(name, sql, Type.STRING, null, null, null, null);
    }

    /** A string field with a fixed set of values; a filter on any other value is a 400 (as vCD does). */
    public static QueryField oneOf(String name, String sql, Set<String> values) {
        return new QueryField(name, sql, Type.STRING, null, null, values, null);
    }

    public static QueryField integer(String name, String sql) {
        return new QueryField(name, sql, Type.INT, null, null, null, null);
    }

    public static QueryField bool(String name, String sql) {
        return new QueryField(name, sql, Type.BOOL, null, null, null, null);
    }

    public static QueryField date(String name, String sql) {
        return new QueryField(name, sql, Type.DATE, null, null, null, null);
    }

    public static QueryField href(String name, String sql) {
        return new QueryField(name, sql, Type.HREF, null, null, null, null);
    }

    /** A reference to another object of this kind, whose id {@code sql} gives. */
    public static QueryField ref(String name, String sql, Kind kind) {
        return new QueryField(name, sql, Type.REF, kind.pathPrefix(), kind.urnType, null, null);
    }

    /** A reference to an object whose kind varies by row: {@code kindSql} gives the name of each row's {@link Kind}. */
    public static QueryField refOfKind(String name, String sql, String kindSql) {
        return new QueryField(name, sql, Type.REF, null, null, null, kindSql);
    }
}
