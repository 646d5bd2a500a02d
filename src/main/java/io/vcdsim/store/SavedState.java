package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The whole store as plain rows (table → rows → column → value), for saving a state as a CI
 * fixture, loading it back, and wiping it for a reset. Values are JSON-friendly: ids and times as
 * text, numbers and booleans as themselves. Uploaded bytes are not part of it.
 */
public final class SavedState {
    /**
     * The tables that are not: the migration history, the cells alive now, what the installation's cells
     * share (token keys, spool id), and the publisher's record of events set aside as undeliverable or passed
     * over (they name event numbers a load renumbers).
     */
    static final Set<String> NOT_STATE = Set.of("flyway_schema_history", "cell", "installation", "token_key",
            "undelivered_event", "passed_over_event");
    /** The event log's sequence is renumbered on load (it is an identity), in the saved order. */
    private static final String EVENT_SEQ = "seq";

    /**
     * Every table of the schema that holds the simulated cloud's state, parents before children (the
     * order rows are loaded in): read from the database's own catalog, so a new table needs no listing.
     */
    static List<String> tables(Handle h) {
        try {
            DatabaseMetaData md = h.getConnection().getMetaData();
            String schema = h.getConnection().getSchema();
            Map<String, Set<String>> parents = new TreeMap<>();
            try (ResultSet rs = md.getTables(null, schema, "%", new String[]{"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!NOT_STATE.contains(table)) {
                        parents.put(table, new TreeSet<>());
                    }
                }
            }
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                try (ResultSet rs = md.getImportedKeys(null, schema, e.getKey())) {
                    while (rs.next()) {
                        e.getValue().add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                e.getValue().remove(e.getKey());
                e.getValue().retainAll(parents.keySet()); // a key to a table that is not state (cell) orders nothing
            }
            List<String> ordered = new ArrayList<>();
            while (ordered.size() < parents.size()) {
                String next = parents.entrySet().stream()
                        .filter(e -> !ordered.contains(e.getKey()) && ordered.containsAll(e.getValue()))
                        .map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new IllegalStateException("foreign keys in a cycle among " + parents));
                ordered.add(next);
            }
            return ordered;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the schema: " + e.getMessage(), e);
        }
    }

    public static Map<String, List<Map<String, Object>>> export(Handle h) {
        Map<String, List<Map<String, Object>>> state = new LinkedHashMap<>();
        for (String table : tables(h)) {
            String order = table.equals("event") ? " ORDER BY seq" : "";
            List<Map<String, Object>> rows = new ArrayList<>();
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT * FROM " + table + order);
                 ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String column = Rows.key(md.getColumnLabel(i));
                        if (!(table.equals("event") && column.equals(EVENT_SEQ))) {
                            row.put(column, read(rs, i, md.getColumnType(i)));
                        }
                    }
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("exporting " + table + ": " + e.getMessage(), e);
            }
            state.put(table, rows);
        }
        return state;
    }

    /** Deletes every row of every state table (children first). */
    public static void wipe(Handle h) {
        List<String> tables = tables(h);
        for (int i = tables.size() - 1; i >= 0; i--) {
            Rows.execute(h, "DELETE FROM " + tables.get(i));
        }
    }

    /** Replaces the store's state with {@code state}; a table it does not name ends up empty. */
    public static void load(Handle h, Map<String, List<Map<String, Object>>> state) {
        List<String> tables = tables(h);
        for (String table : state.keySet()) {
            if (!tables.contains(table)) {
                throw new IllegalArgumentException("unknown table " + table);
            }
        }
        wipe(h);
        for (String table : tables) {
            List<Map<String, Object>> rows = state.getOrDefault(table, List.of());
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Integer> types = columnTypes(h, table);
            for (Map<String, Object> row : rows) {
                List<String> columns = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (Map.Entry<String, Object> e : row.entrySet()) {
                    String column = Rows.key(e.getKey());
                    Integer type = types.get(column);
                    if (type == null) {
                        throw new IllegalArgumentException("table " + table + " has no column " + e.getKey());
                    }
                    columns.add(column);
                    values.add(convert(e.getValue(), type));
                }
                Rows.execute(h, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", values.toArray());
            }
        }
    }

    private static Map<String, Integer> columnTypes(Handle h, String table) {
        try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Integer> types = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String name = md.getColumnTypeName(i).toLowerCase(java.util.Locale.ROOT);
                int type = name.equals("uuid") ? Types.OTHER : name.contains("timestamp") ? Types.TIMESTAMP_WITH_TIMEZONE
                        : md.getColumnType(i);
                types.put(Rows.key(md.getColumnLabel(i)), type);
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(ResultSet rs, int i, int type) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) {
            return null;
        }
        if (v instanceof UUID u) {
            return u.toString();
        }
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIMESTAMP) {
            return rs.getObject(i, OffsetDateTime.class).toString();
        }
        return v instanceof Number || v instanceof Boolean ? v : v.toString();
    }

    private static Object convert(Object v, int type) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case Types.OTHER -> UUID.fromString(v.toString());
            case Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.parse(v.toString());
            case Types.BIGINT -> ((Number) v).longValue();
            case Types.INTEGER, Types.SMALLINT -> ((Number) v).intValue();
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> ((Number) v).doubleValue();
            case Types.BOOLEAN, Types.BIT -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString());
            default -> v.toString();
        };
    }
}
