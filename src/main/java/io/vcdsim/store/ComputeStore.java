package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** vApp templates, vApps and VMs. */
public final class ComputeStore {
    private static final RowMapper<TemplateRow> TEMPLATE = (rs, ctx) -> new TemplateRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("description"),
            rs.getInt("status"), rs.getBoolean("descriptor_uploaded"), Rows.instant(rs, "created"),
            Rows.uuid(rs, "owner_id"));
    private static final RowMapper<VAppRow> VAPP = (rs, ctx) -> new VAppRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "vdc_id"), rs.getString("name"), rs.getString("description"),
            rs.getInt("status"), rs.getBoolean("deployed"), Rows.uuid(rs, "owner_id"), Rows.instant(rs, "created"));
    private static final RowMapper<VmRow> VM = (rs, ctx) -> new VmRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "parent_id"),
            Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("description"), rs.getInt("status"),
            rs.getBoolean("deployed"), rs.getString("os_type"), rs.getInt("cpus"), rs.getLong("memory_mb"),
            rs.getString("disks"), rs.getString("nics"), rs.getInt("position"), Rows.instant(rs, "created"));
    private final Handle h;

    ComputeStore(Handle h) {
        this.h = h;
    }

    public void insertTemplate(TemplateRow t) {
        Rows.execute(h, "INSERT INTO vapp_template (id, org_id, vdc_id, name, description, status, descriptor_uploaded, "
                + "created, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.orgId(), t.vdcId(), t.name(),
                t.description(), t.status(), t.descriptorUploaded(), t.created(), t.ownerId());
    }

    public Optional<TemplateRow> template(UUID id) {
        return h.createQuery("SELECT * FROM vapp_template WHERE id = :id").bind("id", id).map(TEMPLATE).findOne();
    }

    /** The storage lease set on a template, in seconds; empty: its org's. */
    public Optional<Integer> templateStorageLease(UUID id) {
        return h.createQuery("SELECT storage_lease_seconds FROM vapp_template WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).findOne();
    }

    public void setTemplateStorageLease(UUID id, int seconds) {
        Rows.execute(h, "UPDATE vapp_template SET storage_lease_seconds = ? WHERE id = ?", seconds, id);
    }

    public boolean templateGoldMaster(UUID id) {
        return h.createQuery("SELECT gold_master FROM vapp_template WHERE id = :id").bind("id", id)
                .mapTo(Boolean.class).findOne().orElse(false);
    }

    /** A template's name, description and gold-master flag. */
    public void updateTemplate(UUID id, String name, String description, boolean goldMaster) {
        Rows.execute(h, "UPDATE vapp_template SET name = ?, description = ?, gold_master = ? WHERE id = ?", name,
                description, goldMaster, id);
    }

    public Optional<TemplateRow> lockTemplate(UUID id) {
        return h.createQuery("SELECT * FROM vapp_template WHERE id = :id FOR UPDATE").bind("id", id).map(TEMPLATE)
                .findOne();
    }

    public List<TemplateRow> templatesIn(UUID vdcId) {
        return h.createQuery("SELECT * FROM vapp_template WHERE vdc_id = :v ORDER BY name, id").bind("v", vdcId)
                .map(TEMPLATE).list();
    }

    public void templateStatus(UUID id, int status, boolean descriptorUploaded) {
        Rows.execute(h, "UPDATE vapp_template SET status = ?, descriptor_uploaded = ? WHERE id = ?", status,
                descriptorUploaded, id);
    }

    public void deleteTemplate(UUID id) {
        Rows.execute(h, "DELETE FROM vm WHERE parent_id = ?", id);
        Rows.execute(h, "DELETE FROM vapp_template WHERE id = ?", id);
    }

    public void insertVApp(VAppRow v) {
        Rows.execute(h, "INSERT INTO vapp (id, org_id, vdc_id, name, description, status, deployed, owner_id, "
                + "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", v.id(), v.orgId(), v.vdcId(), v.name(), v.description(),
                v.status(), v.deployed(), v.ownerId(), v.created());
    }

    public Optional<VAppRow> vapp(UUID id) {
        return h.createQuery("SELECT * FROM vapp WHERE id = :id").bind("id", id).map(VAPP).findOne();
    }

    public List<VAppRow> vappsIn(UUID vdcId) {
        return h.createQuery("SELECT * FROM vapp WHERE vdc_id = :v ORDER BY name, id").bind("v", vdcId).map(VAPP)
                .list();
    }

    /** Writes what a vApp's tasks change; not its owner, which an owner change may have set meanwhile. */
    public void updateVApp(VAppRow v) {
        Rows.execute(h, "UPDATE vapp SET name = ?, description = ?, status = ?, deployed = ? WHERE id = ?", v.name(),
                v.description(), v.status(), v.deployed(), v.id());
    }

    /** The sections (JSON) of a vApp, or of a VM when {@code vm}; null when none were set or it is gone. */
    public String sections(UUID id, boolean vm) {
        return h.createQuery("SELECT sections FROM " + (vm ? "vm" : "vapp") + " WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().orElse(null);
    }

    public void putSections(UUID id, boolean vm, String json) {
        Rows.execute(h, "UPDATE " + (vm ? "vm" : "vapp") + " SET sections = ? WHERE id = ?", json, id);
    }

    /** Marks a vApp as a standalone VM's own, to go when its VM does. */
    public void markStandalone(UUID vappId) {
        Rows.execute(h, "UPDATE vapp SET standalone = TRUE WHERE id = ?", vappId);
    }

    /** A standalone VM's vApp becomes a vApp like any other, which stays when its VM goes. */
    public void keepAsVApp(UUID vappId) {
        Rows.execute(h, "UPDATE vapp SET standalone = FALSE WHERE id = ?", vappId);
    }

    public boolean standalone(UUID vappId) {
        return h.createQuery("SELECT standalone FROM vapp WHERE id = :id").bind("id", vappId).mapTo(Boolean.class)
                .findOne().orElse(false);
    }

    public void deleteVApp(UUID id) {
        new StrandedItemStore(h).strandVms("(SELECT id FROM vm WHERE parent_id = ?)", id);
        Rows.execute(h, "DELETE FROM snapshot WHERE vm_id IN (SELECT id FROM vm WHERE parent_id = ?)", id);
        Rows.execute(h, DRS_MEMBERS + "(SELECT id FROM vm WHERE parent_id = ?)", id);
        Rows.execute(h, "DELETE FROM vm WHERE parent_id = ?", id);
        Rows.execute(h, "DELETE FROM vapp WHERE id = ?", id);
    }

    /**
     * Stores a VM. One of a vApp goes on its VDC's default storage profile (vCD's placement when the request names
     * none; {@link PlacementStore} moves it), one of a template on none.
     */
    public void insertVm(VmRow v) {
        Rows.execute(h, "INSERT INTO vm (id, parent_id, org_id, name, description, status, deployed, os_type, cpus, "
                + "memory_mb, disks, nics, position, created, storage_profile_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, (SELECT s.id FROM vdc_storage_profile_all s JOIN vapp a ON a.vdc_id = s.vdc_id "
                + "WHERE a.id = ? AND s.is_default))", v.id(), v.parentId(), v.orgId(), v.name(), v.description(),
                v.status(), v.deployed(), v.osType(), v.cpus(), v.memoryMb(), v.disks(), v.nics(), v.position(),
                v.created(), v.parentId());
    }

    public Optional<VmRow> vm(UUID id) {
        return h.createQuery("SELECT * FROM vm WHERE id = :id").bind("id", id).map(VM).findOne();
    }

    /** A VM of a vApp (not of a template). */
    public Optional<VmRow> vappVm(UUID id) {
        return h.createQuery("SELECT m.* FROM vm m JOIN vapp a ON a.id = m.parent_id WHERE m.id = :id").bind("id", id)
                .map(VM).findOne();
    }

    /** A VM of a vApp template (not of a vApp). */
    public Optional<VmRow> templateVm(UUID id) {
        return h.createQuery("SELECT m.* FROM vm m JOIN vapp_template t ON t.id = m.parent_id WHERE m.id = :id")
                .bind("id", id).map(VM).findOne();
    }

    public List<VmRow> vms(UUID parentId) {
        return h.createQuery("SELECT * FROM vm WHERE parent_id = :p ORDER BY position, name").bind("p", parentId)
                .map(VM).list();
    }

    public void updateVm(VmRow v) {
        Rows.execute(h, "UPDATE vm SET name = ?, description = ?, status = ?, deployed = ?, cpus = ?, memory_mb = ?, "
                + "disks = ?, nics = ? WHERE id = ?", v.name(), v.description(), v.status(), v.deployed(), v.cpus(),
                v.memoryMb(), v.disks(), v.nics(), v.id());
    }

    /** The datastore (its managed object reference) a VM sits on; null: the vCenter's first. */
    public String datastore(UUID vmId) {
        return h.createQuery("SELECT datastore FROM vm WHERE id = :id").bind("id", vmId).mapTo(String.class).findOne()
                .orElse(null);
    }

    public void placeOn(UUID vmId, String datastore) {
        Rows.execute(h, "UPDATE vm SET datastore = ? WHERE id = ?", datastore, vmId);
    }

    /** The disks (their JSON) of every VM, vApp and template alike, with the datastore it sits on (null: the first). */
    public List<Map.Entry<String, String>> disksByDatastore() {
        return h.createQuery("SELECT datastore, disks FROM vm").map((rs, ctx) -> Map.entry(
                Objects.toString(rs.getString("datastore"), ""), Objects.toString(rs.getString("disks"), "")))
                .list();
    }

    /** VM groups' members are VMs or hosts (no foreign key), so a VM's membership goes with it by hand. */
    private static final String DRS_MEMBERS = "DELETE FROM vcenter_drs_group_member WHERE member_id IN ";

    public void deleteVm(UUID id) {
        new StrandedItemStore(h).strandVms("(?)", id);
        Rows.execute(h, DRS_MEMBERS + "(?)", id);
        Rows.execute(h, "DELETE FROM snapshot WHERE vm_id = ?", id);
        Rows.execute(h, "DELETE FROM vm WHERE id = ?", id);
    }

    /** A VM's current snapshot: when, whether it was powered on, and its size. */
    public record VmSnapshot(UUID vmId, UUID orgId, java.time.Instant created, boolean poweredOn, long sizeMb) {
    }

    public Optional<VmSnapshot> snapshot(UUID vmId) {
        return h.createQuery("SELECT * FROM snapshot WHERE vm_id = :v").bind("v", vmId).map((rs, ctx) ->
                new VmSnapshot(Rows.uuid(rs, "vm_id"), Rows.uuid(rs, "org_id"), Rows.instant(rs, "created"),
                        rs.getBoolean("powered_on"), rs.getLong("size_mb"))).findOne();
    }

    /** Takes the VM's one snapshot, replacing the one before. */
    public void putSnapshot(VmSnapshot s) {
        Rows.execute(h, "DELETE FROM snapshot WHERE vm_id = ?", s.vmId());
        Rows.execute(h, "INSERT INTO snapshot (vm_id, org_id, created, powered_on, size_mb) VALUES (?, ?, ?, ?, ?)",
                s.vmId(), s.orgId(), s.created(), s.poweredOn(), s.sizeMb());
    }

    public void deleteSnapshot(UUID vmId) {
        Rows.execute(h, "DELETE FROM snapshot WHERE vm_id = ?", vmId);
    }

    /** Everything of an org (a recursive org delete). */
    public void deleteAllOf(UUID orgId) {
        new StrandedItemStore(h).strandVms("(SELECT id FROM vm WHERE org_id = ?)", orgId);
        Rows.execute(h, "DELETE FROM snapshot WHERE org_id = ?", orgId);
        Rows.execute(h, DRS_MEMBERS + "(SELECT id FROM vm WHERE org_id = ?)", orgId);
        Rows.execute(h, "DELETE FROM vm WHERE org_id = ?", orgId);
        Rows.execute(h, "DELETE FROM vapp WHERE org_id = ?", orgId);
        Rows.execute(h, "DELETE FROM vapp_template WHERE org_id = ?", orgId);
    }
}
