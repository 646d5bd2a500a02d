package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class OrgStore {
    private static final RowMapper<OrgRow> MAPPER = (rs, ctx) -> new OrgRow(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("full_name"), rs.getString("description"), rs.getBoolean("enabled"),
            rs.getBoolean("is_system"), Rows.instant(rs, "created"));
    private final Handle h;

    OrgStore(Handle h) {
        this.h = h;
    }

    public void insert(OrgRow o) {
        h.createUpdate("INSERT INTO org (id, name, name_key, full_name, description, enabled, is_system, created) "
                        + "VALUES (:id, :name, :key, :fullName, :description, :enabled, :system, :created)")
                .bind("id", o.id()).bind("name", o.name()).bind("key", Rows.key(o.name()))
                .bind("fullName", o.fullName()).bind("description", o.description()).bind("enabled", o.enabled())
                .bind("system", o.system()).bind("created", Rows.utc(o.created())).execute();
    }

    public void update(OrgRow o) {
        h.createUpdate("UPDATE org SET name = :name, name_key = :key, full_name = :fullName, "
                        + "description = :description, enabled = :enabled WHERE id = :id")
                .bind("id", o.id()).bind("name", o.name()).bind("key", Rows.key(o.name()))
                .bind("fullName", o.fullName()).bind("description", o.description()).bind("enabled", o.enabled())
                .execute();
    }

    public Optional<OrgRow> find(UUID id) {
        return h.createQuery("SELECT * FROM org WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The org, locked until the transaction ends: changes to its settings queue. */
    public Optional<OrgRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM org WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<OrgRow> findByName(String name) {
        return h.createQuery("SELECT * FROM org WHERE name_key = :key").bind("key", Rows.key(name))
                .map(MAPPER).findOne();
    }

    public Optional<OrgRow> system() {
        return h.createQuery("SELECT * FROM org WHERE is_system").map(MAPPER).findFirst();
    }

    public List<OrgRow> all() {
        return h.createQuery("SELECT * FROM org ORDER BY name_key").map(MAPPER).list();
    }

    /** Deletes the org with its users (and so their sessions) and roles, in the order the foreign keys allow. */
    public void delete(UUID id) {
        h.createUpdate("DELETE FROM app_user WHERE org_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM role WHERE org_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM org WHERE id = :id").bind("id", id).execute();
        Rows.execute(h, "DELETE FROM installation WHERE name = ?", SettingStore.orgPublicKey(id));
    }

    private static final RowMapper<OrgSettingsRow> SETTINGS = (rs, ctx) -> new OrgSettingsRow(Rows.uuid(rs, "org_id"),
            rs.getBoolean("can_publish_catalogs"), rs.getBoolean("can_publish_externally"),
            rs.getBoolean("can_subscribe"), rs.getInt("deployed_vm_quota"), rs.getInt("stored_vm_quota"),
            rs.getBoolean("use_server_boot_sequence"), rs.getInt("delay_after_power_on_seconds"),
            rs.getBoolean("vapp_delete_on_storage_expiry"), rs.getInt("vapp_deployment_lease_seconds"),
            rs.getInt("vapp_storage_lease_seconds"), rs.getBoolean("vapp_power_off_on_runtime_expiry"),
            rs.getBoolean("template_delete_on_storage_expiry"), rs.getInt("template_storage_lease_seconds"));

    /** The org's settings; vCD's defaults when none were set. */
    public OrgSettingsRow settings(UUID orgId) {
        return h.createQuery("SELECT * FROM org_settings WHERE org_id = :org").bind("org", orgId).map(SETTINGS)
                .findOne().orElseGet(() -> OrgSettingsRow.defaults(orgId));
    }

    public void putSettings(OrgSettingsRow s) {
        h.createUpdate("DELETE FROM org_settings WHERE org_id = :org").bind("org", s.orgId()).execute();
        Rows.execute(h, "INSERT INTO org_settings (org_id, can_publish_catalogs, can_publish_externally, can_subscribe, "
                        + "deployed_vm_quota, stored_vm_quota, use_server_boot_sequence, delay_after_power_on_seconds, "
                        + "vapp_delete_on_storage_expiry, vapp_deployment_lease_seconds, vapp_storage_lease_seconds, "
                        + "vapp_power_off_on_runtime_expiry, template_delete_on_storage_expiry, "
                        + "template_storage_lease_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.orgId(), s.canPublishCatalogs(), s.canPublishExternally(), s.canSubscribe(), s.deployedVmQuota(),
                s.storedVmQuota(), s.useServerBootSequence(), s.delayAfterPowerOnSeconds(),
                s.vAppDeleteOnStorageExpiry(), s.vAppDeploymentLeaseSeconds(), s.vAppStorageLeaseSeconds(),
                s.vAppPowerOffOnRuntimeExpiry(), s.templateDeleteOnStorageExpiry(), s.templateStorageLeaseSeconds());
    }
}
