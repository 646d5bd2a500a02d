package io.vcdsim.query;

import io.vcdsim.core.Kind;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.store.ResourceStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.date;
import static io.vcdsim.query.QueryField.href;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.oneOf;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/** The typed queries vcdsim offers, each declared once: its SQL, fields and visibility. */
public final class QueryTypes {
    private static final java.util.Set<String> STATUSES = java.util.Arrays.stream(io.vcdsim.store.TaskStatus.values())
            .map(s -> s.wire).collect(java.util.stream.Collectors.toSet());

    /** The query the cloudapi's {@code orgs} list pages. */
    public static final String CLOUDAPI_ORGS = "cloudApiOrg";

    private QueryTypes() {
    }

    /**
     * Every right as a derived table {@code rt(id, name, category, right_type, bundle_key)}: the built-in ones, and
     * those extension services registered, typed as {@link RightsCatalog.Entry#rightType} types them.
     */
    private static String rightsTable() {
        StringJoiner rows = new StringJoiner(", ", "(SELECT * FROM (VALUES ",
                ") AS b (id, name, category, right_type, bundle_key) UNION ALL SELECT x.id, x.name, x.category, "
                        + "CASE WHEN x.name LIKE '%View%' OR x.name LIKE '%view%' THEN 'VIEW' ELSE 'MODIFY' END, "
                        + "x.bundle_key FROM extension_right x UNION ALL SELECT d.id, d.name, d.category, "
                        + "CASE WHEN d.name LIKE '%View%' THEN 'VIEW' ELSE 'MODIFY' END, "
                        + "'RIGHT_' || UPPER(d.vendor) || '_' || UPPER(d.nss) FROM rde_right d) rt");
        for (RightsCatalog.Entry r : RightsCatalog.all()) {
            rows.add("(CAST('" + r.id() + "' AS UUID), " + literal(r.name()) + ", " + literal(r.category()) + ", "
                    + literal(r.rightType()) + ", " + literal(r.bundleKey()) + ")");
        }
        return rows.toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static List<QueryType> all() {
        List<QueryType> types = new ArrayList<>();

        List<QueryField> org = List.of(string("name", "o.name"), string("displayName", "o.full_name"),
                bool("isEnabled", "o.enabled"), bool("isReadOnly", "o.is_system"),
                integer("numberOfVdcs", "(SELECT COUNT(*) FROM vdc v WHERE v.org_id = o.id)"),
                integer("numberOfCatalogs", "(SELECT COUNT(*) FROM catalog c WHERE c.org_id = o.id)"));
        types.add(QueryType.of(Kind.ORG, "OrgRecord", "OrganizationReference").from("org o")
                .id("o.id").ownedBy("o.id").administratorsOnly().fields(org).build());
        types.add(QueryType.adminOf(Kind.ORG, "AdminOrgRecord", "OrganizationReference").from("org o")
                .id("o.id").ownedBy("o.id").fields(org).build());

        List<QueryField> user = List.of(string("name", "u.name"), string("fullName", "u.full_name"),
                string("email", "u.email"), bool("isEnabled", "u.enabled"), bool("isLdapUser", "u.external"),
                integer("storedVMQuota", "u.stored_vm_quota"), integer("deployedVMQuota", "u.deployed_vm_quota"),
                ref("org", "u.org_id", Kind.ORG), string("orgName", "o.name"),
                string("roleName", "r.name"), date("creationDate", "u.created"));
        // the users service accounts act as are not the org's users (vCD lists them apart)
        String userFrom = "(SELECT * FROM app_user WHERE id NOT IN (SELECT user_id FROM service_account)) u "
                + "JOIN org o ON o.id = u.org_id JOIN role r ON r.id = u.role_id";
        types.add(QueryType.of(Kind.USER, "UserRecord", "UserReference").from(userFrom)
                .id("u.id").ownedBy("u.org_id").fields(user).build());
        types.add(QueryType.adminOf(Kind.USER, "AdminUserRecord", "UserReference").from(userFrom)
                .id("u.id").ownedBy("u.org_id").fields(user).build());

        List<QueryField> role = List.of(string("name", "r.name"), string("description", "r.description"),
                bool("isReadOnly", "r.predefined"), ref("org", "r.org_id", Kind.ORG),
                string("orgName", "o.name"));
        String roleFrom = "role r JOIN org o ON o.id = r.org_id";
        types.add(QueryType.of(Kind.ROLE, "RoleRecord", "RoleReference").from(roleFrom)
                .id("r.id").ownedBy("r.org_id").fields(role).build());
        types.add(QueryType.adminOf(Kind.ROLE, "AdminRoleRecord", "RoleReference").from(roleFrom)
                .id("r.id").ownedBy("r.org_id").fields(role).build());

        // the built-in rights are a catalog shipped with the code, not rows: a VALUES table made from them (with the rows
        // of services' rights) lets the one query engine filter, sort and page them like any stored kind (pyvcloud's
        // list_rights_available_in_vcd, create_role)
        List<QueryField> right = List.of(string("name", "rt.name"), string("category", "rt.category"),
                string("rightType", "rt.right_type"), string("bundleKey", "rt.bundle_key"));
        types.add(QueryType.of(Kind.RIGHT, "RightRecord", "RightReference").from(rightsTable()).id("rt.id")
                .fields(right).build());

        types.add(QueryType.of(Kind.VDC_COMPUTE_POLICY, null, null).cloudApiOnly().systemOnly()
                .from("vdc_compute_policy p").id("p.id")
                .fields(List.of(string("name", "p.name"), string("description", "p.description"),
                        string("policyType", "p.policy_type"), date("creationDate", "p.created")))
                .build());
        types.add(QueryType.of(Kind.LOGICAL_VM_GROUP, null, null).cloudApiOnly().systemOnly()
                .from("logical_vm_group g").id("g.id").sortedBy("name")
                .fields(List.of(string("name", "g.name"), string("description", "g.description"),
                        ref("pvdcId", "g.provider_vdc_id", Kind.PROVIDER_VDC)))
                .build());
        // orgs on the cloudapi (1.0.0/orgs): a system administrator sees all, anyone else the own org
        types.add(QueryType.relation(CLOUDAPI_ORGS, null, null, Kind.ORG).cloudApiOnly().from("org o").id("o.id")
                .ownedBy("o.id").sortedBy("name")
                .fields(List.of(string("name", "o.name"), string("displayName", "o.full_name"),
                        string("description", "o.description"), bool("isEnabled", "o.enabled")))
                .build());
        // an org's certificate library; go-vcloud-director finds an item by alias==X
        types.add(QueryType.of(Kind.CERTIFICATE, null, null).cloudApiOnly()
                .from("certificate_library_item c").id("c.id").ownedBy("c.org_id").sortedBy("alias")
                .fields(List.of(string("alias", "c.alias"), string("description", "c.description")))
                .build());
        // an edge gateway's ALB pools and virtual services, listed as its poolSummaries and virtualServiceSummaries
        // (the resource requires gatewayRef.id==<its edge>); go-vcloud-director finds one by name==X
        types.add(QueryType.of(Kind.ALB_POOL, null, null).cloudApiOnly()
                .from("alb_pool p").id("p.id").ownedBy("p.org_id").sortedBy("name")
                .fields(List.of(string("name", "p.name"), ref("gatewayRef.id", "p.edge_id", Kind.EDGE_GATEWAY)))
                .build());
        types.add(QueryType.of(Kind.ALB_VIRTUAL_SERVICE, null, null).cloudApiOnly()
                .from("alb_virtual_service s").id("s.id").ownedBy("s.org_id").sortedBy("name")
                .fields(List.of(string("name", "s.name"), ref("gatewayRef.id", "s.edge_id", Kind.EDGE_GATEWAY),
                        ref("loadBalancerPoolRef.id", "s.pool_id", Kind.ALB_POOL),
                        ref("serviceEngineGroupRef.id", "s.service_engine_group_id", Kind.ALB_SERVICE_ENGINE_GROUP),
                        string("virtualIpAddress", "s.virtual_ip"), string("ipv6VirtualIpAddress", "s.ipv6_virtual_ip")))
                .build());
        // an org's VDC groups; go-vcloud-director finds one by name==X
        types.add(QueryType.of(Kind.VDC_GROUP, null, null).cloudApiOnly()
                .from("vdc_group g").id("g.id").ownedBy("g.org_id").sortedBy("name")
                .fields(List.of(string("name", "g.name"), string("description", "g.description"),
                        ref("orgId", "g.org_id", Kind.ORG), string("networkProviderType", "g.network_provider_type"),
                        string("type", "g.group_type"), bool("dfwEnabled", "g.dfw_enabled")))
                .build());
        types.add(QueryType.of(Kind.API_TOKEN, null, null).cloudApiOnly()
                .from("api_token t JOIN app_user u ON u.id = t.user_id JOIN org o ON o.id = t.org_id")
                .id("t.id").ownedBy("t.org_id")
                .fields(List.of(string("name", "t.name"), string("owner.name", "u.name"),
                        ref("owner.id", "t.user_id", Kind.USER), string("org.name", "o.name"),
                        ref("org.id", "t.org_id", Kind.ORG),
                        // vCD also has PROXY tokens; every token vcdsim makes is a REFRESH one
                        oneOf("type", "'REFRESH'", Set.of("REFRESH", "PROXY"))))
                .build());
        types.add(QueryType.of(Kind.SERVICE_ACCOUNT, null, null).cloudApiOnly()
                .from("service_account s JOIN app_user u ON u.id = s.user_id JOIN role r ON r.id = u.role_id")
                .id("s.id").ownedBy("s.org_id")
                .fields(List.of(string("name", "s.name"), string("status", "s.status"),
                        string("softwareId", "s.software_id"), string("softwareVersion", "s.software_version"),
                        string("uri", "s.uri"), string("role.name", "r.name"), ref("role.id", "r.id", Kind.ROLE),
                        ref("org.id", "s.org_id", Kind.ORG)))
                .build());
        for (Kind kind : List.of(Kind.GLOBAL_ROLE, Kind.RIGHTS_BUNDLE)) {
            types.add(QueryType.of(kind, null, null)
                    .from("(SELECT * FROM " + kind.stored().table() + " WHERE " + kind.stored().where() + ") c")
                    .id("c.id").systemOnly().cloudApiOnly()
                    .fields(List.of(string("name", "c.name"), string("description", "c.description"),
                            string("bundleKey", "c.bundle_key"), bool("readOnly", "c.read_only"),
                            bool("publishAll", "c.publish_all")))
                    .build());
        }

        // A VDC's storage profiles: its * and those added from its provider VDC's.
        List<QueryField> vdcProfile = List.of(string("name", "p.name"), bool("isEnabled", "p.enabled"),
                bool("isDefaultStorageProfile", "p.is_default"), ref("vdc", "p.vdc_id", Kind.VDC),
                string("vdcName", "v.name"), integer("storageLimitMB", "p.limit_mb"), string("units", "'MB'"),
                ref("org", "p.org_id", Kind.ORG));
        String profiles = "vdc_storage_profile_all p JOIN vdc v ON v.id = p.vdc_id";
        types.add(QueryType.of(Kind.VDC_STORAGE_PROFILE, "OrgVdcStorageProfileRecord", "OrgVdcStorageProfileReference")
                .from(profiles).id("p.id").ownedBy("p.org_id").fields(vdcProfile).build());
        types.add(QueryType.adminOf(Kind.VDC_STORAGE_PROFILE, "AdminOrgVdcStorageProfileRecord",
                "AdminOrgVdcStorageProfileReference").from(profiles).id("p.id").ownedBy("p.org_id").fields(vdcProfile)
                .build());

        // Independent disks; go-vcloud-director finds them by name==X;vdc==<urn>.
        List<QueryField> disk = List.of(string("name", "d.name"), ref("vdc", "d.vdc_id", Kind.VDC),
                string("vdcName", "v.name"), integer("sizeMb", "d.size_mb"), integer("iops", "d.iops"),
                string("description", "d.description"), string("busType", "d.bus_type"),
                string("busSubType", "d.bus_sub_type"), integer("status", "d.status"),
                bool("isShareable", "d.shareable"),
                string("storageProfileName", VmAndVAppRecordFields.PROFILE_NAME.formatted("d")),
                ref("storageProfile", "COALESCE(d.storage_profile_id, (SELECT sp.id FROM vdc_storage_profile_all sp "
                        + "WHERE sp.vdc_id = d.vdc_id AND sp.name = '*'))", Kind.VDC_STORAGE_PROFILE),
                string("sharingType", "CASE WHEN d.shareable THEN 'ControllerSharing' ELSE 'None' END"),
                string("ownerName", "u.name"),
                string("uuid", "CAST(d.id AS VARCHAR(36))"),
                integer("attachedVmCount", "(SELECT COUNT(*) FROM disk_attachment a WHERE a.disk_id = d.id)"),
                bool("isAttached", "EXISTS (SELECT 1 FROM disk_attachment a WHERE a.disk_id = d.id)"),
                ref("org", "d.org_id", Kind.ORG));
        String diskFrom = "disk d JOIN vdc v ON v.id = d.vdc_id LEFT JOIN app_user u ON u.id = d.owner_id";
        types.add(QueryType.of(Kind.DISK, "DiskRecord", "DiskReference").from(diskFrom).id("d.id")
                .ownedBy("d.org_id").fields(disk).build());
        types.add(QueryType.adminOf(Kind.DISK, "AdminDiskRecord", "AdminDiskReference").from(diskFrom).id("d.id")
                .ownedBy("d.org_id").fields(disk).build());

        // Independent disks and the VMs they are attached to; the record's href is the disk's
        List<QueryField> diskVm = List.of(ref("disk", "da.disk_id", Kind.DISK), ref("vm", "da.vm_id", Kind.VM),
                ref("vdc", "d.vdc_id", Kind.VDC));
        String diskVmFrom = "disk_attachment da JOIN disk d ON d.id = da.disk_id";
        types.add(QueryType.relation("vmDiskRelation", "VmDiskRelationRecord", "VmDiskRelationReference", Kind.DISK)
                .from(diskVmFrom).id("da.disk_id").tieBreak("da.vm_id").ownedBy("d.org_id").sortedBy("disk").fields(diskVm)
                .build());
        types.add(QueryType.relation("adminVMDiskRelation", "AdminVmDiskRelationRecord",
                        "AdminVmDiskRelationReference", Kind.DISK)
                .from(diskVmFrom).id("da.disk_id").tieBreak("da.vm_id").systemOnly().sortedBy("disk").fields(diskVm)
                .build());

        String vdcFrom = "vdc v JOIN org o ON o.id = v.org_id JOIN provider_vdc pv ON pv.id = v.provider_vdc_id "
                + "JOIN vim_server vc ON vc.id = pv.vcenter_id LEFT JOIN network_pool np ON np.id = pv.network_pool_id";
        List<QueryField> vdc = VdcRecordFields.ALL;
        types.add(QueryType.of(Kind.VDC, "OrgVdcRecord", "OrgVdcReference").from(vdcFrom)
                .id("v.id").ownedBy("v.org_id").fields(vdc).build());
        types.add(QueryType.adminOf(Kind.VDC, "AdminVdcRecord", "AdminVdcReference").from(vdcFrom)
                .id("v.id").ownedBy("v.org_id").fields(vdc).build());

        List<QueryField> catalog = List.of(string("name", "c.name"), string("description", "c.description"),
                bool("isPublished", "c.published"), bool("isShared", "(c.published OR EXISTS (SELECT 1 FROM access_setting s WHERE s.entity_id = c.id) "
                        + "OR EXISTS (SELECT 1 FROM access_control a WHERE a.entity_id = c.id AND a.shared_to_everyone))"),
                ref("org", "c.org_id", Kind.ORG), string("orgName", "o.name"),
                date("creationDate", "c.created"),
                integer("numberOfVAppTemplates", "(SELECT COUNT(*) FROM catalog_item i WHERE i.catalog_id = c.id "
                        + "AND i.entity_kind = 'vAppTemplate')"),
                integer("numberOfMedia", "(SELECT COUNT(*) FROM catalog_item i WHERE i.catalog_id = c.id "
                        + "AND i.entity_kind = 'media')"),
                // go-vcloud-director's CatalogRecord reads both; none for a catalog whose owner was deleted
                string("ownerName", "u.name"), ref("owner", "c.owner_id", Kind.USER));
        String catalogFrom = "catalog c JOIN org o ON o.id = c.org_id LEFT JOIN app_user u ON u.id = c.owner_id";
        types.add(QueryType.of(Kind.CATALOG, "CatalogRecord", "CatalogReference").from(catalogFrom)
                .id("c.id").ownedBy("c.org_id").alsoShared(ResourceStore.SHARED_CATALOG).fields(catalog).build());
        types.add(QueryType.adminOf(Kind.CATALOG, "AdminCatalogRecord", "CatalogReference").from(catalogFrom)
                .id("c.id").ownedBy("c.org_id").fields(catalog).build());

        // linkType as go-vcloud-director reads it: 0 direct (bridged), 1 routed, 2 isolated; connectedTo names
        // the external network a direct network is on, the edge gateway a routed one is routed by, and an
        // isolated one's VDC (go-vcloud-director's Test_GetNetworkList expects every record to name something)
        List<QueryField> network = List.of(string("name", "n.name"), string("description", "n.description"),
                string("fenceMode", "n.fence_mode"), string("defaultGateway", "n.gateway"),
                string("netmask", "CASE WHEN n.gateway LIKE '%:%' THEN NULL ELSE n.netmask END"), // IPv6: none
                string("dns1", "n.dns1"), string("dns2", "n.dns2"),
                string("dnsSuffix", "n.dns_suffix"),
                integer("linkType", "CASE n.fence_mode WHEN 'bridged' THEN 0 WHEN 'natRouted' THEN 1 ELSE 2 END"),
                string("connectedTo", "COALESCE((SELECT e.name FROM external_network e "
                        + "WHERE e.id = n.parent_network_id), (SELECT g.name FROM edge_gateway g "
                        + "WHERE g.id = n.edge_gateway_id), (SELECT v.name FROM vdc v WHERE v.id = n.vdc_id), '')"),
                ref("vdc", "n.vdc_id", Kind.VDC), string("vdcName", "(SELECT v.name FROM vdc v WHERE v.id = n.vdc_id)"),
                ref("org", "n.org_id", Kind.ORG), bool("isBusy", "(n.status = 0)"), bool("isShared", "n.shared"),
                bool("isIpScopeInherited", "(n.fence_mode = 'bridged')"));
        types.add(QueryType.of(Kind.NETWORK, "OrgVdcNetworkRecord", "OrgVdcNetworkReference").adminHrefs()
                .from("org_network n LEFT JOIN org_network_vdc_group og ON og.network_id = n.id").id("n.id")
                .ownedBy("n.org_id").fields(network)
                .filterField(ref("ownerRef.id", "COALESCE(og.vdc_group_id, n.vdc_id)", Kind.VDC))
                .alias("orgVdc.id", "vdc").alias("orgRef.id", "org").build());
        // vApp networks; an inherited one shows its parent's addressing
        String scope = "COALESCE(n.%s, (SELECT p.%s FROM org_network p WHERE p.id = n.parent_network_id AND n.inherited))";
        List<QueryField> vappNetwork = List.of(string("name", "n.name"), ref("vApp", "n.vapp_id", Kind.VAPP),
                string("vAppName", "a.name"), ref("org", "n.org_id", Kind.ORG),
                string("fenceMode", "n.fence_mode"), bool("isIpScopeInherited", "n.inherited"),
                string("gateway", scope.formatted("gateway", "gateway")),
                string("netmask", "CASE WHEN " + scope.formatted("gateway", "gateway") + " LIKE '%:%' THEN NULL ELSE "
                        + scope.formatted("netmask", "netmask") + " END"), // an IPv6 scope stores its prefix length

                string("dns1", scope.formatted("dns1", "dns1")), string("dns2", scope.formatted("dns2", "dns2")),
                string("dnsSuffix", scope.formatted("dns_suffix", "dns_suffix")),
                bool("isLinked", "(n.parent_network_id IS NOT NULL)"),
                string("linkNetworkName", "(SELECT p.name FROM org_network p WHERE p.id = n.parent_network_id)"),
                bool("isBusy", "FALSE"));
        String vappNetworkFrom = "vapp_network n JOIN vapp a ON a.id = n.vapp_id";
        types.add(QueryType.of(Kind.VAPP_NETWORK, "VAppNetworkRecord", "VAppNetworkReference").from(vappNetworkFrom)
                .id("n.id").ownedBy("n.org_id").fields(vappNetwork).build());
        types.add(QueryType.adminOf(Kind.VAPP_NETWORK, "AdminVAppNetworkRecord", "VAppNetworkReference")
                .from(vappNetworkFrom).id("n.id").ownedBy("n.org_id").fields(vappNetwork).build());
        List<QueryField> edge = List.of(string("name", "g.name"), ref("vdc", "g.vdc_id", Kind.VDC),
                string("orgVdcName", "v.name"), ref("org", "g.org_id", Kind.ORG),
                integer("numberOfExtNetworks", "(SELECT COUNT(DISTINCT u.network_id) FROM edge_gateway_uplink u "
                        + "WHERE u.gateway_id = g.id)"),
                integer("numberOfOrgNetworks", "(SELECT COUNT(*) FROM org_network n WHERE n.edge_gateway_id = g.id)"),
                bool("isBusy", "(g.status = 0)"),
                string("gatewayStatus", "CASE WHEN g.status = 0 THEN 'UPDATING' ELSE 'READY' END"),
                string("haStatus", "CASE WHEN g.ha_enabled THEN 'UP' ELSE 'DISABLED' END"),
                bool("advancedNetworkingEnabled", "g.advanced_networking"),
                bool("distributedRoutingEnabled", "g.distributed_routing"));
        types.add(QueryType.of(Kind.EDGE_GATEWAY, "EdgeGatewayRecord", "EdgeGatewayReference")
                .from("edge_gateway g JOIN vdc v ON v.id = g.vdc_id LEFT JOIN edge_gateway_vdc_group og "
                        + "ON og.gateway_id = g.id").id("g.id").ownedBy("g.org_id").fields(edge)
                .filterField(ref("ownerRef.id", "COALESCE(og.vdc_group_id, g.vdc_id)", Kind.VDC))
                .alias("orgVdc.id", "vdc").alias("orgRef.id", "org").build());
        // an external network's first subnet, as vCD's records show it
        List<QueryField> external = List.of(string("name", "e.name"), string("description", "e.description"),
                string("gateway", "s.gateway"), string("netmask", "s.netmask"), string("dns1", "s.dns1"),
                string("dns2", "s.dns2"), string("dnsSuffix", "s.dns_suffix"), bool("isBusy", "(e.status = 0)"));
        types.add(QueryType.of(Kind.EXTERNAL_NETWORK, "NetworkRecord", "NetworkReference")
                .from("external_network e LEFT JOIN external_network_scope s ON s.network_id = e.id "
                        + "AND s.position = 0").id("e.id").systemOnly().fields(external).build());
        // Task records: name is the operationName, object* the Owner (§6.3 of the task spec).
        List<QueryField> task = List.of(string("name", "t.operation_name"), string("operationFull", "t.operation"),
                string("message", "t.error_message"), oneOf("status", "t.status", STATUSES), date("startDate", "t.start_time"),
                date("endDate", "t.end_time"), integer("progress", "t.progress"), string("ownerName", "t.user_name"),
                ref("org", "t.org_id", Kind.ORG), string("orgName", "t.org_name"),
                href("object", "t.owner_href"), string("objectType", "t.owner_type"),
                string("objectName", "t.owner_name"), string("serviceNamespace", "t.service_namespace"),
                ref("owner", "t.user_id", Kind.USER), bool("hasOwner", "(t.owner_id IS NOT NULL)"),
                bool("cancelRequested", "t.cancel_requested"));
        String taskFrom = "task t";
        types.add(QueryType.of(Kind.TASK, "TaskRecord", "TaskReference").from(taskFrom)
                .id("t.id").ownedBy("t.org_id")
                .sortedBy("startDate").indexPrefix("t.org_id", "t.status").fields(task).build());
        types.add(QueryType.adminOf(Kind.TASK, "AdminTaskRecord", "TaskReference").from(taskFrom)
                .id("t.id").ownedBy("t.org_id")
                .sortedBy("startDate").indexPrefix("t.org_id", "t.status").fields(task).build());

        // Blocking tasks: only the active ones, for system administrators (§3.9 of the task spec).
        List<QueryField> blocking = List.of(string("status", "b.status"), string("operationName", "b.name"),
                href("owner", "t.owner_href"), string("ownerName", "t.owner_name"),
                ref("originatingOrg", "b.org_id", Kind.ORG), string("originatingOrgName", "t.org_name"),
                date("creationDate", "b.created"), date("expirationTime", "b.timeout_date"),
                string("timeoutAction", "b.timeout_action"), ref("task", "b.task_id", Kind.TASK),
                string("description", "b.message"), oneOf("jobStatus", "t.status", STATUSES),
                bool("hasOwner", "(t.owner_id IS NOT NULL)"));
        types.add(QueryType.of(Kind.BLOCKING_TASK, "BlockingTaskRecord", "BlockingTaskReference")
                .from("(SELECT * FROM blocking_task WHERE status = 'active') b JOIN task t ON t.id = b.task_id")
                .id("b.id").systemOnly().sortedBy("creationDate").fields(blocking).build());

        CatalogAndVAppQueries.addTo(types);
        ProviderQueries.addTo(types);

        // Extension services and their API filters (§5.1), for system administrators.
        List<QueryField> service = List.of(string("name", "s.name"), string("namespace", "s.namespace"),
                bool("enabled", "s.enabled"), string("exchange", "s.exchange"), string("routingKey", "s.routing_key"),
                integer("priority", "s.priority"), string("vendor", "s.vendor"),
                bool("isAuthorizationEnabled", "s.authorization_enabled"));
        types.add(QueryType.of(Kind.SERVICE, "AdminServiceRecord", "AdminServiceReference")
                .from("extension_service s").id("s.id").systemOnly().fields(service).build());
        List<QueryField> apiFilter = List.of(ref("service", "f.service_id", Kind.SERVICE),
                string("urlPattern", "f.url_pattern"), string("responseContentType", "f.response_content_type"));
        types.add(QueryType.of(Kind.API_FILTER, "ApiFilterRecord", "ApiFilterReference").from("api_filter f")
                .id("f.id").sortedBy("urlPattern").systemOnly().fields(apiFilter).build());
        ExtensionQueries.addTo(types);
        RdeQueries.addTo(types);
        EmptyQueries.addTo(types);

        List<QueryField> event = List.of(string("eventId", "CAST(e.id AS VARCHAR(36))"), string("eventType", "e.type"),
                date("timeStamp", "e.time"), integer("eventStatus", "CASE WHEN e.success THEN 2 ELSE 3 END"),
                string("userName", "e.user_name"), string("orgName", "o.name"), ref("org", "e.org_id", Kind.ORG),
                string("entityType", "e.entity_type"), string("entityName", "e.entity_name"),
                href("entity", "e.entity_href"), string("details", "e.details"),
                string("serviceNamespace", "e.service_namespace"), ref("task", "e.task_id", Kind.TASK));
        String eventFrom = "event e LEFT JOIN org o ON o.id = e.org_id";
        types.add(QueryType.of(Kind.AUDIT_EVENT, null, null).cloudApiOnly().from(eventFrom).id("e.id")
                .ownedBy("e.org_id").sortedBy("timestamp").tieBreak("e.seq")
                .fields(List.of(date("timestamp", "e.time"), string("eventType", "e.type"),
                        oneOf("eventStatus", "CASE WHEN e.success THEN 'SUCCESS' ELSE 'FAILURE' END",
                                Set.of("SUCCESS", "FAILURE")),
                        string("user.name", "e.user_name"), string("operatingOrg.name", "o.name"),
                        string("eventEntity.name", "e.entity_name"), string("serviceNamespace", "e.service_namespace")))
                .build());
        types.add(QueryType.of(Kind.EVENT, "EventRecord", "EventReference").from(eventFrom)
                .id("e.id").ownedBy("e.org_id").sortedBy("timeStamp").tieBreak("e.seq").fields(event).build());
        types.add(QueryType.adminOf(Kind.EVENT, "AdminEventRecord", "AdminEventReference").from(eventFrom)
                .id("e.id").ownedBy("e.org_id").sortedBy("timeStamp").tieBreak("e.seq").fields(event).build());
        return types;
    }
}
