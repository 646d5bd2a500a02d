package io.vcdsim.provider;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.LogicalVmGroupStore;
import io.vcdsim.store.Tx;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Logical VM groups as the cloudapi's {@code logicalVmGroups} make them (go-vcloud-director's CreateLogicalVmGroup,
 * GetLogicalVmGroupById, Delete): a name, a description, a provider VDC and named VM groups of the clusters its
 * resource pools are in ({@code urn:vcloud:namedVmGroup:<id>}, the {@code namedVmGroupId} of the vmGroups query).
 * System administrators make, change and delete them; one a placement policy names stays until the policy lets go.
 */
public final class LogicalVmGroups {
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_NAMED_GROUPS = 128;
    private final Database db;
    private final Clock clock;

    /** What a request asks a logical VM group to be, checked. */
    private record Wanted(String name, String description, UUID providerVdcId, List<UUID> namedGroups) {
    }

    public LogicalVmGroups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private static LogicalVmGroupStore store(Tx tx) {
        return tx.store(LogicalVmGroupStore::new);
    }

    /** The group with this id; 403 when there is none, as vCD's cloudapi answers for an entity it does not show. */
    public LogicalVmGroupStore.Row get(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).find(id)).orElseThrow(() -> missing(id));
    }

    public List<LogicalVmGroupStore.Row> found(List<UUID> ids) {
        return db.read(tx -> store(tx).found(ids));
    }

    public List<LogicalVmGroupStore.Named> members(UUID id) {
        return db.read(tx -> store(tx).members(id));
    }

    public LogicalVmGroupStore.Row create(Principal p, Map<String, Object> body) {
        p.requireSystemAdmin();
        Wanted w = wanted(body);
        return db.tx(tx -> {
            check(tx, w);
            LogicalVmGroupStore.Row row = new LogicalVmGroupStore.Row(UUID.randomUUID(), w.name(), w.description(),
                    w.providerVdcId(), clock.instant());
            store(tx).save(row, w.namedGroups());
            return row;
        });
    }

    /** The group as the body PUT has it; its provider VDC stays what it was made for. */
    public LogicalVmGroupStore.Row update(Principal p, UUID id, Map<String, Object> body) {
        p.requireSystemAdmin();
        Wanted w = wanted(body);
        return db.tx(tx -> {
            LogicalVmGroupStore.Row now = store(tx).find(id).orElseThrow(() -> missing(id));
            if (!now.providerVdcId().equals(w.providerVdcId())) {
                throw ApiException.badRequest("Logical VM group " + now.name() + " stays with provider VDC "
                        + Kind.PROVIDER_VDC.urn(now.providerVdcId()) + ".");
            }
            check(tx, w);
            LogicalVmGroupStore.Row row = new LogicalVmGroupStore.Row(id, w.name(), w.description(),
                    now.providerVdcId(), now.created());
            store(tx).save(row, w.namedGroups());
            return row;
        });
    }

    /** Deletes the group unless a placement policy names it (400 naming the policies). */
    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            LogicalVmGroupStore.Row now = store(tx).find(id).orElseThrow(() -> missing(id));
            List<String> policies = store(tx).policiesNaming(id);
            if (!policies.isEmpty()) {
                throw ApiException.badRequest("Logical VM group " + now.name() + " is used by VM placement "
                        + "policies " + String.join(", ", policies) + ": remove it from them first.");
            }
            store(tx).delete(id);
        });
    }

    /** The provider VDC exists and each named VM group has a VM group in one of its clusters. */
    private static void check(Tx tx, Wanted w) {
        if (tx.store(InventoryStore::new).providerVdc(w.providerVdcId()).isEmpty()) {
            throw ApiException.invalidReference("No provider VDC " + Kind.PROVIDER_VDC.urn(w.providerVdcId()) + ".");
        }
        Set<UUID> ofPvdc = new java.util.HashSet<>();
        store(tx).namedGroupsOf(w.providerVdcId()).forEach(n -> ofPvdc.add(n.id()));
        for (UUID named : w.namedGroups()) {
            String urn = Kind.NAMED_VM_GROUP.urn(named);
            if (!store(tx).namedGroupExists(named)) {
                throw ApiException.invalidReference("No named VM group " + urn + ".");
            }
            if (!ofPvdc.contains(named)) {
                throw ApiException.badRequest("Named VM group " + urn + " is in none of the clusters of provider VDC "
                        + Kind.PROVIDER_VDC.urn(w.providerVdcId()) + ".");
            }
        }
    }

    /** The body's shape and lengths, checked before anything is read or stored. */
    private static Wanted wanted(Map<String, Object> body) {
        String name = Lengths.name(text(body, "name"), MAX_NAME, "logical VM group").trim();
        String description = Lengths.atMost(text(body, "description"), MAX_DESCRIPTION, "description");
        String pvdc = text(body, "pvdcId");
        if (pvdc == null) {
            throw ApiException.badRequest("A logical VM group needs the URN of its provider VDC (pvdcId).");
        }
        UUID pvdcId = Ids.fromAny(pvdc);
        if (pvdcId == null || (pvdc.startsWith("urn:") && !pvdc.startsWith("urn:vcloud:"
                + Kind.PROVIDER_VDC.urnType + ":"))) {
            throw ApiException.badRequest("A logical VM group needs the URN of its provider VDC (pvdcId), not '"
                    + pvdc + "'.");
        }
        Object refs = body.get("namedVmGroupReferences");
        if (refs != null && !(refs instanceof List<?>)) {
            throw ApiException.badRequest("namedVmGroupReferences is a list of references.");
        }
        List<?> list = refs == null ? List.of() : (List<?>) refs;
        if (list.size() > MAX_NAMED_GROUPS) {
            throw ApiException.badRequest("A logical VM group has at most " + MAX_NAMED_GROUPS + " named VM groups.");
        }
        LinkedHashSet<UUID> named = new LinkedHashSet<>();
        for (Object ref : list) {
            Object id = ref instanceof Map<?, ?> m ? m.get("id") : null;
            UUID uuid = id instanceof String s && s.startsWith("urn:vcloud:" + Kind.NAMED_VM_GROUP.urnType + ":")
                    ? Ids.fromAny(s) : null;
            if (uuid == null) {
                throw ApiException.badRequest("Each of namedVmGroupReferences needs the id of a named VM group "
                        + "(urn:vcloud:namedVmGroup:...), not " + id + ".");
            }
            if (!named.add(uuid)) {
                throw ApiException.badRequest("Named VM group " + id + " is given twice.");
            }
        }
        return new Wanted(name, description, pvdcId, new ArrayList<>(named));
    }

    private static String text(Map<String, Object> body, String key) {
        Object v = body.get(key);
        if (v != null && !(v instanceof String)) {
            throw ApiException.badRequest(key + " is text, not " + v + ".");
        }
        return (String) v;
    }

    private static ApiException missing(UUID id) {
        return ApiException.forbidden("No logical VM group with id " + Kind.LOGICAL_VM_GROUP.urn(id)
                + " is accessible.");
    }
}
