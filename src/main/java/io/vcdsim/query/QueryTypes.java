package io.vcdsim.query;

import io.vcdsim.core.Right;
import io.vcdsim.compute.Provider;
import io.vcdsim.core.MediaTypes;

import java.util.ArrayList;
import java.util.List;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.date;
import static io.vcdsim.query.QueryField.href;
import static io.vcdsim.query.QueryField.oneOf;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/** The typed queries vcdsim offers, each declared once: its SQL, fields and visibility. */
public final class QueryTypes {
    private static final java.util.Set<String> STATUSES = java.util.Arrays.stream(io.vcdsim.store.TaskStatus.values())
            .map(s -> s.wire).collect(java.util.stream.Collectors.toSet());

    private QueryTypes() {
    }

    public static List<QueryType> all() {
        List<QueryType> types = new ArrayList<>();

        List<QueryField> org = List.of(string("name", "o.name"), string("displayName", "o.full_name"),
                bool("isEnabled", "o.enabled"), bool("isReadOnly", "o.is_system"),
                integer("numberOfVdcs", "(SELECT COUNT(*) FROM vdc v WHERE v.org_id = o.id)"),
                integer("numberOfCatalogs", "(SELECT COUNT(*) FROM catalog c WHERE c.org_id = o.id)"));
        types.add(QueryType.of("organization", "OrgRecord", "OrganizationReference").from("org o")
                .entity("o.id", "/api/org/", "org", MediaTypes.ORG).ownedBy("o.id").needs(Right.ORG_VIEW)
                .fields(org).build());
        types.add(QueryType.of("adminOrganization", "AdminOrgRecord", "OrganizationReference").from("org o")
                .entity("o.id", "/api/admin/org/", "org", MediaTypes.ADMIN_ORG).ownedBy("o.id").needs(Right.ORG_VIEW)
                .admin().fields(org).build());

        List<QueryField> user = List.of(string("name", "u.name"), string("fullName", "u.full_name"),
                string("email", "u.email"), bool("isEnabled", "u.enabled"), bool("isLdapUser", "u.external"),
                integer("storedVMQuota", "u.stored_vm_quota"), integer("deployedVMQuota", "u.deployed_vm_quota"),
                ref("org", "u.org_id", "/api/org/", "org"), string("orgName", "o.name"),
                string("roleName", "r.name"), date("creationDate", "u.created"));
        String userFrom = "app_user u JOIN org o ON o.id = u.org_id JOIN role r ON r.id = u.role_id";
        types.add(QueryType.of("user", "UserRecord", "UserReference").from(userFrom)
                .entity("u.id", "/api/admin/user/", "user", MediaTypes.USER).ownedBy("u.org_id")
                .needs(Right.USER_VIEW).fields(user).build());
        types.add(QueryType.of("adminUser", "AdminUserRecord", "UserReference").from(userFrom)
                .entity("u.id", "/api/admin/user/", "user", MediaTypes.USER).ownedBy("u.org_id")
                .needs(Right.USER_VIEW).admin().fields(user).build());

        List<QueryField> role = List.of(string("name", "r.name"), string("description", "r.description"),
                bool("isReadOnly", "r.predefined"), ref("org", "r.org_id", "/api/org/", "org"),
                string("orgName", "o.name"));
        String roleFrom = "role r JOIN org o ON o.id = r.org_id";
        types.add(QueryType.of("role", "RoleRecord", "RoleReference").from(roleFrom)
                .entity("r.id", "/api/admin/role/", "role", MediaTypes.ROLE).ownedBy("r.org_id")
                .needs(Right.ROLE_VIEW).fields(role).build());
        types.add(QueryType.of("adminRole", "AdminRoleRecord", "RoleReference").from(roleFrom)
                .entity("r.id", "/api/admin/role/", "role", MediaTypes.ROLE).ownedBy("r.org_id")
                .needs(Right.ROLE_VIEW).admin().fields(role).build());

        List<QueryField> vdc = List.of(string("name", "v.name"), string("description", "v.description"),
                bool("isEnabled", "v.enabled"), string("allocationModel", "v.allocation_model"),
                ref("org", "v.org_id", "/api/org/", "org"), string("orgName", "o.name"),
                integer("numberOfVApps", "(SELECT COUNT(*) FROM vapp a WHERE a.vdc_id = v.id)"),
                integer("numberOfMedia", "(SELECT COUNT(*) FROM media m WHERE m.vdc_id = v.id)"),
                integer("numberOfVAppTemplates", "(SELECT COUNT(*) FROM vapp_template t WHERE t.vdc_id = v.id)"));
        String vdcFrom = "vdc v JOIN org o ON o.id = v.org_id";
        types.add(QueryType.of("orgVdc", "OrgVdcRecord", "OrgVdcReference").from(vdcFrom)
                .entity("v.id", "/api/vdc/", "vdc", MediaTypes.VDC).ownedBy("v.org_id").needs(Right.VDC_VIEW)
                .fields(vdc).build());
        types.add(QueryType.of("adminOrgVdc", "AdminVdcRecord", "AdminVdcReference").from(vdcFrom)
                .entity("v.id", "/api/vdc/", "vdc", MediaTypes.VDC).ownedBy("v.org_id").needs(Right.VDC_VIEW)
                .admin().fields(vdc).build());

        List<QueryField> catalog = List.of(string("name", "c.name"), string("description", "c.description"),
                bool("isPublished", "c.published"), bool("isShared", "c.published"),
                ref("org", "c.org_id", "/api/org/", "org"), string("orgName", "o.name"),
                date("creationDate", "c.created"),
                integer("numberOfVAppTemplates", "(SELECT COUNT(*) FROM catalog_item i WHERE i.catalog_id = c.id "
                        + "AND i.entity_kind = 'vAppTemplate')"),
                integer("numberOfMedia", "(SELECT COUNT(*) FROM catalog_item i WHERE i.catalog_id = c.id "
                        + "AND i.entity_kind = 'media')"));
        String catalogFrom = "catalog c JOIN org o ON o.id = c.org_id";
        types.add(QueryType.of("catalog", "CatalogRecord", "CatalogReference").from(catalogFrom)
                .entity("c.id", "/api/catalog/", "catalog", MediaTypes.CATALOG).ownedBy("c.org_id")
                .needs(Right.CATALOG_VIEW).fields(catalog).build());
        types.add(QueryType.of("adminCatalog", "AdminCatalogRecord", "CatalogReference").from(catalogFrom)
                .entity("c.id", "/api/catalog/", "catalog", MediaTypes.CATALOG).ownedBy("c.org_id")
                .needs(Right.CATALOG_VIEW).admin().fields(catalog).build());

        List<QueryField> network = List.of(string("name", "n.name"), string("description", "n.description"),
                string("fenceMode", "n.fence_mode"), string("defaultGateway", "n.gateway"),
                string("netmask", "n.netmask"), ref("vdc", "n.vdc_id", "/api/vdc/", "vdc"),
                ref("org", "n.org_id", "/api/org/", "org"));
        types.add(QueryType.of("orgVdcNetwork", "OrgVdcNetworkRecord", "OrgVdcNetworkReference")
                .from("org_network n").entity("n.id", "/api/network/", "network", MediaTypes.ORG_NETWORK)
                .ownedBy("n.org_id").needs(Right.NETWORK_VIEW).fields(network).build());
        // Task records: name is the operationName, object* the Owner (§6.3 of the task spec).
        List<QueryField> task = List.of(string("name", "t.operation_name"), string("operationFull", "t.operation"),
                string("message", "t.error_message"), oneOf("status", "t.status", STATUSES), date("startDate", "t.start_time"),
                date("endDate", "t.end_time"), integer("progress", "t.progress"), string("ownerName", "t.user_name"),
                ref("org", "t.org_id", "/api/org/", "org"), string("orgName", "t.org_name"),
                href("object", "t.owner_href"), string("objectType", "t.owner_type"),
                string("objectName", "t.owner_name"), string("serviceNamespace", "t.service_namespace"),
                ref("owner", "t.user_id", "/api/admin/user/", "user"), bool("hasOwner", "(t.owner_id IS NOT NULL)"),
                bool("cancelRequested", "t.cancel_requested"));
        String taskFrom = "task t";
        types.add(QueryType.of("task", "TaskRecord", "TaskReference").from(taskFrom)
                .entity("t.id", "/api/task/", "task", MediaTypes.TASK).ownedBy("t.org_id").needs(Right.TASK_VIEW)
                .sortedBy("startDate").indexPrefix("t.org_id", "t.status").fields(task).build());
        types.add(QueryType.of("adminTask", "AdminTaskRecord", "TaskReference").from(taskFrom)
                .entity("t.id", "/api/task/", "task", MediaTypes.TASK).ownedBy("t.org_id").needs(Right.TASK_VIEW)
                .admin().sortedBy("startDate").indexPrefix("t.org_id", "t.status").fields(task).build());

        // Blocking tasks: only the active ones, for system administrators (§3.9 of the task spec).
        List<QueryField> blocking = List.of(string("status", "b.status"), string("operationName", "b.name"),
                href("owner", "t.owner_href"), string("ownerName", "t.owner_name"),
                ref("originatingOrg", "b.org_id", "/api/org/", "org"), string("originatingOrgName", "t.org_name"),
                date("creationDate", "b.created"), date("expirationTime", "b.timeout_date"),
                string("timeoutAction", "b.timeout_action"), ref("task", "b.task_id", "/api/task/", "task"),
                string("description", "b.message"), oneOf("jobStatus", "t.status", STATUSES),
                bool("hasOwner", "(t.owner_id IS NOT NULL)"));
        types.add(QueryType.of("blockingTask", "BlockingTaskRecord", "BlockingTaskReference")
                .from("(SELECT * FROM blocking_task WHERE status = 'active') b JOIN task t ON t.id = b.task_id")
                .entity("b.id", "/api/admin/extension/blockingTask/", "blockingTask",
                        MediaTypes.BLOCKING_TASK).systemOnly().sortedBy("creationDate").fields(blocking).build());

        // What catalogs hold, and vApps with their VMs (issue 6's objects).
        List<QueryField> catalogItem = List.of(string("name", "i.name"), string("description", "i.description"),
                ref("catalog", "i.catalog_id", "/api/catalog/", "catalog"), string("catalogName", "c.name"),
                string("entityType", "i.entity_kind"), string("entityName", "i.name"),
                ref("org", "i.org_id", "/api/org/", "org"), date("creationDate", "i.created"),
                string("status", "CASE WHEN COALESCE(m.status, t.status, 1) IN (1, 8) THEN 'RESOLVED' "
                        + "ELSE 'UNRESOLVED' END"));
        String itemFrom = "catalog_item i JOIN catalog c ON c.id = i.catalog_id LEFT JOIN media m ON m.id = i.entity_id "
                + "LEFT JOIN vapp_template t ON t.id = i.entity_id";
        types.add(QueryType.of("catalogItem", "CatalogItemRecord", "CatalogItemReference").from(itemFrom)
                .entity("i.id", "/api/catalogItem/", "catalogitem", MediaTypes.CATALOG_ITEM).ownedBy("i.org_id")
                .needs(Right.CATALOG_ITEM_VIEW).fields(catalogItem).build());
        types.add(QueryType.of("adminCatalogItem", "AdminCatalogItemRecord", "CatalogItemReference").from(itemFrom)
                .entity("i.id", "/api/catalogItem/", "catalogitem", MediaTypes.CATALOG_ITEM).ownedBy("i.org_id")
                .needs(Right.CATALOG_ITEM_VIEW).admin().fields(catalogItem).build());

        List<QueryField> mediaFields = List.of(string("name", "m.name"), string("imageType", "m.image_type"),
                integer("storageB", "m.size"), ref("org", "m.org_id", "/api/org/", "org"),
                ref("vdc", "m.vdc_id", "/api/vdc/", "vdc"), date("creationDate", "m.created"),
                string("status", "CASE m.status WHEN 1 THEN 'RESOLVED' ELSE 'UNRESOLVED' END"),
                string("catalogName", "(SELECT c.name FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                        + "WHERE i.entity_id = m.id)"));
        types.add(QueryType.of("media", "MediaRecord", "MediaReference").from("media m")
                .entity("m.id", "/api/media/", "media", MediaTypes.MEDIA).ownedBy("m.org_id")
                .needs(Right.CATALOG_ITEM_VIEW).fields(mediaFields).build());
        types.add(QueryType.of("adminMedia", "AdminMediaRecord", "MediaReference").from("media m")
                .entity("m.id", "/api/media/", "media", MediaTypes.MEDIA).ownedBy("m.org_id")
                .needs(Right.CATALOG_ITEM_VIEW).admin().fields(mediaFields).build());

        List<QueryField> templateFields = List.of(string("name", "t.name"), string("description", "t.description"),
                ref("org", "t.org_id", "/api/org/", "org"), ref("vdc", "t.vdc_id", "/api/vdc/", "vdc"),
                date("creationDate", "t.created"), bool("isGoldMaster", "FALSE"),
                string("status", "CASE t.status WHEN 8 THEN 'RESOLVED' ELSE 'UNRESOLVED' END"),
                integer("numberOfVMs", "(SELECT COUNT(*) FROM vm WHERE vm.parent_id = t.id)"),
                string("catalogName", "(SELECT c.name FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                        + "WHERE i.entity_id = t.id)"));
        types.add(QueryType.of("vAppTemplate", "VAppTemplateRecord", "VAppTemplateReference").from("vapp_template t")
                .entity("t.id", "/api/vAppTemplate/vappTemplate-", "vapptemplate", MediaTypes.VAPP_TEMPLATE)
                .ownedBy("t.org_id").needs(Right.CATALOG_ITEM_VIEW).fields(templateFields).build());
        types.add(QueryType.of("adminVAppTemplate", "AdminVAppTemplateRecord", "VAppTemplateReference")
                .from("vapp_template t").entity("t.id", "/api/vAppTemplate/vappTemplate-", "vapptemplate",
                        MediaTypes.VAPP_TEMPLATE).ownedBy("t.org_id").needs(Right.CATALOG_ITEM_VIEW).admin()
                .fields(templateFields).build());

        String powerState = "CASE %s WHEN 4 THEN 'POWERED_ON' WHEN 8 THEN 'POWERED_OFF' WHEN 3 THEN 'SUSPENDED' "
                + "WHEN 0 THEN 'UNRESOLVED' ELSE 'UNKNOWN' END";
        List<QueryField> vapp = List.of(string("name", "a.name"), string("description", "a.description"),
                ref("vdc", "a.vdc_id", "/api/vdc/", "vdc"), string("vdcName", "v.name"),
                ref("org", "a.org_id", "/api/org/", "org"), string("status", powerState.formatted("a.status")),
                bool("isDeployed", "a.deployed"), date("creationDate", "a.created"),
                integer("numberOfVMs", "(SELECT COUNT(*) FROM vm WHERE vm.parent_id = a.id)"),
                bool("isBusy", "EXISTS (SELECT 1 FROM busy_entity b WHERE b.entity_id = a.id)"));
        String vappFrom = "vapp a JOIN vdc v ON v.id = a.vdc_id";
        types.add(QueryType.of("vApp", "VAppRecord", "VAppReference").from(vappFrom)
                .entity("a.id", "/api/vApp/vapp-", "vapp", MediaTypes.VAPP).ownedBy("a.org_id").needs(Right.VDC_VIEW)
                .fields(vapp).build());
        types.add(QueryType.of("adminVApp", "AdminVAppRecord", "VAppReference").from(vappFrom)
                .entity("a.id", "/api/vApp/vapp-", "vapp", MediaTypes.VAPP).ownedBy("a.org_id").needs(Right.VDC_VIEW)
                .admin().fields(vapp).build());
        List<QueryField> vm = List.of(string("name", "m.name"), ref("container", "m.parent_id", "/api/vApp/vapp-",
                        "vapp"), string("containerName", "a.name"), ref("vdc", "a.vdc_id", "/api/vdc/", "vdc"),
                ref("org", "m.org_id", "/api/org/", "org"), string("status", powerState.formatted("m.status")),
                bool("isDeployed", "m.deployed"), string("guestOs", "m.os_type"), integer("numberOfCpus", "m.cpus"),
                integer("memoryMB", "m.memory_mb"), bool("isVAppTemplate", "FALSE"), date("creationDate", "m.created"));
        String vmFrom = "vm m JOIN vapp a ON a.id = m.parent_id";
        types.add(QueryType.of("vm", "VMRecord", "VMReference").from(vmFrom)
                .entity("m.id", "/api/vApp/vm-", "vm", MediaTypes.VM).ownedBy("m.org_id").needs(Right.VDC_VIEW)
                .fields(vm).build());
        types.add(QueryType.of("adminVM", "AdminVMRecord", "VMReference").from(vmFrom)
                .entity("m.id", "/api/vApp/vm-", "vm", MediaTypes.VM).ownedBy("m.org_id").needs(Right.VDC_VIEW)
                .admin().fields(vm).build());

        // The simulated provider VDC's one storage profile, which CreateVdcParams may name.
        List<QueryField> storageProfile = List.of(string("name", "p.name"), bool("isEnabled", "TRUE"),
                string("providerVdcName", "'" + Provider.PROVIDER_VDC + "'"));
        types.add(QueryType.of("providerVdcStorageProfile", "ProviderVdcStorageProfileRecord",
                        "ProviderVdcStorageProfileReference")
                .from("(SELECT CAST('" + Provider.STORAGE_PROFILE_ID + "' AS UUID) AS id, '"
                        + Provider.STORAGE_PROFILE + "' AS name) p")
                .entity("p.id", "/api/admin/pvdcStorageProfile/", "providervdcstorageprofile",
                        "application/vnd.vmware.admin.pvdcStorageProfile").systemOnly().fields(storageProfile).build());

        // Extension services and their API filters (§5.1), for system administrators.
        List<QueryField> service = List.of(string("name", "s.name"), string("namespace", "s.namespace"),
                bool("enabled", "s.enabled"), string("exchange", "s.exchange"), string("routingKey", "s.routing_key"),
                integer("priority", "s.priority"), string("vendor", "s.vendor"),
                bool("isAuthorizationEnabled", "s.authorization_enabled"));
        types.add(QueryType.of("adminService", "AdminServiceRecord", "AdminServiceReference")
                .from("extension_service s").entity("s.id", "/api/admin/extension/service/", "service",
                        MediaTypes.ADMIN_SERVICE).systemOnly().fields(service).build());
        List<QueryField> apiFilter = List.of(ref("service", "f.service_id", "/api/admin/extension/service/", "service"),
                string("urlPattern", "f.url_pattern"), string("responseContentType", "f.response_content_type"));
        types.add(QueryType.of("apiFilter", "ApiFilterRecord", "ApiFilterReference").from("api_filter f")
                .entity("f.id", "/api/admin/extension/service/apifilter/", "apiFilter", MediaTypes.API_FILTER)
                .sortedBy("urlPattern")
                .systemOnly().fields(apiFilter).build());

        List<QueryField> event = List.of(string("eventId", "CAST(e.id AS VARCHAR(36))"), string("eventType", "e.type"),
                date("timeStamp", "e.time"), integer("eventStatus", "CASE WHEN e.success THEN 2 ELSE 3 END"),
                string("userName", "e.user_name"), string("orgName", "o.name"), ref("org", "e.org_id", "/api/org/", "org"),
                string("entityType", "e.entity_type"), string("entityName", "e.entity_name"),
                href("entity", "e.entity_href"), string("details", "e.details"),
                string("serviceNamespace", "e.service_namespace"), ref("task", "e.task_id", "/api/task/", "task"));
        String eventFrom = "event e LEFT JOIN org o ON o.id = e.org_id";
        types.add(QueryType.of("event", "EventRecord", "EventReference").from(eventFrom)
                .entity("e.id", "/api/event/", "event", MediaTypes.EVENT).ownedBy("e.org_id").needs(Right.TASK_VIEW)
                .sortedBy("timeStamp").tieBreak("e.seq").fields(event).build());
        types.add(QueryType.of("adminEvent", "AdminEventRecord", "AdminEventReference").from(eventFrom)
                .entity("e.id", "/api/event/", "event", MediaTypes.EVENT).ownedBy("e.org_id").needs(Right.TASK_VIEW)
                .admin().sortedBy("timeStamp").tieBreak("e.seq").fields(event).build());
        return types;
    }
}
