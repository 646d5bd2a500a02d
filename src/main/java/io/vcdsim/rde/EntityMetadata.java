package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.RdeMetadataStore;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The typed metadata of runtime defined entities ({@code entities/{id}/metadata}), as go-vcloud-director's
 * OpenApiMetadataEntry sends and reads it: entries of a domain (TENANT or PROVIDER), namespace and key, unique per
 * entity, whose value is a string, number or boolean as its type (StringEntry, NumberEntry, BoolEntry) says. Whoever
 * reads the entity reads them; whoever may change it adds, changes (value and persistence, with the entry's ETag) and
 * deletes TENANT entries that are not read-only; PROVIDER entries, and read-only ones, are system administrators'.
 */
public final class EntityMetadata {
    static final Set<String> DOMAINS = Set.of("TENANT", "PROVIDER");
    static final Set<String> TYPES = Set.of("StringEntry", "NumberEntry", "BoolEntry");
    private final Database db;

    public EntityMetadata(Database db) {
        this.db = db;
    }

    static RdeMetadataStore store(Tx tx) {
        return tx.store(RdeMetadataStore::new);
    }

    /** The filter (for the {@code definedEntityMetadata} query) keeping the entries of an entity the caller reads. */
    public String filterOf(Principal p, String entityUrn) {
        return "entityKey==" + db.read(tx -> DefinedEntities.find(tx, p, entityUrn, DefinedEntities.Need.READ))
                .entity().id();
    }

    public List<RdeMetadataStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    public RdeMetadataStore.Row get(Principal p, String entityUrn, String entryId) {
        return db.read(tx -> entry(tx, p, entityUrn, entryId, DefinedEntities.Need.READ));
    }

    @SuppressWarnings("unchecked")
    public RdeMetadataStore.Row add(Principal p, String entityUrn, Map<String, Object> body) {
        Map<String, Object> kv = body.get("keyValue") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> typed = kv.get("value") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String domain = kv.getOrDefault("domain", "TENANT") instanceof String d ? d : "";
        if (!DOMAINS.contains(domain)) {
            throw ApiException.badRequest("A metadata entry's domain is TENANT or PROVIDER, not '" + domain + "'.");
        }
        String key = RdeJson.text(kv, "key", "A metadata entry", 255);
        if (key == null || key.isBlank()) {
            throw ApiException.badRequest("A metadata entry needs a key of 1 to 255 characters.");
        }
        String namespace = RdeJson.text(kv, "namespace", "A metadata entry", 255);
        boolean readOnly = Boolean.TRUE.equals(body.get("readOnly"));
        if (readOnly && domain.equals("PROVIDER")) {
            throw ApiException.badRequest("VCD_META_CRUD_INVALID_FLAG: only TENANT entries are read-only; a PROVIDER "
                    + "entry is the provider's to change already.");
        }
        String type = typed.get("type") instanceof String t ? t : "";
        String value = value(type, typed.get("value"));
        return db.tx(tx -> {
            DefinedEntities.Found f = DefinedEntities.find(tx, p, entityUrn, DefinedEntities.Need.CHANGE);
            requireWritable(p, domain, false);
            String ns = namespace == null ? "" : namespace;
            if (store(tx).taken(f.entity().id(), domain, ns, key)) {
                throw ApiException.duplicateName("The entity has a metadata entry " + key + " in domain " + domain
                        + " and namespace '" + ns + "' already.");
            }
            RdeMetadataStore.Row row = new RdeMetadataStore.Row(UUID.randomUUID(), f.entity().id(), domain, ns, key,
                    type, value, Boolean.TRUE.equals(body.get("persistent")), readOnly, 1);
            store(tx).insert(row);
            return row;
        });
    }

    /** Changes an entry's value and persistence, if {@code ifMatch} (when given) is its ETag. */
    @SuppressWarnings("unchecked")
    public RdeMetadataStore.Row update(Principal p, String entityUrn, String entryId, String ifMatch,
                                       Map<String, Object> body) {
        Map<String, Object> kv = body.get("keyValue") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> typed = kv.get("value") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return db.tx(tx -> {
            RdeMetadataStore.Row now = entry(tx, p, entityUrn, entryId, DefinedEntities.Need.CHANGE);
            requireWritable(p, now.domain(), now.readOnly());
            if (ifMatch != null && !ifMatch.equals(etag(now))) {
                throw new ApiException(412, "PRECONDITION_FAILED", "The metadata entry changed since it was read.");
            }
            Object type = typed.getOrDefault("type", now.type());
            if (!now.type().equals(type)) {
                throw ApiException.badRequest("A metadata entry keeps its type (" + now.type() + ").");
            }
            RdeMetadataStore.Row changed = new RdeMetadataStore.Row(now.id(), now.entityId(), now.domain(),
                    now.namespace(), now.key(), now.type(), value(now.type(), typed.get("value")),
                    Boolean.TRUE.equals(body.get("persistent")), now.readOnly(), now.revision() + 1);
            if (!store(tx).update(changed, now.revision())) {
                throw new ApiException(412, "PRECONDITION_FAILED", "The metadata entry changed meanwhile.");
            }
            return changed;
        });
    }

    public void delete(Principal p, String entityUrn, String entryId) {
        db.run(tx -> {
            RdeMetadataStore.Row now = entry(tx, p, entityUrn, entryId, DefinedEntities.Need.CHANGE);
            requireWritable(p, now.domain(), now.readOnly());
            store(tx).delete(now.id());
        });
    }

    public static String etag(RdeMetadataStore.Row r) {
        return "\"" + r.id() + "-" + r.revision() + "\"";
    }

    private static RdeMetadataStore.Row entry(Tx tx, Principal p, String entityUrn, String entryId,
                                              DefinedEntities.Need need) {
        DefinedEntities.Found f = DefinedEntities.find(tx, p, entityUrn, need);
        UUID id = Ids.fromAny(entryId);
        return (id == null ? Optional.<RdeMetadataStore.Row>empty() : store(tx).find(id))
                .filter(r -> r.entityId().equals(f.entity().id())).orElseThrow(() -> ApiException.forbidden(
                        "No metadata entry " + entryId + " of entity " + entityUrn + " is accessible."));
    }

    private static void requireWritable(Principal p, String domain, boolean readOnly) {
        if ((domain.equals("PROVIDER") || readOnly) && !p.isSystemAdmin()) {
            throw ApiException.forbidden("ACCESS_TO_RESOURCE_IS_FORBIDDEN: " + (readOnly ? "read-only" : domain)
                    + " metadata entries are the provider's to change.");
        }
    }

    /** The value as its type says, written as JSON: a 400 names the value that does not fit. */
    private static String value(String type, Object value) {
        boolean fits = switch (type) {
            case "StringEntry" -> value instanceof String s && s.length() <= 32_768;
            case "NumberEntry" -> value instanceof Number;
            case "BoolEntry" -> value instanceof Boolean;
            default -> throw ApiException.badRequest("A metadata entry's type is one of " + TYPES + ", not '" + type
                    + "'.");
        };
        if (!fits) {
            throw ApiException.badRequest("The value " + value + " is no " + type + ".");
        }
        return RdeJson.write(value);
    }
}
