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

import java.util.List;
import java.util.Set;

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

    @Override
    public void register(Router r) {
        r.get(V1 + "/rights", x -> CloudApi.page(x, queries, "right", null, "Rights", ids -> {
            RightsCatalog.Lookup catalog = roles.catalog();
            return ids.stream().map(id -> RoleView.right(catalog.byId(id).orElseThrow())).toList();
        }));
        r.get(V1 + "/rights/{id}", x -> Reply.json(200, RoleView.right(right(x))));
        r.get(V1 + "/rightsCategories", this::categories);
        r.get(V1 + "/rightsCategories/{id}", this::category);
        r.get(V1 + "/roles", x -> CloudApi.page(x, queries, "role", CloudApi.actingOrg(x), "Roles",
                ids -> roles.found(ids).stream().map(RoleView::role).toList()));
        r.post(V1 + "/roles", this::create);
        r.get(V1 + "/roles/{id}", x -> Reply.json(200, RoleView.role(role(x))));
        r.put(V1 + "/roles/{id}", this::update);
        r.delete(V1 + "/roles/{id}", this::delete);
        r.get(V1 + "/roles/{id}/rights", x -> CloudApi.rightsPage(x, roles.rights(role(x).id())));
        r.post(V1 + "/roles/{id}/rights", x -> changeRights(x, true));
        r.put(V1 + "/roles/{id}/rights", x -> changeRights(x, false));
    }

    private RightsCatalog.Entry right(Exchange x) {
        return roles.catalog().byId(CloudApi.id(x, "id", Kind.RIGHT)).orElseThrow(() ->
                ApiException.forbidden("No right with id " + x.pathParam("id") + " is accessible."));
    }

    private RoleRow role(Exchange x) {
        return roles.role(x.principal(), CloudApi.id(x, "id", Kind.ROLE));
    }

    private Reply categories(Exchange x) {
        return CloudApi.listPage(x, RoleView.categories(), "RightsCategories");
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
        Set<RightsCatalog.Entry> listed = CloudApi.rights(x, roles.catalog());
        List<RightsCatalog.Entry> now = roles.changeRights(x.principal(), role.id(), current -> {
            if (add) {
                current.addAll(listed);
                return current;
            }
            return listed;
        }, TaskResource.caller(x.principal()));
        return CloudApi.rightsPage(x, now);
    }
}
