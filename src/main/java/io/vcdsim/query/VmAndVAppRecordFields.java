package io.vcdsim.query;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;

import java.util.List;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.date;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/**
 * The fields of vm and vApp records (and their admin forms) that go-vcloud-director asks for by name besides the
 * basic ones (query_metadata.go's vmFields and vappFields, sent whole in {@code fields}): from the VM ({@code m}),
 * its vApp ({@code a}) or vApp template ({@code t}, in vm records) and VDC ({@code v}). What vcdsim does not simulate has vCD's value for it (no VMware Tools
 * version, no encryption, nothing expired or deleted, no lease notices); what SQL cannot total from a VM's disks
 * (kept as JSON) or place on a host (chosen in Java) is left out of the record (null).
 */
final class VmAndVAppRecordFields {
    private static final String PROVIDER_VDC = "(SELECT pv.%s FROM provider_vdc pv WHERE pv.id = v.provider_vdc_id)";
    /** A number in vCD's record (go-vcloud-director reads an int): 21 for the provider VDC's vmx-21. */
    private static final String PVDC_HIGHEST_HARDWARE = "(SELECT CAST(SUBSTRING(pv.highest_hw_version, 5) AS INTEGER) "
            + "FROM provider_vdc pv WHERE pv.id = v.provider_vdc_id)";
    private static final String POLICY = "(SELECT p.%s FROM vm_compute_policy p WHERE p.vm_id = m.id)";
    /** The stored datastore the VM names; none (or one not stored): the first, where VMs sit unless relocated. */
    private static final String DATASTORE_NAME = "COALESCE((SELECT ds.name FROM vcenter_datastore ds "
            + "WHERE ds.moref = m.datastore), (SELECT ds.name FROM vcenter_datastore ds WHERE ds.moref = "
            + "(SELECT MIN(f.moref) FROM vcenter_datastore f)))";

    /**
     * The guest customization status VmSectionView gives, but for the seconds a guest spends customizing (SQL does
     * not read the instant they end from the VM's sections).
     */
    private static final String GC_STATUS = "CASE WHEN m.status = 4 AND COALESCE(m.sections NOT LIKE "
            + "'%\"customizeAtPowerOn\":true%', TRUE) THEN 'GC_COMPLETE' ELSE 'GC_PENDING' END";

    /** The name of the storage profile a VM or disk ({@code %s} its alias) is on; none recorded is its VDC's *. */
    static final String PROFILE_NAME = "COALESCE((SELECT sp.name FROM vdc_storage_profile_all sp "
            + "WHERE sp.id = %s.storage_profile_id), '" + Provider.STORAGE_PROFILE + "')";

    static final List<QueryField> VM = List.of(string("description", "m.description"),
            // a template VM's: its template's catalog
            string("catalogName", "(SELECT c.name FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                    + "WHERE i.entity_id = t.id)"), bool("isPublished", "FALSE"), bool("isVdcEnabled", "v.enabled"),
            bool("isDeleted", "FALSE"), bool("isAutoNature", "FALSE"), bool("isExpired", "FALSE"),
            bool("encrypted", "FALSE"), string("vmToolsVersion", "'0'"), string("gcStatus", GC_STATUS),
            integer("hardwareVersion", "NULL"), string("hostName", "NULL"),
            string("datastoreName", DATASTORE_NAME), string("storageProfileName", PROFILE_NAME.formatted("m")),
            ref("vc", "(SELECT pv.vcenter_id FROM provider_vdc pv WHERE pv.id = v.provider_vdc_id)", Kind.VCENTER),
            string("containerStatus", CatalogAndVAppQueries.POWER_STATE.formatted("COALESCE(a.status, t.status)")),
            integer("pvdcHighestSupportedHardwareVersion", PVDC_HIGHEST_HARDWARE),
            bool("isComputePolicyCompliant", "TRUE"),
            string("vmSizingPolicyId", "'urn:vcloud:vdcComputePolicy:' || " + POLICY.formatted("sizing_policy_id")),
            string("vmPlacementPolicyId", "'urn:vcloud:vdcComputePolicy:' || "
                    + POLICY.formatted("placement_policy_id")),
            date("dateCreated", "m.created"), integer("totalStorageAllocatedMb", "NULL"));

    private static final String VMS = "FROM vm m WHERE m.parent_id = a.id";
    private static final String CPUS = "(SELECT COALESCE(SUM(m.cpus), 0) " + VMS + ")";

    static final List<QueryField> VAPP = List.of(bool("isEnabled", "TRUE"), bool("isExpired", "FALSE"),
            bool("isInMaintenanceMode", "COALESCE(a.sections LIKE '%\"maintenance\":true%', FALSE)"),
            bool("isPublic", "FALSE"), bool("isVdcEnabled", "v.enabled"),
            integer("numberOfCpus", CPUS),
            // vCD's record has the allocation under both names
            integer("cpuAllocationMhz", CPUS + " * v.vcpu_mhz"), integer("cpuAllocationInMhz", CPUS + " * v.vcpu_mhz"),
            integer("memoryAllocationMB", "(SELECT COALESCE(SUM(m.memory_mb), 0) " + VMS + ")"),
            integer("storageKB", "NULL"), bool("isAutoDeleteNotified", "FALSE"),
            bool("isAutoUndeployNotified", "FALSE"), bool("honorBookOrder", "FALSE"),
            integer("pvdcHighestSupportedHardwareVersion", PVDC_HIGHEST_HARDWARE),
            integer("lowestHardwareVersionInVApp", "NULL"));

    private VmAndVAppRecordFields() {
    }
}
