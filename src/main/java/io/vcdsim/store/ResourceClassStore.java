package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Extension services' resource classes, their actions and service resources; {@code tx.store(ResourceClassStore::new)}. */
public final class ResourceClassStore {
    public record ClassRow(UUID id, UUID serviceId, String name, String description, String mimeType,
                           String urlTemplate, String nid, String urnPattern, Instant created) {
    }

    /** A class whose UrnPattern matched a URN, and the id its {@code id} group found there (or null). */
    public record UrnMatch(ClassRow resourceClass, String resourceId) {
    }

    public record ActionRow(UUID id, UUID resourceClassId, String name, String description, String httpMethod,
                            String urlPattern, Instant created) {
    }

    public record ResourceRow(UUID id, UUID resourceClassId, String name, String description, UUID orgId,
                              String externalObjectId, Instant created) {
    }

    private static final RowMapper<ClassRow> CLASS = (rs, ctx) -> new ClassRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "service_id"), rs.getString("name"), rs.getString("description"), rs.getString("mime_type"),
            rs.getString("url_template"), rs.getString("nid"), rs.getString("urn_pattern"), Rows.instant(rs, "created"));
    private static final RowMapper<ActionRow> ACTION = (rs, ctx) -> new ActionRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "resource_class_id"), rs.getString("name"), rs.getString("description"),
            rs.getString("http_method"), rs.getString("url_pattern"), Rows.instant(rs, "created"));
    private static final RowMapper<ResourceRow> RESOURCE = (rs, ctx) -> new ResourceRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "resource_class_id"), rs.getString("name"), rs.getString("description"),
            Rows.uuid(rs, "org_id"), rs.getString("external_object_id"), Rows.instant(rs, "created"));
    private final Handle h;

    public ResourceClassStore(Handle h) {
        this.h = h;
    }

    public Optional<ClassRow> find(UUID id) {
        return h.createQuery("SELECT * FROM resource_class WHERE id = :id").bind("id", id).map(CLASS).findOne();
    }

    /** The classes whose URNs have this namespace identifier ({@code urn:<nid>:...}). */
    public List<ClassRow> withNid(String nid) {
        return h.createQuery("SELECT * FROM resource_class WHERE nid = :n ORDER BY created, id").bind("n", nid)
                .map(CLASS).list();
    }

    public boolean classNameTaken(UUID serviceId, String name) {
        return h.createQuery("SELECT COUNT(*) FROM resource_class WHERE service_id = :s AND name = :n")
                .bind("s", serviceId).bind("n", name).mapTo(Integer.class).one() > 0;
    }

    public void insert(ClassRow c) {
        Rows.execute(h, "INSERT INTO resource_class (id, service_id, name, description, mime_type, url_template, nid, "
                        + "urn_pattern, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.serviceId(), c.name(),
                c.description(), c.mimeType(), c.urlTemplate(), c.nid(), c.urnPattern(), c.created());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM resource_class WHERE id = ?", id);
    }

    public Optional<ActionRow> action(UUID id) {
        return h.createQuery("SELECT * FROM resource_class_action WHERE id = :id").bind("id", id).map(ACTION)
                .findOne();
    }

    /** The actions of every resource class of a service, which its authorization checks a request against. */
    public List<ActionRow> actionsOfService(UUID serviceId) {
        return h.createQuery("SELECT a.* FROM resource_class_action a JOIN resource_class c "
                        + "ON c.id = a.resource_class_id WHERE c.service_id = :s ORDER BY a.created, a.id")
                .bind("s", serviceId).map(ACTION).list();
    }

    public boolean actionNameTaken(UUID classId, String name) {
        return h.createQuery("SELECT COUNT(*) FROM resource_class_action WHERE resource_class_id = :c AND name = :n")
                .bind("c", classId).bind("n", name).mapTo(Integer.class).one() > 0;
    }

    public void insertAction(ActionRow a) {
        Rows.execute(h, "INSERT INTO resource_class_action (id, resource_class_id, name, description, http_method, "
                        + "url_pattern, created) VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), a.resourceClassId(), a.name(),
                a.description(), a.httpMethod(), a.urlPattern(), a.created());
    }

    public void deleteAction(UUID id) {
        Rows.execute(h, "DELETE FROM resource_class_action WHERE id = ?", id);
    }

    public Optional<ResourceRow> resource(UUID id) {
        return h.createQuery("SELECT * FROM service_resource WHERE id = :id").bind("id", id).map(RESOURCE).findOne();
    }

    /** The resource of a class that the service knows by this id. */
    public Optional<ResourceRow> resourceByExternalId(UUID classId, String externalObjectId) {
        return h.createQuery("SELECT * FROM service_resource WHERE resource_class_id = :c AND external_object_id = :e")
                .bind("c", classId).bind("e", externalObjectId).map(RESOURCE).findOne();
    }

    public void insertResource(ResourceRow r) {
        Rows.execute(h, "INSERT INTO service_resource (id, resource_class_id, name, description, org_id, "
                        + "external_object_id, created) VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.resourceClassId(),
                r.name(), r.description(), r.orgId(), r.externalObjectId(), r.created());
    }

    public void deleteResource(UUID id) {
        Rows.execute(h, "DELETE FROM service_resource WHERE id = ?", id);
    }
}
