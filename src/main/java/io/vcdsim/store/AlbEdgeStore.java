package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The NSX-T edge gateways whose ALB load balancer is enabled, and the cloud each stands on;
 * {@code tx.store(AlbEdgeStore::new)}. An edge without a row has its load balancer disabled.
 */
public final class AlbEdgeStore {
    /**
     * An edge's load balancer as enabled: its cloud, its IPv4 and IPv6 service networks in gateway CIDR form as given
     * (either may be null), STANDARD or PREMIUM, and whether virtual services may keep clients' addresses.
     */
    public record Settings(UUID edgeId, UUID cloudId, String serviceNetwork, String ipv6ServiceNetwork,
                           String featureSet, boolean transparentMode) {
    }

    private static final RowMapper<Settings> MAPPER = (rs, ctx) -> new Settings(Rows.uuid(rs, "edge_id"),
            Rows.uuid(rs, "cloud_id"), rs.getString("service_network"), rs.getString("ipv6_service_network"),
            rs.getString("feature_set"), rs.getBoolean("transparent_mode"));
    private final Handle h;

    public AlbEdgeStore(Handle h) {
        this.h = h;
    }

    public Optional<Settings> find(UUID edgeId) {
        return h.createQuery("SELECT * FROM alb_edge WHERE edge_id = :e").bind("e", edgeId).map(MAPPER).findOne();
    }

    /** Writes an edge's settings (enabling it or changing them). */
    public void save(Settings s) {
        if (Rows.execute(h, "UPDATE alb_edge SET cloud_id = ?, service_network = ?, ipv6_service_network = ?, "
                        + "feature_set = ?, transparent_mode = ? WHERE edge_id = ?", s.cloudId(), s.serviceNetwork(),
                s.ipv6ServiceNetwork(), s.featureSet(), s.transparentMode(), s.edgeId()) == 0) {
            Rows.execute(h, "INSERT INTO alb_edge (edge_id, cloud_id, service_network, ipv6_service_network, "
                            + "feature_set, transparent_mode) VALUES (?, ?, ?, ?, ?, ?)", s.edgeId(), s.cloudId(),
                    s.serviceNetwork(), s.ipv6ServiceNetwork(), s.featureSet(), s.transparentMode());
        }
    }

    /** Disables an edge's load balancer. */
    public void delete(UUID edgeId) {
        Rows.execute(h, "DELETE FROM alb_edge WHERE edge_id = ?", edgeId);
    }

    /**
     * The ALB clouds an edge's load balancer may stand on: the one imported on the network pool of its VDC's provider
     * VDC first, then those on the other pools of the edge's NSX-T manager (the seeded NSX-T VDC draws on a VLAN
     * pool, where no cloud stands), oldest first.
     */
    public List<UUID> cloudsFor(UUID edgeId) {
        return h.createQuery("SELECT c.id FROM alb_cloud c JOIN network_pool n ON n.id = c.network_pool_id "
                        + "JOIN edge_gateway e ON e.id = :e JOIN vdc v ON v.id = e.vdc_id "
                        + "JOIN provider_vdc p ON p.id = v.provider_vdc_id "
                        + "LEFT JOIN nsxt_resource r ON r.id = e.edge_cluster_id "
                        + "WHERE n.id = p.network_pool_id OR n.owner_id = r.manager_id "
                        + "ORDER BY CASE WHEN n.id = p.network_pool_id THEN 0 ELSE 1 END, c.created, c.id")
                .bind("e", edgeId).mapTo(UUID.class).list();
    }

    /** The names of the edges whose load balancer stands on a cloud. */
    public List<String> edgesOn(UUID cloudId) {
        return h.createQuery("SELECT e.name FROM alb_edge a JOIN edge_gateway e ON e.id = a.edge_id "
                + "WHERE a.cloud_id = :c ORDER BY e.name_key").bind("c", cloudId).mapTo(String.class).list();
    }
}
