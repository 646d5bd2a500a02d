package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Object extensions, their selector extensions and phases, and the hosts placement extensions chose for VMs;
 * {@code tx.store(ObjectExtensionStore::new)}.
 */
public final class ObjectExtensionStore {
    /** An object extension as stored; {@code selectors}: the selector types it may be selected on (empty: any). */
    public record Extension(UUID id, String namespace, String vendor, boolean enabled, String exchange,
                            String contentType, List<String> selectors) {
    }

    /** One phase a selector extension invokes its object extension at. */
    public record Phase(String name, String type, boolean optional) {
    }

    /** A selector extension: the object extension at these phases for one selector, or any (selectorId null). */
    public record Selector(UUID id, UUID objectExtensionId, String selectorType, UUID selectorId, boolean enabled,
                           int priority, List<Phase> phases) {
    }

    /** What one phase of a workflow invokes: an enabled extension, by an enabled selector extension. */
    public record Invocation(Extension extension, Phase phase, int priority) {
    }

    private static final RowMapper<Extension> EXTENSION = (rs, ctx) -> new Extension(Rows.uuid(rs, "id"),
            rs.getString("namespace"), rs.getString("vendor"), rs.getBoolean("enabled"), rs.getString("exchange"),
            rs.getString("content_type"), split(rs.getString("selectors")));
    private final Handle h;

    public ObjectExtensionStore(Handle h) {
        this.h = h;
    }

    private static List<String> split(String selectors) {
        return selectors.isBlank() ? List.of() : List.of(selectors.trim().split(" "));
    }

    public List<Extension> extensions() {
        return h.createQuery("SELECT * FROM object_extension ORDER BY namespace, id").map(EXTENSION).list();
    }

    public Optional<Extension> extension(UUID id) {
        return h.createQuery("SELECT * FROM object_extension WHERE id = :id").bind("id", id).map(EXTENSION).findOne();
    }

    public Optional<Extension> lockExtension(UUID id) {
        return h.createQuery("SELECT * FROM object_extension WHERE id = :id FOR UPDATE").bind("id", id)
                .map(EXTENSION).findOne();
    }

    public boolean namespaceTaken(String namespace, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM object_extension WHERE LOWER(namespace) = LOWER(:n) AND id <> :id")
                .bind("n", namespace).bind("id", except).mapTo(Long.class).one() > 0;
    }

    /** Writes the extension, replacing what was stored under its id. */
    public void save(Extension e) {
        String selectors = String.join(" ", e.selectors());
        if (Rows.execute(h, "UPDATE object_extension SET namespace = ?, vendor = ?, enabled = ?, exchange = ?, "
                + "content_type = ?, selectors = ? WHERE id = ?", e.namespace(), e.vendor(), e.enabled(), e.exchange(),
                e.contentType(), selectors, e.id()) == 0) {
            Rows.execute(h, "INSERT INTO object_extension (id, namespace, vendor, enabled, exchange, content_type, "
                    + "selectors) VALUES (?, ?, ?, ?, ?, ?, ?)", e.id(), e.namespace(), e.vendor(), e.enabled(),
                    e.exchange(), e.contentType(), selectors);
        }
    }

    /** Deletes the extension and its selector extensions. */
    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM object_extension WHERE id = ?", id);
    }

    public Optional<Selector> selector(UUID id) {
        return h.createQuery("SELECT * FROM selector_extension WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> selectorRow(rs)).findOne().map(this::withPhases);
    }

    /** The selector extensions at one selector (selectorId null: those for any selector of the type). */
    public List<Selector> selectorsAt(String selectorType, UUID selectorId) {
        var query = h.createQuery("SELECT * FROM selector_extension WHERE selector_type = :t AND "
                + (selectorId == null ? "selector_id IS NULL" : "selector_id = :s") + " ORDER BY priority, id")
                .bind("t", selectorType);
        return (selectorId == null ? query : query.bind("s", selectorId)).map((rs, ctx) -> selectorRow(rs)).list()
                .stream().map(this::withPhases).toList();
    }

    public List<Selector> selectorsOf(UUID objectExtensionId) {
        return h.createQuery("SELECT * FROM selector_extension WHERE object_extension_id = :o ORDER BY priority, id")
                .bind("o", objectExtensionId).map((rs, ctx) -> selectorRow(rs)).list().stream()
                .map(this::withPhases).toList();
    }

    private static Selector selectorRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Selector(Rows.uuid(rs, "id"), Rows.uuid(rs, "object_extension_id"), rs.getString("selector_type"),
                Rows.uuid(rs, "selector_id"), rs.getBoolean("enabled"), rs.getInt("priority"), List.of());
    }

    private Selector withPhases(Selector s) {
        List<Phase> phases = h.createQuery("SELECT * FROM selector_extension_phase WHERE selector_extension_id = :id "
                + "ORDER BY position").bind("id", s.id()).map((rs, ctx) -> new Phase(rs.getString("name"),
                rs.getString("type"), rs.getBoolean("optional"))).list();
        return new Selector(s.id(), s.objectExtensionId(), s.selectorType(), s.selectorId(), s.enabled(),
                s.priority(), phases);
    }

    /** Writes the selector extension and its phases, replacing what was stored under its id. */
    public void save(Selector s) {
        Rows.execute(h, "DELETE FROM selector_extension_phase WHERE selector_extension_id = ?", s.id());
        if (Rows.execute(h, "UPDATE selector_extension SET enabled = ?, priority = ? WHERE id = ?", s.enabled(),
                s.priority(), s.id()) == 0) {
            Rows.execute(h, "INSERT INTO selector_extension (id, object_extension_id, selector_type, selector_id, "
                    + "enabled, priority) VALUES (?, ?, ?, ?, ?, ?)", s.id(), s.objectExtensionId(), s.selectorType(),
                    s.selectorId(), s.enabled(), s.priority());
        }
        for (int i = 0; i < s.phases().size(); i++) {
            Phase p = s.phases().get(i);
            Rows.execute(h, "INSERT INTO selector_extension_phase (selector_extension_id, position, name, type, "
                    + "optional) VALUES (?, ?, ?, ?, ?)", s.id(), i, p.name(), p.type(), p.optional());
        }
    }

    public void deleteSelector(UUID id) {
        Rows.execute(h, "DELETE FROM selector_extension WHERE id = ?", id);
    }

    /** Whether any selector extension names the phase: most clouds have none, and then a workflow asks nothing more. */
    public boolean anyAt(String phase) {
        return h.createQuery("SELECT COUNT(*) FROM selector_extension_phase WHERE name = :p").bind("p", phase)
                .mapTo(Long.class).one() > 0;
    }

    /**
     * What a phase invokes in a workflow whose context is these selectors (type → id): each enabled extension
     * once, by an enabled selector extension for that selector or for any of its type, lowest priority number first.
     */
    public List<Invocation> invocations(String phase, java.util.Map<String, UUID> context) {
        java.util.Map<UUID, Invocation> byExtension = new java.util.LinkedHashMap<>();
        for (var entry : context.entrySet()) {
            for (UUID at : java.util.Arrays.asList(entry.getValue(), null)) {
                for (Selector s : selectorsAt(entry.getKey(), at)) {
                    Extension e = s.enabled() ? extension(s.objectExtensionId()).orElse(null) : null;
                    if (e == null || !e.enabled()) {
                        continue;
                    }
                    s.phases().stream().filter(p -> p.name().equals(phase)).findFirst()
                            .ifPresent(p -> byExtension.putIfAbsent(e.id(), new Invocation(e, p, s.priority())));
                }
            }
        }
        return byExtension.values().stream()
                .sorted(java.util.Comparator.comparingInt(Invocation::priority)).toList();
    }

    /** The host a placement extension chose for the VM, if one did. */
    public Optional<UUID> placedHost(UUID vmId) {
        return h.createQuery("SELECT host_id FROM vm_host_placement WHERE vm_id = :id").bind("id", vmId)
                .mapTo(UUID.class).findOne();
    }

    public void placeOnHost(UUID vmId, UUID hostId) {
        Rows.execute(h, "DELETE FROM vm_host_placement WHERE vm_id = ?", vmId);
        Rows.execute(h, "INSERT INTO vm_host_placement (vm_id, host_id) VALUES (?, ?)", vmId, hostId);
    }
}
