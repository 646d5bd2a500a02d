package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The whole store as plain rows (table → rows → column → value), for saving a state as a CI
 * fixture, loading it back, and wiping it for a reset. Values are JSON-friendly: ids and times as
 * text, numbers and booleans as themselves. Uploaded bytes are not part of it.
 */
public final class SavedState {
    /**
     * Every table that holds the simulated cloud's state, parents before children (the order rows are
     * loaded in). SavedStateTest checks it against the schema, which has only these and {@link #NOT_STATE}.
     */
    static final List<String> TABLES = List.of("org", "org_settings", "password_policy", "rights_container",
            "rights_container_right", "rights_container_tenant", "role", "role_right", "app_user",
            "api_token", "login_failure", "login_session", "vdc",
            "external_network", "external_network_scope",
            "external_network_port_group", "edge_gateway", "edge_gateway_uplink", "org_network", "catalog", "catalog_external", "task",
            "busy_entity", "event", "system_setting", "blocking_task",
            "extension_service", "api_filter", "metadata", "media", "catalog_item", "transfer_file", "vapp_template",
            "vapp", "vapp_network", "vm", "snapshot", "access_control", "access_setting", "disk", "disk_attachment");
    /**
     * The tables that are not: the migration history, the cells alive now, what the installation's cells
     * share (token keys, spool id), and the events set aside as undeliverable (they name event numbers a
     * load renumbers).
     */
    static final Set<String> NOT_STATE = Set.of("flyway_schema_history", "cell", "installation", "token_key",
            "undelivered_event");
    /** The event log's sequence is renumbered on load (it is an identity), in the saved order. */
    private static final String EVENT_SEQ = "seq";

    public static Map<String, List<Map<String, Object>>> export(Handle h) {
        Map<String, List<Map<String, Object>>> state = new LinkedHashMap<>();
        for (String table : TABLES) {
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
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            Rows.execute(h, "DELETE FROM " + TABLES.get(i));
        }
    }

    /** Replaces the store's state with {@code state}; a table it does not name ends up empty. */
    public static void load(Handle h, Map<String, List<Map<String, Object>>> state) {
        for (String table : state.keySet()) {
            if (!TABLES.contains(table)) {
                throw new IllegalArgumentException("unknown table " + table);
            }
        }
        wipe(h);
        for (String table : TABLES) {
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
