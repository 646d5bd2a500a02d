package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Extension services and their API filters. */
public final class ServiceStore {
    private static final RowMapper<ServiceRow> SERVICE = (rs, ctx) -> new ServiceRow(Rows.uuid(rs, "id"),
            rs.getString("name"), rs.getString("description"), rs.getString("namespace"), rs.getBoolean("enabled"),
            rs.getBoolean("authorization_enabled"), rs.getString("routing_key"), rs.getInt("priority"),
            rs.getString("exchange"), rs.getString("vendor"), Rows.instant(rs, "created"));
    private static final RowMapper<ApiFilterRow> FILTER = (rs, ctx) -> new ApiFilterRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "service_id"), rs.getString("url_pattern"), rs.getString("response_content_type"),
            Rows.instant(rs, "created"));
    private final Handle h;

    ServiceStore(Handle h) {
        this.h = h;
    }

    public List<ServiceRow> all() {
        return h.createQuery("SELECT * FROM extension_service ORDER BY created, id").map(SERVICE).list();
    }

    public Optional<ServiceRow> find(UUID id) {
        return h.createQuery("SELECT * FROM extension_service WHERE id = :id").bind("id", id).map(SERVICE).findOne();
    }

    public boolean namespaceTaken(String namespace, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM extension_service WHERE namespace = :n AND id <> :id")
                .bind("n", namespace).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    public void insert(ServiceRow s) {
        Rows.execute(h, "INSERT INTO extension_service (id, name, description, namespace, enabled, "
                        + "authorization_enabled, routing_key, priority, exchange, vendor, created) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.name(), s.description(), s.namespace(),
                s.enabled(), s.authorizationEnabled(), s.routingKey(), s.priority(), s.exchange(), s.vendor(),
                s.created());
    }

    public void update(ServiceRow s) {
        Rows.execute(h, "UPDATE extension_service SET name = ?, description = ?, namespace = ?, enabled = ?, "
                        + "authorization_enabled = ?, routing_key = ?, priority = ?, exchange = ?, vendor = ? WHERE id = ?",
                s.name(), s.description(), s.namespace(), s.enabled(), s.authorizationEnabled(), s.routingKey(),
                s.priority(), s.exchange(), s.vendor(), s.id());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM extension_service WHERE id = ?", id);
    }

    public List<ApiFilterRow> filters() {
        return h.createQuery("SELECT * FROM api_filter ORDER BY created, id").map(FILTER).list();
    }

    public List<ApiFilterRow> filtersOf(UUID serviceId) {
        return h.createQuery("SELECT * FROM api_filter WHERE service_id = :s ORDER BY created, id")
                .bind("s", serviceId).map(FILTER).list();
    }

    public Optional<ApiFilterRow> filter(UUID id) {
        return h.createQuery("SELECT * FROM api_filter WHERE id = :id").bind("id", id).map(FILTER).findOne();
    }

    public void insertFilter(ApiFilterRow f) {
        Rows.execute(h, "INSERT INTO api_filter (id, service_id, url_pattern, response_content_type, created) "
                + "VALUES (?, ?, ?, ?, ?)", f.id(), f.serviceId(), f.urlPattern(), f.responseContentType(), f.created());
    }

    public void deleteFilter(UUID id) {
        Rows.execute(h, "DELETE FROM api_filter WHERE id = ?", id);
    }
}
