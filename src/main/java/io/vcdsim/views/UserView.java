package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.model.RightType;
import io.vcdsim.model.Role;
import io.vcdsim.model.User;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UserRow;

/** Users, and the roles and rights that say what they may do. */
public final class UserView {
    private UserView() {
    }

    public static User of(Tx tx, Viewer v, UserRow u) {
        RoleRow role = tx.roles().find(u.roleId()).orElseThrow();
        User user = v.entity(new User(), Kind.USER, u.id(), u.name());
        user.description = u.description();
        user.fullName = u.fullName();
        user.emailAddress = u.email();
        user.telephone = u.telephone();
        user.isEnabled = u.enabled();
        user.isLocked = false;
        user.im = u.im();
        user.nameInSource = u.name();
        user.isAlertEnabled = false;
        user.isExternal = u.external();
        user.providerType = u.external() ? "LDAP" : "INTEGRATED";
        user.isDefaultCached = false;
        user.isGroupRole = false;
        user.storedVmQuota = u.storedVmQuota();
        user.deployedVmQuota = u.deployedVmQuota();
        user.role = v.ref(Kind.ROLE, role.id(), role.name());
        user.link("edit", user.href, MediaTypes.xml(MediaTypes.USER));
        user.link("remove", user.href, null);
        v.adminLink(user, "up", Kind.ORG, u.orgId());
        return user;
    }

    /** A role with references to its rights; stored right names the catalog does not know are left out. */
    public static Role role(Tx tx, Viewer v, RoleRow row) {
        Role role = v.entity(new Role(), Kind.ROLE, row.id(), row.name());
        role.description = row.description();
        for (RightsCatalog.Entry right : tx.store(ServiceRightStore::new).catalog().of(tx.roles().rights(row.id()))) {
            role.rightReferences.add(v.ref(Kind.RIGHT, right.id(), right.name()));
        }
        v.adminLink(role, "up", Kind.ORG, row.orgId());
        if (!row.predefined() && v.principal().has(Right.ROLE_MANAGE)) {
            role.link("edit", role.href, MediaTypes.xml(MediaTypes.ROLE));
            role.link("remove", role.href, null);
        }
        return role;
    }

    public static RightType right(Viewer v, RightsCatalog.Entry r) {
        RightType right = v.entity(new RightType(), Kind.RIGHT, r.id(), r.name());
        right.description = r.name();
        right.category = r.category();
        return right;
    }
}
