package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** VDC templates and the orgs each is published to; {@code tx.store(VdcTemplateStore::new)}. */
public final class VdcTemplateStore {
    /** A template: its names for administrators and for tenants, and its specification as JSON. */
    public record Row(UUID id, String name, String description, String tenantName, String tenantDescription,
                      String networkBackingType, String spec, Instant created) {
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), rs.getString("name"),
            rs.getString("description"), rs.getString("tenant_name"), rs.getString("tenant_description"),
            rs.getString("network_backing_type"), rs.getString("spec"), Rows.instant(rs, "created"));
    private final Handle h;

    public VdcTemplateStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM vdc_template WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The template, locked until the transaction ends: a change, a deletion and an instantiation queue. */
    public Optional<Row> lock(UUID id) {
        return h.createQuery("SELECT * FROM vdc_template WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    public List<Row> all() {
        return h.createQuery("SELECT * FROM vdc_template ORDER BY name_key, id").map(MAPPER).list();
    }

    /** Whether another template (than {@code except}) has this name, ignoring case. */
    public boolean nameTaken(String name, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM vdc_template WHERE name_key = :k AND id <> :id")
                .bind("k", Rows.key(name)).bind("id", except).mapTo(Integer.class).one() > 0;
    }

    /** Writes the template, replacing what was stored under its id. */
    public void save(Row r) {
        Object[] values = {r.name(), Rows.key(r.name()), r.description(), r.tenantName(), r.tenantDescription(),
            r.networkBackingType(), r.spec(), r.id()};
        if (Rows.execute(h, "UPDATE vdc_template SET name = ?, name_key = ?, description = ?, tenant_name = ?, "
                + "tenant_description = ?, network_backing_type = ?, spec = ? WHERE id = ?", values) == 0) {
            Object[] withCreated = java.util.Arrays.copyOf(values, values.length + 1);
            withCreated[values.length] = r.created();
            Rows.execute(h, "INSERT INTO vdc_template (name, name_key, description, tenant_name, tenant_description, "
                    + "network_backing_type, spec, id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", withCreated);
        }
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM vdc_template WHERE id = ?", id);
    }

    /** The orgs the template is published to, by name. */
    public List<UUID> orgs(UUID templateId) {
        return h.createQuery("SELECT a.org_id FROM vdc_template_access a JOIN org o ON o.id = a.org_id "
                + "WHERE a.template_id = :t ORDER BY o.name").bind("t", templateId).mapTo(UUID.class).list();
    }

    public boolean publishedTo(UUID templateId, UUID orgId) {
        return h.createQuery("SELECT COUNT(*) FROM vdc_template_access WHERE template_id = :t AND org_id = :o")
                .bind("t", templateId).bind("o", orgId).mapTo(Integer.class).one() > 0;
    }

    /** The templates an org's users see, by their tenant name. */
    public List<Row> visibleTo(UUID orgId) {
        return h.createQuery("SELECT t.* FROM vdc_template t JOIN vdc_template_access a ON a.template_id = t.id "
                + "WHERE a.org_id = :o ORDER BY t.tenant_name, t.id").bind("o", orgId).map(MAPPER).list();
    }

    /** Publishes the template to exactly these orgs. */
    public void setOrgs(UUID templateId, List<UUID> orgIds) {
        Rows.execute(h, "DELETE FROM vdc_template_access WHERE template_id = ?", templateId);
        for (UUID org : orgIds) {
            Rows.execute(h, "INSERT INTO vdc_template_access (template_id, org_id) VALUES (?, ?)", templateId, org);
        }
    }
}
