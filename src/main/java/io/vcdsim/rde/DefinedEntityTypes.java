package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Runtime defined entity types ({@code entityTypes}): a JSON schema their entities are checked against, the
 * interfaces they implement, hooks and the rest as sent. System administrators make, change and delete them; a
 * tenant sees a type whose rights (see {@link RdeRights}) its role holds. Making the first version of a vendor:nss
 * makes its rights and rights bundle; deleting the last removes them. A type with entities is not deleted.
 */
public final class DefinedEntityTypes {
    static final int MAX_SCHEMA = 1_000_000;
    private final Database db;

    public DefinedEntityTypes(Database db) {
        this.db = db;
    }

    static RdeTypeStore store(Tx tx) {
        return tx.store(RdeTypeStore::new);
    }

    /** The type a URN names, if the caller may see it; vCD's 403 otherwise. */
    public RdeTypeStore.Row get(Principal p, String urn) {
        return db.read(tx -> find(tx, p, urn));
    }

    static RdeTypeStore.Row find(Tx tx, Principal p, String urn) {
        RdeUrns.Vnv vnv = RdeUrns.parse(urn, RdeUrns.TYPE);
        Optional<RdeTypeStore.Row> found = vnv == null ? Optional.empty()
                : store(tx).find(vnv.vendor(), vnv.nss(), vnv.version());
        return found.filter(t -> RdeRights.held(tx, p, t.vendor(), t.nss()).any()).orElseThrow(() ->
                ApiException.forbidden("RDE_TYPE_NOT_FOUND: no entity type " + urn + " is accessible."));
    }

    public List<RdeTypeStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    /** The interfaces a type implements, as URNs. */
    public List<String> interfaces(RdeTypeStore.Row t) {
        return db.read(tx -> interfaces(tx, t));
    }

    static List<String> interfaces(Tx tx, RdeTypeStore.Row t) {
        List<String> urns = new ArrayList<>();
        for (RdeInterfaceStore.Row i : tx.store(RdeInterfaceStore::new).found(store(tx).interfaces(t.id()))) {
            urns.add(RdeUrns.of(RdeUrns.INTERFACE, i.vendor(), i.nss(), i.version()));
        }
        return urns;
    }

    /**
     * The filter (on the query's {@code key}) that keeps the types a caller may see: null for a system administrator
     * (every type), else those whose rights its role holds.
     */
    public String visibleFilter(Principal p) {
        if (p.isSystemAdmin()) {
            return null;
        }
        return db.read(tx -> {
            StringJoiner keys = new StringJoiner(",");
            for (RdeTypeStore.Row t : store(tx).all()) {
                if (RdeRights.held(tx, p, t.vendor(), t.nss()).any()) {
                    keys.add("key==" + t.id());
                }
            }
            return keys.length() == 0 ? "key==none" : keys.toString();
        });
    }

    public RdeTypeStore.Row create(Principal p, Map<String, Object> body) {
        p.requireSystemAdmin();
        RdeUrns.Vnv vnv = RdeUrns.Vnv.checked(body.get("vendor"), body.get("nss"), body.get("version"), "entity type");
        RdeTypeStore.Row row = row(UUID.randomUUID(), vnv, body, Boolean.TRUE.equals(body.get("readonly")));
        return db.tx(tx -> {
            if (store(tx).find(vnv.vendor(), vnv.nss(), vnv.version()).isPresent()) {
                throw ApiException.duplicateName("RDE_TYPE_ALREADY_EXISTS: an entity type "
                        + RdeUrns.of(RdeUrns.TYPE, vnv.vendor(), vnv.nss(), vnv.version()) + " exists already.");
            }
            store(tx).save(row, interfaceIds(tx, body));
            RdeRights.ensure(tx, vnv.vendor(), vnv.nss(), row.name());
            return row;
        });
    }

    /** The type as a PUT has it (go-vcloud-director sends the name and schema it has when not changing them). */
    public RdeTypeStore.Row update(Principal p, String urn, Map<String, Object> body) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            RdeTypeStore.Row now = find(tx, p, urn);
            if (now.readOnly()) {
                throw ApiException.badRequest("RDE_TYPE_READ_ONLY: entity type " + urn + " is read-only.");
            }
            DefinedInterfaces.requireSameName(body, now.vendor(), now.nss(), now.version());
            RdeTypeStore.Row row = row(now.id(), new RdeUrns.Vnv(now.vendor(), now.nss(), now.version()), body,
                    false);
            store(tx).save(row, body.containsKey("interfaces") ? interfaceIds(tx, body)
                    : store(tx).interfaces(now.id()));
            return row;
        });
    }

    public void delete(Principal p, String urn) {
        p.requireSystemAdmin();
        db.run(tx -> {
            RdeTypeStore.Row now = find(tx, p, urn);
            if (store(tx).hasEntities(now.id())) {
                throw ApiException.badRequest("RDE_TYPE_IN_USE: entity type " + urn + " has entities: delete them "
                        + "first.");
            }
            store(tx).delete(now.id());
            if (store(tx).versions(now.vendor(), now.nss()) == 0) {
                RdeRights.remove(tx, now.vendor(), now.nss());
            }
        });
    }

    /** The body checked: a name, a valid JSON schema, hooks and the rest within their lengths. */
    private static RdeTypeStore.Row row(UUID id, RdeUrns.Vnv vnv, Map<String, Object> body, boolean readOnly) {
        String what = "An entity type";
        String schema = RdeJson.object(body, "schema", what, true, MAX_SCHEMA);
        EntitySchemas.requireValid(schema);
        String hooks = RdeJson.object(body, "hooks", what, false, 65536);
        if (hooks != null) {
            for (Object behavior : RdeJson.read(hooks).values()) {
                if (!(behavior instanceof String)) {
                    throw ApiException.badRequest("An entity type's hooks name a behavior id for each event.");
                }
            }
        }
        String inherited = RdeJson.text(body, "inheritedVersion", what, 64);
        if (inherited != null && !inherited.equals("0") && !RdeUrns.VERSION.matcher(inherited).matches()) {
            throw ApiException.badRequest("inheritedVersion is a version of the type, or 0.");
        }
        return new RdeTypeStore.Row(id, vnv.vendor(), vnv.nss(), vnv.version(), RdeJson.name(body, what, 255),
                RdeJson.text(body, "description", what, 4096), RdeJson.text(body, "externalId", what, 255), inherited,
                RdeJson.text(body, "maxImplicitRight", what, 128), readOnly, schema, hooks);
    }

    /** The interfaces a body names, each an existing interface (400 otherwise), in order, once each. */
    private static List<UUID> interfaceIds(Tx tx, Map<String, Object> body) {
        Object given = body.get("interfaces");
        if (given == null) {
            return List.of();
        }
        if (!(given instanceof List<?> list) || list.size() > 100) {
            throw ApiException.badRequest("An entity type's interfaces are a list of at most 100 interface ids.");
        }
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (Object urn : list) {
            RdeUrns.Vnv vnv = urn instanceof String s ? RdeUrns.parse(s, RdeUrns.INTERFACE) : null;
            ids.add((vnv == null ? Optional.<RdeInterfaceStore.Row>empty() : tx.store(RdeInterfaceStore::new)
                    .find(vnv.vendor(), vnv.nss(), vnv.version())).orElseThrow(() -> ApiException.invalidReference(
                    "RDE_INTERFACE_NOT_FOUND: no interface " + urn + " exists.")).id());
        }
        return List.copyOf(ids);
    }
}
