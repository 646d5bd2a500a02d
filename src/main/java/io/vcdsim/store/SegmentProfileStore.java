package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Segment profile templates, the global default ones, and the segment profiles an org VDC network has;
 * {@code tx.store(SegmentProfileStore::new)}. Profiles are named by the NSX-T manager's own ids.
 */
public final class SegmentProfileStore {
    public static final String VAPP = "VAPP";
    public static final String VDC = "VDC";

    /** The five profiles of a template or a network, by the manager's ids (null: NSX-T's default). */
    public record Profiles(String ipDiscovery, String macDiscovery, String qos, String segmentSecurity,
                           String spoofGuard) {
        public static final Profiles NONE = new Profiles(null, null, null, null, null);
    }

    public record Template(UUID id, String name, String description, UUID managerId, Profiles profiles,
                           Instant lastModified) {
    }

    /** A network's segment profiles: the template it was given, or profiles set one by one. */
    public record NetworkProfiles(UUID templateId, Profiles profiles) {
    }

    private static final RowMapper<Profiles> PROFILES = (rs, ctx) -> new Profiles(rs.getString("ip_discovery"),
            rs.getString("mac_discovery"), rs.getString("qos"), rs.getString("segment_security"),
            rs.getString("spoof_guard"));
    private static final RowMapper<Template> TEMPLATE = (rs, ctx) -> new Template(Rows.uuid(rs, "id"),
            rs.getString("name"), rs.getString("description"), Rows.uuid(rs, "manager_id"), PROFILES.map(rs, ctx),
            Rows.instant(rs, "last_modified"));
    private final Handle h;

    public SegmentProfileStore(Handle h) {
        this.h = h;
    }

    public List<Template> templates() {
        return h.createQuery("SELECT * FROM segment_profile_template ORDER BY name, id").map(TEMPLATE).list();
    }

    public Optional<Template> template(UUID id) {
        return h.createQuery("SELECT * FROM segment_profile_template WHERE id = :id").bind("id", id).map(TEMPLATE)
                .findOne();
    }

    public boolean nameTaken(String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM segment_profile_template WHERE LOWER(name) = LOWER(:n) "
                + "AND id <> :id").bind("n", name).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    public void insert(Template t) {
        Profiles p = t.profiles();
        Rows.execute(h, "INSERT INTO segment_profile_template (id, name, description, manager_id, ip_discovery, "
                        + "mac_discovery, qos, segment_security, spoof_guard, last_modified) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.name(), t.description(), t.managerId(),
                p.ipDiscovery(), p.macDiscovery(), p.qos(), p.segmentSecurity(), p.spoofGuard(),
                Rows.utc(t.lastModified()));
    }

    public void update(Template t) {
        Profiles p = t.profiles();
        Rows.execute(h, "UPDATE segment_profile_template SET name = ?, description = ?, manager_id = ?, "
                        + "ip_discovery = ?, mac_discovery = ?, qos = ?, segment_security = ?, spoof_guard = ?, "
                        + "last_modified = ? WHERE id = ?", t.name(), t.description(), t.managerId(),
                p.ipDiscovery(), p.macDiscovery(), p.qos(), p.segmentSecurity(), p.spoofGuard(),
                Rows.utc(t.lastModified()), t.id());
    }

    /** Whether a default, a VDC's network profile or a network names the template. */
    public boolean templateInUse(UUID id) {
        return h.createQuery("SELECT (SELECT COUNT(*) FROM segment_profile_default WHERE template_id = :id) "
                + "+ (SELECT COUNT(*) FROM vdc_network_profile WHERE vdc_template_id = :id OR vapp_template_id = :id) "
                + "+ (SELECT COUNT(*) FROM network_segment_profile WHERE template_id = :id)").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    public void deleteTemplate(UUID id) {
        Rows.execute(h, "DELETE FROM segment_profile_template WHERE id = ?", id);
    }

    /** The global default template of a scope ({@link #VAPP} or {@link #VDC}), if one is set. */
    public Optional<UUID> globalDefault(String scope) {
        return h.createQuery("SELECT template_id FROM segment_profile_default WHERE scope = :s").bind("s", scope)
                .mapTo(UUID.class).findOne();
    }

    public void setGlobalDefault(String scope, UUID templateId) {
        Rows.execute(h, "DELETE FROM segment_profile_default WHERE scope = ?", scope);
        if (templateId != null) {
            Rows.execute(h, "INSERT INTO segment_profile_default (scope, template_id) VALUES (?, ?)", scope,
                    templateId);
        }
    }

    public Optional<NetworkProfiles> ofNetwork(UUID networkId) {
        return h.createQuery("SELECT * FROM network_segment_profile WHERE network_id = :id").bind("id", networkId)
                .map((rs, ctx) -> new NetworkProfiles(Rows.uuid(rs, "template_id"), PROFILES.map(rs, ctx)))
                .findOne();
    }

    public void setOfNetwork(UUID networkId, NetworkProfiles n) {
        Profiles p = n.profiles();
        Rows.execute(h, "DELETE FROM network_segment_profile WHERE network_id = ?", networkId);
        Rows.execute(h, "INSERT INTO network_segment_profile (network_id, template_id, ip_discovery, mac_discovery, "
                        + "qos, segment_security, spoof_guard) VALUES (?, ?, ?, ?, ?, ?, ?)", networkId,
                n.templateId(), p.ipDiscovery(), p.macDiscovery(), p.qos(), p.segmentSecurity(), p.spoofGuard());
    }
}
