package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.extension.AclRules;
import io.vcdsim.extension.ResourceClasses;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AclRule;
import io.vcdsim.model.Entity;
import io.vcdsim.model.ResourceClass;
import io.vcdsim.model.ResourceClassAction;
import io.vcdsim.model.ServiceResource;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.ResourceClassStore.ActionRow;
import io.vcdsim.store.ResourceClassStore.ClassRow;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.views.ResourceClassView;

import java.util.UUID;

/**
 * An extension service's resource classes, their actions and service resources, and the actions' ACL rules, at
 * vCD's URLs under /api/admin/extension/service, for system administrators. A list is the query of its kind
 * filtered to the parent, as vCD answers it.
 */
public final class ResourceClassResource implements Routes {
    private static final String BASE = "/api/admin/extension/service";
    private final Database db;
    private final ServiceRegistry services;
    private final ResourceClasses classes;
    private final AclRules rules;
    private final QueryService queries;

    public ResourceClassResource(Database db, ServiceRegistry services, ResourceClasses classes, AclRules rules,
                                 QueryService queries) {
        this.db = db;
        this.services = services;
        this.classes = classes;
        this.rules = rules;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.post(BASE + "/{id}/resourceclasses", this::createClass);
        r.get(BASE + "/{id}/resourceclasses", x -> children(x, service(x).id(), "resourceClass", "service",
                Kind.SERVICE));
        r.get(BASE + "/resourceclass/{id}", x -> Reply.ok(ResourceClassView.resourceClass(Hrefs.viewer(x),
                resourceClass(x)), MediaTypes.RESOURCE_CLASS));
        r.delete(BASE + "/resourceclass/{id}", x -> {
            classes.delete(resourceClass(x));
            return Reply.noContent();
        });
        r.post(BASE + "/resourceclass/{id}/resourceclassactions", this::addAction);
        r.get(BASE + "/resourceclass/{id}/resourceclassactions", x -> children(x, resourceClass(x).id(),
                "resourceClassAction", "resourceClass", Kind.RESOURCE_CLASS));
        r.post(BASE + "/resourceclass/{id}/serviceresources", this::addResource);
        r.get(BASE + "/resourceclass/{id}/serviceresources", x -> children(x, resourceClass(x).id(),
                "serviceResource", "resourceClass", Kind.RESOURCE_CLASS));
        r.get(BASE + "/resourceclassaction/{id}", x -> Reply.ok(db.read(tx -> ResourceClassView.action(tx,
                Hrefs.viewer(x), action(x))), MediaTypes.RESOURCE_CLASS_ACTION));
        r.delete(BASE + "/resourceclassaction/{id}", x -> {
            classes.deleteAction(action(x));
            return Reply.noContent();
        });
        r.post(BASE + "/resourceclassaction/{id}/aclrules", this::addRule);
        r.get(BASE + "/resourceclassaction/{id}/aclrules", x -> children(x, action(x).id(), "aclRule",
                "resourceClassAction", Kind.RESOURCE_CLASS_ACTION));
        r.get(BASE + "/serviceresource/{id}", x -> Reply.ok(ResourceClassView.resource(Hrefs.viewer(x),
                classes.resource(x.principal(), Hrefs.systemAdminId(x))), MediaTypes.SERVICE_RESOURCE));
        r.delete(BASE + "/serviceresource/{id}", x -> {
            classes.deleteResource(classes.resource(x.principal(), Hrefs.systemAdminId(x)));
            return Reply.noContent();
        });
        r.get(BASE + "/aclrule/{id}", x -> Reply.ok(ResourceClassView.rule(Hrefs.viewer(x),
                rules.rule(x.principal(), Hrefs.systemAdminId(x))), MediaTypes.ACL_RULE));
        r.delete(BASE + "/aclrule/{id}", x -> {
            rules.delete(rules.rule(x.principal(), Hrefs.systemAdminId(x)));
            return Reply.noContent();
        });
    }

    Reply createClass(Exchange x) {
        ServiceRow service = service(x);
        ResourceClass in = x.read(ResourceClass.class, "ResourceClass", MediaTypes.RESOURCE_CLASS);
        ClassRow created = classes.create(service, new ResourceClasses.ClassSpec(in.name, in.description,
                in.mimeType, in.urlTemplate, in.nid, in.urnPattern));
        return created(ResourceClassView.resourceClass(Hrefs.viewer(x), created), MediaTypes.RESOURCE_CLASS);
    }

    Reply addAction(Exchange x) {
        ClassRow resourceClass = resourceClass(x);
        ResourceClassAction in = x.read(ResourceClassAction.class, "ResourceClassAction",
                MediaTypes.RESOURCE_CLASS_ACTION);
        if (in.aclRules != null && !in.aclRules.aclRule.isEmpty()) {
            throw ApiException.badRequest("An action's ACL rules are added one by one, at its aclrules link.");
        }
        ActionRow created = classes.addAction(resourceClass, new ResourceClasses.ActionSpec(in.name, in.description,
                in.httpMethod, in.urlPattern));
        return created(db.read(tx -> ResourceClassView.action(tx, Hrefs.viewer(x), created)),
                MediaTypes.RESOURCE_CLASS_ACTION);
    }

    Reply addResource(Exchange x) {
        ClassRow resourceClass = resourceClass(x);
        ServiceResource in = x.read(ServiceResource.class, "ServiceResource", MediaTypes.SERVICE_RESOURCE);
        var created = classes.addResource(resourceClass, new ResourceClasses.ResourceSpec(in.name, in.description,
                in.org == null ? null : in.org.href, in.externalObjectId));
        return created(ResourceClassView.resource(Hrefs.viewer(x), created), MediaTypes.SERVICE_RESOURCE);
    }

    Reply addRule(Exchange x) {
        ActionRow action = action(x);
        AclRule in = x.read(AclRule.class, "AclRule", MediaTypes.ACL_RULE);
        var created = rules.create(action, new AclRules.Spec(in.name, in.description, access(in.serviceResourceAccess),
                access(in.organizationAccess), access(in.principalAccess)));
        return created(ResourceClassView.rule(Hrefs.viewer(x), created), MediaTypes.ACL_RULE);
    }

    private static AclRules.Access access(AclRule.Access a) {
        return a == null ? null : new AclRules.Access(a.access, a.entity == null ? null : a.entity.href,
                a.entity == null ? null : a.entity.type);
    }

    private static Reply created(Entity view, String mediaType) {
        return Reply.created(view, mediaType, view.href);
    }

    /** A parent's children as vCD lists them: the query of their kind, filtered to the parent, as records. */
    private Reply children(Exchange x, UUID parentId, String type, String parentField, Kind parentKind) {
        return QueryResource.records(queries, x, type, parentField + "==" + parentKind.urn(parentId));
    }

    private ServiceRow service(Exchange x) {
        return services.service(x.principal(), Hrefs.systemAdminId(x));
    }

    private ClassRow resourceClass(Exchange x) {
        return classes.resourceClass(x.principal(), Hrefs.systemAdminId(x));
    }

    private ActionRow action(Exchange x) {
        return classes.action(x.principal(), Hrefs.systemAdminId(x));
    }
}
