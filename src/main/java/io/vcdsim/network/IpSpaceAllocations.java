package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.network.IpSpaces.store;

/**
 * Floating IPs and prefixes an org takes from an IP space ({@code ipSpaces/{id}/allocate}, a task whose result is
 * the JSON list go-vcloud-director's allocateIpSpaceIp reads) and holds ({@code ipSpaces/{id}/allocations}: its usage
 * state and description changed, released by deletion). An org allocates from its PRIVATE spaces and the spaces it
 * is assigned, within its quota; no value is handed out twice, and a space without enough free values refuses the
 * whole request. An org's administrators allocate; its network viewers read.
 */
public final class IpSpaceAllocations {
    public static final String ALLOCATE = "ipSpaceIpAllocate";
    public static final List<String> USAGE_STATES = List.of("UNUSED", "USED_MANUAL", "USED");
    static final int MAX_QUANTITY = 256;
    private final Database db;
    private final TaskEngine engine;

    /** go-vcloud-director's IpSpaceIpAllocationRequest. */
    public static final class Request {
        public String type;
        public Integer quantity;
        public Integer prefixLength;
        public String value;
    }

    public IpSpaceAllocations(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(ALLOCATE, (tx, task) -> {
            // the values were taken when the request came: the task only reports them
        });
    }

    /** Allocates for {@code org} at once; the task, finished or not, carries the values in its result. */
    public TaskRow allocate(Principal p, UUID spaceId, UUID org, Request r, TaskEngine.Caller by) {
        requireInOrg(p, org, Right.ORG_EDIT);
        String type = NsxtEdges.oneOf(r.type, List.of(IpSpacePool.FLOATING_IP, IpSpacePool.IP_PREFIX), null,
                "An allocation's type");
        boolean byValue = r.value != null && !r.value.isBlank();
        int quantity = byValue ? 1 : r.quantity == null ? 1 : r.quantity;
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw ApiException.badRequest("An allocation's quantity is 1 to " + MAX_QUANTITY + ".");
        }
        if (!byValue && IpSpacePool.IP_PREFIX.equals(type) && r.prefixLength == null) {
            throw ApiException.badRequest("An IP_PREFIX allocation needs a prefixLength or a value.");
        }
        return db.tx(tx -> {
            IpSpaceStore.Space s = store(tx).lockSpace(spaceId).filter(found -> IpSpaces.seenBy(tx, found, org))
                    .orElseThrow(() -> IpSpaces.missing(spaceId));
            IpSpaceConfig.Body config = IpSpaces.config(s);
            IpSpacePool pool = new IpSpacePool(config);
            List<IpSpaceStore.Allocation> held = store(tx).allocations(s.id());
            Set<String> taken = new HashSet<>(held.stream().map(IpSpaceStore.Allocation::value).toList());
            List<String> values;
            if (byValue) {
                String value = pool.offered(type, r.prefixLength, r.value);
                if (taken.contains(value)) {
                    throw ApiException.badRequest(type + " " + value + " of IP space " + s.name() + " is already "
                            + "allocated.");
                }
                values = List.of(value);
            } else {
                values = pool.next(type, r.prefixLength, quantity, taken);
            }
            Integer length = IpSpacePool.IP_PREFIX.equals(type)
                    ? Integer.valueOf(values.get(0).substring(values.get(0).indexOf('/') + 1)) : null;
            requireWithinQuota(tx, s, config, org, type, length, held, values.size());
            List<Map<String, Object>> result = new ArrayList<>();
            for (String value : values) {
                IpSpaceStore.Allocation a = new IpSpaceStore.Allocation(UUID.randomUUID(), s.id(), org, type, value,
                        "UNUSED", null, engine.now());
                store(tx).insertAllocation(a);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("id", Kind.IP_SPACE_ALLOCATION.urn(a.id()));
                one.put("value", value);
                one.put("suggestedValue", null);
                result.add(one);
            }
            TaskRow task = engine.start(tx, new TaskEngine.Spec(ALLOCATE, "Allocating " + values.size() + " "
                    + type + " from IP space " + s.name() + "(" + s.id() + ")", by,
                    ObjectRef.of(Kind.IP_SPACE, s.id(), s.name()), false, null));
            String json = NsxtEdges.write(result).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            TaskRow withResult = task.toBuilder().result(new TaskRow.Result(json, null, null, null)).build();
            tx.tasks().update(withResult);
            return withResult;
        });
    }

    /** The space's allocations a caller sees: every org's (system administrators listing all orgs), else one org's. */
    public List<IpSpaceStore.Allocation> list(Principal p, UUID spaceId, UUID org) {
        if (org != null) {
            requireInOrg(p, org, Right.NETWORK_VIEW);
        } else {
            p.requireSystemAdmin();
        }
        return db.read(tx -> {
            IpSpaceStore.Space s = store(tx).space(spaceId).filter(found -> org == null
                    || IpSpaces.seenBy(tx, found, org)).orElseThrow(() -> IpSpaces.missing(spaceId));
            return store(tx).allocations(s.id()).stream().filter(a -> org == null || a.orgId().equals(org)).toList();
        });
    }

    public IpSpaceStore.Allocation get(Principal p, UUID spaceId, UUID id, UUID org) {
        return db.read(tx -> found(tx, p, spaceId, id, org, Right.NETWORK_VIEW));
    }

    /** A new usage state (UNUSED or USED_MANUAL: USED is vCD's own) and description. */
    public IpSpaceStore.Allocation update(Principal p, UUID spaceId, UUID id, UUID org, String usageState,
                                         String description) {
        Lengths.atMost(description, NetworkService.MAX_DESCRIPTION, "Description");
        String state = NsxtEdges.oneOf(usageState, USAGE_STATES, null, "usageState");
        return db.tx(tx -> {
            IpSpaceStore.Allocation a = found(tx, p, spaceId, id, org, Right.ORG_EDIT);
            if (!state.equals(a.usageState()) && ("USED".equals(state) || "USED".equals(a.usageState()))) {
                throw ApiException.badRequest("An allocation becomes USED, or stops being so, by its use in an edge "
                        + "gateway's services, not by a PUT.");
            }
            store(tx).updateAllocation(id, state, description);
            return store(tx).allocation(id).orElseThrow();
        });
    }

    /** Releases the value to the space. */
    public void delete(Principal p, UUID spaceId, UUID id, UUID org) {
        db.run(tx -> {
            found(tx, p, spaceId, id, org, Right.ORG_EDIT);
            store(tx).deleteAllocation(id);
        });
    }

    private static IpSpaceStore.Allocation found(Tx tx, Principal p, UUID spaceId, UUID id, UUID org, Right right) {
        if (org != null) {
            requireInOrg(p, org, right);
        } else {
            p.requireSystemAdmin();
        }
        return store(tx).allocation(id).filter(a -> a.ipSpaceId().equals(spaceId)
                && (org == null || a.orgId().equals(org))).orElseThrow(() -> ApiException.forbidden(
                "No IP space allocation with id " + Kind.IP_SPACE_ALLOCATION.urn(id) + " is accessible."));
    }

    private static void requireInOrg(Principal p, UUID org, Right right) {
        if (!p.isSystemAdmin()) {
            p.require(right, org);
        }
    }

    private static void requireWithinQuota(Tx tx, IpSpaceStore.Space s, IpSpaceConfig.Body config, UUID org,
                                           String type, Integer length, List<IpSpaceStore.Allocation> held,
                                           int more) {
        if ("PRIVATE".equals(s.type())) {
            return; // an org's own space has no quotas
        }
        int quota = IpSpaceOrgs.quota(tx, s, config, org, type, length);
        long has = held.stream().filter(a -> a.orgId().equals(org) && a.type().equals(type)
                && (length == null || a.value().endsWith("/" + length))).count();
        if (quota >= 0 && has + more > quota) {
            throw ApiException.badRequest("The organization's quota of " + quota + " " + type
                    + (length == null ? "" : " /" + length) + " in IP space " + s.name() + " would be exceeded: it "
                    + "holds " + has + ".");
        }
    }
}
