package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Independent disks and their attachments to VMs. */
public final class DiskStore {
    private static final RowMapper<DiskRow> MAPPER = (rs, ctx) -> new DiskRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("description"),
            rs.getLong("size_mb"), rs.getString("bus_type"), rs.getString("bus_sub_type"), rs.getInt("iops"),
            rs.getBoolean("shareable"), rs.getInt("status"), Rows.uuid(rs, "owner_id"), Rows.instant(rs, "created"));
    private final Handle h;

    DiskStore(Handle h) {
        this.h = h;
    }

    /** Stores a disk, on its VDC's default storage profile ({@link PlacementStore} moves it). */
    public void insert(DiskRow d) {
        Rows.execute(h, "INSERT INTO disk (id, org_id, vdc_id, name, description, size_mb, bus_type, bus_sub_type, "
                        + "iops, shareable, status, owner_id, created, storage_profile_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, " + DEFAULT_PROFILE + ")", d.id(), d.orgId(), d.vdcId(), d.name(),
                d.description(), d.sizeMb(), d.busType(), d.busSubType(), d.iops(), d.shareable(), d.status(),
                d.ownerId(), d.created(), d.vdcId());
    }

    /** The default storage profile of the VDC bound last. */
    private static final String DEFAULT_PROFILE = "(SELECT s.id FROM vdc_storage_profile_all s WHERE s.vdc_id = ? "
            + "AND s.is_default)";

    public void update(DiskRow d) {
        Rows.execute(h, "UPDATE disk SET name = ?, description = ?, size_mb = ?, status = ? WHERE id = ?", d.name(),
                d.description(), d.sizeMb(), d.status(), d.id());
    }

    /** The disk in another VDC of its org, with the IOPS it gets there, on that VDC's default storage profile. */
    public void move(UUID id, UUID vdcId, int iops) {
        Rows.execute(h, "UPDATE disk SET vdc_id = ?, iops = ?, storage_profile_id = " + DEFAULT_PROFILE
                + " WHERE id = ?", vdcId, iops, vdcId, id);
    }

    public Optional<DiskRow> find(UUID id) {
        return h.createQuery("SELECT * FROM disk WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The disk, locked until the transaction ends: attaching, changing and deleting it queue. */
    public Optional<DiskRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM disk WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER).findOne();
    }

    public List<DiskRow> inVdc(UUID vdcId) {
        return h.createQuery("SELECT * FROM disk WHERE vdc_id = :vdc ORDER BY name, id").bind("vdc", vdcId)
                .map(MAPPER).list();
    }

    public void delete(UUID id) {
        h.createUpdate("DELETE FROM disk WHERE id = :id").bind("id", id).execute();
    }

    /** The VMs the disk is attached to. */
    public List<UUID> attachedTo(UUID diskId) {
        return h.createQuery("SELECT vm_id FROM disk_attachment WHERE disk_id = :id").bind("id", diskId)
                .mapTo(UUID.class).list();
    }

    /** The disks attached to a VM. */
    public List<UUID> attachedOn(UUID vmId) {
        return h.createQuery("SELECT disk_id FROM disk_attachment WHERE vm_id = :id").bind("id", vmId)
                .mapTo(UUID.class).list();
    }

    public void attach(UUID diskId, UUID vmId) {
        Rows.execute(h, "INSERT INTO disk_attachment (disk_id, vm_id) VALUES (?, ?)", diskId, vmId);
    }

    public boolean detach(UUID diskId, UUID vmId) {
        return Rows.execute(h, "DELETE FROM disk_attachment WHERE disk_id = ? AND vm_id = ?", diskId, vmId) == 1;
    }
}
