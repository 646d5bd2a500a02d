package io.vcdsim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stranded items: VMs vCD deleted while the vCenter holding them was disabled. vCD forgets the VM but cannot delete
 * it in vCenter, so the VM stays there (a {@code vcenter_vm} row, as any VM vCD does not manage) and is listed as a
 * stranded item until a system administrator force-deletes it. {@code tx.store(StrandedItemStore::new)}.
 */
public final class StrandedItemStore {
    public static final String VIRTUAL_MACHINE = "VIRTUAL_MACHINE";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stranded item, with the name of the vCenter that holds it. */
    public record Item(UUID id, String name, UUID vcenterId, String vcenterName, String moref, String vimObjectType,
                       UUID parentId, String parentName, Instant deletionDate, String message, int purgeAttempts) {
    }

    private static final RowMapper<Item> ITEM = (rs, ctx) -> new Item(Rows.uuid(rs, "id"), rs.getString("name"),
            Rows.uuid(rs, "vcenter_id"), rs.getString("vcenter_name"), rs.getString("moref"),
            rs.getString("vim_object_type"), Rows.uuid(rs, "parent_id"), rs.getString("parent_name"),
            Rows.instant(rs, "deletion_date"), rs.getString("message"), rs.getInt("purge_attempts"));
    private static final String SELECT = "SELECT i.*, s.name AS vcenter_name FROM stranded_item i "
            + "JOIN vim_server s ON s.id = i.vcenter_id ";

    /**
     * The VMs of {@code vmIds} (a subquery taking {@code arg}) that run in a pool of a disabled vCenter, with what
     * vCenter keeps of them.
     */
    private static final String ON_DISABLED_VCENTER = "SELECT m.id, m.name, m.os_type, m.cpus, m.memory_mb, "
            + "m.disks, a.id AS parent_id, a.name AS parent_name, s.id AS vcenter_id FROM vm m "
            + "JOIN vapp a ON a.id = m.parent_id "
            + "JOIN provider_vdc_resource_pool pp ON pp.id = " + InventoryStore.VM_POOL_SQL.formatted("m") + " "
            + "JOIN vcenter_resource_pool rp ON rp.id = pp.pool_id "
            + "JOIN vim_server s ON s.id = rp.vcenter_id AND NOT s.enabled WHERE m.id IN ";

    private final Handle h;

    public StrandedItemStore(Handle h) {
        this.h = h;
    }

    /**
     * Called before the VMs of {@code vmIds} are deleted: those a disabled vCenter holds stay in it, stranded. A
     * VM's managed object reference is six digits of its id, so another VM vCenter already lists may have it (about
     * one chance in a million): such a VM is not stranded, as vCenter cannot hold two objects of one reference.
     * The deletion date is the machine's time: stores have no clock of the simulation.
     */
    void strandVms(String vmIds, Object arg) {
        List<Stranding> stranded = h.createQuery(ON_DISABLED_VCENTER + vmIds).bind(0, arg).map((rs, ctx) ->
                new Stranding(Rows.uuid(rs, "id"), rs.getString("name"), rs.getString("os_type"), rs.getInt("cpus"),
                        rs.getLong("memory_mb"), diskMb(rs.getString("disks")), Rows.uuid(rs, "parent_id"),
                        rs.getString("parent_name"), Rows.uuid(rs, "vcenter_id"))).list();
        InventoryStore inventory = new InventoryStore(h);
        Instant now = Instant.now();
        for (Stranding s : stranded) {
            String moref = VimObjectStore.vmMoref(s.vmId());
            if (inventory.lockUnmanagedVm(s.vcenterId(), moref).isPresent()) {
                continue;
            }
            inventory.addUnmanagedVm(new InventoryStore.UnmanagedVm(UUID.randomUUID(), s.vcenterId(), moref, s.name(),
                    s.osType(), s.cpus(), s.memoryMb(), s.diskMb()));
            Rows.execute(h, "INSERT INTO stranded_item (id, name, vcenter_id, moref, vim_object_type, parent_id, "
                    + "parent_name, deletion_date, message, purge_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    UUID.randomUUID(), s.name(), s.vcenterId(), moref, VIRTUAL_MACHINE, s.parentId(), s.parentName(),
                    Rows.utc(now), "The vCenter server was disabled: the VM could not be deleted from it.");
        }
    }

    private record Stranding(UUID vmId, String name, String osType, int cpus, long memoryMb, long diskMb,
                             UUID parentId, String parentName, UUID vcenterId) {
    }

    private static long diskMb(String disks) {
        try {
            long total = 0;
            for (JsonNode disk : JSON.readTree(disks == null || disks.isEmpty() ? "[]" : disks)) {
                total += disk.path("capacityMb").asLong();
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Item> all() {
        return h.createQuery(SELECT + "ORDER BY i.deletion_date, i.id").map(ITEM).list();
    }

    public Optional<Item> item(UUID id) {
        return h.createQuery(SELECT + "WHERE i.id = :id").bind("id", id).map(ITEM).findOne();
    }

    /** The item, locked until the transaction ends: two force-deletes queue, and the second finds it gone. */
    public Optional<Item> lock(UUID id) {
        h.createQuery("SELECT id FROM stranded_item WHERE id = :id FOR UPDATE").bind("id", id).mapTo(UUID.class)
                .findOne();
        return item(id);
    }

    /** Removes the item and the VM vCenter kept of it. */
    public void purge(Item item) {
        Rows.execute(h, "DELETE FROM vcenter_vm WHERE vcenter_id = ? AND moref = ?", item.vcenterId(), item.moref());
        Rows.execute(h, "DELETE FROM stranded_item WHERE id = ?", item.id());
    }
}
