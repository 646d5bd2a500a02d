package io.vcdsim.query;

import io.vcdsim.core.Kind;

import java.util.List;

import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/**
 * The typed queries of what extension services register beyond themselves and their filters: service links,
 * resource classes, their actions, service resources and ACL rules. vCD shows them to system administrators only.
 */
final class ExtensionQueries {
    private ExtensionQueries() {
    }

    static void addTo(List<QueryType> types) {
        types.add(QueryType.of(Kind.SERVICE_LINK, "ServiceLinkRecord", "ServiceLinkReference").from("service_link l")
                .id("l.id").systemOnly().sortedBy("rel")
                .fields(List.of(string("rel", "l.rel"), string("linkHref", "l.link_href"),
                        string("mimeType", "l.mime_type"), string("resourceType", "l.resource_type"),
                        ref("service", "l.service_id", Kind.SERVICE), string("resourceId", "l.resource_id")))
                .build());
        types.add(QueryType.of(Kind.RESOURCE_CLASS, "ResourceClassRecord", "ResourceClassReference")
                .from("resource_class c").id("c.id").systemOnly()
                .fields(List.of(string("name", "c.name"), ref("service", "c.service_id", Kind.SERVICE),
                        string("mimeType", "c.mime_type"), string("urlTemplate", "c.url_template"),
                        string("nid", "c.nid"), string("urnPattern", "c.urn_pattern")))
                .build());
        types.add(QueryType.of(Kind.RESOURCE_CLASS_ACTION, "ResourceClassActionRecord", "ResourceClassActionReference")
                .from("resource_class_action a").id("a.id").systemOnly()
                .fields(List.of(string("name", "a.name"), string("httpMethod", "a.http_method"),
                        string("urlPattern", "a.url_pattern"),
                        ref("resourceClass", "a.resource_class_id", Kind.RESOURCE_CLASS)))
                .build());
        types.add(QueryType.of(Kind.SERVICE_RESOURCE, "ServiceResourceRecord", "ServiceResourceReference")
                .from("service_resource r").id("r.id").systemOnly()
                .fields(List.of(string("name", "r.name"), ref("org", "r.org_id", Kind.ORG),
                        ref("resourceClass", "r.resource_class_id", Kind.RESOURCE_CLASS),
                        string("externalObjectId", "r.external_object_id")))
                .build());
        // a principal is a user (by URN) or a right (by name), as principalType says
        types.add(QueryType.of(Kind.ACL_RULE, "AclRuleRecord", "AclRuleReference").from("acl_rule r").id("r.id")
                .systemOnly()
                .fields(List.of(string("name", "r.name"),
                        ref("resourceClassAction", "r.action_id", Kind.RESOURCE_CLASS_ACTION),
                        ref("serviceResource", "r.service_resource_id", Kind.SERVICE_RESOURCE),
                        ref("org", "r.org_id", Kind.ORG),
                        string("principal", "CASE WHEN r.principal_user_id IS NOT NULL THEN CONCAT('urn:vcloud:user:', "
                                + "CAST(r.principal_user_id AS VARCHAR(36))) ELSE r.principal_right END"),
                        string("principalType", "CASE WHEN r.principal_user_id IS NOT NULL THEN 'user' "
                                + "WHEN r.principal_right IS NOT NULL THEN 'right' END"),
                        string("orgAccess", "r.org_access"),
                        string("serviceResourceAccess", "COALESCE(r.service_resource_access, 'Shared')"),
                        string("principalAccess", "r.principal_access")))
                .build());
    }
}
