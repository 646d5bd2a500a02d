package io.vcdsim.metadata;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.Database;
import io.vcdsim.store.MetadataRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Metadata on any object (org, VDC, catalog, …): typed values under keys in the GENERAL or SYSTEM
 * domain. Reads are immediate; every change is a task (metadataUpdate, metadataDelete) whose work
 * applies it, so blocking, notifications and busy checks cover metadata as they cover the rest.
 */
public final class MetadataService {
    public static final String UPDATE = "metadataUpdate";
    public static final String DELETE = "metadataDelete";
    private static final Set<String> TYPES = Set.of("MetadataStringValue", "MetadataNumberValue",
            "MetadataBooleanValue", "MetadataDateTimeValue");

    /** The object metadata hangs on (a task owner) and its org. */
    public record Target(ObjectRef owner, UUID orgId) {
    }

    public record Entry(String domain, String key, String visibility, String type, String value) {
    }

    /** What a task carries to its work: the org the entries belong to, and the entries. */
    record Change(UUID org, List<Entry> entries) {
    }

    private final Database db;
    private final TaskEngine engine;

    public MetadataService(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(UPDATE, Change.class, (tx, task, c) -> {
            c.entries().forEach(e -> tx.metadata().put(new MetadataRow(task.ownerId(), c.org(), e.domain(), e.key(),
                    e.visibility(), e.type(), e.value())));
        });
        engine.register(DELETE, Change.class, (tx, task, c) -> c.entries()
                .forEach(e -> tx.metadata().delete(task.ownerId(), e.domain(), e.key())));
    }

    public List<MetadataRow> visible(UUID entityId, boolean systemAdmin) {
        return db.read(tx -> tx.metadata().of(entityId)).stream().filter(m -> visible(m, systemAdmin)).toList();
    }

    /** A system administrator sees everything; others see all but the SYSTEM domain's PRIVATE entries. */
    public static boolean visible(MetadataRow m, boolean systemAdmin) {
        return systemAdmin || !"PRIVATE".equals(m.visibility());
    }

    public MetadataRow find(UUID entityId, String domain, String key, boolean systemAdmin) {
        String d = domain(domain);
        return db.read(tx -> tx.metadata().find(entityId, d, key)).filter(m -> visible(m, systemAdmin))
                .orElseThrow(() -> ApiException.forbidden("No metadata entry " + d + "/" + key + " is accessible."));
    }

    /** Adds the entries or changes their values (POST .../metadata, PUT .../metadata/{domain}/{key}). */
    public TaskRow merge(Target t, List<Entry> entries, TaskEngine.Caller by, boolean systemAdmin) {
        if (entries.isEmpty()) {
            throw ApiException.badRequest("The Metadata document has no MetadataEntry.");
        }
        List<Entry> checked = entries.stream().map(e -> check(e, systemAdmin)).toList();
        return start(t, UPDATE, "Updating metadata of " + t.owner().name(), checked, by);
    }

    public TaskRow delete(Target t, String domain, String key, TaskEngine.Caller by,
                                          boolean systemAdmin) {
        MetadataRow m = find(t.owner().id(), domain, key, systemAdmin);
        requireWritable(m.domain(), systemAdmin);
        return start(t, DELETE, "Deleting metadata of " + t.owner().name(),
                List.of(new Entry(m.domain(), m.key(), m.visibility(), m.valueType(), m.value())), by);
    }

    private TaskRow start(Target t, String operationName, String operation, List<Entry> entries,
                                         TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(operationName, operation, by, t.owner(), false,
                new Change(t.orgId(), entries))));
    }

    /** Defaults (GENERAL, READWRITE, string) filled in; every rule checked before a task exists. */
    static Entry check(Entry e, boolean systemAdmin) {
        if (e.key() == null || e.key().isBlank() || e.key().length() > 255) {
            throw ApiException.badRequest("A metadata entry needs a Key of 1 to 255 characters.");
        }
        String domain = domain(e.domain());
        String visibility = e.visibility() == null ? (domain.equals("GENERAL") ? "READWRITE" : "READONLY")
                : e.visibility().toUpperCase(java.util.Locale.ROOT);
        requireWritable(domain, systemAdmin);
        if (domain.equals("GENERAL") && !visibility.equals("READWRITE")) {
            throw ApiException.badRequest("Entries in the GENERAL domain are READWRITE; READONLY and PRIVATE "
                    + "belong to the SYSTEM domain.");
        }
        if (domain.equals("SYSTEM") && !Set.of("READONLY", "PRIVATE").contains(visibility)) {
            throw ApiException.badRequest("Entries in the SYSTEM domain are READONLY or PRIVATE.");
        }
        String type = e.type() == null ? "MetadataStringValue" : e.type();
        if (!TYPES.contains(type)) {
            throw ApiException.badRequest("Unknown metadata value type " + type + "; use one of " + TYPES + ".");
        }
        if (e.value() == null) {
            throw ApiException.badRequest("Metadata entry " + e.key() + " needs a Value.");
        }
        if (e.value().length() > 8192) {
            throw ApiException.badRequest("The value of metadata entry " + e.key() + " is longer than 8192 characters.");
        }
        return new Entry(domain, e.key(), visibility, type, value(type, e.value().trim(), e.key()));
    }

    private static String value(String type, String v, String key) {
        try {
            switch (type) {
                case "MetadataNumberValue" -> Long.parseLong(v);
                case "MetadataBooleanValue" -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new IllegalArgumentException(v);
                    }
                }
                case "MetadataDateTimeValue" -> {
                    int year = OffsetDateTime.parse(v).getYear();
                    if (year < 1 || year > 9999) { // what clients' date types (Python's, .NET's) can hold
                        throw new IllegalArgumentException(v);
                    }
                }
                default -> {
                    return v;
                }
            }
            return v;
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw ApiException.badRequest("The value '" + v + "' of metadata entry " + key + " is not a valid "
                    + type + ".");
        }
    }

    private static String domain(String domain) {
        String d = domain == null || domain.isBlank() ? "GENERAL" : domain.toUpperCase(java.util.Locale.ROOT);
        if (!d.equals("GENERAL") && !d.equals("SYSTEM")) {
            throw ApiException.badRequest("Unknown metadata domain " + domain + "; use GENERAL or SYSTEM.");
        }
        return d;
    }

    private static void requireWritable(String domain, boolean systemAdmin) {
        if (domain.equals("SYSTEM") && !systemAdmin) {
            throw ApiException.forbidden("Only a system administrator changes metadata in the SYSTEM domain.");
        }
    }
}
