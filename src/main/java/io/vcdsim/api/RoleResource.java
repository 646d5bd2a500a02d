package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Role;
import io.vcdsim.store.Database;
import io.vcdsim.store.RoleRow;

import java.util.UUID;

/** Roles ({@code /api/admin/role/{id}}) and the rights they are made of ({@code /api/admin/right/{id}}). */
public final class RoleResource implements Routes {
    private final Database db;

    public RoleResource(Database db) {
        this.db = db;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/role/{id}", this::role);
        r.get("/api/admin/right/{id}", this::right);
    }

    Reply role(Exchange x) {
        UUID id = Hrefs.id(x, "id");
        RoleRow row = Hrefs.found(db.read(tx -> tx.roles().find(id)), "role", id);
        x.principal().require(Right.ROLE_VIEW, row.orgId());
        Role role = new Role();
        role.href = Hrefs.of(x, Kind.ROLE, row.id());
        role.type = MediaTypes.xml(MediaTypes.ROLE);
        role.name = row.name();
        role.id = Kind.ROLE.urn(row.id());
        role.description = row.description();
        for (String name : db.read(tx -> tx.roles().rights(row.id()))) {
            Right right = Right.byDisplayName(name);
            if (right != null) {
                role.rightReferences.add(Hrefs.ref(x, Kind.RIGHT, right.id(), right.displayName));
            }
        }
        Hrefs.adminLink(role, "up", x, Kind.ORG, row.orgId());
        return Reply.ok(role, MediaTypes.ROLE);
    }

    Reply right(Exchange x) {
        Right r = Right.byId(Hrefs.id(x, "id"));
        if (r == null) {
            throw ApiException.forbidden("No right with id " + x.pathParam("id") + ".");
        }
        io.vcdsim.model.RightType right = new io.vcdsim.model.RightType();
        right.href = Hrefs.of(x, Kind.RIGHT, r.id());
        right.type = MediaTypes.xml(MediaTypes.RIGHT);
        right.name = r.displayName;
        right.id = Kind.RIGHT.urn(r.id());
        right.description = r.displayName;
        right.category = r.category;
        return Reply.ok(right, MediaTypes.RIGHT);
    }
}
