package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.PlacementStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.store.VdcStorageProfileStore.Profile;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The storage profiles of an org VDC (system administrators change them): {@code *}, which a VDC is made with, and
 * those added from its provider VDC's profiles. An AdminVdcStorageProfile PUT changes one at once;
 * UpdateVdcStorageProfiles adds and removes them in a vdcUpdateStorageProfiles task. A VDC always has one enabled
 * default profile, where its new VMs and disks go; one is removed once disabled and nothing is stored on it.
 */
public final class VdcStorageProfiles {
    public static final String UPDATE = "vdcUpdateStorageProfiles";
    private final Database db;
    private final TaskEngine engine;

    public VdcStorageProfiles(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(UPDATE, Changes.class, (tx, task, c) -> apply(tx, task.ownerId(), c));
    }

    /** A profile to add: drawn on the provider VDC's profile of that name. */
    public record Addition(UUID providerVdcProfile, String units, Long limitMb, Boolean enabled, boolean isDefault) {
    }

    /** What the task applies: the profiles made (ids chosen up front) and those removed. */
    record Changes(List<Added> add, List<UUID> remove) {
    }

    record Added(UUID id, String name, boolean enabled, boolean isDefault, long limitMb) {
    }

    private static VdcStorageProfileStore profiles(Tx tx) {
        return tx.store(VdcStorageProfileStore::new);
    }

    /** A VDC's storage profile, if the caller may view the VDC; else 403. */
    public Profile profile(Principal p, UUID id) {
        return p.require(Right.VDC_VIEW, db.read(tx -> profiles(tx).find(id)), Profile::orgId, "storage profile", id);
    }

    /** The limit (MB; 0: none) a request gives, or {@code current} when it gives none. */
    private static long limit(String units, Long limitMb, long current) {
        if (units != null && !units.equals("MB")) {
            throw ApiException.badRequest("A storage profile's Units are MB.");
        }
        if (limitMb != null && limitMb < 0) {
            throw ApiException.badRequest("A storage profile's Limit is 0 (no limit) or more MB.");
        }
        return limitMb == null ? current : limitMb;
    }

    /**
     * AdminVdcStorageProfile PUT: its limit, whether it is enabled and whether it is the default (which takes that
     * from the VDC's other profiles); null fields keep their value. vCD answers at once with the profile.
     */
    public Profile update(Principal p, UUID id, String units, Long limitMb, Boolean enabled, Boolean isDefault) {
        p.requireSystemAdmin();
        Profile found = profile(p, id);
        long limit = limit(units, limitMb, found.limitMb());
        return db.tx(tx -> {
            tx.objects().lock(Kind.VDC, found.vdcId()); // one change to a VDC's profiles at a time
            Profile now = profiles(tx).find(id).orElseThrow(() -> ApiException.forbidden("The storage profile no "
                    + "longer exists."));
            boolean on = enabled == null ? now.enabled() : enabled;
            boolean isDefaultNow = isDefault == null ? now.isDefault() : isDefault;
            if (now.isDefault() && !isDefaultNow) {
                throw ApiException.badRequest("Storage profile " + now.name() + " is the VDC's default: make another "
                        + "one the default first.");
            }
            if (isDefaultNow && !on) {
                throw ApiException.badRequest("Storage profile " + now.name() + " is the VDC's default, which cannot be "
                        + "disabled.");
            }
            Profile changed = new Profile(now.id(), now.vdcId(), now.orgId(), now.name(), on, isDefaultNow, limit);
            profiles(tx).update(changed);
            return changed;
        });
    }

    /**
     * UpdateVdcStorageProfiles: profiles added from the VDC's provider VDC (enabled and not yet in the VDC) and
     * profiles of the VDC removed (disabled, not its default). Removing a profile still in use fails the task, as
     * vCD's does.
     */
    public TaskRow change(Principal p, UUID vdcId, List<Addition> add, List<UUID> remove, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        if (add.isEmpty() && remove.isEmpty()) {
            throw ApiException.badRequest("UpdateVdcStorageProfiles names no AddStorageProfile and no "
                    + "RemoveStorageProfile.");
        }
        return db.tx(tx -> {
            VdcRow vdc = p.require(Right.VDC_VIEW, tx.resources().vdc(vdcId), VdcRow::orgId, "VDC", vdcId);
            tx.objects().lock(Kind.VDC, vdcId);
            List<Profile> own = profiles(tx).ofVdc(vdcId);
            Changes c = new Changes(additions(tx, vdc, own, add), removals(tx, vdc, own, remove));
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating storage profiles of Virtual Datacenter "
                    + vdc.name() + "(" + vdc.id() + ")", by, ObjectRef.admin(Kind.VDC, vdc.id(), vdc.name()), true, c));
        });
    }

    private static List<Added> additions(Tx tx, VdcRow vdc, List<Profile> own, List<Addition> add) {
        List<InventoryStore.PvdcProfile> offered = offered(tx, vdc.id());
        Set<String> names = new HashSet<>();
        own.forEach(o -> names.add(o.name()));
        List<Added> added = new ArrayList<>();
        for (Addition a : add) {
            added.add(added(vdc, offered, names, a));
        }
        if (added.stream().filter(Added::isDefault).count() > 1) {
            throw ApiException.badRequest("A VDC has one default storage profile; more than one is added as it.");
        }
        return added;
    }

    private static List<InventoryStore.PvdcProfile> offered(Tx tx, UUID vdcId) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        return inventory.pvdcProfiles(inventory.providerVdcOf(vdcId));
    }

    /** A profile to add from the provider VDC's {@code offered} ones, whose name none of {@code names} has. */
    private static Added added(VdcRow vdc, List<InventoryStore.PvdcProfile> offered, Set<String> names, Addition a) {
        InventoryStore.PvdcProfile from = offered.stream().filter(o -> o.id().equals(a.providerVdcProfile()))
                .findFirst().orElseThrow(() -> ApiException.invalidReference("The provider VDC of VDC "
                        + vdc.name() + " has no storage profile " + a.providerVdcProfile() + "."));
        String name = from.profile().name();
        if (!from.enabled()) {
            throw ApiException.badRequest("Storage profile " + name + " is disabled in the provider VDC.");
        }
        if (!names.add(name)) {
            throw ApiException.duplicateName("VDC " + vdc.name() + " already has storage profile " + name + ".");
        }
        boolean on = a.enabled() == null || a.enabled();
        if (a.isDefault() && !on) {
            throw ApiException.badRequest("Storage profile " + name + " cannot be the default and disabled.");
        }
        UUID id = name.equals(VdcStorageProfileStore.STAR) ? VdcStorageProfileStore.starId(vdc.id()) : UUID.randomUUID();
        return new Added(id, name, on, a.isDefault(), limit(a.units(), a.limitMb(), 0));
    }

    /**
     * The profiles CreateVdcParams gives a new VDC (its VdcStorageProfile elements), in the transaction that makes
     * it: the one naming the provider VDC's {@code *} (or no provider VDC profile) sets {@code *}, which the VDC has
     * in any case; the others are added. One of them is the default ({@code *} when none says so).
     */
    static void create(Tx tx, VdcRow vdc, List<Addition> given, java.time.Instant now) {
        List<InventoryStore.PvdcProfile> offered = offered(tx, vdc.id());
        UUID offeredStar = offered.stream().filter(o -> o.profile().name().equals(VdcStorageProfileStore.STAR))
                .map(InventoryStore.PvdcProfile::id).findFirst().orElse(null);
        Addition star = null;
        Set<String> names = new HashSet<>(Set.of(VdcStorageProfileStore.STAR));
        List<Added> added = new ArrayList<>();
        for (Addition a : given) {
            if (a.providerVdcProfile() == null || a.providerVdcProfile().equals(offeredStar)) {
                if (star != null) {
                    throw ApiException.duplicateName("CreateVdcParams names storage profile * twice.");
                }
                star = a;
            } else {
                added.add(added(vdc, offered, names, a));
            }
        }
        long defaults = added.stream().filter(Added::isDefault).count() + (star != null && star.isDefault() ? 1 : 0);
        if (defaults > 1) {
            throw ApiException.badRequest("A VDC has one default storage profile; CreateVdcParams names " + defaults
                    + ".");
        }
        boolean starOn = star == null || star.enabled() == null || star.enabled();
        boolean starDefault = added.stream().noneMatch(Added::isDefault);
        if (starDefault && !starOn) {
            throw ApiException.badRequest("Storage profile * is the VDC's default, which cannot be disabled.");
        }
        long starLimit = star == null ? 0 : limit(star.units(), star.limitMb(), 0);
        UUID starId = VdcStorageProfileStore.starId(vdc.id());
        profiles(tx).update(new Profile(starId, vdc.id(), vdc.orgId(), VdcStorageProfileStore.STAR, starOn,
                starDefault, starLimit));
        for (Added a : added) {
            profiles(tx).insert(new Profile(a.id(), vdc.id(), vdc.orgId(), a.name(), a.enabled(), a.isDefault(),
                    a.limitMb()), now);
        }
    }

    private static List<UUID> removals(Tx tx, VdcRow vdc, List<Profile> own, List<UUID> remove) {
        Set<UUID> seen = new HashSet<>();
        for (UUID id : remove) {
            Profile p = own.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() ->
                    ApiException.invalidReference("VDC " + vdc.name() + " has no storage profile " + id + "."));
            if (!seen.add(id)) {
                throw ApiException.badRequest("Storage profile " + p.name() + " is removed twice.");
            }
            if (p.isDefault()) {
                throw ApiException.badRequest("Storage profile " + p.name() + " is the VDC's default and cannot be "
                        + "removed: make another one the default first.");
            }
            if (p.enabled()) {
                throw ApiException.badRequest("Storage profile " + p.name() + " must be disabled before it is "
                        + "removed.");
            }
        }
        return List.copyOf(remove);
    }

    private void apply(Tx tx, UUID vdcId, Changes c) {
        VdcRow vdc = tx.resources().vdc(vdcId).orElseThrow(() -> ApiException.forbidden("The VDC no longer exists."));
        for (UUID id : c.remove()) {
            Profile p = profiles(tx).find(id).filter(f -> f.vdcId().equals(vdcId)).orElseThrow(() ->
                    ApiException.invalidReference("VDC " + vdc.name() + " has no storage profile " + id + " any more."));
            if (p.isDefault() || p.enabled()) {
                throw ApiException.badRequest("Storage profile " + p.name() + " was enabled or made the default "
                        + "meanwhile: it is not removed.");
            }
            var used = tx.store(PlacementStore::new).usedBy(p);
            if (used.isPresent()) {
                throw ApiException.badRequest("Storage profile " + p.name() + " of VDC " + vdc.name() + " is in use by "
                        + used.get() + " and cannot be removed.");
            }
            profiles(tx).delete(p);
        }
        Set<String> names = new HashSet<>();
        profiles(tx).ofVdc(vdcId).forEach(p -> names.add(p.name()));
        for (Added a : c.add()) {
            if (!names.add(a.name())) {
                throw ApiException.duplicateName("VDC " + vdc.name() + " already has storage profile " + a.name()
                        + ".");
            }
            Profile p = new Profile(a.id(), vdcId, vdc.orgId(), a.name(), a.enabled(), a.isDefault(), a.limitMb());
            profiles(tx).insert(p, engine.now());
            if (a.isDefault()) {
                profiles(tx).update(p); // the others stop being the default
            }
        }
    }
}
