package io.vcdsim.query;

import io.vcdsim.core.Kind;

import java.util.List;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/**
 * The fields of an orgVdc and adminOrgVdc record: every one go-vcloud-director asks for by name (its QueryOrgVdcList
 * and search filters send them all in {@code fields}), from the VDC, its provider VDC, vCenter and network pool
 * ({@code v}, {@code pv}, {@code vc}, {@code np}) and what runs in it. Used is what powered-on VMs take; vcdsim
 * keeps no overheads, reservations beyond the guarantees, or unmanaged vApps.
 */
final class VdcRecordFields {
    private static final String VMS = "vm m JOIN vapp a ON a.id = m.parent_id WHERE a.vdc_id = v.id";
    private static final String RUNNING = VMS + " AND m.status = 4";

    static final List<QueryField> ALL = List.of(string("name", "v.name"), string("description", "v.description"),
            bool("isEnabled", "v.enabled"), string("allocationModel", "v.allocation_model"),
            ref("org", "v.org_id", Kind.ORG), string("orgName", "o.name"),
            integer("cpuAllocationMhz", "v.cpu_allocated_mhz"), integer("cpuLimitMhz", "v.cpu_limit_mhz"),
            integer("cpuUsedMhz", "(SELECT COALESCE(SUM(m.cpus), 0) FROM " + RUNNING + ") * v.vcpu_mhz"),
            integer("cpuReservedMhz", "CAST(v.cpu_limit_mhz * v.guaranteed_cpu AS BIGINT)"),
            integer("memoryAllocationMB", "v.memory_allocated_mb"), integer("memoryLimitMB", "v.memory_limit_mb"),
            integer("memoryUsedMB", "(SELECT COALESCE(SUM(m.memory_mb), 0) FROM " + RUNNING + ")"),
            integer("memoryReservedMB", "CAST(v.memory_limit_mb * v.guaranteed_memory AS BIGINT)"),
            integer("storageLimitMB", "v.storage_limit_mb"),
            integer("storageUsedMB", "(SELECT COALESCE(SUM(d.size_mb), 0) FROM disk d WHERE d.vdc_id = v.id)"),
            integer("cpuOverheadMhz", "0"), integer("memoryOverheadMB", "0"), integer("storageOverheadMB", "0"),
            string("providerVdcName", "pv.name"), ref("providerVdc", "pv.id", Kind.PROVIDER_VDC),
            string("vcName", "vc.name"), ref("vc", "vc.id", Kind.VCENTER), bool("isVCEnabled", "vc.enabled"),
            ref("networkPool", "np.id", Kind.NETWORK_POOL),
            string("networkProviderType", "CASE WHEN np.pool_type = 'GENEVE' THEN 'NSX_T' ELSE 'NSX_V' END"),
            integer("numberOfVApps", "(SELECT COUNT(*) FROM vapp a WHERE a.vdc_id = v.id)"),
            integer("numberOfDeployedVApps", "(SELECT COUNT(*) FROM vapp a WHERE a.vdc_id = v.id AND a.deployed)"),
            integer("numberOfUnmanagedVApps", "0"), integer("numberOfDeployedUnmanagedVApps", "0"),
            integer("numberOfVMs", "(SELECT COUNT(*) FROM " + VMS + ")"),
            integer("numberOfRunningVMs", "(SELECT COUNT(*) FROM " + RUNNING + ")"),
            integer("numberOfMedia", "(SELECT COUNT(*) FROM media m WHERE m.vdc_id = v.id)"),
            integer("numberOfVAppTemplates", "(SELECT COUNT(*) FROM vapp_template t WHERE t.vdc_id = v.id)"),
            integer("numberOfDisks", "(SELECT COUNT(*) FROM disk d WHERE d.vdc_id = v.id)"),
            integer("numberOfStorageProfiles",
                    "(SELECT COUNT(*) FROM vdc_storage_profile_all sp WHERE sp.vdc_id = v.id)"),
            integer("numberOfResourcePools", "(SELECT COUNT(*) FROM provider_vdc_resource_pool r "
                    + "WHERE r.provider_vdc_id = pv.id)"),
            integer("usedNetworksInVdc", "(SELECT COUNT(*) FROM org_network n WHERE n.vdc_id = v.id)"),
            bool("isThinProvisioned", "v.thin_provision"), bool("isFastProvisioned", "v.fast_provisioning"),
            bool("isBusy", "FALSE"), integer("status", "1"));

    private VdcRecordFields() {
    }
}
