package io.vcdsim.rde;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The behaviors of an entity type ({@code entityTypes/{id}/behaviors}): those of the interfaces it implements, each
 * replaced by the type's override when it has one (same name and ref, the type's own id, its description and
 * execution), and who may invoke them ({@code behaviorAccessControls}). System administrators change them.
 */
public final class TypeBehaviors {
    /** The access levels a behavior may require, as vCD names them. */
    static final List<String> ACCESS_LEVELS = List.of("urn:vcloud:accessLevel:ReadOnly",
            "urn:vcloud:accessLevel:ReadWrite", "urn:vcloud:accessLevel:FullControl");
    private final Database db;

    public TypeBehaviors(Database db) {
        this.db = db;
    }

    /** A behavior as the type has it: the interface's, or the type's override of it. */
    public record Behavior(String id, String ref, String name, String description, String execution) {
    }

    public List<Behavior> all(Principal p, String typeUrn) {
        return db.read(tx -> all(tx, DefinedEntityTypes.find(tx, p, typeUrn)));
    }

    static List<Behavior> all(Tx tx, RdeTypeStore.Row t) {
        RdeInterfaceStore interfaces = tx.store(RdeInterfaceStore::new);
        List<RdeTypeStore.Override> overrides = DefinedEntityTypes.store(tx).overrides(t.id());
        List<Behavior> all = new ArrayList<>();
        for (RdeInterfaceStore.Row i : interfaces.found(DefinedEntityTypes.store(tx).interfaces(t.id()))) {
            for (RdeInterfaceStore.Behavior b : interfaces.behaviors(i.id())) {
                String ref = RdeUrns.BEHAVIOR_INTERFACE + b.name() + ":" + i.vendor() + ":" + i.nss() + ":"
                        + i.version();
                all.add(overrides.stream().filter(o -> o.interfaceId().equals(i.id()) && o.name().equals(b.name()))
                        .findFirst().map(o -> new Behavior(RdeUrns.BEHAVIOR_TYPE + b.name() + ":" + t.vendor() + ":"
                                + t.nss() + ":" + t.version(), ref, b.name(), o.description(), o.execution()))
                        .orElse(new Behavior(ref, ref, b.name(), b.description(), b.execution())));
            }
        }
        return all;
    }

    public Behavior get(Principal p, String typeUrn, String behaviorId) {
        return db.read(tx -> inScope(tx, DefinedEntityTypes.find(tx, p, typeUrn), behaviorId));
    }

    /** The type's behavior an id names (its interface's id or its own override's), or vCD's 400. */
    static Behavior inScope(Tx tx, RdeTypeStore.Row t, String behaviorId) {
        for (Behavior b : all(tx, t)) {
            if (b.id().equals(behaviorId) || b.ref().equals(behaviorId)) {
                return b;
            }
        }
        throw ApiException.badRequest("RDE_INVALID_BEHAVIOR_SCOPE: behavior " + behaviorId + " is not a behavior of "
                + "entity type " + RdeUrns.of(RdeUrns.TYPE, t.vendor(), t.nss(), t.version()) + ".");
    }

    /** Overrides the behavior's description and execution for this type (its name stays the interface's). */
    public Behavior override(Principal p, String typeUrn, String behaviorId, Map<String, Object> body) {
        p.requireSystemAdmin();
        String description = DefinedInterfaces.description(body);
        String execution = DefinedInterfaces.execution(body);
        return db.tx(tx -> {
            RdeTypeStore.Row t = DefinedEntityTypes.find(tx, p, typeUrn);
            Behavior b = inScope(tx, t, behaviorId);
            RdeUrns.Vnv owner = RdeUrns.behavior(b.ref(), RdeUrns.BEHAVIOR_INTERFACE).owner();
            RdeInterfaceStore.Row i = tx.store(RdeInterfaceStore::new)
                    .find(owner.vendor(), owner.nss(), owner.version()).orElseThrow();
            DefinedEntityTypes.store(tx).saveOverride(new RdeTypeStore.Override(t.id(), i.id(), b.name(),
                    description, execution));
            return inScope(tx, t, b.ref());
        });
    }

    /** Removes the type's override of the behavior (named by either id); the interface's behavior stays. */
    public void deleteOverride(Principal p, String typeUrn, String behaviorId) {
        p.requireSystemAdmin();
        db.run(tx -> {
            RdeTypeStore.Row t = DefinedEntityTypes.find(tx, p, typeUrn);
            Behavior b = inScope(tx, t, behaviorId);
            RdeUrns.Vnv owner = RdeUrns.behavior(b.ref(), RdeUrns.BEHAVIOR_INTERFACE).owner();
            tx.store(RdeInterfaceStore::new).find(owner.vendor(), owner.nss(), owner.version()).ifPresent(i ->
                    DefinedEntityTypes.store(tx).deleteOverride(t.id(), i.id(), b.name()));
        });
    }

    public List<RdeTypeStore.Access> access(Principal p, String typeUrn) {
        return db.read(tx -> DefinedEntityTypes.store(tx).access(DefinedEntityTypes.find(tx, p, typeUrn).id()));
    }

    /** Replaces the type's behavior access controls: each a behavior of the type and a known access level. */
    public List<RdeTypeStore.Access> setAccess(Principal p, String typeUrn, List<RdeTypeStore.Access> access) {
        p.requireSystemAdmin();
        for (RdeTypeStore.Access a : access) {
            if (!ACCESS_LEVELS.contains(a.accessLevel())) {
                throw ApiException.badRequest("accessLevelId is one of " + ACCESS_LEVELS + ", not '"
                        + a.accessLevel() + "'.");
            }
        }
        if (access.stream().map(RdeTypeStore.Access::behaviorId).distinct().count() != access.size()) {
            throw ApiException.badRequest("A behavior has one access control.");
        }
        return db.tx(tx -> {
            RdeTypeStore.Row t = DefinedEntityTypes.find(tx, p, typeUrn);
            access.forEach(a -> inScope(tx, t, a.behaviorId()));
            DefinedEntityTypes.store(tx).setAccess(t.id(), access);
            return access;
        });
    }

    /** The access level a behavior's invocation needs (by either of its ids), or null when none was granted. */
    static String requiredLevel(Tx tx, RdeTypeStore.Row t, Behavior b) {
        return DefinedEntityTypes.store(tx).access(t.id()).stream()
                .filter(a -> a.behaviorId().equals(b.id()) || a.behaviorId().equals(b.ref()))
                .map(RdeTypeStore.Access::accessLevel).findFirst().orElse(null);
    }
}
