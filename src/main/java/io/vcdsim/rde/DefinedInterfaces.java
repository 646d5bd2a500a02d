package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Runtime defined entity interfaces ({@code interfaces}) and their behaviors: every user reads them, system
 * administrators make, rename and delete them. vendor:nss:version is unique; an interface a type implements is not
 * deleted, nor given new behaviors.
 */
public final class DefinedInterfaces {
    /** A behavior's name: a part of its URN. */
    static final Pattern BEHAVIOR_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private final Database db;

    public DefinedInterfaces(Database db) {
        this.db = db;
    }

    static RdeInterfaceStore store(Tx tx) {
        return tx.store(RdeInterfaceStore::new);
    }

    /** The interface a URN names, or vCD's 403 for one that does not exist. */
    public RdeInterfaceStore.Row get(String urn) {
        return db.read(tx -> find(tx, urn));
    }

    static RdeInterfaceStore.Row find(Tx tx, String urn) {
        RdeUrns.Vnv vnv = RdeUrns.parse(urn, RdeUrns.INTERFACE);
        return (vnv == null ? Optional.<RdeInterfaceStore.Row>empty()
                : store(tx).find(vnv.vendor(), vnv.nss(), vnv.version())).orElseThrow(() ->
                ApiException.forbidden("RDE_INTERFACE_NOT_FOUND: no interface " + urn + " exists."));
    }

    public List<RdeInterfaceStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    public RdeInterfaceStore.Row create(Principal p, Map<String, Object> body) {
        p.requireSystemAdmin();
        RdeUrns.Vnv vnv = RdeUrns.Vnv.checked(body.get("vendor"), body.get("nss"), body.get("version"), "interface");
        RdeInterfaceStore.Row row = new RdeInterfaceStore.Row(UUID.randomUUID(), vnv.vendor(), vnv.nss(),
                vnv.version(), RdeJson.name(body, "An interface", 255), Boolean.TRUE.equals(body.get("readonly")));
        return db.tx(tx -> {
            if (store(tx).find(vnv.vendor(), vnv.nss(), vnv.version()).isPresent()) {
                throw ApiException.duplicateName("RDE_INTERFACE_ALREADY_EXISTS: an interface "
                        + RdeUrns.of(RdeUrns.INTERFACE, vnv.vendor(), vnv.nss(), vnv.version()) + " exists already.");
            }
            store(tx).insert(row);
            return row;
        });
    }

    /** Renames the interface: its vendor, nss and version stay (a PUT naming others is a 400). */
    public RdeInterfaceStore.Row update(Principal p, String urn, Map<String, Object> body) {
        p.requireSystemAdmin();
        String name = RdeJson.name(body, "An interface", 255);
        return db.tx(tx -> {
            RdeInterfaceStore.Row now = editable(tx, urn);
            requireSameName(body, now.vendor(), now.nss(), now.version());
            store(tx).rename(now.id(), name);
            return store(tx).find(now.id()).orElseThrow();
        });
    }

    public void delete(Principal p, String urn) {
        p.requireSystemAdmin();
        db.run(tx -> {
            RdeInterfaceStore.Row now = editable(tx, urn);
            if (store(tx).inUse(now.id())) {
                throw ApiException.badRequest("RDE_INTERFACE_IN_USE: interface " + urn + " is implemented by an "
                        + "entity type: delete the type first.");
            }
            store(tx).delete(now.id());
        });
    }

    public List<RdeInterfaceStore.Behavior> behaviors(String urn) {
        return db.read(tx -> store(tx).behaviors(find(tx, urn).id()));
    }

    /** The interface's behavior with this id, or vCD's 403 for one it does not have. */
    public RdeInterfaceStore.Behavior behavior(String urn, String behaviorId) {
        return db.read(tx -> behavior(tx, find(tx, urn), behaviorId));
    }

    public RdeInterfaceStore.Behavior addBehavior(Principal p, String urn, Map<String, Object> body) {
        p.requireSystemAdmin();
        Object name = body.get("name");
        if (!(name instanceof String n) || !BEHAVIOR_NAME.matcher(n).matches()) {
            throw ApiException.badRequest("A behavior needs a name of 1 to 128 letters, digits, '_' or '-'.");
        }
        return db.tx(tx -> {
            RdeInterfaceStore.Row i = editable(tx, urn);
            if (store(tx).inUse(i.id())) {
                throw ApiException.badRequest("RDE_INTERFACE_IN_USE: interface " + urn + " is implemented by an "
                        + "entity type: its behaviors cannot be added to.");
            }
            if (store(tx).behavior(i.id(), n).isPresent()) {
                throw ApiException.duplicateName("RDE_BEHAVIOR_ALREADY_EXISTS: interface " + urn + " has a behavior "
                        + n + " already.");
            }
            RdeInterfaceStore.Behavior b = new RdeInterfaceStore.Behavior(i.id(), n, description(body),
                    execution(body));
            store(tx).saveBehavior(b);
            return b;
        });
    }

    /** Changes a behavior's description and execution; its name and ref stay. */
    public RdeInterfaceStore.Behavior updateBehavior(Principal p, String urn, String behaviorId,
                                                    Map<String, Object> body) {
        p.requireSystemAdmin();
        String description = description(body);
        String execution = execution(body);
        return db.tx(tx -> {
            RdeInterfaceStore.Behavior now = behavior(tx, editable(tx, urn), behaviorId);
            RdeInterfaceStore.Behavior b = new RdeInterfaceStore.Behavior(now.interfaceId(), now.name(), description,
                    execution);
            store(tx).saveBehavior(b);
            return b;
        });
    }

    public void deleteBehavior(Principal p, String urn, String behaviorId) {
        p.requireSystemAdmin();
        db.run(tx -> {
            RdeInterfaceStore.Row i = editable(tx, urn);
            RdeInterfaceStore.Behavior b = behavior(tx, i, behaviorId);
            if (store(tx).inUse(i.id())) {
                throw ApiException.badRequest("RDE_INTERFACE_IN_USE: interface " + urn + " is implemented by an "
                        + "entity type: its behaviors stay.");
            }
            store(tx).deleteBehavior(i.id(), b.name());
        });
    }

    static RdeInterfaceStore.Behavior behavior(Tx tx, RdeInterfaceStore.Row i, String behaviorId) {
        RdeUrns.BehaviorId id = RdeUrns.behavior(behaviorId, RdeUrns.BEHAVIOR_INTERFACE);
        boolean ours = id != null && id.owner().equals(new RdeUrns.Vnv(i.vendor(), i.nss(), i.version()));
        return (ours ? store(tx).behavior(i.id(), id.name()) : Optional.<RdeInterfaceStore.Behavior>empty())
                .orElseThrow(() -> ApiException.forbidden("RDE_BEHAVIOR_NOT_FOUND: interface "
                        + RdeUrns.of(RdeUrns.INTERFACE, i.vendor(), i.nss(), i.version()) + " has no behavior "
                        + behaviorId + "."));
    }

    private static RdeInterfaceStore.Row editable(Tx tx, String urn) {
        RdeInterfaceStore.Row i = find(tx, urn);
        if (i.readOnly()) {
            throw ApiException.badRequest("RDE_INTERFACE_READ_ONLY: interface " + urn + " is read-only.");
        }
        return i;
    }

    /** A PUT names the object's own vendor, nss and version, or none. */
    static void requireSameName(Map<String, Object> body, String vendor, String nss, String version) {
        for (Map.Entry<String, String> e : Map.of("vendor", vendor, "nss", nss, "version", version).entrySet()) {
            Object given = body.get(e.getKey());
            if (given != null && !given.equals(e.getValue())) {
                throw ApiException.badRequest("The " + e.getKey() + " cannot be changed (it is " + e.getValue()
                        + ").");
            }
        }
    }

    static String description(Map<String, Object> body) {
        return RdeJson.text(body, "description", "A behavior", 4096);
    }

    /** A behavior's execution: a JSON object naming its {@code type}. */
    static String execution(Map<String, Object> body) {
        String json = RdeJson.object(body, "execution", "A behavior", true, 65536);
        if (!(RdeJson.read(json).get("type") instanceof String)) {
            throw ApiException.badRequest("A behavior's execution names its type (e.g. noop, Activity, WebHook).");
        }
        return json;
    }
}
