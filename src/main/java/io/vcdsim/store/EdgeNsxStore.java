package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.UUID;

/**
 * What the NSX-V API keeps of an advanced edge gateway besides its services (the {@code edge_gateway_nsx} row):
 * the load balancer's general settings and the configuration versions; {@code tx.store(EdgeNsxStore::new)}.
 */
public final class EdgeNsxStore {
    /** The settings of an edge; {@link #DEFAULTS} are those of an edge without a row. */
    public record Settings(boolean lbEnabled, boolean lbAccelerationEnabled, boolean lbLoggingEnabled,
                           String lbLogLevel, int lbVersion, int firewallVersion) {
        public Settings withLoadBalancer(boolean enabled, boolean acceleration, boolean logging, String logLevel) {
            return new Settings(enabled, acceleration, logging, logLevel, lbVersion + 1, firewallVersion);
        }

        public Settings withFirewallChanged() {
            return new Settings(lbEnabled, lbAccelerationEnabled, lbLoggingEnabled, lbLogLevel, lbVersion,
                    firewallVersion + 1);
        }
    }

    public static final Settings DEFAULTS = new Settings(false, false, false, "info", 0, 0);
    private static final RowMapper<Settings> SETTINGS = (rs, ctx) -> new Settings(rs.getBoolean("lb_enabled"),
            rs.getBoolean("lb_acceleration_enabled"), rs.getBoolean("lb_logging_enabled"),
            rs.getString("lb_log_level"), rs.getInt("lb_version"), rs.getInt("firewall_version"));
    private final Handle h;

    public EdgeNsxStore(Handle h) {
        this.h = h;
    }

    public Settings settings(UUID gatewayId) {
        return h.createQuery("SELECT * FROM edge_gateway_nsx WHERE gateway_id = :id").bind("id", gatewayId)
                .map(SETTINGS).findOne().orElse(DEFAULTS);
    }

    public void put(UUID gatewayId, Settings s) {
        if (Rows.execute(h, "UPDATE edge_gateway_nsx SET lb_enabled = ?, lb_acceleration_enabled = ?, "
                        + "lb_logging_enabled = ?, lb_log_level = ?, lb_version = ?, firewall_version = ? "
                        + "WHERE gateway_id = ?", s.lbEnabled(), s.lbAccelerationEnabled(), s.lbLoggingEnabled(),
                s.lbLogLevel(), s.lbVersion(), s.firewallVersion(), gatewayId) == 0) {
            Rows.execute(h, "INSERT INTO edge_gateway_nsx (gateway_id, lb_enabled, lb_acceleration_enabled, "
                            + "lb_logging_enabled, lb_log_level, lb_version, firewall_version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", gatewayId, s.lbEnabled(), s.lbAccelerationEnabled(),
                    s.lbLoggingEnabled(), s.lbLogLevel(), s.lbVersion(), s.firewallVersion());
        }
    }
}
