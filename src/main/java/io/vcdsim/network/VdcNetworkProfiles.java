package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcNetworkProfileStore;
import io.vcdsim.store.VdcNetworkProfileStore.Profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A VDC's network profile ({@code vdcs/{id}/networkProfile}): the NSX-T edge cluster its networks' network-mode DHCP
 * runs on (named by the manager's id for it, {@code backingId}) and the segment profile templates its new networks
 * get. vcdsim simulates no NSX-V edge clusters, so the primary and secondary ones stay unset.
 */
public final class VdcNetworkProfiles {
    private final Database db;

    public VdcNetworkProfiles(Database db) {
        this.db = db;
    }

    public Profile of(UUID vdcId) {
        return db.read(tx -> tx.store(VdcNetworkProfileStore::new).of(vdcId));
    }

    /**
     * Replaces the profile: {@code edgeClusterBackingId} is an edge cluster of the manager (or null), the templates
     * existing ones (or null).
     */
    public Profile set(UUID vdcId, String edgeClusterBackingId, UUID vdcTemplate, UUID vappTemplate) {
        return db.tx(tx -> {
            UUID cluster = null;
            if (edgeClusterBackingId != null) {
                cluster = tx.store(NsxtStore::new).resources(List.of(NsxtStore.EDGE_CLUSTER)).stream()
                        .filter(c -> c.nsxtId().equals(edgeClusterBackingId)).findFirst()
                        .orElseThrow(() -> ApiException.invalidReference("servicesEdgeCluster backingId "
                                + (edgeClusterBackingId.length() > 64 ? edgeClusterBackingId.substring(0, 64) + "…"
                                : edgeClusterBackingId) + " is not an edge cluster of the NSX-T manager."))
                        .id();
            }
            SegmentProfiles.existing(tx, vdcTemplate);
            SegmentProfiles.existing(tx, vappTemplate);
            Profile p = new Profile(cluster, vdcTemplate, vappTemplate);
            tx.store(VdcNetworkProfileStore::new).set(vdcId, p);
            return p;
        });
    }

    /** The segment profile template a VDC's new networks get, if its profile names one. */
    static Optional<UUID> vdcTemplate(Tx tx, UUID vdcId) {
        return vdcId == null ? Optional.empty() : tx.store(VdcNetworkProfileStore::new).vdcTemplate(vdcId);
    }
}
