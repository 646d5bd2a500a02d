package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The links extension services add to entities' representations; {@code tx.store(ServiceLinkStore::new)}. */
public final class ServiceLinkStore {
    public record Row(UUID id, UUID serviceId, String linkHref, String mimeType, String rel, String resourceType,
                      String resourceId, String externalResourceId, Instant created) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "service_id"),
            rs.getString("link_href"), rs.getString("mime_type"), rs.getString("rel"), rs.getString("resource_type"),
            rs.getString("resource_id"), rs.getString("external_resource_id"), Rows.instant(rs, "created"));
    private final Handle h;

    public ServiceLinkStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM service_link WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The links of enabled services: a disabled service's links are not shown, as its URLs are not served. */
    public List<Row> ofEnabledServices() {
        return h.createQuery("SELECT l.* FROM service_link l JOIN extension_service s ON s.id = l.service_id "
                + "WHERE s.enabled ORDER BY l.created, l.id").map(MAPPER).list();
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO service_link (id, service_id, link_href, mime_type, rel, resource_type, "
                        + "resource_id, external_resource_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                r.serviceId(), r.linkHref(), r.mimeType(), r.rel(), r.resourceType(), r.resourceId(),
                r.externalResourceId(), r.created());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM service_link WHERE id = ?", id);
    }
}
