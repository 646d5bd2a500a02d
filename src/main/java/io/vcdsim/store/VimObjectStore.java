package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.UUID;

/**
 * Which objects a registered vCenter holds, by managed object reference: the VMs vCD runs in its pools and those it
 * does not manage, its hosts and its resource pools. {@code tx.store(VimObjectStore::new)}.
 */
public final class VimObjectStore {
    /**
     * A VM's managed object reference in the simulated vCenter: {@code vm-} and digits from its id (the last group's
     * first six hex digits, a to f read as 0 to 5), so that a query can compute it too ({@link #VM_MOREF_SQL}).
     */
    public static String vmMoref(UUID vmId) {
        StringBuilder digits = new StringBuilder("vm-");
        for (char c : vmId.toString().substring(24, 30).toCharArray()) {
            digits.append(c >= 'a' ? (char) ('0' + (c - 'a')) : c);
        }
        return digits.toString();
    }

    /** {@link #vmMoref} in SQL, of the VM id column {@code %s}. */
    public static final String VM_MOREF_SQL =
            "'vm-' || TRANSLATE(SUBSTRING(CAST(%s AS VARCHAR(36)) FROM 25 FOR 6), 'abcdef', '012345')";

    private static final String MANAGED_VM = "SELECT COUNT(*) FROM vm m "
            + "JOIN provider_vdc_resource_pool pp ON pp.id = " + InventoryStore.VM_POOL_SQL.formatted("m") + " "
            + "JOIN vcenter_resource_pool rp ON rp.id = pp.pool_id "
            + "WHERE rp.vcenter_id = :vc AND " + VM_MOREF_SQL.formatted("m.id") + " = :m";
    private final Handle h;

    public VimObjectStore(Handle h) {
        this.h = h;
    }

    public boolean hasVm(UUID vcenterId, String moref) {
        return count(MANAGED_VM, vcenterId, moref) + count("SELECT COUNT(*) FROM vcenter_vm WHERE vcenter_id = :vc "
                + "AND moref = :m", vcenterId, moref) > 0;
    }

    public boolean hasHost(UUID vcenterId, String moref) {
        return count("SELECT COUNT(*) FROM vcenter_host WHERE vcenter_id = :vc AND moref = :m", vcenterId, moref) > 0;
    }

    public boolean hasResourcePool(UUID vcenterId, String moref) {
        return count("SELECT COUNT(*) FROM vcenter_resource_pool WHERE vcenter_id = :vc AND moref = :m", vcenterId,
                moref) > 0;
    }

    /** Whether vc1 (the one vCenter with datastores) has this datastore. */
    public boolean hasDatastore(String moref) {
        return h.createQuery("SELECT COUNT(*) FROM vcenter_datastore WHERE moref = :m").bind("m", moref)
                .mapTo(Long.class).one() > 0;
    }

    private long count(String sql, UUID vcenterId, String moref) {
        return h.createQuery(sql).bind("vc", vcenterId).bind("m", moref).mapTo(Long.class).one();
    }
}
