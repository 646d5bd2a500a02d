package io.vcdsim;

import io.vcdsim.api.ApiDefinitionResource;
import io.vcdsim.api.ExtensionServiceResource;
import io.vcdsim.api.ObjectExtensionResource;
import io.vcdsim.api.ResourceClassResource;
import io.vcdsim.api.Routes;
import io.vcdsim.api.ServicePartsResource;
import io.vcdsim.extensibility.ObjectExtensions;
import io.vcdsim.extension.AclRules;
import io.vcdsim.extension.ApiDefinitions;
import io.vcdsim.extension.ResourceClasses;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.extension.ServiceRights;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;

import java.time.Clock;
import java.util.List;

/**
 * The wiring of what extensions register: extension services and their parts (rights, API definitions, resource
 * classes with their ACL rules), and object extensions.
 */
final class ExtensionSide {
    private ExtensionSide() {
    }

    static List<Routes> resources(Database db, Clock clock, ServiceRegistry services, ResourceClasses resourceClasses,
                                  QueryService queries) {
        return List.of(new ExtensionServiceResource(db, services, clock),
                new ObjectExtensionResource(new ObjectExtensions(db)),
                new ServicePartsResource(services, new ServiceRights(db, clock), queries),
                new ApiDefinitionResource(services, new ApiDefinitions(db, clock), queries),
                new ResourceClassResource(db, services, resourceClasses, new AclRules(db, clock), queries));
    }
}
