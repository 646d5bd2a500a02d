package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Reference;
import io.vcdsim.model.RightType;
import io.vcdsim.model.Role;
import io.vcdsim.store.Database;
import io.vcdsim.store.RoleRow;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.tenancy.RoleService;
import io.vcdsim.views.ServiceRightView;
import io.vcdsim.views.UserView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Roles ({@code /api/admin/role/{id}}: read, replaced with PUT, deleted; made with {@code POST /api/admin/org/{id}/roles},
 * as pyvcloud's create_role does) and the rights they are made of ({@code /api/admin/right/{id}}).
 */
public final class RoleResource implements Routes {
    private final Database db;
    private final OrgService orgs;
    private final RoleService roles;

    public RoleResource(Database db, OrgService orgs, RoleService roles) {
        this.db = db;
        this.orgs = orgs;
        this.roles = roles;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/role/{id}", this::role);
        r.put("/api/admin/role/{id}", this::replace);
        r.delete("/api/admin/role/{id}", x -> {
            roles.delete(x.principal(), Hrefs.id(x, "id"), TaskResource.caller(x.principal()));
            return Reply.noContent();
        });
        r.post("/api/admin/org/{id}/roles", this::create);
        r.get("/api/admin/right/{id}", this::right);
    }

    Reply create(Exchange x) {
        UUID orgId = orgs.org(x.principal(), Hrefs.id(x, "id"), Right.ROLE_MANAGE).id();
        Role in = x.read(Role.class, "Role", MediaTypes.ROLE);
        RoleRow created = roles.create(x.principal(), orgId, in.name, in.description, rights(in),
                TaskResource.caller(x.principal()));
        Role view = db.read(tx -> UserView.role(tx, Hrefs.viewer(x), created));
        return Reply.created(view, MediaTypes.ROLE, view.href);
    }

    Reply replace(Exchange x) {
        Role in = x.read(Role.class, "Role", MediaTypes.ROLE);
        RoleRow updated = roles.replace(x.principal(), Hrefs.id(x, "id"), in.name, in.description, rights(in),
                TaskResource.caller(x.principal()));
        return Reply.ok(db.read(tx -> UserView.role(tx, Hrefs.viewer(x), updated)), MediaTypes.ROLE);
    }

    /**
     * The rights a Role's RightReferences name, by href (or, without one, by name), built-in or an extension
     * service's; an unknown one is a 400.
     */
    private List<RightsCatalog.Entry> rights(Role in) {
        RightsCatalog.Lookup catalog = roles.catalog();
        List<RightsCatalog.Entry> rights = new ArrayList<>();
        for (Reference ref : in.rightReferences == null ? List.<Reference>of() : in.rightReferences) {
            rights.add(catalog.byReference(ref.href, ref.name).orElseThrow(() -> ApiException.invalidReference(
                    "No right " + (ref.href != null ? ref.href : ref.name) + " exists.")));
        }
        return rights;
    }

    Reply role(Exchange x) {
        RoleRow row = orgs.role(x.principal(), Hrefs.id(x, "id"), Right.ROLE_VIEW);
        return Reply.ok(db.read(tx -> UserView.role(tx, Hrefs.viewer(x), row)), MediaTypes.ROLE);
    }

    Reply right(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        RightType r = db.read(tx -> ServiceRightView.right(tx, Hrefs.viewer(x), id))
                .orElseThrow(() -> ApiException.forbidden("No right with id " + x.pathParam("id") + "."));
        return Reply.ok(r, MediaTypes.RIGHT);
    }
}
