package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated vCenter's resource pools and storage profiles, what each provider VDC takes of them, and the pool
 * each VM runs in; {@code tx.store(InventoryStore::new)}.
 */
public final class InventoryStore {
    /** A resource pool of the vCenter: a cluster's root pool or one under it. */
    public record Pool(UUID id, UUID vcenterId, String moref, String name, String clusterMoref, long cpuMhz,
                       long memoryMb) {
    }

    /** A storage profile (storage policy) of the vCenter. */
    public record Profile(UUID id, UUID vcenterId, String moref, String name, long totalMb) {
    }

    /** A pool as a provider VDC stands on it. */
    public record PvdcPool(UUID id, UUID providerVdcId, Pool pool, boolean primary, boolean enabled) {
    }

    /** A storage profile as a provider VDC offers it. */
    public record PvdcProfile(UUID id, UUID providerVdcId, Profile profile, boolean enabled) {
    }

    private static final RowMapper<Pool> POOL = (rs, ctx) -> new Pool(Rows.uuid(rs, "id"), Rows.uuid(rs, "vcenter_id"),
            rs.getString("moref"), rs.getString("name"), rs.getString("cluster_moref"), rs.getLong("cpu_mhz"),
            rs.getLong("memory_mb"));
    private static final RowMapper<Profile> PROFILE = (rs, ctx) -> new Profile(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "vcenter_id"), rs.getString("moref"), rs.getString("name"), rs.getLong("total_mb"));
    private static final RowMapper<PvdcPool> PVDC_POOL = (rs, ctx) -> new PvdcPool(Rows.uuid(rs, "pp_id"),
            Rows.uuid(rs, "provider_vdc_id"), POOL.map(rs, ctx), rs.getBoolean("is_primary"), rs.getBoolean("enabled"));
    private static final RowMapper<PvdcProfile> PVDC_PROFILE = (rs, ctx) -> new PvdcProfile(Rows.uuid(rs, "pp_id"),
            Rows.uuid(rs, "provider_vdc_id"), PROFILE.map(rs, ctx), rs.getBoolean("enabled"));
    private static final String PVDC_POOLS = "SELECT pp.id AS pp_id, pp.provider_vdc_id, pp.is_primary, pp.enabled, "
            + "r.* FROM provider_vdc_resource_pool pp JOIN vcenter_resource_pool r ON r.id = pp.pool_id ";
    private static final String PVDC_PROFILES = "SELECT pp.id AS pp_id, pp.provider_vdc_id, pp.enabled, s.* "
            + "FROM provider_vdc_storage_profile pp JOIN vcenter_storage_profile s ON s.id = pp.profile_id ";
    /** The pool a VM of alias {@code m} runs in: its own, else its provider VDC's primary one. */
    public static final String VM_POOL_SQL = "COALESCE(%1$s.resource_pool_id, (SELECT p.id FROM "
            + "provider_vdc_resource_pool p WHERE p.is_primary))";

    private final Handle h;

    public InventoryStore(Handle h) {
        this.h = h;
    }

    public boolean hasInventory() {
        return h.createQuery("SELECT COUNT(*) FROM vcenter_resource_pool").mapTo(Long.class).one() > 0;
    }

    public void addPool(Pool p) {
        Rows.execute(h, "INSERT INTO vcenter_resource_pool (id, vcenter_id, moref, name, cluster_moref, cpu_mhz, "
                + "memory_mb) VALUES (?, ?, ?, ?, ?, ?, ?)", p.id(), p.vcenterId(), p.moref(), p.name(),
                p.clusterMoref(), p.cpuMhz(), p.memoryMb());
    }

    public void addProfile(Profile p) {
        Rows.execute(h, "INSERT INTO vcenter_storage_profile (id, vcenter_id, moref, name, total_mb) "
                + "VALUES (?, ?, ?, ?, ?)", p.id(), p.vcenterId(), p.moref(), p.name(), p.totalMb());
    }

    public Optional<Pool> poolByMoref(String moref) {
        return h.createQuery("SELECT * FROM vcenter_resource_pool WHERE moref = :m").bind("m", moref).map(POOL)
                .findOne();
    }

    /** The vCenter's pools no provider VDC stands on. */
    public List<Pool> freePools(UUID vcenterId) {
        return h.createQuery("SELECT r.* FROM vcenter_resource_pool r WHERE r.vcenter_id = :vc AND NOT EXISTS "
                        + "(SELECT 1 FROM provider_vdc_resource_pool pp WHERE pp.pool_id = r.id) ORDER BY r.moref")
                .bind("vc", vcenterId).map(POOL).list();
    }

    public List<Profile> profiles(UUID vcenterId) {
        return h.createQuery("SELECT * FROM vcenter_storage_profile WHERE vcenter_id = :vc ORDER BY name")
                .bind("vc", vcenterId).map(PROFILE).list();
    }

    public Optional<Profile> profileByName(String name) {
        return h.createQuery("SELECT * FROM vcenter_storage_profile WHERE name = :n").bind("n", name).map(PROFILE)
                .findOne();
    }

    public List<PvdcPool> pvdcPools(UUID providerVdcId) {
        return h.createQuery(PVDC_POOLS + "WHERE pp.provider_vdc_id = :p ORDER BY pp.is_primary DESC, r.moref")
                .bind("p", providerVdcId).map(PVDC_POOL).list();
    }

    public Optional<PvdcPool> pvdcPool(UUID id) {
        return h.createQuery(PVDC_POOLS + "WHERE pp.id = :id").bind("id", id).map(PVDC_POOL).findOne();
    }

    /** The provider VDC's pools, locked until the transaction ends: changes to one provider VDC's pools queue. */
    public List<PvdcPool> lockPvdcPools(UUID providerVdcId) {
        return h.createQuery(PVDC_POOLS + "WHERE pp.provider_vdc_id = :p ORDER BY pp.id FOR UPDATE")
                .bind("p", providerVdcId).map(PVDC_POOL).list();
    }

    public void attachPool(UUID id, UUID providerVdcId, UUID poolId, boolean primary) {
        Rows.execute(h, "INSERT INTO provider_vdc_resource_pool (id, provider_vdc_id, pool_id, is_primary, enabled) "
                + "VALUES (?, ?, ?, ?, TRUE)", id, providerVdcId, poolId, primary);
    }

    public void detachPool(UUID id) {
        Rows.execute(h, "DELETE FROM provider_vdc_resource_pool WHERE id = ?", id);
    }

    public void enablePool(UUID id, boolean enabled) {
        Rows.execute(h, "UPDATE provider_vdc_resource_pool SET enabled = ? WHERE id = ?", enabled, id);
    }

    public List<PvdcProfile> pvdcProfiles(UUID providerVdcId) {
        return h.createQuery(PVDC_PROFILES + "WHERE pp.provider_vdc_id = :p ORDER BY s.name")
                .bind("p", providerVdcId).map(PVDC_PROFILE).list();
    }

    public Optional<PvdcProfile> pvdcProfile(UUID id) {
        return h.createQuery(PVDC_PROFILES + "WHERE pp.id = :id").bind("id", id).map(PVDC_PROFILE).findOne();
    }

    public List<PvdcProfile> lockPvdcProfiles(UUID providerVdcId) {
        return h.createQuery(PVDC_PROFILES + "WHERE pp.provider_vdc_id = :p ORDER BY pp.id FOR UPDATE")
                .bind("p", providerVdcId).map(PVDC_PROFILE).list();
    }

    public void addPvdcProfile(UUID id, UUID providerVdcId, UUID profileId) {
        Rows.execute(h, "INSERT INTO provider_vdc_storage_profile (id, provider_vdc_id, profile_id, enabled) "
                + "VALUES (?, ?, ?, TRUE)", id, providerVdcId, profileId);
    }

    public void removePvdcProfile(UUID id) {
        Rows.execute(h, "DELETE FROM provider_vdc_storage_profile WHERE id = ?", id);
    }

    public void enableProfile(UUID id, boolean enabled) {
        Rows.execute(h, "UPDATE provider_vdc_storage_profile SET enabled = ? WHERE id = ?", enabled, id);
    }

    /** The vApp VMs running in this provider VDC pool, by name. */
    public List<UUID> vmsIn(UUID pvdcPoolId) {
        return h.createQuery("SELECT m.id FROM vm m WHERE " + VM_POOL_SQL.formatted("m") + " = :p ORDER BY m.name, m.id")
                .bind("p", pvdcPoolId).mapTo(UUID.class).list();
    }

    /** Moves VMs to a pool. */
    public void placeVms(List<UUID> vms, UUID pvdcPoolId) {
        if (!vms.isEmpty()) {
            h.createUpdate("UPDATE vm SET resource_pool_id = :p WHERE id IN (<vms>)").bind("p", pvdcPoolId)
                    .bindList("vms", vms).execute();
        }
    }
}
