package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.model.AclRule;
import io.vcdsim.model.Reference;
import io.vcdsim.model.ResourceClass;
import io.vcdsim.model.ResourceClassAction;
import io.vcdsim.model.ServiceResource;
import io.vcdsim.store.AclRuleStore;
import io.vcdsim.store.ResourceClassStore.ActionRow;
import io.vcdsim.store.ResourceClassStore.ClassRow;
import io.vcdsim.store.ResourceClassStore.ResourceRow;
import io.vcdsim.store.Tx;

import java.util.UUID;

/**
 * Resource classes, their actions (with their ACL rules), service resources and ACL rules, with the links vCD
 * gives them: remove, up to the parent, and down to the children's lists (query records).
 */
public final class ResourceClassView {
    private static final String RECORDS = MediaTypes.xml(MediaTypes.QUERY_RECORDS);

    private ResourceClassView() {
    }

    public static ResourceClass resourceClass(Viewer v, ClassRow c) {
        ResourceClass view = v.entity(new ResourceClass(), Kind.RESOURCE_CLASS, c.id(), c.name());
        view.link("remove", view.href, null);
        v.link(view, "up", Kind.SERVICE, c.serviceId());
        view.link("down:resourceClassActions", view.href + "/resourceclassactions", RECORDS);
        view.link("down:serviceResources", view.href + "/serviceresources", RECORDS);
        view.description = c.description();
        view.mimeType = c.mimeType();
        view.urlTemplate = c.urlTemplate();
        view.nid = c.nid();
        view.urnPattern = c.urnPattern();
        return view;
    }

    public static ResourceClassAction action(Tx tx, Viewer v, ActionRow a) {
        ResourceClassAction view = v.entity(new ResourceClassAction(), Kind.RESOURCE_CLASS_ACTION, a.id(), a.name());
        view.link("remove", view.href, null);
        v.link(view, "up", Kind.RESOURCE_CLASS, a.resourceClassId());
        view.link("down:aclRules", view.href + "/aclrules", RECORDS);
        view.description = a.description();
        view.httpMethod = a.httpMethod();
        view.urlPattern = a.urlPattern();
        view.aclRules = new AclRule.List();
        for (AclRuleStore.Row rule : tx.store(AclRuleStore::new).ofAction(a.id())) {
            view.aclRules.aclRule.add(rule(v, rule));
        }
        return view;
    }

    public static ServiceResource resource(Viewer v, ResourceRow r) {
        ServiceResource view = v.entity(new ServiceResource(), Kind.SERVICE_RESOURCE, r.id(), r.name());
        view.link("remove", view.href, null);
        v.link(view, "up", Kind.RESOURCE_CLASS, r.resourceClassId());
        view.description = r.description();
        view.org = v.adminRef(Kind.ORG, r.orgId(), null);
        view.externalObjectId = r.externalObjectId();
        return view;
    }

    public static AclRule rule(Viewer v, AclRuleStore.Row r) {
        AclRule view = v.entity(new AclRule(), Kind.ACL_RULE, r.id(), r.name());
        view.link("remove", view.href, null);
        v.link(view, "up", Kind.RESOURCE_CLASS_ACTION, r.actionId());
        view.description = r.description();
        if (r.serviceResourceAccess() != null) {
            view.serviceResourceAccess = access(r.serviceResourceAccess(),
                    entity(v, Kind.SERVICE_RESOURCE, r.serviceResourceId()));
        }
        view.organizationAccess = access(r.orgAccess(), r.orgId() == null ? null : v.adminRef(Kind.ORG, r.orgId(), null));
        Reference principal = r.principalUserId() != null ? v.adminRef(Kind.USER, r.principalUserId(), null)
                : r.principalRight() != null ? v.adminRef(Kind.RIGHT, RightsCatalog.idOf(r.principalRight()),
                r.principalRight()) : null;
        view.principalAccess = access(r.principalAccess(), principal);
        return view;
    }

    private static Reference entity(Viewer v, Kind kind, UUID id) {
        return id == null ? null : v.adminRef(kind, id, null);
    }

    private static AclRule.Access access(String access, Reference entity) {
        return new AclRule.Access(access, entity);
    }
}
