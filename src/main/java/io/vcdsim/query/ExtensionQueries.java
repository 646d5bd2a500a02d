package io.vcdsim.query;

import io.vcdsim.core.Kind;

import java.util.ArrayList;
import java.util.List;

import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/**
 * The typed queries of what extension services register beyond their admin view and filters: the services as users
 * see them (name, vendor, namespace), service links, resource classes, their actions, service resources and ACL rules
 * (system administrators only), and API definitions with their file descriptors (every user).
 */
final class ExtensionQueries {
    private ExtensionQueries() {
    }

    static void addTo(List<QueryType> types) {
        // The services as every user's view of them names them (vCD offers it to users too, with hrefs to
        // /api/service/{id}; vcdsim serves a service at its admin path only, so only system administrators run it).
        types.add(QueryType.relation("service", "ServiceRecord", "ServiceReference", Kind.SERVICE)
                .from("extension_service s").id("s.id").systemOnly()
                .fields(List.of(string("name", "s.name"), string("vendor", "s.vendor"),
                        string("namespace", "s.namespace")))
                .build());
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
        addApiDefinitions(types);
    }

    /** API definitions and their files: users read them all (apiDefinition, fileDescriptor), as administrators do. */
    private static void addApiDefinitions(List<QueryType> types) {
        String service = "extension_service s ON s.id = d.service_id";
        List<QueryField> ofService = List.of(ref("service", "d.service_id", Kind.SERVICE),
                string("serviceName", "s.name"), string("serviceNamespace", "s.namespace"),
                string("serviceVendor", "s.vendor"));
        List<QueryField> definition = new ArrayList<>(List.of(string("name", "d.name"),
                string("entryPoint", "d.entry_point"), string("namespace", "d.namespace"),
                string("apiVendor", "d.api_vendor")));
        definition.addAll(ofService);
        String definitions = "api_definition d JOIN " + service;
        types.add(QueryType.of(Kind.API_DEFINITION, "ApiDefinitionRecord", "ApiDefinitionReference")
                .from(definitions).id("d.id").fields(definition).build());
        types.add(QueryType.adminOf(Kind.API_DEFINITION, "AdminApiDefinitionRecord", "AdminApiDefinitionReference")
                .adminHrefs().from(definitions).id("d.id").systemOnly().fields(definition).build());
        List<QueryField> file = new ArrayList<>(List.of(string("name", "f.file_name"),
                string("fileUrl", "f.file_href"), string("fileMimeType", "f.file_type"),
                ref("apiDefinition", "f.api_definition_id", Kind.API_DEFINITION), string("apiName", "d.name"),
                string("apiNamespace", "d.namespace"), string("apiVendor", "d.api_vendor")));
        file.addAll(ofService);
        String files = "file_descriptor f JOIN api_definition d ON d.id = f.api_definition_id JOIN " + service;
        types.add(QueryType.of(Kind.FILE_DESCRIPTOR, "FileDescriptorRecord", null).from(files).id("f.id")
                .fields(file).build());
        types.add(QueryType.adminOf(Kind.FILE_DESCRIPTOR, "AdminFileDescriptorRecord", "AdminFileDescriptorReference")
                .from(files).id("f.id").systemOnly().fields(file).build());
    }
}
