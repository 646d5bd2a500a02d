package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.Database;
import io.vcdsim.store.RoleRow;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.views.UserView;

/** Roles ({@code /api/admin/role/{id}}) and the rights they are made of ({@code /api/admin/right/{id}}). */
public final class RoleResource implements Routes {
    private final Database db;
    private final OrgService orgs;

    public RoleResource(Database db, OrgService orgs) {
        this.db = db;
        this.orgs = orgs;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/role/{id}", this::role);
        r.get("/api/admin/right/{id}", this::right);
    }

    Reply role(Exchange x) {
        RoleRow row = orgs.role(x.principal(), Hrefs.id(x, "id"), Right.ROLE_VIEW);
        return Reply.ok(db.read(tx -> UserView.role(tx, Hrefs.viewer(x), row)), MediaTypes.ROLE);
    }

    Reply right(Exchange x) {
        RightsCatalog.Entry r = RightsCatalog.byId(Hrefs.id(x, "id"))
                .orElseThrow(() -> ApiException.forbidden("No right with id " + x.pathParam("id") + "."));
        return Reply.ok(UserView.right(Hrefs.viewer(x), r), MediaTypes.RIGHT);
    }
}
