package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The vCenter servers vCD has registered, their resource pools, storage profiles and hosts, what each provider VDC
 * takes of them, and the pool each VM runs in; {@code tx.store(InventoryStore::new)}.
 */
public final class InventoryStore {
    /** A registered vCenter server; {@code host} names the simulated vCenter its URL reaches. */
    public record Server(UUID id, String name, String description, String url, String host, String username,
                         boolean enabled, String version) {
        public Server with(String name, String description, boolean enabled) {
            return new Server(id, name, description, url, host, username, enabled, version);
        }
    }

    /** A provider VDC: the vCenter it stands on, and the highest virtual hardware version its VDCs get. */
    public record ProviderVdc(UUID id, String name, String description, boolean enabled, UUID vcenterId,
                              String highestHwVersion) {
        public ProviderVdc with(String name, String description, boolean enabled) {
            return new ProviderVdc(id, name, description, enabled, vcenterId, highestHwVersion);
        }
    }

    /** A VM of a vCenter that vCD does not manage (yet). */
    public record UnmanagedVm(UUID id, UUID vcenterId, String moref, String name, String osType, int cpus,
                              long memoryMb, long diskMb) {
    }

    /** An ESXi host of a vCenter's cluster. */
    public record Host(UUID id, UUID vcenterId, String moref, String name, String clusterMoref, boolean enabled) {
    }

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

    private static final RowMapper<Server> SERVER = (rs, ctx) -> new Server(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), rs.getString("url"), rs.getString("host"), rs.getString("username"),
            rs.getBoolean("enabled"), rs.getString("version"));
    private static final RowMapper<UnmanagedVm> UNMANAGED = (rs, ctx) -> new UnmanagedVm(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "vcenter_id"), rs.getString("moref"), rs.getString("name"), rs.getString("os_type"),
            rs.getInt("cpus"), rs.getLong("memory_mb"), rs.getLong("disk_mb"));
    private static final RowMapper<ProviderVdc> PVDC = (rs, ctx) -> new ProviderVdc(Rows.uuid(rs, "id"),
            rs.getString("name"), rs.getString("description"), rs.getBoolean("enabled"), Rows.uuid(rs, "vcenter_id"),
            rs.getString("highest_hw_version"));
    private static final RowMapper<Host> HOST = (rs, ctx) -> new Host(Rows.uuid(rs, "id"), Rows.uuid(rs, "vcenter_id"),
            rs.getString("moref"), rs.getString("name"), rs.getString("cluster_moref"), rs.getBoolean("enabled"));
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
    /** The pool a VM of alias {@code m} runs in: its own, else the primary one of its VDC's provider VDC. */
    public static final String VM_POOL_SQL = "COALESCE(%1$s.resource_pool_id, (SELECT p.id FROM vapp pa "
            + "JOIN vdc pd ON pd.id = pa.vdc_id JOIN provider_vdc_resource_pool p ON p.provider_vdc_id = "
            + "pd.provider_vdc_id AND p.is_primary WHERE pa.id = %1$s.parent_id))";

    private final Handle h;

    public InventoryStore(Handle h) {
        this.h = h;
    }

    public boolean hasInventory() {
        return h.createQuery("SELECT COUNT(*) FROM vim_server").mapTo(Long.class).one() > 0;
    }

    public List<Server> servers() {
        return h.createQuery("SELECT * FROM vim_server ORDER BY name, id").map(SERVER).list();
    }

    public Optional<Server> server(UUID id) {
        return h.createQuery("SELECT * FROM vim_server WHERE id = :id").bind("id", id).map(SERVER).findOne();
    }

    /** The server, locked until the transaction ends: changes to one server queue. */
    public Optional<Server> lockServer(UUID id) {
        return h.createQuery("SELECT * FROM vim_server WHERE id = :id FOR UPDATE").bind("id", id).map(SERVER)
                .findOne();
    }

    /** Another registered server that has this name or reaches this host, if any. */
    public Optional<Server> clash(String name, String host, UUID except) {
        return h.createQuery("SELECT * FROM vim_server WHERE (LOWER(name) = LOWER(:n) OR host = :h) AND id <> :id")
                .bind("n", name).bind("h", host).bind("id", except).map(SERVER).findFirst();
    }

    public void saveServer(Server s) {
        if (Rows.execute(h, "UPDATE vim_server SET name = ?, description = ?, enabled = ? WHERE id = ?", s.name(),
                s.description(), s.enabled(), s.id()) == 0) {
            Rows.execute(h, "INSERT INTO vim_server (id, name, description, url, host, username, enabled, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.name(), s.description(), s.url(), s.host(),
                    s.username(), s.enabled(), s.version());
        }
    }

    /** Forgets a server and what vCD knew of its inventory; nothing of it may back a provider VDC. */
    public void deleteServer(UUID id) {
        for (String table : List.of("vcenter_vm", "vcenter_host_rule", "vcenter_drs_group", "vcenter_host",
                "vcenter_resource_pool", "vcenter_storage_profile")) {
            Rows.execute(h, "DELETE FROM " + table + " WHERE vcenter_id = ?", id);
        }
        Rows.execute(h, "DELETE FROM vim_server WHERE id = ?", id);
    }

    /** Whether a provider VDC stands on this server. */
    public boolean backsProviderVdc(UUID serverId) {
        return h.createQuery("SELECT COUNT(*) FROM provider_vdc WHERE vcenter_id = :vc").bind("vc", serverId)
                .mapTo(Long.class).one() > 0;
    }

    public boolean hasInventory(UUID serverId) {
        return h.createQuery("SELECT COUNT(*) FROM vcenter_resource_pool WHERE vcenter_id = :vc").bind("vc", serverId)
                .mapTo(Long.class).one() > 0;
    }

    public List<ProviderVdc> providerVdcs() {
        return h.createQuery("SELECT * FROM provider_vdc ORDER BY name, id").map(PVDC).list();
    }

    public Optional<ProviderVdc> providerVdc(UUID id) {
        return h.createQuery("SELECT * FROM provider_vdc WHERE id = :id").bind("id", id).map(PVDC).findOne();
    }

    /** The provider VDC, locked until the transaction ends. */
    public Optional<ProviderVdc> lockProviderVdc(UUID id) {
        return h.createQuery("SELECT * FROM provider_vdc WHERE id = :id FOR UPDATE").bind("id", id).map(PVDC)
                .findOne();
    }

    public Optional<ProviderVdc> providerVdcNamed(String name) {
        return h.createQuery("SELECT * FROM provider_vdc WHERE LOWER(name) = LOWER(:n)").bind("n", name).map(PVDC)
                .findFirst();
    }

    public void saveProviderVdc(ProviderVdc p) {
        if (Rows.execute(h, "UPDATE provider_vdc SET name = ?, description = ?, enabled = ? WHERE id = ?", p.name(),
                p.description(), p.enabled(), p.id()) == 0) {
            Rows.execute(h, "INSERT INTO provider_vdc (id, name, description, enabled, vcenter_id, highest_hw_version) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", p.id(), p.name(), p.description(), p.enabled(), p.vcenterId(),
                    p.highestHwVersion());
        }
    }

    /** Deletes a provider VDC with its pools and profiles (none may back a VDC). */
    public void deleteProviderVdc(UUID id) {
        Rows.execute(h, "DELETE FROM metadata WHERE entity_id = ? OR entity_id IN "
                + "(SELECT p.id FROM provider_vdc_storage_profile p WHERE p.provider_vdc_id = ?)", id, id);
        Rows.execute(h, "DELETE FROM provider_vdc WHERE id = ?", id);
    }

    /**
     * Moves what a provider VDC has to another: its pools (secondary there), the storage profiles the other does not
     * offer yet, its org VDCs, its logical VM groups; then deletes it. VMs keep the pools they run in.
     */
    public void mergeProviderVdc(UUID from, UUID into) {
        // a VM in the merged provider VDC's primary pool by default keeps running there, now by name
        Rows.execute(h, "UPDATE vm SET resource_pool_id = (SELECT p.id FROM provider_vdc_resource_pool p "
                + "WHERE p.provider_vdc_id = ? AND p.is_primary) WHERE resource_pool_id IS NULL AND parent_id IN "
                + "(SELECT a.id FROM vapp a JOIN vdc d ON d.id = a.vdc_id WHERE d.provider_vdc_id = ?)", from, from);
        Rows.execute(h, "UPDATE provider_vdc_resource_pool SET provider_vdc_id = ?, is_primary = FALSE "
                + "WHERE provider_vdc_id = ?", into, from);
        Rows.execute(h, "UPDATE provider_vdc_storage_profile SET provider_vdc_id = ? WHERE provider_vdc_id = ? AND "
                + "profile_id NOT IN (SELECT s.profile_id FROM provider_vdc_storage_profile s WHERE "
                + "s.provider_vdc_id = ?)", into, from, into);
        Rows.execute(h, "UPDATE vdc SET provider_vdc_id = ? WHERE provider_vdc_id = ?", into, from);
        // its logical VM groups name VM groups of the clusters its pools, now the other's, are in
        Rows.execute(h, "UPDATE logical_vm_group SET provider_vdc_id = ? WHERE provider_vdc_id = ?", into, from);
        deleteProviderVdc(from);
    }

    /** The provider VDC an org VDC draws on. */
    public UUID providerVdcOf(UUID vdcId) {
        return h.createQuery("SELECT provider_vdc_id FROM vdc WHERE id = :id").bind("id", vdcId).mapTo(UUID.class)
                .one();
    }

    public void placeVdc(UUID vdcId, UUID providerVdcId) {
        Rows.execute(h, "UPDATE vdc SET provider_vdc_id = ? WHERE id = ?", providerVdcId, vdcId);
    }

    /** The org VDCs that draw on a provider VDC, by name. */
    public List<UUID> vdcsOn(UUID providerVdcId) {
        return h.createQuery("SELECT id FROM vdc WHERE provider_vdc_id = :p ORDER BY name, id").bind("p", providerVdcId)
                .mapTo(UUID.class).list();
    }

    public void addUnmanagedVm(UnmanagedVm vm) {
        Rows.execute(h, "INSERT INTO vcenter_vm (id, vcenter_id, moref, name, os_type, cpus, memory_mb, disk_mb) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", vm.id(), vm.vcenterId(), vm.moref(), vm.name(), vm.osType(),
                vm.cpus(), vm.memoryMb(), vm.diskMb());
    }

    public List<UnmanagedVm> unmanagedVms(UUID vcenterId) {
        return h.createQuery("SELECT * FROM vcenter_vm WHERE vcenter_id = :vc ORDER BY name, moref")
                .bind("vc", vcenterId).map(UNMANAGED).list();
    }

    /** The VM, locked until the transaction ends: two imports of it queue, and the second finds it gone. */
    public Optional<UnmanagedVm> lockUnmanagedVm(UUID vcenterId, String moref) {
        return h.createQuery("SELECT * FROM vcenter_vm WHERE vcenter_id = :vc AND moref = :m FOR UPDATE")
                .bind("vc", vcenterId).bind("m", moref).map(UNMANAGED).findOne();
    }

    public void deleteUnmanagedVm(UUID id) {
        Rows.execute(h, "DELETE FROM vcenter_vm WHERE id = ?", id);
    }

    public void addHost(Host host) {
        Rows.execute(h, "INSERT INTO vcenter_host (id, vcenter_id, moref, name, cluster_moref, enabled) "
                + "VALUES (?, ?, ?, ?, ?, ?)", host.id(), host.vcenterId(), host.moref(), host.name(),
                host.clusterMoref(), host.enabled());
    }

    public List<Host> hosts() {
        return h.createQuery("SELECT * FROM vcenter_host ORDER BY name, id").map(HOST).list();
    }

    /** The hosts of one cluster of a vCenter, by moref. */
    public List<Host> hostsIn(UUID vcenterId, String clusterMoref) {
        return h.createQuery("SELECT * FROM vcenter_host WHERE vcenter_id = :vc AND cluster_moref = :c ORDER BY moref")
                .bind("vc", vcenterId).bind("c", clusterMoref).map(HOST).list();
    }

    public Optional<Host> host(UUID id) {
        return h.createQuery("SELECT * FROM vcenter_host WHERE id = :id").bind("id", id).map(HOST).findOne();
    }

    public void enableHost(UUID id, boolean enabled) {
        Rows.execute(h, "UPDATE vcenter_host SET enabled = ? WHERE id = ?", enabled, id);
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

    public Optional<Pool> poolByMoref(UUID vcenterId, String moref) {
        return h.createQuery("SELECT * FROM vcenter_resource_pool WHERE vcenter_id = :vc AND moref = :m")
                .bind("vc", vcenterId).bind("m", moref).map(POOL).findOne();
    }

    /** Every pool of the vCenter: its clusters' root pools and the pools under them. */
    public List<Pool> pools(UUID vcenterId) {
        return h.createQuery("SELECT * FROM vcenter_resource_pool WHERE vcenter_id = :vc ORDER BY cluster_moref, moref")
                .bind("vc", vcenterId).map(POOL).list();
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

    public Optional<Profile> profileByName(UUID vcenterId, String name) {
        return h.createQuery("SELECT * FROM vcenter_storage_profile WHERE vcenter_id = :vc AND name = :n")
                .bind("vc", vcenterId).bind("n", name).map(PROFILE).findOne();
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
        Rows.execute(h, "DELETE FROM metadata WHERE entity_id = ?", id);
        Rows.execute(h, "DELETE FROM provider_vdc_storage_profile WHERE id = ?", id);
    }

    public void enableProfile(UUID id, boolean enabled) {
        Rows.execute(h, "UPDATE provider_vdc_storage_profile SET enabled = ? WHERE id = ?", enabled, id);
    }

    /** The vApp VMs running in this provider VDC pool, by name. */
    public List<UUID> vmsIn(UUID pvdcPoolId) {
        return h.createQuery("SELECT m.id FROM vm m WHERE " + VM_POOL_SQL.formatted("m") + " = :p "
                        + "ORDER BY m.name, m.id")
                .bind("p", pvdcPoolId).mapTo(UUID.class).list();
    }

    /** The provider VDC pool a vApp VM runs in, if it is one. */
    public Optional<PvdcPool> poolOf(UUID vmId) {
        return h.createQuery("SELECT " + VM_POOL_SQL.formatted("m") + " FROM vm m WHERE m.id = :id").bind("id", vmId)
                .mapTo(UUID.class).findOne().flatMap(this::pvdcPool);
    }

    /**
     * Moves the vApp VMs of these orgs that sit on one of {@code from} (empty: on any datastore but {@code to}) to
     * {@code to}; a VM with no datastore of its own sits on {@code firstDatastore}. Returns how many moved.
     */
    public int moveOrgVms(List<UUID> orgs, List<String> from, String to, String firstDatastore) {
        var update = h.createUpdate("UPDATE vm SET datastore = :to WHERE org_id IN (<orgs>) AND "
                        + "parent_id IN (SELECT a.id FROM vapp a) AND "
                        + "COALESCE(datastore, :first) " + (from.isEmpty() ? "<> :to" : "IN (<from>)"))
                .bind("to", to).bind("first", firstDatastore).bindList("orgs", orgs);
        return (from.isEmpty() ? update : update.bindList("from", from)).execute();
    }

    /** Moves VMs to a pool. */
    public void placeVms(List<UUID> vms, UUID pvdcPoolId) {
        if (!vms.isEmpty()) {
            h.createUpdate("UPDATE vm SET resource_pool_id = :p WHERE id IN (<vms>)").bind("p", pvdcPoolId)
                    .bindList("vms", vms).execute();
        }
    }
}
