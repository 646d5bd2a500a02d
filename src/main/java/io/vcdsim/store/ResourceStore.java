package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An org's resources: VDCs and catalogs (networks have their own store). */
public final class ResourceStore {
    private static final RowMapper<VdcRow> VDC = (rs, ctx) -> new VdcRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"),
            rs.getString("name"), rs.getString("description"), rs.getBoolean("enabled"),
            rs.getString("allocation_model"), rs.getLong("cpu_limit_mhz"), rs.getLong("memory_limit_mb"),
            rs.getInt("vm_quota"), new VdcSettings(rs.getDouble("guaranteed_memory"), rs.getDouble("guaranteed_cpu"),
            rs.getLong("vcpu_mhz"), rs.getBoolean("thin_provision"), rs.getBoolean("fast_provisioning"),
            rs.getInt("network_quota"), rs.getInt("nic_quota"), rs.getBoolean("vm_discovery"), rs.getBoolean("elastic"),
            rs.getBoolean("memory_overhead"), rs.getBoolean("over_commit_allowed"), new VdcSettings.Allocation(rs.getLong("cpu_allocated_mhz"),
            rs.getLong("memory_allocated_mb"), rs.getLong("storage_limit_mb"))), Rows.instant(rs, "created"));
    private static final RowMapper<CatalogRow> CATALOG = (rs, ctx) -> new CatalogRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("description"), rs.getBoolean("published"),
            Rows.uuid(rs, "owner_id"), Rows.instant(rs, "created"));
    private final Handle h;

    ResourceStore(Handle h) {
        this.h = h;
    }

    public void insertVdc(VdcRow v) {
        Rows.execute(h, "INSERT INTO vdc (id, org_id, name, name_key, description, enabled, allocation_model, "
                        + "cpu_limit_mhz, memory_limit_mb, vm_quota, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.id(), v.orgId(), v.name(), Rows.key(v.name()), v.description(), v.enabled(), v.allocationModel(),
                v.cpuLimitMhz(), v.memoryLimitMb(), v.vmQuota(), v.created());
        updateSettings(v);
        Rows.execute(h, "UPDATE vdc SET storage_limit_mb = ? WHERE id = ?", v.settings().allocation().storageLimitMb(),
                v.id());
    }

    public void updateVdc(VdcRow v) {
        Rows.execute(h, "UPDATE vdc SET name = ?, name_key = ?, description = ?, enabled = ?, cpu_limit_mhz = ?, "
                        + "memory_limit_mb = ?, vm_quota = ? WHERE id = ?", v.name(), Rows.key(v.name()), v.description(),
                v.enabled(), v.cpuLimitMhz(), v.memoryLimitMb(), v.vmQuota(), v.id());
        updateSettings(v);
    }

    /**
     * Writes the settings but the storage limit, which is the limit of the VDC's profile * and changes with it
     * (VdcStorageProfileStore): a VDC update read before a profile change does not undo it.
     */
    private void updateSettings(VdcRow v) {
        VdcSettings s = v.settings();
        Rows.execute(h, "UPDATE vdc SET guaranteed_memory = ?, guaranteed_cpu = ?, vcpu_mhz = ?, thin_provision = ?, "
                        + "fast_provisioning = ?, network_quota = ?, nic_quota = ?, vm_discovery = ?, elastic = ?, "
                        + "memory_overhead = ?, over_commit_allowed = ?, cpu_allocated_mhz = ?, memory_allocated_mb = ? "
                        + "WHERE id = ?", s.guaranteedMemory(), s.guaranteedCpu(), s.vCpuInMhz(), s.thinProvision(),
                s.fastProvisioning(), s.networkQuota(), s.nicQuota(), s.vmDiscovery(), s.elastic(),
                s.includeMemoryOverhead(), s.overCommitAllowed(), s.allocation().cpuMhz(), s.allocation().memoryMb(),
                v.id());
    }

    /** Deletes a VDC (its vApps must be gone); its networks and edges go, its catalog content stays, without a VDC. */
    public void deleteVdc(UUID id) {
        Rows.execute(h, "DELETE FROM metadata WHERE entity_id IN (SELECT id FROM org_network WHERE vdc_id = ?) "
                + "OR entity_id IN (SELECT id FROM edge_gateway WHERE vdc_id = ?)", id, id);
        Rows.execute(h, "DELETE FROM org_network WHERE vdc_id = ?", id); // then its edges go with the VDC
        Rows.execute(h, "UPDATE media SET vdc_id = NULL WHERE vdc_id = ?", id);
        Rows.execute(h, "UPDATE vapp_template SET vdc_id = NULL WHERE vdc_id = ?", id);
        new VdcStorageProfileStore(h).deleteMetadataOf(id); // their rows go with the VDC's
        new MetadataStore(h).deleteFor(id);
        Rows.execute(h, "DELETE FROM vdc WHERE id = ?", id);
    }

    /** What a VDC's VMs allocate: CPUs, memory (MB), and how many there are. */
    public record Allocation(long cpus, long memoryMb, int vms) {
    }

    public Allocation allocated(UUID vdcId) {
        return h.createQuery("SELECT COALESCE(SUM(m.cpus), 0) AS cpus, COALESCE(SUM(m.memory_mb), 0) AS mem, "
                        + "COUNT(m.id) AS n FROM vm m JOIN vapp a ON a.id = m.parent_id WHERE a.vdc_id = :v")
                .bind("v", vdcId).map((rs, ctx) -> new Allocation(rs.getLong("cpus"), rs.getLong("mem"), rs.getInt("n")))
                .one();
    }

    /** The catalog, locked until the transaction ends: two changes to it queue. */
    public Optional<CatalogRow> lockCatalog(UUID id) {
        return h.createQuery("SELECT * FROM catalog WHERE id = :id FOR UPDATE").bind("id", id).map(CATALOG)
                .findOne();
    }

    /** How the catalog is published to external organizations, if it is. */
    public Optional<ExternalPublishingRow> externalPublishing(UUID catalogId) {
        return h.createQuery("SELECT * FROM catalog_external WHERE catalog_id = :id").bind("id", catalogId)
                .map((rs, ctx) -> new ExternalPublishingRow(Rows.uuid(rs, "catalog_id"), rs.getBoolean("cache_enabled"),
                        rs.getBoolean("preserve_identity"), rs.getString("password"))).findOne();
    }

    /** Publishes the catalog externally as {@code p} says, or stops publishing it (null). */
    public void putExternalPublishing(UUID catalogId, ExternalPublishingRow p) {
        Rows.execute(h, "DELETE FROM catalog_external WHERE catalog_id = ?", catalogId);
        if (p != null) {
            Rows.execute(h, "INSERT INTO catalog_external (catalog_id, cache_enabled, preserve_identity, password) "
                    + "VALUES (?, ?, ?, ?)", catalogId, p.cacheEnabled(), p.preserveIdentity(), p.password());
        }
    }

    /** Writes a catalog's name, description and publication; its owner changes through {@link ObjectStore#setOwner}. */
    public void updateCatalog(CatalogRow c) {
        h.createUpdate("UPDATE catalog SET name = :name, name_key = :key, description = :description, "
                        + "published = :published WHERE id = :id")
                .bind("id", c.id()).bind("name", c.name()).bind("key", Rows.key(c.name()))
                .bind("description", c.description()).bind("published", c.published()).execute();
    }

    public void insertCatalog(CatalogRow c) {
        h.createUpdate("INSERT INTO catalog (id, org_id, name, name_key, description, published, owner_id, created) "
                        + "VALUES (:id, :org, :name, :key, :description, :published, :owner, :created)")
                .bind("id", c.id()).bind("org", c.orgId()).bind("name", c.name()).bind("key", Rows.key(c.name()))
                .bind("description", c.description()).bind("published", c.published())
                .bind("owner", c.ownerId()).bind("created", Rows.utc(c.created())).execute();
    }

    public Optional<VdcRow> vdc(UUID id) {
        return h.createQuery("SELECT * FROM vdc WHERE id = :id").bind("id", id).map(VDC).findOne();
    }

    /** Every org's VDCs: they all stand on the one simulated provider VDC. */
    public List<VdcRow> allVdcs() {
        return h.createQuery("SELECT * FROM vdc ORDER BY name_key").map(VDC).list();
    }

    public List<VdcRow> vdcs(UUID orgId) {
        return h.createQuery("SELECT * FROM vdc WHERE org_id = :org ORDER BY name_key").bind("org", orgId)
                .map(VDC).list();
    }

    public Optional<CatalogRow> catalog(UUID id) {
        return h.createQuery("SELECT * FROM catalog WHERE id = :id").bind("id", id).map(CATALOG).findOne();
    }

    public List<CatalogRow> catalogs(UUID orgId) {
        return h.createQuery("SELECT * FROM catalog WHERE org_id = :org ORDER BY name_key").bind("org", orgId)
                .map(CATALOG).list();
    }

    /**
     * Catalog {@code c} is readable by org {@code ?} though it is another org's: published to every org, or shared
     * with that org by its access settings (read-only, as vCD shares catalogs across orgs). One parameter, the org.
     */
    public static final String SHARED_CATALOG = "(c.published OR EXISTS (SELECT 1 FROM access_setting s "
            + "WHERE s.entity_id = c.id AND s.org_id = ?))";

    /** The catalog is the org's own, or shared with it or published. */
    public boolean catalogReadableBy(UUID catalogId, UUID orgId) {
        return h.createQuery("SELECT COUNT(*) FROM catalog c WHERE c.id = ? AND (c.org_id = ? OR " + SHARED_CATALOG
                + ")").bind(0, catalogId).bind(1, orgId).bind(2, orgId).mapTo(Integer.class).one() > 0;
    }

    /** Other orgs' catalogs this org may read: published, or shared with it. */
    public List<CatalogRow> catalogsSharedWith(UUID orgId) {
        return h.createQuery("SELECT * FROM catalog c WHERE c.org_id <> ? AND " + SHARED_CATALOG + " ORDER BY c.name_key")
                .bind(0, orgId).bind(1, orgId).map(CATALOG).list();
    }

    public void deleteCatalog(UUID id) {
        h.createUpdate("DELETE FROM catalog WHERE id = :id").bind("id", id).execute();
        new MetadataStore(h).deleteFor(id);
    }

    /** Removes everything an org holds (a recursive org delete). */
    public void deleteAllOf(UUID orgId) {
        h.createUpdate("DELETE FROM org_network WHERE org_id = :org").bind("org", orgId).execute();
        h.createUpdate("DELETE FROM catalog WHERE org_id = :org").bind("org", orgId).execute();
        h.createUpdate("DELETE FROM vdc WHERE org_id = :org").bind("org", orgId).execute();
        new CatalogItemStore(h).deleteAllOf(orgId); // the bytes go with the spool's sweep
        new ComputeStore(h).deleteAllOf(orgId);
        new MetadataStore(h).deleteAllOf(orgId); // the org's own entries too
    }
}
