package io.vcdsim.store;

import io.vcdsim.core.Kinds;
import io.vcdsim.core.ObjectRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Small helpers to read columns the same way from H2 and PostgreSQL. */
final class Rows {
    private Rows() {
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The object a row refers to, from its kind, id, href, type and name columns; null when it names none. */
    static ObjectRef ref(ResultSet rs, String kind, String id, String href, String type, String name)
            throws SQLException {
        return ref(rs.getString(kind), uuid(rs, id), rs.getString(href), rs.getString(type), rs.getString(name));
    }

    static ObjectRef ref(String kind, UUID id, String href, String type, String name) {
        return id == null && href == null ? null : new ObjectRef(Kinds.named(kind).orElse(null), id, href, type, name);
    }

    static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(java.time.ZoneOffset.UTC);
    }

    /**
     * Runs an INSERT/UPDATE/DELETE on the handle's connection with positional values, without Jdbi's
     * per-statement machinery: for the task engine's hot path, where that was a fifth of the cost.
     */
    static int execute(org.jdbi.v3.core.Handle h, String sql, Object... values) {
        try (java.sql.PreparedStatement ps = prepare(h, sql, values)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
    }

    /** The first row a query finds, read with plain JDBC (the hot-path twin of {@link #execute}). */
    static <T> java.util.Optional<T> queryOne(org.jdbi.v3.core.Handle h, String sql,
                                              org.jdbi.v3.core.mapper.RowMapper<T> mapper, Object... values) {
        try (java.sql.PreparedStatement ps = prepare(h, sql, values);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? java.util.Optional.of(mapper.map(rs, null)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
    }

    /** A statement on the handle's connection with positional values; instants are written as UTC. */
    private static java.sql.PreparedStatement prepare(org.jdbi.v3.core.Handle h, String sql, Object... values)
            throws SQLException {
        java.sql.PreparedStatement ps = h.getConnection().prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                ps.setObject(i + 1, v instanceof Instant t ? utc(t) : v);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /**
     * The rows of these ids, in the ids' order (a page the query service chose), read with {@code select} and its
     * {@code <ids>} list; ids without a row are left out.
     */
    static <T> java.util.List<T> inOrder(org.jdbi.v3.core.Handle h, String select, java.util.List<UUID> ids,
                                         org.jdbi.v3.core.mapper.RowMapper<T> mapper,
                                         java.util.function.Function<T, UUID> id) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        java.util.Map<UUID, T> rows = new java.util.HashMap<>();
        h.createQuery(select).bindList("ids", ids).map(mapper).forEach(r -> rows.put(id.apply(r), r));
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
