package io.vcdsim.core;

/** Base media types (without the +xml / +json suffix) of the representations vcdsim serves. */
public final class MediaTypes {
    public static final String ERROR = "application/vnd.vmware.vcloud.error";
    public static final String SESSION = "application/vnd.vmware.vcloud.session";
    public static final String ORG_LIST = "application/vnd.vmware.vcloud.orgList";
    public static final String ORG = "application/vnd.vmware.vcloud.org";
    public static final String ADMIN_ORG = "application/vnd.vmware.admin.organization";
    public static final String ORG_PASSWORD_POLICY = "application/vnd.vmware.admin.organizationPasswordPolicySettings";
    public static final String DISK = "application/vnd.vmware.vcloud.disk";
    public static final String DISK_CREATE_PARAMS = "application/vnd.vmware.vcloud.diskCreateParams";
    public static final String DISK_ATTACH_PARAMS = "application/vnd.vmware.vcloud.diskAttachOrDetachParams";
    public static final String DISK_MOVE_PARAMS = "application/vnd.vmware.vcloud.diskMoveParams";
    public static final String VMS = "application/vnd.vmware.vcloud.vms";
    public static final String PUBLISH_CATALOG_PARAMS = "application/vnd.vmware.admin.publishCatalogParams";
    public static final String CATALOG_SUBSCRIPTION_PARAMS =
            "application/vnd.vmware.admin.externalCatalogSubscriptionParams";
    public static final String CONTROL_ACCESS = "application/vnd.vmware.vcloud.controlAccess";
    public static final String OWNER = "application/vnd.vmware.vcloud.owner";
    public static final String ORG_SETTINGS = "application/vnd.vmware.admin.organizationSettings";
    /** As vCD's schema reference and go-vcloud-director spell it, all lower case. */
    public static final String ORG_LDAP_SETTINGS = "application/vnd.vmware.admin.organizationldapsettings";
    public static final String ORG_FEDERATION_SETTINGS = "application/vnd.vmware.admin.organizationFederationSettings";
    /** An org's SAML service provider metadata: a SAML 2.0 document, not a vCloud representation. */
    public static final String SAML_METADATA = "application/samlmetadata+xml";
    public static final String ORG_GENERAL_SETTINGS = "application/vnd.vmware.admin.organizationGeneralSettings";
    public static final String VAPP_LEASE_SETTINGS = "application/vnd.vmware.admin.vAppLeaseSettings";
    public static final String VAPP_TEMPLATE_LEASE_SETTINGS = "application/vnd.vmware.admin.vAppTemplateLeaseSettings";
    public static final String VCLOUD = "application/vnd.vmware.admin.vcloud";
    public static final String USER = "application/vnd.vmware.admin.user";
    public static final String ROLE = "application/vnd.vmware.admin.role";
    public static final String RIGHT = "application/vnd.vmware.admin.right";
    public static final String QUERY_LIST = "application/vnd.vmware.vcloud.query.queryList";
    public static final String QUERY_RECORDS = "application/vnd.vmware.vcloud.query.records";
    public static final String QUERY_IDRECORDS = "application/vnd.vmware.vcloud.query.idrecords";
    public static final String QUERY_REFERENCES = "application/vnd.vmware.vcloud.query.references";
    public static final String VDC = "application/vnd.vmware.vcloud.vdc";
    public static final String ADMIN_VDC = "application/vnd.vmware.admin.vdc";
    public static final String CATALOG = "application/vnd.vmware.vcloud.catalog";
    public static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog";
    public static final String ORG_NETWORK = "application/vnd.vmware.vcloud.orgNetwork";
    public static final String NETWORK = "application/vnd.vmware.vcloud.network";
    public static final String ORG_VDC_NETWORK = "application/vnd.vmware.vcloud.orgVdcNetwork";
    public static final String EDGE_GATEWAY = "application/vnd.vmware.admin.edgeGateway";
    public static final String EDGE_GATEWAY_SERVICES =
            "application/vnd.vmware.admin.edgeGatewayServiceConfiguration";
    public static final String EDGE_GATEWAY_FORM_FACTOR = "application/vnd.vmware.vcloud.edgeGatewayFormFactor";
    public static final String SYSLOG_SETTINGS = "application/vnd.vmware.vcloud.SyslogSettings";
    public static final String ADMIN_NETWORK = "application/vnd.vmware.admin.network";
    public static final String EXTERNAL_NETWORK = "application/vnd.vmware.admin.vmwexternalnet";
    public static final String EXTERNAL_NETWORK_REFERENCES =
            "application/vnd.vmware.admin.vmwExternalNetworkReferences";
    public static final String TASKS_LIST = "application/vnd.vmware.vcloud.tasksList";
    public static final String TASK = "application/vnd.vmware.vcloud.task";
    public static final String EVENT = "application/vnd.vmware.admin.event";
    public static final String EXTENSION = "application/vnd.vmware.admin.vmwExtension";
    public static final String BLOCKING_TASK = "application/vnd.vmware.admin.blockingTask";
    public static final String BLOCKING_TASK_LIST = "application/vnd.vmware.admin.blockingTaskList";
    public static final String BLOCKING_TASK_PARAMS = "application/vnd.vmware.admin.blockingTaskOperationParams";
    public static final String BLOCKING_TASK_PROGRESS_PARAMS =
            "application/vnd.vmware.admin.blockingTaskUpdateProgressOperationParams";
    public static final String BLOCKING_TASK_SETTINGS = "application/vnd.vmware.admin.blockingTaskSettings";
    public static final String TASK_OPERATION_LIST = "application/vnd.vmware.admin.taskOperationList";
    public static final String NOTIFICATIONS_SETTINGS = "application/vnd.vmware.admin.notificationsSettings";
    public static final String AMQP_SETTINGS = "application/vnd.vmware.admin.amqpSettings";
    public static final String AMQP_SETTINGS_TEST = "application/vnd.vmware.admin.amqpSettingsTest";
    public static final String SYSTEM_SETTINGS = "application/vnd.vmware.admin.systemSettings";
    public static final String GENERAL_SETTINGS = "application/vnd.vmware.admin.generalSettings";
    public static final String EMAIL_SETTINGS = "application/vnd.vmware.admin.emailSettings";
    public static final String SYSTEM_PASSWORD_POLICY_SETTINGS =
            "application/vnd.vmware.admin.systemPasswordPolicySettings";
    public static final String LDAP_SETTINGS = "application/vnd.vmware.admin.ldapSettings";
    public static final String CATALOG_SETTINGS = "application/vnd.vmware.admin.catalogSettings";
    public static final String BRANDING_SETTINGS = "application/vnd.vmware.admin.brandingSettings";
    public static final String LICENSE_SETTINGS = "application/vnd.vmware.admin.licenseSettings";
    public static final String LOOKUP_SERVICE_SETTINGS = "application/vnd.vmware.admin.lookupServiceSettings";
    public static final String LOOKUP_SERVICE_PARAMS = "application/vnd.vmware.admin.lookupServiceParams";
    public static final String KERBEROS_SETTINGS = "application/vnd.vmware.admin.kerberosSettings";
    public static final String EXTENSION_SERVICES = "application/vnd.vmware.admin.extensionServices";
    public static final String ADMIN_SERVICE = "application/vnd.vmware.admin.service";
    public static final String API_FILTER = "application/vnd.vmware.admin.apiFilter";
    public static final String API_FILTERS = "application/vnd.vmware.admin.apiFilters";
    public static final String OBJECT_EXTENSION = "application/vnd.vmware.admin.extensibility.object";
    public static final String OBJECT_EXTENSIONS = "application/vnd.vmware.admin.extensibility.objects";
    public static final String SELECTOR_EXTENSION = "application/vnd.vmware.admin.extensibility.selector";
    public static final String SELECTOR_EXTENSIONS = "application/vnd.vmware.admin.extensibility.selectors";
    public static final String SERVICE_LINK = "application/vnd.vmware.admin.serviceLink";
    public static final String RESOURCE_CLASS = "application/vnd.vmware.admin.resourceClass";
    public static final String RESOURCE_CLASS_ACTION = "application/vnd.vmware.admin.resourceClassAction";
    public static final String SERVICE_RESOURCE = "application/vnd.vmware.admin.serviceResource";
    public static final String ACL_RULE = "application/vnd.vmware.admin.aclRule";
    public static final String ADMIN_API_DEFINITION = "application/vnd.vmware.admin.apiDefinition";
    /** An API definition as every user reads it (vcloud:ApiDefinition); vCD spells it all in lower case. */
    public static final String API_DEFINITION = "application/vnd.vmware.vcloud.apidefinition";
    public static final String FILE_DESCRIPTOR = "application/vnd.vmware.admin.fileDescriptor";
    public static final String AUTHORIZATION_CHECK_PARAMS = "application/vnd.vmware.admin.authorizationCheckParams";
    public static final String AUTHORIZATION_CHECK_RESPONSE = "application/vnd.vmware.admin.authorizationCheckResponse";
    /** The rights an extension service registered (vmext:RightRefs). */
    public static final String RIGHT_REFS = "application/vnd.vmware.admin.rights";
    public static final String UPDATE_RIGHTS_PARAMS = "application/vnd.vmware.admin.updateRightsParams";
    public static final String MEDIA = "application/vnd.vmware.vcloud.media";
    public static final String CATALOG_ITEM = "application/vnd.vmware.vcloud.catalogItem";
    public static final String UPLOAD_TEMPLATE_PARAMS = "application/vnd.vmware.vcloud.uploadVAppTemplateParams";
    public static final String CAPTURE_VAPP_PARAMS = "application/vnd.vmware.vcloud.captureVAppParams";
    public static final String COPY_OR_MOVE_CATALOG_ITEM_PARAMS =
            "application/vnd.vmware.vcloud.copyOrMoveCatalogItemParams";
    public static final String VAPP_TEMPLATE = "application/vnd.vmware.vcloud.vAppTemplate";
    public static final String VAPP = "application/vnd.vmware.vcloud.vApp";
    public static final String VM = "application/vnd.vmware.vcloud.vm";
    public static final String INSTANTIATE_PARAMS = "application/vnd.vmware.vcloud.instantiateVAppTemplateParams";
    public static final String COMPOSE_PARAMS = "application/vnd.vmware.vcloud.composeVAppParams";
    /** Spelled with a capital C, as vCD (and go-vcloud-director, matching the link) spell it. */
    public static final String CREATE_VM_PARAMS = "application/vnd.vmware.vcloud.CreateVmParams";
    public static final String INSTANTIATE_OVF_PARAMS = "application/vnd.vmware.vcloud.instantiateOvfParams";
    public static final String INSTANTIATE_VM_PARAMS = "application/vnd.vmware.vcloud.instantiateVmTemplateParams";
    public static final String CLONE_VAPP_PARAMS = "application/vnd.vmware.vcloud.cloneVAppParams";
    public static final String DEPLOY_PARAMS = "application/vnd.vmware.vcloud.deployVAppParams";
    public static final String UNDEPLOY_PARAMS = "application/vnd.vmware.vcloud.undeployVAppParams";
    public static final String VM_SPEC_SECTION = "application/vnd.vmware.vcloud.vmSpecSection";
    public static final String RECOMPOSE_PARAMS = "application/vnd.vmware.vcloud.recomposeVAppParams";
    public static final String CREATE_SNAPSHOT_PARAMS = "application/vnd.vmware.vcloud.createSnapshotParams";
    public static final String SNAPSHOT_SECTION = "application/vnd.vmware.vcloud.snapshotSection";
    public static final String LEASE_SETTINGS_SECTION = "application/vnd.vmware.vcloud.leaseSettingsSection";
    public static final String STARTUP_SECTION = "application/vnd.vmware.vcloud.startupSection";
    public static final String PRODUCT_SECTIONS = "application/vnd.vmware.vcloud.productSections";
    public static final String NETWORK_CONFIG_SECTION = "application/vnd.vmware.vcloud.networkConfigSection";
    public static final String VAPP_NETWORK = "application/vnd.vmware.vcloud.vAppNetwork";
    public static final String ALLOCATED_ADDRESSES = "application/vnd.vmware.vcloud.allocatedNetworkAddress";
    public static final String CREATE_VDC_PARAMS = "application/vnd.vmware.admin.createVdcParams";
    /** A VDC template as system administrators manage it (VMWVdcTemplate), and as tenants read it (VdcTemplate). */
    public static final String VMW_VDC_TEMPLATE = "application/vnd.vmware.admin.vmwVdcTemplate";
    public static final String VMW_VDC_TEMPLATES = "application/vnd.vmware.admin.vmwVdcTemplates";
    public static final String VDC_TEMPLATE = "application/vnd.vmware.admin.vdcTemplate";
    public static final String VDC_TEMPLATES = "application/vnd.vmware.admin.vdcTemplates";
    public static final String INSTANTIATE_VDC_TEMPLATE_PARAMS =
            "application/vnd.vmware.vcloud.instantiateVdcTemplateParams";
    public static final String PVDC_STORAGE_PROFILE = "application/vnd.vmware.admin.pvdcStorageProfile";
    public static final String PROVIDER_VDC = "application/vnd.vmware.admin.providervdc";
    public static final String NETWORK_POOL = "application/vnd.vmware.admin.networkPool";
    public static final String NSXT_MANAGER = "application/vnd.vmware.admin.nsxTmanager";
    public static final String VIM_SERVER = "application/vnd.vmware.admin.vmwvirtualcenter";
    public static final String DATASTORE = "application/vnd.vmware.admin.datastore";
    public static final String DATASTORE_LIST = "application/vnd.vmware.admin.datastoreList";
    public static final String RELOCATE_PARAMS = "application/vnd.vmware.vcloud.relocateVmParams";
    public static final String TPM_SECTION = "application/vnd.vmware.vcloud.TpmSection";
    public static final String REPLICATION_TRACKING_SETTINGS = "application/vnd.vmware.vcloud.replicationTrackingSettings";
    public static final String REPLICATION_TRACKING_DISKS = "application/vnd.vmware.vcloud.replicationTrackingDiskSection";
    public static final String VM_FAILOVER_PARAMS = "application/vnd.vmware.vcloud.vmFailoverParams";
    public static final String VIM_SERVER_REFERENCES = "application/vnd.vmware.admin.vmwVimServerReferences";
    public static final String VMW_PROVIDER_VDC = "application/vnd.vmware.admin.vmwprovidervdc";
    public static final String CREATE_PROVIDER_VDC_PARAMS = "application/vnd.vmware.admin.createProviderVdcParams";
    public static final String VM_OBJECT_REFS_LIST = "application/vnd.vmware.admin.vmsObjectRefsList";
    public static final String IMPORT_VM_PARAMS = "application/vnd.vmware.admin.importVmIntoExistingVAppParams";
    public static final String REGISTER_VAPP_PARAMS = "application/vnd.vmware.admin.registerVAppParams";
    public static final String SITE = "application/vnd.vmware.vcloud.site";
    public static final String SITE_ASSOCIATIONS = "application/vnd.vmware.admin.siteAssociations";
    public static final String SITE_ASSOCIATION = "application/vnd.vmware.admin.siteAssociation";
    public static final String ORG_ASSOCIATIONS = "application/vnd.vmware.admin.organizationAssociations";
    public static final String ORG_ASSOCIATION = "application/vnd.vmware.admin.organizationAssociation";
    public static final String TENANT_MIGRATION_PARAMS = "application/vnd.vmware.cloud.tenantMigrationParams";
    public static final String VM_GROUP = "application/vnd.vmware.admin.vmwVmGroupType";
    public static final String VM_GROUPS = "application/vnd.vmware.admin.vmwVmGroupsType";
    public static final String HOST_GROUPS = "application/vnd.vmware.admin.vmwHostGroupsType";
    public static final String HOST_RULE = "application/vnd.vmware.admin.vmwVmHostAffinityRule";
    public static final String HOST_RULES = "application/vnd.vmware.admin.vmwVmHostAffinityRules";
    public static final String PROVIDER_VDC_MERGE_PARAMS = "application/vnd.vmware.admin.providerVdcMergeParams";
    public static final String REGISTER_VIM_SERVER_PARAMS = "application/vnd.vmware.admin.registerVimServerParams";
    public static final String HOST_REFERENCES = "application/vnd.vmware.admin.vmwHostReferences";
    public static final String HOST = "application/vnd.vmware.admin.host";
    public static final String STRANDED_ITEM = "application/vnd.vmware.admin.strandedItem";
    public static final String VSPHERE_WEB_CLIENT_URL = "application/vnd.vmware.admin.vSphereWebClientUrl";
    public static final String VMW_PVDC_STORAGE_PROFILE = "application/vnd.vmware.admin.vmwPvdcStorageProfile";
    public static final String VMW_STORAGE_PROFILES = "application/vnd.vmware.admin.vmwStorageProfiles";
    public static final String UPDATE_PVDC_STORAGE_PROFILES =
            "application/vnd.vmware.admin.updateProviderVdcStorageProfiles";
    public static final String PVDC_RESOURCE_POOL = "application/vnd.vmware.admin.vmwProviderVdcResourcePool";
    public static final String PVDC_RESOURCE_POOL_SET = "application/vnd.vmware.admin.vmwProviderVdcResourcePoolSet";
    public static final String RESOURCE_POOL_SET_UPDATE_PARAMS =
            "application/vnd.vmware.admin.resourcePoolSetUpdateParams";
    public static final String RESOURCE_POOL_LIST = "application/vnd.vmware.admin.resourcePoolList";
    public static final String MIGRATE_VMS_PARAMS = "application/vnd.vmware.admin.migrateVmParams";
    public static final String NETWORK_POOL_REFERENCES = "application/vnd.vmware.admin.vmwNetworkPoolReferences";
    public static final String VDC_STORAGE_PROFILE = "application/vnd.vmware.vcloud.vdcStorageProfile";
    public static final String ADMIN_VDC_STORAGE_PROFILE = "application/vnd.vmware.admin.vdcStorageProfile";
    public static final String UPDATE_VDC_STORAGE_PROFILES = "application/vnd.vmware.admin.updateVdcStorageProfiles";
    public static final String METADATA = "application/vnd.vmware.vcloud.metadata";
    public static final String METADATA_VALUE = "application/vnd.vmware.vcloud.metadata.value";
    public static final String ENTITY = "application/vnd.vmware.vcloud.entity";
    public static final String VERSIONS = "application/vnd.vmware.vcloud.versions";

    private MediaTypes() {
    }

    public static String xml(String base) {
        return base + "+xml";
    }
}
