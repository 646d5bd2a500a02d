package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.ObjectStore;
import io.vcdsim.tasks.ObjectEvents;
import io.vcdsim.tasks.TaskEngine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who owns a vApp, a catalog or an independent disk. Its creator does, until a caller with vCD's "Change Owner" right for the kind gives
 * it to another user of the object's org. Deleting the owner leaves the object without one (the store's
 * {@code ON DELETE SET NULL}); vCD would have an administrator take ownership first, vcdsim does not ask.
 */
public final class Ownership {
    /** What goes with owners of a kind: the right that changes one, and the event the change records. */
    private record Rules(Right change, String event) {
    }

    private static final Map<Kind, Rules> KINDS = Map.of(
            Kind.VAPP, new Rules(Right.VAPP_CHANGE_OWNER, "vapp/modify"),
            Kind.CATALOG, new Rules(Right.CATALOG_CHANGE_OWNER, "catalog/modify"),
            Kind.DISK, new Rules(Right.DISK_CHANGE_OWNER, "disk/modify"));

    /** Every kind of object a user owns, as takeOwnership hands them over. */
    private static final List<Kind> OWNED = List.of(Kind.VAPP, Kind.VAPP_TEMPLATE, Kind.MEDIA, Kind.CATALOG, Kind.DISK);

    /** An object and the user who owns it (null: nobody, since that user was deleted). */
    public record Owned(ObjectStore.Found object, UUID ownerId) {
    }

    private final Database db;
    private final Entities entities;
    private final Clock clock;

    public Ownership(Database db, Entities entities, Clock clock) {
        this.db = db;
        this.entities = entities;
        this.clock = clock;
    }

    /** The object's owner, if the caller may see the object. */
    public Owned get(Principal p, Kind kind, UUID id) {
        rules(kind); // a kind without owners has no owner_id column to read
        ObjectStore.Found o = entities.entity(p, List.of(kind), id, kind.name, false);
        return new Owned(o, db.read(tx -> tx.objects().owner(kind, o.id()).orElse(null)));
    }

    /**
     * Gives the object to the user {@code userHref} names, who must belong to the object's org (400
     * INVALID_REFERENCE otherwise, and for an href that names no user). The caller must see the object and hold the
     * kind's Change Owner right in its org (403 otherwise).
     */
    public void change(Principal p, Kind kind, UUID id, String userHref, TaskEngine.Caller by) {
        Rules rules = rules(kind);
        ObjectStore.Found o = entities.entity(p, List.of(kind), id, kind.name, false);
        p.require(rules.change(), o.orgId());
        if (userHref == null || userHref.isBlank()) {
            throw ApiException.badRequest("An Owner needs a User with the href of the new owner.");
        }
        UUID userId = Ids.fromAny(userHref);
        db.run(tx -> {
            if (!tx.objects().lock(kind, o.id())) {
                throw ApiException.forbidden("The " + kind + " " + o.id() + " does not exist any more.");
            }
            // the user's row is locked too, so that it cannot be deleted between the check and the change
            if (userId == null || !tx.objects().lock(Kind.USER, userId) || tx.users().find(userId)
                    .filter(u -> u.orgId().equals(o.orgId())).isEmpty()) {
                throw ApiException.invalidReference("The owner " + userHref + " is not a user of the " + kind
                        + "'s organization.");
            }
            tx.objects().setOwner(kind, o.id(), userId);
            ObjectEvents.record(tx, clock.instant(), rules.event(), ObjectRef.of(kind, o.id(), o.name()), o.orgId(),
                    by, null, true);
        });
    }

    /**
     * takeOwnership: everything {@code userId} owns (vApps, templates, media, catalogs, disks) becomes the caller's,
     * as an administrator does before deleting a user. The caller manages users of that user's org; else 403.
     */
    public int takeOwnership(Principal p, UUID userId, TaskEngine.Caller by) {
        UUID org = Principal.found(db.read(tx -> tx.users().find(userId)), "user", userId).orgId();
        p.require(Right.USER_MANAGE, org);
        return db.tx(tx -> {
            if (!tx.objects().lock(Kind.USER, userId)) {
                throw ApiException.forbidden("The user " + userId + " does not exist any more.");
            }
            int moved = 0;
            for (Kind kind : OWNED) {
                moved += tx.objects().transferOwned(kind, userId, by.userId());
            }
            return moved;
        });
    }

    private static Rules rules(Kind kind) {
        Rules rules = KINDS.get(kind);
        if (rules == null) {
            throw new IllegalArgumentException(kind + " objects have no owner in vcdsim");
        }
        return rules;
    }
}
