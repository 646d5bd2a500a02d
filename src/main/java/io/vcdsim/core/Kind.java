package io.vcdsim.core;

import static io.vcdsim.core.KindDeclaration.declare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kinds of object vcdsim serves, each declared once: the name tasks and events store, its URN
 * type, where it lives on the API (user and admin href paths, media types), the rights to view and
 * change it, whether it carries metadata, its table, and the names of its typed queries. Hrefs,
 * URNs, task owners, the entity resolver, metadata routes, query entities, snapshots and
 * notification entity types all derive from these declarations.
 */
public final class Kind {
    /**
     * Every kind by its name, in declaration order. The declarations below fill it, so it comes first; {@link Kinds}
     * looks kinds up in it.
     */
    static final Map<String, Kind> BY_NAME = new LinkedHashMap<>();

    /** A login session, named in URNs only (the session itself is at /api/session). */
    public static final Kind SESSION = declare("session").urn("session").done();
    public static final Kind ORG = declare("org").urn("org").user("/api/org/", MediaTypes.ORG)
            .admin("/api/admin/org/", MediaTypes.ADMIN_ORG).referencedAtAdmin().rights(Right.ORG_VIEW, Right.ORG_EDIT)
            .metadata()
            .table("org", "id").queries("organization", "adminOrganization").done();
    public static final Kind USER = declare("user").urn("user").admin("/api/admin/user/", MediaTypes.USER)
            .rights(Right.USER_VIEW, Right.USER_MANAGE).table("app_user", "org_id").queries("user", "adminUser")
            .done();
    public static final Kind ROLE = declare("role").urn("role").admin("/api/admin/role/", MediaTypes.ROLE)
            .rights(Right.ROLE_VIEW, Right.ROLE_MANAGE).table("role", "org_id").queries("role", "adminRole").done();
    public static final Kind RIGHT = declare("right").urn("right").admin("/api/admin/right/", MediaTypes.RIGHT)
            .rights(Right.ROLE_VIEW, null).queries("right", null).done();
    /** The provider's rights collections, on the cloudapi only; system administrators' business. */
    public static final Kind GLOBAL_ROLE = declare("globalRole").urn("globalRole")
            .cloudApi("/cloudapi/1.0.0/globalRoles/")
            .table("rights_container", null, "kind = 'globalRole'").queries("globalRole", null).done();
    public static final Kind RIGHTS_BUNDLE = declare("rightsBundle").urn("rightsBundle")
            .cloudApi("/cloudapi/1.0.0/rightsBundles/")
            .table("rights_container", null, "kind = 'rightsBundle'").queries("rightsBundle", null).done();
    /** A user's API token (cloudapi {@code tokens}); its owner sees it, and system administrators. */
    public static final Kind API_TOKEN = declare("token").urn("token").cloudApi("/cloudapi/1.0.0/tokens/")
            .table("api_token", "org_id").queries("token", null).done();
    /** An org's service account (vCD 10.4): software's login, by an API token its device authorization flow gives. */
    public static final Kind SERVICE_ACCOUNT = declare("serviceAccount").urn("serviceAccount")
            .cloudApi("/cloudapi/1.0.0/serviceAccounts/").rights(Right.USER_VIEW, Right.USER_MANAGE)
            .table("service_account", "org_id").queries("serviceAccount", null).done();
    public static final Kind VDC = declare("vdc").urn("vdc").user("/api/vdc/", MediaTypes.VDC)
            .admin("/api/admin/vdc/", MediaTypes.ADMIN_VDC).rights(Right.VDC_VIEW, Right.ORG_EDIT).metadata()
            .table("vdc", "org_id").queries("orgVdc", "adminOrgVdc").done();
    /**
     * A VDC's storage profile: the provider's {@code *} every VDC has, and those added from its provider VDC's. Whoever
     * sees the VDC reads them; only system administrators change them and their metadata.
     */
    public static final Kind VDC_STORAGE_PROFILE = declare("vdcStorageProfile").urn("vdcstorageProfile")
            .user("/api/vdcStorageProfile/", MediaTypes.VDC_STORAGE_PROFILE)
            .admin("/api/admin/vdcStorageProfile/", MediaTypes.ADMIN_VDC_STORAGE_PROFILE).rights(Right.VDC_VIEW, null)
            .metadata().table("vdc_storage_profile_all", "org_id")
            .queries("orgVdcStorageProfile", "adminOrgVdcStorageProfile").done();
    /**
     * A VDC template (API 5.7): system administrators manage it under the extension API; the orgs it is published to
     * read it at its user path, query it by its tenant name and instantiate it into a VDC.
     */
    public static final Kind VDC_TEMPLATE = declare("vdcTemplate").urn("vdctemplate")
            .user("/api/vdcTemplate/", MediaTypes.VDC_TEMPLATE)
            .admin("/api/admin/extension/vdcTemplate/", MediaTypes.VMW_VDC_TEMPLATE).rights(Right.VDC_VIEW, null)
            .providerTable("vdc_template").queries("orgVdcTemplate", "adminOrgVdcTemplate").done();
    public static final Kind NETWORK = declare("network").urn("network").user("/api/network/", MediaTypes.ORG_NETWORK)
            .admin("/api/admin/network/", MediaTypes.ORG_NETWORK).rights(Right.NETWORK_VIEW, Right.ORG_EDIT).metadata()
            .table("org_network", "org_id").queries("orgVdcNetwork", null).done();
    /** A vApp's own network (isolated, or bridged or routed to an org VDC network), at the same paths. */
    public static final Kind VAPP_NETWORK = declare("vAppNetwork").urn("network")
            .user("/api/network/", MediaTypes.VAPP_NETWORK).admin("/api/admin/network/", MediaTypes.VAPP_NETWORK)
            .rights(Right.VDC_VIEW, Right.VAPP_EDIT).table("vapp_network", "org_id")
            .queries("vAppNetwork", "adminVAppNetwork").done();
    /** An NSX-V edge gateway of an org VDC; vCD names it at its admin path only, also to tenants. */
    public static final Kind EDGE_GATEWAY = declare("edgeGateway").urn("gateway")
            .admin("/api/admin/edgeGateway/", MediaTypes.EDGE_GATEWAY).rights(Right.NETWORK_VIEW, Right.ORG_EDIT)
            .metadata().table("edge_gateway", "org_id").queries("edgeGateway", null).done();
    /** An independent disk: vApp authors make and attach them, whoever may see the VDC sees them. */
    public static final Kind DISK = declare("disk").urn("disk").user("/api/disk/", MediaTypes.DISK)
            .rights(Right.VDC_VIEW, Right.VAPP_CREATE).metadata().table("disk", "org_id").queries("disk", "adminDisk")
            .done();
    /** A VM-VM affinity or anti-affinity rule of an org VDC; vApp authors make them, whoever sees the VDC reads them. */
    public static final Kind VM_AFFINITY_RULE = declare("vmAffinityRule").urn("vmaffinityrule")
            .user("/api/vmAffinityRule/", "application/vnd.vmware.vcloud.vmaffinityrule")
            .rights(Right.VDC_VIEW, Right.VAPP_CREATE).table("vm_affinity_rule", "org_id").done();
    /** A VDC compute policy (VM sizing and placement), on the cloudapi only; system administrators' business. */
    public static final Kind VDC_COMPUTE_POLICY = declare("vdcComputePolicy").urn("vdcComputePolicy")
            .cloudApi("/cloudapi/1.0.0/vdcComputePolicies/")
            .table("vdc_compute_policy", null).queries("vdcComputePolicy", null).done();
    /**
     * A logical VM group (cloudapi {@code logicalVmGroups}): named VM groups of a provider VDC's clusters under one
     * name, which VM placement policies name; system administrators' business.
     */
    public static final Kind LOGICAL_VM_GROUP = declare("logicalVmGroup").urn("logicalVmGroup")
            .cloudApi("/cloudapi/1.0.0/logicalVmGroups/")
            .table("logical_vm_group", null).queries("logicalVmGroup", null).done();
    /**
     * Runtime defined entities, on the cloudapi only: interfaces and entity types are named by vendor:nss:version
     * ({@code urn:vcloud:interface:vmware:k8s:1.0.0}), entities by their type's vendor:nss and an id
     * ({@code urn:vcloud:entity:vmware:k8s:<uuid>}); {@code rde.RdeUrns} makes and reads those URNs.
     */
    public static final Kind RDE_INTERFACE = declare("definedInterface").urn("interface")
            .table("rde_interface", null).queries("definedInterface", null).done();
    public static final Kind RDE_TYPE = declare("definedEntityType").urn("type").table("rde_type", null)
            .queries("definedEntityType", null).done();
    public static final Kind RDE = declare("definedEntity").urn("entity").table("rde_entity", "org_id")
            .queries("definedEntity", null).done();
    /** A metadata entry of an entity (the cloudapi's typed metadata, {@code urn:vcloud:metadata:<id>}). */
    public static final Kind RDE_METADATA = declare("definedEntityMetadata").urn("metadata")
            .queries("definedEntityMetadata", null).done();
    public static final Kind CATALOG = declare("catalog").urn("catalog").user("/api/catalog/", MediaTypes.CATALOG)
            .admin("/api/admin/catalog/", MediaTypes.ADMIN_CATALOG).rights(Right.CATALOG_VIEW, Right.CATALOG_EDIT)
            .metadata().table("catalog", "org_id").queries("catalog", "adminCatalog").done();
    public static final Kind CATALOG_ITEM = declare("catalogItem").urn("catalogitem")
            .user("/api/catalogItem/", MediaTypes.CATALOG_ITEM)
            .rights(Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE).metadata().table("catalog_item", "org_id")
            .queries("catalogItem", "adminCatalogItem").done();
    public static final Kind MEDIA = declare("media").urn("media").user("/api/media/", MediaTypes.MEDIA)
            .rights(Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE).metadata().table("media", "org_id")
            .queries("media", "adminMedia").done();
    public static final Kind VAPP_TEMPLATE = declare("vAppTemplate").urn("vapptemplate")
            .user("/api/vAppTemplate/vappTemplate-", MediaTypes.VAPP_TEMPLATE)
            .rights(Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE).metadata().table("vapp_template", "org_id")
            .queries("vAppTemplate", "adminVAppTemplate").done();
    public static final Kind VAPP = declare("vApp").urn("vapp").user("/api/vApp/vapp-", MediaTypes.VAPP)
            .rights(Right.VDC_VIEW, Right.VAPP_EDIT).metadata().table("vapp", "org_id").queries("vApp", "adminVApp")
            .done();
    public static final Kind VM = declare("vm").urn("vm").user("/api/vApp/vm-", MediaTypes.VM)
            .rights(Right.VDC_VIEW, Right.VAPP_EDIT).metadata()
            .table("vm", "org_id", "parent_id IN (SELECT id FROM vapp)").queries("vm", "adminVM").done();
    /** A VM of a vApp template: a VM by URN and media type, found under the template's path. */
    public static final Kind TEMPLATE_VM = declare("templateVm").urn("vm")
            .user("/api/vAppTemplate/vm-", MediaTypes.VM).rights(Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE)
            .metadata().table("vm", "org_id", "parent_id IN (SELECT id FROM vapp_template)").done();
    public static final Kind TASK = declare("task").urn("task").user("/api/task/", MediaTypes.TASK)
            .rights(Right.TASK_VIEW, Right.TASK_UPDATE).table("task", "org_id").named("operation_name")
            .queries("task", "adminTask").done();
    public static final Kind BLOCKING_TASK = declare("blockingTask").urn("blockingTask")
            .admin("/api/admin/extension/blockingTask/", MediaTypes.BLOCKING_TASK).table("blocking_task", "org_id")
            .queries("blockingTask", null).done();
    public static final Kind EVENT = declare("event").urn("event").user("/api/event/", MediaTypes.EVENT)
            .rights(Right.TASK_VIEW, null).queries("event", "adminEvent").done();
    /** An event of the log as the cloudapi's audit trail lists it. */
    public static final Kind AUDIT_EVENT = declare("audit").urn("audit").rights(Right.TASK_VIEW, null)
            .queries("auditTrail", null).done();
    public static final Kind SERVICE = declare("service").urn("service")
            .admin("/api/admin/extension/service/", MediaTypes.ADMIN_SERVICE).queries("adminService", null).done();
    public static final Kind API_FILTER = declare("apiFilter").urn("apiFilter")
            .admin("/api/admin/extension/service/apifilter/", MediaTypes.API_FILTER).queries("apiFilter", null).done();
    /** An object extension (object extensibility, API 16.0), and the selector extensions that assign it. */
    public static final Kind OBJECT_EXTENSION = declare("objectExtension").urn("objectExtension")
            .admin("/api/admin/extension/object/", MediaTypes.OBJECT_EXTENSION).done();
    public static final Kind SELECTOR_EXTENSION = declare("selectorExtension").urn("selectorExtension").done();
    /** A link an extension service adds to every representation of one entity type (vmext:ServiceLink). */
    public static final Kind SERVICE_LINK = declare("serviceLink").urn("serviceLink")
            .admin("/api/admin/extension/service/link/", MediaTypes.SERVICE_LINK).queries("serviceLink", null).done();
    /** A type of resource an extension service serves, and the actions and ACL rules its authorization checks. */
    public static final Kind RESOURCE_CLASS = declare("resourceClass").urn("resourceClass")
            .admin("/api/admin/extension/service/resourceclass/", MediaTypes.RESOURCE_CLASS)
            .queries("resourceClass", null).done();
    public static final Kind RESOURCE_CLASS_ACTION = declare("resourceClassAction").urn("resourceClassAction")
            .admin("/api/admin/extension/service/resourceclassaction/", MediaTypes.RESOURCE_CLASS_ACTION)
            .queries("resourceClassAction", null).done();
    public static final Kind SERVICE_RESOURCE = declare("serviceResource").urn("serviceResource")
            .admin("/api/admin/extension/service/serviceresource/", MediaTypes.SERVICE_RESOURCE)
            .queries("serviceResource", null).done();
    public static final Kind ACL_RULE = declare("aclRule").urn("aclRule")
            .admin("/api/admin/extension/service/aclrule/", MediaTypes.ACL_RULE).queries("aclRule", null).done();
    /** Where an extension service's API is and the files describing it; every user reads them at /api/apidefinition. */
    public static final Kind API_DEFINITION = declare("apiDefinition").urn("apiDefinition")
            .user("/api/apidefinition/", MediaTypes.API_DEFINITION)
            .admin("/api/admin/extension/service/apidefinition/", MediaTypes.ADMIN_API_DEFINITION)
            .queries("apiDefinition", "adminApiDefinition").done();
    public static final Kind FILE_DESCRIPTOR = declare("fileDescriptor").urn("fileDescriptor")
            .admin("/api/admin/extension/service/file/", MediaTypes.FILE_DESCRIPTOR)
            .queries("fileDescriptor", "adminFileDescriptor").done();
    public static final Kind PROVIDER_VDC = declare("providerVdc").urn("providervdc")
            .admin("/api/admin/providervdc/", MediaTypes.PROVIDER_VDC).metadata()
            .providerTable("provider_vdc").queries("providerVdc", null).done();
    /** A vCenter server vCD has registered (the simulated vc1 from the start). */
    public static final Kind VCENTER = declare("vimServer").urn("vimserver")
            .admin("/api/admin/extension/vimServer/", MediaTypes.VIM_SERVER).queries("virtualCenter", null).done();
    /** A datastore of the simulated vCenter. */
    public static final Kind DATASTORE = declare("datastore").urn("datastore")
            .admin("/api/admin/extension/datastore/", MediaTypes.DATASTORE).queries("datastore", null).done();
    /** A provider's external network; its URNs are networks' ({@code urn:vcloud:network:}), as vCD's are. */
    public static final Kind EXTERNAL_NETWORK = declare("externalNetwork").urn("network")
            .admin("/api/admin/extension/externalnet/", MediaTypes.EXTERNAL_NETWORK)
            .table("external_network", null).queries("externalNetwork", null).done();
    public static final Kind NETWORK_POOL = declare("networkPool").urn("networkpool")
            .admin("/api/admin/extension/networkPool/", MediaTypes.NETWORK_POOL).table("network_pool", null)
            .queries("networkPool", null).done();
    /** The NSX-T manager vCD has registered (the simulated nsxt-manager-1). */
    public static final Kind NSXT_MANAGER = declare("nsxtManager").urn("nsxtmanager")
            .admin("/api/admin/extension/nsxtManagers/", MediaTypes.NSXT_MANAGER).table("nsxt_manager", null)
            .queries("nsxTManager", null).done();
    public static final Kind PROVIDER_VDC_STORAGE_PROFILE = declare("providerVdcStorageProfile")
            .urn("providervdcstorageprofile").admin("/api/admin/pvdcStorageProfile/", MediaTypes.PVDC_STORAGE_PROFILE)
            .metadata().providerTable("provider_vdc_storage_profile")
            .named("(SELECT s.name FROM vcenter_storage_profile s WHERE s.id = profile_id)")
            .queries("providerVdcStorageProfile", null).done();
    /** An ESXi host of a registered vCenter. */
    public static final Kind HOST = declare("host").urn("host")
            .admin("/api/admin/extension/host/", MediaTypes.HOST).queries("host", null).done();
    /** A VM vCD deleted that its disabled vCenter still holds, until a system administrator force-deletes it. */
    public static final Kind STRANDED_ITEM = declare("strandedItem").urn("strandedItem")
            .admin("/api/admin/extension/strandedItem/", MediaTypes.STRANDED_ITEM).queries("strandedItem", null).done();
    /** Another site this one is associated with (multisite), by the remote site's id. */
    public static final Kind SITE_ASSOCIATION = declare("siteAssociation").urn("site")
            .admin("/api/site/associations/", MediaTypes.SITE_ASSOCIATION).done();
    /** A VM group of a vCenter cluster, and a VM-Host affinity rule of one. */
    public static final Kind VM_GROUP = declare("vmGroup").urn("vmGroup")
            .admin("/api/admin/extension/vmGroup/", MediaTypes.VM_GROUP).queries("vmGroups", null).done();
    /** The VM groups of one name across the clusters, as placement policies and logical VM groups name them. */
    public static final Kind NAMED_VM_GROUP = declare("namedVmGroup").urn("namedVmGroup").done();
    public static final Kind HOST_RULE = declare("vmHostAffinityRule").urn("vmHostAffinityRule")
            .admin("/api/admin/extension/rule/", MediaTypes.HOST_RULE).done();
    /** A resource pool of the simulated vCenter as a provider VDC stands on it. */
    public static final Kind RESOURCE_POOL = declare("resourcePool").urn("resourcepool")
            .admin("/api/admin/extension/resourcePool/", MediaTypes.PVDC_RESOURCE_POOL).queries("resourcePool", null)
            .done();
    /** A certificate of an org's certificate library (cloudapi {@code ssl/certificateLibrary}), named by its alias. */
    public static final Kind CERTIFICATE = declare("certificateLibraryItem").urn("certificateLibraryItem")
            .cloudApi("/cloudapi/1.0.0/ssl/certificateLibrary/").rights(Right.ORG_VIEW, Right.ORG_EDIT)
            .table("certificate_library_item", "org_id").named("alias").queries("certificateLibraryItem", null).done();
    /** A VDC group (cloudapi {@code vdcGroups}): NSX-T VDCs of one org sharing networks; the org's to manage. */
    public static final Kind VDC_GROUP = declare("vdcGroup").urn("vdcGroup").cloudApi("/cloudapi/1.0.0/vdcGroups/")
            .rights(Right.VDC_VIEW, Right.ORG_EDIT).table("vdc_group", "org_id").queries("vdcGroup", null).done();
    /** An NSX-T edge gateway's firewall group (cloudapi {@code firewallGroups}): an IP set or a security group. */
    public static final Kind FIREWALL_GROUP = declare("firewallGroup").urn("firewallGroup")
            .cloudApi("/cloudapi/1.0.0/firewallGroups/").rights(Right.NETWORK_VIEW, Right.ORG_EDIT)
            .table("nsxt_firewall_group", "org_id").done();
    /** An application port profile (cloudapi {@code applicationPortProfiles}): SYSTEM, PROVIDER or an org's TENANT. */
    public static final Kind APP_PORT_PROFILE = declare("applicationPortProfile").urn("applicationPortProfile")
            .cloudApi("/cloudapi/1.0.0/applicationPortProfiles/").rights(Right.NETWORK_VIEW, Right.ORG_EDIT)
            .table("nsxt_app_port_profile", "org_id").done();
    /**
     * NSX-T IP spaces (cloudapi {@code ipSpaces}, vCD 10.4.1+): a provider's PUBLIC or SHARED_SERVICES space, or an
     * org's PRIVATE one; system administrators manage them. Uplinks link one to an external network; an org's
     * assignment carries its quotas; allocations are the floating IPs and prefixes an org took from one.
     */
    public static final Kind IP_SPACE = declare("ipSpace").urn("ipSpace").cloudApi("/cloudapi/1.0.0/ipSpaces/")
            .table("ip_space", null).done();
    public static final Kind IP_SPACE_UPLINK = declare("ipSpaceUplink").urn("ipSpaceUplink")
            .cloudApi("/cloudapi/1.0.0/ipSpaceUplinks/").table("ip_space_uplink", null).done();
    public static final Kind IP_SPACE_ORG_ASSIGNMENT = declare("ipSpaceOrgAssignment").urn("ipSpaceOrgAssignment")
            .cloudApi("/cloudapi/1.0.0/ipSpaces/orgAssignments/").table("ip_space_org", "org_id").done();
    public static final Kind IP_SPACE_ALLOCATION = declare("ipSpaceIpAllocation").urn("ipSpaceIpAllocation")
            .table("ip_space_allocation", "org_id").done();
    /** A segment profile template (cloudapi {@code segmentProfileTemplates}): five NSX-T segment profiles. */
    public static final Kind SEGMENT_PROFILE_TEMPLATE = declare("segmentProfileTemplate")
            .urn("segmentProfileTemplate")
            .cloudApi("/cloudapi/1.0.0/segmentProfileTemplates/").table("segment_profile_template", null).done();
    /** An NSX-T network context profile (cloudapi {@code networkContextProfiles}); the manager's SYSTEM ones. */
    public static final Kind NETWORK_CONTEXT_PROFILE = declare("networkContextProfile").urn("networkContextProfile")
            .cloudApi("/cloudapi/1.0.0/networkContextProfiles/")
            .table("nsxt_resource", null, "kind = 'CONTEXT_PROFILE'").done();
    /** An NSX-T Advanced Load Balancer (Avi) controller vCD has registered (cloudapi {@code loadBalancer/controllers}). */
    public static final Kind ALB_CONTROLLER = declare("loadBalancerController").urn("loadBalancerController")
            .cloudApi("/cloudapi/1.0.0/loadBalancer/controllers/").table("alb_controller", null)
            .queries("loadBalancerController", null).done();
    /** An NSX-T cloud vCD imported from an ALB controller (cloudapi {@code loadBalancer/clouds}). */
    public static final Kind ALB_CLOUD = declare("loadBalancerCloud").urn("loadBalancerCloud")
            .cloudApi("/cloudapi/1.0.0/loadBalancer/clouds/").table("alb_cloud", null)
            .queries("loadBalancerCloud", null).done();
    /** A service engine group vCD imported from an ALB cloud (cloudapi {@code loadBalancer/serviceEngineGroups}). */
    public static final Kind ALB_SERVICE_ENGINE_GROUP = declare("serviceEngineGroup").urn("serviceEngineGroup")
            .cloudApi("/cloudapi/1.0.0/loadBalancer/serviceEngineGroups/").table("alb_service_engine_group", null)
            .queries("serviceEngineGroup", null).done();
    /**
     * A service engine group assigned to an NSX-T edge gateway's load balancer (cloudapi
     * {@code loadBalancer/serviceEngineGroups/assignments}): system administrators make them, the edge's org reads
     * them. It has no name of its own: the entity resolver names it by its group.
     */
    public static final Kind ALB_SEG_ASSIGNMENT = declare("serviceEngineGroupAssignment")
            .urn("serviceEngineGroupAssignment")
            .cloudApi("/cloudapi/1.0.0/loadBalancer/serviceEngineGroups/assignments/")
            .rights(Right.NETWORK_VIEW, null).table("alb_seg_assignment", "org_id")
            .named("(SELECT g.name FROM alb_service_engine_group g WHERE g.id = group_id)")
            .queries("serviceEngineGroupAssignment", null).done();
    /**
     * An NSX-T edge gateway's ALB pool (cloudapi {@code loadBalancer/pools}): the servers its virtual services send
     * traffic to. Its org's network viewers read it, its org's administrators change it.
     */
    public static final Kind ALB_POOL = declare("loadBalancerPool").urn("loadBalancerPool")
            .cloudApi("/cloudapi/1.0.0/loadBalancer/pools/").rights(Right.NETWORK_VIEW, Right.ORG_EDIT)
            .table("alb_pool", "org_id").queries("loadBalancerPool", null).done();
    /** An NSX-T edge gateway's ALB virtual service (cloudapi {@code loadBalancer/virtualServices}): a pool on a VIP. */
    public static final Kind ALB_VIRTUAL_SERVICE = declare("loadBalancerVirtualService")
            .urn("loadBalancerVirtualService").cloudApi("/cloudapi/1.0.0/loadBalancer/virtualServices/")
            .rights(Right.NETWORK_VIEW, Right.ORG_EDIT).table("alb_virtual_service", "org_id")
            .queries("loadBalancerVirtualService", null).done();
    /** A UI plugin (cloudapi {@code extensions/ui}), the provider's: it belongs to no org. */
    public static final Kind UI_PLUGIN = declare("uiPlugin").urn("uiPlugin").cloudApi("/cloudapi/extensions/ui/")
            .table("ui_plugin", null).named("plugin_name").done();

    /** The name tasks and events store for an object of this kind. */
    public final String name;
    /** The type in its URNs: {@code urn:vcloud:<urnType>:<id>}, and in notifications' vcloud:<urnType>. */
    public final String urnType;
    /** What the kind's declaration said. Nothing changes it once {@link KindDeclaration#done} has made the kind. */
    private final KindDeclaration declared;
    private final KindTable stored;

    Kind(KindDeclaration d) {
        this.name = d.name;
        this.urnType = d.urnType;
        this.declared = d;
        this.stored = d.table == null ? null : new KindTable(d.table, d.orgColumn, d.where, d.nameColumn);
    }

    public String urn(UUID id) {
        return "urn:vcloud:" + urnType + ":" + id;
    }

    /** The path of an object's user view, or its admin view when it has no other ({@code /api/...}). */
    public String path(UUID id) {
        return pathPrefix() + id;
    }

    /** The path of an object's admin view ({@code /api/admin/...}), or its only view. */
    public String adminPath(UUID id) {
        return adminPathPrefix() + id;
    }

    /** What {@link #path} puts before the id ({@code /api/vApp/vapp-}). */
    public String pathPrefix() {
        return declared.userPath != null ? declared.userPath : declared.adminPath;
    }

    /** What {@link #adminPath} puts before the id. */
    public String adminPathPrefix() {
        return declared.adminPath != null ? declared.adminPath : declared.userPath;
    }

    /** Where the cloudapi serves an object of a kind with no {@code /api} view ({@code .../<urn>}), or null. */
    public String cloudApiPath(UUID id) {
        return declared.cloudApiPath == null ? null : declared.cloudApiPath + urn(id);
    }

    /** The base media type of {@link #path}'s representation. */
    public String mediaType() {
        return declared.userPath != null ? declared.userMediaType : declared.adminMediaType;
    }

    /** The base media type of {@link #adminPath}'s representation. */
    public String adminMediaType() {
        return declared.adminPath != null ? declared.adminMediaType : declared.userMediaType;
    }

    /** The collections objects of this kind are addressed under, user and admin ({@code /api/vApp}). */
    public List<String> collections() {
        List<String> paths = new ArrayList<>();
        for (String p : new String[]{declared.userPath, declared.adminPath}) {
            if (p != null) {
                paths.add(p.substring(0, p.lastIndexOf('/')));
            }
        }
        return paths;
    }

    /** True when references to objects of this kind (task owners, events) name their admin view. */
    public boolean referencedAtAdmin() {
        return declared.referencedAtAdmin;
    }

    public Right viewRight() {
        return declared.viewRight;
    }

    public Right editRight() {
        return declared.editRight;
    }

    /** True for kinds that carry metadata ({@code .../metadata} under their paths). */
    public boolean hasMetadata() {
        return declared.metadata;
    }

    /** Where this kind's objects are stored, or null for kinds not stored in a table of their own. */
    public KindTable stored() {
        return stored;
    }

    /** The typed query of this kind ({@code type=vApp}), or null. */
    public String query() {
        return declared.query;
    }

    /** The typed query of this kind for administrators, across orgs ({@code type=adminVApp}), or null. */
    public String adminQuery() {
        return declared.adminQuery;
    }

    @Override
    public String toString() {
        return name;
    }
}
