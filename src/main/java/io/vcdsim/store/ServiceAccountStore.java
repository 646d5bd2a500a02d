package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Service accounts; each goes with its org and with the user it acts as (both cascade). */
public final class ServiceAccountStore {
    private static final RowMapper<ServiceAccountRow> MAPPER = (rs, ctx) -> new ServiceAccountRow(
            Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"), Rows.uuid(rs, "user_id"), rs.getString("name"),
            rs.getString("software_id"), rs.getString("software_version"), rs.getString("uri"),
            rs.getString("status"), rs.getString("user_code"), rs.getString("device_code"),
            Rows.instant(rs, "created"));
    private final Handle h;

    ServiceAccountStore(Handle h) {
        this.h = h;
    }

    public void insert(ServiceAccountRow a) {
        Rows.execute(h, "INSERT INTO service_account (id, org_id, user_id, name, name_key, software_id, "
                        + "software_version, uri, status, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.orgId(), a.userId(), a.name(), Rows.key(a.name()), a.softwareId(), a.softwareVersion(),
                a.uri(), a.status(), a.created());
    }

    /** Writes the fields that change after creation: the software, the status and the device flow's codes. */
    public void update(ServiceAccountRow a) {
        Rows.execute(h, "UPDATE service_account SET software_id = ?, software_version = ?, uri = ?, status = ?, "
                        + "user_code = ?, device_code = ? WHERE id = ?", a.softwareId(), a.softwareVersion(),
                a.uri(), a.status(), a.userCode(), a.deviceCode(), a.id());
    }

    public Optional<ServiceAccountRow> find(UUID id) {
        return h.createQuery("SELECT * FROM service_account WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The account, locked until the transaction ends: each step of the device flow happens once. */
    public Optional<ServiceAccountRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM service_account WHERE id = :id FOR UPDATE").bind("id", id)
                .map(MAPPER).findOne();
    }

    public Optional<ServiceAccountRow> findByName(UUID orgId, String name) {
        return h.createQuery("SELECT * FROM service_account WHERE org_id = :org AND name_key = :key")
                .bind("org", orgId).bind("key", Rows.key(name)).map(MAPPER).findOne();
    }

    public Optional<ServiceAccountRow> findByUser(UUID userId) {
        return h.createQuery("SELECT * FROM service_account WHERE user_id = :user").bind("user", userId)
                .map(MAPPER).findOne();
    }

    public Optional<ServiceAccountRow> findByUserCode(String userCode) {
        return h.createQuery("SELECT * FROM service_account WHERE user_code = :code FOR UPDATE")
                .bind("code", userCode).map(MAPPER).findOne();
    }

    public List<ServiceAccountRow> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM service_account WHERE id IN (<ids>)", ids, MAPPER,
                ServiceAccountRow::id);
    }
}
