package io.vcdsim.query;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;
import io.vcdsim.store.InventoryStore;

import java.util.List;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/**
 * The typed queries of the simulated provider side: its provider VDC and storage profile, vCenter, port groups,
 * datastores and network pool.
 */
final class ProviderQueries {
    private ProviderQueries() {
    }

    static void addTo(List<QueryType> types) {
        // The provider VDC's storage profiles, which CreateVdcParams may name.
        List<QueryField> storageProfile = List.of(string("name", "s.name"), bool("isEnabled", "pp.enabled"),
                ref("providerVdc", "pp.provider_vdc_id", Kind.PROVIDER_VDC),
                string("providerVdcName", "'" + Provider.PROVIDER_VDC + "'"),
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
                        ref("vc", "r.vcenter_id", Kind.VCENTER), string("vcName", "'" + Provider.VCENTER + "'"),
                        ref("providerVdc", "pp.provider_vdc_id", Kind.PROVIDER_VDC),
                        string("providerName", "'" + Provider.PROVIDER_VDC + "'"), bool("isEnabled", "pp.enabled"),
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

        // The simulated provider VDC, which go-vcloud-director finds by this query before reading it.
        List<QueryField> providerVdc = List.of(string("name", "p.name"), bool("isEnabled", "TRUE"),
                bool("isBusy", "FALSE"), bool("isDeleted", "FALSE"), string("status", "'READY'"),
                integer("numberOfVdcs", "(SELECT COUNT(*) FROM vdc)"), integer("numberOfStorageProfiles", "(SELECT COUNT(*) FROM provider_vdc_storage_profile)"),
                integer("cpuAllocationMhz", "(SELECT COALESCE(SUM(cpu_limit_mhz), 0) FROM vdc)"),
                integer("memoryAllocationMB", "(SELECT COALESCE(SUM(memory_limit_mb), 0) FROM vdc)"));
        types.add(QueryType.of(Kind.PROVIDER_VDC, "VMWProviderVdcRecord", "VMWProviderVdcReference")
                .from("(SELECT CAST('" + Provider.PROVIDER_VDC_ID + "' AS UUID) AS id, '" + Provider.PROVIDER_VDC
                        + "' AS name) p")
                .id("p.id").systemOnly().fields(providerVdc).build());

        // The simulated vCenter server, on /api and the cloudapi's virtualCenters alike.
        types.add(QueryType.of(Kind.VCENTER, "VirtualCenterRecord", "VirtualCenterReference")
                .from("(SELECT CAST('" + Provider.VCENTER_ID + "' AS UUID) AS id, '" + Provider.VCENTER
                        + "' AS name) p")
                .id("p.id").systemOnly().fields(List.of(string("name", "p.name"), bool("isEnabled", "TRUE"),
                        bool("isConnected", "TRUE"), string("vcVersion", "'" + Provider.VCENTER_VERSION + "'"),
                        string("uuid", "CAST(p.id AS VARCHAR(36))")))
                .build());

        // The simulated vCenter's port groups; networkName is the external network one backs, "--" for a free one.
        StringBuilder portGroups = new StringBuilder();
        for (Provider.PortGroup g : Provider.PORT_GROUPS) {
            portGroups.append(portGroups.isEmpty() ? "" : ", ").append("(CAST('").append(g.id())
                    .append("' AS UUID), '").append(g.moref()).append("', '")
                    .append(g.name()).append("', '").append(g.type()).append("')");
        }
        types.add(QueryType.inventory("portgroup", "PortgroupRecord", "PortgroupReference")
                .from("(SELECT p.id AS id, p.moref AS moref, p.name AS name, p.kind AS kind, COALESCE((SELECT e.name FROM "
                        + "external_network_port_group g JOIN external_network e ON e.id = g.network_id "
                        + "WHERE g.moref = p.moref), '--') AS network_name FROM (VALUES " + portGroups
                        + ") AS p(id, moref, name, kind)) pg")
                .id("pg.id")
                .fields(List.of(string("name", "pg.name"), string("moref", "pg.moref"),
                        string("portgroupType", "pg.kind"), string("networkName", "pg.network_name"),
                        ref("vc", "CAST('" + Provider.VCENTER_ID + "' AS UUID)", Kind.VCENTER),
                        string("vcName", "'" + Provider.VCENTER + "'"), bool("isIpv6", "FALSE")))
                .build());

        // The simulated vCenter's datastores (what VMs take of them is on the datastore itself).
        StringBuilder datastores = new StringBuilder();
        for (Provider.Datastore d : Provider.DATASTORES) {
            datastores.append(datastores.isEmpty() ? "" : ", ").append("(CAST('").append(d.id())
                    .append("' AS UUID), '").append(d.moref()).append("', '").append(d.name()).append("', '")
                    .append(d.fsType()).append("', ").append(d.capacityMb()).append(")");
        }
        types.add(QueryType.of(Kind.DATASTORE, "DatastoreRecord", "DatastoreReference")
                .from("(VALUES " + datastores + ") AS ds(id, moref, name, fs_type, capacity_mb)")
                .id("ds.id").systemOnly()
                .fields(List.of(string("name", "ds.name"), string("datastoreType", "ds.fs_type"),
                        bool("isEnabled", "TRUE"), bool("isDeleted", "FALSE"), integer("storageMB", "ds.capacity_mb"),
                        ref("vc", "CAST('" + Provider.VCENTER_ID + "' AS UUID)", Kind.VCENTER),
                        string("vcName", "'" + Provider.VCENTER + "'"), string("moref", "ds.moref"),
                        integer("numberOfProviderVdcs", "1")))
                .build());

        // Which datastores back which provider VDC: every one backs the one provider VDC
        types.add(QueryType.relation("datastoreProviderVdcRelation", "DatastoreProviderVdcRelationRecord",
                        "DatastoreProviderVdcRelationReference", Kind.DATASTORE)
                .from("(VALUES " + datastores + ") AS ds(id, moref, name, fs_type, capacity_mb)")
                .id("ds.id").systemOnly()
                .fields(List.of(string("name", "ds.name"), string("datastoreType", "ds.fs_type"),
                        bool("isEnabled", "TRUE"), bool("isDeleted", "FALSE"), integer("storageMB", "ds.capacity_mb"),
                        ref("vc", "CAST('" + Provider.VCENTER_ID + "' AS UUID)", Kind.VCENTER),
                        string("vcName", "'" + Provider.VCENTER + "'"), string("moref", "ds.moref"),
                        ref("providerVdc", "CAST('" + Provider.PROVIDER_VDC_ID + "' AS UUID)", Kind.PROVIDER_VDC),
                        ref("datastore", "ds.id", Kind.DATASTORE)))
                .build());

        // The simulated network pool, on /api and the cloudapi's networkPoolSummaries alike.
        types.add(QueryType.of(Kind.NETWORK_POOL, "NetworkPoolRecord", "NetworkPoolReference")
                .from("(SELECT CAST('" + Provider.NETWORK_POOL_ID + "' AS UUID) AS id, '" + Provider.NETWORK_POOL
                        + "' AS name) p")
                .id("p.id").systemOnly().fields(List.of(string("name", "p.name"), string("networkPoolType", "'VLAN'"),
                        bool("isBusy", "FALSE")))
                .build());

    }
}
