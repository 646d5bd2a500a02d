package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A VDC's storage profiles: the provider's {@code *}, which a VDC has from its creation until a system administrator
 * removes it (its limit is the VDC's storage limit, its id derived from the VDC's, its row the VDC's own), and those a
 * system administrator added, each named after its provider VDC's profile. Read through the view
 * {@code vdc_storage_profile_all} (V59, V63), which lists both.
 */
public final class VdcStorageProfileStore {
    /** The name of the profile every VDC has (the simulated provider's {@code Provider.STORAGE_PROFILE}). */
    public static final String STAR = "*";
    private static final RowMapper<Profile> PROFILE = (rs, ctx) -> new Profile(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "vdc_id"), Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getBoolean("enabled"),
            rs.getBoolean("is_default"), rs.getLong("limit_mb"));
    private final Handle h;

    public VdcStorageProfileStore(Handle h) {
        this.h = h;
    }

    /** A VDC's storage profile; {@code limitMb} 0 is no limit. */
    public record Profile(UUID id, UUID vdcId, UUID orgId, String name, boolean enabled, boolean isDefault,
                          long limitMb) {
        public boolean isStar() {
            return id.equals(starId(vdcId));
        }
    }

    /** The id of a VDC's profile {@code *}: the MD5 of "vdcStorageProfile:" and the VDC's id, as the view has it. */
    public static UUID starId(UUID vdcId) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("vdcStorageProfile:" + vdcId)
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.wrap(md5);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }

    public Optional<Profile> find(UUID id) {
        return Rows.queryOne(h, "SELECT * FROM vdc_storage_profile_all WHERE id = ?", PROFILE, id);
    }

    /** A VDC's profiles: {@code *} first, then the added ones in the order they were added. */
    public List<Profile> ofVdc(UUID vdcId) {
        return h.createQuery("SELECT * FROM vdc_storage_profile_all WHERE vdc_id = :v ORDER BY CASE WHEN name = '*' "
                + "THEN 0 ELSE 1 END, created, name").bind("v", vdcId).map(PROFILE).list();
    }

    /** Adds a profile to a VDC ({@code *} comes back as it was made: on the VDC's own row). */
    public void insert(Profile p, Instant created) {
        if (p.isStar()) {
            Rows.execute(h, "UPDATE vdc SET star_profile_kept = TRUE WHERE id = ?", p.vdcId());
            update(p);
            return;
        }
        Rows.execute(h, "INSERT INTO vdc_storage_profile (id, vdc_id, org_id, name, enabled, is_default, limit_mb, "
                        + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.vdcId(), p.orgId(), p.name(), p.enabled(),
                p.isDefault(), p.limitMb(), created);
    }

    /**
     * Writes a profile's enabled flag, default flag and limit. A default profile takes that from every other one
     * of its VDC ({@code *} is the default when no added one is).
     */
    public void update(Profile p) {
        if (p.isDefault()) {
            Rows.execute(h, "UPDATE vdc_storage_profile SET is_default = FALSE WHERE vdc_id = ? AND id <> ?",
                    p.vdcId(), p.id());
        }
        if (p.isStar()) {
            Rows.execute(h, "UPDATE vdc SET star_profile_enabled = ?, storage_limit_mb = ? WHERE id = ?", p.enabled(),
                    p.limitMb(), p.vdcId());
        } else {
            Rows.execute(h, "UPDATE vdc_storage_profile SET enabled = ?, is_default = ?, limit_mb = ? WHERE id = ?",
                    p.enabled(), p.isDefault(), p.limitMb(), p.id());
        }
    }

    /** Removes a profile of a VDC, and its metadata. */
    public void delete(Profile p) {
        new MetadataStore(h).deleteFor(p.id());
        if (p.isStar()) {
            Rows.execute(h, "UPDATE vdc SET star_profile_kept = FALSE WHERE id = ?", p.vdcId());
        } else {
            Rows.execute(h, "DELETE FROM vdc_storage_profile WHERE id = ?", p.id());
        }
    }

    /** Removes the metadata of a VDC's profiles, which goes with the VDC (the added profiles' rows cascade). */
    public void deleteMetadataOf(UUID vdcId) {
        for (Profile p : ofVdc(vdcId)) {
            new MetadataStore(h).deleteFor(p.id());
        }
    }

    /** Whether any VDC standing on the provider VDC draws on its profile of this name. */
    public boolean inUseOn(UUID providerVdcId, String name) {
        return h.createQuery("SELECT COUNT(*) FROM vdc_storage_profile p JOIN vdc v ON v.id = p.vdc_id "
                + "WHERE v.provider_vdc_id = :pvdc AND p.name = :name").bind("pvdc", providerVdcId).bind("name", name)
                .mapTo(Integer.class).one() > 0;
    }
}
