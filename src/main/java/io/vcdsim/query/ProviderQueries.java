package io.vcdsim.query;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.VimObjectStore;

import java.util.List;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.date;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/**
 * The typed queries of the simulated provider side: its provider VDCs with their storage profiles and resource pools
 * (and which org VDCs draw on which pool), vCenter, hosts, VM groups and their VMs, distributed switch, port groups,
 * datastores and network pools, and the cells serving it all.
 */
final class ProviderQueries {
    /** When the build vcdsim answers as was made ({@link ApiVersion#PRODUCT}). */
    private static final String BUILD_DATE = "2023-11-22 08:55:29+00";

    private ProviderQueries() {
    }

    static void addTo(List<QueryType> types) {
        // The provider VDC's storage profiles, which CreateVdcParams may name.
        List<QueryField> storageProfile = List.of(string("name", "s.name"), bool("isEnabled", "pp.enabled"),
                ref("providerVdc", "pp.provider_vdc_id", Kind.PROVIDER_VDC),
                string("providerVdcName", "(SELECT p.name FROM provider_vdc p WHERE p.id = pp.provider_vdc_id)"),
                ref("vc", "s.vcenter_id", Kind.VCENTER), string("storageProfileMoref", "s.moref"),
                integer("storageTotalMB", "s.total_mb"));
        types.add(QueryType.of(Kind.PROVIDER_VDC_STORAGE_PROFILE, "ProviderVdcStorageProfileRecord",
                        "ProviderVdcStorageProfileReference")
                .from("provider_vdc_storage_profile pp JOIN vcenter_storage_profile s ON s.id = pp.profile_id")
                .id("pp.id").systemOnly().fields(storageProfile).build());

        // The resource pools provider VDCs stand on (vCD lists the pools in use), and each VM with its pool.
        types.add(QueryType.of(Kind.RESOURCE_POOL, "ResourcePoolRecord", "ResourcePoolReference")
                .from("provider_vdc_resource_pool pp JOIN vcenter_resource_pool r ON r.id = pp.pool_id")
                .id("pp.id").systemOnly()
                .fields(List.of(string("name", "r.name"), string("moref", "r.moref"), bool("isDeleted", "FALSE"),
                        ref("vc", "r.vcenter_id", Kind.VCENTER),
                        string("vcName", "(SELECT s.name FROM vim_server s WHERE s.id = r.vcenter_id)"),
                        ref("providerVdc", "pp.provider_vdc_id", Kind.PROVIDER_VDC),
                        string("providerName", "(SELECT p.name FROM provider_vdc p WHERE p.id = pp.provider_vdc_id)"),
                        bool("isEnabled", "pp.enabled"),
                        bool("isPrimary", "pp.is_primary"), string("clusterMoref", "r.cluster_moref"),
                        bool("isKubernetesEnabled", "FALSE")))
                .build());
        types.add(QueryType.relation("resourcePoolVmList", "ResourcePoolVMRecord", "VMReference", Kind.VM)
                .from("vm m JOIN vapp a ON a.id = m.parent_id").id("m.id").systemOnly()
                .fields(List.of(string("name", "m.name"), string("containerName", "a.name"),
                        string("status", CatalogAndVAppQueries.POWER_STATE.formatted("m.status")),
                        string("guestOs", "m.os_type"), bool("isDeployed", "m.deployed"),
                        bool("isBusy", "EXISTS (SELECT 1 FROM busy_entity b WHERE b.entity_id = m.id)"),
                        ref("resourcePool", InventoryStore.VM_POOL_SQL.formatted("m"), Kind.RESOURCE_POOL),
                        bool("isMigratableToAnotherRp", "TRUE")))
                .build());

        // Provider VDCs, which go-vcloud-director and pyvcloud find by this query before reading one.
        List<QueryField> providerVdc = List.of(string("name", "p.name"), string("description", "p.description"),
                bool("isEnabled", "p.enabled"), bool("isBusy", "FALSE"), bool("isDeleted", "FALSE"),
                string("status", "'READY'"), ref("vc", "p.vcenter_id", Kind.VCENTER),
                string("vcName", "(SELECT s.name FROM vim_server s WHERE s.id = p.vcenter_id)"),
                integer("numberOfVdcs", "(SELECT COUNT(*) FROM vdc d WHERE d.provider_vdc_id = p.id)"),
                integer("numberOfStorageProfiles",
                        "(SELECT COUNT(*) FROM provider_vdc_storage_profile sp WHERE sp.provider_vdc_id = p.id)"),
                integer("numberOfResourcePools",
                        "(SELECT COUNT(*) FROM provider_vdc_resource_pool rp WHERE rp.provider_vdc_id = p.id)"),
                integer("cpuAllocationMhz", "(SELECT COALESCE(SUM(cpu_limit_mhz), 0) FROM vdc d "
                        + "WHERE d.provider_vdc_id = p.id)"),
                integer("memoryAllocationMB", "(SELECT COALESCE(SUM(memory_limit_mb), 0) FROM vdc d "
                        + "WHERE d.provider_vdc_id = p.id)"),
                string("highestSupportedHardwareVersion", "p.highest_hw_version"));
        types.add(QueryType.of(Kind.PROVIDER_VDC, "VMWProviderVdcRecord", "VMWProviderVdcReference")
                .from("provider_vdc p").id("p.id").systemOnly().fields(providerVdc).build());

        // The registered vCenter servers, on /api and the cloudapi's virtualCenters alike, and their hosts.
        types.add(QueryType.of(Kind.VCENTER, "VirtualCenterRecord", "VirtualCenterReference")
                .from("vim_server s").id("s.id").systemOnly()
                .fields(List.of(string("name", "s.name"), bool("isEnabled", "s.enabled"), bool("isConnected", "TRUE"),
                        string("vcVersion", "s.version"), string("uuid", "CAST(s.id AS VARCHAR(36))"),
                        string("url", "s.url"), string("userName", "s.username"), bool("isBusy", "FALSE"),
                        string("listenerState", "'CONNECTED'")))
                .build());
        types.add(QueryType.of(Kind.HOST, "HostRecord", "HostReference")
                .from("vcenter_host h JOIN vim_server s ON s.id = h.vcenter_id").id("h.id").systemOnly()
                .fields(List.of(string("name", "h.name"), bool("isEnabled", "h.enabled"), bool("isDeleted", "FALSE"),
                        bool("isBusy", "FALSE"), bool("isPrepared", "TRUE"), bool("isSupported", "TRUE"),
                        bool("isHung", "FALSE"), integer("state", "1"), string("osVersion", "'8.0.2'"),
                        bool("isInMaintenanceMode", "FALSE"), string("connectionState", "'CONNECTED'"),
                        ref("vc", "h.vcenter_id", Kind.VCENTER), string("vcName", "s.name")))
                .build());

        // What deleted VMs left in disabled vCenters, until force-deleted.
        types.add(QueryType.of(Kind.STRANDED_ITEM, "StrandedItemRecord", "StrandedItemReference")
                .from("stranded_item i").id("i.id").systemOnly()
                .fields(List.of(string("name", "i.name"), string("description", "'A VM of vApp ' || i.parent_name"),
                        string("vimObjectType", "i.vim_object_type"), string("parentName", "i.parent_name"),
                        date("deletionDate", "i.deletion_date"), string("message", "i.message"),
                        string("parent", "'urn:vcloud:vapp:' || CAST(i.parent_id AS VARCHAR(36))"),
                        integer("numberOfPurgeAttempts", "i.purge_attempts")))
                .build());

        // The VM groups of the vCenters' clusters, which placement policies name (go-vcloud-director's vmGroups).
        types.add(QueryType.of(Kind.VM_GROUP, "VmGroupsRecord", "VmGroupsReference")
                .from("(SELECT * FROM vcenter_drs_group WHERE kind = 'VM') g").id("g.id").systemOnly()
                .sortedBy("vmGroupName")
                .fields(List.of(string("vmGroupId", "CAST(g.id AS VARCHAR(36))"), string("vmGroupName", "g.name"),
                        string("clusterMoref", "g.cluster_moref"), string("clusterName", "g.cluster_name"),
                        string("vcId", "CAST(g.vcenter_id AS VARCHAR(36))"),
                        string("namedVmGroupId", "CAST(g.named_id AS VARCHAR(36))")))
                .build());
        // The VMs in those VM groups. Only a vApp's VMs run in a resource pool, so only they join one (never a vApp
        // template's); ids are bare UUIDs, as the vmGroups records write theirs.
        types.add(QueryType.relation("vmGroupVms", "VmGroupVmsRecord", "VmGroupVmsReference", Kind.VM)
                .from("vcenter_drs_group_member gm JOIN vcenter_drs_group g ON g.id = gm.group_id AND g.kind = 'VM' "
                        + "JOIN vm m ON m.id = gm.member_id JOIN vapp a ON a.id = m.parent_id "
                        + "JOIN vdc v ON v.id = a.vdc_id")
                .id("m.id").tieBreak("g.id").systemOnly().sortedBy("vmGroupName")
                .fields(List.of(string("vmGroupName", "g.name"), string("vmName", "m.name"),
                        string("vmMoref", VimObjectStore.VM_MOREF_SQL.formatted("m.id")), string("vappName", "a.name"),
                        string("vappId", "CAST(a.id AS VARCHAR(36))"), string("orgVdcName", "v.name"),
                        string("orgVdcId", "CAST(v.id AS VARCHAR(36))"), string("clusterMoref", "g.cluster_moref"),
                        string("vcId", "CAST(g.vcenter_id AS VARCHAR(36))"),
                        string("vmGroupId", "CAST(g.id AS VARCHAR(36))"), bool("isVappTemplate", "FALSE")))
                .build());

        addResourcePoolRelations(types);
        addSwitchesAndCells(types);

        // The simulated vCenter's port groups; networkName is the external or imported org VDC network one backs, "--"
        // for a free one.
        StringBuilder portGroups = new StringBuilder();
        for (Provider.PortGroup g : Provider.PORT_GROUPS) {
            portGroups.append(portGroups.isEmpty() ? "" : ", ").append("(CAST('").append(g.id())
                    .append("' AS UUID), '").append(g.moref()).append("', '")
                    .append(g.name()).append("', '").append(g.type()).append("')");
        }
        types.add(QueryType.inventory("portgroup", "PortgroupRecord", "PortgroupReference")
                .from("(SELECT p.id AS id, p.moref AS moref, p.name AS name, p.kind AS kind, COALESCE((SELECT e.name FROM "
                        + "external_network_port_group g JOIN external_network e ON e.id = g.network_id "
                        + "WHERE g.moref = p.moref), (SELECT o.name FROM org_network o WHERE o.port_group = p.moref), "
                        + "'--') AS network_name FROM (VALUES " + portGroups
                        + ") AS p(id, moref, name, kind)) pg")
                .id("pg.id")
                .fields(List.of(string("name", "pg.name"), string("moref", "pg.moref"),
                        string("portgroupType", "pg.kind"), string("networkName", "pg.network_name"),
                        ref("vc", "CAST('" + Provider.VCENTER_ID + "' AS UUID)", Kind.VCENTER),
                        string("vcName", "'" + Provider.VCENTER + "'"), bool("isIpv6", "FALSE")))
                .build());

        // The simulated vCenter's datastores, as stored (what VMs take of them is on the datastore itself).
        types.add(QueryType.of(Kind.DATASTORE, "DatastoreRecord", "DatastoreReference")
                .from("vcenter_datastore ds")
                .id("ds.id").systemOnly()
                .fields(List.of(string("name", "ds.name"), string("datastoreType", "ds.fs_type"),
                        bool("isEnabled", "TRUE"), bool("isDeleted", "FALSE"), integer("storageMB", "ds.capacity_mb"),
                        ref("vc", "CAST('" + Provider.VCENTER_ID + "' AS UUID)", Kind.VCENTER),
                        string("vcName", "'" + Provider.VCENTER + "'"), string("moref", "ds.moref"),
                        integer("numberOfProviderVdcs", "(SELECT COUNT(*) FROM provider_vdc p WHERE p.vcenter_id = CAST('"
                                + Provider.VCENTER_ID + "' AS UUID))")))
                .build());

        // Which datastores back which provider VDC: every one of vc1's backs every provider VDC on vc1
        types.add(QueryType.relation("datastoreProviderVdcRelation", "DatastoreProviderVdcRelationRecord",
                        "DatastoreProviderVdcRelationReference", Kind.DATASTORE)
                .from("vcenter_datastore ds JOIN provider_vdc p "
                        + "ON p.vcenter_id = CAST('" + Provider.VCENTER_ID + "' AS UUID)")
                .id("ds.id").tieBreak("p.id").systemOnly()
                .fields(List.of(string("name", "ds.name"), string("datastoreType", "ds.fs_type"),
                        bool("isEnabled", "TRUE"), bool("isDeleted", "FALSE"), integer("storageMB", "ds.capacity_mb"),
                        ref("vc", "CAST('" + Provider.VCENTER_ID + "' AS UUID)", Kind.VCENTER),
                        string("vcName", "'" + Provider.VCENTER + "'"), string("moref", "ds.moref"),
                        ref("providerVdc", "p.id", Kind.PROVIDER_VDC),
                        ref("datastore", "ds.id", Kind.DATASTORE)))
                .build());

        // Network pools, on /api and the cloudapi's networkPools and networkPoolSummaries alike. The record's
        // networkPoolType is vCD's number (go-vcloud-director parses it as an int): 0 VLAN, 2 port group, 3 VXLAN,
        // 5 GENEVE; poolType is the cloudapi's name, which its FIQL filters take.
        types.add(QueryType.of(Kind.NETWORK_POOL, "NetworkPoolRecord", "NetworkPoolReference")
                .from("network_pool p").id("p.id").systemOnly()
                .fields(List.of(string("name", "p.name"), string("description", "p.description"),
                        integer("networkPoolType", "CASE p.pool_type WHEN 'VLAN' THEN 0 WHEN 'PORTGROUP_BACKED' THEN 2 "
                                + "WHEN 'VXLAN' THEN 3 WHEN 'GENEVE' THEN 5 ELSE 6 END"), string("poolType", "p.pool_type"),
                        bool("isBusy", "FALSE")))
                .build());
        // The registered NSX-T managers (go-vcloud-director finds one by name, then GETs its href as JSON).
        types.add(QueryType.of(Kind.NSXT_MANAGER, "NsxTManagerRecord", "NsxTManagerReference")
                .from("nsxt_manager m").id("m.id").systemOnly()
                .fields(List.of(string("name", "m.name"), string("url", "m.url")))
                .build());
        // NSX-T ALB controllers, on the cloudapi only (go-vcloud-director finds one by name==X; vCD filters no URL).
        types.add(QueryType.of(Kind.ALB_CONTROLLER, null, null).cloudApiOnly().systemOnly()
                .from("alb_controller c").id("c.id").sortedBy("name")
                .fields(List.of(string("name", "c.name"), string("description", "c.description"),
                        string("username", "c.username")))
                .build());
        // ... and the clouds imported from them (go-vcloud-director finds one by name==X or id==URN)
        types.add(QueryType.of(Kind.ALB_CLOUD, null, null).cloudApiOnly().systemOnly()
                .from("alb_cloud c").id("c.id").sortedBy("name")
                .fields(List.of(string("name", "c.name"), string("description", "c.description")))
                .build());
        // ... and the service engine groups imported from those (by name==X; vCD's _context filters are not here)
        types.add(QueryType.of(Kind.ALB_SERVICE_ENGINE_GROUP, null, null).cloudApiOnly().systemOnly()
                .from("alb_service_engine_group g").id("g.id").sortedBy("name")
                .fields(List.of(string("name", "g.name"), string("description", "g.description"),
                        string("haMode", "g.ha_mode"), string("reservationType", "g.reservation_type"),
                        string("supportedFeatureSet", "g.supported_feature_set")))
                .build());
        // ... and their assignments to edge gateways, which the edge's org reads too (go-vcloud-director filters them
        // by gatewayRef.id==URN), in their groups' name order
        types.add(QueryType.of(Kind.ALB_SEG_ASSIGNMENT, null, null).cloudApiOnly()
                .from("alb_seg_assignment a JOIN alb_service_engine_group g ON g.id = a.group_id").id("a.id")
                .ownedBy("a.org_id").sortedBy("serviceEngineGroupRef.name")
                .fields(List.of(ref("gatewayRef.id", "a.edge_id", Kind.EDGE_GATEWAY),
                        string("serviceEngineGroupRef.name", "g.name"),
                        ref("serviceEngineGroupRef.id", "a.group_id", Kind.ALB_SERVICE_ENGINE_GROUP),
                        ref("gatewayOrgRef.id", "a.org_id", Kind.ORG),
                        integer("maxVirtualServices", "a.max_virtual_services"),
                        integer("minVirtualServices", "a.min_virtual_services")))
                .build());

        // VDC templates: system administrators' by their own names, tenants' by the names tenants see, limited to
        // the templates published to their org (go-vcloud-director's GetVdcTemplateByName runs one or the other).
        types.add(QueryType.adminOf(Kind.VDC_TEMPLATE, "AdminOrgVdcTemplateRecord", "AdminOrgVdcTemplateReference")
                .from("vdc_template t").id("t.id").adminHrefs().systemOnly()
                .fields(List.of(string("name", "t.name"), string("description", "t.description"),
                        string("tenantVisibleName", "t.tenant_name"),
                        string("tenantVisibleDescription", "t.tenant_description"),
                        string("networkBackingType", "t.network_backing_type")))
                .build());
        types.add(QueryType.of(Kind.VDC_TEMPLATE, "OrgVdcTemplateRecord", "OrgVdcTemplateReference")
                .from("vdc_template t").id("t.id").ownedBy("(SELECT o.id FROM org o WHERE o.is_system)")
                .alsoShared("t.id IN (SELECT a.template_id FROM vdc_template_access a WHERE a.org_id = ?)")
                .fields(List.of(string("name", "t.tenant_name"), string("description", "t.tenant_description")))
                .build());
    }

    /**
     * Which resource pools provider VDCs and org VDCs stand on. A provider VDC's pools are stored; an org VDC draws on
     * its provider VDC's primary pool, and on any other a VM of it was migrated to. No reservation is simulated (the
     * pool's own representation reports none used either).
     */
    private static void addResourcePoolRelations(List<QueryType> types) {
        String vms = "(SELECT COUNT(*) FROM vm m WHERE " + InventoryStore.VM_POOL_SQL.formatted("m") + " = pp.id)";
        types.add(QueryType.relation("providerVdcResourcePoolRelation", "ProviderVdcResourcePoolRelationRecord", null,
                        Kind.RESOURCE_POOL)
                .from("provider_vdc_resource_pool pp JOIN vcenter_resource_pool r ON r.id = pp.pool_id "
                        + "JOIN vim_server s ON s.id = r.vcenter_id")
                .id("pp.id").systemOnly().recordsOnly()
                .fields(List.of(string("name", "r.name"), string("resourcePoolMoref", "r.moref"),
                        integer("cpuReservationLimitMhz", "r.cpu_mhz"), integer("cpuReservationAllocationMhz", "0"),
                        bool("isEnabled", "pp.enabled"), integer("memoryReservationLimitMB", "r.memory_mb"),
                        integer("memoryReservationAllocationMB", "0"), bool("isPrimary", "pp.is_primary"),
                        ref("providerVdc", "pp.provider_vdc_id", Kind.PROVIDER_VDC),
                        ref("vc", "r.vcenter_id", Kind.VCENTER), string("vcName", "s.name"),
                        integer("numberOfVMs", vms)))
                .build());
        types.add(QueryType.relation("orgVdcResourcePoolRelation", "OrgVdcResourcePoolRelationRecord", null, Kind.VDC)
                .from("vdc v JOIN provider_vdc_resource_pool pp ON pp.provider_vdc_id = v.provider_vdc_id "
                        + "AND (pp.is_primary OR EXISTS (SELECT 1 FROM vm m JOIN vapp a ON a.id = m.parent_id "
                        + "WHERE a.vdc_id = v.id AND m.resource_pool_id = pp.id)) "
                        + "JOIN vcenter_resource_pool r ON r.id = pp.pool_id JOIN vim_server s ON s.id = r.vcenter_id")
                .id("v.id").tieBreak("pp.id").systemOnly().recordsOnly().sortedBy("resourcePoolName")
                .fields(List.of(ref("vdc", "v.id", Kind.VDC), ref("vc", "r.vcenter_id", Kind.VCENTER),
                        string("resourcePoolMoref", "r.moref"), string("vcName", "s.name"),
                        string("resourcePoolName", "r.name")))
                .build());
    }

    /**
     * The simulated vCenter's distributed switch (the one its distributed port groups are on, while vc1 is registered),
     * and the cells sharing the store. A cell records only its id (it names the cell) and heartbeat, not the address it
     * listens on: its record has no primaryIp. Every cell runs the same build.
     */
    private static void addSwitchesAndCells(List<QueryType> types) {
        Provider.DvSwitch dvs = Provider.DV_SWITCH;
        types.add(QueryType.inventory("dvSwitch", "DvSwitchRecord", null)
                .from("(SELECT CAST('" + dvs.id() + "' AS UUID) AS id, '" + dvs.moref() + "' AS moref, '" + dvs.name()
                        + "' AS name) d JOIN vim_server s ON s.id = CAST('" + Provider.VCENTER_ID + "' AS UUID)")
                .id("d.id").recordsOnly()
                .fields(List.of(string("moref", "d.moref"), string("name", "d.name"), ref("vc", "s.id", Kind.VCENTER),
                        string("vcName", "s.name"), bool("isVCEnabled", "s.enabled")))
                .build());
        String version = ApiVersion.PRODUCT.substring(0, ApiVersion.PRODUCT.indexOf(' '));
        types.add(QueryType.inventory("cell", "CellRecord", null).from("cell c")
                .id("CAST(NULL AS UUID)").tieBreak("c.id").recordsOnly()
                .fields(List.of(string("primaryIp", "CAST(NULL AS VARCHAR(64))"), string("name", "c.id"),
                        integer("isActive", "CASE WHEN c.heartbeat_until >= CURRENT_TIMESTAMP THEN 1 ELSE 0 END"),
                        date("buildDate", "CAST('" + BUILD_DATE + "' AS TIMESTAMP WITH TIME ZONE)"),
                        string("version", "'" + version + "'")))
                .build());
    }
}
