package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.Optional;
import java.util.UUID;

/** The VDC storage profile a catalog keeps its items on (V64), if it names one that still exists. */
public final class CatalogStorageProfileStore {
    private final Handle h;

    public CatalogStorageProfileStore(Handle h) {
        this.h = h;
    }

    /** The catalog's profile; none when it names none, or one removed from its VDC since. */
    public Optional<VdcStorageProfileStore.Profile> of(UUID catalogId) {
        Optional<UUID> id = h.createQuery("SELECT profile_id FROM catalog_storage_profile WHERE catalog_id = :c")
                .bind("c", catalogId).mapTo(UUID.class).findOne();
        return id.flatMap(p -> new VdcStorageProfileStore(h).find(p));
    }

    /** Keeps the catalog's items on this profile from now on, or on none (null). */
    public void put(UUID catalogId, VdcStorageProfileStore.Profile profile) {
        Rows.execute(h, "DELETE FROM catalog_storage_profile WHERE catalog_id = ?", catalogId);
        if (profile != null) {
            Rows.execute(h, "INSERT INTO catalog_storage_profile (catalog_id, profile_id, vdc_id) VALUES (?, ?, ?)",
                    catalogId, profile.id(), profile.vdcId());
        }
    }
}
