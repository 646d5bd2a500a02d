package io.vcdsim.query;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;

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
        // The simulated provider VDC's one storage profile, which CreateVdcParams may name.
        List<QueryField> storageProfile = List.of(string("name", "p.name"), bool("isEnabled", "TRUE"),
                string("providerVdcName", "'" + Provider.PROVIDER_VDC + "'"));
        types.add(QueryType.of(Kind.PROVIDER_VDC_STORAGE_PROFILE, "ProviderVdcStorageProfileRecord",
                        "ProviderVdcStorageProfileReference")
                .from("(SELECT CAST('" + Provider.STORAGE_PROFILE_ID + "' AS UUID) AS id, '"
                        + Provider.STORAGE_PROFILE + "' AS name) p")
                .id("p.id").systemOnly().fields(storageProfile).build());

        // The simulated provider VDC, which go-vcloud-director finds by this query before reading it.
        List<QueryField> providerVdc = List.of(string("name", "p.name"), bool("isEnabled", "TRUE"),
                bool("isBusy", "FALSE"), bool("isDeleted", "FALSE"), string("status", "'READY'"),
                integer("numberOfVdcs", "(SELECT COUNT(*) FROM vdc)"), integer("numberOfStorageProfiles", "1"),
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
