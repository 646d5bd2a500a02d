package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.IpSpaceAllocations;
import io.vcdsim.network.IpSpaceConfig;
import io.vcdsim.network.IpSpaceOrgs;
import io.vcdsim.network.IpSpaceUplinks;
import io.vcdsim.network.IpSpaces;
import io.vcdsim.store.Database;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.Tx;
import io.vcdsim.views.IpSpaceView;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T IP spaces on the cloudapi, as go-vcloud-director's ip_space*.go use them: {@code ipSpaces} (and its
 * {@code summaries}), {@code ipSpaceUplinks}, {@code ipSpaces/orgAssignments}, {@code ipSpaces/{id}/allocate} (202,
 * the task carries the values) and {@code ipSpaces/{id}/allocations}. Lists are filtered by the fields the library
 * filters on ({@code name==}, {@code orgRef.id==}, {@code externalNetworkRef.id==}, {@code type==}, ...); other
 * changes answer at once with the object.
 */
public final class CloudApiIpSpaceResource implements Routes {
    private static final String SPACES = V1 + "/ipSpaces";
    private static final String UPLINKS = V1 + "/ipSpaceUplinks";
    private static final String ASSIGNMENTS = SPACES + "/orgAssignments";
    private static final String ALLOCATIONS = SPACES + "/{id}/allocations";
    private final Database db;
    private final IpSpaces spaces;
    private final IpSpaceUplinks uplinks;
    private final IpSpaceOrgs orgs;
    private final IpSpaceAllocations allocations;

    public CloudApiIpSpaceResource(Database db, IpSpaces spaces, IpSpaceUplinks uplinks, IpSpaceOrgs orgs,
                                   IpSpaceAllocations allocations) {
        this.db = db;
        this.spaces = spaces;
        this.uplinks = uplinks;
        this.orgs = orgs;
        this.allocations = allocations;
    }

    public static final class UplinkBody {
        public String name;
        public String description;
        public IpSpaceConfig.Ref externalNetworkRef;
        public IpSpaceConfig.Ref ipSpaceRef;
    }

    public static final class AssignmentBody {
        public IpSpaceOrgs.Quotas customQuotas;
    }

    public static final class AllocationBody {
        public String usageState;
        public String description;
    }

    @Override
    public void register(Router r) {
        Map<String, BiFunction<Tx, IpSpaceStore.Space, String>> spaceFields = Map.of(
                "name", (tx, s) -> s.name(), "type", (tx, s) -> s.type(), "id", (tx, s) -> Kind.IP_SPACE.urn(s.id()),
                "orgRef.id", (tx, s) -> s.orgId() == null ? "" : Kind.ORG.urn(s.orgId()));
        for (String list : List.of(SPACES, SPACES + "/summaries")) {
            r.get(list, x -> filtered(x, spaces.list(x.principal(), CloudApi.listedOrg(x)), spaceFields,
                    IpSpaceView::space, "IpSpaces"));
        }
        r.post(SPACES, x -> Reply.json(201, view(IpSpaceView::space, spaces.create(x.principal(), space(x)))));
        r.get(SPACES + "/{id}", x -> Reply.json(200, view(IpSpaceView::space, spaces.get(x.principal(), id(x)))));
        r.put(SPACES + "/{id}", x -> Reply.json(200, view(IpSpaceView::space, spaces.update(x.principal(), id(x),
                space(x)))));
        r.delete(SPACES + "/{id}", x -> {
            spaces.delete(x.principal(), id(x));
            return Reply.noContent();
        });

        Map<String, BiFunction<Tx, IpSpaceStore.Uplink, String>> uplinkFields = Map.of("name", (tx, u) -> u.name(),
                "externalNetworkRef.id", (tx, u) -> Kind.EXTERNAL_NETWORK.urn(u.networkId()),
                "ipSpaceRef.id", (tx, u) -> Kind.IP_SPACE.urn(u.ipSpaceId()));
        r.get(UPLINKS, x -> filtered(x, uplinks.list(x.principal()), uplinkFields, IpSpaceView::uplink,
                "IpSpaceUplinks"));
        r.post(UPLINKS, x -> {
            UplinkBody b = CloudApi.body(x, UplinkBody.class, "IpSpaceUplink");
            return Reply.json(201, view(IpSpaceView::uplink, uplinks.create(x.principal(), b.name, b.description,
                    ref(b.externalNetworkRef), ref(b.ipSpaceRef))));
        });
        r.get(UPLINKS + "/{id}", x -> Reply.json(200, view(IpSpaceView::uplink, uplinks.get(x.principal(),
                uplinkId(x)))));
        r.put(UPLINKS + "/{id}", x -> {
            UplinkBody b = CloudApi.body(x, UplinkBody.class, "IpSpaceUplink");
            return Reply.json(200, view(IpSpaceView::uplink, uplinks.update(x.principal(), uplinkId(x), b.name,
                    b.description, ref(b.externalNetworkRef), ref(b.ipSpaceRef))));
        });
        r.delete(UPLINKS + "/{id}", x -> {
            uplinks.delete(x.principal(), uplinkId(x));
            return Reply.noContent();
        });

        registerAssignmentsAndAllocations(r);
    }

    private void registerAssignmentsAndAllocations(Router r) {
        Map<String, BiFunction<Tx, IpSpaceStore.Assignment, String>> assignmentFields = Map.of(
                "ipSpaceRef.id", (tx, a) -> Kind.IP_SPACE.urn(a.ipSpaceId()),
                "orgRef.id", (tx, a) -> Kind.ORG.urn(a.orgId()),
                "orgRef.name", (tx, a) -> tx.orgs().find(a.orgId()).map(o -> o.name()).orElse(""));
        r.get(ASSIGNMENTS, x -> filtered(x, orgs.list(x.principal(), CloudApi.listedOrg(x)), assignmentFields,
                IpSpaceView::assignment, "IpSpaceOrgAssignments"));
        r.get(ASSIGNMENTS + "/{id}", x -> Reply.json(200, view(IpSpaceView::assignment, orgs.get(x.principal(),
                assignmentId(x)))));
        r.put(ASSIGNMENTS + "/{id}", x -> Reply.json(200, view(IpSpaceView::assignment, orgs.update(x.principal(),
                assignmentId(x), CloudApi.body(x, AssignmentBody.class, "IpSpaceOrgAssignment").customQuotas))));

        r.post(SPACES + "/{id}/allocate", x -> CloudApi.accepted(x, allocations.allocate(x.principal(), id(x),
                CloudApi.actingOrg(x), CloudApi.body(x, IpSpaceAllocations.Request.class, "IpSpaceIpAllocationRequest"),
                TaskResource.caller(x.principal()))));
        Map<String, BiFunction<Tx, IpSpaceStore.Allocation, String>> allocationFields = Map.of(
                "type", (tx, a) -> a.type(), "value", (tx, a) -> a.value(), "usageState", (tx, a) -> a.usageState(),
                "id", (tx, a) -> Kind.IP_SPACE_ALLOCATION.urn(a.id()));
        r.get(ALLOCATIONS, x -> filtered(x, allocations.list(x.principal(), id(x), CloudApi.listedOrg(x)),
                allocationFields, IpSpaceView::allocation, "IpSpaceIpAllocations"));
        r.get(ALLOCATIONS + "/{allocation}", x -> Reply.json(200, view(IpSpaceView::allocation,
                allocations.get(x.principal(), id(x), allocationId(x), CloudApi.listedOrg(x)))));
        r.put(ALLOCATIONS + "/{allocation}", x -> {
            AllocationBody b = CloudApi.body(x, AllocationBody.class, "IpSpaceIpAllocation");
            return Reply.json(200, view(IpSpaceView::allocation, allocations.update(x.principal(), id(x),
                    allocationId(x), CloudApi.listedOrg(x), b.usageState, b.description)));
        });
        r.delete(ALLOCATIONS + "/{allocation}", x -> {
            allocations.delete(x.principal(), id(x), allocationId(x), CloudApi.listedOrg(x));
            return Reply.noContent();
        });
    }

    /** A page of {@code all} kept by the filter's {@code field==value} conditions, each field one of {@code fields}. */
    private <T> Reply filtered(Exchange x, List<T> all, Map<String, BiFunction<Tx, T, String>> fields,
                               BiFunction<Tx, T, Map<String, Object>> view, String model) {
        Map<String, String> filter = CloudApi.contextFilter(x, fields.keySet());
        List<Object> found = db.read(tx -> all.stream().filter(o -> filter.entrySet().stream()
                .allMatch(f -> fields.get(f.getKey()).apply(tx, o).equals(f.getValue())))
                .map(o -> (Object) view.apply(tx, o)).toList());
        return CloudApi.contextPage(x, found, model);
    }

    private <T> Map<String, Object> view(BiFunction<Tx, T, Map<String, Object>> view, T row) {
        return db.read(tx -> view.apply(tx, row));
    }

    private static IpSpaceConfig.Body space(Exchange x) {
        return CloudApi.body(x, IpSpaceConfig.Body.class, "IpSpace");
    }

    private static UUID ref(IpSpaceConfig.Ref ref) {
        if (ref == null || ref.id == null || ref.id.isBlank()) {
            return null;
        }
        UUID id = Ids.fromAny(ref.id);
        if (id == null) {
            throw ApiException.badRequest("A reference's id is a URN, not '" + (ref.id.length() > 64
                    ? ref.id.substring(0, 64) + "…" : ref.id) + "'.");
        }
        return id;
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.IP_SPACE);
    }

    private static UUID uplinkId(Exchange x) {
        return CloudApi.id(x, "id", Kind.IP_SPACE_UPLINK);
    }

    private static UUID assignmentId(Exchange x) {
        return CloudApi.id(x, "id", Kind.IP_SPACE_ORG_ASSIGNMENT);
    }

    private static UUID allocationId(Exchange x) {
        return CloudApi.id(x, "allocation", Kind.IP_SPACE_ALLOCATION);
    }
}
