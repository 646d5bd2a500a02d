package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.Optional;
import java.util.UUID;

/** VDCs' network profiles; {@code tx.store(VdcNetworkProfileStore::new)}. A VDC without a row has an empty one. */
public final class VdcNetworkProfileStore {
    /** The edge cluster (nsxt_resource id) network-mode DHCP runs on, and the default segment profile templates. */
    public record Profile(UUID servicesEdgeCluster, UUID vdcTemplate, UUID vappTemplate) {
        public static final Profile EMPTY = new Profile(null, null, null);
    }

    private final Handle h;

    public VdcNetworkProfileStore(Handle h) {
        this.h = h;
    }

    public Profile of(UUID vdcId) {
        return h.createQuery("SELECT * FROM vdc_network_profile WHERE vdc_id = :v").bind("v", vdcId)
                .map((rs, ctx) -> new Profile(Rows.uuid(rs, "services_edge_cluster"),
                        Rows.uuid(rs, "vdc_template_id"), Rows.uuid(rs, "vapp_template_id")))
                .findOne().orElse(Profile.EMPTY);
    }

    public Optional<UUID> vdcTemplate(UUID vdcId) {
        return Optional.ofNullable(of(vdcId).vdcTemplate());
    }

    public void set(UUID vdcId, Profile p) {
        Rows.execute(h, "DELETE FROM vdc_network_profile WHERE vdc_id = ?", vdcId);
        if (!p.equals(Profile.EMPTY)) {
            Rows.execute(h, "INSERT INTO vdc_network_profile (vdc_id, services_edge_cluster, vdc_template_id, "
                    + "vapp_template_id) VALUES (?, ?, ?, ?)", vdcId, p.servicesEdgeCluster(), p.vdcTemplate(),
                    p.vappTemplate());
        }
    }
}
