package io.vcdsim;

import io.vcdsim.api.AccessControlResource;
import io.vcdsim.api.CloudApiRightsContainerResource;
import io.vcdsim.api.CloudApiRoleResource;
import io.vcdsim.api.OrgFederationResource;
import io.vcdsim.api.OrgResource;
import io.vcdsim.api.OwnerResource;
import io.vcdsim.api.RoleResource;
import io.vcdsim.api.Routes;
import io.vcdsim.api.TaskViews;
import io.vcdsim.api.UserResource;
import io.vcdsim.auth.Sessions;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.tenancy.AccessControl;
import io.vcdsim.tenancy.Entities;
import io.vcdsim.tenancy.OrgFederation;
import io.vcdsim.tenancy.OrgService;
import io.vcdsim.tenancy.Ownership;
import io.vcdsim.tenancy.RightsContainers;
import io.vcdsim.tenancy.RoleService;
import io.vcdsim.tenancy.UserService;

import java.time.Clock;
import java.util.List;

/**
 * The wiring of tenancy: organizations and their federation, users, roles and the provider's rights containers, and
 * who may see or owns an object (access control, owners).
 */
final class TenancySide {
    private TenancySide() {
    }

    static List<Routes> resources(Database db, Clock clock, OrgService orgs, Sessions sessions, Entities entities,
                                  QueryService queries, TaskViews taskViews) {
        Ownership ownership = new Ownership(db, entities, clock);
        RoleService roles = new RoleService(db, clock, sessions);
        return List.of(new OrgResource(db, orgs, taskViews),
                new OrgFederationResource(orgs, new OrgFederation(db, clock)),
                new UserResource(db, new UserService(db, clock, sessions), orgs, ownership),
                new RoleResource(db, orgs, roles),
                new CloudApiRoleResource(roles, queries),
                new CloudApiRightsContainerResource(new RightsContainers(db, clock, sessions), queries),
                new AccessControlResource(db, new AccessControl(db, entities)),
                new OwnerResource(db, ownership));
    }
}
