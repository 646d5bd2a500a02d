package io.vcdsim.api;

import io.vcdsim.api.CloudApiAlbResource.Ref;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.AlbServiceEngineGroups;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.AlbServiceEngineGroupStore.Group;
import io.vcdsim.store.Database;
import io.vcdsim.views.AlbView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T ALB service engine groups on the cloudapi, as go-vcloud-director's nsxt_alb_service_engine_groups.go and
 * nsxt_alb_importable_service_engine_groups.go use them: those a cloud offers
 * ({@code nsxAlbResources/importableServiceEngineGroups?filter=_context==<cloud URN>}) and those imported
 * ({@code loadBalancer/serviceEngineGroups}: list, create, read, change, delete at once; {@code {id}/sync} a task).
 * The list also takes vCD's edge contexts: {@code _context==<edge URN>} (the groups assigned to the edge) and with
 * {@code _context==assignable} (those it may still be assigned).
 */
public final class CloudApiAlbServiceEngineGroupResource implements Routes {
    private static final String GROUPS = V1 + "/loadBalancer/serviceEngineGroups";
    private static final String CONTEXT = "_context";
    private final Database db;
    private final AlbServiceEngineGroups groups;
    private final QueryService queries;

    /** go-vcloud-director's NsxtAlbServiceEngineGroup; the counts and haMode are read-only and ignored. */
    public static final class GroupBody {
        public String id;
        public String name;
        public String description;
        public Backing serviceEngineGroupBacking;
        public String reservationType;
        public String supportedFeatureSet;
    }

    public static final class Backing {
        public String backingId;
        public String backingType;
        public Ref loadBalancerCloudRef;
    }

    public CloudApiAlbServiceEngineGroupResource(Database db, AlbServiceEngineGroups groups, QueryService queries) {
        this.db = db;
        this.groups = groups;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(GROUPS, x -> {
            x.principal().requireSystemAdmin();
            CloudApi.Paging paging = CloudApi.Paging.of(x);
            EdgeContext context = EdgeContext.of(paging.filter());
            String required = context.edge() == null ? null : anyOf(context.assignable()
                    ? groups.assignableTo(x.principal(), context.edge()) : groups.assignedTo(x.principal(),
                    context.edge()));
            QueryService.IdPage found = queries.ids(x.principal(), Kind.ALB_SERVICE_ENGINE_GROUP.query(), null,
                    required, context.rest(), paging.sortAsc(), paging.sortDesc(), paging.page(), paging.pageSize());
            return CloudApi.page(x, paging, found.total(), db.read(tx -> groups.found(x.principal(), found.ids())
                    .stream().map(g -> AlbView.serviceEngineGroup(tx, g, x.version())).toList()),
                    "LoadBalancerServiceEngineGroups");
        });
        r.post(GROUPS, x -> Reply.json(201, view(x, groups.create(x.principal(), spec(x, body(x))))));
        r.get(GROUPS + "/{id}", x -> Reply.json(200, view(x, groups.group(x.principal(), id(x)))));
        r.put(GROUPS + "/{id}", x -> {
            UUID id = id(x);
            GroupBody body = body(x);
            CloudApi.sameId(body.id, id);
            return Reply.json(200, view(x, groups.update(x.principal(), id, spec(x, body))));
        });
        r.delete(GROUPS + "/{id}", x -> {
            groups.delete(x.principal(), id(x));
            return Reply.noContent();
        });
        r.post(GROUPS + "/{id}/sync", x -> CloudApi.accepted(x, groups.sync(x.principal(), id(x),
                TaskResource.caller(x.principal()))));
        r.get(V1 + "/nsxAlbResources/importableServiceEngineGroups", x -> CloudApi.contextPage(x,
                groups.importable(x.principal(), context(x)).stream().map(AlbView::importableGroup).toList(),
                "NsxAlbImportableServiceEngineGroups"));
    }

    /**
     * A list filter's edge context, as vCD takes it alongside other conditions: {@code _context==<edge URN>} (the
     * groups assigned to the edge) or with {@code _context==assignable} too (those it may still get); {@code rest}
     * is the filter without them. Contexts are conditions of the filter's top level, joined by {@code ;}.
     */
    record EdgeContext(UUID edge, boolean assignable, String rest) {
        static EdgeContext of(String filter) {
            if (filter == null || Arrays.stream(filter.split("[;,()]")).noneMatch(EdgeContext::isContext)) {
                return new EdgeContext(null, false, filter);
            }
            if (filter.contains("(") || filter.contains(",")) {
                throw ApiException.badRequest("A _context filter joins other conditions with ; only.");
            }
            UUID edge = null;
            boolean assignable = false;
            List<String> rest = new ArrayList<>();
            for (String part : filter.split(";")) {
                if (!isContext(part)) {
                    rest.add(part);
                } else if (part.trim().equals(CONTEXT + "==assignable")) {
                    assignable = true;
                } else if (edge == null) {
                    edge = edge(part.trim().substring(CONTEXT.length() + 2).trim());
                } else {
                    throw ApiException.badRequest("A _context filter names one edge gateway.");
                }
            }
            if (edge == null) {
                throw ApiException.badRequest("_context==assignable needs _context==<edge gateway URN> too.");
            }
            return new EdgeContext(edge, assignable, rest.isEmpty() ? null : String.join(";", rest));
        }

        private static boolean isContext(String condition) {
            return condition.trim().startsWith(CONTEXT + "==");
        }

        /**
         * The edge a context names by its whole URN: a value that merely ends in an edge's id (another id before it)
         * names no edge, where a lenient reading of the id would have picked that edge's groups.
         */
        private static UUID edge(String urn) {
            UUID id = NsxtRefs.urn(urn, Kind.EDGE_GATEWAY, CONTEXT);
            if (!urn.equalsIgnoreCase(Kind.EDGE_GATEWAY.urn(id))) {
                throw ApiException.badRequest(CONTEXT + " must name an edge gateway by its URN (urn:vcloud:gateway:"
                        + "<id>), not '" + Lengths.shown(urn) + "'.");
            }
            return id;
        }
    }

    /** A filter of the server's own matching the groups of these ids (none when there are none). */
    private static String anyOf(List<UUID> ids) {
        List<UUID> some = ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
        return String.join(",", some.stream().map(id -> "id==" + Kind.ALB_SERVICE_ENGINE_GROUP.urn(id)).toList());
    }

    private Object view(Exchange x, Group g) {
        return db.read(tx -> AlbView.serviceEngineGroup(tx, g, x.version()));
    }

    private static GroupBody body(Exchange x) {
        return CloudApi.body(x, GroupBody.class, "LoadBalancerServiceEngineGroup");
    }

    /** The spec of a body; supportedFeatureSet counts from 37.0 on, where clients have the field. */
    private static AlbServiceEngineGroups.Spec spec(Exchange x, GroupBody b) {
        Backing backing = b.serviceEngineGroupBacking == null ? new Backing() : b.serviceEngineGroupBacking;
        UUID cloud = backing.loadBalancerCloudRef == null || backing.loadBalancerCloudRef.id == null ? null
                : NsxtRefs.urn(backing.loadBalancerCloudRef.id, Kind.ALB_CLOUD, "loadBalancerCloudRef");
        return new AlbServiceEngineGroups.Spec(b.name, b.description, cloud, backing.backingId, b.reservationType,
                AlbView.hasLicenseType(x.version()) ? null : b.supportedFeatureSet);
    }

    /** The cloud a list is of: its {@code _context==<cloud URN>} filter, which vCD requires. */
    private static UUID context(Exchange x) {
        x.principal().requireSystemAdmin();
        String urn = CloudApi.contextFilter(x, Set.of(CONTEXT)).get(CONTEXT);
        if (urn == null) {
            throw ApiException.badRequest("This list needs filter=_context==<load balancer cloud URN>.");
        }
        return NsxtRefs.urn(urn, Kind.ALB_CLOUD, CONTEXT);
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.ALB_SERVICE_ENGINE_GROUP);
    }
}
