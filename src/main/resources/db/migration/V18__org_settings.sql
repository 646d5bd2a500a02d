-- An org's general and lease settings, as AdminOrg/Settings sends and shows them. An org without a
-- row has vCD's defaults.
CREATE TABLE org_settings (
    org_id                            UUID PRIMARY KEY REFERENCES org (id) ON DELETE CASCADE,
    can_publish_catalogs              BOOLEAN NOT NULL,
    can_publish_externally            BOOLEAN NOT NULL,
    can_subscribe                     BOOLEAN NOT NULL,
    deployed_vm_quota                 INTEGER NOT NULL,
    stored_vm_quota                   INTEGER NOT NULL,
    use_server_boot_sequence          BOOLEAN NOT NULL,
    delay_after_power_on_seconds      INTEGER NOT NULL,
    vapp_delete_on_storage_expiry     BOOLEAN NOT NULL,
    vapp_deployment_lease_seconds     INTEGER NOT NULL,
    vapp_storage_lease_seconds        INTEGER NOT NULL,
    vapp_power_off_on_runtime_expiry  BOOLEAN NOT NULL,
    template_delete_on_storage_expiry BOOLEAN NOT NULL,
    template_storage_lease_seconds    INTEGER NOT NULL
);
