package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registered NSX-T managers and their objects (tier-0 routers, edge clusters, transport zones, segment and QoS
 * profiles, context profiles, segments);
 * {@code tx.store(NsxtStore::new)}.
 */
public final class NsxtStore {
    public static final String TIER0 = "TIER0";
    public static final String VRF_TIER0 = "VRF_TIER0";
    public static final String EDGE_CLUSTER = "EDGE_CLUSTER";
    public static final String TRANSPORT_ZONE = "TRANSPORT_ZONE";
    /** The five kinds of segment profile a segment (and a segment profile template) names. */
    public static final String IP_DISCOVERY = "IP_DISCOVERY";
    public static final String MAC_DISCOVERY = "MAC_DISCOVERY";
    public static final String SPOOF_GUARD = "SPOOF_GUARD";
    public static final String SEGMENT_QOS = "SEGMENT_QOS";
    public static final String SEGMENT_SECURITY = "SEGMENT_SECURITY";
    /** A gateway QoS (rate limiting) profile an edge gateway may use. */
    public static final String GATEWAY_QOS = "GATEWAY_QOS";
    /** A network context profile (layer 7 application id) the distributed firewall matches; detail: attribute type. */
    public static final String CONTEXT_PROFILE = "CONTEXT_PROFILE";
    /** An NSX-T segment made outside vCD, which an imported org VDC network may stand on. */
    public static final String SEGMENT = "SEGMENT";

    public record Manager(UUID id, String name, String description, String url, String username, String version) {
    }

    /** An object of a manager; {@code nsxtId} is the manager's own id for it, {@code detail} depends on the kind. */
    public record Resource(UUID id, UUID managerId, String kind, String nsxtId, String name, String description,
                           String detail) {
    }

    private static final RowMapper<Manager> MANAGER = (rs, ctx) -> new Manager(Rows.uuid(rs, "id"),
            rs.getString("name"), rs.getString("description"), rs.getString("url"), rs.getString("username"),
            rs.getString("version"));
    private static final RowMapper<Resource> RESOURCE = (rs, ctx) -> new Resource(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "manager_id"), rs.getString("kind"), rs.getString("nsxt_id"), rs.getString("name"),
            rs.getString("description"), rs.getString("detail"));
    private final Handle h;

    public NsxtStore(Handle h) {
        this.h = h;
    }

    public List<Manager> managers() {
        return h.createQuery("SELECT * FROM nsxt_manager ORDER BY name, id").map(MANAGER).list();
    }

    public Optional<Manager> manager(UUID id) {
        return h.createQuery("SELECT * FROM nsxt_manager WHERE id = :id").bind("id", id).map(MANAGER).findOne();
    }

    public void addManager(Manager m) {
        Rows.execute(h, "INSERT INTO nsxt_manager (id, name, description, url, username, version) VALUES "
                + "(?, ?, ?, ?, ?, ?)", m.id(), m.name(), m.description(), m.url(), m.username(), m.version());
    }

    public void addResource(Resource r) {
        Rows.execute(h, "INSERT INTO nsxt_resource (id, manager_id, kind, nsxt_id, name, description, detail) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?)", r.id(), r.managerId(), r.kind(), r.nsxtId(), r.name(),
                r.description(), r.detail());
    }

    /** A manager's objects of some kinds, by name. */
    public List<Resource> resources(UUID managerId, List<String> kinds) {
        return h.createQuery("SELECT * FROM nsxt_resource WHERE manager_id = :m AND kind IN (<k>) ORDER BY name, id")
                .bind("m", managerId).bindList("k", kinds).map(RESOURCE).list();
    }

    /** Every manager's objects of some kinds, by name. */
    public List<Resource> resources(List<String> kinds) {
        return h.createQuery("SELECT * FROM nsxt_resource WHERE kind IN (<k>) ORDER BY name, id").bindList("k", kinds)
                .map(RESOURCE).list();
    }

    public Optional<Resource> resource(UUID id) {
        return h.createQuery("SELECT * FROM nsxt_resource WHERE id = :id").bind("id", id).map(RESOURCE).findOne();
    }

    /** A manager's object by the manager's own id for it. */
    public Optional<Resource> resource(UUID managerId, String kind, String nsxtId) {
        return h.createQuery("SELECT * FROM nsxt_resource WHERE manager_id = :m AND kind = :k AND nsxt_id = :n")
                .bind("m", managerId).bind("k", kind).bind("n", nsxtId).map(RESOURCE).findOne();
    }

    /** Whether a transport zone backs a network pool. */
    public boolean transportZoneImported(UUID resourceId) {
        return h.createQuery("SELECT COUNT(*) FROM network_pool WHERE transport_zone_id = :r").bind("r", resourceId)
                .mapTo(Integer.class).one() > 0;
    }

    /** Makes a tier-0 router the backing of an external network (its unique key: one network per router). */
    public void backExternalNetwork(UUID networkId, UUID tier0Id) {
        Rows.execute(h, "UPDATE external_network SET tier0_id = ? WHERE id = ?", tier0Id, networkId);
    }

    /** The tier-0 router backing an external network, if one does. */
    public Optional<Resource> tier0Of(UUID networkId) {
        return h.createQuery("SELECT r.* FROM nsxt_resource r JOIN external_network e ON e.tier0_id = r.id "
                + "WHERE e.id = :id").bind("id", networkId).map(RESOURCE).findOne();
    }

    /** Whether a tier-0 router backs an external network. */
    public boolean tier0Imported(UUID resourceId) {
        return h.createQuery("SELECT COUNT(*) FROM external_network WHERE tier0_id = :r").bind("r", resourceId)
                .mapTo(Integer.class).one() > 0;
    }

    /** A manager's segments that back no network (org VDC or external), by name. */
    public List<Resource> importableSegments(UUID managerId) {
        return h.createQuery("SELECT * FROM nsxt_resource r WHERE manager_id = :m AND kind = :k AND NOT EXISTS "
                        + "(SELECT 1 FROM org_network n WHERE n.segment_id = r.id) AND NOT EXISTS "
                        + "(SELECT 1 FROM external_network e WHERE e.segment_id = r.id) ORDER BY name, id")
                .bind("m", managerId).bind("k", SEGMENT).map(RESOURCE).list();
    }

    /** Puts an external network on a segment (its unique key: one external network per segment). */
    public void backExternalNetworkOnSegment(UUID networkId, UUID segmentId) {
        Rows.execute(h, "UPDATE external_network SET segment_id = ? WHERE id = ?", segmentId, networkId);
    }

    /** The segment an external network stands on, if it stands on one. */
    public Optional<Resource> segmentOfExternal(UUID networkId) {
        return h.createQuery("SELECT r.* FROM nsxt_resource r JOIN external_network e ON e.segment_id = r.id "
                + "WHERE e.id = :id").bind("id", networkId).map(RESOURCE).findOne();
    }

    /** Puts an imported org VDC network on a segment (its unique key: one network per segment). */
    public void backNetwork(UUID networkId, UUID segmentId) {
        Rows.execute(h, "UPDATE org_network SET segment_id = ? WHERE id = ?", segmentId, networkId);
    }

    /** The segment an imported org VDC network stands on, if it is one. */
    public Optional<Resource> segmentOf(UUID networkId) {
        return h.createQuery("SELECT r.* FROM nsxt_resource r JOIN org_network n ON n.segment_id = r.id "
                + "WHERE n.id = :id").bind("id", networkId).map(RESOURCE).findOne();
    }
}
