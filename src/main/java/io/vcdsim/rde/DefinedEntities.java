package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.RdeEntityStore;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Runtime defined entities ({@code entities}): JSON objects of an entity type, made PRE_CREATED by a task, checked
 * against the type's schema when resolved (RESOLVED, or RESOLUTION_ERROR with what is wrong), changed with the ETag
 * they were read with, and deleted once resolved. An entity belongs to an org and its owner; a tenant reaches it
 * through the rights of its type its role holds ({@link RdeRights}); a system administrator reaches every one.
 */
public final class DefinedEntities {
    public static final String PRE_CREATED = "PRE_CREATED";
    public static final String RESOLVED = "RESOLVED";
    public static final String RESOLUTION_ERROR = "RESOLUTION_ERROR";
    static final String CREATE = "createDefinedEntity";
    static final int MAX_ENTITY = 1_000_000;
    private final Database db;
    private final TaskEngine engine;
    private final Clock clock;

    public DefinedEntities(Database db, TaskEngine engine, Clock clock) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        // vCD's creation task waits for the entity's resolution; vcdsim's ends after its simulated time, the entity
        // staying PRE_CREATED until someone resolves it
        engine.register(CREATE, (tx, task) -> { }, (tx, task) -> store(tx).delete(task.ownerId()));
    }

    static RdeEntityStore store(Tx tx) {
        return tx.store(RdeEntityStore::new);
    }

    /** An entity with its type, as a caller reaches it. */
    public record Found(RdeEntityStore.Row entity, RdeTypeStore.Row type) {
        public String urn() {
            return RdeUrns.entity(type.vendor(), type.nss(), entity.id());
        }

        public String etag() {
            return "\"" + entity.id() + "-" + entity.revision() + "\"";
        }
    }

    /** What a created entity is: the entity and the task making it. */
    public record Created(Found found, TaskRow task) {
    }

    /** A new entity of the type, PRE_CREATED in org {@code orgId} and owned by the caller, and its task. */
    public Created create(Principal p, String typeUrn, UUID orgId, Map<String, Object> body, TaskEngine.Caller by) {
        String what = "An entity";
        String name = RdeJson.name(body, what, 255);
        String externalId = RdeJson.text(body, "externalId", what, 255);
        String entity = RdeJson.object(body, "entity", what, true, MAX_ENTITY);
        Object entityType = body.get("entityType");
        if (entityType != null && !entityType.equals(typeUrn)) {
            throw ApiException.badRequest("The entity's entityType is " + typeUrn + ", the type it is posted to.");
        }
        return db.tx(tx -> {
            RdeTypeStore.Row t = DefinedEntityTypes.find(tx, p, typeUrn);
            if (!RdeRights.held(tx, p, t.vendor(), t.nss()).changes(true)) {
                throw denied(typeUrn);
            }
            if (tx.orgs().find(orgId).isEmpty()) {
                throw ApiException.invalidReference("No org with id " + orgId + " exists.");
            }
            RdeEntityStore.Row row = new RdeEntityStore.Row(UUID.randomUUID(), t.id(), orgId, null, p.userId(), null,
                    name, externalId, entity, PRE_CREATED, 1, clock.instant());
            store(tx).insert(row);
            Found found = new Found(store(tx).find(row.id()).orElseThrow(), t);
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE, "Creating entity " + name + " of type "
                    + typeUrn, by, owner(found), true, null));
            return new Created(found, task);
        });
    }

    /** The entity a URN names if the caller may read it, or vCD's 403. */
    public Found get(Principal p, String urn) {
        return db.read(tx -> find(tx, p, urn, Need.READ));
    }

    enum Need { READ, CHANGE, DELETE }

    static Found find(Tx tx, Principal p, String urn, Need need) {
        UUID id = RdeUrns.entityId(urn);
        RdeEntityStore.Row e = id == null ? null : store(tx).find(id).orElse(null);
        RdeTypeStore.Row t = e == null ? null : DefinedEntityTypes.store(tx).find(e.typeId()).orElseThrow();
        boolean sameName = t != null
                && (!urn.startsWith("urn:") || urn.equals(RdeUrns.entity(t.vendor(), t.nss(), id)));
        if (!sameName || !p.canSee(e.orgId())) {
            throw ApiException.forbidden("RDE_ENTITY_NOT_FOUND: no entity " + urn + " is accessible.");
        }
        RdeRights.Held held = RdeRights.held(tx, p, t.vendor(), t.nss());
        boolean owns = p.userId().equals(e.ownerId());
        if (!held.reads(owns)) {
            throw ApiException.forbidden("RDE_ENTITY_NOT_FOUND: no entity " + urn + " is accessible.");
        }
        if (need == Need.CHANGE && !held.changes(owns) || need == Need.DELETE && !held.deletes(owns)) {
            throw denied(urn);
        }
        return new Found(e, t);
    }

    public List<Found> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids).stream().map(e -> new Found(e,
                DefinedEntityTypes.store(tx).find(e.typeId()).orElseThrow())).toList());
    }

    /**
     * Changes the entity's name, externalId and entity if {@code ifMatch} (when given) is its ETag. A RESOLVED entity
     * must stay valid by its schema; a PRE_CREATED or RESOLUTION_ERROR one keeps its state until resolved again.
     */
    public Found update(Principal p, String urn, String ifMatch, Map<String, Object> body) {
        String what = "An entity";
        String name = RdeJson.name(body, what, 255);
        String externalId = RdeJson.text(body, "externalId", what, 255);
        String entity = RdeJson.object(body, "entity", what, true, MAX_ENTITY);
        return db.tx(tx -> {
            Found f = find(tx, p, urn, Need.CHANGE);
            Object entityType = body.get("entityType");
            String typeUrn = RdeUrns.of(RdeUrns.TYPE, f.type().vendor(), f.type().nss(), f.type().version());
            if (entityType != null && !entityType.equals(typeUrn)) {
                throw ApiException.badRequest("An entity's entityType (" + typeUrn + ") cannot be changed.");
            }
            if (ifMatch != null && !ifMatch.equals(f.etag())) {
                throw new ApiException(412, "PRECONDITION_FAILED", "The entity changed since it was read (its ETag is "
                        + f.etag() + ", not " + ifMatch + "): read it again.");
            }
            if (RESOLVED.equals(f.entity().state())) {
                String wrong = EntitySchemas.violations(f.type().schema(), entity);
                if (wrong != null) {
                    throw ApiException.badRequest("RDE_INVALID_ENTITY: the entity does not match the schema of "
                            + typeUrn + ": " + wrong);
                }
            }
            return save(tx, f, f.entity().with(name, externalId, entity, f.entity().state()));
        });
    }

    /** An entity resolved, and why resolving failed (null when it is RESOLVED). */
    public record Resolution(Found found, String message) {
    }

    /** Checks the entity against its type's schema: RESOLVED, or RESOLUTION_ERROR and what is wrong. */
    public Resolution resolve(Principal p, String urn) {
        return db.tx(tx -> {
            Found f = find(tx, p, urn, Need.CHANGE);
            String wrong = EntitySchemas.violations(f.type().schema(), f.entity().entity());
            RdeEntityStore.Row e = f.entity();
            Found saved = save(tx, f, e.with(e.name(), e.externalId(), e.entity(),
                    wrong == null ? RESOLVED : RESOLUTION_ERROR));
            return new Resolution(saved, wrong);
        });
    }

    /** Deletes a resolved entity (RESOLVED or RESOLUTION_ERROR); a PRE_CREATED one is resolved first, as vCD says. */
    public void delete(Principal p, String urn) {
        db.run(tx -> {
            Found f = find(tx, p, urn, Need.DELETE);
            if (PRE_CREATED.equals(f.entity().state())) {
                throw ApiException.badRequest("RDE_ENTITY_NOT_RESOLVED: entity " + urn + " is not resolved yet: "
                        + "resolve it before deleting it.");
            }
            store(tx).delete(f.entity().id());
        });
    }

    /**
     * The filter (for the {@code definedEntity} query) that keeps the entities of these types a caller may read:
     * every one of its org's for the type's administrator rights, its own for the others.
     */
    public String visibleFilter(Principal p, List<RdeTypeStore.Row> types) {
        return db.read(tx -> {
            StringJoiner any = new StringJoiner(",");
            for (RdeTypeStore.Row t : types) {
                RdeRights.Held held = RdeRights.held(tx, p, t.vendor(), t.nss());
                if (held.reads(false)) {
                    any.add("typeKey==" + t.id());
                } else if (held.reads(true)) {
                    any.add("(typeKey==" + t.id() + ";ownerKey==" + p.userId() + ")");
                }
            }
            return any.length() == 0 ? "typeKey==none" : any.toString();
        });
    }

    /** The types implementing an interface (an unknown one: vCD's 403). */
    public List<RdeTypeStore.Row> typesOf(String interfaceUrn) {
        return db.read(tx -> {
            UUID i = DefinedInterfaces.find(tx, interfaceUrn).id();
            return DefinedEntityTypes.store(tx).all().stream()
                    .filter(t -> DefinedEntityTypes.store(tx).interfaces(t.id()).contains(i)).toList();
        });
    }

    /** The type named by vendor, nss and version, which the caller may see (vCD's 403 otherwise). */
    public RdeTypeStore.Row type(Principal p, String vendor, String nss, String version) {
        return db.read(tx -> DefinedEntityTypes.find(tx, p, RdeUrns.of(RdeUrns.TYPE, vendor, nss, version)));
    }

    private static Found save(Tx tx, Found f, RdeEntityStore.Row changed) {
        if (!store(tx).update(changed, f.entity().revision())) {
            throw new ApiException(412, "PRECONDITION_FAILED", "The entity changed meanwhile: read it again.");
        }
        return new Found(store(tx).find(changed.id()).orElseThrow(), f.type());
    }

    static ObjectRef owner(Found f) {
        return new ObjectRef(Kind.RDE, f.entity().id(), "/cloudapi/1.0.0/entities/" + f.urn(), "application/json",
                f.entity().name());
    }

    static ApiException denied(String what) {
        return ApiException.forbidden("ACCESS_TO_RESOURCE_IS_FORBIDDEN: the rights of " + what + " your role holds do "
                + "not allow this.");
    }
}
