package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.Optional;
import java.util.UUID;

/**
 * Which of its VDC's storage profiles a vApp's VM or an independent disk is stored on (V63). One made gets its VDC's
 * default profile (its store's insert does that); a null profile is the VDC's {@code *}, where everything was before
 * profiles were placed. (A catalog's profile is {@link CatalogStorageProfileStore}'s.)
 */
public final class PlacementStore {
    /** The tables whose rows sit on a profile. */
    public enum Holder {
        VM("vm"), DISK("disk");

        private final String table;

        Holder(String table) {
            this.table = table;
        }
    }

    private final Handle h;

    public PlacementStore(Handle h) {
        this.h = h;
    }

    /** The profile a vApp's VM is on (none recorded: its VDC's {@code *}); empty for a template's VM. */
    public Optional<UUID> ofVm(UUID vmId) {
        return onProfile("SELECT m.storage_profile_id, a.vdc_id FROM vm m JOIN vapp a ON a.id = m.parent_id "
                + "WHERE m.id = :id", vmId);
    }

    /** The profile an independent disk is on (none recorded: its VDC's {@code *}). */
    public Optional<UUID> ofDisk(UUID diskId) {
        return onProfile("SELECT storage_profile_id, vdc_id FROM disk WHERE id = :id", diskId);
    }

    private Optional<UUID> onProfile(String sql, UUID id) {
        return h.createQuery(sql).bind("id", id).map((rs, ctx) -> {
            UUID profile = Rows.uuid(rs, "storage_profile_id");
            return profile != null ? profile : VdcStorageProfileStore.starId(Rows.uuid(rs, "vdc_id"));
        }).findOne();
    }

    public void place(Holder holder, UUID id, UUID profileId) {
        Rows.execute(h, "UPDATE " + holder.table + " SET storage_profile_id = ? WHERE id = ?", profileId, id);
    }

    /**
     * What of its VDC is stored on the profile: the VMs of its vApps and its independent disks (those with no profile
     * recorded on {@code *}), and the catalogs that name it. Empty when nothing is.
     */
    public Optional<String> usedBy(VdcStorageProfileStore.Profile p) {
        String onIt = p.isStar() ? "(x.storage_profile_id = :p OR x.storage_profile_id IS NULL)"
                : "x.storage_profile_id = :p";
        int vms = count("SELECT COUNT(*) FROM vm x JOIN vapp a ON a.id = x.parent_id WHERE a.vdc_id = :v AND " + onIt, p);
        int disks = count("SELECT COUNT(*) FROM disk x WHERE x.vdc_id = :v AND " + onIt, p);
        int catalogs = h.createQuery("SELECT COUNT(*) FROM catalog_storage_profile WHERE profile_id = :p")
                .bind("p", p.id()).mapTo(Integer.class).one();
        if (vms + disks + catalogs == 0) {
            return Optional.empty();
        }
        return Optional.of(vms + " VM(s), " + disks + " independent disk(s) and " + catalogs + " catalog(s)");
    }

    private int count(String sql, VdcStorageProfileStore.Profile p) {
        return h.createQuery(sql).bind("p", p.id()).bind("v", p.vdcId()).mapTo(Integer.class).one();
    }
}
