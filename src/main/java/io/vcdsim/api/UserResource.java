package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.User;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.UserRow;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.tenancy.Ownership;
import io.vcdsim.tenancy.UserService;
import io.vcdsim.views.UserView;

import java.util.UUID;

/** Users of an organization: {@code POST /api/admin/org/{id}/users}, {@code /api/admin/user/{id}}. */
public final class UserResource implements Routes {
    private final Database db;
    private final UserService users;
    private final OrgService orgs;
    private final Ownership ownership;

    public UserResource(Database db, UserService users, OrgService orgs, Ownership ownership) {
        this.db = db;
        this.users = users;
        this.orgs = orgs;
        this.ownership = ownership;
    }

    @Override
    public void register(Router r) {
        r.post("/api/admin/org/{id}/users", this::create);
        r.get("/api/admin/user/{id}", this::get);
        r.put("/api/admin/user/{id}", this::update);
        r.delete("/api/admin/user/{id}", this::delete);
        // the caller takes over what the user owns: before 38.0 here, from 37.1 on the cloudapi too (204 both)
        r.post("/api/admin/user/{id}/action/takeOwnership", this::takeOwnership);
        r.post("/cloudapi/1.0.0/users/{id}/takeOwnership", this::takeOwnership);
    }

    private UserRow load(Exchange x, Right right) {
        return users.user(x.principal(), Hrefs.id(x, "id"), right);
    }

    Reply create(Exchange x) {
        OrgRow org = orgs.org(x.principal(), Hrefs.id(x, "id"), Right.USER_MANAGE);
        User body = x.read(User.class, "User", MediaTypes.USER);
        UserRow u = users.create(org.id(), changes(body), TaskResource.caller(x.principal()));
        return Reply.created(user(x, u), MediaTypes.USER, Hrefs.of(x, Kind.USER, u.id()));
    }

    Reply get(Exchange x) {
        return Reply.ok(user(x, load(x, Right.USER_VIEW)), MediaTypes.USER);
    }

    Reply update(Exchange x) {
        UserRow u = load(x, Right.USER_MANAGE);
        User body = x.read(User.class, "User", MediaTypes.USER);
        return Reply.ok(user(x, users.update(u.id(), changes(body), TaskResource.caller(x.principal()))), MediaTypes.USER);
    }

    Reply takeOwnership(Exchange x) {
        ownership.takeOwnership(x.principal(), Hrefs.id(x, "id"), TaskResource.caller(x.principal()));
        return Reply.noContent();
    }

    Reply delete(Exchange x) {
        UserRow u = load(x, Right.USER_MANAGE);
        users.delete(u.id(), TaskResource.caller(x.principal()));
        return Reply.noContent();
    }

    private static UserService.Changes changes(User b) {
        UUID roleId = null;
        if (b.role != null) {
            roleId = Ids.fromAny(b.role.href != null ? b.role.href : b.role.id);
            if (roleId == null) {
                throw ApiException.invalidReference("The Role reference is not an href to a role.");
            }
        }
        return new UserService.Changes(b.name, b.fullName, b.description, b.emailAddress, b.telephone, b.im,
                b.isEnabled, b.isExternal, b.password, roleId, b.storedVmQuota, b.deployedVmQuota);
    }

    private User user(Exchange x, UserRow u) {
        return db.read(tx -> UserView.of(tx, Hrefs.viewer(x), u));
    }
}
