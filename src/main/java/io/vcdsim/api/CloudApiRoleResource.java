package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.RoleRow;
import io.vcdsim.tenancy.RoleService;
import io.vcdsim.views.RoleView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The cloudapi face of roles and rights ({@code roles}, {@code roles/{id}/rights}, {@code rights},
 * {@code rightsCategories}): the same roles as {@code /api/admin/role}, the same rights.
 */
public final class CloudApiRoleResource implements Routes {
    private final RoleService roles;
    private final QueryService queries;

    public CloudApiRoleResource(RoleService roles, QueryService queries) {
        this.roles = roles;
        this.queries = queries;
    }

    /** A Role as go-vcloud-director posts and puts it; id, bundleKey and readOnly are the server's to say. */
    public static final class RoleBody {
        public String id;
        public String name;
        public String description;
        public String bundleKey;
        public Boolean readOnly;
    }

    /** The {@code OpenApiItems} list of references a role's rights are set with. */
    public static final class References {
        public List<Reference> values;
    }

    public static final class Reference {
        public String name;
        public String id;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/rights", x -> CloudApi.page(x, queries, "right", null, "Rights",
                ids -> ids.stream().map(id -> RoleView.right(RightsCatalog.byId(id).orElseThrow())).toList()));
        r.get(V1 + "/rights/{id}", x -> Reply.json(200, RoleView.right(right(x))));
        r.get(V1 + "/rightsCategories", this::categories);
        r.get(V1 + "/rightsCategories/{id}", this::category);
        r.get(V1 + "/roles", x -> CloudApi.page(x, queries, "role", CloudApi.actingOrg(x), "Roles",
                ids -> roles.found(ids).stream().map(RoleView::role).toList()));
        r.post(V1 + "/roles", this::create);
        r.get(V1 + "/roles/{id}", x -> Reply.json(200, RoleView.role(role(x))));
        r.put(V1 + "/roles/{id}", this::update);
        r.delete(V1 + "/roles/{id}", this::delete);
        r.get(V1 + "/roles/{id}/rights", x -> rightsPage(x, roles.rights(role(x).id())));
        r.post(V1 + "/roles/{id}/rights", x -> changeRights(x, true));
        r.put(V1 + "/roles/{id}/rights", x -> changeRights(x, false));
    }

    private static RightsCatalog.Entry right(Exchange x) {
        return RightsCatalog.byId(CloudApi.id(x, "id", Kind.RIGHT)).orElseThrow(() ->
                ApiException.forbidden("No right with id " + x.pathParam("id") + " is accessible."));
    }

    private RoleRow role(Exchange x) {
        return roles.role(x.principal(), CloudApi.id(x, "id", Kind.ROLE));
    }

    private Reply categories(Exchange x) {
        CloudApi.Paging p = CloudApi.Paging.of(x);
        if (p.filter() != null || p.sortAsc() != null || p.sortDesc() != null) {
            throw ApiException.badRequest("rightsCategories are listed in name order and cannot be filtered or sorted.");
        }
        return CloudApi.page(x, p, RoleView.categories().size(), slice(RoleView.categories(), p), "RightsCategories");
    }

    private Reply category(Exchange x) {
        String id = x.pathParam("id");
        return RoleView.categories().stream().filter(c -> c.get("id").equals(id)).findFirst()
                .map(c -> Reply.json(200, c))
                .orElseThrow(() -> ApiException.forbidden("No rights category with id " + id + " is accessible."));
    }

    private Reply create(Exchange x) {
        RoleBody body = x.read(RoleBody.class, "Role", "application/json");
        RoleRow created = roles.create(x.principal(), CloudApi.actingOrg(x), body.name, body.description,
                List.of(), TaskResource.caller(x.principal()));
        return Reply.json(201, RoleView.role(created));
    }

    private Reply update(Exchange x) {
        RoleRow role = role(x);
        RoleBody body = x.read(RoleBody.class, "Role", "application/json");
        if (body.id != null && !role.id().equals(Ids.fromAny(body.id))) {
            throw ApiException.badRequest("The body's id " + body.id + " is not the id of the role in the URL.");
        }
        return Reply.json(200, RoleView.role(roles.update(x.principal(), role.id(), body.name, body.description,
                TaskResource.caller(x.principal()))));
    }

    private Reply delete(Exchange x) {
        roles.delete(x.principal(), role(x).id(), TaskResource.caller(x.principal()));
        return Reply.noContent();
    }

    /** POST adds the listed rights to the role's; PUT makes them its only ones. Both answer with all its rights. */
    private Reply changeRights(Exchange x, boolean add) {
        RoleRow role = role(x);
        References body = x.read(References.class, "OpenApiItems", "application/json");
        Set<RightsCatalog.Entry> listed = rights(body);
        List<RightsCatalog.Entry> now = roles.changeRights(x.principal(), role.id(), current -> {
            if (add) {
                current.addAll(listed);
                return current;
            }
            return listed;
        }, TaskResource.caller(x.principal()));
        return rightsPage(x, now);
    }

    /** The rights a list names, by id or else by name; one that names no right fails the whole list. */
    private static Set<RightsCatalog.Entry> rights(References body) {
        Set<RightsCatalog.Entry> rights = new HashSet<>();
        for (Reference ref : body.values == null ? List.<Reference>of() : body.values) {
            UUID id = ref == null || ref.id == null ? null : Ids.fromAny(ref.id);
            Optional<RightsCatalog.Entry> right = id != null ? RightsCatalog.byId(id)
                    : ref == null || ref.name == null ? Optional.empty() : RightsCatalog.byName(ref.name);
            rights.add(right.orElseThrow(() -> ApiException.invalidReference("No right " + (ref == null ? "null"
                    : ref.id != null ? ref.id : ref.name) + " exists.")));
        }
        return rights;
    }

    private static Reply rightsPage(Exchange x, List<RightsCatalog.Entry> rights) {
        CloudApi.Paging p = CloudApi.Paging.of(x);
        if (p.filter() != null || p.sortAsc() != null || p.sortDesc() != null) {
            throw ApiException.badRequest("A role's rights are listed in name order and cannot be filtered or sorted.");
        }
        List<Map<String, Object>> refs = rights.stream().sorted(Comparator.comparing(RightsCatalog.Entry::name))
                .map(RoleView::rightRef).toList();
        return CloudApi.page(x, p, refs.size(), slice(refs, p), "Rights");
    }

    /** The page {@code p} asks for of a list held in memory (a role has a few dozen rights at most). */
    private static <T> List<T> slice(List<T> all, CloudApi.Paging p) {
        if (p.page() < 1 || p.pageSize() < 1 || p.pageSize() > QueryService.MAX_PAGE_SIZE) {
            throw ApiException.badRequest("page must be 1 or more and pageSize between 1 and "
                    + QueryService.MAX_PAGE_SIZE + ".");
        }
        long from = (long) (p.page() - 1) * p.pageSize();
        return from >= all.size() ? new ArrayList<>()
                : all.subList((int) from, (int) Math.min(all.size(), from + p.pageSize()));
    }
}
